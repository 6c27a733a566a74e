// `fuer-monitor report` as a user runs it: --format pdf|docx|odt (or the file's
// extension), and --issuing-body, which is checked, stored and printed on the cover
// of this and every later report.
#include "clirunner.h"
#include "testzip.h"

#include <QtTest>

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formats_data();
    void formats();
    void badFormat();
    void issuingBody();
    void badIssuingBody();

private:
    static QString pdfText(const QString &path, int firstPage = 0);
    QTemporaryDir m_dir;
    QString m_demo;
};

QString TestReportCli::pdfText(const QString &path, int firstPage)
{
    QStringList args;
    if (firstPage > 0)
        args << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l")
             << QString::number(firstPage);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Cli::Result r = Cli::run(m_dir.path(), {"demo", "--out", m_demo});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
}

void TestReportCli::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format"); // empty: by the extension
    QTest::addColumn<QString>("expected");
    QTest::newRow("docx by --format") << "a.docx"
                                      << "docx"
                                      << "docx";
    QTest::newRow("docx by extension") << "b.docx"
                                       << ""
                                       << "docx";
    QTest::newRow("--format docx wins over the name") << "c.pdf"
                                                      << "docx"
                                                      << "docx";
    QTest::newRow("odt by extension") << "d.odt"
                                      << ""
                                      << "odt";
    QTest::newRow("pdf by default") << "e.report"
                                    << ""
                                    << "pdf";
    QTest::newRow("pdf by --format") << "f.pdf"
                                     << "pdf"
                                     << "pdf";
}

void TestReportCli::formats()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const QString out = m_dir.filePath(file);
    QStringList args{QStringLiteral("report"), QStringLiteral("--db"),  m_demo, QStringLiteral("--year"),
                     QStringLiteral("2025"),   QStringLiteral("--out"), out,    QStringLiteral("--lang"),
                     QStringLiteral("en")};
    if (!format.isEmpty())
        args << QStringLiteral("--format") << format;
    const Cli::Result r = Cli::run(m_dir.path(), args, 180000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(r.errText().contains(QStringLiteral("Report written to")));
    const QByteArray bytes = Cli::readFile(out);
    if (expected == QLatin1String("pdf")) {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(pdfText(out).contains(QStringLiteral("一、Headline figures for 2025")));
        return;
    }
    QString error;
    const QMap<QString, QByteArray> parts = TestZip::readAll(out, &error);
    QVERIFY2(!parts.isEmpty(), qPrintable(error));
    if (expected == QLatin1String("odt")) {
        QVERIFY(parts.contains(QStringLiteral("content.xml")));
        return;
    }
    const QByteArray document = parts.value(QStringLiteral("word/document.xml"));
    QVERIFY(document.contains("一、Headline figures for 2025"));
    for (const char *code : {"W01", "W45", "W05a", "C01", "C34", "C10a"})
        QVERIFY2(document.contains(QByteArray(">") + code + "<"), code);
}

void TestReportCli::badFormat()
{
    const QString out = m_dir.filePath(QStringLiteral("bad.rtf"));
    const Cli::Result r = Cli::run(
        m_dir.path(), {"report", "--db", m_demo, "--year", "2025", "--format", "rtf", "--out", out, "--lang", "en"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("--format: rtf: expected pdf, docx or odt")),
             r.describe().constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestReportCli::issuingBody()
{
    const QString db = m_dir.filePath(QStringLiteral("office.sqlite"));
    QVERIFY(QFile::copy(m_demo, db));
    const QString office = QStringLiteral("江北区妇儿工委办（命令行）");
    const QString first = m_dir.filePath(QStringLiteral("office-1.pdf"));
    Cli::Result r = Cli::run(m_dir.path(),
                             {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                              QStringLiteral("2025"), QStringLiteral("--issuing-body"), office, QStringLiteral("--out"),
                              first},
                             180000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(pdfText(first, 1).contains(office));
    // Kept for the next report, which does not name it.
    const QString second = m_dir.filePath(QStringLiteral("office-2.docx"));
    r = Cli::run(m_dir.path(), {"report", "--db", db, "--kind", "final", "--year", "2031", "--out", second}, 180000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QString error;
    const QMap<QString, QByteArray> parts = TestZip::readAll(second, &error);
    QVERIFY2(QString::fromUtf8(parts.value(QStringLiteral("word/document.xml"))).contains(office), qPrintable(error));
}

void TestReportCli::badIssuingBody()
{
    const QString out = m_dir.filePath(QStringLiteral("empty-office.pdf"));
    const Cli::Result r = Cli::run(
        m_dir.path(),
        {"report", "--db", m_demo, "--year", "2025", "--issuing-body", "  ", "--out", out, "--lang", "en"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("Issuing body: the name of the issuing office is empty")),
             r.describe().constData());
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
