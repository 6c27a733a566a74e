#pragma once
// The benchmarks' import file: `count` values over the catalog's indicators, years
// 2020-2030 and areas 镇街001, 镇街002 … (as --add-areas creates them), each inside
// its indicator's hard bounds; bench_import and bench_serverimport read the same rows.
#include "catalog/catalogloader.h"
#include "model/valuebounds.h"

#include <QFile>
#include <QString>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace BenchRows {

struct Row
{
    QString code;
    int year;
    double value;
    QString area;
};

inline QVector<Row> makeRows(int count)
{
    QVector<Row> rows;
    rows.reserve(count);
    const Catalog &catalog = CatalogLoader::builtin();
    for (int area = 1; rows.size() < count; ++area) {
        for (int year = 2020; year <= 2030 && rows.size() < count; ++year) {
            for (const Indicator &ind : catalog.indicators) {
                if (rows.size() == count)
                    break;
                // Inside every indicator's hard bounds (ValueBounds), one decimal;
                // the note "示例" covers a value outside a usual range.
                const ValueBounds b = ValueBounds::of(ind);
                const double high = std::min(b.hardHigh, 100.0);
                const double v = std::round((b.hardLow + (high - b.hardLow) * (rows.size() % 80) / 80.0) * 10) / 10;
                rows.append({ind.code, year, v, QStringLiteral("镇街%1").arg(area, 3, 10, QLatin1Char('0'))});
            }
        }
    }
    return rows;
}

inline bool writeCsv(const QString &path, const QVector<Row> &rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "code,year,value,numerator,denominator,source,note,area\n";
    for (const Row &r : rows)
        text +=
            QStringLiteral("%1,%2,%3,,,统计年报,示例,%4\n").arg(r.code).arg(r.year).arg(r.value).arg(r.area).toUtf8();
    return f.write(text) == text.size();
}

} // namespace BenchRows
