#include "widgets/assessmentformatter.h"

#include "exchange/numberparser.h"
#include "target/assessor.h"
#include "widgets/palette.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AssessmentFormatter", text);
}
} // namespace

QColor AssessmentFormatter::warningColor(Assessment::Warning warning)
{
    return Palette::screen(Palette::warningRole(warning));
}

QColor AssessmentFormatter::statusColor(Assessment::Status status)
{
    return Palette::screen(Palette::statusRole(status));
}

QString AssessmentFormatter::warningDot()
{
    return QStringLiteral("●");
}

QString AssessmentFormatter::statusText(const Assessment &a)
{
    return a.restsOnEarlierYear()
        ? tr("No value for %1 (%2: %3)")
              .arg(QString::number(a.year), QString::number(a.latestYear), Assessment::statusLabel(a.valueStatus))
        : Assessment::statusLabel(a.status);
}

QString AssessmentFormatter::cellText(const Assessment &a)
{
    return tr("%1 · %2 %3 warning").arg(statusText(a), warningDot(), Assessment::warningLabel(a.warning));
}

QString AssessmentFormatter::legend(int year)
{
    return tr("The words are the status in %1; the dot ● is the early warning towards %2, from the latest value and "
              "its trend (red: binding target missed or moving away, yellow: projected to miss or fluctuating, "
              "green: met or on track, grey: no data or awaiting a verdict).")
        .arg(QString::number(year), QString::number(Assessor::kTargetYear));
}

QString AssessmentFormatter::html(const IndicatorAssessment &ia)
{
    const Assessment &a = ia.assessment;
    QStringList facts;
    facts << QStringLiteral("<b style=\"color:%1\">%2</b>")
                 .arg(statusColor(a.status).name(), Assessment::statusLabel(a.status).toHtmlEscaped());
    if (a.restsOnEarlierYear())
        facts << tr("no value for %1, the %2 value: %3")
                     .arg(QString::number(a.year), QString::number(a.latestYear),
                          Assessment::statusLabel(a.valueStatus))
                     .toHtmlEscaped();
    if (a.outlook != Assessment::Outlook::None)
        facts << Assessment::outlookLabel(a.outlook).toHtmlEscaped();
    facts << QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                 .arg(warningColor(a.warning).name(), warningDot(),
                      tr("%1 warning").arg(Assessment::warningLabel(a.warning)).toHtmlEscaped());
    if (a.fluctuation)
        facts << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(warningColor(Assessment::Warning::Yellow).name(),
                          Assessment::fluctuationLabel().toHtmlEscaped());
    if (a.midterm != Assessment::MidTerm::NotApplicable)
        facts << Assessment::midTermLabel(a.midterm).toHtmlEscaped();

    QString out =
        QStringLiteral("<p>%1 · %2</p>").arg(tr("Assessment for %1").arg(ia.year), facts.join(QStringLiteral(" · ")));
    if (!a.reason.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(a.reason.toHtmlEscaped());
    if (!a.formula.isEmpty())
        out += QStringLiteral("<p style=\"color:%1\">%2</p>")
                   .arg(Palette::screen(Palette::SecondaryText).name(), a.formula.toHtmlEscaped());
    return out;
}

QString AssessmentFormatter::parameters(const IndicatorAssessment &ia)
{
    const RuleParams &p = ia.indicator.params;
    const QString unit = ia.indicator.measureUnit;
    switch (ia.rule.family) {
    case TargetRule::Family::About:
        switch (p.aboutReading) {
        case RuleParams::AboutReading::AboutOrAbove:
            return tr("about or above: at least %1%2 (tolerance %3%2)")
                .arg(NumberParser::format(ia.rule.threshold - p.tolerance), unit, NumberParser::format(p.tolerance));
        case RuleParams::AboutReading::AboutOrBelow:
            return tr("about or below: at most %1%2 (tolerance %3%2)")
                .arg(NumberParser::format(ia.rule.threshold + p.tolerance), unit, NumberParser::format(p.tolerance));
        case RuleParams::AboutReading::Band:
            break;
        }
        return tr("band: tolerance ±%1%2").arg(NumberParser::format(p.tolerance), unit);
    case TargetRule::Family::ClearIncrease:
        return tr("at least %1% above the baseline").arg(NumberParser::format(p.clearDecreaseShare * 100));
    case TargetRule::Family::ClearDecrease:
        return tr("at least %1% below the baseline").arg(NumberParser::format(p.clearDecreaseShare * 100));
    case TargetRule::Family::TowardsBalance:
        return tr("normal band %1–%2").arg(NumberParser::format(p.balanceLow), NumberParser::format(p.balanceHigh));
    case TargetRule::Family::Relative:
        if (!p.referenceCode.isEmpty())
            return ia.rule.adapt
                ? tr("follows %1, tolerance %2%3").arg(p.referenceCode, NumberParser::format(p.tolerance), unit)
                : tr("follows indicator %1").arg(p.referenceCode);
        return ia.rule.adapt ? tr("compared with the reference value entered with each return, tolerance %1%2")
                                   .arg(NumberParser::format(p.tolerance), unit)
                             : tr("compared with the reference value entered with each return");
    default:
        break;
    }
    return tr("none");
}
