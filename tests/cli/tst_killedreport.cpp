// `report` killed with SIGKILL at moments spread over its run never leaves a
// truncated PDF, ODT or DOCX under the final name nor destroys the previous one; a
// device given as --out (/dev/null) stays a device, a FIFO receives the report.
// (The window's report dialog writes through the same ReportRenderer::savePdf /
// saveOdt / saveDocx.)
#include "killloop.h"
#include "testzip.h"

#include <QtTest>

namespace {

bool pdfIsWhole(const QString &path, QString *why)
{
    const QByteArray bytes = Cli::readFile(path);
    if (!bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF")) {
        *why = QStringLiteral("%1: %2 bytes, no %%EOF at the end").arg(path).arg(bytes.size());
        return false;
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForFinished(60000) || text.exitCode() != 0 || text.readAllStandardOutput().trimmed().isEmpty()) {
        *why = QStringLiteral("%1: pdftotext fails: %2").arg(path, QString::fromUtf8(text.readAllStandardError()));
        return false;
    }
    return true;
}

bool odtIsWhole(const QString &path, QString *why)
{
    const QMap<QString, QByteArray> parts = TestZip::readAll(path, why);
    if (parts.isEmpty() || !parts.contains(QStringLiteral("content.xml"))) {
        *why = QStringLiteral("%1: not a whole ODT: %2").arg(path, *why);
        return false;
    }
    return true;
}

bool docxIsWhole(const QString &path, QString *why)
{
    const QMap<QString, QByteArray> parts = TestZip::readAll(path, why);
    if (parts.isEmpty() || !parts.contains(QStringLiteral("word/document.xml"))
        || !parts.value(QStringLiteral("word/document.xml")).contains("</w:document>")) {
        *why = QStringLiteral("%1: not a whole DOCX: %2").arg(path, *why);
        return false;
    }
    return true;
}

} // namespace

class TestKilledReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedPdfLeavesAWholeFile();
    void killedOdtLeavesAWholeFile();
    void killedDocxLeavesAWholeFile();
    void deviceTargetStaysADevice();
    void fifoTargetGetsTheReport();

private:
    QStringList reportTo(const QString &out) const
    {
        return {"report", "--db", m_demo, "--year", "2025", "--out", out};
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestKilledReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Cli::Result r = Cli::run(m_dir.path(), {"demo", "--out", m_demo});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
}

void TestKilledReport::killedPdfLeavesAWholeFile()
{
    const QString pdf = m_dir.filePath(QStringLiteral("plenary.pdf"));
    const Kill::Outcome o = Kill::loop(m_dir.path(), reportTo(pdf), pdf, pdfIsWhole, 10);
    qInfo("%s", qPrintable(Kill::describe(o)));
    QVERIFY2(o.failures == 0, qPrintable(Kill::describe(o)));
    QVERIFY2(o.keptPrevious > 0, qPrintable(Kill::describe(o)));
}

void TestKilledReport::killedOdtLeavesAWholeFile()
{
    const QString odt = m_dir.filePath(QStringLiteral("plenary.odt"));
    const Kill::Outcome o = Kill::loop(m_dir.path(), reportTo(odt), odt, odtIsWhole, 5);
    qInfo("%s", qPrintable(Kill::describe(o)));
    QVERIFY2(o.failures == 0, qPrintable(Kill::describe(o)));
    QVERIFY2(o.keptPrevious > 0, qPrintable(Kill::describe(o)));
}

void TestKilledReport::killedDocxLeavesAWholeFile()
{
    const QString docx = m_dir.filePath(QStringLiteral("plenary.docx"));
    const Kill::Outcome o = Kill::loop(m_dir.path(), reportTo(docx), docx, docxIsWhole, 5);
    qInfo("%s", qPrintable(Kill::describe(o)));
    QVERIFY2(o.failures == 0, qPrintable(Kill::describe(o)));
    QVERIFY2(o.keptPrevious > 0, qPrintable(Kill::describe(o)));
}

void TestKilledReport::deviceTargetStaysADevice()
{
    const QString device = Kill::nullDevice(m_dir.path());
    QVERIFY2(!device.isEmpty(), "cannot make a null device node");
    // The ODT reaches the device through a link whose name ends in .odt.
    const QString odtLink = m_dir.filePath(QStringLiteral("null.odt"));
    QVERIFY(QFile::link(device, odtLink));
    for (const QString &out : {device, odtLink}) {
        const Cli::Result r = Cli::run(m_dir.path(), reportTo(out), 120000);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(Kill::isCharDevice(device),
                 qPrintable(QStringLiteral("the report replaced %1 by a regular file").arg(device)));
    }
    QVERIFY(QFileInfo(odtLink).isSymLink());
}

void TestKilledReport::fifoTargetGetsTheReport()
{
    for (const QString &name : {QStringLiteral("pipe"), QStringLiteral("pipe.odt")}) {
        const QString fifo = m_dir.filePath(name);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        int exitCode = -1;
        const QByteArray bytes = Kill::throughFifo(m_dir.path(), reportTo(fifo), fifo, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(Kill::isFifo(fifo), "the FIFO was replaced");
        const QString copy = m_dir.filePath(name + QStringLiteral(".received"));
        QVERIFY(Cli::writeFile(copy, bytes));
        QString why;
        if (name.endsWith(QLatin1String(".odt")))
            QVERIFY2(odtIsWhole(copy, &why), qPrintable(why));
        else
            QVERIFY2(pdfIsWhole(copy, &why), qPrintable(why));
    }
}

QTEST_GUILESS_MAIN(TestKilledReport)
#include "tst_killedreport.moc"
