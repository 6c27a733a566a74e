#pragma once
// The benchmarks' synthetic plan database of many areas (bench_assess,
// bench_serverassess): the demo series of the district for every indicator,
// shifted per area so that areas differ, 2025's value repeated to 2030, every value
// approved. 1,000 areas × 89 indicators × 11 years = 979,000 values.
#include "model/indicator.h"
#include "model/valuerecord.h"
#include "workflow/demodata.h"

#include <QVector>

#include <algorithm>

namespace AssessRows {

inline QVector<ValueRecord> build(const QVector<Indicator> &indicators, int areas)
{
    const QVector<ValueRecord> demo = DemoData::generate(indicators, {});
    QVector<ValueRecord> all;
    all.reserve(areas * indicators.size() * 11);
    for (int a = 0; a < areas; ++a) {
        const QString area = a == 0 ? QString() : QStringLiteral("区域%1").arg(a, 4, 10, QLatin1Char('0'));
        for (const ValueRecord &r : demo) {
            for (int extra = 0; extra < (r.year == 2025 ? 6 : 1); ++extra) {
                ValueRecord v = r;
                v.area = area;
                v.year = r.year + extra; // 2025's value repeated to 2030: 11 years
                v.value = std::max(0.0, r.value * (1.0 + ((a * 7 + extra) % 11 - 5) / 100.0));
                if (v.year > 2030)
                    continue;
                v.state = ValueState::Approved;
                all.append(v);
            }
        }
    }
    return all;
}

} // namespace AssessRows
