#include "ziparchive.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

namespace {
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64EndOfDirectory = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr int kEndSize = 22;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

// Little-endian reads that never step outside `data`.
struct Cursor
{
    const QByteArray &data;
    bool ok = true;

    quint64 read(qint64 at, int size)
    {
        if (at < 0 || at + size > data.size()) {
            ok = false;
            return 0;
        }
        const uchar *p = reinterpret_cast<const uchar *>(data.constData()) + at;
        quint64 v = 0;
        for (int i = size - 1; i >= 0; --i)
            v = (v << 8) | p[i];
        return v;
    }
    quint16 u16(qint64 at) { return quint16(read(at, 2)); }
    quint32 u32(qint64 at) { return quint32(read(at, 4)); }
    quint64 u64(qint64 at) { return read(at, 8); }
};
} // namespace

ZipArchive::ZipArchive(const QString &path)
    : ZipArchive(path, Limits())
{
}

ZipArchive::ZipArchive(const QString &path, const Limits &limits)
    : m_path(path)
    , m_limits(limits)
{
}

QString ZipArchive::fileName() const
{
    return QFileInfo(m_path).fileName();
}

bool ZipArchive::damaged(QString *error, qint64 at) const
{
    if (at < 0)
        *error = tr("%1: the file is damaged (its zip directory cannot be read: no end record in its last 64 KB; "
                    "the file is cut short or not a zip)")
                     .arg(fileName());
    else
        *error = tr("%1: the file is damaged (its zip directory cannot be read at byte %2 of %3)")
                     .arg(fileName())
                     .arg(at)
                     .arg(m_data.size());
    return false;
}

ZipArchive::Kind ZipArchive::sniff(const QByteArray &head)
{
    if (head.startsWith(QByteArray("PK\x03\x04", 4)) || head.startsWith(QByteArray("PK\x05\x06", 4)))
        return Kind::Zip;
    if (head.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
        return Kind::Ole2;
    return Kind::Other;
}

bool ZipArchive::open(QString *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(m_path, file.errorString());
        return false;
    }
    const Kind kind = sniff(file.peek(8));
    if (kind == Kind::Ole2) {
        // Excel and WPS keep an encrypted workbook inside an OLE2 container
        // (EncryptionInfo stream); an .xls of Excel 97-2003 looks the same.
        *error = tr("%1: the file is password-protected or an old .xls workbook; remove the password "
                    "or save it as an Excel workbook (.xlsx) and try again")
                     .arg(fileName());
        return false;
    }
    if (kind != Kind::Zip) {
        *error = tr("%1: not a spreadsheet (.xlsx) file").arg(fileName());
        return false;
    }
    if (file.size() > m_limits.maxFileBytes) {
        *error = tr("%1: the file has %2 MB, more than the %3 MB a spreadsheet of values may have")
                     .arg(fileName(), megabytes(file.size()), megabytes(m_limits.maxFileBytes));
        return false;
    }
    m_data = file.readAll();
    return readDirectory(error);
}

