#pragma once

#include "model/unitreport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

// The units' annual reports and their attachments in unit_reports,
// unit_report_progress and report_attachments. Every write is one transaction with
// its audit row (audit_log.unit_id names the report's unit) and checks the version
// the caller read: a report changed meanwhile is refused with who changed it and
// when, and nothing is written. Who may act is the service's job (ReportService);
// this layer guards the state a report must be in for each act.
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportRepository)

public:
    explicit ReportRepository(QSqlDatabase db);

    // The report of `unit` for `year`, or an empty draft (id 0, version 0) with the
    // categories the unit serves. Nothing when the unit does not exist.
    std::optional<UnitReport> read(const QString &unit, int year, QString *error) const;
    // The categories of the indicators the unit leads or co-operates on, in plan order.
    QStringList categoriesServed(const QString &unit) const;
    // Does `reader` co-operate on an indicator `lead` leads?
    bool cooperatesWith(const QString &reader, const QString &lead) const;

    // Stores the texts of `report` as a draft, expecting report.version (0: not
    // stored yet). Refused unless the report is absent, a draft or returned; a
    // returned report becomes a draft and keeps the reviewer's note until it is
    // submitted again. *newVersion gets the stored version.
    bool saveDraft(const UnitReport &report, const QString &user, QString *error, int *newVersion = nullptr);
    // Moves the report from one of `from` to `to`, expecting `expectedVersion`.
    // Submitting stamps submitted_at and clears the note; returning keeps `reason`.
    bool changeState(const QString &unit, int year, int expectedVersion, const QVector<ValueState> &from, ValueState to,
                     const QString &action, const QString &reason, const QString &user, QString *error);

    // Writes reports as they were elsewhere, with their texts, state, submission
    // time and reviewer's note, each with an audit row, all in one transaction. For
    // the demo data and for copying a database: refused, with nothing written, when a
    // unit already has a report for the year or does not exist.
    bool restore(const QVector<UnitReport> &reports, const QString &user, QString *error);

    // Attachments. add() creates the report's draft row when there is none yet.
    bool addAttachment(const QString &unit, int year, const ReportAttachment &meta, const QByteArray &content,
                       const QString &user, QString *error, qint64 *id = nullptr);
    QVector<ReportAttachment> attachments(const QString &unit, int year) const;
    // The attachment's description and the unit and year of its report.
    std::optional<ReportAttachment> attachment(qint64 id, QString *unit = nullptr, int *year = nullptr) const;
    bool attachmentContent(qint64 id, QByteArray *content, QString *error) const;
    bool removeAttachment(qint64 id, const QString &user, QString *error);

private:
    QSqlDatabase m_db;
};
