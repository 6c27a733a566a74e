#include "returnservice.h"

#include "assessmentservice.h"
#include "valueworkflow.h"

#include "changenotifier.h"
#include "exchange/numberparser.h"
#include "exchange/valuecsvstream.h"
#include "exchange/valueimport.h"
#include "exchange/valuerules.h"
#include "exchange/ziparchive.h"
#include "permissions.h"
#include "reportservice.h"
#include "storage/catalogrepository.h"
#include "storage/commentrepository.h"
#include "storage/judgementrepository.h"
#include "storage/valuerepository.h"
#include "storage/valueworkflowrepository.h"
#include "storage/writetransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

ReturnService::ReturnService(QSqlDatabase db, ChangeNotifier *notifier)
    : m_db(db)
    , m_notifier(notifier)
{
}

namespace {
// The codes of `records` in their order, each once; the one year they share or 0.
QStringList codesOf(const QVector<ValueRecord> &records, int *year)
{
    QStringList codes;
    *year = records.isEmpty() ? 0 : records.first().year;
    for (const ValueRecord &r : records) {
        if (!codes.contains(r.indicatorCode))
            codes.append(r.indicatorCode);
        if (r.year != *year)
            *year = 0;
    }
    return codes;
}
} // namespace

QVector<Indicator> ReturnService::indicatorsFor(const User &user) const
{
    QVector<Indicator> out;
    for (const Indicator &ind : CatalogRepository(m_db).indicators()) {
        if (ValueWorkflow::canView(user, ind))
            out.append(ind);
    }
    return out;
}

EntryCheck ReturnService::check(const Indicator &ind, int year, const EntryValidator::Input &input) const
{
    const ValueRepository values(m_db);
    return check(ind, year, input, values.seriesByIndicator(QString(), true),
                 values.referenceSeriesByIndicator(QString(), true), JudgementRepository(m_db).all());
}

EntryCheck ReturnService::check(const Indicator &ind, int year, const EntryValidator::Input &input,
                                const QHash<QString, QMap<int, double>> &seriesWithDrafts,
                                const QHash<QString, QMap<int, double>> &referenceValues,
                                const QHash<QString, QMap<int, Judgement>> &judgements, std::optional<Assessment> *live)
{
    if (live)
        live->reset();
    EntryCheck c = EntryValidator::read(ind, year, input);
    if (!c.value || c.hasErrors())
        return c;
    // Only this indicator and the one it may refer to take part: a small copy, not
    // every series, per keystroke.
    QMap<int, double> history = seriesWithDrafts.value(ind.code);
    history.remove(year);
    QHash<QString, QMap<int, double>> series;
    series.insert(ind.code, history);
    series[ind.code].insert(year, *c.value);
    if (!ind.params.referenceCode.isEmpty())
        series.insert(ind.params.referenceCode, seriesWithDrafts.value(ind.params.referenceCode));
    const IndicatorAssessment a = AssessmentService::assess({ind}, series, referenceValues, judgements, year).first();
    if (live)
        *live = a.assessment;
    EntryValidator::addWarnings(&c, ind, year, history, a.assessment);
    return c;
}

bool ReturnService::saveDraft(const User &user, const Indicator &ind, int year, const EntryValidator::Input &input,
                              const QString &source, QString *error, int startedFrom)
{
    if (!ValueWorkflow::mayAct(user, ValueWorkflow::Act::Save, ind)) {
        *error = tr("%1 is reported by %2; %3 cannot change it.")
                     .arg(ind.code, ind.leadUnit(), user.unit.isEmpty() ? user.login : user.unit);
        return false;
    }
    EntryValidator::Input checked = input;
    checked.source = source;
    const EntryCheck c = EntryValidator::read(ind, year, checked);
    if (c.hasErrors()) {
        *error = c.errors.join(QLatin1Char('\n'));
        return false;
    }
    if (!c.value) {
        // An emptied field with nothing else: the draft goes (audited).
        if (input.note.trimmed().isEmpty() && source.trimmed().isEmpty())
            return clearDraft(user, ind, year, error, startedFrom);
        *error = tr("Value: (empty): expected a number before the note or source can be kept.");
        return false;
    }
    ValueRecord r;
    r.indicatorCode = ind.code;
    r.year = year;
    r.value = *c.value;
    r.numerator = c.numerator;
    r.denominator = c.denominator;
    r.source = source.trimmed();
    r.note = input.note.trimmed();
    r.state = ValueState::Draft;
    if (!ValueWorkflowRepository(m_db).saveDraft(r, user.login, error, startedFrom))
        return false;
    if (m_notifier)
        emit m_notifier->valuesChanged({ind.code}, year);
    return true;
}

