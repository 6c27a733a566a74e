// The built-in catalog against the plan's 专栏1 tables: every code, sample rows
// character for character, categories, units, sub-indicators; the same catalog read
// back from a new database; the catalog CSV export; and loader errors.
#include "tempdatabase.h"

#include "catalog/catalogloader.h"
#include "exchange/catalogexport.h"
#include "exchange/csvreader.h"
#include "storage/catalogrepository.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// In table order, as the plan numbers them.
const QStringList kWomenCodes = {"W01", "W02", "W03", "W04", "W05", "W05a", "W06", "W07",  "W08", "W09",  "W10", "W11",
                                 "W12", "W13", "W14", "W15", "W16", "W17",  "W18", "W19",  "W20", "W21",  "W22", "W23",
                                 "W24", "W25", "W26", "W27", "W28", "W29",  "W30", "W30a", "W31", "W31a", "W32", "W33",
                                 "W34", "W35", "W36", "W37", "W38", "W39",  "W40", "W41",  "W42", "W43",  "W44", "W45"};
const QStringList kChildrenCodes = {"C01",  "C02",  "C03", "C04", "C05", "C06",  "C07",  "C08", "C09", "C10",  "C10a",
                                    "C10b", "C10c", "C11", "C12", "C13", "C13a", "C13b", "C14", "C15", "C15a", "C15b",
                                    "C16",  "C17",  "C18", "C19", "C20", "C21",  "C22",  "C23", "C24", "C25",  "C26",
                                    "C27",  "C28",  "C29", "C30", "C31", "C32",  "C33",  "C34"};

const QStringList kWomenCategories = {"妇女与健康",     "妇女与教育",     "妇女与经济", "妇女参与决策管理",
                                      "妇女与社会保障", "妇女与家庭建设", "妇女与环境", "妇女与法律"};
const QStringList kChildrenCategories = {"儿童与健康", "儿童与安全", "儿童与教育", "儿童与福利",
                                         "儿童与家庭", "儿童与环境", "儿童与法律"};

const QStringList kMeasureUnits = {"%",  "‰",  "1/10万", "岁", "年", "万人", "户",
                                   "件", "个", "人",     "张", "名", "小时", ""};

QVector<Indicator> builtinIndicators()
{
    return CatalogLoader::builtin().indicators;
}

QStringList codesOf(const QVector<Indicator> &indicators, const QString &plan)
{
    QStringList out;
    for (const Indicator &ind : indicators) {
        if (ind.planCode == plan)
            out.append(ind.code);
    }
    return out;
}

// Copies the built-in TSV files into `dir` so one of them can be spoiled.
bool copyBuiltin(const QString &dir)
{
    for (const char *name : {"plans.tsv", "units.tsv", "indicators.tsv", "baselines.tsv"}) {
        const QString file = QString::fromLatin1(name);
        if (!TestFiles::write(QDir(dir).filePath(file), TestFiles::read(QStringLiteral(":/catalog/") + file)))
            return false;
    }
    return true;
}

bool replaceInFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = TestFiles::read(path);
    if (!bytes.contains(from))
        return false;
    bytes.replace(from, to);
    return TestFiles::write(path, bytes);
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyCode();
    void planRows_data();
    void planRows();
    void numbersAndParents();
    void categories();
    void units();
    void measureUnitsAndAttributes();
    void relativeReference();
    void baselines();
    void storedCatalogEqualsBuiltin();
    void csvExport();
    void jsonExport();
    void loaderErrors_data();
    void loaderErrors();
};

