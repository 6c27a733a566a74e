#include "serversecurity.h"

#include "pgconnection.h"
#include "writetransaction.h"

#include <QPair>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVector>

#include <libpq-fe.h>

namespace {

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// A quoted identifier. Not QSqlDriver::escapeIdentifier: QPSQL's splits names at
// dots ("wang.wei" would become "wang"."wei"), and a login may hold a dot.
QString ident(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    return false;
}

// True once install() ran: the value audit trigger is there.
const char *const kEnforced = "EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'fuer_values_audit_update'"
                              " AND tgrelid = to_regclass('indicator_values'))";

const char *const kGroups[] = {"fuer_liaison", "fuer_reviewer", "fuer_admin"};
const char *const kAllGroups = "fuer_liaison, fuer_reviewer, fuer_admin";

// Every table of the schema (fuer_schema stays readable to every login: the program
// checks it before it knows who signed in).
const char *const kTables[] = {"plans",
                               "categories",
                               "units",
                               "indicators",
                               "indicator_units",
                               "areas",
                               "reporting_years",
                               "indicator_values",
                               "audit_log",
                               "settings",
                               "users",
                               "judgements",
                               "comments",
                               "unit_reports",
                               "unit_report_progress",
                               "report_attachments",
                               "reporting_deadlines",
                               "deadline_extensions"};

// Written by the administrator only (privileges; the policy for every group is read).
const char *const kAdminTables[] = {"plans",           "categories", "units",           "indicators",
                                    "indicator_units", "areas",      "reporting_years", "users"};
// Written by a reviewer (the office) and the administrator.
const char *const kReviewerTables[] = {"judgements", "reporting_deadlines", "deadline_extensions", "settings"};

// The functions the policies ask. SECURITY DEFINER: they read the accounts whatever
// the caller may read; `session_user` is the login, whatever role it has SET.
// %1 is the schema.
// The pieces the two guards (values, reports) share, spliced into their literals:
// who writes (the administrator and logins of no group pass), the verdicts a
// reviewer may give, and the server's stamps on an update.
#define FUER_GUARD_BEGIN                                                                                               \
    "DECLARE reviewer boolean := pg_has_role(current_user, 'fuer_reviewer', 'member');\n"                              \
    "  liaison boolean := pg_has_role(current_user, 'fuer_liaison', 'member');\n"                                      \
    "BEGIN\n"                                                                                                          \
    "  IF pg_has_role(current_user, 'fuer_admin', 'member') OR NOT (reviewer OR liaison) THEN RETURN NEW; END IF;\n"
#define FUER_GUARD_VERDICT                                                                                             \
    "    IF NOT ((OLD.state = 'submitted' AND NEW.state IN ('approved', 'returned'))\n"                                \
    "            OR (OLD.state = 'approved' AND NEW.state = 'returned')) THEN\n"                                       \
    "      RAISE EXCEPTION 'fuer: a reviewer cannot change % to %', OLD.state, NEW.state USING ERRCODE = '42501';\n"   \
    "    END IF;\n"
#define FUER_GUARD_STAMP                                                                                               \
    "  NEW.updated_by := session_user;\n"                                                                              \
    "  NEW.updated_at := fuer_now();\n"                                                                                \
    "  NEW.version := OLD.version + 1;\n"                                                                              \
    "  NEW.submitted_at := CASE WHEN NEW.state = 'submitted' AND OLD.state <> 'submitted' THEN fuer_now()\n"           \
    "    ELSE OLD.submitted_at END;\n"                                                                                 \
    "  RETURN NEW;\n"

const char *const kFunctions[] = {
    "CREATE OR REPLACE FUNCTION fuer_account() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER"
    " SET search_path = %1, pg_temp AS"
    " $$ SELECT EXISTS (SELECT 1 FROM users WHERE login = session_user AND disabled = 0) $$",
    "CREATE OR REPLACE FUNCTION fuer_unit() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER"
    " SET search_path = %1, pg_temp AS"
    " $$ SELECT unit_id FROM users WHERE login = session_user AND disabled = 0 AND role = 'liaison' $$",
    "CREATE OR REPLACE FUNCTION fuer_leads(indicator integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER"
    " SET search_path = %1, pg_temp AS"
    " $$ SELECT EXISTS (SELECT 1 FROM indicator_units iu WHERE iu.indicator_id = indicator AND iu.position = 0"
    " AND iu.unit_id = (SELECT unit_id FROM users WHERE login = session_user AND disabled = 0"
    " AND role = 'liaison')) $$",
    "CREATE OR REPLACE FUNCTION fuer_serves(indicator integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER"
    " SET search_path = %1, pg_temp AS"
    " $$ SELECT EXISTS (SELECT 1 FROM indicator_units iu WHERE iu.indicator_id = indicator"
    " AND iu.unit_id = (SELECT unit_id FROM users WHERE login = session_user AND disabled = 0"
    " AND role = 'liaison')) $$",
    "CREATE OR REPLACE FUNCTION fuer_district() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER"
    " SET search_path = %1, pg_temp AS $$ SELECT id FROM areas WHERE is_default = 1 ORDER BY id LIMIT 1 $$",
    "CREATE OR REPLACE FUNCTION fuer_own_report(report integer) RETURNS boolean LANGUAGE sql STABLE"
    " SECURITY DEFINER SET search_path = %1, pg_temp AS"
    " $$ SELECT EXISTS (SELECT 1 FROM unit_reports r WHERE r.id = report AND r.state IN ('draft', 'returned')"
    " AND r.unit_id = (SELECT unit_id FROM users WHERE login = session_user AND disabled = 0"
    " AND role = 'liaison')) $$",
    "CREATE OR REPLACE FUNCTION fuer_now() RETURNS text LANGUAGE sql VOLATILE SET search_path = pg_catalog AS"
    " $$ SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') $$",

    // What a liaison or a reviewer may not do within the rows the policies let them
    // touch: move a value to another indicator, area or year; a reviewer changing
    // anything but the state (and the approved value and reason that go with it);
    // a liaison setting an approved value or a reviewer's reason.
    "CREATE OR REPLACE FUNCTION fuer_values_guard() RETURNS trigger LANGUAGE plpgsql"
    " SET search_path = pg_catalog, %1 AS $$\n" FUER_GUARD_BEGIN "  IF TG_OP = 'INSERT' THEN\n"
    "    IF reviewer OR NEW.approved_value IS NOT NULL OR NEW.review_note <> '' THEN\n"
    "      RAISE EXCEPTION 'fuer: % may not create this value', session_user USING ERRCODE = '42501';\n"
    "    END IF;\n"
    // Who, when, which version and when submitted are the server's word.
    "    NEW.updated_by := session_user;\n"
    "    NEW.updated_at := fuer_now();\n"
    "    NEW.version := 1;\n"
    "    NEW.submitted_at := CASE WHEN NEW.state = 'submitted' THEN fuer_now() END;\n"
    "    RETURN NEW;\n"
    "  END IF;\n"
    "  IF (NEW.indicator_id, NEW.area_id, NEW.year) IS DISTINCT FROM (OLD.indicator_id, OLD.area_id, OLD.year) THEN\n"
    "    RAISE EXCEPTION 'fuer: a value stays with its indicator, area and year' USING ERRCODE = '42501';\n"
    "  END IF;\n"
    "  IF reviewer THEN\n"
    "    IF (NEW.value, NEW.numerator, NEW.denominator, NEW.source, NEW.note, NEW.reference_value)\n"
    "       IS DISTINCT FROM (OLD.value, OLD.numerator, OLD.denominator, OLD.source, OLD.note,\n"
    "       OLD.reference_value) THEN\n"
    "      RAISE EXCEPTION 'fuer: a reviewer changes the state of a value, not the value' USING ERRCODE = '42501';\n"
    "    END IF;\n" FUER_GUARD_VERDICT "    IF NEW.approved_value IS DISTINCT FROM\n"
    "       (CASE WHEN NEW.state = 'approved' THEN OLD.value ELSE OLD.approved_value END) THEN\n"
    "      RAISE EXCEPTION 'fuer: the approved value is the value approved' USING ERRCODE = '42501';\n"
    "    END IF;\n"
    "  ELSE\n"
    "    IF NEW.approved_value IS DISTINCT FROM OLD.approved_value\n"
    "       OR (NEW.review_note <> OLD.review_note AND NEW.review_note <> '') THEN\n"
    "      RAISE EXCEPTION 'fuer: a liaison cannot set what a reviewer decided' USING ERRCODE = '42501';\n"
    "    END IF;\n"
    "  END IF;\n" FUER_GUARD_STAMP "END $$",

    // The same for the units' reports: a report stays with its unit and year; a
    // reviewer decides (state and reason) but does not rewrite the text; a liaison
    // never writes a reviewer's reason; who, when, which version and when
    // submitted are the server's.
    "CREATE OR REPLACE FUNCTION fuer_reports_guard() RETURNS trigger LANGUAGE plpgsql"
    " SET search_path = pg_catalog, %1 AS $$\n" FUER_GUARD_BEGIN "  IF TG_OP = 'INSERT' THEN\n"
    "    IF reviewer OR NEW.review_note <> '' THEN\n"
    "      RAISE EXCEPTION 'fuer: % may not create this report', session_user USING ERRCODE = '42501';\n"
    "    END IF;\n"
    "    NEW.updated_by := session_user;\n"
    "    NEW.updated_at := fuer_now();\n"
    "    NEW.version := 1;\n"
    "    NEW.submitted_at := CASE WHEN NEW.state = 'submitted' THEN fuer_now() END;\n"
    "    RETURN NEW;\n"
    "  END IF;\n"
    "  IF (NEW.unit_id, NEW.year) IS DISTINCT FROM (OLD.unit_id, OLD.year) THEN\n"
    "    RAISE EXCEPTION 'fuer: a report stays with its unit and year' USING ERRCODE = '42501';\n"
    "  END IF;\n"
    "  IF reviewer THEN\n"
    "    IF (NEW.problems, NEW.next_year_plan) IS DISTINCT FROM (OLD.problems, OLD.next_year_plan) THEN\n"
    "      RAISE EXCEPTION 'fuer: a reviewer decides on a report, not its text' USING ERRCODE = '42501';\n"
    "    END IF;\n" FUER_GUARD_VERDICT "  ELSIF NEW.review_note <> OLD.review_note AND NEW.review_note <> '' THEN\n"
    "    RAISE EXCEPTION 'fuer: a liaison cannot set what a reviewer decided' USING ERRCODE = '42501';\n"
    "  END IF;\n" FUER_GUARD_STAMP "END $$",

    // The author and time of a comment, and the uploader, time, size and checksum
    // of an attachment, are the server's for a liaison or a reviewer (an
    // administrator's restore keeps them as they were).
    "CREATE OR REPLACE FUNCTION fuer_comments_stamp() RETURNS trigger LANGUAGE plpgsql"
    " SET search_path = pg_catalog, %1 AS $$\n"
    "BEGIN\n"
    "  IF pg_has_role(current_user, 'fuer_liaison', 'member') OR pg_has_role(current_user, 'fuer_reviewer', 'member')"
    " THEN\n"
    "    NEW.user_name := session_user;\n"
    "    NEW.at := fuer_now();\n"
    "  END IF;\n"
    "  RETURN NEW;\n"
    "END $$",
    "CREATE OR REPLACE FUNCTION fuer_attachments_stamp() RETURNS trigger LANGUAGE plpgsql"
    " SET search_path = pg_catalog, %1 AS $$\n"
    "BEGIN\n"
    "  IF pg_has_role(current_user, 'fuer_liaison', 'member') OR pg_has_role(current_user, 'fuer_reviewer', 'member')"
    " THEN\n"
    "    NEW.uploaded_by := session_user;\n"
    "    NEW.uploaded_at := fuer_now();\n"
    "    NEW.size := octet_length(NEW.content);\n"
    "    NEW.sha256 := encode(sha256(NEW.content), 'hex');\n"
    "  END IF;\n"
    "  RETURN NEW;\n"
    "END $$",

    // The audit rows of values, written by the server for every statement that
    // changes them: with the program's act and reason (announceValueAct) or sql_*.
    "CREATE OR REPLACE FUNCTION fuer_audit_values() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = %1, pg_temp AS $$\n"
    "DECLARE act text := nullif(current_setting('fuer.action', true), '');\n"
    "  why text := coalesce(current_setting('fuer.reason', true), '');\n"
    "  by_note boolean := coalesce(current_setting('fuer.reason_is_note', true), '') = 'on';\n"
    "  stamp text := fuer_now();\n"
    "BEGIN\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "    INSERT INTO audit_log (at, user_name, action, indicator_id, area_id, year, old_value, new_value,\n"
    "      old_state, new_state, reason)\n"
    "    SELECT stamp, session_user, coalesce(act, 'sql_insert'), n.indicator_id, n.area_id,\n"
    "      CASE WHEN n.year > 0 THEN n.year END, NULL, n.value, NULL, n.state,\n"
    "      CASE WHEN by_note THEN n.note ELSE why END FROM new_rows n ORDER BY n.id;\n"
    "  ELSIF TG_OP = 'UPDATE' THEN\n"
    "    INSERT INTO audit_log (at, user_name, action, indicator_id, area_id, year, old_value, new_value,\n"
    "      old_state, new_state, reason)\n"
    "    SELECT stamp, session_user, coalesce(act, 'sql_update'), n.indicator_id, n.area_id,\n"
    "      CASE WHEN n.year > 0 THEN n.year END, o.value, n.value, o.state, n.state,\n"
    "      CASE WHEN by_note THEN n.note ELSE why END FROM new_rows n JOIN old_rows o ON o.id = n.id ORDER BY n.id;\n"
    "  ELSE\n"
    "    INSERT INTO audit_log (at, user_name, action, indicator_id, area_id, year, old_value, new_value,\n"
    "      old_state, new_state, reason)\n"
    "    SELECT stamp, session_user, coalesce(act, 'sql_delete'), o.indicator_id, o.area_id,\n"
    "      CASE WHEN o.year > 0 THEN o.year END, o.value, NULL, o.state, NULL, why FROM old_rows o ORDER BY o.id;\n"
    "  END IF;\n"
    "  RETURN NULL;\n"
    "END $$",

    // Who and when of an audit row written by a person are the server's.
    "CREATE OR REPLACE FUNCTION fuer_audit_stamp() RETURNS trigger LANGUAGE plpgsql"
    " SET search_path = pg_catalog, %1 AS $$\n"
    "BEGIN\n"
    "  IF pg_has_role(current_user, 'fuer_liaison', 'member') OR pg_has_role(current_user, 'fuer_reviewer', 'member')\n"
    "     OR pg_has_role(current_user, 'fuer_admin', 'member') THEN\n"
    "    NEW.user_name := session_user;\n"
    "    NEW.at := fuer_now();\n"
    "  END IF;\n"
    "  RETURN NEW;\n"
    "END $$",
    "CREATE OR REPLACE FUNCTION fuer_audit_immutable() RETURNS trigger LANGUAGE plpgsql"
    " SET search_path = pg_catalog AS $$\n"
    "BEGIN\n"
    "  RAISE EXCEPTION 'fuer: audit rows are never changed or deleted' USING ERRCODE = '42501';\n"
    "END $$",

    // The logins of this database's accounts, managed for its administrators, who
    // have no CREATEROLE of their own (on PostgreSQL 15 that would let them change
    // any role of the cluster, the owner's included). Runs as the owner; touches
    // only a role of an account of this database that is in one of our groups and
    // no superuser, and grants only our groups. `secret` is a SCRAM verifier.
    "CREATE OR REPLACE FUNCTION fuer_manage_login(act text, who text, grp text, secret text) RETURNS void"
    " LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, %1 AS $$\n"
    "DECLARE account_enabled boolean;\n"
    "  g text;\n"
    "BEGIN\n"
    "  IF NOT (pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass), 'MEMBER')\n"
    "          OR EXISTS (SELECT 1 FROM users u WHERE u.login = session_user AND u.disabled = 0\n"
    "                     AND u.role = 'admin')) THEN\n"
    "    RAISE EXCEPTION 'fuer: only the administrator manages logins' USING ERRCODE = '42501';\n"
    "  END IF;\n"
    "  IF act IN ('create', 'group') AND grp NOT IN ('fuer_liaison', 'fuer_reviewer', 'fuer_admin') THEN\n"
    "    RAISE EXCEPTION 'fuer: % is not a group of Fuer Monitor', grp USING ERRCODE = '42501';\n"
    "  END IF;\n"
    "  SELECT u.disabled = 0 INTO account_enabled FROM users u WHERE u.login = who;\n"
    "  IF account_enabled IS NULL THEN\n"
    "    RAISE EXCEPTION 'fuer: % is not an account of this database', who USING ERRCODE = '42501';\n"
    "  END IF;\n"
    "  IF act = 'create' THEN\n"
    "    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN\n"
    "      RAISE EXCEPTION 'fuer: the server already has a role named %', who USING ERRCODE = '42710';\n"
    "    END IF;\n"
    "    EXECUTE format('CREATE ROLE %I %s PASSWORD %L IN ROLE %I', who,\n"
    "      CASE WHEN account_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END, secret, grp);\n"
    "    RETURN;\n"
    "  END IF;\n"
    "  IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = who AND NOT r.rolsuper\n"
    "                 AND r.oid <> (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass)\n"
    "                 AND (pg_has_role(r.oid, 'fuer_liaison', 'MEMBER') OR pg_has_role(r.oid, 'fuer_reviewer', 'MEMBER')\n"
    "                      OR pg_has_role(r.oid, 'fuer_admin', 'MEMBER'))) THEN\n"
    "    RAISE EXCEPTION 'fuer: % is not a login of Fuer Monitor', who USING ERRCODE = '42501';\n"
    "  END IF;\n"
    "  IF act = 'password' THEN\n"
    "    EXECUTE format('ALTER ROLE %I PASSWORD %L', who, secret);\n"
    "    IF account_enabled THEN EXECUTE format('ALTER ROLE %I LOGIN', who); END IF;\n"
    "  ELSIF act = 'enable' THEN\n"
    "    EXECUTE format('ALTER ROLE %I LOGIN', who);\n"
    "  ELSIF act = 'disable' THEN\n"
    "    EXECUTE format('ALTER ROLE %I NOLOGIN', who);\n"
    "  ELSIF act = 'group' THEN\n"
    "    FOREACH g IN ARRAY ARRAY['fuer_liaison', 'fuer_reviewer', 'fuer_admin'] LOOP\n"
    "      IF g <> grp AND EXISTS (SELECT 1 FROM pg_auth_members m\n"
    "                              WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = g)\n"
    "                              AND m.member = (SELECT oid FROM pg_roles WHERE rolname = who)) THEN\n"
    "        EXECUTE format('REVOKE %I FROM %I', g, who);\n"
    "      END IF;\n"
    "    END LOOP;\n"
    "    EXECUTE format('GRANT %I TO %I', grp, who);\n"
    "  ELSE\n"
    "    RAISE EXCEPTION 'fuer: no such act %', act;\n"
    "  END IF;\n"
    "END $$",
};

const char *const kTriggers[] = {
    "CREATE OR REPLACE TRIGGER fuer_values_guard BEFORE INSERT OR UPDATE ON indicator_values"
    " FOR EACH ROW WHEN (%1) EXECUTE FUNCTION fuer_values_guard()",
    "CREATE OR REPLACE TRIGGER fuer_reports_guard BEFORE INSERT OR UPDATE ON unit_reports"
    " FOR EACH ROW WHEN (%1) EXECUTE FUNCTION fuer_reports_guard()",
    "CREATE OR REPLACE TRIGGER fuer_comments_stamp BEFORE INSERT OR UPDATE ON comments"
    " FOR EACH ROW WHEN (%1) EXECUTE FUNCTION fuer_comments_stamp()",
    "CREATE OR REPLACE TRIGGER fuer_attachments_stamp BEFORE INSERT OR UPDATE ON report_attachments"
    " FOR EACH ROW WHEN (%1) EXECUTE FUNCTION fuer_attachments_stamp()",
    "CREATE OR REPLACE TRIGGER fuer_values_audit_insert AFTER INSERT ON indicator_values"
    " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fuer_audit_values()",
    "CREATE OR REPLACE TRIGGER fuer_values_audit_update AFTER UPDATE ON indicator_values"
    " REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fuer_audit_values()",
    "CREATE OR REPLACE TRIGGER fuer_values_audit_delete AFTER DELETE ON indicator_values"
    " REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fuer_audit_values()",
    "CREATE OR REPLACE TRIGGER fuer_audit_stamp BEFORE INSERT ON audit_log"
    " FOR EACH ROW WHEN (%2) EXECUTE FUNCTION fuer_audit_stamp()",
    "CREATE OR REPLACE TRIGGER fuer_audit_immutable BEFORE UPDATE OR DELETE ON audit_log"
    " FOR EACH ROW EXECUTE FUNCTION fuer_audit_immutable()",
    "CREATE OR REPLACE TRIGGER fuer_audit_no_truncate BEFORE TRUNCATE ON audit_log"
    " FOR EACH STATEMENT EXECUTE FUNCTION fuer_audit_immutable()",
};

// The write policies beyond "the administrator writes what it is granted":
// name, table, command, roles, USING, WITH CHECK (empty: none).
struct Policy
{
    const char *name;
    const char *table;
    const char *command;
    const char *roles;
    const char *using_;
    const char *check;
};

const Policy kPolicies[] = {
    // Values: a liaison's drafts and submissions of the indicators its unit leads,
    // for the district; a reviewer's verdicts (the guard keeps the value); the
    // administrator's imports of any state.
    {"fuer_liaison_insert", "indicator_values", "INSERT", "fuer_liaison", "",
     "fuer_leads(indicator_id) AND area_id = fuer_district() AND state IN ('draft', 'submitted')"},
    {"fuer_liaison_update", "indicator_values", "UPDATE", "fuer_liaison",
     "fuer_leads(indicator_id) AND area_id = fuer_district() AND state IN ('draft', 'returned')",
     "fuer_leads(indicator_id) AND area_id = fuer_district() AND state IN ('draft', 'submitted')"},
    {"fuer_liaison_delete", "indicator_values", "DELETE", "fuer_liaison",
     "fuer_leads(indicator_id) AND area_id = fuer_district() AND state = 'draft'", ""},
    {"fuer_reviewer_update", "indicator_values", "UPDATE", "fuer_reviewer",
     "(SELECT fuer_account()) AND state IN ('submitted', 'approved')", "state IN ('approved', 'returned')"},
    // Reports: a liaison's own unit's, while a draft or returned; a reviewer's verdicts.
    {"fuer_liaison_insert", "unit_reports", "INSERT", "fuer_liaison", "",
     "unit_id = fuer_unit() AND state IN ('draft', 'submitted')"},
    {"fuer_liaison_update", "unit_reports", "UPDATE", "fuer_liaison",
     "unit_id = fuer_unit() AND state IN ('draft', 'returned')",
     "unit_id = fuer_unit() AND state IN ('draft', 'submitted')"},
    {"fuer_reviewer_update", "unit_reports", "UPDATE", "fuer_reviewer",
     "(SELECT fuer_account()) AND state IN ('submitted', 'approved')", "state IN ('approved', 'returned')"},
    {"fuer_liaison_write", "unit_report_progress", "ALL", "fuer_liaison", "fuer_own_report(report_id)",
     "fuer_own_report(report_id)"},
    {"fuer_liaison_write", "report_attachments", "ALL", "fuer_liaison", "fuer_own_report(report_id)",
     "fuer_own_report(report_id)"},
    // Comments: a liaison of a unit serving the indicator, under its unit; others
    // with an account.
    {"fuer_liaison_insert", "comments", "INSERT", "fuer_liaison", "",
     "unit_id = fuer_unit() AND fuer_serves(indicator_id)"},
    {"fuer_others_insert", "comments", "INSERT", "fuer_reviewer, fuer_admin", "", "(SELECT fuer_account())"},
    // Audit rows: anyone with an account adds them (stamped); no one changes them.
    {"fuer_insert", "audit_log", "INSERT", "fuer_liaison, fuer_reviewer, fuer_admin", "", "(SELECT fuer_account())"},
};

} // namespace

QString ServerSecurity::groupRole(User::Role role)
{
    switch (role) {
    case User::Role::Liaison:
        return QStringLiteral("fuer_liaison");
    case User::Role::Reviewer:
        return QStringLiteral("fuer_reviewer");
    case User::Role::Admin:
        break;
    }
    return QStringLiteral("fuer_admin");
}

bool ServerSecurity::install(QSqlDatabase db, QStringList *said, QString *error)
{
    if (!isServer(db)) {
        *error = tr("The server's own rules are for a PostgreSQL database; a file is guarded by the program.");
        return false;
    }
    QString sqlError;
    const auto failed = [&](const QString &what) {
        *error = tr("%1: %2").arg(what, sqlError);
        return false;
    };
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        sqlError = tx.errorString();
        return failed(tr("Cannot start the setup"));
    }
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT current_schema(), rolcreaterole OR rolsuper FROM pg_roles"
                            " WHERE rolname = current_user"),
             &sqlError)
        || !q.next())
        return failed(tr("Cannot read the connection's role"));
    const QString schema = ident(q.value(0).toString());
    const bool mayCreateRoles = q.value(1).toBool();
    const bool wasEnforced = isEnforced(db);

    for (const char *group : kGroups) {
        const QString name = QString::fromLatin1(group);
        if (!run(q, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = %1").arg(literal(name)), &sqlError))
            return failed(tr("Cannot read the roles"));
        if (q.next()) {
            *said << tr("Group role %1: already there.").arg(name);
            continue;
        }
        if (!mayCreateRoles) {
            sqlError = tr("the role %1 may not create roles (CREATEROLE)").arg(sessionLogin(db));
            return failed(tr("Cannot create the group role %1").arg(name));
        }
        if (!run(q, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(name), &sqlError))
            return failed(tr("Cannot create the group role %1").arg(name));
        *said << tr("Group role %1: created.").arg(name);
    }

    for (const char *sql : kFunctions) {
        QString text = QString::fromLatin1(sql);
        text.replace(QLatin1String("%1"), schema);
        if (!run(q, text, &sqlError))
            return failed(tr("Cannot create the server's functions"));
    }
    const QString all = QString::fromLatin1(kAllGroups);
    QStringList grants = {
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC").arg(schema),
        // No one but the owner creates objects here (a function of the same name as
        // one the rules call, say).
        QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(schema),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, all),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %1 FROM PUBLIC").arg(schema),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, all),
        QStringLiteral("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %1 TO %2").arg(schema, all),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, all),
        QStringLiteral("GRANT SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO fuer_admin").arg(schema),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON indicator_values, unit_reports, unit_report_progress,"
                       " report_attachments TO %1")
            .arg(all),
        QStringLiteral("GRANT INSERT ON audit_log, comments TO %1").arg(all),
    };
    for (const char *t : kAdminTables)
        grants << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO fuer_admin").arg(QLatin1String(t));
    for (const char *t : kReviewerTables)
        grants
            << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO fuer_reviewer, fuer_admin").arg(QLatin1String(t));
    for (const QString &sql : qAsConst(grants)) {
        if (!run(q, sql, &sqlError))
            return failed(tr("Cannot set the privileges"));
    }
    *said << tr("Privileges: set for %1.").arg(all);

    // Every table: row-level security, read by anyone with an enabled account (the
    // accounts: one's own row; the administrator all), written by the administrator
    // as far as the privileges go; the policies above for the rest.
    for (const char *t : kTables) {
        const QString table = QString::fromLatin1(t);
        QStringList steps = {
            QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
            QStringLiteral("DROP POLICY IF EXISTS fuer_read ON %1").arg(table),
            QStringLiteral("DROP POLICY IF EXISTS fuer_admin_all ON %1").arg(table),
            QStringLiteral("CREATE POLICY fuer_admin_all ON %1 FOR ALL TO fuer_admin"
                           " USING ((SELECT fuer_account())) WITH CHECK ((SELECT fuer_account()))")
                .arg(table),
        };
        if (table == QLatin1String("users"))
            steps << QStringLiteral("CREATE POLICY fuer_read ON users FOR SELECT TO %1"
                                    " USING (login = session_user AND disabled = 0)")
                         .arg(all);
        else
            steps << QStringLiteral("CREATE POLICY fuer_read ON %1 FOR SELECT TO %2 USING ((SELECT fuer_account()))")
                         .arg(table, all);
        for (const char *rt : kReviewerTables) {
            if (table == QLatin1String(rt)) {
                steps << QStringLiteral("DROP POLICY IF EXISTS fuer_reviewer_all ON %1").arg(table)
                      << QStringLiteral("CREATE POLICY fuer_reviewer_all ON %1 FOR ALL TO fuer_reviewer"
                                        " USING ((SELECT fuer_account())) WITH CHECK ((SELECT fuer_account()))")
                             .arg(table);
            }
        }
        for (const QString &sql : qAsConst(steps)) {
            if (!run(q, sql, &sqlError))
                return failed(tr("Cannot set the row-level security of %1").arg(table));
        }
    }
    for (const Policy &p : kPolicies) {
        QString sql = QStringLiteral("CREATE POLICY %1 ON %2 FOR %3 TO %4")
                          .arg(QLatin1String(p.name), QLatin1String(p.table), QLatin1String(p.command),
                               QLatin1String(p.roles));
        if (*p.using_)
            sql += QStringLiteral(" USING (%1)").arg(QLatin1String(p.using_));
        if (*p.check)
            sql += QStringLiteral(" WITH CHECK (%1)").arg(QLatin1String(p.check));
        if (!run(q, QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(p.name), QLatin1String(p.table)),
                 &sqlError)
            || !run(q, sql, &sqlError))
            return failed(tr("Cannot set the policy %1 of %2").arg(QLatin1String(p.name), QLatin1String(p.table)));
    }
    *said << tr("Row-level security: %n table(s).", nullptr, int(std::size(kTables)));

    // The row triggers are entered only for a login of our groups: an import by
    // the owner or by the audit trigger (the owner's SECURITY DEFINER) runs no
    // PL/pgSQL per row (the guards let the administrator through anyway).
    const QString people = QStringLiteral("pg_catalog.pg_has_role(current_user, 'fuer_liaison', 'member')"
                                          " OR pg_catalog.pg_has_role(current_user, 'fuer_reviewer', 'member')");
    const QString anyone = people + QStringLiteral(" OR pg_catalog.pg_has_role(current_user, 'fuer_admin', 'member')");
    for (const char *sql : kTriggers) {
        QString statement = QString::fromLatin1(sql);
        statement.replace(QLatin1String("%1"), people).replace(QLatin1String("%2"), anyone);
        if (!run(q, statement, &sqlError))
            return failed(tr("Cannot create the server's triggers"));
    }
    *said << (wasEnforced ? tr("Audit and workflow triggers: already there, refreshed.")
                          : tr("Audit and workflow triggers: created."));

    // Accounts that came without a login (a desktop file copied in with `server
    // import-sqlite`): each becomes a login of its group whose password is still to
    // be set (`users passwd`); the program's own hash goes, the server checks now.
    QVector<QPair<QString, User>> waiting;
    if (!run(q,
             QStringLiteral("SELECT u.login, u.role, u.disabled, EXISTS (SELECT 1 FROM pg_roles r"
                            " WHERE r.rolname = u.login) FROM users u ORDER BY u.id"),
             &sqlError))
        return failed(tr("Cannot read the accounts"));
    QStringList taken;
    while (q.next()) {
        User u;
        u.login = q.value(0).toString();
        User::roleFromKey(q.value(1).toString(), &u.role);
        u.disabled = q.value(2).toInt() != 0;
        if (q.value(3).toBool())
            taken << u.login;
        else
            waiting.append({u.login, u});
    }
    for (const auto &w : qAsConst(waiting)) {
        const User &u = w.second;
        // NOLOGIN until `users passwd` sets its password: a login without one
        // could be used under a trust or peer line of pg_hba.conf.
        if (!run(q, QStringLiteral("CREATE ROLE %1 NOLOGIN IN ROLE %2").arg(ident(u.login), groupRole(u.role)),
                 &sqlError)
            || !run(q, QStringLiteral("UPDATE users SET password_hash = '' WHERE login = %1").arg(literal(u.login)),
                    &sqlError))
            return failed(tr("Cannot make the account %1 a login").arg(u.login));
        *said << tr("Account %1: now a login of the server; its password is to be set (users passwd %1).").arg(u.login);
    }
    // An account copied from a file (it still has the program's hash) whose name the
    // cluster already uses, another database's login say: that role's password must
    // not open this account, so it is disabled here until it is renamed.
    for (const QString &login : qAsConst(taken)) {
        if (!run(q,
                 QStringLiteral("UPDATE users SET disabled = 1 WHERE login = %1 AND password_hash <> ''")
                     .arg(literal(login)),
                 &sqlError))
            return failed(tr("Cannot read the accounts"));
        if (q.numRowsAffected() > 0)
            *said << tr("Account %1: the server has a role of that name already; the account was disabled, and it "
                        "cannot sign in until it is renamed.")
                         .arg(login);
    }
    if (!tx.commit()) {
        sqlError = tx.errorString();
        return failed(tr("Cannot store the setup"));
    }
    return true;
}

