#include "todoservice.h"

#include "assessmentservice.h"
#include "permissions.h"

#include "model/clock.h"
#include "model/responsibleunit.h"
#include "model/unitreport.h"
#include "model/valuerecord.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/deadlinerepository.h"
#include "storage/reportrepository.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "target/targetrule.h"

#include <QHash>

#include <algorithm>

namespace {
QString dateText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().date().toString(Qt::ISODate) : QString();
}

bool earlier(const TodoItem &a, const TodoItem &b)
{
    // Items without a time go after those with one; then by code or unit.
    if (a.at.isValid() != b.at.isValid())
        return a.at.isValid();
    if (a.at != b.at)
        return a.at < b.at;
    return a.code != b.code ? a.code < b.code : a.unit < b.unit;
}
} // namespace

QString TodoItem::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Deadline:
        return TodoService::tr("Due date");
    case Kind::ReturnedValue:
        return TodoService::tr("Value returned");
    case Kind::ReturnedReport:
        return TodoService::tr("Report returned");
    case Kind::NotFilled:
        return TodoService::tr("No value yet");
    case Kind::DraftNotSubmitted:
        return TodoService::tr("Draft not submitted");
    case Kind::ReportNotSubmitted:
        return TodoService::tr("Report not submitted");
    case Kind::ValuesToReview:
        return TodoService::tr("Values to review");
    case Kind::ReportToReview:
        return TodoService::tr("Report to review");
    case Kind::VerdictToRecord:
        return TodoService::tr("Verdict to record");
    }
    return QString();
}

TodoService::TodoService(QSqlDatabase db)
    : m_db(db)
{
}

QVector<TodoItem> TodoService::items(const User &user, int year) const
{
    if (Permissions::may(user, Permissions::Act::EnterReturn))
        return liaisonItems(user, year);
    if (Permissions::may(user, Permissions::Act::Review))
        return reviewerItems(year);
    return {};
}

QString TodoService::nameOf(const QString &login) const
{
    if (login.isEmpty())
        return QString();
    const std::optional<User> u = UserRepository(m_db).user(login);
    return u && !u->displayName.isEmpty() ? u->displayName : login;
}

QString TodoService::daysText(int daysLeft)
{
    if (daysLeft > 0)
        return tr("%n day(s) left", nullptr, daysLeft);
    if (daysLeft == 0)
        return tr("due today");
    return tr("%n day(s) late", nullptr, -daysLeft);
}

