// A unit's annual report killed with SIGKILL while it is saved (issue #15): a child
// process (this program re-run as `--save DB`) does what the report page does for a
// long report: saves every section anew (19,000 characters each), adds a 12 MB
// scanned PDF, and submits. After each kill the database is reopened and must be in
// one of the states between those acts, each whole: the texts all old or all new
// (never some sections of each), an attachment there with its whole content and its
// checksum or not there at all, each act with exactly its audit row, and the file
// passing integrity_check.
#include "catalog/plandatabase.h"
#include "demofixture.h"

#include "storage/userrepository.h"
#include "workflow/reportservice.h"

#include <QtTest>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>

namespace {

constexpr int kYear = 2025;
const QString kUnit = QStringLiteral("区卫健委");

QString sectionText(const QString &marker, int length)
{
    QString text = marker + QLatin1Char('\n');
    while (text.size() < length)
        text += QStringLiteral("妇幼健康服务能力持续提升，%1。\n").arg(marker);
    return text.left(length);
}

QByteArray scannedPdf()
{
    QByteArray content("%PDF-1.4\n");
    content.reserve(12 * 1024 * 1024);
    quint32 x = 12345;
    while (content.size() < 12 * 1024 * 1024 - 8) {
        x = x * 1103515245u + 12345u;
        content.append(char(x >> 24));
    }
    return content + QByteArrayLiteral("\n%%EOF\n");
}

std::optional<User> liaisonOf(QSqlDatabase db)
{
    return UserRepository(db).user(QStringLiteral("weijian"));
}

// Every section of `r` with the same marker line, or an empty string.
QString uniformMarker(const UnitReport &r)
{
    QStringList texts{r.problems, r.nextYearPlan};
    for (const QString &c : r.categories)
        texts << r.progress.value(c);
    const QString marker = texts.first().section(QLatin1Char('\n'), 0, 0);
    for (const QString &t : texts) {
        if (t.section(QLatin1Char('\n'), 0, 0) != marker)
            return QString();
    }
    return marker;
}

int saveLongReport(const QString &path)
{
    Database db;
    if (!PlanDatabase::open(db, path))
        return 2;
    const std::optional<User> liaison = liaisonOf(db.connection());
    ReportService service(db.connection());
    QString error;
    std::optional<UnitReport> r = liaison ? service.report(*liaison, kUnit, kYear, &error) : std::nullopt;
    if (!r)
        return 3;
    r->problems = sectionText(QStringLiteral("new"), 19000);
    r->nextYearPlan = sectionText(QStringLiteral("new"), 19000);
    for (const QString &c : r->categories)
        r->progress.insert(c, sectionText(QStringLiteral("new"), 19000));
    int version = 0;
    if (!service.saveDraft(*liaison, *r, &error, &version))
        return 4;
    if (!service.addAttachment(*liaison, kUnit, kYear, QStringLiteral("盖章报告扫描件.pdf"), scannedPdf(), &error))
        return 5;
    r = service.report(*liaison, kUnit, kYear, &error);
    if (!r || !service.submit(*liaison, kUnit, kYear, r->version, &error))
        return 6;
    std::fputs("saved\n", stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestKilledReportSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStateIsWhole();

private:
    // "old", "new", "new+file", "submitted", or what is wrong.
    QString stateOf(const QString &path);
    QTemporaryDir m_dir;
    QString m_template;
    QString m_pdfSha;
};

void TestKilledReportSave::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QVERIFY(DemoFixture::copyTo(m_template));
    m_pdfSha = QString::fromLatin1(QCryptographicHash::hash(scannedPdf(), QCryptographicHash::Sha256).toHex());
    Database db;
    QVERIFY2(PlanDatabase::open(db, m_template), qPrintable(db.errorString()));
    QString error;
    {
        // The draft the liaison had saved before: short texts, one small attachment.
        const std::optional<User> liaison = liaisonOf(db.connection());
        QVERIFY(liaison);
        ReportService service(db.connection());
        std::optional<UnitReport> r = service.report(*liaison, kUnit, kYear, &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->categories.size() >= 2);
        r->problems = sectionText(QStringLiteral("old"), 200);
        r->nextYearPlan = sectionText(QStringLiteral("old"), 200);
        for (const QString &c : r->categories)
            r->progress.insert(c, sectionText(QStringLiteral("old"), 200));
        QVERIFY2(service.saveDraft(*liaison, *r, &error), qPrintable(error));
        QVERIFY2(service.addAttachment(*liaison, kUnit, kYear, QStringLiteral("实施方案.pdf"),
                                       QByteArrayLiteral("%PDF-1.4\nsmall\n%%EOF\n"), &error),
                 qPrintable(error));
    }
    QVERIFY2(db.closeCheckpointed(&error), qPrintable(error));
    QCOMPARE(stateOf(m_template), QStringLiteral("old"));
}

QString TestKilledReportSave::stateOf(const QString &path)
{
    Database db;
    if (!PlanDatabase::open(db, path))
        return db.errorString();
    QSqlDatabase c = db.connection();
    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
            || q.value(0).toString() != QLatin1String("ok"))
            return QStringLiteral("integrity_check fails");
    }
    QHash<QString, int> audit;
    {
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit_log WHERE year = 2025 AND (action LIKE 'report%'"
                              " OR action LIKE 'attachment%') GROUP BY action"));
        while (q.next())
            audit.insert(q.value(0).toString(), q.value(1).toInt());
    }
    QString error;
    const std::optional<User> liaison = liaisonOf(c);
    ReportService service(c);
    const std::optional<UnitReport> r = service.report(*liaison, kUnit, kYear, &error);
    if (!r || !r->isStored())
        return QStringLiteral("the report is gone: ") + error;
    const QString marker = uniformMarker(*r);
    if (marker.isEmpty())
        return QStringLiteral("the sections are a mix of the old and the new text");
    const QVector<ReportAttachment> files = service.attachments(*liaison, kUnit, kYear);
    for (const ReportAttachment &a : files) {
        QByteArray content;
        if (!service.attachmentContent(*liaison, a.id, &content, &error))
            return a.fileName + QStringLiteral(": ") + error;
        if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != a.sha256
            || content.size() != a.size)
            return a.fileName + QStringLiteral(" does not match its checksum");
    }
    const bool big = files.size() == 2 && files.at(1).sha256 == m_pdfSha;
    if (files.size() != 1 && !big)
        return QStringLiteral("%1 attachments").arg(files.size());
    if (audit.value(QStringLiteral("attachment_add")) != files.size())
        return QStringLiteral("%1 attachments, %2 audit rows")
            .arg(files.size())
            .arg(audit.value(QStringLiteral("attachment_add")));
    const int saves = audit.value(QStringLiteral("report_save"));
    const int submits = audit.value(QStringLiteral("report_submit"));
    if (marker == QLatin1String("old") && saves == 1 && !big && submits == 0 && r->state == ValueState::Draft)
        return QStringLiteral("old");
    if (marker != QLatin1String("new") || saves != 2)
        return QStringLiteral("text %1 with %2 save rows").arg(marker).arg(saves);
    if (!big)
        return submits == 0 && r->state == ValueState::Draft ? QStringLiteral("new")
                                                             : QStringLiteral("submitted early");
    if (r->state == ValueState::Draft && submits == 0)
        return QStringLiteral("new+file");
    if (r->state == ValueState::Submitted && submits == 1 && r->submittedAt.isValid())
        return QStringLiteral("submitted");
    return QStringLiteral("state %1 with %2 submit rows").arg(ValueStates::key(r->state)).arg(submits);
}

