#pragma once

#include "reportsheet.h"
#include "valueimport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

// Reads a file of values as people bring them (CSV in UTF-8 or in GB18030 as Excel
// saves it on Chinese Windows; .xlsx from Excel, WPS or LibreOffice, either our
// return template filled in or a plain table) and checks every row with
// ValueImport before anything is written. The result is a preview: each row with
// its problems, and the records to store only when the whole file is clean
// (all or nothing). Storing is the caller's: ValueRepository::store(records, …).
class ValueFileImport
{
    Q_DECLARE_TR_FUNCTIONS(ValueFileImport)

public:
    struct Options
    {
        ValueImport::Options values; // state, areas, years, restrictToUnit
        QString encoding;            // CSV: empty detects; "UTF-8" or "GB18030" overrides
        QString sheet;               // .xlsx: empty reads the first visible sheet
    };

    struct PreviewRow
    {
        int line = 0; // the CSV line or the sheet's row number
        ValueRecord record;
        QStringList problems;
        bool ok() const { return problems.isEmpty(); }
    };

    struct Preview
    {
        QString fileName;
        QString format;   // "csv", "xlsx", "ods" or "template"
        QString encoding; // CSV: the encoding read (detected or as asked)
        QString sheet;
        int templateYear = 0; // the return template's year
        QString templateUnit;
        QVector<PreviewRow> rows;
        QStringList problems;         // every problem of the file; empty means it may be stored
        QVector<ValueRecord> records; // empty unless ok()
        QStringList newAreas;
        // A return template's second sheet, the unit's annual report (.xlsx and
        // .ods): its problems are among `problems`, so a bad section refuses the
        // values too. Its section rules and the report's state are checked in
        // workflow (ReportService::checkSheet), which sets report.outcome.
        ReportSheet::Reading report;
        bool ok() const { return problems.isEmpty() && !records.isEmpty(); }
    };

    ValueFileImport(const QVector<Indicator> &indicators, const QStringList &knownAreas, const Options &options);

    // Dispatches on the file's first bytes and name (zip: .xlsx or .ods; OLE2:
    // refused, saying how to save it as .xlsx; else CSV).
    Preview preview(const QString &path) const;
    // `bytes` is taken (moved in) and released once decoded: a file near the size
    // limit is not held twice.
    Preview previewCsv(QByteArray bytes, const QString &fileName) const;
    Preview previewXlsx(const QString &path) const;

    // Loads the catalog and areas of `db` (and the district's name) and previews.
    static Preview previewFile(QSqlDatabase db, const QString &path, Options options);

private:
    Preview finish(Preview preview, ValueImport::Result result) const;

    QVector<Indicator> m_indicators;
    QStringList m_areas;
    Options m_options;
};
