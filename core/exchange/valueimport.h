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

    // Checks a table row by row as it is read, for a file too big to hold: the
    // header first, then each row; takeRecords() hands out the clean rows so far
    // (all-or-nothing stays the caller's: nothing may be committed unless
    // finish() has no problems). Rows repeated anywhere in the file are found.
    class Checker
    {
    public:
        // `keepRows`: Result::rows gets every row as checked (a preview); off, only
        // the records and problems are kept.
        Checker(const ValueImport &import, bool keepRows);
        ~Checker();
        Checker(const Checker &) = delete;
        Checker &operator=(const Checker &) = delete;
        // False when the header is not one the importer reads (problems say why).
        bool header(const QStringList &header, int line);
        void row(const QStringList &row, int line);
        // The clean records checked since the last call.
        QVector<ValueRecord> takeRecords();
        bool ok() const;
        qint64 rowCount() const;
        // Closes the checks (a file without rows, problems past the limit) and
        // returns what is left: records not taken yet (none if there is a problem).
        Result finish();

    private:
        struct State;
        State *d;
    };

    ValueImport(const QVector<Indicator> &indicators, const QStringList &knownAreas, const Options &options);

    // `rows` is the header followed by the data rows, with their line numbers.
    Result read(const QVector<QStringList> &rows, const QVector<int> &lines) const;
    // Convenience for CSV bytes (UTF-8, with or without BOM).
    Result readCsv(const QByteArray &bytes) const;

    static QString problem(int line, const QString &column, const QString &value, const QString &expected);
    // Whether `name` (trimmed, any case) is one of the columns a file of values may have.
    static bool isColumn(const QString &name);

private:
    friend class Checker;
    static QString expecting(const ValueRules::Problem &problem);
    QString report(int line, const QString &column, const QString &value, const QString &expected) const;

    QVector<Indicator> m_indicators;
    QHash<QString, int> m_indicatorIndex; // code -> position in m_indicators
    QSet<QString> m_areas;
    Options m_options;
};