void TestCatalog::everyCode()
{
    const QVector<Indicator> indicators = builtinIndicators();
    QCOMPARE(kWomenCodes.size(), 48);
    QCOMPARE(kChildrenCodes.size(), 41);
    QCOMPARE(indicators.size(), 89);
    QCOMPARE(codesOf(indicators, QStringLiteral("W")), kWomenCodes);
    QCOMPARE(codesOf(indicators, QStringLiteral("C")), kChildrenCodes);
    // Women's table first, then the children's, each in the plan's order.
    QStringList all;
    for (const Indicator &ind : indicators)
        all.append(ind.code);
    QCOMPARE(all, kWomenCodes + kChildrenCodes);
    for (int i = 0; i < indicators.size(); ++i)
        QCOMPARE(indicators.at(i).position, i);
    QCOMPARE(CatalogLoader::builtin().indicatorsOfPlan(QStringLiteral("W")).size(), 48);
    QCOMPARE(CatalogLoader::builtin().indicatorsOfPlan(QStringLiteral("C")).size(), 41);
    QVERIFY(!CatalogLoader::builtin().indicator(QStringLiteral("W46")));
    QVERIFY(!CatalogLoader::builtin().indicator(QStringLiteral("w01"))); // codes are case-sensitive keys
}

void TestCatalog::planRows_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("measureUnit");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("units"); // ';'-joined, lead first

    auto row = [](const char *code, const char *name, const char *unit, const char *target, const char *attribute,
                  const char *units) {
        QTest::newRow(code) << QString::fromUtf8(code) << QString::fromUtf8(name) << QString::fromUtf8(unit)
                            << QString::fromUtf8(target) << QString::fromUtf8(attribute) << QString::fromUtf8(units);
    };
    row("W01", "婚前医学检查率", "%", "逐年提高", "预期性", "区卫健委");
    row("W03", "孕产妇死亡率", "1/10万", "＜8", "约束性", "区卫健委");
    row("W05a", "适龄妇女乳腺癌人群筛查率", "%", "逐步提高", "预期性", "区卫健委");
    row("W10", "由政府举办的标准化妇幼保健机构覆盖率", "%", "100", "约束性", "区发改委;区卫健委");
    row("W12", "高中阶段教育女性毛入学率", "%", "＞98.5", "预期性", "区教委");
    row("W15", "就业人员中女性比例", "%", "45左右", "预期性", "区人社局");
    row("W19", "女职工职业病发病率", "%", "明显降低", "预期性", "区卫健委;区人社局;区医保局");
    row("W21", "区委党代会女代表比例", "%", "不低于本区党员总数中女性比例", "预期性", "区委组织部");
    row("W29", "企业职工代表大会中女性比例", "%", "与女职工比例相适应", "预期性", "区国资委;区总工会");
    row("W30a", "村（社区）党组织书记中女性比例", "%", "提高", "预期性", "区委组织部");
    row("W31a", "社区居委会成员中女性比例", "%", "50左右", "预期性", "区民政局");
    row("W33", "女性基本养老保险参保人数", "万人", "提高", "预期性", "区人社局");
    row("W38", "市级文明家庭", "户", "提高", "预期性", "区委宣传部;区妇联");
    row("W39", "出生人口性别比", "", "趋于平衡", "预期性", "区卫健委");
    row("W40", "城镇公共厕所男女厕位比", "", "2:3", "预期性", "区城管局");
    row("W41", "城区集中式饮水水源水质达标率", "%", "提升", "约束性", "区生态环境局");
    row("W45", "杀害、强奸、伤害、侮辱、拐卖妇女刑事案件发生数", "件", "得到控制", "预期性", "区公安分局");
    row("C01", "新生儿死亡率", "‰", "<1.5", "约束性", "区卫健委");
    row("C04", "5岁以下儿童死亡率", "‰", "<4.5", "约束性", "区卫健委;区公安分局");
    row("C10b", "初中生近视率", "%", "＜60", "预期性", "区教委");
    row("C11", "中小学生《国家学生体质健康标准》优良率", "%", "≥60", "预期性", "区教委");
    row("C13a", "每所乡镇卫生院、社区卫生服务中心配备提供规范儿童基本医疗服务的全科医生数", "名", "≥1", "预期性",
        "区卫健委");
    row("C15b", "高中生每天睡眠时间", "小时", "≥8", "预期性", "区教委");
    row("C18", "儿童暴力伤害发生率", "‰", "减少", "预期性", "区公安分局;区教委;区卫健委");
    row("C25", "儿童参加城乡居民基本医疗保险覆盖率", "%", "巩固提高", "预期性", "区医保局");
    row("C27", "0-6岁残疾儿童康复救助人数", "人", "提高", "预期性", "区残联");
    row("C34", "乡镇（街道）未成年人保护工作站覆盖率", "%", "100", "预期性", "区民政局");
}

