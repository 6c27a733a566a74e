#include "valueworkflow.h"

bool ValueWorkflow::allowedFrom(Act act, std::optional<ValueState> current)
{
    switch (act) {
    case Act::Save:
        return !current || *current == ValueState::Draft || *current == ValueState::Returned;
    case Act::Submit:
        return current && (*current == ValueState::Draft || *current == ValueState::Returned);
    case Act::Approve:
    case Act::Return:
        return current && *current == ValueState::Submitted;
    case Act::Reopen:
        return current && *current == ValueState::Approved;
    }
    return false;
}

ValueState ValueWorkflow::resultOf(Act act)
{
    switch (act) {
    case Act::Save:
        return ValueState::Draft;
    case Act::Submit:
        return ValueState::Submitted;
    case Act::Approve:
        return ValueState::Approved;
    case Act::Return:
    case Act::Reopen:
        break;
    }
    return ValueState::Returned;
}

bool ValueWorkflow::needsReason(Act act)
{
    return act == Act::Return || act == Act::Reopen;
}

QString ValueWorkflow::actKey(Act act)
{
    switch (act) {
    case Act::Save:
        return QStringLiteral("save");
    case Act::Submit:
        return QStringLiteral("submit");
    case Act::Approve:
        return QStringLiteral("approve");
    case Act::Return:
        return QStringLiteral("return");
    case Act::Reopen:
        break;
    }
    return QStringLiteral("reopen");
}

bool ValueWorkflow::leads(const User &user, const Indicator &indicator)
{
    return user.role == User::Role::Liaison && !user.unit.isEmpty() && indicator.leadUnit() == user.unit;
}

bool ValueWorkflow::mayAct(const User &user, Act act, const Indicator &indicator)
{
    if (user.disabled)
        return false;
    switch (act) {
    case Act::Save:
    case Act::Submit:
        return leads(user, indicator);
    case Act::Approve:
    case Act::Return:
    case Act::Reopen:
        return user.role == User::Role::Reviewer || user.role == User::Role::Admin;
    }
    return false;
}

bool ValueWorkflow::canView(const User &user, const Indicator &indicator)
{
    if (user.role != User::Role::Liaison)
        return true;
    return indicator.units.contains(user.unit);
}

bool ValueWorkflow::canComment(const User &user, const Indicator &indicator)
{
    return !user.disabled && (user.role != User::Role::Liaison || indicator.units.contains(user.unit));
}
