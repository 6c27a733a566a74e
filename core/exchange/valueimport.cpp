#include "valueimport.h"

#include "csvreader.h"
#include "csvwriter.h"

#include <algorithm>
#include "numberparser.h"

#include <QHash>

namespace {
const QStringList kRequired = {QStringLiteral("code"), QStringLiteral("year"), QStringLiteral("value")};
const QStringList kOptional = {QStringLiteral("numerator"), QStringLiteral("denominator"), QStringLiteral("source"),
                               QStringLiteral("note"), QStringLiteral("area")};
} // namespace

ValueImport::ValueImport(const QVector<Indicator> &indicators, const QStringList &knownAreas, const Options &options)
    : m_options(options)
{
    for (const Indicator &ind : indicators)
        m_indicators.insert(ind.code, ind);
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

    QSet<QString> seen;
    QSet<QString> newAreas;
    int dataRows = 0;
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const int line = lines.value(r);
        // Spreadsheets save trailing rows of bare separators (",,,,"): not data.
        if (std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        ++dataRows;
        auto cell = [&](const QString &name) {
            const int c = column.value(name, -1);
            return c < 0 ? QString() : row.value(c).trimmed();
        };
        const int problemsBefore = result.problems.size();
        ValueRecord rec;
        rec.state = m_options.state;

        const QString code = cell(QStringLiteral("code"));
        const auto indicator = m_indicators.constFind(code);
        if (indicator == m_indicators.constEnd())
            result.problems.append(report(line, QStringLiteral("code"), code, tr("an indicator code of the catalog, such as W01 or C10a")));
        else if (!m_options.restrictToUnit.isEmpty() && indicator->leadUnit() != m_options.restrictToUnit)
            result.problems.append(report(line, QStringLiteral("code"), code,
                                          tr("an indicator that %1 leads; %2 %3 is reported by its lead unit %4")
                                              .arg(m_options.restrictToUnit, code, indicator->name,
                                                   indicator->leadUnit())));
        rec.indicatorCode = code;

        const QString yearText = cell(QStringLiteral("year"));
        bool yearOk = false;
        const int year = NumberParser::normalize(yearText).toInt(&yearOk);
        if (!yearOk || year < m_options.firstYear || year > m_options.lastYear)
            result.problems.append(report(line, QStringLiteral("year"), yearText,
                                           tr("a year from %1 to %2").arg(m_options.firstYear).arg(m_options.lastYear)));
        rec.year = year;

        auto number = [&](const QString &name, bool required) -> std::optional<double> {
            const QString text = cell(name);
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
        rec.numerator = number(QStringLiteral("numerator"), false);
        rec.denominator = number(QStringLiteral("denominator"), false);
        const bool computed = cell(QStringLiteral("value")).isEmpty() && rec.numerator && rec.denominator;
        std::optional<double> value = computed ? std::nullopt : number(QStringLiteral("value"), true);
        if (indicator != m_indicators.constEnd()) {
            const double scale = indicator->rateScale();
            if (rec.numerator && rec.denominator) {
                if (*rec.denominator == 0)
                    result.problems.append(report(line, QStringLiteral("denominator"), cell(QStringLiteral("denominator")),
                                                   tr("a number above 0")));
                else if (scale > 0 && *rec.numerator > *rec.denominator)
                    result.problems.append(report(line, QStringLiteral("numerator"), cell(QStringLiteral("numerator")),
                                                   tr("at most the denominator %1").arg(NumberParser::format(*rec.denominator))));
                else if (computed)
                    value = *rec.numerator / *rec.denominator * (scale > 0 ? scale : 1.0);
            }
            if (value && indicator->measureUnit == QStringLiteral("%") && *value > 100)
                result.problems.append(report(line, QStringLiteral("value"), cell(QStringLiteral("value")),
                                               tr("a percentage from 0 to 100")));
            if (value && indicator->measureUnit == QStringLiteral("‰") && *value > 1000)
                result.problems.append(report(line, QStringLiteral("value"), cell(QStringLiteral("value")),
                                               tr("a value per mille from 0 to 1000")));
        }
        rec.value = value.value_or(0.0);
        // Our exports put an apostrophe before text a spreadsheet would run as a
        // formula; reading our own file back takes it off again.
        rec.source = CsvWriter::unneutralise(cell(QStringLiteral("source")));
        rec.note = CsvWriter::unneutralise(cell(QStringLiteral("note")));

        QString area = cell(QStringLiteral("area"));
        if (area == m_options.defaultAreaName)
            area.clear();
        if (!area.isEmpty() && !m_areas.contains(area)) {
            if (m_options.addAreas)
                newAreas.insert(area);
            else
                result.problems.append(report(line, QStringLiteral("area"), area,
                                               tr("an area the database knows (or the option --add-areas)")));
        }
        rec.area = area;

        const QString key = code + QLatin1Char('/') + area + QLatin1Char('/') + QString::number(year);
        if (result.problems.size() == problemsBefore) {
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
        check.record = rec;
        check.problems = result.problems.mid(problemsBefore);
        result.rows.append(check);
    }
    if (dataRows == 0)
        result.problems.append(tr("The file has a header but no rows."));
    result.newAreas = QStringList(newAreas.begin(), newAreas.end());
    if (!result.problems.isEmpty())
        result.records.clear();
    return result;
}
