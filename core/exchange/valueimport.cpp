#include "valueimport.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "numberparser.h"
#include "valuerules.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <utility>

namespace {
// A cell of nothing but white space, checked without a trimmed copy.
bool isBlank(const QString &cell)
{
    return std::all_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isSpace(); });
}

const QStringList kRequired = {QStringLiteral("code"), QStringLiteral("year"), QStringLiteral("value")};
const QStringList kOptional = {QStringLiteral("numerator"), QStringLiteral("denominator"), QStringLiteral("source"),
                               QStringLiteral("note"), QStringLiteral("area")};
} // namespace

ValueImport::ValueImport(const QVector<Indicator> &indicators, const QStringList &knownAreas, const Options &options)
    : m_indicators(indicators)
    , m_options(options)
{
    for (int i = 0; i < indicators.size(); ++i)
        m_indicatorIndex.insert(indicators.at(i).code, i);
    for (const QString &a : knownAreas)
        m_areas.insert(a);
}

bool ValueImport::isColumn(const QString &name)
{
    const QString key = name.trimmed().toLower();
    return kRequired.contains(key) || kOptional.contains(key);
}

QString ValueImport::problem(int line, const QString &column, const QString &value, const QString &expected)
{
    return tr("line %1: %2: %3: %4").arg(line).arg(column, value.isEmpty() ? tr("(empty)") : value, expected);
}

QString ValueImport::expecting(const ValueRules::Problem &p)
{
    // The rule's words as the entry form has them; Chinese puts 应为 before them,
    // as before the importer's own expectations.
    return tr("%1", "what a value rule expects").arg(p.expected);
}

QString ValueImport::report(int line, const QString &column, const QString &value, const QString &expected) const
{
    if (!m_options.locate)
        return problem(line, column, value, expected);
    return tr("%1: %2: %3").arg(m_options.locate(line, column), value.isEmpty() ? tr("(empty)") : value, expected);
}

ValueImport::Result ValueImport::readCsv(const QByteArray &bytes) const
{
    Result result;
    bool valid = true;
    const QString text = CsvReader::decodeUtf8(bytes, &valid);
    if (!valid) {
        result.problems.append(tr("The file is not UTF-8 text; save it as \"CSV UTF-8\"."));
        return result;
    }
    QVector<CsvReader::Record> records;
    QString error;
    if (!CsvReader::parse(text, &records, &error)) {
        result.problems.append(error);
        return result;
    }
    QVector<QStringList> rows;
    QVector<int> lines;
    rows.reserve(records.size());
    lines.reserve(records.size());
    for (const CsvReader::Record &r : records) {
        rows.append(r.fields);
        lines.append(r.line);
    }
    return read(rows, lines);
}

ValueImport::Result ValueImport::read(const QVector<QStringList> &rows, const QVector<int> &lines) const
{
    Checker checker(*this, true);
    if (rows.isEmpty() || !checker.header(rows.first(), lines.value(0)))
        return checker.finish();
    for (int r = 1; r < rows.size(); ++r)
        checker.row(rows.at(r), lines.value(r));
    return checker.finish();
}

struct ValueImport::Checker::State
{
    const ValueImport &import;
    bool keepRows = false;
    bool headerRead = false;
    Result result;
    // Columns by position, looked up once; -1 for a column the file does not have.
    int codeColumn = -1;
    int yearColumn = -1;
    int valueColumn = -1;
    int numeratorColumn = -1;
    int denominatorColumn = -1;
    int sourceColumn = -1;
    int noteColumn = -1;
    int areaColumn = -1;
    // (indicator, area) numbered and year in one number: a row repeated in the
    // file is found without building a text key per row, in 8 bytes a row.
    QHash<QString, int> areaNumbers;
    QSet<quint64> seen;
    QSet<QString> newAreas;
    QString lastArea;
    bool lastAreaKnown = true;
    int lastAreaNumber = -1;
    qint64 dataRows = 0;
    qint64 unlisted = 0;
    QString notListed;

    explicit State(const ValueImport &i)
        : import(i)
    {
    }
};

ValueImport::Checker::Checker(const ValueImport &import, bool keepRows)
    : d(new State(import))
{
    d->keepRows = keepRows;
    d->notListed = tr("(a problem past the first %1, not listed)").arg(MaxProblems);
}

ValueImport::Checker::~Checker()
{
    delete d;
}

bool ValueImport::Checker::ok() const
{
    return d->result.problems.isEmpty() && d->unlisted == 0;
}

