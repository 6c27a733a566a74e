#include "deadlineservice.h"

#include "changenotifier.h"
#include "permissions.h"

#include "storage/deadlinerepository.h"

DeadlineService::DeadlineService(QSqlDatabase db, ChangeNotifier *notifier)
    : m_db(db)
    , m_notifier(notifier)
{
}

QDate DeadlineService::defaultDueDate(int year)
{
    return DeadlineRepository::defaultDueDate(year);
}

QDate DeadlineService::dueDate(int year) const
{
    return DeadlineRepository(m_db).dueDate(year);
}

bool DeadlineService::isSet(int year) const
{
    return DeadlineRepository(m_db).isSet(year);
}

QHash<QString, QDate> DeadlineService::extensions(int year, QHash<QString, QString> *reasons) const
{
    return DeadlineRepository(m_db).extensions(year, reasons);
}

bool DeadlineService::announced(bool ok, int year) const
{
    if (ok && m_notifier)
        emit m_notifier->deadlinesChanged(year);
    return ok;
}

bool DeadlineService::setDueDate(const User &actor, int year, const QDate &due, QString *error)
{
    if (!Permissions::check(actor, Permissions::Act::SetDeadlines, error))
        return false;
    return announced(DeadlineRepository(m_db).setDueDate(year, due, actor.login, error), year);
}

bool DeadlineService::extend(const User &actor, int year, const QString &unit, const QDate &due, const QString &reason,
                             QString *error)
{
    if (!Permissions::check(actor, Permissions::Act::SetDeadlines, error))
        return false;
    return announced(DeadlineRepository(m_db).extend(year, unit, due, reason, actor.login, error), year);
}
