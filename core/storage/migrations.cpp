#include "migrations.h"

#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

// Types are kept to what SQLite and PostgreSQL both read the same way: INTEGER,
// TEXT, DOUBLE PRECISION; timestamps are ISO 8601 UTC text.

int Migrations::latestVersion()
{
    return 8;
}

QStringList Migrations::upgradeToV1()
{
    // The plan catalog, areas, years, values and the audit log.
    return {
        QStringLiteral("CREATE TABLE plans ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " start_year INTEGER NOT NULL,"
                       " end_year INTEGER NOT NULL,"
                       " baseline_year INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE categories ("
                       " id INTEGER PRIMARY KEY,"
                       " plan_id INTEGER NOT NULL REFERENCES plans(id),"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " UNIQUE (plan_id, name))"),
        QStringLiteral("CREATE TABLE units ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL DEFAULT 'member'"
                       "  CHECK (kind IN ('member', 'monitoring', 'office')),"
                       " position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE indicators ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " plan_id INTEGER NOT NULL REFERENCES plans(id),"
                       " category_id INTEGER NOT NULL REFERENCES categories(id),"
                       " number TEXT NOT NULL DEFAULT '',"
                       " parent_id INTEGER REFERENCES indicators(id),"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " measure_unit TEXT NOT NULL DEFAULT '',"
                       " target_text TEXT NOT NULL,"
                       " attribute TEXT NOT NULL CHECK (attribute IN ('binding', 'expected')),"
                       " tolerance DOUBLE PRECISION NOT NULL DEFAULT 2,"
                       " clear_decrease_share DOUBLE PRECISION NOT NULL DEFAULT 0.1,"
                       " balance_low DOUBLE PRECISION NOT NULL DEFAULT 103,"
                       " balance_high DOUBLE PRECISION NOT NULL DEFAULT 107,"
                       " reference_code TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE indicator_units ("
                       " indicator_id INTEGER NOT NULL REFERENCES indicators(id),"
                       " unit_id INTEGER NOT NULL REFERENCES units(id),"
                       " position INTEGER NOT NULL," // 0 is the lead unit
                       " PRIMARY KEY (indicator_id, unit_id))"),
        QStringLiteral("CREATE TABLE areas ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " parent_id INTEGER REFERENCES areas(id),"
                       " is_default INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE reporting_years ("
                       " year INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (kind IN ('baseline', 'annual')),"
                       " is_open INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE indicator_values ("
                       " id INTEGER PRIMARY KEY,"
                       " indicator_id INTEGER NOT NULL REFERENCES indicators(id),"
                       " area_id INTEGER NOT NULL REFERENCES areas(id),"
                       " year INTEGER NOT NULL,"
                       " value DOUBLE PRECISION NOT NULL,"
                       " numerator DOUBLE PRECISION,"
                       " denominator DOUBLE PRECISION,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL"
                       "  CHECK (state IN ('draft', 'submitted', 'approved', 'returned')),"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " updated_by TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT NOT NULL,"
                       " UNIQUE (indicator_id, area_id, year))"),
        QStringLiteral("CREATE INDEX indicator_values_year ON indicator_values (year)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " indicator_id INTEGER REFERENCES indicators(id),"
                       " area_id INTEGER REFERENCES areas(id),"
                       " year INTEGER,"
                       " old_value DOUBLE PRECISION,"
                       " new_value DOUBLE PRECISION,"
                       " old_state TEXT,"
                       " new_state TEXT,"
                       " reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_log_indicator ON audit_log (indicator_id, year)"),
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
    };
}

