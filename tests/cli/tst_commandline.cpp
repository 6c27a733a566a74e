// The fuer-monitor executable, run as a user would: --help and --version, exit
// codes and messages of wrong commands and option values, the catalog, target
// explain, and --db files that cannot be used. Data commands: tst_commanddata.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void helpWithoutDisplay();
    void versionWithoutDisplay();
    void windowWithoutDisplay();
    void unknownCommand_data();
    void unknownCommand();
    void unparsableCommandLine_data();
    void unparsableCommandLine();
    void badOptionValue_data();
    void badOptionValue();
    void catalogCsv();
    void catalogJson();
    void catalogToFile();
    void targetExplain();
    void targetExplainRefused();
    void databaseInMissingFolder();
    void nonDatabaseFile_data();
    void nonDatabaseFile();

private:
    Cli::Result run(const QStringList &arguments) { return Cli::run(m_dir->path(), arguments); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCommandLine::helpWithoutDisplay()
{
    // Also for a command that otherwise wants a display (report).
    for (const QStringList &args : {QStringList{"--help"}, QStringList{"report", "--help"}, QStringList{"-h"}}) {
        const Cli::Result r = run(args);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QString out = r.outText();
        for (const char *word : {"--db", "--lang", "--format", "--year", "catalog", "values import", "values export",
                                 "template", "demo --out FILE", "target explain", "assess", "report"})
            QVERIFY2(out.contains(QLatin1String(word)), word);
    }
    // English help keeps the English texts.
    const Cli::Result en = run({"--help", "--lang", "en"});
    QCOMPARE(en.exitCode, 0);
    QVERIFY(en.outText().contains(QStringLiteral("list the indicators of both plans")));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

void TestCommandLine::versionWithoutDisplay()
{
    for (const char *option : {"--version", "-v"}) {
        const Cli::Result r = run({QString::fromLatin1(option)});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(
            QRegularExpression(QStringLiteral("^fuer-monitor \\d+\\.\\d+\\.\\d+\\n$")).match(r.outText()).hasMatch(),
            r.out.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
}

void TestCommandLine::windowWithoutDisplay()
{
    // No command opens the window; without a display it says so and points to the
    // commands instead of aborting inside Qt, and creates no database.
    const Cli::Result r = run({"--db", path("fuer.sqlite"), "--lang", "en"});
    QVERIFY2(r.exitCode == 1 && !r.crashed, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("No display"))
                 && r.errText().contains(QStringLiteral("report --year")),
             r.err.constData());
    QVERIFY(!QFileInfo::exists(path("fuer.sqlite")));
    const Cli::Result zh = run({"--db", path("fuer.sqlite")});
    QCOMPARE(zh.exitCode, 1);
    QVERIFY2(zh.errText().contains(QStringLiteral("显示")), zh.err.constData());
}

void TestCommandLine::unknownCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("word") << QStringList{"frobnicate"} << "frobnicate";
    QTest::newRow("values alone") << QStringList{"values"} << "values";
    QTest::newRow("values delete") << QStringList{"values", "delete"} << "values delete";
    QTest::newRow("import without file") << QStringList{"values", "import"} << "values import";
    QTest::newRow("catalog extra") << QStringList{"catalog", "all"} << "catalog all";
    QTest::newRow("target without text") << QStringList{"target", "explain"} << "target explain";
}

void TestCommandLine::unknownCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const Cli::Result r = run(args + QStringList{"--lang", lang, "--db", path("x.sqlite")});
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(named), r.err.constData());
        QVERIFY(r.out.isEmpty());
        if (lang == QLatin1String("en"))
            QVERIFY2(r.errText().startsWith(QStringLiteral("Unknown command: ") + named), r.err.constData());
        else
            QVERIFY2(r.errText().startsWith(QStringLiteral("未知命令：") + named), r.err.constData());
    }
    QVERIFY2(!QFileInfo::exists(path("x.sqlite")), "no database is opened for a wrong command");
}

void TestCommandLine::unparsableCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    // Without a command the program would open its window: a wrong command line
    // must still be answered on stderr, without a display.
    QTest::newRow("unknown option") << QStringList{"--bogus"} << "bogus";
    QTest::newRow("--db without file") << QStringList{"--db"} << "--db";
    QTest::newRow("unknown option of report") << QStringList{"report", "--bogus"} << "bogus";
    QTest::newRow("unknown option of assess") << QStringList{"assess", "--year", "2025", "--bogus"} << "bogus";
}

void TestCommandLine::unparsableCommandLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const Cli::Result r = run(QStringList{"--lang", "en"} + args);
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY2(r.errText().contains(named), r.err.constData());
}

