#pragma once

#include "model/valuerecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QVector>

#include <optional>
#include <vector>

// Reported values. Every write goes through one transaction together with its
// audit rows; a batch is stored whole or not at all.
class ValueRepository
{
    Q_DECLARE_TR_FUNCTIONS(ValueRepository)

public:
    explicit ValueRepository(QSqlDatabase db);

    // Inserts or replaces each (indicator, area, year) of `records` in one
    // transaction and writes an audit row per value with `action` and `user`.
    // Unknown areas are created when `addAreas` is set, refused otherwise.
    bool store(const QVector<ValueRecord> &records, const QString &user, const QString &action, bool addAreas,
               QString *error);

    // The same for a file too big to hold: batches written one after another in
    // one transaction, committed at the end or rolled back (the destructor) if
    // the caller finds a problem later in the file. Memory: one batch.
    class Writer
    {
    public:
        Writer(QSqlDatabase db, const QString &user, const QString &action, bool addAreas);
        ~Writer();
        Writer(const Writer &) = delete;
        Writer &operator=(const Writer &) = delete;
        // False with `error` when the transaction could not start.
        bool begin(QString *error);
        bool write(const QVector<ValueRecord> &records, QString *error);
        bool commit(QString *error);

    private:
        struct State;
        State *d;
    };

    // All values (year 0) or one year's, ordered by indicator, area and year.
    QVector<ValueRecord> values(int year = 0) const;
    QVector<ValueRecord> valuesOf(const QString &indicatorCode, const QString &area = QString()) const;
    // The values of one area (the default area for an empty name), of `year` or of
    // every year (0), in catalog order: filtered in SQL, not by the caller.
    QVector<ValueRecord> areaValues(const QString &area, int year = 0) const;
    std::optional<ValueRecord> value(const QString &indicatorCode, const QString &area, int year) const;

    // year -> value per indicator code for one area (the district when empty),
    // counting submitted and approved values, and drafts too when asked.
    QHash<QString, QMap<int, double>> seriesByIndicator(const QString &area = QString(),
                                                        bool includeDrafts = false) const;
    // The reference values entered with returns (for 相适应-style targets), same shape.
    QHash<QString, QMap<int, double>> referenceSeriesByIndicator(const QString &area = QString(),
                                                                 bool includeDrafts = false) const;
    // Every area's values at once, in one query (assessing all areas must not run
    // one query per area), as flat points: 24 bytes a value where nested maps
    // would take a node each (979,000
    // values: 23 MB instead of about 100 MB), and each area's maps are built by
    // the thread that assesses it and freed when it is done (series()).
    struct Point
    {
        int indicator = 0; // index into AreaPoints::codes
        int year = 0;
        double value = 0.0;
        double reference = 0.0;
        bool hasReference = false;
    };
    struct AreaPoints
    {
        QVector<QString> codes;                    // indicator code by index
        QHash<QString, std::vector<Point>> byArea; // area name -> its values
        // One area's values as seriesByArea() gives them, references into *references.
        QHash<QString, QMap<int, double>> series(const QString &area,
                                                 QHash<QString, QMap<int, double>> *references) const;
    };
    AreaPoints pointsByArea(bool includeDrafts = false) const;
    int count() const;

private:
    QHash<QString, QMap<int, double>> seriesOf(const char *column, const QString &area, bool includeDrafts) const;

    QSqlDatabase m_db;
};
