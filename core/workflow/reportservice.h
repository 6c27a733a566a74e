#pragma once

#include "exchange/valuefileimport.h"
#include "model/unitreport.h"
#include "model/user.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

class ChangeNotifier;

// The rules of a unit's annual report (年度规划落实情况报告), checked here in core
// whatever path the call takes:
//
//   a liaison saves, submits and attaches files to their own unit's report only,
//     while it is a draft or returned;
//   a reviewer (or the administrator) returns a submitted report with a reason, or
//     approves it;
//   the unit itself, the units co-operating on an indicator it leads, reviewers
//     and the administrator read it and download its attachments.
//
// Each section holds at most kMaxSectionLength characters and no control
// characters but line feed and tab; an attachment is a PDF, DOCX, PNG or JPEG of
// at most kMaxAttachmentSize bytes whose content matches its extension. Every act
// expects the version the caller read (UnitReport::version) and is announced on
// ChangeNotifier::reportsChanged after its commit.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    static constexpr int kMaxSectionLength = 20000;
    static constexpr qint64 kMaxAttachmentSize = 20 * 1024 * 1024;

    explicit ReportService(QSqlDatabase db, ChangeNotifier *notifier = nullptr);

    bool mayRead(const User &user, const QString &unit) const;
    bool mayEdit(const User &user, const QString &unit) const;
    bool mayReview(const User &user) const;
    // Whether `user` may store the report sheet of an imported return of `unit`:
    // the unit's own liaison, or the administrator importing for the unit.
    bool mayImport(const User &user, const QString &unit) const;
    // The units whose reports `user` may read: every member unit for a reviewer
    // or the administrator; a liaison's own unit, then those it co-operates with.
    QStringList readableUnits(const User &user) const;

    std::optional<UnitReport> report(const User &user, const QString &unit, int year, QString *error) const;

    // Saves the texts as a draft, expecting report.version; *newVersion gets the
    // stored version. Nothing is written when a rule refuses.
    bool saveDraft(const User &user, const UnitReport &report, QString *error, int *newVersion = nullptr);
    bool submit(const User &user, const QString &unit, int year, int expectedVersion, QString *error);

    // The report sheet of an imported return (preview.report, ReportSheet) against
    // the section rules and the stored report of the template's unit and year: the
    // problems, each naming the file, sheet, cell and section. *outcome says what an
    // import does with it (nothing for an absent, empty or unchanged sheet); for
    // Save, *toSave is the stored report with the sheet's texts. A submitted or
    // approved report is never changed by an import: a sheet that differs from it
    // is a problem naming the state.
    QStringList checkSheet(const ValueFileImport::Preview &preview, ReportSheet::Outcome *outcome,
                           UnitReport *toSave) const;
    // The same on the preview itself: its problems grow by the sheet's (and its
    // records are dropped then, all or nothing), its report.outcome is set.
    void checkSheet(ValueFileImport::Preview *preview) const;
    // Saves an imported report sheet as a draft (mayImport, the section rules,
    // expecting report.version). Nothing is written when a rule refuses.
    bool saveImported(const User &user, const UnitReport &report, QString *error);
    bool returnReport(const User &user, const QString &unit, int year, int expectedVersion, const QString &reason,
                      QString *error);
    bool approve(const User &user, const QString &unit, int year, int expectedVersion, QString *error);

    QVector<ReportAttachment> attachments(const User &user, const QString &unit, int year) const;
    // `fileName` is the name shown and checked (a path's folder is dropped).
    bool addAttachment(const User &user, const QString &unit, int year, const QString &fileName,
                       const QByteArray &content, QString *error, qint64 *id = nullptr);
    bool attachmentContent(const User &user, qint64 id, QByteArray *content, QString *error) const;
    bool removeAttachment(const User &user, qint64 id, QString *error);

    // The section rules on every section of `report`; the refusal names the section.
    static bool checkText(const UnitReport &report, QString *error);
    static bool checkSection(const QString &section, const QString &text, QString *error);
    // The attachment rules; *mediaType gets the file's media type.
    static bool checkAttachment(const QString &fileName, const QByteArray &content, QString *mediaType, QString *error);
    // The size rule alone, for a caller that checks a file before reading it into memory.
    static bool checkAttachmentSize(const QString &fileName, qint64 size, QString *error);
    // The names of the fixed sections, translated.
    static QString problemsLabel();
    static QString nextYearPlanLabel();
    static QString progressLabel(const QString &category);

private:
    bool mayEditOrRefuse(const User &user, const QString &unit, QString *error) const;
    void announce(const QString &unit, int year);

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier = nullptr;
};
