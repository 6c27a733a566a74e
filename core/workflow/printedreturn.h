#pragma once

#include "model/indicator.h"
#include "model/unitreport.h"
#include "model/user.h"
#include "model/valuerecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

// What the printable return (the stamped paper copy a unit sends with its return)
// shows, for one unit and year: the indicators the unit leads in catalog order with
// their 2030 target, the district's values of the three previous years and this
// year's value with its parts, source, note and state, and the unit's annual report
// (规划落实情况 per category, 存在问题, 下一年工作安排). No drawing here: ui/report
// renders it (ReturnPdf).
//
// Who may print: a liaison their own unit's return, a reviewer or the
// administrator any unit's.
struct PrintedReturn
{
    Q_DECLARE_TR_FUNCTIONS(PrintedReturn)

public:
    static constexpr int kPreviousYears = 3;

    struct Row
    {
        Indicator indicator;
        QMap<int, ValueRecord> previous;  // year → the district's value, of previousYears only
        std::optional<ValueRecord> value; // this year's, in whatever state it is

        // 草稿, 已提交, 已审核, 已退回 (ValueStates::label), or 未填报 when there is no value.
        QString stateText() const;
        // Submitted or approved: what the unit has sent.
        bool isSent() const { return value && ValueStates::countsForAssessment(value->state); }
    };

    // How many rows are in which state.
    struct Counts
    {
        int missing = 0;
        int draft = 0;
        int returned = 0;
        int submitted = 0;
        int approved = 0;
        int unsent() const { return missing + draft + returned; }
    };

    QString unit;
    int year = 0;
    bool demo = false;
    QDate printed;              // Clock::today() when built
    QVector<int> previousYears; // year-3 … year-1, ascending
    QVector<Row> rows;          // catalog order
    UnitReport report;          // an empty draft with the unit's categories when none was written

    Counts counts() const;
    // Every row submitted or approved; otherwise the print says it holds unsent data.
    bool isComplete() const { return counts().unsent() == 0; }

    // The units that lead at least one indicator, in the catalog's order.
    static QStringList leadingUnits(QSqlDatabase db);
    static bool mayPrint(const User &user, const QString &unit);

    // The return of `unit` for `year` as `user` may print it. Nothing with *error
    // naming the unit (and listing the units that lead indicators), the year (and the
    // reporting years) or why the user may not print it.
    static std::optional<PrintedReturn> build(QSqlDatabase db, const User &user, const QString &unit, int year,
                                              QString *error);

    // The labels of the signature block, translated: 填报人 联系电话 审核人
    // 单位负责人（签字） 填报日期 （单位盖章）.
    static QStringList signatureLabels();
    static QString filledByLabel();
    static QString phoneLabel();
    static QString checkedByLabel();
    static QString headSignatureLabel();
    static QString dateLabel();
    static QString stampLabel();
};
