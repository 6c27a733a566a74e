#pragma once

#include "model/indicator.h"
#include "model/unitreport.h"
#include "model/valuerecord.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

// Plausible, deterministic example values for 2020–2025 for every indicator, so
// that every page and report can be seen before real returns exist. The mix is
// deliberate: most indicators met or on track, some lagging, one in ten diverging
// or fluctuating. Only ever written into a database created for the demo, which is
// marked as such (settings.demo = 1) before any value is written.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static constexpr int FirstYear = 2020;
    static constexpr int LastYear = 2025;

    // `baselines` (code -> 2020 value) are kept as the plan states them.
    static QVector<ValueRecord> generate(const QVector<Indicator> &indicators, const QHash<QString, double> &baselines);
    // Marks a freshly created database as demo data and fills it.
    static bool populate(QSqlDatabase db, QString *error);

    static QString sourceText();

    // The annual reports of the units (name, categories served) for the years
    // before the last two: approved, most delivered by 31 March, some days late.
    static QVector<UnitReport> reportsFor(const QVector<QPair<QString, QStringList>> &units);

    // The example accounts of a demo database: login, role, unit. All share
    // examplePassword(), which the sign-in dialog shows for demo databases only.
    struct Account
    {
        QString login;
        QString displayName;
        QString role; // liaison, reviewer, admin
        QString unit;
    };
    static QVector<Account> accounts();
    static QString examplePassword();

private:
    static bool reports(QSqlDatabase db, QString *error);
};