bool ReturnService::clearDraft(const User &user, const Indicator &ind, int year, QString *error, int startedFrom)
{
    if (!ValueWorkflow::mayAct(user, ValueWorkflow::Act::Save, ind)) {
        *error = tr("%1 is reported by %2; %3 cannot change it.")
                     .arg(ind.code, ind.leadUnit(), user.unit.isEmpty() ? user.login : user.unit);
        return false;
    }
    if (!ValueWorkflowRepository(m_db).removeDraft(ind.code, QString(), year, user.login, error, startedFrom))
        return false;
    if (m_notifier)
        emit m_notifier->valuesChanged({ind.code}, year);
    return true;
}

bool ReturnService::submit(const User &user, const QStringList &codes, int year, QString *error)
{
    const QVector<Indicator> all = CatalogRepository(m_db).indicators();
    const ValueRepository values(m_db);
    QStringList problems;
    QVector<StateChange> changes;
    for (const QString &code : codes) {
        const Indicator *ind = nullptr;
        for (const Indicator &i : all) {
            if (i.code == code)
                ind = &i;
        }
        if (!ind) {
            problems << tr("%1: there is no such indicator.").arg(code);
            continue;
        }
        if (!ValueWorkflow::mayAct(user, ValueWorkflow::Act::Submit, *ind)) {
            problems << tr("%1 is reported by %2; %3 cannot submit it.")
                            .arg(code, ind->leadUnit(), user.unit.isEmpty() ? user.login : user.unit);
            continue;
        }
        const std::optional<ValueRecord> v = values.value(code, QString(), year);
        if (!v || !ValueWorkflow::allowedFrom(ValueWorkflow::Act::Submit, v->state)) {
            problems
                << (v ? tr("%1 %2 is %3 and cannot be submitted.").arg(code).arg(year).arg(ValueStates::label(v->state))
                      : tr("%1 %2 has no value to submit.").arg(code).arg(year));
            continue;
        }
        EntryValidator::Input input;
        input.value = NumberParser::format(v->value, 6);
        input.numerator = v->numerator ? NumberParser::format(*v->numerator, 6) : QString();
        input.denominator = v->denominator ? NumberParser::format(*v->denominator, 6) : QString();
        input.note = v->note;
        input.source = v->source;
        const EntryCheck c = check(*ind, year, input);
        if (c.hasErrors())
            problems << QStringLiteral("%1: %2").arg(code, c.errors.join(QLatin1Char(' ')));
        else if (!c.warnings.isEmpty() && v->note.trimmed().isEmpty())
            problems << tr("%1: %2 The note (情况说明) must explain it before submission.")
                            .arg(code, c.warnings.join(QLatin1Char(' ')));
        StateChange ch;
        ch.code = code;
        ch.year = year;
        ch.from = {ValueState::Draft, ValueState::Returned};
        ch.to = ValueState::Submitted;
        ch.action = ValueWorkflow::actKey(ValueWorkflow::Act::Submit);
        changes.append(ch);
    }
    if (codes.isEmpty())
        problems << tr("Nothing was chosen to submit.");
    if (!problems.isEmpty()) {
        *error = tr("Nothing was submitted:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        return false;
    }
    if (!ValueWorkflowRepository(m_db).changeStates(changes, user.login, error))
        return false;
    if (m_notifier)
        emit m_notifier->valuesChanged(codes, year);
    return true;
}

bool ReturnService::importValues(const User &user, const QVector<ValueRecord> &records, bool addAreas, QString *error)
{
    if (!Permissions::check(user, Permissions::Act::ImportValues, error))
        return false;
    QHash<QString, Indicator> byCode;
    for (const Indicator &i : CatalogRepository(m_db).indicators())
        byCode.insert(i.code, i);
    // The gate every imported value passes, whoever built the records: the rules
    // the entry form and the file readers apply.
    QStringList problems;
    for (const ValueRecord &r : records) {
        const auto it = byCode.constFind(r.indicatorCode);
        if (it == byCode.constEnd()) {
            problems << tr("%1: there is no such indicator.").arg(r.indicatorCode);
        } else {
            for (const ValueRules::Problem &p : ValueRules::check(*it, r))
                problems << QStringLiteral("%1 %2: %3").arg(r.indicatorCode).arg(r.year).arg(ValueRules::describe(p));
        }
        if (problems.size() >= ValueImport::MaxProblems)
            break;
    }
    if (!problems.isEmpty()) {
        *error = tr("Nothing was imported:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        return false;
    }
    int year = 0;
    const QStringList codes = codesOf(records, &year);
    if (user.role == User::Role::Admin) {
        if (!ValueRepository(m_db).store(records, user.login, QStringLiteral("import"), addAreas, error))
            return false;
        if (m_notifier)
            emit m_notifier->valuesChanged(codes, year);
        return true;
    }
    QVector<ValueRecord> drafts;
    for (ValueRecord r : records) {
        const auto it = byCode.constFind(r.indicatorCode);
        if (!ValueWorkflow::mayAct(user, ValueWorkflow::Act::Save, *it)) {
            *error = tr("%1 is reported by %2; %3 cannot import it. Nothing was imported.")
                         .arg(r.indicatorCode, it->leadUnit(), user.unit);
            return false;
        }
        if (!r.area.isEmpty()) {
            *error = tr("%1: a unit's return is for the district; the area %2 is imported by the administrator.")
                         .arg(r.indicatorCode, r.area);
            return false;
        }
        r.state = ValueState::Draft;
        drafts.append(r);
    }
    if (!ValueWorkflowRepository(m_db).saveDrafts(drafts, user.login, error))
        return false;
    if (m_notifier)
        emit m_notifier->valuesChanged(codes, year);
    return true;
}

ReturnService::FileImport ReturnService::importFile(const User &user, const QString &path,
                                                    const ValueFileImport::Options &options)
{
    FileImport out;
    if (!Permissions::check(user, Permissions::Act::ImportValues, &out.error))
        return out;
    CatalogRepository catalog(m_db);
    QStringList areas;
    ValueFileImport::Options opts = options;
    for (const Area &a : catalog.areas()) {
        areas.append(a.name);
        if (a.isDefault)
            opts.values.defaultAreaName = a.name;
    }
    const QVector<Indicator> indicators = catalog.indicators();
    QFile file(path);
    const bool zip = file.open(QIODevice::ReadOnly) && ZipArchive::sniff(file.peek(8)) != ZipArchive::Kind::Other;
    file.close();
    if (user.role == User::Role::Admin && !zip) {
        ValueRepository::Writer writer(m_db, user.login, QStringLiteral("import"), opts.values.addAreas);
        bool begun = false;
        QSet<QString> codes;
        QSet<int> years;
        const ValueCsvStream::Outcome streamed =
            // Read and checked a batch or two ahead on another thread while this one
            // writes.
            ValueCsvStream(indicators, areas, opts)
                .runAhead(path, [&](const QVector<ValueRecord> &batch, QString *error) {
                    if (!begun && !writer.begin(error))
                        return false;
                    begun = true;
                    for (const ValueRecord &r : batch) {
                        codes.insert(r.indicatorCode);
                        years.insert(r.year);
                    }
                    return writer.write(batch, error);
                });
        if (streamed.exchangeLayout) {
            out.streamed = true;
            out.format = QStringLiteral("csv");
            out.encoding = streamed.encoding;
            out.problems = streamed.problems;
            if (!streamed.problems.isEmpty())
                return out; // the writer rolls back
            if (streamed.stored == 0) {
                out.problems.append(tr("%1: the file holds no values").arg(QFileInfo(path).fileName()));
                return out;
            }
            if (!writer.commit(&out.error))
                return out;
            out.ok = true;
            out.count = streamed.stored;
            if (m_notifier) {
                QStringList list(codes.begin(), codes.end());
                list.sort();
                emit m_notifier->valuesChanged(list, years.size() == 1 ? *years.begin() : 0);
            }
            return out;
        }
    }
    const ValueFileImport::Preview preview = ValueFileImport(indicators, areas, opts).preview(path);
    out.format = preview.format;
    out.encoding = preview.encoding;
    if (!preview.ok()) {
        out.problems = preview.problems;
        if (out.problems.isEmpty())
            out.problems.append(tr("%1: the file holds no values").arg(QFileInfo(path).fileName()));
        return out;
    }
    ValueFileImport::Preview checked = preview;
    ReportService(m_db).checkSheet(&checked);
    if (!checked.ok()) {
        out.problems = checked.problems;
        return out;
    }
    if (!importReturn(user, checked, opts.values.addAreas, &out.error, &out.report))
        return out;
    out.ok = true;
    out.count = checked.records.size();
    out.reportUnit = checked.templateUnit;
    out.reportYear = checked.templateYear;
    return out;
}

bool ReturnService::importReturn(const User &user, const ValueFileImport::Preview &preview, bool addAreas,
                                 QString *error, ReportSheet::Outcome *reportOutcome)
{
    if (!Permissions::check(user, Permissions::Act::ImportValues, error))
        return false;
    if (!preview.ok()) {
        *error = preview.problems.isEmpty()
            ? tr("%1: the file holds no values").arg(preview.fileName)
            : tr("Nothing was imported:") + QLatin1Char('\n') + preview.problems.join(QLatin1Char('\n'));
        return false;
    }
    // One transaction over both: the repositories' own transactions are savepoints
    // inside it, and the services inside announce nothing (no notifier) until it
    // has committed.
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    ReportService reports(m_db);
    ReportSheet::Outcome outcome = ReportSheet::Outcome::Absent;
    UnitReport report;
    // Checked again inside the transaction: the report may have moved since the preview.
    const QStringList problems = reports.checkSheet(preview, &outcome, &report);
    if (!problems.isEmpty()) {
        *error = tr("Nothing was imported:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        return false;
    }
    if (!ReturnService(m_db).importValues(user, preview.records, addAreas, error))
        return false;
    if (outcome == ReportSheet::Outcome::Save && !reports.saveImported(user, report, error)) {
        *error = tr("Nothing was imported: %1").arg(*error);
        return false;
    }
    if (!tx.commit()) {
        *error = tr("Nothing was imported: %1").arg(tx.errorString());
        return false;
    }
    if (reportOutcome)
        *reportOutcome = outcome;
    if (m_notifier) {
        int year = 0;
        const QStringList codes = codesOf(preview.records, &year);
        emit m_notifier->valuesChanged(codes, year);
        if (outcome == ReportSheet::Outcome::Save)
            emit m_notifier->reportsChanged(report.unit, report.year);
    }
    return true;
}

bool ReturnService::addComment(const User &user, const Indicator &ind, int year, const QString &text, QString *error)
{
    if (!ValueWorkflow::canComment(user, ind)) {
        *error = tr("%1 is not a responsible unit of %2 and cannot comment on it.")
                     .arg(user.unit.isEmpty() ? user.login : user.unit, ind.code);
        return false;
    }
    const QString body = text.trimmed();
    if (body.isEmpty() || body.size() > 2000) {
        *error = tr("Comment: expected 1 to 2000 characters.");
        return false;
    }
    Comment c;
    c.indicatorCode = ind.code;
    c.year = year;
    c.unit = user.unit;
    c.user = user.login;
    c.body = body;
    if (!CommentRepository(m_db).add(c, error))
        return false;
    if (m_notifier)
        emit m_notifier->commentsChanged(ind.code, year);
    return true;
}