void TestCatalog::planRows()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, measureUnit);
    QFETCH(QString, target);
    QFETCH(QString, attribute);
    QFETCH(QString, units);

    const Indicator *ind = CatalogLoader::builtin().indicator(code);
    QVERIFY(ind);
    QCOMPARE(ind->code, code);
    QCOMPARE(ind->planCode, code.left(1));
    QCOMPARE(ind->name, name);
    QCOMPARE(ind->measureUnit, measureUnit);
    QCOMPARE(ind->targetText, target);
    QCOMPARE(Indicator::attributeText(ind->attribute), attribute);
    QCOMPARE(ind->isBinding(), attribute == QStringLiteral("约束性"));
    QCOMPARE(ind->units.join(QLatin1Char(';')), units);
    QCOMPARE(ind->leadUnit(), units.section(QLatin1Char(';'), 0, 0));
}

void TestCatalog::numbersAndParents()
{
    const QHash<QString, QString> parents = {{"W05a", "W05"}, {"W30a", "W30"}, {"W31a", "W31"}, {"C10a", "C10"},
                                             {"C10b", "C10"}, {"C10c", "C10"}, {"C13a", "C13"}, {"C13b", "C13"},
                                             {"C15a", "C15"}, {"C15b", "C15"}};
    const Catalog &catalog = CatalogLoader::builtin();
    int subIndicators = 0;
    for (const Indicator &ind : catalog.indicators) {
        const bool sub = ind.code.size() == 4;
        if (sub) {
            ++subIndicators;
            QVERIFY2(ind.number.isEmpty(), qPrintable(ind.code));
            QCOMPARE(ind.parentCode, parents.value(ind.code));
            const Indicator *parent = catalog.indicator(ind.parentCode);
            QVERIFY(parent);
            QCOMPARE(parent->category, ind.category);
            QVERIFY(parent->parentCode.isEmpty());
            QVERIFY(parent->position < ind.position);
        } else {
            QCOMPARE(ind.number, QString::number(ind.code.mid(1).toInt()));
            QVERIFY2(ind.parentCode.isEmpty(), qPrintable(ind.code));
        }
    }
    QCOMPARE(subIndicators, parents.size());
}

void TestCatalog::categories()
{
    const Catalog &catalog = CatalogLoader::builtin();
    QCOMPARE(catalog.categoriesOfPlan(QStringLiteral("W")), kWomenCategories);
    QCOMPARE(catalog.categoriesOfPlan(QStringLiteral("C")), kChildrenCategories);
    QCOMPARE(catalog.categories.size(), 15);

    // Spot checks of which field an indicator sits in.
    QCOMPARE(catalog.indicator(QStringLiteral("W10"))->category, QStringLiteral("妇女与健康"));
    QCOMPARE(catalog.indicator(QStringLiteral("W11"))->category, QStringLiteral("妇女与教育"));
    QCOMPARE(catalog.indicator(QStringLiteral("W20"))->category, QStringLiteral("妇女参与决策管理"));
    QCOMPARE(catalog.indicator(QStringLiteral("W31a"))->category, QStringLiteral("妇女参与决策管理"));
    QCOMPARE(catalog.indicator(QStringLiteral("W38"))->category, QStringLiteral("妇女与家庭建设"));
    QCOMPARE(catalog.indicator(QStringLiteral("W45"))->category, QStringLiteral("妇女与法律"));
    QCOMPARE(catalog.indicator(QStringLiteral("C17"))->category, QStringLiteral("儿童与安全"));
    QCOMPARE(catalog.indicator(QStringLiteral("C23"))->category, QStringLiteral("儿童与福利"));
    QCOMPARE(catalog.indicator(QStringLiteral("C28"))->category, QStringLiteral("儿童与家庭"));
    QCOMPARE(catalog.indicator(QStringLiteral("C31"))->category, QStringLiteral("儿童与环境"));
    QCOMPARE(catalog.indicator(QStringLiteral("C34"))->category, QStringLiteral("儿童与法律"));

    // The stored categories keep the plans' order.
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QStringList stored;
    for (const Category &c : CatalogRepository(t.connection()).categories())
        stored.append(c.name);
    QCOMPARE(stored, kWomenCategories + kChildrenCategories);
}

