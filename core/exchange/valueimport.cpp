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
    Result result;
    if (rows.isEmpty()) {
        result.problems.append(tr("The file is empty; expected a header row with code, year, value."));
        return result;
    }
    QHash<QString, int> column;
    const QStringList header = rows.first();
    // Spreadsheets save empty cells right of the header as trailing separators:
    // they are not columns, however many there are.
    qsizetype width = header.size();
    while (width > 0 && isBlank(header.at(width - 1)))
        --width;
    for (int i = 0; i < width; ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!kRequired.contains(name) && !kOptional.contains(name)) {
            result.problems.append(
                report(lines.first(), tr("header"), header.at(i),
                       tr("one of the columns %1").arg((kRequired + kOptional).join(QLatin1Char(',')))));
            if (result.problems.size() >= MaxProblems)
                break;
            continue;
        }
        if (column.contains(name))
            result.problems.append(report(lines.first(), tr("header"), header.at(i), tr("each column once")));
        column.insert(name, i);
    }
    // The header as messages show it: its first columns.
    QString headerText = QStringList(header.mid(0, std::min<qsizetype>(width, 12))).join(QLatin1Char(','));
    if (width > 12)
        headerText += QStringLiteral(",…");
    for (const QString &name : kRequired) {
        if (!column.contains(name) && result.problems.size() < MaxProblems)
            result.problems.append(report(lines.first(), tr("header"), headerText, tr("a column named %1").arg(name)));
    }
    if (!result.problems.isEmpty())
        return result;

    // Columns by position, looked up once; -1 for a column the file does not have.
    const int codeColumn = column.value(QStringLiteral("code"), -1);
    const int yearColumn = column.value(QStringLiteral("year"), -1);
    const int valueColumn = column.value(QStringLiteral("value"), -1);
    const int numeratorColumn = column.value(QStringLiteral("numerator"), -1);
    const int denominatorColumn = column.value(QStringLiteral("denominator"), -1);
    const int sourceColumn = column.value(QStringLiteral("source"), -1);
    const int noteColumn = column.value(QStringLiteral("note"), -1);
    const int areaColumn = column.value(QStringLiteral("area"), -1);

    // (indicator, area) numbered and year: a row repeated in the file is found
    // without building a text key per row.
    QHash<QString, int> areaNumbers;
    QSet<std::pair<quint64, int>> seen;
    QSet<QString> newAreas;
    QString lastArea;
    bool lastAreaKnown = true;
    int lastAreaNumber = -1;
    int dataRows = 0;
    qint64 unlisted = 0;
    const QString notListed = tr("(a problem past the first %1, not listed)").arg(MaxProblems);
    result.rows.reserve(rows.size());
    result.records.reserve(rows.size());
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const int line = lines.value(r);
        // Spreadsheets save trailing rows of bare separators (",,,,"): not data.
        if (std::all_of(row.cbegin(), row.cend(), isBlank))
            continue;
        ++dataRows;
        auto cell = [&row](int c) { return c < 0 ? QString() : row.value(c).trimmed(); };
        QStringList rowProblems;
        ValueRecord rec;
        rec.state = m_options.state;

        const QString code = cell(codeColumn);
        const auto found = m_indicatorIndex.constFind(code);
        const Indicator *indicator = found == m_indicatorIndex.constEnd() ? nullptr : &m_indicators.at(*found);
        if (!indicator)
            rowProblems.append(report(line, QStringLiteral("code"), code,
                                      tr("an indicator code of the catalog, such as W01 or C10a")));
        else if (!m_options.restrictToUnit.isEmpty() && indicator->leadUnit() != m_options.restrictToUnit)
            rowProblems.append(
                report(line, QStringLiteral("code"), code,
                       tr("an indicator that %1 leads; %2 %3 is reported by its lead unit %4")
                           .arg(m_options.restrictToUnit, code, indicator->name, indicator->leadUnit())));
        rec.indicatorCode = code;

        const QString yearText = cell(yearColumn);
        bool yearOk = false;
        const int year = NumberParser::normalize(yearText).toInt(&yearOk);
        if (const auto p = ValueRules::checkYear(yearOk ? year : 0, yearText, m_options.firstYear, m_options.lastYear))
            rowProblems.append(report(line, QStringLiteral("year"), yearText, expecting(*p)));
        rec.year = year;

        // The value's own rules are ValueRules', worded as the entry form words them.
        ValueRules::Input input;
        input.value = cell(valueColumn);
        input.numerator = cell(numeratorColumn);
        input.denominator = cell(denominatorColumn);
        // Our exports put an apostrophe before text a spreadsheet would run as a
        // formula; reading our own file back takes it off again.
        input.source = CsvWriter::unneutralise(cell(sourceColumn));
        input.note = CsvWriter::unneutralise(cell(noteColumn));
        if (indicator) {
            const ValueRules::Reading reading = ValueRules::read(*indicator, input);
            for (const ValueRules::Problem &p : reading.problems)
                rowProblems.append(report(line, ValueRules::key(p.field), ValueRules::printable(p.text), expecting(p)));
            if (!reading.value && input.value.isEmpty() && !reading.numerator && !reading.denominator
                && input.numerator.isEmpty() && input.denominator.isEmpty())
                rowProblems.append(
                    report(line, QStringLiteral("value"), input.value, expecting(ValueRules::missingValue())));
            rec.value = reading.value.value_or(0.0);
            rec.numerator = reading.numerator;
            rec.denominator = reading.denominator;
        }
        rec.source = input.source;
        rec.note = input.note;

        QString area = cell(areaColumn);
        if (area == m_options.defaultAreaName)
            area.clear();
        if (const auto p = ValueRules::checkArea(area))
            rowProblems.append(report(line, ValueRules::key(p->field), ValueRules::printable(p->text), expecting(*p)));
        // Rows of one area usually follow each other: its look-ups are kept.
        if (area != lastArea) {
            lastArea = area;
            lastAreaKnown = area.isEmpty() || m_areas.contains(area);
            lastAreaNumber = -1;
            if (!lastAreaKnown && m_options.addAreas)
                newAreas.insert(area);
        }
        if (!lastAreaKnown && !m_options.addAreas)
            rowProblems.append(report(line, QStringLiteral("area"), area,
                                      tr("an area the database knows (or the option --add-areas)")));
        rec.area = area;

        if (rowProblems.isEmpty()) {
            // No problem so far: the indicator is known and the year is valid.
            if (lastAreaNumber < 0) {
                const auto known = areaNumbers.constFind(area);
                lastAreaNumber = known != areaNumbers.constEnd() ? *known : int(areaNumbers.size());
                if (known == areaNumbers.constEnd())
                    areaNumbers.insert(area, lastAreaNumber);
            }
            const int areaNumber = lastAreaNumber;
            const std::pair<quint64, int> key((quint64(*found) << 32) | quint32(areaNumber), year);
            if (seen.contains(key))
                rowProblems.append(
                    report(line, QStringLiteral("code"), code,
                           tr("each indicator, area and year once in a file (%1 %2 is repeated)").arg(code).arg(year)));
            seen.insert(key);
            result.records.append(rec);
        }
        RowCheck check;
        check.line = line;
        check.record = std::move(rec);
        if (!rowProblems.isEmpty()) {
            // Past the limit the rows are still marked, their problems only counted:
            // a hostile file cannot fill memory or the screen with messages.
            const qsizetype room = MaxProblems - result.problems.size();
            if (room >= rowProblems.size()) {
                result.problems.append(rowProblems);
                check.problems = rowProblems;
            } else {
                result.problems.append(rowProblems.mid(0, std::max<qsizetype>(room, 0)));
                unlisted += rowProblems.size() - std::max<qsizetype>(room, 0);
                check.problems = QStringList{notListed};
            }
        }
        result.rows.append(std::move(check));
    }
    if (unlisted > 0)
        result.problems.append(
            tr("… and %n more problem(s), not listed; correct the ones above and read the file again", nullptr,
               int(std::min<qint64>(unlisted, INT_MAX))));
    if (dataRows == 0)
        result.problems.append(tr("The file has a header but no rows."));
    result.newAreas = QStringList(newAreas.begin(), newAreas.end());
    if (!result.problems.isEmpty())
        result.records.clear();
    return result;
}
