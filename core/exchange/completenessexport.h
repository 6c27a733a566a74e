#pragma once

#include "model/unitcompleteness.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

// The units' completeness for a year as a table (the `completeness` command):
// unit,indicators,filled,submitted,approved,returned,report_state,due,status,days_late
// with stable keys (report_state none/draft/submitted/returned/approved, status
// on_time/late/missing); days_late is empty unless the unit delivered late or is
// past its due date without having delivered. `today` is the local date
// (Clock::today()) the "past due" days are counted to.
// The reminder list (催报名单) is the units still owing something, with what is
// missing in words, their due date and the days left or past.
class CompletenessExport
{
    Q_DECLARE_TR_FUNCTIONS(CompletenessExport)

public:
    static QStringList columns();
    static QVector<QStringList> rows(const QVector<UnitCompleteness> &units, const QDate &today);
    static QByteArray toCsv(const QVector<UnitCompleteness> &units, const QDate &today);
    static bool toXlsx(const QString &path, const QVector<UnitCompleteness> &units, int year, const QDate &today,
                       QString *error);

    static QString statusKey(UnitCompleteness::Timeliness t);
    // e.g. "3 of 12 indicators not submitted; report not submitted"
    static QString missingText(const UnitCompleteness &u);
    static QStringList reminderLabels();
    static QVector<QStringList> reminderRows(const QVector<UnitCompleteness> &units, const QDate &today);
    static QByteArray reminderCsv(const QVector<UnitCompleteness> &units, const QDate &today);
    static bool reminderXlsx(const QString &path, const QVector<UnitCompleteness> &units, int year, const QDate &today,
                             QString *error);
};
