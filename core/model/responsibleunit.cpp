#include "responsibleunit.h"

QString ResponsibleUnit::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Monitoring:
        return QStringLiteral("monitoring");
    case Kind::Office:
        return QStringLiteral("office");
    case Kind::Member:
        break;
    }
    return QStringLiteral("member");
}

ResponsibleUnit::Kind ResponsibleUnit::kindFromKey(const QString &key)
{
    if (key == QLatin1String("monitoring"))
        return Kind::Monitoring;
    if (key == QLatin1String("office"))
        return Kind::Office;
    return Kind::Member;
}
