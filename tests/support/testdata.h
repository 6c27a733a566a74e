#pragma once

#include "model/auditentry.h"
#include "model/indicator.h"
#include "model/user.h"
#include "model/valuerecord.h"
#include "workflow/entryvalidator.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Look-ups the tests share; each stops the test program (qFatal) when what it
// looks for is not there, as that means the fixture, not the code, is wrong.
namespace TestData {
User user(QSqlDatabase db, const QString &login);
// Signs `login` in with the demo databases' example password.
User signIn(QSqlDatabase db, const QString &login);
Indicator indicator(QSqlDatabase db, const QString &code);
// The district's stored value (no area), if any.
std::optional<ValueRecord> value(QSqlDatabase db, const QString &code, int year);
// The value of `year - 1` as a liaison types it: no change, so no warning for
// an expected indicator.
QString calm(QSqlDatabase db, const QString &code, int year);

// What a liaison types into one row of the return.
EntryValidator::Input entry(const QString &value, const QString &note = QString(), const QString &numerator = QString(),
                            const QString &denominator = QString());

// One audit row as "action by user: old -> new, oldState -> newState[, reason: …]".
QString auditRow(const AuditEntry &e);
// The audit rows of the district's value of `code` in `year`, oldest first.
QStringList audit(QSqlDatabase db, const QString &code, int year);
} // namespace TestData