bool ServerSecurity::isEnforced(QSqlDatabase db)
{
    if (!isServer(db))
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT ") + QLatin1String(kEnforced)) && q.next() && q.value(0).toBool();
}

QString ServerSecurity::sessionLogin(QSqlDatabase db)
{
    QSqlQuery q(db);
    return isServer(db) && q.exec(QStringLiteral("SELECT session_user")) && q.next() ? q.value(0).toString()
                                                                                     : QString();
}

bool ServerSecurity::isOwner(QSqlDatabase db)
{
    QSqlQuery q(db);
    return isServer(db)
        && q.exec(QStringLiteral("SELECT pg_has_role(session_user, c.relowner, 'USAGE') FROM pg_class c"
                                 " WHERE c.oid = to_regclass('indicator_values')"))
        && q.next() && q.value(0).toBool();
}

namespace {

// The SCRAM-SHA-256 verifier of `password` as libpq computes it on this side, so the
// password itself never travels to the server or into its logs.
bool verifier(QSqlDatabase db, const QString &login, const QString &password, QString *out, QString *error)
{
    PGconn *conn = PgSession::libpqHandle(db);
    if (!conn) {
        *error = ServerSecurity::tr("the connection gives no libpq handle (%1)").arg(db.driverName());
        return false;
    }
    const QByteArray user = login.toUtf8();
    const QByteArray pass = password.toUtf8();
    char *encrypted = PQencryptPasswordConn(conn, pass.constData(), user.constData(), "scram-sha-256");
    if (!encrypted) {
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        return false;
    }
    *out = QString::fromLatin1(encrypted);
    PQfreemem(encrypted);
    return true;
}

} // namespace