QStringList Migrations::upgradeToV2()
{
    // Users and roles, reviewers' verdicts on judgement targets, comments of
    // co-operating units, and the reference value a relative target such as
    // 与女职工比例相适应 is compared with when no indicator holds it.
    return {
        QStringLiteral("ALTER TABLE indicator_values ADD COLUMN reference_value DOUBLE PRECISION"),
        QStringLiteral("CREATE TABLE users ("
                       " id INTEGER PRIMARY KEY,"
                       " login TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL CHECK (role IN ('liaison', 'reviewer', 'admin')),"
                       " unit_id INTEGER REFERENCES units(id),"
                       " password_hash TEXT NOT NULL,"
                       " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                       " locked_until TEXT,"
                       " disabled INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE judgements ("
                       " indicator_id INTEGER NOT NULL REFERENCES indicators(id),"
                       " area_id INTEGER NOT NULL REFERENCES areas(id),"
                       " year INTEGER NOT NULL,"
                       " met INTEGER NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " PRIMARY KEY (indicator_id, area_id, year))"),
        QStringLiteral("CREATE TABLE comments ("
                       " id INTEGER PRIMARY KEY,"
                       " indicator_id INTEGER NOT NULL REFERENCES indicators(id),"
                       " area_id INTEGER NOT NULL REFERENCES areas(id),"
                       " year INTEGER NOT NULL,"
                       " unit_id INTEGER REFERENCES units(id),"
                       " user_name TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " body TEXT NOT NULL)"),
    };
}

QStringList Migrations::upgradeToV3()
{
    // The value a reviewer approved, so a later change shows as "changed since
    // approval", and the reviewer's reason when a value is sent back.
    return {
        QStringLiteral("ALTER TABLE indicator_values ADD COLUMN approved_value DOUBLE PRECISION"),
        QStringLiteral("ALTER TABLE indicator_values ADD COLUMN review_note TEXT NOT NULL DEFAULT ''"),
    };
}

QStringList Migrations::upgradeToV4()
{
    // Cheaper writes of values and audit rows, the same data (ids kept).
    // - SQLite 3.40 evaluates a CHECK of the form `state IN (…)` by building a
    //   temporary table for every row written: half the time of an import. The
    //   values table is rebuilt with its CHECK spelled with `=`.
    // - The index of values by year goes: every query on values names the
    //   indicator, area and year, or reads them all.
    // - The audit log is rebuilt without its index by indicator (the history reads
    //   newest first by id, and never used it) and without foreign keys: an entry
    //   records what was done to which indicator and area; the write it records
    //   has already checked them, in the same transaction.
    return {
        QStringLiteral("CREATE TABLE indicator_values_v4 ("
                       " id INTEGER PRIMARY KEY,"
                       " indicator_id INTEGER NOT NULL REFERENCES indicators(id),"
                       " area_id INTEGER NOT NULL REFERENCES areas(id),"
                       " year INTEGER NOT NULL,"
                       " value DOUBLE PRECISION NOT NULL,"
                       " numerator DOUBLE PRECISION,"
                       " denominator DOUBLE PRECISION,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL CHECK (state = 'draft' OR state = 'submitted'"
                       "  OR state = 'approved' OR state = 'returned'),"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " updated_by TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT NOT NULL,"
                       " reference_value DOUBLE PRECISION,"
                       " approved_value DOUBLE PRECISION,"
                       " review_note TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (indicator_id, area_id, year))"),
        QStringLiteral("INSERT INTO indicator_values_v4 (id, indicator_id, area_id, year, value, numerator,"
                       " denominator, source, note, state, version, updated_by, updated_at, reference_value,"
                       " approved_value, review_note)"
                       " SELECT id, indicator_id, area_id, year, value, numerator, denominator, source, note,"
                       " state, version, updated_by, updated_at, reference_value, approved_value, review_note"
                       " FROM indicator_values ORDER BY id"),
        QStringLiteral("DROP TABLE indicator_values"),
        QStringLiteral("ALTER TABLE indicator_values_v4 RENAME TO indicator_values"),
        QStringLiteral("CREATE TABLE audit_log_v4 ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " indicator_id INTEGER,"
                       " area_id INTEGER,"
                       " year INTEGER,"
                       " old_value DOUBLE PRECISION,"
                       " new_value DOUBLE PRECISION,"
                       " old_state TEXT,"
                       " new_state TEXT,"
                       " reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO audit_log_v4 (id, at, user_name, action, indicator_id, area_id, year, old_value,"
                       " new_value, old_state, new_state, reason)"
                       " SELECT id, at, user_name, action, indicator_id, area_id, year, old_value, new_value,"
                       " old_state, new_state, reason FROM audit_log ORDER BY id"),
        QStringLiteral("DROP TABLE audit_log"),
        QStringLiteral("ALTER TABLE audit_log_v4 RENAME TO audit_log"),
    };
}