QVector<TodoItem> TodoService::liaisonItems(const User &user, int year) const
{
    QVector<TodoItem> returned, drafts, unfilled;
    QVector<Indicator> leads;
    for (const Indicator &ind : CatalogRepository(m_db).indicators()) {
        if (ind.leadUnit() == user.unit)
            leads.append(ind);
    }
    QHash<QString, ValueRecord> values;
    for (const ValueRecord &v : ValueRepository(m_db).areaValues(QString(), year))
        values.insert(v.indicatorCode, v);

    const AuditRepository audit(m_db);
    for (const Indicator &ind : leads) {
        TodoItem item;
        item.year = year;
        item.code = ind.code;
        item.unit = user.unit;
        item.opens = TodoItem::Opens::ReturnPage;
        const auto found = values.constFind(ind.code);
        if (found == values.cend()) {
            item.kind = TodoItem::Kind::NotFilled;
            item.text = tr("%1 %2: no value for %3 yet").arg(ind.code, ind.name).arg(year);
            unfilled.append(item);
            continue;
        }
        const ValueRecord &v = *found;
        const bool sentBack = v.state == ValueState::Returned
            || (v.state == ValueState::Draft && !v.reviewNote.isEmpty());
        if (sentBack) {
            item.kind = TodoItem::Kind::ReturnedValue;
            item.reason = v.reviewNote;
            if (v.state == ValueState::Returned) {
                item.who = nameOf(v.updatedBy);
                item.at = v.updatedAt.toUTC();
            } else {
                // Saved again since: the audit log still says who sent it back.
                for (const AuditEntry &e : audit.history(ind.code, 200)) {
                    if (e.year == year
                        && (e.action == QLatin1String("return") || e.action == QLatin1String("reopen"))) {
                        item.who = nameOf(e.user);
                        item.at = e.at.toUTC();
                        break;
                    }
                }
            }
            item.text = item.who.isEmpty() ? tr("%1 %2 returned: %3").arg(ind.code, ind.name, item.reason)
                                           : tr("%1 %2 returned by %3 on %4: %5")
                                                 .arg(ind.code, ind.name, item.who, dateText(item.at), item.reason);
            returned.append(item);
        } else if (v.state == ValueState::Draft) {
            item.kind = TodoItem::Kind::DraftNotSubmitted;
            item.at = v.updatedAt.toUTC();
            item.text = tr("%1 %2: saved as a draft, not submitted").arg(ind.code, ind.name);
            drafts.append(item);
        }
    }
    std::stable_sort(returned.begin(), returned.end(), earlier);

    QVector<TodoItem> report;
    QString error;
    if (const std::optional<UnitReport> r = ReportRepository(m_db).read(user.unit, year, &error)) {
        TodoItem item;
        item.year = year;
        item.unit = user.unit;
        item.opens = TodoItem::Opens::ReportPage;
        const bool sentBack = r->state == ValueState::Returned
            || (r->state == ValueState::Draft && !r->reviewNote.isEmpty());
        if (sentBack) {
            item.kind = TodoItem::Kind::ReturnedReport;
            item.reason = r->reviewNote;
            if (r->state == ValueState::Returned) {
                item.who = nameOf(r->updatedBy);
                item.at = r->updatedAt.toUTC();
            }
            item.text = item.who.isEmpty() ? tr("The annual report %1 was returned: %2").arg(year).arg(item.reason)
                                           : tr("The annual report %1 was returned by %2 on %3: %4")
                                                 .arg(year)
                                                 .arg(item.who, dateText(item.at), item.reason);
            report.append(item);
        } else if (r->state == ValueState::Draft) {
            item.kind = TodoItem::Kind::ReportNotSubmitted;
            item.at = r->updatedAt.toUTC();
            item.text = r->isStored() ? tr("The annual report %1 is a draft, not submitted").arg(year)
                                      : tr("The annual report %1 is not written yet").arg(year);
            report.append(item);
        }
    }

    QVector<TodoItem> out;
    if (returned.isEmpty() && report.isEmpty() && drafts.isEmpty() && unfilled.isEmpty())
        return out;
    const DeadlineRepository deadlines(m_db);
    TodoItem due;
    due.kind = TodoItem::Kind::Deadline;
    due.year = year;
    due.unit = user.unit;
    due.opens = TodoItem::Opens::ReturnPage;
    due.due = deadlines.dueDate(year);
    QHash<QString, QString> reasons;
    const QHash<QString, QDate> extensions = deadlines.extensions(year, &reasons);
    if (extensions.contains(user.unit)) {
        due.due = extensions.value(user.unit);
        due.extended = true;
        due.reason = reasons.value(user.unit);
    }
    due.daysLeft = int(Clock::today().daysTo(due.due));
    const int owed = int(returned.size() + drafts.size() + unfilled.size());
    const QString what = owed > 0 ? tr("%n value(s) still to submit", nullptr, owed)
                                  : tr("the annual report still to submit");
    due.text = due.extended ? tr("Due %1 (extended: %2): %3, %4")
                                  .arg(due.due.toString(Qt::ISODate), due.reason, daysText(due.daysLeft), what)
                            : tr("Due %1: %2, %3").arg(due.due.toString(Qt::ISODate), daysText(due.daysLeft), what);
    out.append(due);
    out += returned;
    out += report;
    out += drafts;
    out += unfilled;
    return out;
}