bool ZipArchive::readDirectory(QString *error)
{
    Cursor c{m_data};
    // The end record sits in the last 22 bytes plus a comment of up to 64 KB.
    qint64 end = -1;
    for (qint64 at = m_data.size() - kEndSize; at >= 0 && at >= m_data.size() - kEndSize - 0xFFFF; --at) {
        if (c.u32(at) == kEndOfDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return damaged(error);
    quint64 count = c.u16(end + 10);
    quint64 offset = c.u32(end + 16);
    if (offset == 0xFFFFFFFFu || count == 0xFFFF) {
        if (c.u32(end - 20) != kZip64Locator)
            return damaged(error, end - 20);
        const qint64 record = qint64(c.u64(end - 20 + 8));
        if (c.u32(record) != kZip64EndOfDirectory)
            return damaged(error, record);
        count = c.u64(record + 32);
        offset = c.u64(record + 48);
    }
    qint64 total = 0;
    qint64 at = qint64(offset);
    for (quint64 i = 0; i < count; ++i) {
        if (!c.ok || c.u32(at) != kCentralHeader)
            return damaged(error, at);
        Entry e;
        e.flags = c.u16(at + 8);
        e.method = c.u16(at + 10);
        e.crc = c.u32(at + 16);
        e.packedSize = c.u32(at + 20);
        e.size = c.u32(at + 24);
        const int nameLength = c.u16(at + 28);
        const int extraLength = c.u16(at + 30);
        const int commentLength = c.u16(at + 32);
        e.localOffset = c.u32(at + 42);
        if (at + 46 + nameLength > m_data.size())
            return damaged(error, at);
        e.name = QString::fromUtf8(m_data.constData() + at + 46, nameLength);
        // Zip64: the sizes and offset that do not fit 32 bits follow in extra field 1.
        for (qint64 x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
            const int id = c.u16(x);
            const int size = c.u16(x + 2);
            if (id == 1) {
                qint64 field = x + 4;
                for (qint64 *value : {&e.size, &e.packedSize, &e.localOffset}) {
                    if (*value == 0xFFFFFFFF) {
                        *value = qint64(c.u64(field));
                        field += 8;
                    }
                }
            }
            x += 4 + size;
        }
        if (!c.ok || e.size < 0 || e.packedSize < 0 || e.localOffset < 0)
            return damaged(error, at);
        if (e.flags & 1) {
            *error = tr("%1: the file is password-protected; remove the password and try again").arg(fileName());
            return false;
        }
        total += e.size;
        // OPC names ignore case: two parts that differ only in case would let one
        // program read the one and us the other.
        const auto twin = m_entries.constFind(e.name.toLower());
        if (twin != m_entries.constEnd()) {
            *error = tr("%1: the parts %2 and %3 have names that differ only in case; a workbook cannot hold both, "
                        "so the file is refused (save it again from the spreadsheet program)")
                         .arg(fileName(), twin->name, e.name);
            return false;
        }
        m_entries.insert(e.name.toLower(), e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    if (total > m_limits.maxTotalBytes) {
        *error = tr("%1: the file unpacks to %2 MB, more than the %3 MB a return may have")
                     .arg(fileName(), megabytes(total), megabytes(m_limits.maxTotalBytes));
        return false;
    }
    return true;
}

QStringList ZipArchive::entries() const
{
    QStringList names;
    for (const Entry &e : m_entries)
        names.append(e.name);
    return names;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_entries.contains(name.toLower());
}

bool ZipArchive::locate(const QString &name, qint64 limit, Entry *entry, qint64 *dataOffset, QString *error)
{
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.constEnd()) {
        *error = tr("%1: the part %2 is missing; the file is damaged or not a workbook").arg(fileName(), name);
        return false;
    }
    const Entry &e = *it;
    const qint64 packed = qMax<qint64>(1, e.packedSize);
    if (e.size > m_limits.ratioMinBytes && e.size / packed > m_limits.maxRatio) {
        *error = tr("%1: the part %2 would unpack %3 times its size; the file is refused as a zip bomb")
                     .arg(fileName(), name)
                     .arg(e.size / packed);
        return false;
    }
    if (e.size > limit) {
        *error = tr("%1: the part %2 unpacks to %3 MB, more than the %4 MB allowed")
                     .arg(fileName(), name, megabytes(e.size), megabytes(limit));
        return false;
    }
    Cursor c{m_data};
    const qint64 data = e.localOffset + 30 + c.u16(e.localOffset + 26) + c.u16(e.localOffset + 28);
    if (!c.ok || c.u32(e.localOffset) != kLocalHeader || data + e.packedSize > m_data.size()) {
        *error =
            tr("%1: the file is damaged (part %2 cannot be found at byte %3)").arg(fileName(), name).arg(e.localOffset);
        return false;
    }
    if (e.method != 0 && e.method != 8) {
        *error = tr("%1: the part %2 uses a compression this program does not read (method %3)")
                     .arg(fileName(), name)
                     .arg(e.method);
        return false;
    }
    *entry = e;
    *dataOffset = data;
    return true;
}

// Inflates a part as it is read, counting what really comes out (the declared
// size is only the file's word) and checking the CRC at its end.
class ZipArchive::PartDevice : public QIODevice
{
public:
    PartDevice(ZipArchive *zip, const Entry &entry, qint64 data, qint64 limit)
        : m_zip(zip)
        , m_entry(entry)
        , m_limit(limit)
    {
        m_input = reinterpret_cast<const Bytef *>(zip->m_data.constData() + data);
        m_left = entry.packedSize;
        if (entry.method == 8)
            m_ready = inflateInit2(&m_z, -MAX_WBITS) == Z_OK;
        else
            m_ready = true;
        open(QIODevice::ReadOnly);
    }
    ~PartDevice() override
    {
        if (m_entry.method == 8 && m_ready)
            inflateEnd(&m_z);
    }
    bool isSequential() const override { return true; }
    QString failure() const { return m_failure; }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        if (!m_failure.isEmpty())
            return -1;
        if (m_done || maxSize <= 0)
            return m_done ? -1 : 0;
        if (!m_ready)
            return fail(tr("%1: the part %2 cannot be unpacked"));
        qint64 n = 0;
        if (m_entry.method == 0) {
            n = qMin(maxSize, m_left);
            memcpy(out, m_input, size_t(n));
            m_input += n;
            m_left -= n;
            if (m_left == 0)
                m_done = true;
        } else {
            // Inflate may consume input without producing output (block headers).
            while (n == 0 && !m_done) {
                m_z.next_in = const_cast<Bytef *>(m_input);
                const uInt chunk = uInt(qMin<qint64>(m_left, 1 << 30));
                m_z.avail_in = chunk;
                m_z.next_out = reinterpret_cast<Bytef *>(out);
                m_z.avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
                const uInt before = m_z.avail_out;
                const int status = inflate(&m_z, Z_NO_FLUSH);
                n = qint64(before - m_z.avail_out);
                m_input += chunk - m_z.avail_in;
                m_left -= chunk - m_z.avail_in;
                if (status == Z_STREAM_END)
                    m_done = true;
                else if ((status != Z_OK && !(status == Z_BUF_ERROR && n > 0)) || (n == 0 && m_left == 0))
                    return fail(tr("%1: the file is damaged (part %2 cannot be unpacked)"));
            }
        }
        m_size += n;
        m_zip->m_inflated += n;
        if (m_size > m_entry.size || m_size > m_limit || m_zip->m_inflated > m_zip->m_limits.maxTotalBytes)
            return fail(tr("%1: the part %2 unpacks to more than it declares; the file is refused as a zip bomb"));
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(out), uInt(n));
        if (m_done && (m_size != m_entry.size || m_crc != m_entry.crc))
            return fail(tr("%1: the file is damaged (part %2 fails its checksum)"));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &message)
    {
        m_failure = message.arg(m_zip->fileName(), m_entry.name);
        m_done = true;
        return -1;
    }

    ZipArchive *m_zip;
    Entry m_entry;
    qint64 m_limit;
    const Bytef *m_input = nullptr;
    qint64 m_left = 0;
    qint64 m_size = 0;
    uLong m_crc = 0;
    z_stream m_z = {};
    bool m_ready = false;
    bool m_done = false;
    QString m_failure;
};

std::unique_ptr<QIODevice> ZipArchive::openPart(const QString &name, QString *error)
{
    Entry e;
    qint64 data = 0;
    if (!locate(name, m_limits.maxPartBytes, &e, &data, error))
        return nullptr;
    return std::make_unique<PartDevice>(this, e, data, m_limits.maxPartBytes);
}

QString ZipArchive::partError(const QIODevice *device)
{
    const auto *part = dynamic_cast<const PartDevice *>(device);
    return part ? part->failure() : QString();
}

bool ZipArchive::read(const QString &name, QByteArray *out, QString *error, qint64 maxBytes)
{
    out->clear();
    const qint64 limit = maxBytes > 0 ? qMin(maxBytes, m_limits.maxPartBytes) : m_limits.maxPartBytes;
    Entry e;
    qint64 data = 0;
    if (!locate(name, limit, &e, &data, error))
        return false;
    PartDevice device(this, e, data, limit);
    out->reserve(qsizetype(e.size));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = device.read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        out->append(buffer, qsizetype(n));
    }
    if (!device.failure().isEmpty() || out->size() != e.size) {
        *error = device.failure().isEmpty()
            ? tr("%1: the file is damaged (part %2 fails its checksum)").arg(fileName(), name)
            : device.failure();
        out->clear();
        return false;
    }
    return true;
}
