#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The annual return as an .xlsx a liaison fills in with Excel or WPS: one row per
// indicator the unit leads, with what they need beside the field (name, measure
// unit, 2030 target, the last three years) and yellow cells for this year's value,
// numerator, denominator, data source and note. Everything else is protected, so
// the code that keys each row cannot be typed over.
//
// The column headers are a file format, not interface text: ValueFileImport finds
// the table by them, and the year by the header of the value column ("2025年数值"),
// so they are fixed Chinese and never translated.
//
// Under the table come the signature lines of the paper copy: 填报人, 联系电话,
// 审核人, 单位负责人（签字）, 填报日期 (yellow cells) and the area for the unit's seal
// (（单位盖章）). They are for the signed, stamped copy only and are not imported:
// the table of values ends at the row of 填报人. The second sheet, 年度报告, holds the
// unit's annual report (ReportSheet), prefilled with the stored text.
class ReturnTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ReturnTemplate)

public:
    enum Column {
        Code,
        Name,
        MeasureUnit,
        Target,
        Previous1,
        Previous2,
        Previous3,
        Value,
        Numerator,
        Denominator,
        Source,
        Note,
        ColumnCount
    };
    static constexpr int UnitRow = 1; // 0-based rows as libxlsxwriter counts them
    static constexpr int HeaderRow = 3;
    static constexpr int FirstDataRow = 4;

    // `unit` must lead at least one indicator; otherwise `error` names it and lists
    // the units that do.
    static bool write(QSqlDatabase db, const QString &unit, int year, const QString &path, QString *error);

    static QString codeHeader(); // 指标代码
    // The signature lines' labels, 填报人 first: the row with it ends the table.
    static QStringList signatureLabels();
    static QString stampLabel();          // （单位盖章）
    static QString unitLabel();           // 填报单位
    static QString valueHeader(int year); // 2025年数值
    static bool parseValueHeader(const QString &text, int *year);
    // The other input columns: header -> column name of the CSV format.
    static QHash<QString, QString> inputHeaders();
};