void TestCatalog::units()
{
    const Catalog &catalog = CatalogLoader::builtin();
    QCOMPARE(catalog.units.size(), 22);
    QStringList members;
    for (const ResponsibleUnit &u : catalog.units) {
        if (u.kind == ResponsibleUnit::Kind::Member)
            members.append(u.name);
    }
    QCOMPARE(members.size(), 20);
    QCOMPARE(catalog.units.at(20).name, QStringLiteral("区统计局"));
    QCOMPARE(catalog.units.at(20).kind, ResponsibleUnit::Kind::Monitoring);
    QCOMPARE(catalog.units.at(21).name, QStringLiteral("区妇儿工委办"));
    QCOMPARE(catalog.units.at(21).kind, ResponsibleUnit::Kind::Office);
    // "区生态 / 环境局" in the table is one unit.
    QVERIFY(members.contains(QStringLiteral("区生态环境局")));
    for (const QString &name : members)
        QVERIFY2(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char(' ')), qPrintable(name));

    // Each indicator names only known member units; each member unit has an indicator.
    QSet<QString> used;
    for (const Indicator &ind : catalog.indicators) {
        QVERIFY2(!ind.units.isEmpty(), qPrintable(ind.code));
        for (const QString &u : ind.units) {
            QVERIFY2(members.contains(u), qPrintable(ind.code + QLatin1Char(' ') + u));
            used.insert(u);
        }
    }
    QCOMPARE(used.size(), 20);
}

void TestCatalog::measureUnitsAndAttributes()
{
    int binding = 0;
    for (const Indicator &ind : CatalogLoader::builtin().indicators) {
        QVERIFY2(kMeasureUnits.contains(ind.measureUnit), qPrintable(ind.code + QLatin1Char(' ') + ind.measureUnit));
        QVERIFY2(!ind.targetText.isEmpty(), qPrintable(ind.code));
        QVERIFY2(ind.targetText == ind.targetText.trimmed(), qPrintable(ind.code));
        QVERIFY2(ind.name == ind.name.trimmed(), qPrintable(ind.code));
        binding += ind.isBinding() ? 1 : 0;
    }
    // Only ratios have no unit.
    QStringList unitless;
    for (const Indicator &ind : CatalogLoader::builtin().indicators) {
        if (ind.measureUnit.isEmpty())
            unitless.append(ind.code);
    }
    QCOMPARE(unitless, (QStringList{QStringLiteral("W39"), QStringLiteral("W40")}));
    QVERIFY(binding > 0);
    QVERIFY(binding < 89);
}

void TestCatalog::relativeReference()
{
    // 不低于本区党员总数中女性比例 compares with W20, the share of women party members.
    QCOMPARE(CatalogLoader::builtin().indicator(QStringLiteral("W21"))->params.referenceCode, QStringLiteral("W20"));
    QCOMPARE(CatalogLoader::builtin().indicator(QStringLiteral("W29"))->params.referenceCode, QString());
}

