#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

// Reads parts of a zip package (an .xlsx) that came from outside, so every size is
// distrusted: the sizes the zip declares are checked before anything is inflated,
// and the bytes actually inflated are counted again while reading, because a
// hostile file can declare small sizes and inflate to gigabytes.
// Messages name the file (and the part) and say what is wrong in plain words.
//
// The zip format is read here on zlib alone. QuaZip is not used: it embeds its own
// modified minizip and exports the same symbols (zipOpen3 …) as the libminizip
// that libxlsxwriter calls, so with both loaded libxlsxwriter jumps into QuaZip's
// copy and crashes when it saves a workbook.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    struct Limits
    {
        // The file itself is held in memory while it is read.
        qint64 maxFileBytes = 50LL * 1024 * 1024;
        qint64 maxPartBytes = 50LL * 1024 * 1024;
        qint64 maxTotalBytes = 200LL * 1024 * 1024;
        // A part that inflates more than this many times, and to more than
        // ratioMinBytes, is treated as a zip bomb: real sheets stay far below.
        int maxRatio = 100;
        qint64 ratioMinBytes = 1024 * 1024;
    };

    enum class Kind { Zip, Ole2, Other };

    explicit ZipArchive(const QString &path);
    ZipArchive(const QString &path, const Limits &limits);
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // What the first bytes say: a zip, an OLE2 compound file (old .xls or an
    // encrypted, password-protected .xlsx), or anything else.
    static Kind sniff(const QByteArray &head);

    bool open(QString *error);
    // Part names as stored; lookup by contains()/read() ignores case, as OPC does.
    QStringList entries() const;
    bool contains(const QString &name) const;
    // Inflates one part; `maxBytes` lowers the part limit for this read.
    bool read(const QString &name, QByteArray *out, QString *error, qint64 maxBytes = -1);
    // The part as a device that inflates as it is read (a worksheet is parsed
    // without holding its XML in memory). The same limits and checksum apply:
    // when one is broken the device stops with an error, and partError() says
    // which. Null with `error` when the part cannot be opened. The archive must
    // outlive the device.
    std::unique_ptr<QIODevice> openPart(const QString &name, QString *error);
    // What stopped a device of openPart(), or an empty string.
    static QString partError(const QIODevice *device);

private:
    class PartDevice;
    struct Entry
    {
        QString name;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 packedSize = 0;
        qint64 size = 0;
        qint64 localOffset = 0;
    };

    QString fileName() const;
    // Checks a part's declared sizes and finds its packed bytes.
    bool locate(const QString &name, qint64 limit, Entry *entry, qint64 *dataOffset, QString *error);
    // `at`: the byte offset where the zip stops making sense (-1: not known).
    bool damaged(QString *error, qint64 at = -1) const;
    bool readDirectory(QString *error);

    QString m_path;
    Limits m_limits;
    QByteArray m_data;               // the whole file: an .xlsx is small, and bounds are then easy to check
    QHash<QString, Entry> m_entries; // by lower-case name
    qint64 m_inflated = 0;
};
