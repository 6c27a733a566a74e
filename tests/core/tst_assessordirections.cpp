// Every target family of docs/DESIGN.md's table in both directions and with the usual
// wordings: parsed to the right family, met on one side and not on the other. Texts
// not understood are never guessed: they need a reviewer's judgement, named.
#include "target/assessor.h"
#include "target/targetparser.h"

#include <QtTest>

using Series = QMap<int, double>;
using Family = TargetRule::Family;
using Status = Assessment::Status;
Q_DECLARE_METATYPE(TargetRule::Family)
Q_DECLARE_METATYPE(Assessment::Status)

class TestAssessorDirections : public QObject
{
    Q_OBJECT

private slots:
    void bothDirections_data();
    void bothDirections();
    void neverGuessed_data();
    void neverGuessed();
    void relativeBothDirections();
};

namespace {
Series years(std::initializer_list<double> values)
{
    Series s;
    int y = 2020;
    for (double v : values)
        s.insert(y++, v);
    return s;
}

// One wording, one series that meets it and one that does not.
void pair(const char *name, const QString &text, Family family, const Series &meets, const Series &misses)
{
    QTest::newRow(qPrintable(QStringLiteral("%1 met").arg(QString::fromUtf8(name))))
        << text << family << meets << Status::Met;
    QTest::newRow(qPrintable(QStringLiteral("%1 not met").arg(QString::fromUtf8(name))))
        << text << family << misses << Status::NotMet;
}
} // namespace

void TestAssessorDirections::bothDirections_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Family>("family");
    QTest::addColumn<Series>("series");
    QTest::addColumn<Status>("status");

    const Series up = years({50, 51, 52, 53});
    const Series down = years({53, 52, 51, 50});
    const Series upThenDown = years({50, 52, 53, 51});
    const Series downThenUp = years({53, 51, 50, 52});
    // Every year, up and down.
    for (const char *w : {"逐年提高", "逐年提升", "逐年增加", "逐年增长", "逐年上升", "每年提高"})
        pair(w, QString::fromUtf8(w), Family::IncreaseEveryYear, up, upThenDown);
    for (const char *w : {"逐年降低", "逐年下降", "逐年减少", "每年下降"})
        pair(w, QString::fromUtf8(w), Family::DecreaseEveryYear, down, downThenUp);
    // Clearly, up and down (10% of the baseline by default).
    for (const char *w : {"明显提高", "显著提高", "明显提升", "大幅增加", "显著增长", "明显上升"})
        pair(w, QString::fromUtf8(w), Family::ClearIncrease, years({50, 55}), years({50, 54.9}));
    for (const char *w : {"明显降低", "显著降低", "明显下降", "大幅减少", "显著下降"})
        pair(w, QString::fromUtf8(w), Family::ClearDecrease, years({50, 45}), years({50, 45.1}));
    // Plainly, up and down.
    for (const char *w : {"提高", "提升", "增加", "增长", "上升", "逐步提高", "稳步提升", "不断提高", "持续增加",
                          "进一步提高", "有所提高"})
        pair(w, QString::fromUtf8(w), Family::Increase, years({50, 50.1}), years({50, 50}));
    for (const char *w :
         {"降低", "下降", "减少", "逐步降低", "稳步下降", "不断降低", "持续下降", "进一步降低", "有所减少"})
        pair(w, QString::fromUtf8(w), Family::Decrease, years({50, 49.9}), years({50, 50}));
    // Holding: not below / not above the baseline.
    for (const char *w : {"巩固提高", "巩固", "巩固并提高", "巩固提升"})
        pair(w, QString::fromUtf8(w), Family::HoldAndRaise, years({50, 50}), years({50, 49.9}));
    for (const char *w : {"得到控制", "得到有效控制", "有效控制", "得到遏制", "得到有效遏制", "有效遏制"})
        pair(w, QString::fromUtf8(w), Family::UnderControl, years({50, 50}), years({50, 50.1}));
    // Thresholds, at least and at most, in signs full-width and ASCII and in words.
    const Series at94 = years({94});
    const Series at93 = years({93.9});
    const Series at8 = years({8});
    const Series at81 = years({8.1});
    for (const char *w : {"≥94",      "＞＝94",        ">=94",          "≧94",          "94以上",    "94%以上",
                          "94及以上", "94%及以上",     "不低于94",      "不低于94%",    "不少于94",  "不小于94",
                          "达到94",   "达到94%以上",   "至少94",        "提高到94",     "提升至94%", "增加到94",
                          "上升到94", "稳定在94%以上", "保持在94%以上", "维持在94以上", "≥94%以上"})
        pair(w, QString::fromUtf8(w), Family::AtLeast, at94, at93);
    for (const char *w : {"≤8",       "＜＝8",   "<=8",   "≦8",          "8以下",        "8‰以下",     "8及以下",
                          "8以内",    "8‰以内",  "8之内", "不高于8",     "不超过8",      "不多于8",    "不大于8",
                          "未超过8",  "至多8",   "最多8", "控制在8以内", "控制在8‰以下", "控制在8",    "降低到8",
                          "下降至8‰", "减少到8", "降至8", "稳定在8以下", "保持在8‰以下", "维持在8以内"})
        pair(w, QString::fromUtf8(w), Family::AtMost, at8, at81);
    // Strict, full-width and ASCII.
    for (const char *w : {"＞94", ">94", "高于94", "大于94", "超过94", "多于94"})
        pair(w, QString::fromUtf8(w), Family::Above, years({94.1}), at94);
    for (const char *w : {"＜8", "<8", "低于8", "小于8", "少于8", "不足8"})
        pair(w, QString::fromUtf8(w), Family::Below, years({7.9}), at8);
    // Exactly, about, ratio, towards balance: no direction to turn.
    pair("100", QStringLiteral("100"), Family::Exactly, years({100}), years({99.9}));
    pair("100%", QStringLiteral("100%"), Family::Exactly, years({100}), years({99.9}));
    pair("45左右", QStringLiteral("45左右"), Family::About, years({46}), years({47.5}));
    pair("45%左右", QStringLiteral("45%左右"), Family::About, years({44}), years({42.5}));
    pair("2:3", QStringLiteral("2:3"), Family::Ratio, years({1.5}), years({1.4}));
    pair("趋于平衡", QStringLiteral("趋于平衡"), Family::TowardsBalance, years({110, 105}), years({110, 108}));
}