qint64 ValueImport::Checker::rowCount() const
{
    return d->dataRows;
}

QVector<ValueRecord> ValueImport::Checker::takeRecords()
{
    QVector<ValueRecord> records;
    records.swap(d->result.records);
    d->result.records.reserve(records.size()); // the next batch is as big
    return records;
}

bool ValueImport::Checker::header(const QStringList &header, int line)
{
    const ValueImport &im = d->import;
    Result &result = d->result;
    d->headerRead = true;
    QHash<QString, int> column;
    // Spreadsheets save empty cells right of the header as trailing separators:
    // they are not columns, however many there are.
    qsizetype width = header.size();
    while (width > 0 && isBlank(header.at(width - 1)))
        --width;
    for (int i = 0; i < width; ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!kRequired.contains(name) && !kOptional.contains(name)) {
            result.problems.append(
                im.report(line, tr("header"), header.at(i),
                          tr("one of the columns %1").arg((kRequired + kOptional).join(QLatin1Char(',')))));
            if (result.problems.size() >= MaxProblems)
                break;
            continue;
        }
        if (column.contains(name))
            result.problems.append(im.report(line, tr("header"), header.at(i), tr("each column once")));
        column.insert(name, i);
    }
    // The header as messages show it: its first columns.
    QString headerText = QStringList(header.mid(0, std::min<qsizetype>(width, 12))).join(QLatin1Char(','));
    if (width > 12)
        headerText += QStringLiteral(",…");
    for (const QString &name : kRequired) {
        if (!column.contains(name) && result.problems.size() < MaxProblems)
            result.problems.append(im.report(line, tr("header"), headerText, tr("a column named %1").arg(name)));
    }
    if (!result.problems.isEmpty())
        return false;
    d->codeColumn = column.value(QStringLiteral("code"), -1);
    d->yearColumn = column.value(QStringLiteral("year"), -1);
    d->valueColumn = column.value(QStringLiteral("value"), -1);
    d->numeratorColumn = column.value(QStringLiteral("numerator"), -1);
    d->denominatorColumn = column.value(QStringLiteral("denominator"), -1);
    d->sourceColumn = column.value(QStringLiteral("source"), -1);
    d->noteColumn = column.value(QStringLiteral("note"), -1);
    d->areaColumn = column.value(QStringLiteral("area"), -1);
    return true;
}