namespace {
bool manage(QSqlDatabase db, const QString &act, const QString &login, const QString &group, const QString &secret,
            QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT fuer_manage_login(?, ?, ?, ?)"));
    q.addBindValue(act);
    q.addBindValue(login);
    q.addBindValue(group);
    q.addBindValue(secret);
    if (q.exec())
        return true;
    *error = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    return false;
}
} // namespace

bool ServerSecurity::createLogin(QSqlDatabase db, const QString &login, User::Role role, const QString &password,
                                 QString *error)
{
    QString secret;
    if (!verifier(db, login, password, &secret, error))
        return false;
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = %1").arg(literal(login)), error))
        return false;
    if (q.next()) {
        *error = tr("the server already has a role named %1 (another database's account, or a role of its own); "
                    "choose another login name")
                     .arg(login);
        return false;
    }
    return manage(db, QStringLiteral("create"), login, groupRole(role), secret, error);
}

bool ServerSecurity::setPassword(QSqlDatabase db, const QString &login, const QString &password, QString *error)
{
    QString secret;
    return verifier(db, login, password, &secret, error)
        && manage(db, QStringLiteral("password"), login, QString(), secret, error);
}

bool ServerSecurity::setLoginEnabled(QSqlDatabase db, const QString &login, bool enabled, QString *error)
{
    return manage(db, enabled ? QStringLiteral("enable") : QStringLiteral("disable"), login, QString(), QString(),
                  error);
}

bool ServerSecurity::setLoginRole(QSqlDatabase db, const QString &login, User::Role role, QString *error)
{
    return manage(db, QStringLiteral("group"), login, groupRole(role), QString(), error);
}

bool ServerSecurity::announceValueAct(QSqlDatabase db, const QString &action, const QString &reason, bool reasonIsNote,
                                      bool *serverAudits, QString *error)
{
    *serverAudits = false;
    if (!isServer(db))
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT set_config('fuer.action', ?, true), set_config('fuer.reason', ?, true),"
                             " set_config('fuer.reason_is_note', ?, true), ")
              + QLatin1String(kEnforced));
    q.addBindValue(action);
    q.addBindValue(reason);
    q.addBindValue(reasonIsNote ? QStringLiteral("on") : QStringLiteral("off"));
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *serverAudits = q.value(3).toBool();
    return true;
}