void TestKilledReportSave::everyStateIsWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("fuer.sqlite"));
    const auto reset = [&] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return QFile::copy(m_template, path);
    };
    const QString self = QCoreApplication::applicationFilePath();
    QVERIFY(reset());
    QElapsedTimer timer;
    timer.start();
    QProcess full;
    full.start(self, {QStringLiteral("--save"), path});
    QVERIFY(full.waitForFinished(60000));
    QCOMPARE(full.exitCode(), 0);
    const qint64 runMs = timer.elapsed();
    QCOMPARE(stateOf(path), QStringLiteral("submitted"));

    const int kills = 30;
    QHash<QString, int> seen;
    for (int i = 0; i < kills; ++i) {
        QVERIFY(reset());
        QProcess p;
        p.start(self, {QStringLiteral("--save"), path});
        QVERIFY(p.waitForStarted());
        QThread::msleep(quint64(double(runMs) * 1.2 * (i + 0.5) / kills));
        p.kill();
        p.waitForFinished(10000);
        const QString state = stateOf(path);
        QVERIFY2(QStringList({QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("new+file"),
                              QStringLiteral("submitted")})
                     .contains(state),
                 qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(state)));
        ++seen[state];
    }
    qInfo("%d kills over a %lld ms run: old %d, new text %d, new text and file %d, submitted %d", kills, runMs,
          seen.value(QStringLiteral("old")), seen.value(QStringLiteral("new")), seen.value(QStringLiteral("new+file")),
          seen.value(QStringLiteral("submitted")));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--save") == 0) {
        QCoreApplication app(argc, argv);
        return saveLongReport(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestKilledReportSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killedreportsave.moc"