void TestCommandLine::badOptionValue_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("assess --year 1999") << QStringList{"assess", "--year", "1999"}
                                        << "--year: 1999: expected a year from 2020 to 2030";
    QTest::newRow("assess --year 2031") << QStringList{"assess", "--year", "2031"}
                                        << "--year: 2031: expected a year from 2020 to 2030";
    QTest::newRow("report --year 2032") << QStringList{"report", "--year", "2032", "--out", "r.pdf"}
                                        << "--year: 2032: expected a year from 2020 to 2031";
    QTest::newRow("assess --year abc") << QStringList{"assess", "--year", "abc"} << "--year: abc: expected a year";
    QTest::newRow("assess without --year")
        << QStringList{"assess"} << "--year: (empty): a year from 2020 to 2030 is required";
    QTest::newRow("assess --format pdf") << QStringList{"assess", "--year", "2025", "--format", "pdf"}
                                         << "--format: pdf: expected csv, json or xlsx";
    QTest::newRow("assess xlsx without --out")
        << QStringList{"assess", "--year", "2025", "--format", "xlsx"} << "--format xlsx: --out FILE.xlsx is required";
    QTest::newRow("catalog --format xml")
        << QStringList{"catalog", "--format", "xml"} << "--format: xml: expected csv or json";
    QTest::newRow("values export --format json")
        << QStringList{"values", "export", "--format", "json"} << "--format: json: expected csv or xlsx";
    QTest::newRow("values export --year 2040") << QStringList{"values", "export", "--year", "2040"} << "--year: 2040";
    QTest::newRow("values import --state returned") << QStringList{"values", "import", "a.csv", "--state", "returned"}
                                                    << "--state: returned: expected draft, submitted or approved";
    QTest::newRow("values import --encoding latin1") << QStringList{"values", "import", "a.csv", "--encoding", "latin1"}
                                                     << "--encoding: latin1: expected UTF-8 or GB18030";
    QTest::newRow("report --kind weekly")
        << QStringList{"report", "--year", "2025", "--kind", "weekly", "--out", "r.pdf"}
        << "--kind: weekly: expected annual, midterm or final";
    QTest::newRow("report without --out") << QStringList{"report", "--year", "2025"} << "--out FILE.pdf";
    QTest::newRow("template without --unit") << QStringList{"template", "--year", "2025", "--out", "t.xlsx"}
                                             << "--unit NAME, --year Y and --out FILE.xlsx are required";
    QTest::newRow("demo without --out") << QStringList{"demo"} << "demo: --out FILE is required";
}

void TestCommandLine::badOptionValue()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Cli::Result r = run(args + QStringList{"--db", path("x.sqlite"), "--lang", "en"});
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // Options are checked before anything is opened or written.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());

    // Chinese (the default) names the same option and value.
    const Cli::Result zh = run(args + QStringList{"--db", path("x.sqlite")});
    QCOMPARE(zh.exitCode, 2);
    const QString option = message.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), 0, 0);
    QVERIFY2(zh.errText().contains(option), zh.err.constData());
    QVERIFY2(zh.errText() != r.errText(), "the message is translated");
}

void TestCommandLine::catalogCsv()
{
    const Cli::Result r = run({"catalog", "--format", "csv", "--db", path("fuer.sqlite")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF")); // a BOM, for spreadsheets
    const QVector<QStringList> rows = Cli::csvRows(r.out);
    QCOMPARE(rows.value(0).join(QLatin1Char(',')),
             QStringLiteral("code,plan,category,number,name,measure_unit,target,attribute,units"));
    QCOMPARE(rows.size(), 1 + 89);
    int women = 0;
    int children = 0;
    QSet<QString> codes;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), 9);
        codes.insert(row.at(0));
        QVERIFY2(!row.at(4).isEmpty() && !row.at(6).isEmpty() && !row.at(8).isEmpty(), qPrintable(row.join(',')));
        if (row.at(1) == QLatin1String("W") && row.at(0).startsWith(QLatin1Char('W')))
            ++women;
        else if (row.at(1) == QLatin1String("C") && row.at(0).startsWith(QLatin1Char('C')))
            ++children;
        else
            QFAIL(qPrintable(row.join(',')));
    }
    QCOMPARE(women, 48);
    QCOMPARE(children, 41);
    QCOMPARE(codes.size(), 89);
    QCOMPARE(rows.at(1).mid(0, 2), (QStringList{"W01", "W"}));

    // csv is the default format.
    QCOMPARE(run({"catalog", "--db", path("fuer.sqlite")}).out, r.out);
}

