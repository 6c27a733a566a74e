#pragma once

#include "model/unitreport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class XlsxDocument;

// The second sheet of the return template, 年度报告: the unit's annual report, one
// row per section (规划落实情况：<category> for each category the unit serves, then
// 存在问题 and 下一年工作安排). The section's name is a locked cell in column A, its
// text an unlocked, wrapped, tall cell in column B; paragraphs are line breaks
// inside the cell. The sheet name, the header and the section names are a file
// format (fixed Chinese, never translated): the import finds the sheet and its
// sections by them.
//
// Reading checks the sheet's shape only (header, known section names, each once,
// no formulas); the section rules (length, control characters) and the report's
// state are ReportService's (ReportService::checkSheet), as for text typed in the
// window.
class ReportSheet
{
    Q_DECLARE_TR_FUNCTIONS(ReportSheet)

public:
    static constexpr int HeaderRow = 3; // 0-based, as libxlsxwriter counts
    static constexpr int FirstSectionRow = 4;
    static constexpr double SectionRowHeight = 150; // points: room for a few paragraphs

    static QString sheetName();                            // 年度报告
    static QString sectionHeader();                        // 部分
    static QString textHeader();                           // 内容
    static QString progressLabel(const QString &category); // 规划落实情况：妇女与健康
    static QString problemsLabel();                        // 存在问题
    static QString nextYearPlanLabel();                    // 下一年工作安排

    // Adds the sheet to `doc` with the sections of `report`, prefilled with its texts.
    static void write(XlsxDocument *doc, const UnitReport &report);

    struct Section
    {
        enum class Kind { Progress, Problems, NextYearPlan };
        Kind kind = Kind::Progress;
        QString label;    // as in column A
        QString category; // Progress only
        int row = 0;      // the sheet's 1-based row
        QString where;    // "book.xlsx: sheet 年度报告: row 5, column B (存在问题)"
        QString text;
    };

    // What an import does with the sheet; Absent and Blank are known when it is
    // read, Unchanged and Save once it is compared with the stored report.
    enum class Outcome { Absent, Blank, Unchanged, Save };

    struct Reading
    {
        bool present = false;
        QString fileName;
        QVector<Section> sections;
        QStringList problems; // the sheet's shape; empty means it reads
        Outcome outcome = Outcome::Absent;
        // No section has any text but white space.
        bool isBlank() const;
        // `report` with the texts of the sheet's sections in place of its own.
        UnitReport applyTo(UnitReport report) const;
        // Whether applyTo(report) would change no text of `report`.
        bool matches(const UnitReport &report) const;
    };

    // Reads the sheet 年度报告 of the workbook at `path` when `sheetNames` (the
    // workbook's sheets, XlsxReader::Sheet::sheetNames) has it; not present otherwise.
    static Reading read(const QString &path, const QStringList &sheetNames);
};
