#include "widgets/audittablemodel.h"

#include "exchange/numberparser.h"
#include "model/valuestate.h"

#include <QLocale>

namespace {
QString valueText(const std::optional<double> &v)
{
    return v ? NumberParser::format(*v) : QStringLiteral("—");
}

QString stateText(const QString &key)
{
    ValueState s;
    return ValueStates::fromKey(key, &s) ? ValueStates::label(s) : key;
}
} // namespace

AuditTableModel::AuditTableModel(QObject *parent)
    : RowTableModel(
        {
            {tr("When")},
            {tr("Who")},
            {tr("Action")},
            {tr("Year")},
            {tr("Value")},
            {tr("State")},
            {tr("Reason")},
        },
        parent)
{
}

void AuditTableModel::setEntries(const QVector<AuditEntry> &entries)
{
    resetRows(entries);
}

QString AuditTableModel::actionLabel(const QString &action)
{
    // The keys are stored; the words are for people.
    if (action == QLatin1String("save"))
        return tr("Saved draft");
    if (action == QLatin1String("clear"))
        return tr("Cleared draft");
    if (action == QLatin1String("submit"))
        return tr("Submitted");
    if (action == QLatin1String("approve"))
        return tr("Approved");
    if (action == QLatin1String("return"))
        return tr("Returned");
    if (action == QLatin1String("reopen"))
        return tr("Reopened");
    if (action == QLatin1String("import"))
        return tr("Imported");
    if (action == QLatin1String("demo"))
        return tr("Demo data");
    if (action == QLatin1String("judge"))
        return tr("Judged");
    return action;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *entry = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!entry)
        return QVariant();
    const AuditEntry &e = *entry;
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return e.reason;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case UserColumn:
        return e.user;
    case ActionColumn:
        return actionLabel(e.action);
    case YearColumn:
        return e.year;
    case ValueColumn:
        return e.oldValue == e.newValue ? valueText(e.newValue)
                                        : QStringLiteral("%1 → %2").arg(valueText(e.oldValue), valueText(e.newValue));
    case StateColumn:
        return e.oldState == e.newState ? stateText(e.newState)
                                        : QStringLiteral("%1 → %2").arg(stateText(e.oldState), stateText(e.newState));
    case ReasonColumn:
        return e.reason;
    }
    return QVariant();
}
