#pragma once

#include "model/indicator.h"
#include "model/valuerecord.h"
#include "valuerules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <functional>

// Reads a table of values (columns code, year, value and optionally numerator,
// denominator, source, note, area) and checks every row before anything is
// written. The result is all rows, or the complete list of problems, each as
// "line N: column: value: what is expected".
class ValueImport
{
    Q_DECLARE_TR_FUNCTIONS(ValueImport)

public:
    struct Options
    {
        ValueState state = ValueState::Submitted;
        bool addAreas = false;
        int firstYear = 2020;
        int lastYear = 2030;
        QString defaultAreaName; // the district's name, same as an empty area
        // A liaison may only report for indicators their unit leads; other rows are
        // refused, naming the indicator's lead unit. Empty: no restriction.
        QString restrictToUnit;
        // Where a problem is, for files that are not plain CSV lines, e.g.
        // "book.xlsx: sheet 1: row 7, column H (2025年数值)". Empty: "line N: column".
        std::function<QString(int line, const QString &column)> locate;
    };

    // One data row as checked, whether or not the file as a whole is accepted:
    // what a preview shows before anything is written.
    struct RowCheck
    {
        int line = 0;
        ValueRecord record;
        QStringList problems;
        bool ok() const { return problems.isEmpty(); }
    };

    struct Result
    {
        QVector<ValueRecord> records;
        QStringList problems;
        QStringList newAreas;
        QVector<RowCheck> rows;
        bool ok() const { return problems.isEmpty(); }
    };

    // Problems listed at the most; the rest are counted in one closing line.
    static constexpr int MaxProblems = 200;

    ValueImport(const QVector<Indicator> &indicators, const QStringList &knownAreas, const Options &options);

    // `rows` is the header followed by the data rows, with their line numbers.
    Result read(const QVector<QStringList> &rows, const QVector<int> &lines) const;
    // Convenience for CSV bytes (UTF-8, with or without BOM).
    Result readCsv(const QByteArray &bytes) const;

    static QString problem(int line, const QString &column, const QString &value, const QString &expected);

private:
    static QString expecting(const ValueRules::Problem &problem);
    QString report(int line, const QString &column, const QString &value, const QString &expected) const;

    QVector<Indicator> m_indicators;
    QHash<QString, int> m_indicatorIndex; // code -> position in m_indicators
    QSet<QString> m_areas;
    Options m_options;
};