void TestCatalog::baselines()
{
    QHash<QString, double> values;
    for (const BaselineValue &b : CatalogLoader::builtin().baselines) {
        QCOMPARE(b.year, 2020);
        QCOMPARE(b.source, QStringLiteral("规划文本·发展基础"));
        QVERIFY2(!b.quote.isEmpty(), qPrintable(b.code));
        QVERIFY2(CatalogLoader::builtin().indicator(b.code), qPrintable(b.code));
        values.insert(b.code, b.value);
    }
    const QHash<QString, double> stated = {{"W03", 0.0},  {"W04", 92.6},  {"W22", 30.9},
                                           {"W23", 34.4}, {"C19", 100.0}, {"C20", 80.6}};
    for (auto it = stated.cbegin(); it != stated.cend(); ++it) {
        QVERIFY2(values.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(values.value(it.key()), it.value());
    }
}

void TestCatalog::storedCatalogEqualsBuiltin()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const QVector<Indicator> stored = CatalogRepository(t.connection()).indicators();
    const QVector<Indicator> builtin = builtinIndicators();
    QCOMPARE(stored.size(), builtin.size());
    for (int i = 0; i < stored.size(); ++i) {
        const Indicator &s = stored.at(i);
        const Indicator &b = builtin.at(i);
        QCOMPARE(s.code, b.code);
        QCOMPARE(s.planCode, b.planCode);
        QCOMPARE(s.category, b.category);
        QCOMPARE(s.number, b.number);
        QCOMPARE(s.parentCode, b.parentCode);
        QCOMPARE(s.name, b.name);
        QCOMPARE(s.measureUnit, b.measureUnit);
        QCOMPARE(s.targetText, b.targetText);
        QCOMPARE(s.attribute, b.attribute);
        QCOMPARE(s.units, b.units);
        QCOMPARE(s.params, b.params);
        QCOMPARE(s.position, b.position);
    }
    const std::optional<Indicator> w19 = CatalogRepository(t.connection()).indicator(QStringLiteral("W19"));
    QVERIFY(w19);
    QCOMPARE(w19->units, (QStringList{"区卫健委", "区人社局", "区医保局"}));
}

void TestCatalog::csvExport()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const QByteArray csv = CatalogExport::toCsv(CatalogRepository(t.connection()).indicators());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("\r\n"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString()); // after the last CRLF
    QCOMPARE(lines.size(), 90);
    QCOMPARE(lines.first(), QStringLiteral("code,plan,category,number,name,measure_unit,target,attribute,units"));
    QCOMPARE(CatalogExport::columns().join(QLatin1Char(',')), lines.first());
    QCOMPARE(lines.at(1), QStringLiteral("W01,W,妇女与健康,1,婚前医学检查率,%,逐年提高,预期性,区卫健委"));
    QVERIFY(lines.contains(QStringLiteral("W05a,W,妇女与健康,,适龄妇女乳腺癌人群筛查率,%,逐步提高,预期性,区卫健委")));
    QVERIFY(lines.contains(QStringLiteral("W40,W,妇女与环境,40,城镇公共厕所男女厕位比,,2:3,预期性,区城管局")));
    QVERIFY(lines.contains(QStringLiteral("C04,C,儿童与健康,4,5岁以下儿童死亡率,‰,<4.5,约束性,区卫健委;区公安分局")));
    QCOMPARE(lines.last(),
             QStringLiteral("C34,C,儿童与法律,34,乡镇（街道）未成年人保护工作站覆盖率,%,100,预期性,区民政局"));

    // Read back with the CSV reader: every row has the nine columns of its indicator.
    bool valid = false;
    QVector<CsvReader::Record> records;
    QString error;
    QVERIFY(CsvReader::parse(CsvReader::decodeUtf8(csv, &valid), &records, &error));
    QVERIFY(valid);
    QCOMPARE(records.size(), 90);
    const QVector<Indicator> builtin = builtinIndicators();
    for (int i = 0; i < builtin.size(); ++i) {
        const QStringList f = records.at(i + 1).fields;
        const Indicator &ind = builtin.at(i);
        QCOMPARE(f.size(), 9);
        QCOMPARE(
            f,
            (QStringList{ind.code, ind.planCode, ind.category, ind.number, ind.name, ind.measureUnit, ind.targetText,
                         Indicator::attributeText(ind.attribute), ind.units.join(QLatin1Char(';'))}));
        QCOMPARE(records.at(i + 1).line, i + 2);
    }
}