void TestCommandLine::catalogJson()
{
    const Cli::Result r = run({"catalog", "--format", "json", "--db", path("fuer.sqlite")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray items = doc.array();
    QCOMPARE(items.size(), 89);
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"code", "plan", "category", "name", "target", "attribute"})
            QVERIFY2(!o.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(o.value(QStringLiteral("number")).isString() && o.value(QStringLiteral("measure_unit")).isString());
        QVERIFY(o.value(QStringLiteral("units")).isArray());
        QVERIFY(!o.value(QStringLiteral("units")).toArray().isEmpty());
    }
    QCOMPARE(items.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("W01"));
}

void TestCommandLine::catalogToFile()
{
    const Cli::Result r = run({"catalog", "--out", path("catalog.csv"), "--db", path("fuer.sqlite")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(Cli::csvRows(Cli::readFile(path("catalog.csv"))).size(), 90);

    const Cli::Result missing = run(
        {"catalog", "--out", path("no/such/folder/catalog.csv"), "--db", path("fuer.sqlite"), "--lang", "en"});
    QVERIFY2(missing.exitCode == 1, missing.describe().constData());
    QVERIFY2(missing.errText().contains(QStringLiteral("Cannot write ") + path("no/such/folder/catalog.csv")),
             missing.err.constData());
}

void TestCommandLine::targetExplain()
{
    const Cli::Result zh = run({"target", "explain", QStringLiteral("≥94")});
    QVERIFY2(zh.exitCode == 0, zh.describe().constData());
    QCOMPARE(zh.outText(), QStringLiteral("不低于94\n"));

    const Cli::Result en = run({"target", "explain", QStringLiteral("≥94"), "--lang", "en"});
    QVERIFY2(en.exitCode == 0, en.describe().constData());
    QCOMPARE(en.outText(), QStringLiteral("at least 94\n"));

    // The words after "explain" are one target text.
    const Cli::Result around = run({"target", "explain", QStringLiteral("45左右"), "--lang", "en"});
    QVERIFY2(around.exitCode == 0, around.describe().constData());
    QVERIFY2(around.outText().contains(QStringLiteral("45")), around.out.constData());
    QVERIFY(around.outText() != en.outText());
    // No database is needed.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
}

void TestCommandLine::targetExplainRefused()
{
    const Cli::Result zh = run({"target", "explain", QStringLiteral("看情况")});
    QVERIFY2(zh.exitCode == 1, zh.describe().constData());
    QVERIFY(zh.out.isEmpty());
    QVERIFY2(zh.errText().contains(QStringLiteral("“看情况”不是可识别的目标写法")), zh.err.constData());

    const Cli::Result en = run({"target", "explain", QStringLiteral("看情况"), "--lang", "en"});
    QVERIFY2(en.exitCode == 1, en.describe().constData());
    QVERIFY2(en.errText().contains(QStringLiteral("The target “看情况” is not a known target form")),
             en.err.constData());
}

void TestCommandLine::databaseInMissingFolder()
{
    const QString db = path("missing/fuer.sqlite");
    for (const QStringList &args :
         {QStringList{"assess", "--year", "2025"}, QStringList{"catalog"}, QStringList{"values", "export"}}) {
        const Cli::Result r = run(args + QStringList{"--db", db, "--lang", "en"});
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(
                     QStringLiteral("The folder %1 for the database file does not exist.").arg(path("missing"))),
                 r.err.constData());
    }
    QVERIFY(!QFileInfo::exists(path("missing")));
}

void TestCommandLine::nonDatabaseFile_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("assess") << QStringList{"assess", "--year", "2025"};
    QTest::newRow("catalog") << QStringList{"catalog"};
    QTest::newRow("values export") << QStringList{"values", "export"};
    QTest::newRow("values import") << QStringList{"values", "import", "values.csv"};
    QTest::newRow("template") << QStringList{"template", "--unit", QStringLiteral("区卫健委"), "--year", "2025",
                                             "--out",    "t.xlsx"};
}

void TestCommandLine::nonDatabaseFile()
{
    QFETCH(QStringList, args);
    const QByteArray notes("code,year,value\nnot a database\n");
    QVERIFY(Cli::writeFile(path("notes.txt"), notes));
    QVERIFY(Cli::writeFile(path("values.csv"), "code,year,value\nW01,2024,88\n"));

    const Cli::Result r = run(args + QStringList{"--db", path("notes.txt"), "--lang", "en"});
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(path("notes.txt")
                                  + QStringLiteral(" is not a Fuer Monitor database: it is not an SQLite file.")),
             r.err.constData());
    QCOMPARE(Cli::readFile(path("notes.txt")), notes);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             (QStringList{"notes.txt", "values.csv"}));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
