// What the return table shows: texts, colours and tooltips of each cell. Split from
// returntablemodel.cpp, which keeps the rows, the edits and the saving.

#include "return/returntablemodel.h"

#include "widgets/assessmentformatter.h"
#include "widgets/palette.h"

#include "exchange/numberparser.h"
#include "target/targetformat.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace {
QIcon dot(Assessment::Warning warning)
{
    // One icon per level and palette, painted once: the assessment column repaints often.
    static QHash<QRgb, QIcon> icons;
    const QColor colour = AssessmentFormatter::warningColor(warning);
    auto it = icons.find(colour.rgba());
    if (it == icons.end()) {
        QPixmap pm(12, 12);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(1, 1, 10, 10));
        it = icons.insert(colour.rgba(), QIcon(pm));
    }
    return *it;
}

bool isNumberColumn(int column)
{
    return (column >= ReturnTableModel::PastColumn1 && column <= ReturnTableModel::PastColumn3)
        || column == ReturnTableModel::ValueColumn || column == ReturnTableModel::NumeratorColumn
        || column == ReturnTableModel::DenominatorColumn;
}
} // namespace

void ReturnTableModel::classify(ReturnRow &r) const
{
    r.cellProblems.clear();
    r.cellSeverity.clear();
    if (r.heading || !r.editable())
        return;
    // EntryValidator starts each error with the field's name; that names the cell.
    const QString numerator = EntryValidator::tr("Numerator") + QLatin1Char(':');
    const QString denominator = EntryValidator::tr("Denominator") + QLatin1Char(':');
    for (const QString &e : r.check.errors) {
        const int c = e.startsWith(numerator) ? NumeratorColumn
            : e.startsWith(denominator)       ? DenominatorColumn
                                              : ValueColumn;
        r.cellProblems[c] << e;
        r.cellSeverity[c] = 2;
    }
    if (r.save == ReturnRow::Save::Blocked && !r.check.hasErrors()) {
        r.cellProblems[ValueColumn] << r.saveError;
        r.cellSeverity[ValueColumn] = 2;
    }
    if (!r.check.warnings.isEmpty() && !r.cellSeverity.contains(ValueColumn)) {
        r.cellProblems[ValueColumn] = r.check.warnings;
        r.cellSeverity[ValueColumn] = 1;
    }
    if (r.needsNote()) {
        // The warning itself stands once, at the value; the note only says it is wanted.
        r.cellProblems[NoteColumn] << tr("The value's warning needs an explanation here before it can be submitted.");
        r.cellSeverity[NoteColumn] = 1;
    }
}

QStringList ReturnTableModel::problems(int row, int column, int *severity) const
{
    const ReturnRow *r = rowAt(row);
    *severity = r ? r->cellSeverity.value(column) : 0;
    return r ? r->cellProblems.value(column) : QStringList();
}

QVariant ReturnTableModel::data(const QModelIndex &index, int role) const
{
    const ReturnRow *row = rowAt(index.row());
    if (!row)
        return QVariant();
    const int column = index.column();
    if (row->heading) {
        if (role == Qt::DisplayRole && column == CodeColumn)
            return row->title;
        if (role == Qt::BackgroundRole)
            return Palette::screen(Palette::HeadingBackground);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return role == HeadingRole ? QVariant(true) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::EditRole:
        return text(index.row(), column);
    case Qt::ToolTipRole:
        return toolTip(*row, column);
    case Qt::BackgroundRole:
        return background(*row, column);
    case Qt::ForegroundRole:
        return foreground(*row, column);
    case Qt::DecorationRole:
        if (column == AssessmentColumn && row->live)
            return dot(row->live->warning);
        return QVariant();
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if ((column == StateColumn && (row->returned() || row->save != ReturnRow::Save::Clean))
            || (column == ValueColumn && row->value.isEmpty() && row->check.computedFromParts)) {
            QFont f;
            f.setBold(column == StateColumn);
            f.setItalic(column == ValueColumn);
            return f;
        }
        return QVariant();
    case CodeRole:
        return row->indicator.code;
    case HeadingRole:
        return false;
    }
    return QVariant();
}

QVariant ReturnTableModel::display(const ReturnRow &row, int column) const
{
    const Indicator &ind = row.indicator;
    switch (column) {
    case CodeColumn:
        return ind.code;
    case NameColumn:
        return ind.measureUnit.isEmpty() ? ind.name : tr("%1 (%2)").arg(ind.name, ind.measureUnit);
    case TargetColumn:
        return row.ruleText.isEmpty() || row.ruleText == ind.targetText
            ? ind.targetText
            : tr("%1 · %2").arg(ind.targetText, row.ruleText);
    case PastColumn1:
    case PastColumn2:
    case PastColumn3: {
        const auto it = row.past.constFind(m_year - 3 + (column - PastColumn1));
        return it == row.past.constEnd() ? QString() : TargetFormat::measured(it->value, ind);
    }
    // A number that reads is shown as read (９４．５ as 94.5), so the liaison sees
    // what will be saved; the typed text stays in the editor and in Qt::EditRole.
    case ValueColumn:
        if (row.check.hasErrors() || !row.check.value || (row.value.isEmpty() && !row.check.computedFromParts))
            return row.value;
        return NumberParser::format(*row.check.value, 6);
    case NumeratorColumn:
        return row.check.hasErrors() || !row.check.numerator ? row.numerator
                                                             : NumberParser::format(*row.check.numerator, 6);
    case DenominatorColumn:
        return row.check.hasErrors() || !row.check.denominator ? row.denominator
                                                               : NumberParser::format(*row.check.denominator, 6);
    case SourceColumn:
        return row.source;
    case NoteColumn:
        return row.note;
    case AssessmentColumn:
        return row.live ? Assessment::statusLabel(row.live->status) : QString();
    case StateColumn: {
        const QString state = row.stored ? ValueStates::label(row.stored->state) : tr("Not filled");
        if (!row.leads)
            return tr("Co-operating");
        if (row.save == ReturnRow::Save::Blocked)
            return tr("Not saved");
        if (row.save == ReturnRow::Save::Pending)
            return tr("%1 (saving)").arg(state);
        return state;
    }
    }
    return QVariant();
}