void TestCatalog::jsonExport()
{
    const QJsonDocument doc = QJsonDocument::fromJson(CatalogExport::toJson(builtinIndicators()));
    QVERIFY(doc.isArray());
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 89);
    const QJsonObject w19 = rows.at(kWomenCodes.indexOf(QStringLiteral("W19"))).toObject();
    QCOMPARE(w19.value(QStringLiteral("code")).toString(), QStringLiteral("W19"));
    QCOMPARE(w19.value(QStringLiteral("target")).toString(), QStringLiteral("明显降低"));
    QCOMPARE(w19.value(QStringLiteral("attribute")).toString(), QStringLiteral("预期性"));
    QCOMPARE(w19.value(QStringLiteral("units")).toArray().size(), 3);
    QCOMPARE(w19.value(QStringLiteral("units")).toArray().at(0).toString(), QStringLiteral("区卫健委"));
}

void TestCatalog::loaderErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message"); // empty: the load succeeds

    QTest::newRow("unchanged copy loads")
        << QStringLiteral("plans.tsv") << QByteArray("W\t") << QByteArray("W\t") << QString();
    QTest::newRow("bad attribute") << QStringLiteral("indicators.tsv") << QByteArray("逐年提高\t预期性")
                                   << QByteArray("逐年提高\t可选")
                                   << QStringLiteral(
                                          "indicators.tsv line 2: attribute: 可选: expected 约束性 or 预期性");
    QTest::newRow("unknown plan") << QStringLiteral("indicators.tsv") << QByteArray("C34\tC\t")
                                  << QByteArray("C34\tX\t")
                                  << QStringLiteral(
                                         "indicators.tsv line 90: plan: X: expected a plan code of plans.tsv");
    QTest::newRow("missing units.tsv") << QStringLiteral("units.tsv") << QByteArray() << QByteArray("<remove>")
                                       << QStringLiteral("Cannot read %1/units.tsv");
    QTest::newRow("no units") << QStringLiteral("indicators.tsv") << QByteArray("预期性\t区卫健委\t\t\nW02")
                              << QByteArray("预期性\t\t\t\nW02")
                              << QStringLiteral("indicators.tsv line 2: code, name and units are required");
    QTest::newRow("bad reading of 左右")
        << QStringLiteral("indicators.tsv") << QByteArray("区人社局\t\tabout_or_above\nW16")
        << QByteArray("区人社局\t\tsideways\nW16")
        << QStringLiteral("indicators.tsv line 17: about: sideways: expected band, about_or_above or about_or_below");
}

void TestCatalog::loaderErrors()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(copyBuiltin(dir.path()));
    if (to == "<remove>") {
        QVERIFY(QFile::remove(dir.filePath(file)));
        message = message.arg(dir.path());
    } else {
        QVERIFY(replaceInFile(dir.filePath(file), from, to));
    }
    Catalog catalog;
    QString error;
    const bool ok = CatalogLoader::load(dir.path(), &catalog, &error);
    if (message.isEmpty()) {
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(catalog.indicators.size(), 89);
        QCOMPARE(catalog.defaultAreaName, QStringLiteral("江北区"));
    } else {
        QVERIFY(!ok);
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