QVector<TodoItem> TodoService::reviewerItems(int year) const
{
    QVector<TodoItem> out;
    const QVector<Indicator> indicators = CatalogRepository(m_db).indicators();
    QHash<QString, QString> leadOf;
    for (const Indicator &ind : indicators)
        leadOf.insert(ind.code, ind.leadUnit());

    // Submitted values, one item per lead unit, the longest waiting first.
    QVector<ValueRecord> submitted;
    for (const ValueRecord &v : ValueRepository(m_db).areaValues(QString(), year)) {
        if (v.state == ValueState::Submitted)
            submitted.append(v);
    }
    std::stable_sort(submitted.begin(), submitted.end(), [](const ValueRecord &a, const ValueRecord &b) {
        return a.updatedAt != b.updatedAt ? a.updatedAt < b.updatedAt : a.indicatorCode < b.indicatorCode;
    });
    QVector<TodoItem> units;
    QHash<QString, int> unitRow;
    for (const ValueRecord &v : submitted) {
        const QString unit = leadOf.value(v.indicatorCode);
        auto it = unitRow.constFind(unit);
        if (it == unitRow.cend()) {
            TodoItem item;
            item.kind = TodoItem::Kind::ValuesToReview;
            item.opens = TodoItem::Opens::ReviewPage;
            item.year = year;
            item.unit = unit;
            item.at = v.updatedAt.toUTC();
            item.who = nameOf(v.updatedBy);
            it = unitRow.insert(unit, int(units.size()));
            units.append(item);
        }
        units[*it].codes.append(v.indicatorCode);
    }
    for (TodoItem &item : units) {
        item.code = item.codes.value(0);
        item.text = tr("%1: %n value(s) waiting for review since %2 (%3)", nullptr, int(item.codes.size()))
                        .arg(item.unit, dateText(item.at), item.codes.join(QStringLiteral(", ")));
    }
    out += units;

    // Submitted annual reports, oldest first.
    QVector<TodoItem> reports;
    const ReportRepository reportRepo(m_db);
    for (const ResponsibleUnit &u : CatalogRepository(m_db).units()) {
        if (u.kind != ResponsibleUnit::Kind::Member)
            continue;
        QString error;
        const std::optional<UnitReport> r = reportRepo.read(u.name, year, &error);
        if (!r || r->state != ValueState::Submitted)
            continue;
        TodoItem item;
        item.kind = TodoItem::Kind::ReportToReview;
        item.opens = TodoItem::Opens::ReportPage;
        item.year = year;
        item.unit = u.name;
        item.at = r->submittedAt.toUTC();
        item.who = nameOf(r->updatedBy);
        item.text = tr("%1: the annual report %2 submitted on %3, waiting for review")
                        .arg(u.name)
                        .arg(year)
                        .arg(dateText(item.at));
        reports.append(item);
    }
    std::stable_sort(reports.begin(), reports.end(), earlier);
    out += reports;

    // Judged targets with a value of the year (submitted or approved) and no verdict.
    QHash<QString, ValueRecord> values;
    for (const ValueRecord &v : ValueRepository(m_db).areaValues(QString(), year))
        values.insert(v.indicatorCode, v);
    QVector<TodoItem> verdicts;
    for (const IndicatorAssessment &a : AssessmentService(m_db).assessAll(year)) {
        const bool judged = a.rule.family == TargetRule::Family::Judgement
            || a.rule.family == TargetRule::Family::Unparsed;
        if (!judged || a.assessment.status != Assessment::Status::NeedsJudgement || !a.series.contains(year))
            continue;
        TodoItem item;
        item.kind = TodoItem::Kind::VerdictToRecord;
        item.opens = TodoItem::Opens::ReviewPage;
        item.year = year;
        item.code = a.indicator.code;
        item.unit = a.indicator.leadUnit();
        item.at = values.value(a.indicator.code).updatedAt.toUTC();
        item.text = tr("%1 %2: a value for %3 and no verdict yet (target: %4)")
                        .arg(a.indicator.code, a.indicator.name)
                        .arg(year)
                        .arg(a.indicator.targetText);
        verdicts.append(item);
    }
    std::stable_sort(verdicts.begin(), verdicts.end(), earlier);
    out += verdicts;
    return out;
}

const TodoItem *TodoService::deadline(const QVector<TodoItem> &items)
{
    for (const TodoItem &item : items) {
        if (item.kind == TodoItem::Kind::Deadline)
            return &item;
    }
    return nullptr;
}

QString TodoService::summary(const QVector<TodoItem> &items)
{
    QHash<TodoItem::Kind, int> count;
    int toReview = 0;
    for (const TodoItem &item : items) {
        ++count[item.kind];
        if (item.kind == TodoItem::Kind::ValuesToReview)
            toReview += int(item.codes.size());
    }
    QStringList parts;
    using K = TodoItem::Kind;
    if (count.value(K::ReturnedValue))
        parts << tr("%n value(s) returned", nullptr, count.value(K::ReturnedValue));
    if (count.value(K::ReturnedReport))
        parts << tr("the annual report returned");
    if (count.value(K::DraftNotSubmitted))
        parts << tr("%n draft(s) not submitted", nullptr, count.value(K::DraftNotSubmitted));
    if (count.value(K::NotFilled))
        parts << tr("%n indicator(s) without a value", nullptr, count.value(K::NotFilled));
    if (count.value(K::ReportNotSubmitted))
        parts << tr("the annual report not submitted");
    if (toReview)
        parts << tr("%n value(s) of %1 unit(s) to review", nullptr, toReview).arg(count.value(K::ValuesToReview));
    if (count.value(K::ReportToReview))
        parts << tr("%n annual report(s) to review", nullptr, count.value(K::ReportToReview));
    if (count.value(K::VerdictToRecord))
        parts << tr("%n verdict(s) to record", nullptr, count.value(K::VerdictToRecord));
    QString text = parts.join(tr(", "));
    if (const TodoItem *due = deadline(items))
        text = tr("%1; due %2, %3").arg(text, due->due.toString(Qt::ISODate), daysText(due->daysLeft));
    return text;
}
