#include "reportsheet.h"

#include "csvwriter.h"
#include "xlsxdocument.h"
#include "xlsxreader.h"

#include <QFileInfo>

namespace {
using Style = XlsxDocument::Style;

const QString kProgressPrefix = QStringLiteral("规划落实情况：");
constexpr int kHeaderSearchRows = 20;
} // namespace

QString ReportSheet::sheetName()
{
    return QStringLiteral("年度报告");
}

QString ReportSheet::sectionHeader()
{
    return QStringLiteral("部分");
}

QString ReportSheet::textHeader()
{
    return QStringLiteral("内容");
}

QString ReportSheet::progressLabel(const QString &category)
{
    return kProgressPrefix + category;
}

QString ReportSheet::problemsLabel()
{
    return QStringLiteral("存在问题");
}

QString ReportSheet::nextYearPlanLabel()
{
    return QStringLiteral("下一年工作安排");
}

void ReportSheet::write(XlsxDocument *doc, const UnitReport &report)
{
    doc->addSheet(sheetName());
    doc->setPageSetup(XlsxDocument::Orientation::Portrait, HeaderRow);
    doc->setColumnWidth(0, 20);
    doc->setColumnWidth(1, 72);
    doc->setRowHeight(0, 24);
    doc->writeText(0, 0, QStringLiteral("%1 %2年度规划落实情况报告").arg(report.unit).arg(report.year), Style::Title);
    doc->writeText(1, 0, QStringLiteral("填报单位"), Style::Subtitle);
    doc->writeText(1, 1, QStringLiteral("%1（%2年度）").arg(report.unit).arg(report.year), Style::Subtitle);
    doc->setRowHeight(2, 48);
    doc->mergeRange(2, 0, 2, 1,
                    tr("Write each section in its yellow cell; a new paragraph is a line break inside the cell "
                       "(Excel and WPS: Alt+Enter; LibreOffice: Ctrl+Enter). The report is imported with the values "
                       "as a draft; when every cell is empty, the report is left as it is."),
                    Style::Note);
    doc->writeText(HeaderRow, 0, sectionHeader(), Style::Header);
    doc->writeText(HeaderRow, 1, textHeader(), Style::Header);
    int row = FirstSectionRow;
    auto section = [&](const QString &label, const QString &text) {
        doc->writeText(row, 0, label, Style::WrappedText);
        doc->writeText(row, 1, text, Style::InputParagraphs);
        doc->setRowHeightAtLeast(row, SectionRowHeight);
        ++row;
    };
    for (const QString &category : report.categories)
        section(progressLabel(category), report.progress.value(category));
    section(problemsLabel(), report.problems);
    section(nextYearPlanLabel(), report.nextYearPlan);
    doc->protect();
}

bool ReportSheet::Reading::isBlank() const
{
    for (const Section &s : sections) {
        if (!s.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

UnitReport ReportSheet::Reading::applyTo(UnitReport report) const
{
    for (const Section &s : sections) {
        switch (s.kind) {
        case Section::Kind::Progress:
            report.progress.insert(s.category, s.text);
            if (!report.categories.contains(s.category))
                report.categories.append(s.category);
            break;
        case Section::Kind::Problems:
            report.problems = s.text;
            break;
        case Section::Kind::NextYearPlan:
            report.nextYearPlan = s.text;
            break;
        }
    }
    return report;
}

bool ReportSheet::Reading::matches(const UnitReport &report) const
{
    const UnitReport after = applyTo(report);
    if (after.problems != report.problems || after.nextYearPlan != report.nextYearPlan)
        return false;
    for (auto it = after.progress.cbegin(); it != after.progress.cend(); ++it) {
        if (it.value() != report.progress.value(it.key()))
            return false;
    }
    return true;
}

ReportSheet::Reading ReportSheet::read(const QString &path, const QStringList &sheetNames)
{
    Reading out;
    out.fileName = QFileInfo(path).fileName();
    if (!sheetNames.contains(sheetName()))
        return out;
    out.present = true;
    XlsxReader::Sheet sheet;
    QString error;
    if (!XlsxReader::read(path, &sheet, &error, sheetName())) {
        out.problems.append(error);
        return out;
    }
    int header = -1;
    for (int i = 0; i < sheet.rowCount() && sheet.rowNumbers.at(i) <= kHeaderSearchRows; ++i) {
        const QStringList cells = sheet.row(i, 2);
        if (cells.value(0).trimmed() == sectionHeader() && cells.value(1).trimmed() == textHeader()) {
            header = i;
            break;
        }
    }
    if (header < 0) {
        out.problems.append(tr("%1: sheet %2: no header row in rows 1 to %3; expected %4 in column A and %5 in "
                               "column B")
                                .arg(out.fileName, sheet.name)
                                .arg(kHeaderSearchRows)
                                .arg(sectionHeader(), textHeader()));
        return out;
    }
    const int headerLine = sheet.rowNumbers.at(header);
    for (const XlsxReader::CellProblem &p : sheet.problems) {
        if (p.row > headerLine && p.column <= 1)
            out.problems.append(p.message);
    }
    QStringList seen;
    for (int i = header + 1; i < sheet.rowCount(); ++i) {
        const int line = sheet.rowNumbers.at(i);
        const QStringList cells = sheet.row(i, 2);
        const QString label = cells.value(0).trimmed();
        QString text = CsvWriter::unneutralise(cells.value(1));
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (label.isEmpty() && text.trimmed().isEmpty())
            continue;
        Section s;
        s.row = line;
        s.label = label;
        s.text = text;
        s.where = QStringLiteral("%1 (%2)").arg(XlsxReader::location(sheet, line, 1), label);
        bool known = true;
        if (label == problemsLabel()) {
            s.kind = Section::Kind::Problems;
        } else if (label == nextYearPlanLabel()) {
            s.kind = Section::Kind::NextYearPlan;
        } else if (label.startsWith(kProgressPrefix) && label.size() > kProgressPrefix.size()) {
            s.kind = Section::Kind::Progress;
            s.category = label.mid(kProgressPrefix.size()).trimmed();
        } else {
            known = false;
        }
        if (!known) {
            out.problems.append(tr("%1: %2: expected the name of a section: %3<category>, %4 or %5")
                                    .arg(XlsxReader::location(sheet, line, 0), label.isEmpty() ? tr("(empty)") : label,
                                         kProgressPrefix, problemsLabel(), nextYearPlanLabel()));
            continue;
        }
        if (seen.contains(label)) {
            out.problems.append(tr("%1: %2: each section once; the sheet has it twice")
                                    .arg(XlsxReader::location(sheet, line, 0), label));
            continue;
        }
        seen.append(label);
        out.sections.append(s);
    }
    if (out.problems.isEmpty())
        out.outcome = out.isBlank() ? Outcome::Blank : Outcome::Save;
    return out;
}
