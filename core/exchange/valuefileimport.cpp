#include "valuefileimport.h"

#include "csvreader.h"
#include "odsreader.h"
#include "xlsxreader.h"
#include "xlsxvaluetable.h"
#include "ziparchive.h"

#include "storage/catalogrepository.h"

#include <QFile>
#include <QFileInfo>

#include <utility>

namespace {
// A CSV of 100,000 rows is about 5 MB; anything this big is not a return, and
// reading it would take more than the 200 MB of memory an import may use.
constexpr qint64 kMaxCsvBytes = 50LL * 1024 * 1024;

bool hasSuffix(const QString &name, const char *suffix)
{
    return name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}

// The cell problems (formulas, errors, merged cells inside the table) go first,
// each also on its row of the preview.
void addCellProblems(ValueFileImport::Preview *preview, const QVector<XlsxReader::CellProblem> &problems)
{
    if (problems.isEmpty())
        return;
    QStringList all;
    for (const XlsxReader::CellProblem &p : problems) {
        all.append(p.message);
        for (ValueFileImport::PreviewRow &row : preview->rows) {
            if (row.line == p.row)
                row.problems.prepend(p.message);
        }
    }
    preview->problems = all + preview->problems;
    preview->records.clear();
}
} // namespace

ValueFileImport::ValueFileImport(const QVector<Indicator> &indicators, const QStringList &knownAreas,
                                 const Options &options)
    : m_indicators(indicators)
    , m_areas(knownAreas)
    , m_options(options)
{
}

ValueFileImport::Preview ValueFileImport::previewFile(QSqlDatabase db, const QString &path, Options options)
{
    CatalogRepository catalog(db);
    QStringList areas;
    for (const Area &a : catalog.areas()) {
        areas.append(a.name);
        if (a.isDefault)
            options.values.defaultAreaName = a.name;
    }
    return ValueFileImport(catalog.indicators(), areas, options).preview(path);
}

ValueFileImport::Preview ValueFileImport::preview(const QString &path) const
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Preview p;
        p.fileName = name;
        p.problems.append(tr("%1: cannot be read: %2").arg(path, file.errorString()));
        return p;
    }
    const ZipArchive::Kind kind = ZipArchive::sniff(file.peek(8));
    const bool binaryName = hasSuffix(name, ".xls") || hasSuffix(name, ".et") || hasSuffix(name, ".ett")
        || hasSuffix(name, ".xlt");
    if (kind == ZipArchive::Kind::Ole2 && binaryName) {
        // Excel 97-2003 and WPS keep their own workbooks in an OLE2 compound file.
        Preview p;
        p.fileName = name;
        p.format = QStringLiteral("xlsx");
        p.problems.append(tr("%1: an Excel 97-2003 (.xls) or WPS (.et) workbook, which is not read here; open it "
                             "in WPS, Excel or LibreOffice and save it as an Excel workbook (文件 > 另存为 > "
                             "Excel 工作簿 *.xlsx) or as CSV UTF-8, then import that file")
                              .arg(name));
        return p;
    }
    const bool xlsxName = hasSuffix(name, ".xlsx") || binaryName || hasSuffix(name, ".xlsm");
    if (hasSuffix(name, ".ods") || hasSuffix(name, ".fods")) {
        file.close();
        return previewXlsx(path); // XlsxReader hands an OpenDocument package to OdsReader
    }
    if (kind != ZipArchive::Kind::Other || xlsxName) {
        file.close();
        return previewXlsx(path); // ZipArchive explains an OLE2 or non-zip file
    }
    if (file.size() > kMaxCsvBytes) {
        Preview p;
        p.fileName = name;
        p.format = QStringLiteral("csv");
        p.problems.append(tr("%1: the file has %2 MB; a CSV file of values may have at most %3 MB")
                              .arg(name)
                              .arg(file.size() / (1024 * 1024))
                              .arg(kMaxCsvBytes / (1024 * 1024)));
        return p;
    }
    QByteArray bytes = file.readAll();
    file.close();
    return previewCsv(std::move(bytes), name);
}

