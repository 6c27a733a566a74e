#pragma once

#include "entryvalidator.h"
#include "exchange/valuefileimport.h"
#include "model/user.h"
#include "model/valuerecord.h"
#include "target/judgement.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class ChangeNotifier;

// A liaison's annual return: the unit's indicators, checking what was typed,
// keeping drafts and submitting. Every call checks the user's role and unit and
// the value's state here in core, so no path around the entry page can change
// another unit's value or a submitted one.
class ReturnService
{
    Q_DECLARE_TR_FUNCTIONS(ReturnService)

public:
    // Changes are announced on `notifier` once committed (none without one).
    explicit ReturnService(QSqlDatabase db, ChangeNotifier *notifier = nullptr);

    // Indicators the user may see: a liaison's unit leads or co-operates on them.
    QVector<Indicator> indicatorsFor(const User &user) const;

    // Hard errors and, when the numbers read, the warnings of the live assessment
    // (drafts count there, so the liaison sees the effect of what was typed).
    EntryCheck check(const Indicator &indicator, int year, const EntryValidator::Input &input) const;
    // The same check on series the caller keeps (the entry page caches them per
    // year, so a keystroke costs one assessment). `live` gets the assessment with
    // the typed value when the value reads.
    static EntryCheck check(const Indicator &indicator, int year, const EntryValidator::Input &input,
                            const QHash<QString, QMap<int, double>> &seriesWithDrafts,
                            const QHash<QString, QMap<int, double>> &referenceValues,
                            const QHash<QString, QMap<int, Judgement>> &judgements,
                            std::optional<Assessment> *live = nullptr);

    // `startedFrom`: the version of the stored value the person's edit began from (0
    // for none); a save over someone else's later change is refused, naming both
    // (ValueWorkflowRepository::saveDraft). -1 checks no version.
    bool saveDraft(const User &user, const Indicator &indicator, int year, const EntryValidator::Input &input,
                   const QString &source, QString *error, int startedFrom = -1);
    bool clearDraft(const User &user, const Indicator &indicator, int year, QString *error, int startedFrom = -1);
    // Submits the drafts (and returned values) of `codes` for `year` in one
    // transaction: all or none. A value with warnings needs a note first.
    bool submit(const User &user, const QStringList &codes, int year, QString *error);
    // Stores the checked rows of an imported file, all or nothing: a liaison's as
    // drafts of its own unit (never over a submitted or approved value), an
    // administrator's in the state the rows carry. Reviewers do not import.
    bool importValues(const User &user, const QVector<ValueRecord> &records, bool addAreas, QString *error);

    // Stores a previewed file (ValueFileImport::Preview, ok()) whole: its values as
    // importValues does and, for a return template with its report sheet, the
    // unit's annual report as a draft (ReportService::checkSheet, saveImported), in
    // one transaction: a refused value or section writes neither. *reportOutcome
    // (when given) says what became of the report sheet.
    bool importReturn(const User &user, const ValueFileImport::Preview &preview, bool addAreas, QString *error,
                      ReportSheet::Outcome *reportOutcome = nullptr);

    // What importFile did.
    struct FileImport
    {
        bool ok = false;
        qint64 count = 0; // values stored
        // The return template's report sheet: absent, empty or unchanged (the
        // report was left as it was), or saved as a draft of the report of
        // reportUnit for reportYear.
        ReportSheet::Outcome report = ReportSheet::Outcome::Absent;
        QString reportUnit;
        int reportYear = 0;
        QString format;        // "csv", "xlsx", "ods" or "template"
        QString encoding;      // CSV: as read
        bool streamed = false; // read a piece at a time (the exchange layout)
        QStringList problems;  // the file's problems (nothing was written)
        QString error;         // a refusal or a failed write (nothing was written)
    };
    // Reads, checks and stores a file of values, all or nothing. An administrator's
    // CSV in the exchange layout is streamed: checked and written in batches inside
    // one transaction, committed only when the whole file is clean, so memory does
    // not grow with the file. Everything else goes through ValueFileImport's
    // preview and importValues, as the window's import does.
    FileImport importFile(const User &user, const QString &path, const ValueFileImport::Options &options);
    // A remark by the lead or a co-operating unit (or a reviewer) on an indicator's
    // value for a year; other units cannot comment.
    bool addComment(const User &user, const Indicator &indicator, int year, const QString &text, QString *error);

private:
    QSqlDatabase m_db;
    ChangeNotifier *m_notifier = nullptr;
};
