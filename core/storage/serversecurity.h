#pragma once

#include "model/user.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The rules of core enforced by the PostgreSQL server itself (`server init`), so a
// person who connects with psql under their own login can do no more than the
// program lets them (docs/DESIGN.md, "The server's own rules"):
//
// - one group role per program role, fuer_liaison, fuer_reviewer, fuer_admin
//   (NOLOGIN); each person is a login role (SCRAM password, set by the program
//   from the verifier libpq computes, never sent in clear) in one of them;
// - privileges: everyone with an account reads; only fuer_admin writes the catalog
//   and the accounts; no one updates or deletes an audit row;
// - row-level security: a liaison writes only drafts and submissions of the
//   indicators its unit leads, for the district, and only its own unit's report;
//   only a reviewer or the administrator approves or returns, and a reviewer
//   changes a value's state, never the value; a login without an enabled account in
//   this database reads nothing;
// - triggers: every change of indicator_values is audited by the server (who is the
//   session's login, when is the server's clock), with the program's act and reason
//   when the program announced them (announceValueAct), "sql_update" and so on when
//   not; audit rows written by members of the groups are stamped with their login
//   and the server's time; audit rows cannot be updated, deleted or truncated.
//
// The group roles belong to the cluster: databases of one cluster share them. A
// login without an account in a database reads nothing there and writes nothing.
class ServerSecurity
{
    Q_DECLARE_TR_FUNCTIONS(ServerSecurity)

public:
    static QString groupRole(User::Role role);

    // Installs or refreshes the group roles, privileges, policies and triggers on a
    // server database of the current schema, in one transaction; safe to run again.
    // Run by the database's owner with CREATEROLE. `said` gets one line per part:
    // created, or already there.
    static bool install(QSqlDatabase db, QStringList *said, QString *error);
    // The server enforces the rules on this database (install ran).
    static bool isEnforced(QSqlDatabase db);
    // The login the connection signed in with (session_user).
    static QString sessionLogin(QSqlDatabase db);
    // The connection's login owns the database's tables (the IT department's role).
    static bool isOwner(QSqlDatabase db);

    // Login roles of accounts; each inside the caller's transaction, so the account
    // row and its login are stored together or not at all.
    static bool createLogin(QSqlDatabase db, const QString &login, User::Role role, const QString &password,
                            QString *error);
    static bool setPassword(QSqlDatabase db, const QString &login, const QString &password, QString *error);
    static bool setLoginEnabled(QSqlDatabase db, const QString &login, bool enabled, QString *error);
    static bool setLoginRole(QSqlDatabase db, const QString &login, User::Role role, QString *error);

    // Before a write of values in the caller's transaction: tells the audit trigger
    // which act of the program this is and why (reasonIsNote: each row's note is its
    // reason, as an import records). *serverAudits is set when the server writes the
    // audit rows of values itself, so the caller must not write them too. On SQLite
    // nothing is sent and *serverAudits is false.
    static bool announceValueAct(QSqlDatabase db, const QString &action, const QString &reason, bool reasonIsNote,
                                 bool *serverAudits, QString *error);
};