QStringList Migrations::upgradeToV5()
{
    // Plausible bounds per indicator (ValueRules): NULL keeps the measure unit's
    // defaults, so existing catalogs keep their behaviour until an administrator
    // sets an indicator's own.
    return {
        QStringLiteral("ALTER TABLE indicators ADD COLUMN hard_low DOUBLE PRECISION"),
        QStringLiteral("ALTER TABLE indicators ADD COLUMN hard_high DOUBLE PRECISION"),
        QStringLiteral("ALTER TABLE indicators ADD COLUMN usual_low DOUBLE PRECISION"),
        QStringLiteral("ALTER TABLE indicators ADD COLUMN usual_high DOUBLE PRECISION"),
    };
}

QStringList Migrations::upgradeToV6()
{
    // The reading of an x左右 target and the thresholds of 波动较大, per indicator
    // (RuleParams). The plan's shares of women with a 左右 target read "about x or
    // above" (docs/DESIGN.md, "Target semantics"), as the built-in catalog now sets
    // them; an administrator may change any of them in the indicator editor.
    return {
        QStringLiteral("ALTER TABLE indicators ADD COLUMN about_reading TEXT NOT NULL DEFAULT 'band'"),
        QStringLiteral("ALTER TABLE indicators ADD COLUMN swing_share DOUBLE PRECISION NOT NULL DEFAULT 0.05"),
        QStringLiteral("ALTER TABLE indicators ADD COLUMN jump_share DOUBLE PRECISION NOT NULL DEFAULT 0.2"),
        QStringLiteral("ALTER TABLE indicators ADD COLUMN jump_minimum DOUBLE PRECISION NOT NULL DEFAULT 1"),
        QStringLiteral("UPDATE indicators SET about_reading = 'about_or_above'"
                       " WHERE code IN ('W15', 'W16', 'W18', 'W31a') AND target_text LIKE '%左右'"),
    };
}

