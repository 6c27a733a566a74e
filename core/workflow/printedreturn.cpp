#include "printedreturn.h"

#include "permissions.h"
#include "reportservice.h"

#include "model/clock.h"
#include "storage/catalogrepository.h"
#include "storage/settingsrepository.h"
#include "storage/valuerepository.h"

QString PrintedReturn::Row::stateText() const
{
    return value ? ValueStates::label(value->state) : PrintedReturn::tr("Not filled");
}

PrintedReturn::Counts PrintedReturn::counts() const
{
    Counts c;
    for (const Row &r : rows) {
        if (!r.value) {
            ++c.missing;
            continue;
        }
        switch (r.value->state) {
        case ValueState::Draft:
            ++c.draft;
            break;
        case ValueState::Returned:
            ++c.returned;
            break;
        case ValueState::Submitted:
            ++c.submitted;
            break;
        case ValueState::Approved:
            ++c.approved;
            break;
        }
    }
    return c;
}

QStringList PrintedReturn::leadingUnits(QSqlDatabase db)
{
    CatalogRepository catalog(db);
    const QVector<Indicator> all = catalog.indicators();
    QStringList leads;
    for (const ResponsibleUnit &u : catalog.units()) {
        for (const Indicator &ind : all) {
            if (ind.leadUnit() == u.name) {
                leads.append(u.name);
                break;
            }
        }
    }
    return leads;
}

bool PrintedReturn::mayPrint(const User &user, const QString &unit)
{
    if (Permissions::may(user, Permissions::Act::Review))
        return true;
    return Permissions::may(user, Permissions::Act::EnterReturn) && !user.unit.isEmpty() && user.unit == unit;
}

std::optional<PrintedReturn> PrintedReturn::build(QSqlDatabase db, const User &user, const QString &unit, int year,
                                                  QString *error)
{
    const QStringList leads = leadingUnits(db);
    if (!leads.contains(unit)) {
        *error = tr("%1 is not a unit that leads an indicator; the units are: %2")
                     .arg(unit.isEmpty() ? tr("(no unit)") : unit, leads.join(QStringLiteral("、")));
        return std::nullopt;
    }
    CatalogRepository catalog(db);
    const QVector<int> years = catalog.reportingYears();
    if (!years.contains(year)) {
        *error = tr("%1 is not a reporting year; the years are %2 to %3")
                     .arg(year)
                     .arg(years.value(0))
                     .arg(years.isEmpty() ? 0 : years.last());
        return std::nullopt;
    }
    if (!mayPrint(user, unit)) {
        if (user.disabled)
            *error = tr("The account %1 is disabled.").arg(user.login);
        else
            *error = tr("%1 is the liaison of %2 and may print only that unit's return, not the return of %3.")
                         .arg(user.login, user.unit.isEmpty() ? tr("(no unit)") : user.unit, unit);
        return std::nullopt;
    }
    std::optional<UnitReport> report = ReportService(db).report(user, unit, year, error);
    if (!report)
        return std::nullopt;

    PrintedReturn out;
    out.unit = unit;
    out.year = year;
    out.demo = SettingsRepository(db).isDemo();
    out.printed = Clock::today();
    out.report = *report;
    for (int y = year - kPreviousYears; y < year; ++y)
        out.previousYears.append(y);
    ValueRepository values(db);
    for (const Indicator &ind : catalog.indicators()) {
        if (ind.leadUnit() != unit)
            continue;
        Row row;
        row.indicator = ind;
        for (const ValueRecord &r : values.valuesOf(ind.code)) {
            if (r.year == year)
                row.value = r;
            else if (out.previousYears.contains(r.year))
                row.previous.insert(r.year, r);
        }
        out.rows.append(row);
    }
    return out;
}

QString PrintedReturn::filledByLabel()
{
    return tr("Filled in by");
}

QString PrintedReturn::phoneLabel()
{
    return tr("Telephone");
}

QString PrintedReturn::checkedByLabel()
{
    return tr("Checked by");
}

QString PrintedReturn::headSignatureLabel()
{
    return tr("Head of the unit (signature)");
}

QString PrintedReturn::dateLabel()
{
    return tr("Date filled in");
}

QString PrintedReturn::stampLabel()
{
    return tr("(Seal of the unit)");
}

QStringList PrintedReturn::signatureLabels()
{
    return {filledByLabel(), phoneLabel(), checkedByLabel(), headSignatureLabel(), dateLabel(), stampLabel()};
}
