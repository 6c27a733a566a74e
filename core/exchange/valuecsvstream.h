#pragma once

#include "valuefileimport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <functional>

// Reads a CSV file of values in the exchange layout (`values export`'s: the header
// code,year,value,… on the first line) a megabyte at a time, checking every row as
// ValueImport does and handing the clean records out in batches, so a file of a
// million rows needs the memory of one batch. All or nothing stays the caller's:
// it writes the batches inside one transaction and commits only when run() found
// no problem in the whole file (a bad row 900,000 still refuses everything).
// Other layouts (a return template, title rows above the header, Chinese column
// names) are returns people fill in: ValueFileImport reads those whole.
class ValueCsvStream
{
    Q_DECLARE_TR_FUNCTIONS(ValueCsvStream)

public:
    // Rows per batch handed to the sink.
    static constexpr int BatchRows = 5000;

    struct Outcome
    {
        bool exchangeLayout = true; // false: not this layout, nothing was handed out
        QString encoding;           // "UTF-8" or "GB18030"
        qint64 rows = 0;            // data rows read
        qint64 stored = 0;          // records handed to the sink
        QStringList problems;       // every problem, each naming the file
        QStringList newAreas;
        bool ok() const { return exchangeLayout && problems.isEmpty() && stored > 0; }
    };
    // Takes a batch of clean records; false (with a message) stops the reading.
    using Sink = std::function<bool(const QVector<ValueRecord> &records, QString *error)>;

    ValueCsvStream(const QVector<Indicator> &indicators, const QStringList &knownAreas,
                   const ValueFileImport::Options &options);

    // Reads `path` to its end (or to the sink's refusal). The sink sees no batch
    // after the first problem; the caller rolls back unless outcome.ok().
    Outcome run(const QString &path, const Sink &sink) const;
    // The same, reading and checking on a thread of its own up to two batches ahead
    // of the sink, which runs on the calling thread (a database connection belongs
    // to the thread that opened it): the file's reading and the sink's writing
    // overlap on two cores. The sink's refusal stops the reading as in run().
    Outcome runAhead(const QString &path, const Sink &sink) const;

    // The encoding of a file read in pieces: "UTF-8" when every byte is valid
    // UTF-8 (with or without BOM), else "GB18030"; empty with `error` if unreadable.
    static QString detectEncoding(const QString &path, QString *error);

private:
    QVector<Indicator> m_indicators;
    QStringList m_areas;
    ValueFileImport::Options m_options;
};
