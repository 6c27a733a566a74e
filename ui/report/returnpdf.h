#pragma once

#include "workflow/printedreturn.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;
class QTextTable;

// The printable return (a unit's stamped paper copy) as a PDF: A4 landscape, the
// title "区卫健委 2025年度妇女儿童发展规划监测数据报表", the unit and year, the
// indicators table (its header repeated on every page), the unit's annual report
// as plain paragraphs, then the signature block (填报人、联系电话、审核人、
// 单位负责人（签字）、填报日期) with room for the unit's seal, kept on one page.
// Every page carries "第 1 页 共 N 页".
//
// A return with values not yet submitted (draft, returned or not filled) says so
// in a line under the title ("本表含未报送数据…") and carries a grey diagonal
// watermark on every page, drawn as outlines so that it does not mix with the
// text a reader copies. The fonts and the whole-or-nothing output are the
// plenary report's (ReportStyle, OutputFile).
class ReturnPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReturnPdf)

public:
    explicit ReturnPdf(const PrintedReturn &data);

    const PrintedReturn &data() const { return m_data; }

    static QString title(const PrintedReturn &data);
    // The line saying what is not submitted yet; empty when every value was sent.
    static QString unsentLine(const PrintedReturn &data);
    static QString watermark();
    // The sentence above the signatures.
    static QString confirmation();
    // The cells of a row as printed, in the table's column order.
    static QStringList cells(const PrintedReturn &data, const PrintedReturn::Row &row);
    static QStringList headers(const PrintedReturn &data);

    // Qt rich text, laid out by document().
    QString html() const;
    // The laid-out document (no device yet); its toPlainText() is what the PDF says.
    std::unique_ptr<QTextDocument> document() const;

    bool savePdf(const QString &path, QString *error, int *pages = nullptr) const;
    // One call from a database to a file, for the command line.
    static bool writePdf(QSqlDatabase db, const User &user, const QString &unit, int year, const QString &path,
                         QString *error, int *pages = nullptr);
    // A file name to offer: 区卫健委-2025年度监测数据报表.pdf
    static QString suggestedFileName(const QString &unit, int year);

    // Moves what must not be split to the next page of `doc`, laid out on its page
    // size: a table row, a heading from its text, the confirmation from the
    // signatures. paintOn() calls it; public for the tests.
    static void keepTogether(QTextDocument *doc);
    // The indicators table, and where one row's cells begin and end (document
    // coordinates).
    struct RowSpan
    {
        qreal top;
        qreal bottom;
    };
    static QTextTable *dataTable(QTextDocument *doc);
    static RowSpan rowSpan(QTextDocument *doc, QTextTable *table, int row);

private:
    int paintOn(QPagedPaintDevice *device) const;

    PrintedReturn m_data;
};
