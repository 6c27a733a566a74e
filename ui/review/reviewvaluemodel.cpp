#include "review/reviewvaluemodel.h"

#include "exchange/numberparser.h"
#include "target/targetformat.h"
#include "widgets/assessmentformatter.h"
#include "widgets/palette.h"

#include <QBrush>

namespace {
Palette::Role stateRole(ValueState state)
{
    switch (state) {
    case ValueState::Returned:
        return Palette::StateReturned;
    case ValueState::Approved:
        return Palette::StateApproved;
    case ValueState::Draft:
        return Palette::StateDraft;
    case ValueState::Submitted:
        break;
    }
    return Palette::StateAwaitingReview;
}
} // namespace

bool ReviewValueModel::Row::isJudged() const
{
    return assessment.rule.family == TargetRule::Family::Judgement
        || assessment.rule.family == TargetRule::Family::Unparsed;
}

ReviewValueModel::ReviewValueModel(QObject *parent)
    : ColumnTableModel(
        {
            {tr("Code")},
            {tr("Indicator")},
            {tr("Target 2030")},
            {tr("Value"), Qt::AlignRight | Qt::AlignVCenter},
            {tr("State")},
            {tr("Assessment")},
            {tr("Since approval")},
            {tr("Numerator / denominator"), Qt::AlignRight | Qt::AlignVCenter},
            {tr("Data source")},
            {tr("Note")},
            {tr("Review note")},
        },
        parent)
{
}

void ReviewValueModel::setRows(const QVector<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const ReviewValueModel::Row *ReviewValueModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReviewValueModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).indicator().code == code)
            return i;
    }
    return -1;
}

int ReviewValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant ReviewValueModel::data(const QModelIndex &index, int role) const
{
    const Row *r = rowAt(index.row());
    if (!r)
        return QVariant();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, column);
    case Qt::ToolTipRole:
        if (column == AssessmentColumn)
            return r->assessment.assessment.reason + QLatin1Char('\n')
                + AssessmentFormatter::legend(r->assessment.assessment.year);
        if (column == NoteColumn || column == SourceColumn || column == ReviewNoteColumn || column == NameColumn
            || column == TargetColumn)
            return display(*r, column);
        return QVariant();
    case Qt::ForegroundRole:
        if (column == AssessmentColumn) // the words lead with the status (the legend explains the dot)
            return QBrush(AssessmentFormatter::statusColor(r->assessment.assessment.status));
        if (column == StateColumn && r->value)
            return QBrush(Palette::screen(stateRole(r->value->state)));
        if (column == ChangedColumn)
            return QBrush(Palette::screen(Palette::StateChanged));
        return QVariant();
    case Qt::TextAlignmentRole:
        return alignment(column);
    default:
        break;
    }
    return QVariant();
}

QVariant ReviewValueModel::display(const Row &r, int column) const
{
    const Indicator &ind = r.indicator();
    const std::optional<ValueRecord> &v = r.value;
    switch (column) {
    case CodeColumn:
        return ind.code;
    case NameColumn:
        return ind.name;
    case TargetColumn:
        return ind.targetText;
    case ValueColumn:
        return v ? TargetFormat::value(v->value, ind) : QStringLiteral("—");
    case FractionColumn:
        if (v && v->numerator && v->denominator)
            return QStringLiteral("%1 / %2").arg(NumberParser::format(*v->numerator),
                                                 NumberParser::format(*v->denominator));
        return QString();
    case StateColumn:
        return v ? ValueStates::label(v->state) : tr("Not filled");
    case ChangedColumn:
        return v && v->changedSinceApproval()
            ? tr("Changed (approved %1)").arg(TargetFormat::value(*v->approvedValue, ind))
            : QString();
    case AssessmentColumn: {
        return AssessmentFormatter::cellText(r.assessment.assessment);
    }
    case SourceColumn:
        return v ? v->source : QString();
    case NoteColumn:
        return v ? v->note : QString();
    case ReviewNoteColumn:
        return v ? v->reviewNote : QString();
    }
    return QVariant();
}
