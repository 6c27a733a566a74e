#pragma once

#include "model/valuerecord.h"
#include "statechange.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The writes of the value workflow: a liaison's draft, its removal, and state
// changes. Each call is one transaction with its audit rows; a batch of state
// changes is applied whole or not at all. Permission checks are the services' job;
// this layer guards the state a value must be in.
class ValueWorkflowRepository
{
    Q_DECLARE_TR_FUNCTIONS(ValueWorkflowRepository)

public:
    explicit ValueWorkflowRepository(QSqlDatabase db);

    // Creates or updates the draft of (code, area, year). Refused unless the value
    // is absent, a draft or returned. A returned value becomes a draft and keeps
    // the reviewer's note until it is submitted again.
    //
    // `startedFrom` is the version the person's edit began from (0: there was no
    // value): when someone else changed the value since, the save is refused with
    // both versions named and nothing is written. -1 checks no version.
    bool saveDraft(const ValueRecord &draft, const QString &user, QString *error, int startedFrom = -1);
    // The same for a whole file a liaison imports: all drafts or none.
    bool saveDrafts(const QVector<ValueRecord> &drafts, const QString &user, QString *error);
    // Removes a draft (the liaison emptied the field); audited.
    bool removeDraft(const QString &code, const QString &area, int year, const QString &user, QString *error,
                     int startedFrom = -1);
    bool changeStates(const QVector<StateChange> &changes, const QString &user, QString *error);

private:
    bool writeDraft(const ValueRecord &draft, const QString &user, QString *error, int startedFrom = -1);
    bool locate(const QString &code, const QString &area, int *indicatorId, int *areaId, QString *error) const;

    QSqlDatabase m_db;
};