QStringList Migrations::upgradeToV7()
{
    // The reporting cycle of the plan's 组织实施: each responsible unit's annual
    // report (规划落实情况 per category it serves, 存在问题, 下一年工作安排) with the
    // same workflow as values, its attachments, the office's due date per reporting
    // year and its extensions per unit. A value's submitted_at is when it was last
    // submitted, for 按时 / 逾期; values already submitted take their last change's
    // time. Audit rows of acts on a unit (its report, a deadline, an account) name it.
    // Attachments are bytes: BLOB here, BYTEA on a server.
    return {
        QStringLiteral("CREATE TABLE unit_reports ("
                       " id INTEGER PRIMARY KEY,"
                       " unit_id INTEGER NOT NULL REFERENCES units(id),"
                       " year INTEGER NOT NULL,"
                       " problems TEXT NOT NULL DEFAULT '',"
                       " next_year_plan TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL CHECK (state = 'draft' OR state = 'submitted'"
                       "  OR state = 'approved' OR state = 'returned'),"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " updated_by TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT NOT NULL,"
                       " submitted_at TEXT,"
                       " review_note TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (unit_id, year))"),
        QStringLiteral("CREATE TABLE unit_report_progress ("
                       " report_id INTEGER NOT NULL REFERENCES unit_reports(id),"
                       " category_id INTEGER NOT NULL REFERENCES categories(id),"
                       " body TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (report_id, category_id))"),
        QStringLiteral("CREATE TABLE report_attachments ("
                       " id INTEGER PRIMARY KEY,"
                       " report_id INTEGER NOT NULL REFERENCES unit_reports(id),"
                       " file_name TEXT NOT NULL,"
                       " media_type TEXT NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " content BLOB NOT NULL,"
                       " uploaded_by TEXT NOT NULL,"
                       " uploaded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE reporting_deadlines ("
                       " year INTEGER PRIMARY KEY,"
                       " due_date TEXT NOT NULL,"
                       " set_by TEXT NOT NULL,"
                       " set_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE deadline_extensions ("
                       " year INTEGER NOT NULL,"
                       " unit_id INTEGER NOT NULL REFERENCES units(id),"
                       " due_date TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " set_by TEXT NOT NULL,"
                       " set_at TEXT NOT NULL,"
                       " PRIMARY KEY (year, unit_id))"),
        QStringLiteral("ALTER TABLE indicator_values ADD COLUMN submitted_at TEXT"),
        QStringLiteral("UPDATE indicator_values SET submitted_at = updated_at"
                       " WHERE state = 'submitted' OR state = 'approved'"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN unit_id INTEGER"),
    };
}

QStringList Migrations::upgradeToV8()
{
    // Version 4 rebuilt audit_log to change its columns, and its index on the
    // indicator went with the old table. Every page's selection shows the chosen
    // indicator's history newest first: without an index on (indicator_id, id) that
    // read scanned the whole log (250 ms on a log of 979,000 rows). v1's index on
    // indicator_values (year) is not brought back: no read filters on the year alone.
    return {
        QStringLiteral("DROP INDEX IF EXISTS audit_log_indicator"),
        QStringLiteral("CREATE INDEX audit_log_indicator_history ON audit_log (indicator_id, id)"),
    };
}

QStringList Migrations::dialect(const QSqlDatabase &db, QStringList steps)
{
    // The steps are written for SQLite. PostgreSQL numbers new rows only through an
    // identity column (SQLite's INTEGER PRIMARY KEY is the rowid) and stores bytes as
    // BYTEA. The whole chain runs on a server only for an empty database: there is
    // no server database older than version 8, so v4's table rebuilds copy no rows.
    if (db.driverName() != QLatin1String("QPSQL"))
        return steps;
    for (QString &sql : steps) {
        sql.replace(QLatin1String(" id INTEGER PRIMARY KEY,"),
                    QLatin1String(" id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"));
        sql.replace(QLatin1String(" BLOB "), QLatin1String(" BYTEA "));
    }
    return steps;
}

bool Migrations::apply(QSqlDatabase db, int fromVersion, QString *error, int toVersion)
{
    if (toVersion < 0)
        toVersion = latestVersion();
    for (int v = fromVersion + 1; v <= toVersion; ++v) {
        using Step = QStringList (*)();
        static const Step upgrades[] = {nullptr,
                                        &Migrations::upgradeToV1,
                                        &Migrations::upgradeToV2,
                                        &Migrations::upgradeToV3,
                                        &Migrations::upgradeToV4,
                                        &Migrations::upgradeToV5,
                                        &Migrations::upgradeToV6,
                                        &Migrations::upgradeToV7,
                                        &Migrations::upgradeToV8};
        static_assert(sizeof(upgrades) / sizeof(upgrades[0]) == 9, "one step per version");
        const QStringList steps = dialect(db, upgrades[v]());
        WriteTransaction tx(db);
        if (!tx.isActive()) {
            *error = tr("Cannot start the upgrade to schema version %1: %2").arg(v).arg(tx.errorString());
            return false;
        }
        QSqlQuery q(db);
        for (const QString &sql : steps) {
            if (!q.exec(sql)) {
                *error = tr("Schema upgrade to version %1 failed: %2").arg(v).arg(q.lastError().text());
                return false;
            }
        }
        // PRAGMA takes no bound parameters; v is our own integer. On a server the
        // version is a row of fuer_schema, changed in the same transaction as the
        // schema (PostgreSQL's DDL is transactional).
        const bool versioned = db.driverName() == QLatin1String("QPSQL")
            ? q.exec(QStringLiteral("UPDATE fuer_schema SET version = %1").arg(v))
            : q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v));
        if (!versioned) {
            *error = q.lastError().text();
            return false;
        }
        if (!tx.commit()) {
            *error = tx.errorString();
            return false;
        }
    }
    return true;
}
