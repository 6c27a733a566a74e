#include "ziparchive.h"

#include <QFile>
#include <QFileInfo>
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

bool ZipArchive::read(const QString &name, QByteArray *out, QString *error, qint64 maxBytes)
{
    out->clear();
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.constEnd()) {
        *error = tr("%1: the part %2 is missing; the file is damaged or not a workbook").arg(fileName(), name);
        return false;
    }
    const Entry &e = *it;
    const qint64 limit = maxBytes > 0 ? qMin(maxBytes, m_limits.maxPartBytes) : m_limits.maxPartBytes;
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
        *error = tr("%1: the file is damaged (part %2 cannot be found at byte %3)")
                     .arg(fileName(), name)
                     .arg(e.localOffset);
        return false;
    }
    const QByteArray input = QByteArray::fromRawData(m_data.constData() + data, int(e.packedSize));
    if (e.method == 0) {
        *out = QByteArray(input.constData(), input.size());
    } else if (e.method == 8) {
        z_stream z = {};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
            *error = tr("%1: the part %2 cannot be unpacked").arg(fileName(), name);
            return false;
        }
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        z.avail_in = uInt(input.size());
        out->reserve(int(e.size));
        char buffer[64 * 1024];
        int status = Z_OK;
        // Count what really comes out: the declared size is only the file's word.
        while (status == Z_OK) {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            status = inflate(&z, Z_NO_FLUSH);
            const qint64 n = qint64(sizeof buffer) - z.avail_out;
            m_inflated += n;
            if (out->size() + n > e.size || out->size() + n > limit || m_inflated > m_limits.maxTotalBytes) {
                inflateEnd(&z);
                out->clear();
                *error = tr("%1: the part %2 unpacks to more than it declares; the file is refused as a zip bomb")
                             .arg(fileName(), name);
                return false;
            }
            out->append(buffer, int(n));
        }
        inflateEnd(&z);
        if (status != Z_STREAM_END) {
            out->clear();
            *error = tr("%1: the file is damaged (part %2 cannot be unpacked)").arg(fileName(), name);
            return false;
        }
    } else {
        *error = tr("%1: the part %2 uses a compression this program does not read (method %3)")
                     .arg(fileName(), name)
                     .arg(e.method);
        return false;
    }
    if (out->size() != e.size
        || crc32(0, reinterpret_cast<const Bytef *>(out->constData()), uInt(out->size())) != e.crc) {
        out->clear();
        *error = tr("%1: the file is damaged (part %2 fails its checksum)").arg(fileName(), name);
        return false;
    }
    return true;
}