ValueFileImport::Preview ValueFileImport::previewCsv(QByteArray bytes, const QString &fileName) const
{
    Preview p;
    p.fileName = fileName;
    p.format = QStringLiteral("csv");
    QString text;
    QString error;
    bool decoded = false;
    if (m_options.encoding.isEmpty()) {
        // Detected by decoding as UTF-8: a file that is valid UTF-8 is read as such.
        text = CsvReader::decodeUtf8(bytes, &decoded);
        p.encoding = decoded ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
    } else {
        p.encoding = m_options.encoding.toUpper();
    }
    if (!decoded && !CsvReader::decode(bytes, p.encoding, &text, &error)) {
        p.problems.append(tr("%1: %2").arg(fileName, error));
        return p;
    }
    bytes = QByteArray();
    QVector<CsvReader::Record> records;
    if (!CsvReader::parse(text, &records, &error, CsvReader::tableLimits())) {
        p.problems.append(tr("%1: %2").arg(fileName, error));
        return p;
    }
    text = QString();
    // The header is found below title rows as in a sheet (a filled return
    // template saved as CSV), and rows are cut to the header's width.
    XlsxValueTable::Table table;
    ValueImport::Options options = m_options.values;
    options.locate = [fileName](int line, const QString &column) {
        return tr("%1: line %2: %3").arg(fileName).arg(line).arg(column);
    };
    if (XlsxValueTable::buildCsv(fileName, records, m_options.values.firstYear, m_options.values.lastYear, &table,
                                 &p.problems)) {
        records.clear();
        if (table.isTemplate) {
            p.format = QStringLiteral("template");
            p.templateYear = table.templateYear;
            p.templateUnit = table.templateUnit;
            XlsxReader::Sheet where;
            where.fileName = fileName;
            where.csv = true;
            XlsxValueTable::Table columns;
            columns.columns = table.columns;
            columns.headers = table.headers;
            options.locate = [where, columns](int line, const QString &column) {
                return XlsxValueTable::locate(where, columns, line, column);
            };
        }
        return finish(p, ValueImport(m_indicators, m_areas, options).read(table.rows, table.lines));
    }
    if (!p.problems.isEmpty())
        return p;
    // No header in the first lines: the first line is taken as the header, and
    // ValueImport says what it lacks.
    QVector<QStringList> rows;
    QVector<int> lines;
    rows.reserve(records.size());
    lines.reserve(records.size());
    for (CsvReader::Record &r : records) {
        rows.append(std::move(r.fields));
        lines.append(r.line);
    }
    records.clear();
    return finish(p, ValueImport(m_indicators, m_areas, options).read(rows, lines));
}

ValueFileImport::Preview ValueFileImport::previewXlsx(const QString &path) const
{
    Preview p;
    p.fileName = QFileInfo(path).fileName();
    p.format = QStringLiteral("xlsx");
    XlsxReader::Sheet sheet;
    QString error;
    bool ods = false;
    if (!XlsxReader::read(path, &sheet, &error, m_options.sheet, XlsxReader::Limits(), &ods)) {
        p.problems.append(error);
        return p;
    }
    if (ods)
        p.format = QStringLiteral("ods");
    p.sheet = sheet.name;
    XlsxValueTable::Table table;
    if (!XlsxValueTable::build(sheet, m_options.values.firstYear, m_options.values.lastYear, &table, &p.problems))
        return p;
    if (table.isTemplate) {
        p.format = QStringLiteral("template");
        p.templateYear = table.templateYear;
        p.templateUnit = table.templateUnit;
    }
    // The locator outlives this function inside ValueImport only, but it is copied:
    // keep the copy small (no rows).
    XlsxReader::Sheet where;
    where.fileName = sheet.fileName;
    where.name = sheet.name;
    XlsxValueTable::Table columns;
    columns.columns = table.columns;
    columns.headers = table.headers;
    ValueImport::Options options = m_options.values;
    options.locate = [where, columns](int line, const QString &column) {
        return XlsxValueTable::locate(where, columns, line, column);
    };
    const QVector<XlsxReader::CellProblem> cellProblems = table.cellProblems;
    Preview result = finish(p, ValueImport(m_indicators, m_areas, options).read(table.rows, table.lines));
    addCellProblems(&result, cellProblems);
    if (table.isTemplate) {
        result.report = ReportSheet::read(path, sheet.sheetNames);
        if (!result.report.problems.isEmpty()) {
            result.problems.append(result.report.problems);
            result.records.clear();
        }
    }
    return result;
}

ValueFileImport::Preview ValueFileImport::finish(Preview preview, ValueImport::Result result) const
{
    preview.rows.reserve(result.rows.size());
    for (ValueImport::RowCheck &check : result.rows) {
        PreviewRow row;
        row.line = check.line;
        row.record = std::move(check.record);
        row.problems = std::move(check.problems);
        preview.rows.append(std::move(row));
    }
    // Problems about the file as a whole come without a place; every message names the file.
    for (const QString &problem : result.problems)
        preview.problems.append(problem.startsWith(preview.fileName + QLatin1Char(':'))
                                    ? problem
                                    : tr("%1: %2").arg(preview.fileName, problem));
    preview.newAreas = result.newAreas;
    if (preview.problems.isEmpty())
        preview.records = std::move(result.records);
    return preview;
}
