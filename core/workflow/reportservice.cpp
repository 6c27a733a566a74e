#include "reportservice.h"

#include "changenotifier.h"
#include "exchange/returntemplate.h"
#include "permissions.h"
#include "storage/catalogrepository.h"
#include "storage/reportrepository.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>

ReportService::ReportService(QSqlDatabase db, ChangeNotifier *notifier)
    : m_db(db)
    , m_notifier(notifier)
{
}

QString ReportService::problemsLabel()
{
    return tr("Problems");
}

QString ReportService::nextYearPlanLabel()
{
    return tr("Work plan for next year");
}

QString ReportService::progressLabel(const QString &category)
{
    return tr("Progress: %1").arg(category);
}

bool ReportService::mayReview(const User &user) const
{
    return Permissions::may(user, Permissions::Act::Review);
}

bool ReportService::mayEdit(const User &user, const QString &unit) const
{
    return Permissions::may(user, Permissions::Act::EnterReturn) && !user.unit.isEmpty() && user.unit == unit;
}

bool ReportService::mayImport(const User &user, const QString &unit) const
{
    if (user.role == User::Role::Admin)
        return Permissions::may(user, Permissions::Act::ImportValues);
    return mayEdit(user, unit);
}

bool ReportService::mayRead(const User &user, const QString &unit) const
{
    if (user.disabled)
        return false;
    if (mayReview(user))
        return true;
    if (user.role != User::Role::Liaison || user.unit.isEmpty())
        return false;
    return user.unit == unit || ReportRepository(m_db).cooperatesWith(user.unit, unit);
}

QStringList ReportService::readableUnits(const User &user) const
{
    QStringList out;
    const QVector<ResponsibleUnit> units = CatalogRepository(m_db).units();
    if (mayReview(user)) {
        for (const ResponsibleUnit &u : units) {
            if (u.kind == ResponsibleUnit::Kind::Member)
                out.append(u.name);
        }
        return out;
    }
    if (!mayRead(user, user.unit))
        return out;
    out.append(user.unit);
    const ReportRepository repo(m_db);
    for (const ResponsibleUnit &u : units) {
        if (u.name != user.unit && repo.cooperatesWith(user.unit, u.name))
            out.append(u.name);
    }
    return out;
}

bool ReportService::mayEditOrRefuse(const User &user, const QString &unit, QString *error) const
{
    if (mayEdit(user, unit))
        return true;
    if (user.disabled)
        *error = tr("The account %1 is disabled.").arg(user.login);
    else if (user.role != User::Role::Liaison)
        *error = tr("The annual report of %1 is written by its own liaison.").arg(unit);
    else
        *error = tr("%1 is the liaison of %2 and cannot change the report of %3.")
                     .arg(user.login, user.unit.isEmpty() ? tr("no unit") : user.unit, unit);
    return false;
}

void ReportService::announce(const QString &unit, int year)
{
    if (m_notifier)
        emit m_notifier->reportsChanged(unit, year);
}

std::optional<UnitReport> ReportService::report(const User &user, const QString &unit, int year, QString *error) const
{
    if (!mayRead(user, unit)) {
        *error = tr("%1 may not read the report of %2.").arg(user.login, unit);
        return std::nullopt;
    }
    return ReportRepository(m_db).read(unit, year, error);
}

bool ReportService::checkSection(const QString &section, const QString &text, QString *error)
{
    if (text.size() > kMaxSectionLength) {
        *error = tr("%1 has %2 characters; a section holds at most %3.")
                     .arg(section)
                     .arg(text.size())
                     .arg(kMaxSectionLength);
        return false;
    }
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            continue;
        if (c.category() == QChar::Other_Control) {
            const int line = static_cast<int>(text.left(i).count(QLatin1Char('\n'))) + 1;
            const QString code = QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
            *error = tr("%1 contains the control character U+%2 in line %3; only line breaks and tabs are allowed.")
                         .arg(section, code)
                         .arg(line);
            return false;
        }
    }
    return true;
}

bool ReportService::checkText(const UnitReport &report, QString *error)
{
    for (const QString &category : report.categories) {
        if (!checkSection(progressLabel(category), report.progress.value(category), error))
            return false;
    }
    for (auto it = report.progress.cbegin(); it != report.progress.cend(); ++it) {
        if (!report.categories.contains(it.key()) && !checkSection(progressLabel(it.key()), it.value(), error))
            return false;
    }
    return checkSection(problemsLabel(), report.problems, error)
        && checkSection(nextYearPlanLabel(), report.nextYearPlan, error);
}

bool ReportService::checkAttachmentSize(const QString &fileName, qint64 size, QString *error)
{
    if (size <= kMaxAttachmentSize)
        return true;
    *error = tr("%1 is %2 MB; an attachment may be at most %3 MB.")
                 .arg(QFileInfo(fileName).fileName(), QLocale().toString(double(size) / (1024 * 1024), 'f', 1))
                 .arg(kMaxAttachmentSize / (1024 * 1024));
    return false;
}

