#include "model/displayformat.h"

QString DisplayFormat::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DisplayFormat::date(const QDate &day)
{
    if (!day.isValid())
        return QString();
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

QString DisplayFormat::documentDate(const QDate &day)
{
    if (!day.isValid())
        return QString();
    return QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
}
