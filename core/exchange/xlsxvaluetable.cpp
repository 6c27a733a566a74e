#include "xlsxvaluetable.h"

#include "returntemplate.h"
#include "valueexport.h"

#include <climits>

namespace {
const QStringList kTemplateColumns = {
    QStringLiteral("code"),        QStringLiteral("year"),   QStringLiteral("value"), QStringLiteral("numerator"),
    QStringLiteral("denominator"), QStringLiteral("source"), QStringLiteral("note"),  QStringLiteral("area")};

bool isHeaderRow(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (XlsxValueTable::columnFor(c) == QLatin1String("code"))
            return true;
    }
    return false;
}

int templateYear(const QStringList &cells, int *column)
{
    bool hasCode = false;
    int year = 0;
    for (int i = 0; i < cells.size(); ++i) {
        int y = 0;
        if (cells.at(i).trimmed() == ReturnTemplate::codeHeader())
            hasCode = true;
        else if (ReturnTemplate::parseValueHeader(cells.at(i), &y)) {
            year = y;
            *column = i;
        }
    }
    return hasCode ? year : 0;
}

// The rows of a worksheet, stored sparsely.
struct SheetSource
{
    const XlsxReader::Sheet &sheet;
    int count() const { return sheet.rowCount(); }
    int line(int i) const { return sheet.rowNumbers.at(i); }
    QStringList row(int i, int width = XlsxReader::MaxColumns) const { return sheet.row(i, width); }
    const QVector<XlsxReader::Range> &merged() const { return sheet.merged; }
    const QVector<XlsxReader::CellProblem> &problems() const { return sheet.problems; }
};

// The records of a CSV file; their field lists are shared, not copied.
struct CsvSource
{
    const QVector<CsvReader::Record> &records;
    QVector<XlsxReader::Range> none;
    QVector<XlsxReader::CellProblem> noProblems;
    int count() const { return int(records.size()); }
    int line(int i) const { return records.at(i).line; }
    QStringList row(int i, int width = XlsxReader::MaxColumns) const
    {
        const QStringList &fields = records.at(i).fields;
        if (fields.size() <= width)
            return fields;
        return fields.mid(0, width);
    }
    const QVector<XlsxReader::Range> &merged() const { return none; }
    const QVector<XlsxReader::CellProblem> &problems() const { return noProblems; }
};

