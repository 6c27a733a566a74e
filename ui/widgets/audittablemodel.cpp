#include "widgets/audittablemodel.h"

#include "model/displayformat.h"
#include "model/valuestate.h"
#include "target/assessment.h"
#include "target/targetformat.h"

namespace {
QString stateText(const QString &key)
{
    if (key.isEmpty())
        return QStringLiteral("—");
    ValueState s;
    if (ValueStates::fromKey(key, &s))
        return ValueStates::label(s);
    // A reviewer's verdict on a qualitative target is stored as the status key.
    Assessment::Status status;
    if (Assessment::statusFromKey(key, &status))
        return Assessment::statusLabel(status);
    return key;
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

void AuditTableModel::setEntries(const QVector<AuditEntry> &entries, const Indicator &indicator)
{
    m_indicator = indicator;
    resetRows(entries);
}

QString AuditTableModel::valueText(const std::optional<double> &v) const
{
    return v ? TargetFormat::value(*v, m_indicator) : QStringLiteral("—");
}

QString AuditTableModel::userLabel(const QString &login)
{
    // The catalog's own rows (the plan's baselines) are written by no person.
    if (login == QLatin1String("system"))
        return tr("Catalog");
    return login;
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
        return tr("Verdict recorded");
    if (action == QLatin1String("baseline"))
        return tr("Baseline from the plan");
    if (action == QLatin1String("catalog"))
        return tr("Indicator edited");
    if (action == QLatin1String("comment"))
        return tr("Commented");
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
        return DisplayFormat::dateTime(e.at);
    case UserColumn:
        return userLabel(e.user);
    case ActionColumn:
        return actionLabel(e.action);
    case YearColumn:
        return e.year > 0 ? QVariant(e.year) : QVariant(QString());
    case ValueColumn:
        return e.oldValue == e.newValue ? valueText(e.newValue)
                                        : QStringLiteral("%1 → %2").arg(valueText(e.oldValue), valueText(e.newValue));
    case StateColumn:
        if (e.oldState.isEmpty() && e.newState.isEmpty())
            return QString();
        return e.oldState == e.newState ? stateText(e.newState)
                                        : QStringLiteral("%1 → %2").arg(stateText(e.oldState), stateText(e.newState));
    case ReasonColumn:
        return e.reason;
    }
    return QVariant();
}
