#include "valueimport.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "numberparser.h"

#include <QHash>

#include <algorithm>
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
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!kRequired.contains(name) && !kOptional.contains(name)) {
            result.problems.append(report(lines.first(), tr("header"), header.at(i),
                                           tr("one of the columns %1").arg((kRequired + kOptional).join(QLatin1Char(',')))));
            continue;
        }
        if (column.contains(name))
            result.problems.append(report(lines.first(), tr("header"), header.at(i), tr("each column once")));
        column.insert(name, i);
    }
    for (const QString &name : kRequired) {
        if (!column.contains(name))
            result.problems.append(report(lines.first(), tr("header"), header.join(QLatin1Char(',')),
                                           tr("a column named %1").arg(name)));
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
        const int problemsBefore = result.problems.size();
        ValueRecord rec;
        rec.state = m_options.state;

        const QString code = cell(codeColumn);
        const auto found = m_indicatorIndex.constFind(code);
        const Indicator *indicator = found == m_indicatorIndex.constEnd() ? nullptr : &m_indicators.at(*found);
        if (!indicator)
            result.problems.append(report(line, QStringLiteral("code"), code, tr("an indicator code of the catalog, such as W01 or C10a")));
        else if (!m_options.restrictToUnit.isEmpty() && indicator->leadUnit() != m_options.restrictToUnit)
            result.problems.append(report(line, QStringLiteral("code"), code,
                                          tr("an indicator that %1 leads; %2 %3 is reported by its lead unit %4")
                                              .arg(m_options.restrictToUnit, code, indicator->name,
                                                   indicator->leadUnit())));
        rec.indicatorCode = code;

        const QString yearText = cell(yearColumn);
        bool yearOk = false;
        const int year = NumberParser::normalize(yearText).toInt(&yearOk);
        if (!yearOk || year < m_options.firstYear || year > m_options.lastYear)
            result.problems.append(report(line, QStringLiteral("year"), yearText,
                                           tr("a year from %1 to %2").arg(m_options.firstYear).arg(m_options.lastYear)));
        rec.year = year;

        auto number = [&](const QString &name, const QString &text, bool required) -> std::optional<double> {
            if (text.isEmpty()) {
                if (required)
                    result.problems.append(report(line, name, text, tr("a number")));
                return std::nullopt;
            }
            const auto v = NumberParser::parse(text);
            if (!v) {
                result.problems.append(report(line, name, text, tr("a number")));
                return std::nullopt;
            }
            if (*v < 0) {
                result.problems.append(report(line, name, text, tr("a number that is not negative")));
                return std::nullopt;
            }
            return v;
        };
        const QString numeratorText = cell(numeratorColumn);
        const QString denominatorText = cell(denominatorColumn);
        const QString valueText = cell(valueColumn);
        rec.numerator = number(QStringLiteral("numerator"), numeratorText, false);
        rec.denominator = number(QStringLiteral("denominator"), denominatorText, false);
        const bool computed = valueText.isEmpty() && rec.numerator && rec.denominator;
        std::optional<double> value;
        if (!computed)
            value = number(QStringLiteral("value"), valueText, true);
        if (indicator) {
            const double scale = indicator->rateScale();
            if (rec.numerator && rec.denominator) {
                if (*rec.denominator == 0)
                    result.problems.append(report(line, QStringLiteral("denominator"), denominatorText,
                                                   tr("a number above 0")));
                else if (scale > 0 && *rec.numerator > *rec.denominator)
                    result.problems.append(report(line, QStringLiteral("numerator"), numeratorText,
                                                   tr("at most the denominator %1").arg(NumberParser::format(*rec.denominator))));
                else if (computed)
                    value = *rec.numerator / *rec.denominator * (scale > 0 ? scale : 1.0);
            }
            if (value && indicator->measureUnit == QLatin1String("%") && *value > 100)
                result.problems.append(report(line, QStringLiteral("value"), valueText,
                                               tr("a percentage from 0 to 100")));
            if (value && indicator->measureUnit == QStringLiteral("‰") && *value > 1000)
                result.problems.append(report(line, QStringLiteral("value"), valueText,
                                               tr("a value per mille from 0 to 1000")));
        }
        rec.value = value.value_or(0.0);
        // Our exports put an apostrophe before text a spreadsheet would run as a
        // formula; reading our own file back takes it off again.
        rec.source = CsvWriter::unneutralise(cell(sourceColumn));
        rec.note = CsvWriter::unneutralise(cell(noteColumn));

        QString area = cell(areaColumn);
        if (area == m_options.defaultAreaName)
            area.clear();
        // Rows of one area usually follow each other: its look-ups are kept.
        if (area != lastArea) {
            lastArea = area;
            lastAreaKnown = area.isEmpty() || m_areas.contains(area);
            lastAreaNumber = -1;
            if (!lastAreaKnown && m_options.addAreas)
                newAreas.insert(area);
        }
        if (!lastAreaKnown && !m_options.addAreas)
            result.problems.append(report(line, QStringLiteral("area"), area,
                                           tr("an area the database knows (or the option --add-areas)")));
        rec.area = area;

        if (result.problems.size() == problemsBefore) {
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
                result.problems.append(report(line, QStringLiteral("code"), code,
                                               tr("each indicator, area and year once in a file (%1 %2 is repeated)")
                                                   .arg(code)
                                                   .arg(year)));
            seen.insert(key);
            result.records.append(rec);
        }
        RowCheck check;
        check.line = line;
        check.record = std::move(rec);
        if (result.problems.size() > problemsBefore)
            check.problems = result.problems.mid(problemsBefore);
        result.rows.append(std::move(check));
    }
    if (dataRows == 0)
        result.problems.append(tr("The file has a header but no rows."));
    result.newAreas = QStringList(newAreas.begin(), newAreas.end());
    if (!result.problems.isEmpty())
        result.records.clear();
    return result;
}