// `where` names the file (and sheet) in messages. Returns false with no problem
// when there is no header and `quietWithoutHeader`.
template <typename Source>
bool buildTable(const Source &source, const XlsxReader::Sheet &where, int firstYear, int lastYear,
                XlsxValueTable::Table *table, QStringList *problems, bool quietWithoutHeader)
{
    *table = XlsxValueTable::Table();
    int header = -1;
    int valueColumn = -1;
    QStringList headerCells;
    for (int r = 0; r < source.count() && source.line(r) <= XlsxValueTable::HeaderSearchRows; ++r) {
        headerCells = source.row(r);
        table->templateYear = templateYear(headerCells, &valueColumn);
        table->isTemplate = table->templateYear > 0;
        if (table->isTemplate || isHeaderRow(headerCells)) {
            header = r;
            break;
        }
    }
    if (header < 0) {
        if (quietWithoutHeader)
            return false;
        problems->append(XlsxValueTable::tr("%1: sheet %2: no header row in rows 1 to %3; expected the columns code, "
                                            "year, value (or the return template's %4 and %5)")
                             .arg(where.fileName, where.name)
                             .arg(XlsxValueTable::HeaderSearchRows)
                             .arg(ReturnTemplate::codeHeader(), QStringLiteral("年数值")));
        return false;
    }
    // A second header row right below (Chinese names above the CSV names, as our
    // own export writes them): the lower one is the header.
    while (!table->isTemplate && header + 1 < source.count() && isHeaderRow(source.row(header + 1))) {
        ++header;
        headerCells = source.row(header);
    }
    // Trailing empty header cells are not columns (a CSV saved with a thousand
    // commas, a sheet formatted far to the right).
    while (!headerCells.isEmpty() && headerCells.last().trimmed().isEmpty())
        headerCells.removeLast();
    const int width = int(headerCells.size());
    const int headerLine = source.line(header);
    table->headerLine = headerLine;
    table->titleRows = header;
    // The template's table ends at its signature lines (the row of 填报人): they
    // and the seal's area below are for the paper copy.
    int end = source.count();
    int endLine = INT_MAX;
    if (table->isTemplate) {
        const QString signature = ReturnTemplate::signatureLabels().constFirst();
        for (int r = header + 1; r < source.count() && end == source.count(); ++r) {
            const QStringList cells = source.row(r, 2);
            for (const QString &c : cells) {
                if (c.trimmed() == signature) {
                    end = r;
                    endLine = source.line(r);
                }
            }
        }
    }
    for (const XlsxReader::Range &m : source.merged()) {
        if (m.lastRow >= headerLine && m.firstRow < endLine && m.firstColumn < width)
            table->cellProblems.append(
                {m.firstRow, m.firstColumn,
                 XlsxValueTable::tr(
                     "%1: merged cells %2 in the table; unmerge them so that each value has its own cell")
                     .arg(XlsxReader::location(where, m.firstRow, m.firstColumn), m.text)});
    }
    for (const XlsxReader::CellProblem &p : source.problems()) {
        if (p.row >= headerLine && p.row < endLine && p.column < width)
            table->cellProblems.append(p);
    }

    if (!table->isTemplate) {
        QStringList names;
        for (int c = 0; c < headerCells.size(); ++c) {
            const QString name = XlsxValueTable::columnFor(headerCells.at(c));
            names.append(name.isEmpty() ? headerCells.at(c) : name);
            if (!name.isEmpty()) {
                table->columns.insert(name, c);
                table->headers.insert(name, headerCells.at(c).trimmed());
            }
        }
        table->rows.reserve(source.count() - header);
        table->lines.reserve(source.count() - header);
        table->rows.append(names);
        table->lines.append(headerLine);
        for (int r = header + 1; r < source.count(); ++r) {
            QStringList cells = source.row(r, width);
            if (cells.isEmpty())
                continue; // text only right of the table
            table->rows.append(std::move(cells));
            table->lines.append(source.line(r));
        }
        return true;
    }

    // The template: the unit is beside its label above the header.
    for (int r = 0; r < header; ++r) {
        const QStringList cells = source.row(r);
        const int label = cells.indexOf(ReturnTemplate::unitLabel());
        if (label >= 0)
            table->templateUnit = cells.value(label + 1).trimmed();
    }
    if (table->templateYear < firstYear || table->templateYear > lastYear) {
        problems->append(XlsxValueTable::tr("%1 (%2): a year from %3 to %4")
                             .arg(XlsxReader::location(where, headerLine, valueColumn), headerCells.at(valueColumn))
                             .arg(firstYear)
                             .arg(lastYear));
        return false;
    }
    const QHash<QString, QString> inputs = ReturnTemplate::inputHeaders();
    for (int c = 0; c < headerCells.size(); ++c) {
        const QString text = headerCells.at(c).trimmed();
        QString name = inputs.value(text);
        if (text == ReturnTemplate::codeHeader())
            name = QStringLiteral("code");
        else if (c == valueColumn)
            name = QStringLiteral("value");
        else if (XlsxValueTable::columnFor(text) == QLatin1String("area"))
            name = QStringLiteral("area");
        if (!name.isEmpty()) {
            table->columns.insert(name, c);
            table->headers.insert(name, text);
        }
    }
    // The year is the value column's, so a problem with it points there.
    table->columns.insert(QStringLiteral("year"), valueColumn);
    table->headers.insert(QStringLiteral("year"), headerCells.at(valueColumn));
    table->rows.append(kTemplateColumns);
    table->lines.append(headerLine);
    const QString year = QString::number(table->templateYear);
    for (int r = header + 1; r < end; ++r) {
        const QStringList cells = source.row(r, width);
        if (cells.isEmpty())
            continue;
        auto cell = [&](const QString &name) {
            const int c = table->columns.value(name, -1);
            return c < 0 ? QString() : cells.value(c);
        };
        QStringList row = {cell(QStringLiteral("code")), year};
        bool filled = false;
        for (int i = 2; i < kTemplateColumns.size(); ++i) {
            row.append(cell(kTemplateColumns.at(i)));
            filled = filled || (kTemplateColumns.at(i) != QLatin1String("area") && !row.last().trimmed().isEmpty());
        }
        if (!filled)
            continue; // not reported this time
        table->rows.append(row);
        table->lines.append(source.line(r));
    }
    if (table->rows.size() == 1 && table->cellProblems.isEmpty()) {
        problems->append(
            XlsxValueTable::tr("%1: sheet %2: no value is filled in; enter the %3 values in the yellow cells")
                .arg(where.fileName, where.name)
                .arg(table->templateYear));
        return false;
    }
    return true;
}
} // namespace

QString XlsxValueTable::columnFor(const QString &header)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("指标代码"), QStringLiteral("code")},    {QStringLiteral("代码"), QStringLiteral("code")},
        {QStringLiteral("年度"), QStringLiteral("year")},        {QStringLiteral("年份"), QStringLiteral("year")},
        {QStringLiteral("数值"), QStringLiteral("value")},       {QStringLiteral("分子"), QStringLiteral("numerator")},
        {QStringLiteral("分母"), QStringLiteral("denominator")}, {QStringLiteral("数据来源"), QStringLiteral("source")},
        {QStringLiteral("情况说明"), QStringLiteral("note")},    {QStringLiteral("地区"), QStringLiteral("area")},
    };
    const QString h = header.trimmed();
    if (ValueExport::columns().contains(h.toLower()))
        return h.toLower();
    return aliases.value(h);
}

QString XlsxValueTable::locate(const XlsxReader::Sheet &sheet, const Table &table, int row, const QString &column)
{
    const int c = table.columns.value(column, -1);
    if (c < 0)
        return XlsxReader::location(sheet, row) + QStringLiteral(", ") + column;
    return QStringLiteral("%1 (%2)").arg(XlsxReader::location(sheet, row, c), table.headers.value(column));
}

bool XlsxValueTable::build(const XlsxReader::Sheet &sheet, int firstYear, int lastYear, Table *table,
                           QStringList *problems)
{
    return buildTable(SheetSource{sheet}, sheet, firstYear, lastYear, table, problems, false);
}

bool XlsxValueTable::buildCsv(const QString &fileName, const QVector<CsvReader::Record> &records, int firstYear,
                              int lastYear, Table *table, QStringList *problems)
{
    XlsxReader::Sheet where;
    where.fileName = fileName;
    where.csv = true;
    return buildTable(CsvSource{records, {}, {}}, where, firstYear, lastYear, table, problems, true);
}
