// The longer sections of ReportHtml: the mid-term checks, the warnings with their
// charts, the category tables and the completeness of returns.
#include "reporthtml.h"

#include "reportchartset.h"
#include "reporthtmlformat.h"

#include "model/displayformat.h"

using namespace ReportHtmlFormat;

namespace {

QString valueText(const ReportData &d, const IndicatorAssessment &ia, int year)
{
    const auto it = ia.series.constFind(year);
    if (it == ia.series.constEnd())
        return QStringLiteral("–");
    const ValueRecord *r = d.record(ia.indicator.code, year);
    // Submitted values count for the assessment but may still change.
    const bool pending = r && r->state != ValueState::Approved;
    return number(*it) + (pending ? QStringLiteral("*") : QString());
}

QString nameCell(const IndicatorAssessment &ia)
{
    QString name = esc(ia.indicator.name);
    if (!ia.indicator.measureUnit.isEmpty())
        name += QStringLiteral(" (%1)").arg(esc(ia.indicator.measureUnit));
    return cell(name);
}

QString codeCell(const IndicatorAssessment &ia)
{
    return cell(esc(ia.indicator.code), QStringLiteral("white-space: nowrap;"));
}

QString baselineText(const IndicatorAssessment &ia)
{
    const Assessment &a = ia.assessment;
    if (!a.baselineValue)
        return QStringLiteral("–");
    return a.baselineYear == 2020 ? number(a.baselineValue)
                                  : QStringLiteral("%1 (%2)").arg(number(a.baselineValue)).arg(a.baselineYear);
}

} // namespace

