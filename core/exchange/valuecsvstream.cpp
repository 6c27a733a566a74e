#include "valuecsvstream.h"

#include "csvreader.h"

#include "io/boundedqueue.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <thread>

namespace {
constexpr qint64 kPieceBytes = 1 << 20;

// The header of the exchange layout: every cell one of our column names (empty
// cells right of it aside). A template's or a titled table's first line is not.
bool isExchangeHeader(const QStringList &cells)
{
    qsizetype width = cells.size();
    while (width > 0 && cells.at(width - 1).trimmed().isEmpty())
        --width;
    if (width == 0)
        return false;
    for (qsizetype i = 0; i < width; ++i) {
        if (!ValueImport::isColumn(cells.at(i)))
            return false;
    }
    return true;
}

// How many bytes at the end of `bytes` begin a UTF-8 sequence that continues in
// the next piece (0 to 3).
qsizetype openSequence(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const uchar c = uchar(bytes.at(n - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}
} // namespace

ValueCsvStream::ValueCsvStream(const QVector<Indicator> &indicators, const QStringList &knownAreas,
                               const ValueFileImport::Options &options)
    : m_indicators(indicators)
    , m_areas(knownAreas)
    , m_options(options)
{
}

QString ValueCsvStream::detectEncoding(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ValueFileImport", "%1: cannot be read: %2").arg(path, file.errorString());
        return QString();
    }
    QByteArray carry;
    while (!file.atEnd()) {
        QByteArray piece = carry + file.read(kPieceBytes);
        const qsizetype open = file.atEnd() ? 0 : openSequence(piece);
        carry = piece.right(open);
        piece.chop(open);
        if (!QByteArrayView(piece).isValidUtf8())
            return QStringLiteral("GB18030");
    }
    return carry.isEmpty() ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
}

ValueCsvStream::Outcome ValueCsvStream::run(const QString &path, const Sink &sink) const
{
    Outcome out;
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString &message) {
        out.problems.append(QCoreApplication::translate("ValueFileImport", "%1: %2").arg(name, message));
        return out;
    };
    QString error;
    out.encoding = m_options.encoding.isEmpty() ? detectEncoding(path, &error) : m_options.encoding.toUpper();
    if (out.encoding.isEmpty()) {
        out.problems.append(error);
        return out;
    }
    const bool utf8 = out.encoding == QLatin1String("UTF-8") || out.encoding == QLatin1String("UTF8");
    if (!utf8 && out.encoding != QLatin1String("GB18030") && out.encoding != QLatin1String("GBK")
        && out.encoding != QLatin1String("GB2312"))
        return fail(tr("%1: unknown encoding; expected UTF-8 or GB18030").arg(m_options.encoding));
    QStringDecoder decoder = utf8 ? QStringDecoder(QStringDecoder::Utf8) : QStringDecoder("GB18030");
    if (!decoder.isValid())
        return fail(tr("This system cannot read GB18030 text; save the file as \"CSV UTF-8\"."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems.append(
            QCoreApplication::translate("ValueFileImport", "%1: cannot be read: %2").arg(path, file.errorString()));
        return out;
    }

    ValueImport::Options options = m_options.values;
    options.locate = [name](int line, const QString &column) {
        return QCoreApplication::translate("ValueFileImport", "%1: line %2: %3").arg(name).arg(line).arg(column);
    };
    const ValueImport import(m_indicators, m_areas, options);
    ValueImport::Checker checker(import, false);
    CsvReader::Parser parser(CsvReader::Limits{1024, 0, true});
    QVector<CsvReader::Record> records;
    bool headerSeen = false;
    bool headerFailed = false;
    bool first = true;
    qint64 offset = 0;
    int piecesLine = 1;
    auto handOut = [&](bool all) {
        if (!checker.ok())
            return true;
        // A batch at a time; at the end whatever is left.
        if (!all && checker.rowCount() - out.stored < BatchRows)
            return true;
        const QVector<ValueRecord> batch = checker.takeRecords();
        if (batch.isEmpty())
            return true;
        QString sinkError;
        if (!sink(batch, &sinkError)) {
            out.problems.append(QCoreApplication::translate("ValueFileImport", "%1: %2").arg(name, sinkError));
            return false;
        }
        out.stored += batch.size();
        return true;
    };
    for (;;) {
        const QByteArray bytes = file.read(kPieceBytes);
        const bool last = bytes.size() < kPieceBytes && file.atEnd();
        QString text = decoder.decode(bytes);
        if (first && text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        first = false;
        if (decoder.hasError() || (!utf8 && text.contains(QChar(QChar::ReplacementCharacter)))) {
            qsizetype at = utf8 ? CsvReader::firstInvalidUtf8(bytes.constData(), bytes.size()) : -1;
            const QString where =
                tr("near byte %1 (line %2 or below)").arg(offset + std::max<qsizetype>(at, 0)).arg(piecesLine);
            return fail(utf8 ? tr("The file is not UTF-8 text (%1); choose the encoding GB18030 or save it as "
                                  "\"CSV UTF-8\".")
                                   .arg(where)
                             : tr("The file is not GB18030 text (%1); save it as \"CSV UTF-8\".").arg(where));
        }
        offset += bytes.size();
        piecesLine += int(bytes.count('\n'));
        records.clear();
        if (!parser.feed(text, last, &records, &error))
            return fail(error);
        for (const CsvReader::Record &r : records) {
            if (!headerSeen) {
                headerSeen = true;
                if (!isExchangeHeader(r.fields)) {
                    out.exchangeLayout = false;
                    return out;
                }
                if (!checker.header(r.fields, r.line)) {
                    headerFailed = true;
                    break;
                }
                continue;
            }
            checker.row(r.fields, r.line);
            if (!handOut(false))
                return out;
        }
        if (last || headerFailed || file.error() != QFileDevice::NoError)
            break;
    }
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (!handOut(true))
        return out;
    ValueImport::Result result = checker.finish();
    out.rows = checker.rowCount();
    for (const QString &p : std::as_const(result.problems))
        out.problems.append(p.startsWith(name + QLatin1Char(':'))
                                ? p
                                : QCoreApplication::translate("ValueFileImport", "%1: %2").arg(name, p));
    out.newAreas = result.newAreas;
    // Records left after the last batch (none if a problem came later).
    if (out.problems.isEmpty() && !result.records.isEmpty()) {
        QString sinkError;
        if (!sink(result.records, &sinkError))
            out.problems.append(QCoreApplication::translate("ValueFileImport", "%1: %2").arg(name, sinkError));
        else
            out.stored += result.records.size();
    }
    return out;
}

ValueCsvStream::Outcome ValueCsvStream::runAhead(const QString &path, const Sink &sink) const
{
    BoundedQueue<QVector<ValueRecord>> queue(2);
    bool refused = false;
    QString refusal; // written before queue.stop(), read by the reader after push() says so
    Outcome out;
    std::thread reader([&] {
        out = run(path, [&](const QVector<ValueRecord> &batch, QString *error) {
            if (queue.push(batch))
                return true;
            *error = refusal;
            return false;
        });
        queue.finish();
    });
    QVector<ValueRecord> batch;
    while (queue.pop(&batch)) {
        QString error;
        if (!sink(batch, &error)) {
            refused = true;
            refusal = error;
            queue.stop();
            break;
        }
    }
    reader.join();
    if (refused) {
        // Refused after the reader handed out its last batch, the problem is not
        // the reader's yet.
        const QString problem =
            QCoreApplication::translate("ValueFileImport", "%1: %2").arg(QFileInfo(path).fileName(), refusal);
        if (!out.problems.contains(problem))
            out.problems.append(problem);
    }
    return out;
}