bool ReportService::checkAttachment(const QString &fileName, const QByteArray &content, QString *mediaType,
                                    QString *error)
{
    const QString name = QFileInfo(fileName).fileName();
    if (name.trimmed().isEmpty()) {
        *error = tr("An attachment needs a file name.");
        return false;
    }
    if (!checkAttachmentSize(name, content.size(), error))
        return false;
    if (content.isEmpty()) {
        *error = tr("%1 is empty.").arg(name);
        return false;
    }
    const QString suffix = QFileInfo(name).suffix().toLower();
    QByteArray magic;
    QString kind;
    if (suffix == QLatin1String("pdf")) {
        *mediaType = QStringLiteral("application/pdf");
        magic = QByteArrayLiteral("%PDF");
        kind = QStringLiteral("PDF");
    } else if (suffix == QLatin1String("docx")) {
        *mediaType = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        magic = QByteArrayLiteral("PK\x03\x04");
        kind = QStringLiteral("DOCX");
    } else if (suffix == QLatin1String("png")) {
        *mediaType = QStringLiteral("image/png");
        magic = QByteArrayLiteral("\x89PNG");
        kind = QStringLiteral("PNG");
    } else if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) {
        *mediaType = QStringLiteral("image/jpeg");
        magic = QByteArrayLiteral("\xFF\xD8\xFF");
        kind = QStringLiteral("JPEG");
    } else {
        *error = tr("%1 is not a file type the report takes; attach a PDF, DOCX, PNG or JPEG file.").arg(name);
        return false;
    }
    const bool matches = content.startsWith(magic) && (kind != QLatin1String("DOCX") || content.contains("word/"));
    if (!matches) {
        *error = tr("The content of %1 is not a %2 file, as its extension says.").arg(name, kind);
        return false;
    }
    return true;
}

bool ReportService::saveDraft(const User &user, const UnitReport &report, QString *error, int *newVersion)
{
    if (!mayEditOrRefuse(user, report.unit, error) || !checkText(report, error))
        return false;
    if (!ReportRepository(m_db).saveDraft(report, user.login, error, newVersion))
        return false;
    announce(report.unit, report.year);
    return true;
}

QStringList ReportService::checkSheet(const ValueFileImport::Preview &preview, ReportSheet::Outcome *outcome,
                                      UnitReport *toSave) const
{
    const ReportSheet::Reading &sheet = preview.report;
    *outcome = sheet.outcome;
    if (!sheet.present || !sheet.problems.isEmpty() || sheet.isBlank()) {
        if (sheet.present && sheet.problems.isEmpty())
            *outcome = ReportSheet::Outcome::Blank;
        return {};
    }
    const QString where = tr("%1: sheet %2").arg(sheet.fileName, ReportSheet::sheetName());
    if (preview.templateUnit.isEmpty())
        return {tr("%1: the report belongs to the unit named beside %2 on the sheet of values, and that cell is "
                   "empty; enter the unit's name there")
                    .arg(where, ReturnTemplate::unitLabel())};
    QString error;
    const std::optional<UnitReport> current = ReportRepository(m_db).read(preview.templateUnit, preview.templateYear,
                                                                          &error);
    if (!current)
        return {tr("%1: %2").arg(where, error)};
    QStringList problems;
    QStringList labels;
    for (const QString &category : current->categories)
        labels.append(ReportSheet::progressLabel(category));
    labels << ReportSheet::problemsLabel() << ReportSheet::nextYearPlanLabel();
    for (const ReportSheet::Section &section : sheet.sections) {
        if (section.kind == ReportSheet::Section::Kind::Progress && !current->categories.contains(section.category)) {
            problems.append(
                tr("%1: %2 serves no indicator of %3; the sections of its report are %4")
                    .arg(section.where, preview.templateUnit, section.category, labels.join(QStringLiteral("、"))));
            continue;
        }
        if (!checkSection(section.where, section.text, &error))
            problems.append(error);
    }
    if (!problems.isEmpty())
        return problems;
    if (sheet.matches(*current)) {
        *outcome = ReportSheet::Outcome::Unchanged;
        return {};
    }
    if (current->isStored() && current->state != ValueState::Draft && current->state != ValueState::Returned)
        return {tr("%1: the annual report of %2 for %3 is %4, and an import does not change it; leave the sheet as "
                   "the template had it (or empty), or ask the office to return the report first")
                    .arg(where, preview.templateUnit)
                    .arg(preview.templateYear)
                    .arg(ValueStates::label(current->state))};
    *toSave = sheet.applyTo(*current);
    *outcome = ReportSheet::Outcome::Save;
    return {};
}