QString ReportHtml::midTerm(const ReportData &d, Numbers &numbers)
{
    QString html = heading(1, numbers.next(1) + tr("Evaluation of the plan period"), true);
    const int midYear = d.plans.value(0).baselineYear + (d.plans.value(0).endYear - d.plans.value(0).baselineYear) / 2;

    int covered = 0;
    for (int row : d.midTermRows)
        covered += d.assessments.at(row).assessment.midterm == Assessment::MidTerm::Covered ? 1 : 0;
    html += heading(2, numbers.next(2) + tr("Half time, half the task"));
    html += paragraph(esc(tr("For targets with a fixed number and a baseline, the %1 value must have covered at least "
                             "half of the way from the baseline to the target. %2 of %3 indicators did.")
                              .arg(midYear)
                              .arg(covered)
                              .arg(d.midTermRows.size())));
    html += tableStart(
        {tr("Code"), tr("Indicator"), tr("Target"), tr("Baseline"), QString::number(midYear), tr("Result")},
        {7, 39, 14, 12, 10, 18});
    for (int row : d.midTermRows) {
        const IndicatorAssessment &ia = d.assessments.at(row);
        html += QStringLiteral("<tr>") + codeCell(ia) + nameCell(ia) + cell(esc(ia.indicator.targetText))
            + numberCell(baselineText(ia)) + numberCell(valueText(d, ia, midYear))
            + cell(esc(Assessment::midTermLabel(ia.assessment.midterm))) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    html += heading(2, numbers.next(2) + tr("Targets met ahead of %1").arg(d.plans.value(0).endYear));
    html += tableStart({tr("Code"), tr("Indicator"), tr("Target"), tr("Value %1").arg(d.dataYear), tr("Met since")},
                       {7, 47, 16, 15, 15});
    for (int row : d.metEarly) {
        const IndicatorAssessment &ia = d.assessments.at(row);
        html += QStringLiteral("<tr>") + codeCell(ia) + nameCell(ia) + cell(esc(ia.indicator.targetText))
            + numberCell(valueText(d, ia, d.dataYear)) + numberCell(QString::number(d.metSince.value(row)))
            + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    html += heading(2, numbers.next(2) + tr("Targets not expected to be met by %1").arg(d.plans.value(0).endYear));
    html += tableStart({tr("Code"), tr("Indicator"), tr("Target"), tr("Value %1").arg(d.dataYear),
                        tr("Projected %1").arg(d.plans.value(0).endYear), tr("Outlook")},
                       {7, 37, 14, 12, 12, 18});
    for (int row : d.notExpected) {
        const IndicatorAssessment &ia = d.assessments.at(row);
        html += QStringLiteral("<tr>") + codeCell(ia) + nameCell(ia) + cell(esc(ia.indicator.targetText))
            + numberCell(valueText(d, ia, d.dataYear)) + numberCell(number(ia.assessment.projected2030))
            + cell(esc(Assessment::outlookLabel(ia.assessment.outlook))) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ReportHtml::warnings(const ReportData &d, Numbers &numbers)
{
    QString html = heading(1, numbers.next(1) + tr("Early warnings"), true);
    html += paragraph(esc(tr("Red: a binding indicator not met, or a trend away from the target. Yellow: projected to "
                             "miss the target, or a large fluctuation. In the charts, filled dots are approved "
                             "values, hollow dots submitted ones; the dash-dot line or shaded band is the target, "
                             "the dashed line the projection, the square the baseline and the diamond the mid-term "
                             "value.")));
    if (d.warnings.isEmpty())
        html += paragraph(esc(tr("No indicator carries a red or yellow warning.")));
    // QTextDocument cannot keep a block together across a page break, so the
    // chart and its text go three to a page, which is what fits beside the charts.
    constexpr int perPage = 3;
    int index = 0;
    for (const ReportData::WarningItem &w : d.warnings) {
        const bool breakBefore = index > 0 && index % perPage == 0;
        ++index;
        const IndicatorAssessment &ia = d.assessments.at(w.row);
        const Assessment &a = ia.assessment;
        QString text = QStringLiteral("<p class=\"h2font\" style=\"margin-top: 0px;\">%1%2 %3</p>")
                           .arg(headingNumber(2, index), esc(ia.indicator.code), esc(ia.indicator.name));
        QStringList facts{tr("Warning: %1").arg(Assessment::warningLabel(a.warning)),
                          tr("Status: %1").arg(Assessment::statusLabel(a.status))};
        if (a.outlook != Assessment::Outlook::None)
            facts << tr("Outlook: %1").arg(Assessment::outlookLabel(a.outlook));
        if (a.fluctuation)
            facts << Assessment::fluctuationLabel();
        text += paragraph(QStringLiteral("<b>%1</b>").arg(esc(facts.join(QStringLiteral(" · ")))));
        text += paragraph(esc(tr("Target %1 (%2) · lead unit %3")
                                  .arg(ia.indicator.targetText, Indicator::attributeText(ia.indicator.attribute),
                                       ia.indicator.leadUnit())));
        text += paragraph(esc(a.reason));
        text += paragraph(esc(tr("Note of the lead unit: %1").arg(w.note.isEmpty() ? tr("none given") : w.note)));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 8px;%5\">"
                               "<tr><td width=\"52%\" valign=\"top\"><img src=\"%1\" width=\"%2\" height=\"%3\"></td>"
                               "<td width=\"48%\" valign=\"top\">%4</td></tr></table>")
                    .arg(trendChartUrl(ia.indicator.code))
                    .arg(ReportChartSet::TrendWidth)
                    .arg(ReportChartSet::TrendHeight)
                    .arg(text, breakBefore ? QStringLiteral(" page-break-before: always;") : QString());
    }
    return html;
}

QString ReportHtml::categories(const ReportData &d, Numbers &numbers)
{
    QString html = heading(1, numbers.next(1) + tr("Indicators by category"), true);
    html += paragraph(esc(tr("Values marked * are submitted and not yet approved. A dash means no value.")));
    QString plan;
    for (const ReportData::CategorySection &c : d.categories) {
        if (c.planCode != plan) {
            plan = c.planCode;
            for (const Plan &p : d.plans) {
                if (p.code == plan)
                    html += heading(2, numbers.next(2) + p.title);
            }
        }
        html += heading(3, numbers.next(3) + c.name);
        QStringList headers{tr("Code"), tr("Indicator"), tr("Target"), tr("Attribute"), tr("Baseline")};
        for (int y : d.valueYears)
            headers << QString::number(y);
        headers << tr("Status") << tr("Outlook") << tr("Warning");
        html += tableStart(headers, {6, 22, 10, 7, 7, 6, 6, 6, 11, 11, 8});
        for (int row : c.rows) {
            const IndicatorAssessment &ia = d.assessments.at(row);
            html += QStringLiteral("<tr>") + codeCell(ia) + nameCell(ia) + cell(esc(ia.indicator.targetText))
                + cell(esc(Indicator::attributeText(ia.indicator.attribute))) + numberCell(baselineText(ia));
            for (int y : d.valueYears)
                html += numberCell(valueText(d, ia, y));
            html += statusCell(ia.assessment.status) + cell(esc(Assessment::outlookLabel(ia.assessment.outlook)))
                + warningCell(ia.assessment.warning) + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString ReportHtml::completeness(const ReportData &d, Numbers &numbers)
{
    QString html = heading(1, numbers.next(1) + tr("Returns by responsible unit, %1").arg(d.dataYear), true);
    html += paragraph(esc(dataBasis(d)));
    html += paragraph(esc(tr("Indicators counted for their lead unit, which reports the value.")));
    html += tableStart({tr("Unit"), tr("Indicators"), tr("Not filled"), tr("Draft"), tr("Submitted"), tr("Returned"),
                        tr("Approved"), tr("Last submission")},
                       {20, 10, 10, 9, 10, 10, 10, 21});
    UnitCompleteness sum;
    for (const UnitCompleteness &u : d.completeness) {
        html += QStringLiteral("<tr>") + cell(esc(u.unit));
        for (int v : {u.indicators, u.notFilled, u.draft, u.submitted, u.returned, u.approved})
            html += numberCell(QString::number(v));
        html += cell(u.lastSubmission.isValid() ? DisplayFormat::dateTime(u.lastSubmission) : QStringLiteral("–"))
            + QStringLiteral("</tr>");
        sum.indicators += u.indicators;
        sum.notFilled += u.notFilled;
        sum.draft += u.draft;
        sum.submitted += u.submitted;
        sum.returned += u.returned;
        sum.approved += u.approved;
    }
    html += QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(esc(tr("Total"))));
    for (int v : {sum.indicators, sum.notFilled, sum.draft, sum.submitted, sum.returned, sum.approved})
        html += numberCell(QStringLiteral("<b>%1</b>").arg(v));
    return html + cell(QString()) + QStringLiteral("</tr></table>");
}

QString ReportHtml::reportTimelinessText(const UnitCompleteness &u)
{
    switch (u.reportTimeliness()) {
    case UnitCompleteness::Timeliness::OnTime:
        return tr("On time", "annual report delivered by the due date");
    case UnitCompleteness::Timeliness::Late:
        return tr("%n day(s) late", "annual report delivered after the due date", u.reportDaysLate());
    case UnitCompleteness::Timeliness::Missing:
        break;
    }
    return tr("Not delivered", "annual report");
}

QString ReportHtml::unitReports(const ReportData &d, Numbers &numbers)
{
    // The plan's 报告制度: each responsible unit reports every year on what it did and
    // what it will do next year. Who did, when, and the opening of the plan for next year.
    QString html;
    if (d.kind == ReportData::Kind::Annual) {
        html = heading(1, numbers.next(1) + tr("Units' annual reports, %1").arg(d.dataYear), true);
    } else {
        html = heading(1, numbers.next(1) + tr("Units' annual reports"), true);
        html += heading(2, numbers.next(2) + tr("The reports for %1").arg(d.dataYear));
    }
    int onTime = 0, late = 0, missing = 0;
    for (const UnitCompleteness &u : d.completeness) {
        switch (u.reportTimeliness()) {
        case UnitCompleteness::Timeliness::OnTime:
            ++onTime;
            break;
        case UnitCompleteness::Timeliness::Late:
            ++late;
            break;
        case UnitCompleteness::Timeliness::Missing:
            ++missing;
            break;
        }
    }
    html += paragraph(esc(tr("Each responsible unit reports every year on how it carried out the plan and on its work "
                             "for the next year. Of %1 units, %2 delivered the report for %3 by the due date in "
                             "force for them (extensions counted), %4 after it, and %5 have not delivered it.")
                              .arg(d.completeness.size())
                              .arg(onTime)
                              .arg(d.dataYear)
                              .arg(late)
                              .arg(missing)));
    html += tableStart({tr("Unit"), tr("Report"), tr("Delivered on"), tr("Due"), tr("Timeliness"),
                        tr("Work planned for %1 (opening)").arg(d.dataYear + 1)},
                       {15, 9, 12, 12, 11, 41});
    for (const UnitCompleteness &u : d.completeness) {
        ValueState state = ValueState::Draft;
        const bool stored = ValueStates::fromKey(u.reportState, &state);
        const QString stateText = stored ? ValueStates::label(state) : tr("None", "no annual report");
        const QString delivered = u.reportDelivered() && u.reportSubmittedAt.isValid()
            ? DisplayFormat::date(u.reportSubmittedAt.toLocalTime().date())
            : QStringLiteral("–");
        QString due = u.dueDate.isValid() ? DisplayFormat::date(u.dueDate) : QStringLiteral("–");
        if (u.extended)
            due += tr(" (extended)");
        const QString plan = d.nextYearPlans.value(u.unit);
        html += QStringLiteral("<tr>") + cell(esc(u.unit)) + cell(esc(stateText)) + cell(esc(delivered))
            + cell(esc(due)) + cell(esc(reportTimelinessText(u)))
            + cell(plan.isEmpty() ? QStringLiteral("–") : esc(plan)) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ReportHtml::unitReportHistory(const ReportData &d, Numbers &numbers)
{
    if (d.reportYears.isEmpty())
        return QString();
    QString html = heading(
        2, numbers.next(2) + tr("Units' annual reports %1–%2").arg(d.reportYears.first()).arg(d.reportYears.last()));
    html += paragraph(
        esc(tr("For each year of the period so far: whether the unit's annual report came by the due date "
               "in force for it, how many days late, or not at all.")));
    QStringList headers{tr("Unit")};
    QVector<int> widths{20};
    for (int y : d.reportYears) {
        headers << QString::number(y);
        widths << 80 / int(d.reportYears.size());
    }
    html += tableStart(headers, widths);
    QVector<int> onTime(d.reportYears.size(), 0);
    for (const UnitCompleteness &u : d.completeness) {
        html += QStringLiteral("<tr>") + cell(esc(u.unit));
        for (int i = 0; i < d.reportYears.size(); ++i) {
            QString text = QStringLiteral("–");
            for (const UnitCompleteness &inYear : d.completenessByYear.at(i)) {
                if (inYear.unit == u.unit) {
                    text = reportTimelinessText(inYear);
                    onTime[i] += inYear.reportTimeliness() == UnitCompleteness::Timeliness::OnTime ? 1 : 0;
                }
            }
            html += cell(esc(text));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(esc(tr("On time"))));
    for (int n : onTime)
        html += numberCell(QStringLiteral("<b>%1</b>").arg(n));
    return html + QStringLiteral("</tr></table>");
}