void TestAssessorDirections::bothDirections()
{
    QFETCH(QString, text);
    QFETCH(Family, family);
    QFETCH(Series, series);
    QFETCH(Status, status);
    QString error;
    const TargetRule rule = TargetParser::parse(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(TargetRule::familyKey(rule.family), TargetRule::familyKey(family));
    Indicator ind;
    ind.code = QStringLiteral("X01");
    ind.targetText = text;
    ind.measureUnit = QStringLiteral("%");
    const Assessment a = Assessor::assess(ind, rule, series, series.lastKey());
    QVERIFY2(a.status == status, qPrintable(Assessment::statusLabel(a.status) + QStringLiteral(": ") + a.reason));
    QVERIFY2(!a.reason.isEmpty(), qPrintable(text));
}

void TestAssessorDirections::neverGuessed_data()
{
    QTest::addColumn<QString>("text");
    // Open direction, two directions at once, unknown words, words with numbers.
    for (const char *w : {"保持在95%", "稳定在95%", "维持95", "保持", "保持稳定", "稳定", "<8以上", "≥8以下",
                          "不低于8以下", "逐年提高至95%", "明显提高10%", "明显改善", "有所改善", "趋于合理",
                          "降低8以上", "95%-98%", "约45", "45上下", "提高降低"})
        QTest::newRow(w) << QString::fromUtf8(w);
}

void TestAssessorDirections::neverGuessed()
{
    QFETCH(QString, text);
    QString error;
    const TargetRule rule = TargetParser::parse(text, &error);
    QCOMPARE(TargetRule::familyKey(rule.family), QStringLiteral("unparsed"));
    QVERIFY2(error.contains(QStringLiteral("“%1”").arg(text)), qPrintable(error));
    Indicator ind;
    ind.code = QStringLiteral("X01");
    ind.targetText = text;
    ind.measureUnit = QStringLiteral("%");
    const Assessment a = Assessor::assess(ind, rule, years({50, 60}), 2021);
    QCOMPARE(a.status, Status::NeedsJudgement);
    QVERIFY2(a.reason.contains(QStringLiteral("the target text “%1” cannot be read as a rule").arg(text)),
             qPrintable(a.reason));
}

void TestAssessorDirections::relativeBothDirections()
{
    Indicator ind;
    ind.code = QStringLiteral("X01");
    ind.measureUnit = QStringLiteral("%");
    const Series reference = years({30, 30});
    for (const auto &[text, atMost] : {std::pair{QStringLiteral("不低于本区党员总数中女性比例"), false},
                                       std::pair{QStringLiteral("不高于本区党员总数中女性比例"), true},
                                       std::pair{QStringLiteral("不超过本区党员总数中女性比例"), true}}) {
        const TargetRule rule = TargetParser::parse(text);
        QCOMPARE(TargetRule::familyKey(rule.family), QStringLiteral("relative"));
        QCOMPARE(rule.referenceAtMost, atMost);
        ind.targetText = text;
        const Assessment above = Assessor::assess(ind, rule, years({29, 31}), 2021, reference);
        const Assessment below = Assessor::assess(ind, rule, years({31, 29}), 2021, reference);
        QCOMPARE(above.status, atMost ? Status::NotMet : Status::Met);
        QCOMPARE(below.status, atMost ? Status::Met : Status::NotMet);
        QVERIFY2(above.reason.contains(atMost ? QStringLiteral("so at most 30.0% is allowed")
                                              : QStringLiteral("so at least 30.0% is required")),
                 qPrintable(above.reason));
    }
}

QTEST_GUILESS_MAIN(TestAssessorDirections)
#include "tst_assessordirections.moc"
