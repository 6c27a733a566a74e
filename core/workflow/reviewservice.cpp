#include "reviewservice.h"

#include "changenotifier.h"
#include "permissions.h"
#include "storage/catalogrepository.h"
#include "storage/judgementrepository.h"
#include "storage/valuerepository.h"
#include "storage/valueworkflowrepository.h"
#include "target/targetparser.h"

ReviewService::ReviewService(QSqlDatabase db, ChangeNotifier *notifier)
    : m_db(db)
    , m_notifier(notifier)
{
}

bool ReviewService::act(const User &user, ValueWorkflow::Act act, const QVector<ValueKey> &keys, const QString &reason,
                        QString *error)
{
    if (keys.isEmpty()) {
        *error = tr("No value was chosen.");
        return false;
    }
    if (ValueWorkflow::needsReason(act) && reason.trimmed().isEmpty()) {
        *error = tr("Reason: (empty): a reason is required; the unit will read it.");
        return false;
    }
    const QVector<Indicator> indicators = CatalogRepository(m_db).indicators();
    QVector<StateChange> changes;
    for (const ValueKey &k : keys) {
        const Indicator *ind = nullptr;
        for (const Indicator &i : indicators) {
            if (i.code == k.code)
                ind = &i;
        }
        if (!ind) {
            *error = tr("There is no indicator %1.").arg(k.code);
            return false;
        }
        if (!ValueWorkflow::mayAct(user, act, *ind)) {
            *error = act == ValueWorkflow::Act::Approve
                ? tr("%1 cannot approve values; that is a reviewer's act.").arg(user.login)
                : act == ValueWorkflow::Act::Return
                ? tr("%1 cannot send values back; that is a reviewer's act.").arg(user.login)
                : tr("%1 cannot reopen values; that is a reviewer's act.").arg(user.login);
            return false;
        }
        StateChange ch;
        ch.code = k.code;
        ch.area = k.area;
        ch.year = k.year;
        for (ValueState s : {ValueState::Draft, ValueState::Submitted, ValueState::Approved, ValueState::Returned}) {
            if (ValueWorkflow::allowedFrom(act, s))
                ch.from.append(s);
        }
        ch.to = ValueWorkflow::resultOf(act);
        ch.reason = reason.trimmed();
        ch.action = ValueWorkflow::actKey(act);
        changes.append(ch);
    }
    if (!ValueWorkflowRepository(m_db).changeStates(changes, user.login, error))
        return false;
    if (m_notifier) {
        QStringList codes;
        int year = keys.first().year;
        for (const ValueKey &k : keys) {
            if (!codes.contains(k.code))
                codes.append(k.code);
            if (k.year != year)
                year = 0;
        }
        emit m_notifier->valuesChanged(codes, year);
    }
    return true;
}

bool ReviewService::approve(const User &user, const QVector<ValueKey> &keys, QString *error)
{
    return act(user, ValueWorkflow::Act::Approve, keys, QString(), error);
}

bool ReviewService::sendBack(const User &user, const QVector<ValueKey> &keys, const QString &reason, QString *error)
{
    return act(user, ValueWorkflow::Act::Return, keys, reason, error);
}

bool ReviewService::reopen(const User &user, const QVector<ValueKey> &keys, const QString &reason, QString *error)
{
    return act(user, ValueWorkflow::Act::Reopen, keys, reason, error);
}

bool ReviewService::judge(const User &user, const QString &code, int year, bool met, const QString &reason,
                          QString *error)
{
    if (!Permissions::may(user, Permissions::Act::Review)) {
        *error = tr("Only a reviewer records verdicts.");
        return false;
    }
    const std::optional<Indicator> ind = CatalogRepository(m_db).indicator(code);
    if (!ind) {
        *error = tr("There is no indicator %1.").arg(code);
        return false;
    }
    const TargetRule rule = TargetParser::parse(ind->targetText);
    if (rule.family != TargetRule::Family::Judgement && rule.family != TargetRule::Family::Unparsed) {
        *error = tr("%1 (%2) is computed from its values; it takes no verdict.").arg(code, ind->targetText);
        return false;
    }
    Judgement j;
    j.met = met;
    j.reason = reason.trimmed();
    j.user = user.login;
    if (!JudgementRepository(m_db).record(code, QString(), year, j, error))
        return false;
    if (m_notifier)
        emit m_notifier->judgementsChanged(code, year);
    return true;
}

QVector<ValueKey> ReviewService::submittedOf(const QString &unit, int year) const
{
    QVector<ValueKey> out;
    const ValueRepository values(m_db);
    for (const Indicator &ind : CatalogRepository(m_db).indicators()) {
        if (ind.leadUnit() != unit)
            continue;
        const std::optional<ValueRecord> v = values.value(ind.code, QString(), year);
        if (v && v->state == ValueState::Submitted)
            out.append({ind.code, QString(), year});
    }
    return out;
}
