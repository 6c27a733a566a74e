#include "catalogrepository.h"

#include "auditrepository.h"
#include "model/clock.h"
#include "model/valuebounds.h"
#include "sqlvalues.h"
#include "userrepository.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

CatalogRepository::CatalogRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool CatalogRepository::isEmpty() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM indicators")) && q.next() && q.value(0).toInt() == 0;
}

namespace {
bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

// An unset bound is NULL: the measure unit's default applies.
void bindBounds(QSqlQuery &q, const RuleParams &p)
{
    for (const std::optional<double> &b : {p.hardLow, p.hardHigh, p.usualLow, p.usualHigh})
        q.addBindValue(b ? QVariant(*b) : QVariant(QMetaType::fromType<double>()));
}
} // namespace

bool CatalogRepository::install(const Catalog &catalog, QString *error)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO plans (id, code, name, title, start_year, end_year, baseline_year)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Plan &p : catalog.plans) {
        for (const QVariant &v : {QVariant(p.id), QVariant(p.code), QVariant(p.name), QVariant(p.title),
                                  QVariant(p.startYear), QVariant(p.endYear), QVariant(p.baselineYear)})
            q.addBindValue(v);
        if (!run(q, error))
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO categories (id, plan_id, position, name) VALUES (?, ?, ?, ?)"));
    QHash<QString, int> categoryIds; // "planId/name"
    for (const Category &c : catalog.categories) {
        q.addBindValue(c.id);
        q.addBindValue(c.planId);
        q.addBindValue(c.position);
        q.addBindValue(c.name);
        if (!run(q, error))
            return false;
        categoryIds.insert(QString::number(c.planId) + QLatin1Char('/') + c.name, c.id);
    }
    q.prepare(QStringLiteral("INSERT INTO units (id, name, kind, position) VALUES (?, ?, ?, ?)"));
    QHash<QString, int> unitIds;
    for (int i = 0; i < catalog.units.size(); ++i) {
        const ResponsibleUnit &u = catalog.units.at(i);
        q.addBindValue(u.id);
        q.addBindValue(u.name);
        q.addBindValue(ResponsibleUnit::kindKey(u.kind));
        q.addBindValue(i);
        if (!run(q, error))
            return false;
        unitIds.insert(u.name, u.id);
    }
    QHash<QString, int> planIds;
    for (const Plan &p : catalog.plans)
        planIds.insert(p.code, p.id);

    q.prepare(QStringLiteral(
        "INSERT INTO indicators (id, code, plan_id, category_id, number, parent_id, position, name,"
        " measure_unit, target_text, attribute, tolerance, clear_decrease_share, balance_low, balance_high,"
        " reference_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // The parameters of schema 6 go in a second statement, only where they differ from
    // the column defaults: the statement above is the one every schema version takes.
    QSqlQuery later(m_db);
    later.prepare(QStringLiteral("UPDATE indicators SET about_reading = ?, swing_share = ?, jump_share = ?,"
                                 " jump_minimum = ? WHERE id = ?"));
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT INTO indicator_units (indicator_id, unit_id, position) VALUES (?, ?, ?)"));
    QHash<QString, int> indicatorIds;
    for (const Indicator &ind : catalog.indicators) {
        const int planId = planIds.value(ind.planCode);
        const int categoryId = categoryIds.value(QString::number(planId) + QLatin1Char('/') + ind.category);
        q.addBindValue(ind.id);
        q.addBindValue(ind.code);
        q.addBindValue(planId);
        q.addBindValue(categoryId);
        q.addBindValue(ind.number);
        q.addBindValue(ind.parentCode.isEmpty() ? QVariant(QMetaType::fromType<int>())
                                                : QVariant(indicatorIds.value(ind.parentCode)));
        q.addBindValue(ind.position);
        q.addBindValue(ind.name);
        q.addBindValue(ind.measureUnit);
        q.addBindValue(ind.targetText);
        q.addBindValue(ind.isBinding() ? QStringLiteral("binding") : QStringLiteral("expected"));
        q.addBindValue(ind.params.tolerance);
        q.addBindValue(ind.params.clearDecreaseShare);
        q.addBindValue(ind.params.balanceLow);
        q.addBindValue(ind.params.balanceHigh);
        q.addBindValue(ind.params.referenceCode);
        if (!run(q, error))
            return false;
        const RuleParams defaults;
        if (ind.params.aboutReading != defaults.aboutReading || ind.params.swingShare != defaults.swingShare
            || ind.params.jumpShare != defaults.jumpShare || ind.params.jumpMinimum != defaults.jumpMinimum) {
            later.addBindValue(RuleParams::aboutReadingKey(ind.params.aboutReading));
            later.addBindValue(ind.params.swingShare);
            later.addBindValue(ind.params.jumpShare);
            later.addBindValue(ind.params.jumpMinimum);
            later.addBindValue(ind.id);
            if (!run(later, error))
                return false;
        }
        indicatorIds.insert(ind.code, ind.id);
        for (int i = 0; i < ind.units.size(); ++i) {
            if (!unitIds.contains(ind.units.at(i))) {
                *error = tr("Indicator %1 names the unknown unit %2.").arg(ind.code, ind.units.at(i));
                return false;
            }
            link.addBindValue(ind.id);
            link.addBindValue(unitIds.value(ind.units.at(i)));
            link.addBindValue(i);
            if (!run(link, error))
                return false;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO areas (id, name, is_default) VALUES (1, ?, 1)"));
    q.addBindValue(catalog.defaultAreaName);
    if (!run(q, error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO reporting_years (year, kind) VALUES (?, ?)"));
    const Plan first = catalog.plans.value(0);
    for (int y = first.baselineYear; y <= first.endYear; ++y) {
        q.addBindValue(y);
        q.addBindValue(y == first.baselineYear ? QStringLiteral("baseline") : QStringLiteral("annual"));
        if (!run(q, error))
            return false;
    }

    const QString now = Clock::nowUtc().toString(Qt::ISODate);
    const QString system = QStringLiteral("system");
    q.prepare(QStringLiteral("INSERT INTO indicator_values (indicator_id, area_id, year, value, source, note,"
                             " state, version, updated_by, updated_at, submitted_at)"
                             " VALUES (?, 1, ?, ?, ?, ?, 'approved', 1, ?, ?, ?)"));
    AuditRepository audit(m_db);
    for (const BaselineValue &b : catalog.baselines) {
        if (!indicatorIds.contains(b.code)) {
            *error = tr("A baseline names the unknown indicator %1.").arg(b.code);
            return false;
        }
        q.addBindValue(indicatorIds.value(b.code));
        q.addBindValue(b.year);
        q.addBindValue(b.value);
        q.addBindValue(b.source);
        q.addBindValue(b.quote);
        q.addBindValue(system);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!run(q, error))
            return false;
        AuditEntry e;
        e.user = system;
        e.action = QStringLiteral("baseline");
        e.indicatorCode = b.code;
        e.year = b.year;
        e.newValue = b.value;
        e.newState = QStringLiteral("approved");
        e.reason = b.source;
        if (!audit.append(e, indicatorIds.value(b.code), 1, error))
            return false;
    }
    // The catalog's rows carry their own ids. SQLite's next rowid follows the
    // largest; a PostgreSQL identity column does not, so its sequence is moved past
    // them (an area added by an import would otherwise collide with area 1).
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        for (const char *table : {"plans", "categories", "units", "indicators", "areas"}) {
            if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                       " (SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                            .arg(QLatin1String(table)))) {
                *error = q.lastError().text();
                return false;
            }
        }
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

QVector<Plan> CatalogRepository::plans() const
{
    QVector<Plan> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, code, name, title, start_year, end_year, baseline_year FROM plans ORDER BY id"));
    while (q.next()) {
        Plan p;
        p.id = q.value(0).toInt();
        p.code = q.value(1).toString();
        p.name = q.value(2).toString();
        p.title = q.value(3).toString();
        p.startYear = q.value(4).toInt();
        p.endYear = q.value(5).toInt();
        p.baselineYear = q.value(6).toInt();
        out.append(p);
    }
    return out;
}

QVector<Category> CatalogRepository::categories() const
{
    QVector<Category> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, plan_id, position, name FROM categories ORDER BY plan_id, position"));
    while (q.next()) {
        Category c;
        c.id = q.value(0).toInt();
        c.planId = q.value(1).toInt();
        c.position = q.value(2).toInt();
        c.name = q.value(3).toString();
        out.append(c);
    }
    return out;
}

QVector<ResponsibleUnit> CatalogRepository::units() const
{
    QVector<ResponsibleUnit> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, name, kind FROM units ORDER BY position"));
    while (q.next()) {
        ResponsibleUnit u;
        u.id = q.value(0).toInt();
        u.name = q.value(1).toString();
        u.kind = ResponsibleUnit::kindFromKey(q.value(2).toString());
        out.append(u);
    }
    return out;
}

QVector<Indicator> CatalogRepository::indicators() const
{
    QHash<int, QStringList> unitsOf;
    QSqlQuery u(m_db);
    u.exec(QStringLiteral("SELECT iu.indicator_id, un.name FROM indicator_units iu"
                          " JOIN units un ON un.id = iu.unit_id ORDER BY iu.indicator_id, iu.position"));
    while (u.next())
        unitsOf[u.value(0).toInt()].append(u.value(1).toString());

    QVector<Indicator> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral(
        "SELECT i.id, i.code, p.code, c.name, i.number, parent.code, i.position, i.name, i.measure_unit,"
        " i.target_text, i.attribute, i.tolerance, i.clear_decrease_share, i.balance_low, i.balance_high,"
        " i.reference_code, i.hard_low, i.hard_high, i.usual_low, i.usual_high, i.about_reading, i.swing_share,"
        " i.jump_share, i.jump_minimum"
        " FROM indicators i JOIN plans p ON p.id = i.plan_id JOIN categories c ON c.id = i.category_id"
        " LEFT JOIN indicators parent ON parent.id = i.parent_id"
        " ORDER BY i.position"));
    while (q.next()) {
        Indicator ind;
        ind.id = q.value(0).toInt();
        ind.code = q.value(1).toString();
        ind.planCode = q.value(2).toString();
        ind.category = q.value(3).toString();
        ind.number = q.value(4).toString();
        ind.parentCode = q.value(5).toString();
        ind.position = q.value(6).toInt();
        ind.name = q.value(7).toString();
        ind.measureUnit = q.value(8).toString();
        ind.targetText = q.value(9).toString();
        ind.attribute = q.value(10).toString() == QLatin1String("binding") ? Indicator::Attribute::Binding
                                                                           : Indicator::Attribute::Expected;
        ind.params.tolerance = q.value(11).toDouble();
        ind.params.clearDecreaseShare = q.value(12).toDouble();
        ind.params.balanceLow = q.value(13).toDouble();
        ind.params.balanceHigh = q.value(14).toDouble();
        ind.params.referenceCode = q.value(15).toString();
        ind.params.hardLow = optionalDouble(q.value(16));
        ind.params.hardHigh = optionalDouble(q.value(17));
        ind.params.usualLow = optionalDouble(q.value(18));
        ind.params.usualHigh = optionalDouble(q.value(19));
        RuleParams::aboutReadingFromKey(q.value(20).toString(), &ind.params.aboutReading);
        ind.params.swingShare = q.value(21).toDouble();
        ind.params.jumpShare = q.value(22).toDouble();
        ind.params.jumpMinimum = q.value(23).toDouble();
        ind.units = unitsOf.value(ind.id);
        out.append(ind);
    }
    return out;
}

std::optional<Indicator> CatalogRepository::indicator(const QString &code) const
{
    for (const Indicator &ind : indicators()) {
        if (ind.code == code)
            return ind;
    }
    return std::nullopt;
}

QVector<Area> CatalogRepository::areas() const
{
    QVector<Area> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, name, is_default FROM areas ORDER BY is_default DESC, id"));
    while (q.next()) {
        Area a;
        a.id = q.value(0).toInt();
        a.name = q.value(1).toString();
        a.isDefault = q.value(2).toBool();
        out.append(a);
    }
    return out;
}

QVector<int> CatalogRepository::reportingYears() const
{
    QVector<int> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT year FROM reporting_years ORDER BY year"));
    while (q.next())
        out.append(q.value(0).toInt());
    return out;
}

namespace {
QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString aboutReadingText(RuleParams::AboutReading reading)
{
    switch (reading) {
    case RuleParams::AboutReading::AboutOrAbove:
        return CatalogRepository::tr("about or above");
    case RuleParams::AboutReading::AboutOrBelow:
        return CatalogRepository::tr("about or below");
    case RuleParams::AboutReading::Band:
        break;
    }
    return CatalogRepository::tr("band");
}

// "field old → new" for every field the edit changes, in the dialog's order.
QStringList changedFields(const Indicator &before, const Indicator &after)
{
    const auto none = [&](const QString &s) { return s.isEmpty() ? CatalogRepository::tr("(none)") : s; };
    QStringList out;
    const auto add = [&](const QString &field, const QString &from, const QString &to) {
        if (from != to)
            out << QStringLiteral("%1 %2 → %3").arg(field, from, to);
    };
    add(CatalogRepository::tr("target"), before.targetText, after.targetText);
    add(CatalogRepository::tr("attribute"), Indicator::attributeText(before.attribute),
        Indicator::attributeText(after.attribute));
    add(CatalogRepository::tr("units"), before.units.join(QLatin1Char(';')), after.units.join(QLatin1Char(';')));
    add(CatalogRepository::tr("tolerance"), number(before.params.tolerance), number(after.params.tolerance));
    add(CatalogRepository::tr("reading of 左右"), aboutReadingText(before.params.aboutReading),
        aboutReadingText(after.params.aboutReading));
    add(CatalogRepository::tr("clear decrease share"), number(before.params.clearDecreaseShare),
        number(after.params.clearDecreaseShare));
    add(CatalogRepository::tr("balance from"), number(before.params.balanceLow), number(after.params.balanceLow));
    add(CatalogRepository::tr("balance to"), number(before.params.balanceHigh), number(after.params.balanceHigh));
    add(CatalogRepository::tr("swing share"), number(before.params.swingShare), number(after.params.swingShare));
    add(CatalogRepository::tr("jump share"), number(before.params.jumpShare), number(after.params.jumpShare));
    add(CatalogRepository::tr("least jump"), number(before.params.jumpMinimum), number(after.params.jumpMinimum));
    add(CatalogRepository::tr("reference indicator"), none(before.params.referenceCode),
        none(after.params.referenceCode));
    const auto bound = [&](const std::optional<double> &b) {
        return b ? number(*b) : CatalogRepository::tr("(the unit's)");
    };
    add(CatalogRepository::tr("refused below"), bound(before.params.hardLow), bound(after.params.hardLow));
    add(CatalogRepository::tr("refused above"), bound(before.params.hardHigh), bound(after.params.hardHigh));
    add(CatalogRepository::tr("note needed below"), bound(before.params.usualLow), bound(after.params.usualLow));
    add(CatalogRepository::tr("note needed above"), bound(before.params.usualHigh), bound(after.params.usualHigh));
    return out;
}
} // namespace

bool CatalogRepository::updateIndicator(const Indicator &edit, const User &user, QString *error)
{
    // Checked against the stored account, not the caller's copy: a page that
    // forgets to hide the button, or a stale session, cannot edit the catalog.
    const std::optional<User> account = UserRepository(m_db).user(user.login);
    if (!account || account->role != User::Role::Admin || account->disabled) {
        *error = tr("%1: only an active administrator may edit the catalog; indicator %2 was not changed.")
                     .arg(user.login.isEmpty() ? tr("(nobody signed in)") : user.login, edit.code);
        return false;
    }
    const std::optional<Indicator> before = indicator(edit.code);
    if (!before) {
        *error = tr("There is no indicator %1.").arg(edit.code);
        return false;
    }
    Indicator changed = edit;
    changed.targetText = edit.targetText.trimmed();
    // The dialog's "(none)" is a null string: it is stored as '' (the column is
    // NOT NULL), never as SQL NULL.
    changed.params.referenceCode = edit.params.referenceCode.trimmed();
    if (changed.targetText.isEmpty()) {
        *error = tr("Target: (empty): the 2030 target text is required.");
        return false;
    }
    if (changed.units.isEmpty()) {
        *error = tr("Responsible units: (none): at least the lead unit is required.");
        return false;
    }
    const RuleParams &p = changed.params;
    if (!std::isfinite(p.tolerance) || p.tolerance < 0) {
        *error = tr("Tolerance: %1: expected a number of 0 or more.").arg(number(p.tolerance));
        return false;
    }
    if (!std::isfinite(p.clearDecreaseShare) || p.clearDecreaseShare < 0 || p.clearDecreaseShare > 1) {
        *error = tr("明显降低 share: %1%: expected 0 to 100 percent.").arg(number(p.clearDecreaseShare * 100));
        return false;
    }
    if (!std::isfinite(p.swingShare) || p.swingShare <= 0 || p.swingShare > 1) {
        *error = tr("波动较大 swing share: %1%: expected more than 0 and at most 100 percent of the mean level.")
                     .arg(number(p.swingShare * 100));
        return false;
    }
    if (!std::isfinite(p.jumpShare) || p.jumpShare <= 0) {
        *error = tr("波动较大 jump share: %1%: expected more than 0 percent of the value before.")
                     .arg(number(p.jumpShare * 100));
        return false;
    }
    if (!std::isfinite(p.jumpMinimum) || p.jumpMinimum < 0) {
        *error = tr("波动较大 least jump: %1: expected a number of 0 or more in the indicator's unit.")
                     .arg(number(p.jumpMinimum));
        return false;
    }
    if (!std::isfinite(p.balanceLow) || !std::isfinite(p.balanceHigh) || p.balanceLow >= p.balanceHigh) {
        *error = tr("趋于平衡 band: %1 to %2: expected a lower bound below the upper one.")
                     .arg(number(p.balanceLow), number(p.balanceHigh));
        return false;
    }
    if (!p.referenceCode.isEmpty() && (p.referenceCode == changed.code || !indicator(p.referenceCode))) {
        *error =
            tr("Reference indicator: %1: expected another indicator of the catalog, or none.").arg(p.referenceCode);
        return false;
    }
    const QString boundsProblem = ValueBounds::problem(changed);
    if (!boundsProblem.isEmpty()) {
        *error = boundsProblem;
        return false;
    }
    QHash<QString, int> unitIds;
    for (const ResponsibleUnit &u : units())
        unitIds.insert(u.name, u.id);
    for (const QString &u : changed.units) {
        if (!unitIds.contains(u)) {
            *error = tr("Responsible units: %1: expected a unit of the catalog.").arg(u);
            return false;
        }
        if (changed.units.count(u) > 1) {
            *error = tr("Responsible units: %1: listed twice.").arg(u);
            return false;
        }
    }
    const QStringList fields = changedFields(*before, changed);
    if (fields.isEmpty())
        return true; // nothing to store, nothing to audit

    const auto failed = [&](const QString &why) {
        *error = tr("Indicator %1 was not changed: %2").arg(changed.code, why);
        return false;
    };
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return failed(tx.errorString());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE indicators SET target_text = ?, attribute = ?, tolerance = ?,"
                             " clear_decrease_share = ?, balance_low = ?, balance_high = ?, reference_code = ?,"
                             " hard_low = ?, hard_high = ?, usual_low = ?, usual_high = ?, about_reading = ?,"
                             " swing_share = ?, jump_share = ?, jump_minimum = ?"
                             " WHERE id = ?"));
    q.addBindValue(changed.targetText);
    q.addBindValue(changed.isBinding() ? QStringLiteral("binding") : QStringLiteral("expected"));
    q.addBindValue(p.tolerance);
    q.addBindValue(p.clearDecreaseShare);
    q.addBindValue(p.balanceLow);
    q.addBindValue(p.balanceHigh);
    q.addBindValue(SqlValues::text(p.referenceCode));
    bindBounds(q, p);
    q.addBindValue(RuleParams::aboutReadingKey(p.aboutReading));
    q.addBindValue(p.swingShare);
    q.addBindValue(p.jumpShare);
    q.addBindValue(p.jumpMinimum);
    q.addBindValue(before->id);
    QString sqlError;
    if (!run(q, &sqlError))
        return failed(sqlError);
    q.prepare(QStringLiteral("DELETE FROM indicator_units WHERE indicator_id = ?"));
    q.addBindValue(before->id);
    if (!run(q, &sqlError))
        return failed(sqlError);
    q.prepare(QStringLiteral("INSERT INTO indicator_units (indicator_id, unit_id, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < changed.units.size(); ++i) {
        q.addBindValue(before->id);
        q.addBindValue(unitIds.value(changed.units.at(i)));
        q.addBindValue(i);
        if (!run(q, &sqlError))
            return failed(sqlError);
    }
    AuditEntry e;
    e.user = account->login;
    e.action = QStringLiteral("catalog");
    e.indicatorCode = changed.code;
    e.reason = fields.join(QStringLiteral("; "));
    if (!AuditRepository(m_db).append(e, before->id, 0, &sqlError))
        return failed(sqlError);
    if (!tx.commit())
        return failed(tx.errorString());
    return true;
}