QVariant ReturnTableModel::toolTip(const ReturnRow &row, int column) const
{
    QStringList lines = row.cellProblems.value(column);
    switch (column) {
    case CodeColumn:
    case NameColumn:
        lines << tr("%1 %2").arg(row.indicator.code, row.indicator.name)
              << tr("Lead unit: %1").arg(row.indicator.leadUnit());
        if (row.indicator.units.size() > 1)
            lines << tr("Co-operating: %1").arg(row.indicator.units.mid(1).join(QStringLiteral("、")));
        break;
    case TargetColumn:
        lines << row.indicator.targetText << row.ruleText << Indicator::attributeText(row.indicator.attribute);
        break;
    case PastColumn1:
    case PastColumn2:
    case PastColumn3: {
        const auto it = row.past.constFind(m_year - 3 + (column - PastColumn1));
        if (it != row.past.constEnd())
            lines << tr("%1: %2 (%3)")
                         .arg(it->year)
                         .arg(TargetFormat::value(it->value, row.indicator), ValueStates::label(it->state))
                  << it->source;
        break;
    }
    case AssessmentColumn:
        if (row.live)
            lines << AssessmentFormatter::cellText(*row.live) << row.live->reason
                  << AssessmentFormatter::legend(row.live->year);
        break;
    case StateColumn:
        if (!row.leads)
            lines << tr("Reported by %1; your unit co-operates and can only read it.").arg(row.indicator.leadUnit());
        if (row.stored)
            lines << tr("%1, last changed by %2").arg(ValueStates::label(row.stored->state), row.stored->updatedBy);
        if (!row.saveError.isEmpty())
            lines << tr("Not saved: %1").arg(row.saveError);
        break;
    case NoteColumn:
        if (!row.note.isEmpty())
            lines << row.note;
        if (row.needsNote())
            lines << row.check.warnings;
        break;
    }
    if (row.returned())
        lines.prepend(tr("Returned by the reviewer: %1").arg(row.stored->reviewNote));
    lines.removeAll(QString());
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
}

QVariant ReturnTableModel::background(const ReturnRow &row, int column) const
{
    const Palette &palette = Palette::forScreen();
    const int severity = row.cellSeverity.value(column);
    if (severity == 2)
        return palette.color(Palette::ErrorBackground);
    if (severity == 1)
        return palette.color(Palette::WarningBackground);
    if (row.returned())
        return palette.color(Palette::ReturnedBackground);
    if (row.leads && row.locked())
        return palette.color(Palette::LockedBackground);
    if (!row.editable() || !isEditableColumn(column)
        || ((column == NumeratorColumn || column == DenominatorColumn) && !row.indicator.isRate()))
        return palette.color(Palette::ReadOnlyBackground);
    return QVariant();
}

QVariant ReturnTableModel::foreground(const ReturnRow &row, int column) const
{
    const Palette &palette = Palette::forScreen();
    if (!row.leads)
        return palette.color(Palette::MutedText);
    if (column == AssessmentColumn && row.live)
        return AssessmentFormatter::statusColor(row.live->status);
    if (column == ValueColumn && row.value.isEmpty() && row.check.computedFromParts)
        return palette.color(Palette::MutedText);
    if (column == StateColumn) {
        if (row.save == ReturnRow::Save::Blocked)
            return palette.color(Palette::ErrorText);
        if (row.returned())
            return palette.color(Palette::StateReturned);
        if (row.stored && row.stored->state == ValueState::Submitted)
            return palette.color(Palette::StateSubmitted);
        if (row.stored && row.stored->state == ValueState::Approved)
            return palette.color(Palette::StateApproved);
    }
    return QVariant();
}

QVariant ReturnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole && section == NoteColumn)
        return tr("Explain changes and warnings here; a value with a warning needs a note before it is submitted.");
    if (role == Qt::ToolTipRole && section == AssessmentColumn)
        return AssessmentFormatter::legend(m_year);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Indicator (unit)");
    case TargetColumn:
        return tr("2030 target");
    case PastColumn1:
    case PastColumn2:
    case PastColumn3:
        return QString::number(m_year - 3 + (section - PastColumn1));
    case ValueColumn:
        return tr("Value %1").arg(m_year);
    case NumeratorColumn:
        return tr("Numerator");
    case DenominatorColumn:
        return tr("Denominator");
    case SourceColumn:
        return tr("Data source");
    case NoteColumn:
        return tr("Note");
    case AssessmentColumn:
        return tr("Assessment");
    case StateColumn:
        return tr("State");
    }
    return QVariant();
}