void ReportService::checkSheet(ValueFileImport::Preview *preview) const
{
    UnitReport unused;
    ReportSheet::Outcome outcome = preview->report.outcome;
    const QStringList problems = checkSheet(*preview, &outcome, &unused);
    preview->report.outcome = outcome;
    if (problems.isEmpty())
        return;
    preview->problems.append(problems);
    preview->records.clear();
}

bool ReportService::saveImported(const User &user, const UnitReport &report, QString *error)
{
    if (!mayImport(user, report.unit)) {
        if (!mayEditOrRefuse(user, report.unit, error))
            return false;
    }
    if (!checkText(report, error))
        return false;
    if (!ReportRepository(m_db).saveDraft(report, user.login, error))
        return false;
    announce(report.unit, report.year);
    return true;
}

bool ReportService::submit(const User &user, const QString &unit, int year, int expectedVersion, QString *error)
{
    if (!mayEditOrRefuse(user, unit, error))
        return false;
    ReportRepository repo(m_db);
    const std::optional<UnitReport> current = repo.read(unit, year, error);
    if (!current)
        return false;
    if (!current->isStored() || current->isBlank()) {
        *error = tr("The report of %1 for %2 is empty; write its sections before submitting it.").arg(unit).arg(year);
        return false;
    }
    if (!repo.changeState(unit, year, expectedVersion, {ValueState::Draft, ValueState::Returned}, ValueState::Submitted,
                          QStringLiteral("report_submit"), QString(), user.login, error))
        return false;
    announce(unit, year);
    return true;
}

bool ReportService::returnReport(const User &user, const QString &unit, int year, int expectedVersion,
                                 const QString &reason, QString *error)
{
    if (!Permissions::check(user, Permissions::Act::Review, error))
        return false;
    if (reason.trimmed().isEmpty()) {
        *error = tr("Returning the report of %1 for %2 needs a reason for the unit.").arg(unit).arg(year);
        return false;
    }
    if (!checkSection(tr("The reason"), reason, error))
        return false;
    if (!ReportRepository(m_db).changeState(unit, year, expectedVersion, {ValueState::Submitted}, ValueState::Returned,
                                            QStringLiteral("report_return"), reason.trimmed(), user.login, error))
        return false;
    announce(unit, year);
    return true;
}

bool ReportService::approve(const User &user, const QString &unit, int year, int expectedVersion, QString *error)
{
    if (!Permissions::check(user, Permissions::Act::Review, error))
        return false;
    if (!ReportRepository(m_db).changeState(unit, year, expectedVersion, {ValueState::Submitted}, ValueState::Approved,
                                            QStringLiteral("report_approve"), QString(), user.login, error))
        return false;
    announce(unit, year);
    return true;
}

QVector<ReportAttachment> ReportService::attachments(const User &user, const QString &unit, int year) const
{
    if (!mayRead(user, unit))
        return {};
    return ReportRepository(m_db).attachments(unit, year);
}

bool ReportService::addAttachment(const User &user, const QString &unit, int year, const QString &fileName,
                                  const QByteArray &content, QString *error, qint64 *id)
{
    if (!mayEditOrRefuse(user, unit, error))
        return false;
    ReportAttachment meta;
    if (!checkAttachment(fileName, content, &meta.mediaType, error))
        return false;
    meta.fileName = QFileInfo(fileName).fileName();
    meta.size = content.size();
    meta.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (!ReportRepository(m_db).addAttachment(unit, year, meta, content, user.login, error, id))
        return false;
    announce(unit, year);
    return true;
}

bool ReportService::attachmentContent(const User &user, qint64 id, QByteArray *content, QString *error) const
{
    const ReportRepository repo(m_db);
    QString unit;
    const std::optional<ReportAttachment> a = repo.attachment(id, &unit);
    if (!a) {
        *error = tr("There is no attachment %1.").arg(id);
        return false;
    }
    if (!mayRead(user, unit)) {
        *error = tr("%1 may not read the report of %2.").arg(user.login, unit);
        return false;
    }
    if (!repo.attachmentContent(id, content, error))
        return false;
    const QString sum = QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex());
    if (sum != a->sha256) {
        *error = tr("The stored content of %1 does not match its checksum.").arg(a->fileName);
        content->clear();
        return false;
    }
    return true;
}

bool ReportService::removeAttachment(const User &user, qint64 id, QString *error)
{
    ReportRepository repo(m_db);
    QString unit;
    int year = 0;
    if (!repo.attachment(id, &unit, &year)) {
        *error = tr("There is no attachment %1.").arg(id);
        return false;
    }
    if (!mayEditOrRefuse(user, unit, error) || !repo.removeAttachment(id, user.login, error))
        return false;
    announce(unit, year);
    return true;
}
