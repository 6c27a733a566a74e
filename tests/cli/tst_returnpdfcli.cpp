// `fuer-monitor return-pdf` as a user runs it: a unit's printable return as a whole
// PDF; an unknown unit or year refused with a message naming it (and the units that
// lead indicators) and nothing written; a kill at any moment never leaves a
// truncated PDF under the final name.
#include "killloop.h"

#include <QStandardPaths>
#include <QtTest>

namespace {

bool pdfIsWhole(const QString &path, QString *why)
{
    const QByteArray bytes = Cli::readFile(path);
    if (!bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF")) {
        *why = QStringLiteral("%1: %2 bytes, not a whole PDF").arg(path).arg(bytes.size());
        return false;
    }
    return true;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReturnPdfCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesAWholePdf();
    void unknownUnit();
    void unknownYear();
    void missingOptions();
    void helpNamesTheCommand();
    void killedLeavesAWholeFile();

private:
    QStringList args(const QString &unit, const QString &year, const QString &out) const
    {
        return {"return-pdf", "--db", m_demo, "--unit", unit, "--year", year, "--out", out, "--lang", "zh_CN"};
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReturnPdfCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Cli::Result r = Cli::run(m_dir.path(), {"demo", "--out", m_demo});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
}

void TestReturnPdfCli::writesAWholePdf()
{
    const QString out = m_dir.filePath(QStringLiteral("区卫健委-2025.pdf"));
    const Cli::Result r = Cli::run(m_dir.path(), args(QStringLiteral("区卫健委"), QStringLiteral("2025"), out), 120000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QString why;
    QVERIFY2(pdfIsWhole(out, &why), qPrintable(why));
    QVERIFY2(r.errText().contains(QFileInfo(out).absoluteFilePath()), r.describe().constData());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not read back");
    const QString text = pdfText(out);
    for (const char *expected : {"区卫健委", "W01", "W04", "C01", "婚前医学检查率", "2025"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
}

void TestReturnPdfCli::unknownUnit()
{
    const QString out = m_dir.filePath(QStringLiteral("nobody.pdf"));
    const Cli::Result r = Cli::run(m_dir.path(), args(QStringLiteral("区不存在局"), QStringLiteral("2025"), out));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("区不存在局")), r.describe().constData());
    // The units that could be meant are listed.
    QVERIFY2(r.errText().contains(QStringLiteral("区卫健委")), r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("区教委")), r.describe().constData());
    QVERIFY(!QFileInfo::exists(out));

    // An existing file under the name is left as it was.
    QFile previous(out);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous");
    previous.close();
    const Cli::Result again = Cli::run(m_dir.path(), args(QStringLiteral("区不存在局"), QStringLiteral("2025"), out));
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(Cli::readFile(out), QByteArray("previous"));
}

void TestReturnPdfCli::unknownYear()
{
    const QString out = m_dir.filePath(QStringLiteral("year.pdf"));
    const Cli::Result r = Cli::run(m_dir.path(), args(QStringLiteral("区卫健委"), QStringLiteral("1999"), out));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("1999")), r.describe().constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestReturnPdfCli::missingOptions()
{
    const Cli::Result r = Cli::run(m_dir.path(),
                                   {"return-pdf", "--db", m_demo, "--year", "2025", "--out", m_dir.filePath("x.pdf")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("--unit")), r.describe().constData());
    const Cli::Result noOut = Cli::run(m_dir.path(),
                                       {"return-pdf", "--db", m_demo, "--year", "2025", "--unit", "区卫健委"});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY2(noOut.errText().contains(QStringLiteral("--out")), noOut.describe().constData());
}

void TestReturnPdfCli::helpNamesTheCommand()
{
    const Cli::Result r = Cli::run(m_dir.path(), {"--help", "--lang", "en"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("return-pdf --unit NAME --year Y --out FILE.pdf")), r.out.constData());
}

void TestReturnPdfCli::killedLeavesAWholeFile()
{
    const QString pdf = m_dir.filePath(QStringLiteral("killed.pdf"));
    const Kill::Outcome o = Kill::loop(m_dir.path(), args(QStringLiteral("区教委"), QStringLiteral("2025"), pdf), pdf,
                                       pdfIsWhole, 6);
    qInfo("%s", qPrintable(Kill::describe(o)));
    QVERIFY2(o.failures == 0, qPrintable(Kill::describe(o)));
    QVERIFY2(o.keptPrevious > 0, qPrintable(Kill::describe(o)));
}

QTEST_GUILESS_MAIN(TestReturnPdfCli)
#include "tst_returnpdfcli.moc"