void ValueImport::Checker::row(const QStringList &row, int line)
{
    const ValueImport &im = d->import;
    State &s = *d;
    Result &result = s.result;
    const Options &options = im.m_options;
    // Spreadsheets save trailing rows of bare separators (",,,,"): not data.
    if (std::all_of(row.cbegin(), row.cend(), isBlank))
        return;
    ++s.dataRows;
    auto cell = [&row](int c) { return c < 0 ? QString() : row.value(c).trimmed(); };
    QStringList rowProblems;
    ValueRecord rec;
    rec.state = options.state;

    const QString code = cell(s.codeColumn);
    const auto found = im.m_indicatorIndex.constFind(code);
    const Indicator *indicator = found == im.m_indicatorIndex.constEnd() ? nullptr : &im.m_indicators.at(*found);
    if (!indicator)
        rowProblems.append(
            im.report(line, QStringLiteral("code"), code, tr("an indicator code of the catalog, such as W01 or C10a")));
    else if (!options.restrictToUnit.isEmpty() && indicator->leadUnit() != options.restrictToUnit)
        rowProblems.append(im.report(line, QStringLiteral("code"), code,
                                     tr("an indicator that %1 leads; %2 %3 is reported by its lead unit %4")
                                         .arg(options.restrictToUnit, code, indicator->name, indicator->leadUnit())));
    rec.indicatorCode = code;

    const QString yearText = cell(s.yearColumn);
    bool yearOk = false;
    const int year = NumberParser::normalize(yearText).toInt(&yearOk);
    if (const auto p = ValueRules::checkYear(yearOk ? year : 0, yearText, options.firstYear, options.lastYear))
        rowProblems.append(im.report(line, QStringLiteral("year"), yearText, expecting(*p)));
    rec.year = year;

    // The value's own rules are ValueRules', worded as the entry form words them.
    ValueRules::Input input;
    input.value = cell(s.valueColumn);
    input.numerator = cell(s.numeratorColumn);
    input.denominator = cell(s.denominatorColumn);
    // Our exports put an apostrophe before text a spreadsheet would run as a
    // formula; reading our own file back takes it off again.
    input.source = CsvWriter::unneutralise(cell(s.sourceColumn));
    input.note = CsvWriter::unneutralise(cell(s.noteColumn));
    if (indicator) {
        const ValueRules::Reading reading = ValueRules::read(*indicator, input);
        for (const ValueRules::Problem &p : reading.problems)
            rowProblems.append(im.report(line, ValueRules::key(p.field), ValueRules::printable(p.text), expecting(p)));
        if (!reading.value && input.value.isEmpty() && !reading.numerator && !reading.denominator
            && input.numerator.isEmpty() && input.denominator.isEmpty())
            rowProblems.append(
                im.report(line, QStringLiteral("value"), input.value, expecting(ValueRules::missingValue())));
        rec.value = reading.value.value_or(0.0);
        rec.numerator = reading.numerator;
        rec.denominator = reading.denominator;
    }
    rec.source = input.source;
    rec.note = input.note;

    QString area = cell(s.areaColumn);
    if (area == options.defaultAreaName)
        area.clear();
    if (const auto p = ValueRules::checkArea(area))
        rowProblems.append(im.report(line, ValueRules::key(p->field), ValueRules::printable(p->text), expecting(*p)));
    // Rows of one area usually follow each other: its look-ups are kept.
    if (area != s.lastArea) {
        s.lastArea = area;
        s.lastAreaKnown = area.isEmpty() || im.m_areas.contains(area);
        s.lastAreaNumber = -1;
        if (!s.lastAreaKnown && options.addAreas)
            s.newAreas.insert(area);
    }
    if (!s.lastAreaKnown && !options.addAreas)
        rowProblems.append(im.report(line, QStringLiteral("area"), area,
                                     tr("an area the database knows (or the option --add-areas)")));
    rec.area = area;

    if (rowProblems.isEmpty()) {
        // No problem so far: the indicator is known and the year is valid.
        if (s.lastAreaNumber < 0) {
            const auto known = s.areaNumbers.constFind(area);
            s.lastAreaNumber = known != s.areaNumbers.constEnd() ? *known : int(s.areaNumbers.size());
            if (known == s.areaNumbers.constEnd())
                s.areaNumbers.insert(area, s.lastAreaNumber);
        }
        // Indicator position (16 bits), area number (32) and year (16).
        const quint64 key = (quint64(quint16(*found)) << 48) | (quint64(quint32(s.lastAreaNumber)) << 16)
            | quint64(quint16(year));
        if (s.seen.contains(key))
            rowProblems.append(
                im.report(line, QStringLiteral("code"), code,
                          tr("each indicator, area and year once in a file (%1 %2 is repeated)").arg(code).arg(year)));
        s.seen.insert(key);
        if (rowProblems.isEmpty() && s.result.problems.isEmpty() && s.unlisted == 0) {
            if (s.keepRows)
                result.records.append(rec);
            else
                result.records.append(std::move(rec));
        }
    }
    RowCheck check;
    if (!rowProblems.isEmpty()) {
        // Once there is a problem, nothing will be stored: the records go.
        result.records.clear();
        // Past the limit the rows are still marked, their problems only counted:
        // a hostile file cannot fill memory or the screen with messages.
        const qsizetype room = MaxProblems - result.problems.size();
        if (room >= rowProblems.size()) {
            result.problems.append(rowProblems);
            check.problems = rowProblems;
        } else {
            result.problems.append(rowProblems.mid(0, std::max<qsizetype>(room, 0)));
            s.unlisted += rowProblems.size() - std::max<qsizetype>(room, 0);
            check.problems = QStringList{s.notListed};
        }
    }
    if (s.keepRows) {
        check.line = line;
        check.record = std::move(rec);
        result.rows.append(std::move(check));
    }
}

ValueImport::Result ValueImport::Checker::finish()
{
    Result &result = d->result;
    if (!d->headerRead) {
        result.problems.append(tr("The file is empty; expected a header row with code, year, value."));
        return std::move(result);
    }
    if (d->unlisted > 0)
        result.problems.append(
            tr("… and %n more problem(s), not listed; correct the ones above and read the file again", nullptr,
               int(std::min<qint64>(d->unlisted, INT_MAX))));
    if (d->dataRows == 0 && result.problems.isEmpty())
        result.problems.append(tr("The file has a header but no rows."));
    result.newAreas = QStringList(d->newAreas.begin(), d->newAreas.end());
    if (!result.problems.isEmpty())
        result.records.clear();
    return std::move(result);
}
