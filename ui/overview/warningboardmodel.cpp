#include "overview/warningboardmodel.h"

#include "widgets/assessmentformatter.h"

#include "target/targetformat.h"

#include <QBrush>

WarningBoardModel::WarningBoardModel(QObject *parent)
    : RowTableModel(
        {
            {tr("Warning")},
            {tr("Code")},
            {tr("Indicator")},
            {tr("Target 2030")},
            {tr("Latest value"), Qt::AlignRight | Qt::AlignVCenter},
            {tr("Status")},
            {tr("Outlook")},
            {tr("Fluctuation")},
            {tr("Lead unit")},
            {tr("Attribute")},
            {tr("Reason")},
        },
        parent)
{
}

void WarningBoardModel::setAssessments(const QVector<IndicatorAssessment> &assessments)
{
    resetRows(assessments);
}

const IndicatorAssessment *WarningBoardModel::assessmentAt(int row) const
{
    return rowAt(row);
}

int WarningBoardModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).indicator.code == code)
            return i;
    }
    return -1;
}

QVariant WarningBoardModel::data(const QModelIndex &index, int role) const
{
    const IndicatorAssessment *a = assessmentAt(index.row());
    if (!a)
        return QVariant();
    const Assessment &as = a->assessment;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*a, column);
    case Qt::ToolTipRole:
        if (column == ReasonColumn || column == StatusColumn || column == WarningColumn)
            return as.formula.isEmpty() ? as.reason : as.reason + QLatin1Char('\n') + as.formula;
        if (column == NameColumn || column == LeadUnitColumn || column == TargetColumn)
            return display(*a, column);
        return QVariant();
    case Qt::ForegroundRole:
        if (column == WarningColumn)
            return QBrush(AssessmentFormatter::warningColor(as.warning));
        if (column == StatusColumn)
            return QBrush(AssessmentFormatter::statusColor(as.status));
        if (column == FluctuationColumn)
            return QBrush(AssessmentFormatter::warningColor(Assessment::Warning::Yellow));
        return QVariant();
    case Qt::TextAlignmentRole:
        return alignment(column);
    case PlanRole:
        return a->indicator.planCode;
    case CategoryRole:
        return a->indicator.category;
    case LeadUnitRole:
        return a->indicator.leadUnit();
    case AttributeRole:
        return int(a->indicator.attribute);
    case WarningRole:
        return int(as.warning);
    case StatusRole:
        return int(as.status);
    case OrderRole:
        return index.row();
    case CodeRole:
        return a->indicator.code;
    default:
        break;
    }
    return QVariant();
}

QVariant WarningBoardModel::display(const IndicatorAssessment &a, int column) const
{
    const Assessment &as = a.assessment;
    switch (column) {
    case WarningColumn:
        return QStringLiteral("%1 %2").arg(AssessmentFormatter::warningDot(), Assessment::warningLabel(as.warning));
    case CodeColumn:
        return a.indicator.code;
    case NameColumn:
        return a.indicator.name;
    case TargetColumn:
        return a.indicator.targetText;
    case LatestColumn:
        if (!as.latestValue)
            return QStringLiteral("—");
        return QStringLiteral("%1 (%2)").arg(TargetFormat::value(*as.latestValue, a.indicator)).arg(as.latestYear);
    case StatusColumn:
        return Assessment::statusLabel(as.status);
    case OutlookColumn:
        return Assessment::outlookLabel(as.outlook);
    case FluctuationColumn:
        return as.fluctuation ? Assessment::fluctuationLabel() : QString();
    case LeadUnitColumn:
        return a.indicator.leadUnit();
    case AttributeColumn:
        return Indicator::attributeText(a.indicator.attribute);
    case ReasonColumn:
        return as.reason;
    }
    return QVariant();
}
