#include "demodata.h"

#include "storage/catalogrepository.h"
#include "storage/judgementrepository.h"
#include "storage/reportrepository.h"
#include "storage/settingsrepository.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "target/targetparser.h"
#include "workflow/passwordhasher.h"

#include <QHash>

#include <cmath>

namespace {
// FNV-1a: stable across runs and platforms, unlike qHash.
quint32 stableHash(const QString &s)
{
    quint32 h = 2166136261u;
    for (const char c : s.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

enum class Scenario { Met, OnTrack, Lagging, Diverging, Fluctuating };

Scenario scenarioOf(const QString &code)
{
    const quint32 s = stableHash(code) % 10;
    if (s <= 2)
        return Scenario::Met;
    if (s <= 5)
        return Scenario::OnTrack;
    if (s <= 7)
        return Scenario::Lagging;
    if (s == 8)
        return Scenario::Diverging;
    return Scenario::Fluctuating;
}

double typicalLevel(const Indicator &ind, const TargetRule &rule)
{
    // Rates of harm (发病率, 传播率, 犯罪 …) are small shares; the rest start mid-range.
    const bool falling = rule.family == TargetRule::Family::Decrease || rule.family == TargetRule::Family::ClearDecrease
        || rule.family == TargetRule::Family::UnderControl;
    if (falling && ind.measureUnit == QStringLiteral("%"))
        return 2.5;
    static const QHash<QString, double> levels = {
        {QStringLiteral("%"), 62.0},   {QStringLiteral("‰"), 3.0},   {QStringLiteral("1/10万"), 10.0},
        {QStringLiteral("岁"), 80.0},  {QStringLiteral("年"), 11.0}, {QStringLiteral("万人"), 28.0},
        {QStringLiteral("户"), 120.0}, {QStringLiteral("件"), 60.0}, {QStringLiteral("个"), 20.0},
        {QStringLiteral("人"), 300.0}, {QStringLiteral("张"), 3.0},  {QStringLiteral("名"), 1.5},
        {QStringLiteral("小时"), 9.0}};
    return levels.value(ind.measureUnit, 50.0);
}

double roundFor(const Indicator &ind, double v)
{
    // Counts of families, cases and people are whole numbers.
    if (ind.measureUnit == QStringLiteral("户") || ind.measureUnit == QStringLiteral("件")
        || ind.measureUnit == QStringLiteral("人"))
        return std::round(v);
    const double f = (ind.measureUnit == QStringLiteral("%") || std::abs(v) >= 20) ? 10.0 : 100.0;
    return std::round(v * f) / f;
}

// Direction: +1 when larger is better, -1 when smaller is better.
QVector<double> series(double start, double slope, Scenario s, int n, int direction)
{
    QVector<double> out;
    for (int i = 0; i < n; ++i) {
        double v = start;
        switch (s) {
        case Scenario::Met:
        case Scenario::OnTrack:
        case Scenario::Lagging:
            v = start + direction * slope * i;
            break;
        case Scenario::Diverging:
            v = start - direction * slope * i;
            break;
        case Scenario::Fluctuating:
            v = start + direction * slope * i + ((i % 2) ? 1 : -1) * slope * 4.0 * (i > 0);
            break;
        }
        out.append(v);
    }
    return out;
}
} // namespace

QVector<DemoData::Account> DemoData::accounts()
{
    QVector<Account> out = {
        {QStringLiteral("admin"), QStringLiteral("系统管理员（示例）"), QStringLiteral("admin"), QString()},
        {QStringLiteral("fuergw"), QStringLiteral("区妇儿工委办审核员（示例）"), QStringLiteral("reviewer"), QString()},
        {QStringLiteral("tongji"), QStringLiteral("区统计局审核员（示例）"), QStringLiteral("reviewer"), QString()},
    };
    const QVector<QPair<QString, QString>> liaisons = {
        {QStringLiteral("weijian"), QStringLiteral("区卫健委")},
        {QStringLiteral("tiyu"), QStringLiteral("区体育局")},
        {QStringLiteral("fagai"), QStringLiteral("区发改委")},
        {QStringLiteral("jiaowei"), QStringLiteral("区教委")},
        {QStringLiteral("renshe"), QStringLiteral("区人社局")},
        {QStringLiteral("yibao"), QStringLiteral("区医保局")},
        {QStringLiteral("zuzhi"), QStringLiteral("区委组织部")},
        {QStringLiteral("guozi"), QStringLiteral("区国资委")},
        {QStringLiteral("gonghui"), QStringLiteral("区总工会")},
        {QStringLiteral("minzheng"), QStringLiteral("区民政局")},
        {QStringLiteral("xuanchuan"), QStringLiteral("区委宣传部")},
        {QStringLiteral("fulian"), QStringLiteral("区妇联")},
        {QStringLiteral("chengguan"), QStringLiteral("区城管局")},
        {QStringLiteral("shengtai"), QStringLiteral("区生态环境局")},
        {QStringLiteral("jiancha"), QStringLiteral("区检察院")},
        {QStringLiteral("fayuan"), QStringLiteral("区法院")},
        {QStringLiteral("sifa"), QStringLiteral("区司法局")},
        {QStringLiteral("gongan"), QStringLiteral("区公安分局")},
        {QStringLiteral("canlian"), QStringLiteral("区残联")},
        {QStringLiteral("nongwei"), QStringLiteral("区农委")},
    };
    for (const auto &l : liaisons)
        out.append({l.first, l.second + QStringLiteral("填报员（示例）"), QStringLiteral("liaison"), l.second});
    return out;
}

QString DemoData::examplePassword()
{
    return QStringLiteral("demo-2025");
}

QString DemoData::sourceText()
{
    return QStringLiteral("示例数据（程序生成，非真实数据）");
}

QVector<ValueRecord> DemoData::generate(const QVector<Indicator> &indicators, const QHash<QString, double> &baselines)
{
    const int n = LastYear - FirstYear + 1;
    QVector<ValueRecord> out;
    for (const Indicator &ind : indicators) {
        const TargetRule rule = TargetParser::parse(ind.targetText);
        const Scenario s = scenarioOf(ind.code);
        const double x = rule.threshold;
        // The step of the scenario: 4% of the target, at most 0.5 of a unit for
        // small targets such as ≥1.12 名 or <0.1‰.
        const double sc = std::abs(x) >= 12.5 ? std::abs(x) * 0.04 : std::max(std::abs(x) * 0.05, 0.005);
        // Spread the direction-only indicators so that they do not share one level.
        double start = typicalLevel(ind, rule) * (0.85 + (stableHash(ind.code) % 30) / 100.0);
        double slope = std::max(start * 0.02, 0.1);
        int direction = 1;
        double offset = 0.0;
        switch (rule.family) {
        case TargetRule::Family::AtLeast:
        case TargetRule::Family::Above:
        case TargetRule::Family::Exactly:
            offset = s == Scenario::Met ? 0.4 : s == Scenario::OnTrack ? -2.5 : -3.5;
            start = x + offset * sc;
            slope = s == Scenario::Lagging ? sc * 0.1 : s == Scenario::Met ? sc * 0.05 : sc * 0.3;
            if (rule.family == TargetRule::Family::Exactly && s == Scenario::Met)
                start = x, slope = 0;
            break;
        case TargetRule::Family::Below:
        case TargetRule::Family::AtMost:
            direction = -1;
            offset = s == Scenario::Met ? -0.4 : s == Scenario::OnTrack ? 2.5 : 3.5;
            start = x + offset * sc;
            slope = s == Scenario::Lagging ? sc * 0.1 : s == Scenario::Met ? sc * 0.05 : sc * 0.3;
            break;
        case TargetRule::Family::About:
            start = x + (s == Scenario::Met ? 0.5 : s == Scenario::OnTrack ? -3.5 : -6.0);
            slope = s == Scenario::Lagging ? 0.2 : 0.5;
            break;
        case TargetRule::Family::Ratio:
            start = s == Scenario::Met ? x + 0.02 : x - 0.3;
            slope = s == Scenario::Met ? 0.005 : s == Scenario::Lagging ? 0.01 : 0.05;
            break;
        case TargetRule::Family::TowardsBalance:
            direction = -1;
            start = 109.0;
            slope = 0.45;
            break;
        case TargetRule::Family::Decrease:
        case TargetRule::Family::ClearDecrease:
        case TargetRule::Family::UnderControl:
            direction = -1;
            break;
        case TargetRule::Family::Relative:
        case TargetRule::Family::Judgement:
            start = ind.code == QLatin1String("W20") ? 27.4 : ind.code == QLatin1String("W21") ? 29.5 : 42.0;
            slope = 0.2;
            break;
        default:
            break;
        }
        QVector<double> values = series(start, slope, s, n, direction);
        if (baselines.contains(ind.code)) {
            // Keep the plan's 2020 figure and continue from it in the scenario's direction.
            const double shift = baselines.value(ind.code) - values.first();
            for (double &v : values)
                v += shift;
        }
        for (int i = 0; i < n; ++i) {
            const int year = FirstYear + i;
            if (i == 0 && baselines.contains(ind.code))
                continue; // the catalog installed the plan's baseline
            double v = values.at(i);
            if (ind.measureUnit == QStringLiteral("%"))
                v = std::clamp(v, 0.0, 100.0);
            v = std::max(0.0, roundFor(ind, v));
            ValueRecord r;
            r.indicatorCode = ind.code;
            r.year = year;
            r.value = v;
            r.source = sourceText();
            r.state = year < LastYear ? ValueState::Approved
                                      : (stableHash(ind.code + QString::number(year)) % 3 == 0 ? ValueState::Approved
                                                                                               : ValueState::Submitted);
            if (ind.isRate() && ind.measureUnit == QStringLiteral("%")
                && ind.leadUnit() == QStringLiteral("区卫健委")) {
                const double denominator = 7000 + stableHash(ind.code) % 2000;
                const double numerator = std::round(v / 100.0 * denominator);
                r.denominator = denominator;
                r.numerator = numerator;
                r.value = std::round(numerator / denominator * 1000.0) / 10.0;
            }
            if (rule.family == TargetRule::Family::Relative && ind.params.referenceCode.isEmpty())
                r.referenceValue = roundFor(ind, v + 1.5); // e.g. 女职工比例 beside 职代会女性比例
            if (s == Scenario::Fluctuating && i == n - 1)
                r.note = QStringLiteral("示例：本年统计口径有调整");
            out.append(r);
        }
    }
    return out;
}

bool DemoData::populate(QSqlDatabase db, QString *error)
{
    if (!SettingsRepository(db).setValue(QStringLiteral("demo"), QStringLiteral("1"), error))
        return false;
    CatalogRepository catalog(db);
    ValueRepository values(db);
    QHash<QString, double> baselines;
    for (const ValueRecord &r : values.values(FirstYear))
        baselines.insert(r.indicatorCode, r.value);
    if (!values.store(generate(catalog.indicators(), baselines), QStringLiteral("demo"), QStringLiteral("demo"), false,
                      error))
        return false;
    UserRepository users(db, QStringLiteral("demo"));
    const QString hash = PasswordHasher::hash(examplePassword(), PasswordHasher::Strength::Example);
    for (const Account &a : accounts()) {
        User u;
        u.login = a.login;
        u.displayName = a.displayName;
        User::roleFromKey(a.role, &u.role);
        u.unit = a.unit;
        if (!users.create(u, hash, error))
            return false;
    }
    JudgementRepository judgements(db);
    for (int year = FirstYear + 1; year <= LastYear; ++year) {
        for (const QString &code : {QStringLiteral("W20"), QStringLiteral("W24")}) {
            Judgement j;
            j.met = true;
            j.reason = QStringLiteral("示例：比例与上年基本持平，结构合理");
            j.user = QStringLiteral("demo");
            if (!judgements.record(code, QString(), year, j, error))
                return false;
        }
    }
    return reports(db, error);
}

QVector<UnitReport> DemoData::reportsFor(const QVector<QPair<QString, QStringList>> &units)
{
    // The earlier years' reports are all in and approved; most came by 31 March,
    // one unit in six some days later. Those of the last two years are still to
    // come, so that the demo's liaisons have their own to write (and the tests a
    // year without one).
    QVector<UnitReport> out;
    for (int year = FirstYear + 1; year < LastYear - 1; ++year) {
        for (const auto &unit : units) {
            const quint32 h = stableHash(unit.first + QString::number(year));
            UnitReport r;
            r.unit = unit.first;
            r.year = year;
            r.categories = unit.second;
            for (const QString &category : unit.second)
                r.progress.insert(category,
                                  QStringLiteral("示例：%1年，本单位围绕“%2”领域的规划目标，落实年度工作要点，"
                                                 "按时报送监测数据。（程序生成的示例文字）")
                                      .arg(year)
                                      .arg(category));
            r.problems = QStringLiteral("示例：部分指标的统计口径与市级口径尚未完全一致。");
            r.nextYearPlan = QStringLiteral("示例：%1年，继续推进本单位牵头指标的落实，完善数据采集和季度调度机制，"
                                            "重点抓好进度滞后指标的整改。")
                                 .arg(year + 1);
            r.state = ValueState::Approved;
            const QDate on = h % 6 == 0 ? QDate(year + 1, 4, 2 + int(h % 12)) : QDate(year + 1, 3, 10 + int(h % 20));
            r.submittedAt = QDateTime(on, QTime(10, 0)).toUTC();
            r.updatedAt = r.submittedAt.addDays(5);
            r.updatedBy = QStringLiteral("demo");
            out.append(r);
        }
    }
    return out;
}

bool DemoData::reports(QSqlDatabase db, QString *error)
{
    ReportRepository repository(db);
    QVector<QPair<QString, QStringList>> units;
    QStringList seen;
    for (const Indicator &ind : CatalogRepository(db).indicators()) {
        if (ind.leadUnit().isEmpty() || seen.contains(ind.leadUnit()))
            continue;
        seen.append(ind.leadUnit());
        units.append({ind.leadUnit(), repository.categoriesServed(ind.leadUnit())});
    }
    return repository.restore(reportsFor(units), QStringLiteral("demo"), error);
}
