#include "valuestate.h"

#include <QCoreApplication>

namespace ValueStates {

QString key(ValueState state)
{
    switch (state) {
    case ValueState::Draft:
        return QStringLiteral("draft");
    case ValueState::Submitted:
        return QStringLiteral("submitted");
    case ValueState::Approved:
        return QStringLiteral("approved");
    case ValueState::Returned:
        return QStringLiteral("returned");
    }
    return QString();
}

bool fromKey(const QString &key, ValueState *out)
{
    static const ValueState all[] = {ValueState::Draft, ValueState::Submitted, ValueState::Approved,
                                     ValueState::Returned};
    for (ValueState s : all) {
        if (ValueStates::key(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString label(ValueState state)
{
    switch (state) {
    case ValueState::Draft:
        return QCoreApplication::translate("ValueState", "Draft");
    case ValueState::Submitted:
        return QCoreApplication::translate("ValueState", "Submitted");
    case ValueState::Approved:
        return QCoreApplication::translate("ValueState", "Approved");
    case ValueState::Returned:
        return QCoreApplication::translate("ValueState", "Returned");
    }
    return QString();
}

} // namespace ValueStates
