// A unit's annual report (issue #15 item 1): who may write, read, return and
// approve it; the limits on its sections and attachments; the version a save
// expects; and the audit rows of the whole path draft -> submit -> return ->
// resubmit -> approve.
#include "tempdatabase.h"

#include "model/clock.h"
#include "storage/completenessrepository.h"
#include "workflow/changenotifier.h"
#include "workflow/reportservice.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

namespace {
const QString kUnit = QStringLiteral("区卫健委");
const QString kCooperating = QStringLiteral("区教委"); // co-operates on C14, led by 区卫健委
const QString kStranger = QStringLiteral("区体育局");
const QString kHealth = QStringLiteral("儿童与健康");
const int kYear = 2024;

User liaison(const QString &unit, const QString &login = QStringLiteral("weijian"))
{
    User u;
    u.login = login;
    u.role = User::Role::Liaison;
    u.unit = unit;
    return u;
}

User reviewer()
{
    User u;
    u.login = QStringLiteral("fuergw");
    u.role = User::Role::Reviewer;
    return u;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

struct AuditRow
{
    QString user, action, oldState, newState, reason, unit;
    int year = 0;
    QString at;
};

QVector<AuditRow> auditRows(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT a.user_name, a.action, a.old_state, a.new_state, a.reason, u.name, a.year, a.at"
                          " FROM audit_log a LEFT JOIN units u ON u.id = a.unit_id"
                          " WHERE a.action LIKE 'report\\_%' ESCAPE '\\' OR a.action LIKE 'attachment\\_%' ESCAPE '\\'"
                          " ORDER BY a.id"));
    QVector<AuditRow> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toString()});
    }
    return out;
}

QByteArray pdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
}
QByteArray docx()
{
    return QByteArrayLiteral("PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml....");
}
QByteArray png()
{
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
}
QByteArray jpeg()
{
    return QByteArrayLiteral("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00");
}
} // namespace

class TestReportService : public QObject
{
    Q_OBJECT

private slots:
    void emptyDraftListsCategoriesServed();
    void draftSurvivesAndIsAudited();
    void sectionLimits_data();
    void sectionLimits();
    void controlCharacters_data();
    void controlCharacters();
    void conflictOfTwoSessions();
    void reviewerStateChangeAgainstLiaisonEdit();
    void otherUnitsLiaisonRefused();
    void readers();
    void reviewerReturnNeedsReason();
    void emptyReportCannotBeSubmitted();
    void fullPath();
    void attachmentAccepted_data();
    void attachmentAccepted();
    void attachmentRefused_data();
    void attachmentRefused();
    void attachmentSizeLimit();
    void attachmentsFrozenOnceSubmitted();
};

void TestReportService::emptyDraftListsCategoriesServed()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    const auto r = service.report(liaison(kUnit), kUnit, kYear, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->isStored(), false);
    QCOMPARE(r->version, 0);
    QCOMPARE(r->state, ValueState::Draft);
    QCOMPARE(r->categories,
             (QStringList{QStringLiteral("妇女与健康"), QStringLiteral("妇女与经济"), QStringLiteral("妇女与环境"),
                          QStringLiteral("儿童与健康"), QStringLiteral("儿童与安全"), QStringLiteral("儿童与福利")}));
    QVERIFY(r->progress.isEmpty());
    QVERIFY(!service.report(liaison(kUnit), QStringLiteral("区不存在局"), kYear, &error));
}

void TestReportService::draftSurvivesAndIsAudited()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ChangeNotifier notifier;
    QSignalSpy spy(&notifier, &ChangeNotifier::reportsChanged);
    const Clock::Override clock(utc("2025-02-10T03:04:05Z"));
    {
        ReportService service(db.connection(), &notifier);
        QString error;
        UnitReport r = *service.report(liaison(kUnit), kUnit, kYear, &error);
        r.progress.insert(kHealth, QStringLiteral("第一段\n\n第二段\t含制表符"));
        r.problems = QStringLiteral("人手不足");
        r.nextYearPlan = QStringLiteral("继续推进");
        int version = 0;
        QVERIFY2(service.saveDraft(liaison(kUnit), r, &error, &version), qPrintable(error));
        QCOMPARE(version, 1);
    }
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), kUnit);
    QCOMPARE(spy.at(0).at(1).toInt(), kYear);
    db.close();
    QVERIFY(db.open());
    QString error;
    const auto r = ReportService(db.connection()).report(reviewer(), kUnit, kYear, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->isStored());
    QCOMPARE(r->version, 1);
    QCOMPARE(r->progress.value(kHealth), QStringLiteral("第一段\n\n第二段\t含制表符"));
    QCOMPARE(r->problems, QStringLiteral("人手不足"));
    QCOMPARE(r->nextYearPlan, QStringLiteral("继续推进"));
    QCOMPARE(r->updatedBy, QStringLiteral("weijian"));
    QCOMPARE(r->updatedAt, utc("2025-02-10T03:04:05Z"));
    const QVector<AuditRow> audit = auditRows(db.connection());
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).action, QStringLiteral("report_save"));
    QCOMPARE(audit.at(0).unit, kUnit);
    QCOMPARE(audit.at(0).year, kYear);
    QCOMPARE(audit.at(0).newState, QStringLiteral("draft"));
    QCOMPARE(audit.at(0).at, QStringLiteral("2025-02-10T03:04:05.000Z"));
}

void TestReportService::sectionLimits_data()
{
    QTest::addColumn<QString>("section"); // "problems", "plan" or a category
    QTest::addColumn<QString>("named");
    QTest::newRow("存在问题") << QStringLiteral("problems") << QStringLiteral("Problems");
    QTest::newRow("下一年工作安排") << QStringLiteral("plan") << QStringLiteral("Work plan for next year");
    const QStringList categories = {QStringLiteral("妇女与健康"), QStringLiteral("妇女与经济"),
                                    QStringLiteral("妇女与环境"), QStringLiteral("儿童与健康"),
                                    QStringLiteral("儿童与安全"), QStringLiteral("儿童与福利")};
    for (const QString &c : categories)
        QTest::newRow(qPrintable(c)) << c << (QStringLiteral("Progress: ") + c);
}

namespace {
void put(UnitReport *r, const QString &section, const QString &text)
{
    if (section == QLatin1String("problems"))
        r->problems = text;
    else if (section == QLatin1String("plan"))
        r->nextYearPlan = text;
    else
        r->progress.insert(section, text);
}
} // namespace

void TestReportService::sectionLimits()
{
    QFETCH(QString, section);
    QFETCH(QString, named);
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    UnitReport r = *service.report(liaison(kUnit), kUnit, kYear, &error);
    put(&r, section, QString(ReportService::kMaxSectionLength, QChar(0x4E00)));
    QVERIFY2(service.saveDraft(liaison(kUnit), r, &error), qPrintable(error));
    r.version = 1;
    put(&r, section, QString(ReportService::kMaxSectionLength + 1, QChar(0x4E00)));
    QVERIFY(!service.saveDraft(liaison(kUnit), r, &error));
    QCOMPARE(error, named + QStringLiteral(" has 20001 characters; a section holds at most 20000."));
    // Nothing was written.
    QCOMPARE(service.report(reviewer(), kUnit, kYear, &error)->version, 1);
}

void TestReportService::controlCharacters_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString tail = QStringLiteral("; only line breaks and tabs are allowed.");
    QTest::newRow("存在问题 NUL") << QStringLiteral("problems") << QStringLiteral("Problems")
                                  << (QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                                  << (QStringLiteral(" contains the control character U+0000 in line 1") + tail);
    QTest::newRow("下一年工作安排 ESC") << QStringLiteral("plan") << QStringLiteral("Work plan for next year")
                                        << QStringLiteral("一\n二\x1b")
                                        << (QStringLiteral(" contains the control character U+001B in line 2") + tail);
    QTest::newRow("category CR") << kHealth << (QStringLiteral("Progress: ") + kHealth) << QStringLiteral("一\r\n二")
                                 << (QStringLiteral(" contains the control character U+000D in line 1") + tail);
    QTest::newRow("category DEL") << QStringLiteral("儿童与安全") << QStringLiteral("Progress: 儿童与安全")
                                  << QStringLiteral("\n\n\x7f")
                                  << (QStringLiteral(" contains the control character U+007F in line 3") + tail);
    QTest::newRow("category C1") << QStringLiteral("妇女与健康") << QStringLiteral("Progress: 妇女与健康")
                                 << (QStringLiteral("x") + QChar(0x85))
                                 << (QStringLiteral(" contains the control character U+0085 in line 1") + tail);
}

void TestReportService::controlCharacters()
{
    QFETCH(QString, section);
    QFETCH(QString, named);
    QFETCH(QString, text);
    QFETCH(QString, message);
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    UnitReport r = *service.report(liaison(kUnit), kUnit, kYear, &error);
    put(&r, section, text);
    QVERIFY(!service.saveDraft(liaison(kUnit), r, &error));
    QCOMPARE(error, named + message);
    QCOMPARE(db.rowCount(QStringLiteral("unit_reports")), 0);
    QCOMPARE(auditRows(db.connection()).size(), 0);
}

void TestReportService::conflictOfTwoSessions()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService first(db.connection()), second(db.connection());
    QString error;
    UnitReport a = *first.report(liaison(kUnit), kUnit, kYear, &error);
    UnitReport b = *second.report(liaison(kUnit, QStringLiteral("weijian2")), kUnit, kYear, &error);
    a.problems = QStringLiteral("甲写的");
    b.problems = QStringLiteral("乙写的");
    {
        const Clock::Override clock(utc("2025-02-10T03:04:05Z"));
        QVERIFY2(second.saveDraft(liaison(kUnit, QStringLiteral("weijian2")), b, &error), qPrintable(error));
    }
    QVERIFY(!first.saveDraft(liaison(kUnit), a, &error));
    const QString at = utc("2025-02-10T03:04:05Z").toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(error,
             QStringLiteral("The report of 区卫健委 for 2024 was changed by weijian2 at %1 meanwhile; nothing "
                            "was saved and your text is kept. Reload to see the change, then save again.")
                 .arg(at));
    QCOMPARE(a.problems, QStringLiteral("甲写的")); // the caller's text is untouched
    QCOMPARE(first.report(reviewer(), kUnit, kYear, &error)->problems, QStringLiteral("乙写的"));
    // Reloaded, the first writer saves over the new version.
    UnitReport again = *first.report(liaison(kUnit), kUnit, kYear, &error);
    again.problems = a.problems;
    int version = 0;
    QVERIFY2(first.saveDraft(liaison(kUnit), again, &error, &version), qPrintable(error));
    QCOMPARE(version, 2);
    QCOMPARE(first.report(reviewer(), kUnit, kYear, &error)->problems, QStringLiteral("甲写的"));
}

void TestReportService::reviewerStateChangeAgainstLiaisonEdit()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    UnitReport r = *service.report(liaison(kUnit), kUnit, kYear, &error);
    r.problems = QStringLiteral("一");
    int version = 0;
    QVERIFY(service.saveDraft(liaison(kUnit), r, &error, &version));
    QVERIFY2(service.submit(liaison(kUnit), kUnit, kYear, version, &error), qPrintable(error));
    // The reviewer read version 2, then the liaison's stale page tries to save version 1.
    r.version = version;
    QVERIFY(!service.saveDraft(liaison(kUnit), r, &error));
    QVERIFY2(error.contains(QStringLiteral("was changed by weijian at")), qPrintable(error));
    // A reviewer acting on an old version is refused too.
    QVERIFY(!service.approve(reviewer(), kUnit, kYear, version, &error));
    QVERIFY2(error.contains(QStringLiteral("meanwhile")), qPrintable(error));
    QCOMPARE(service.report(reviewer(), kUnit, kYear, &error)->state, ValueState::Submitted);
    // A submitted report is not the unit's to change.
    r.version = version + 1;
    QVERIFY(!service.saveDraft(liaison(kUnit), r, &error));
    QCOMPARE(error,
             QStringLiteral("The report of 区卫健委 for 2024 is Submitted and can no longer be changed by its unit."));
}

void TestReportService::otherUnitsLiaisonRefused()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    UnitReport r = *service.report(liaison(kUnit), kUnit, kYear, &error);
    r.problems = QStringLiteral("x");
    QVERIFY(!service.saveDraft(liaison(kCooperating, QStringLiteral("jiaowei")), r, &error));
    QCOMPARE(error, QStringLiteral("jiaowei is the liaison of 区教委 and cannot change the report of 区卫健委."));
    QVERIFY(!service.saveDraft(reviewer(), r, &error));
    QCOMPARE(error, QStringLiteral("The annual report of 区卫健委 is written by its own liaison."));
    User disabled = liaison(kUnit);
    disabled.disabled = true;
    QVERIFY(!service.saveDraft(disabled, r, &error));
    QCOMPARE(error, QStringLiteral("The account weijian is disabled."));
    QVERIFY(service.saveDraft(liaison(kUnit), r, &error));
    QVERIFY(!service.submit(liaison(kStranger, QStringLiteral("tiyu")), kUnit, kYear, 1, &error));
    QCOMPARE(error, QStringLiteral("tiyu is the liaison of 区体育局 and cannot change the report of 区卫健委."));
    QVERIFY(!service.approve(liaison(kUnit), kUnit, kYear, 1, &error));
    QCOMPARE(error, QStringLiteral("Returns are reviewed by a reviewer or by the administrator."));
    QCOMPARE(auditRows(db.connection()).size(), 1);
}

void TestReportService::readers()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    QVERIFY(service.mayRead(liaison(kUnit), kUnit));
    QVERIFY(service.mayRead(liaison(kCooperating, QStringLiteral("jiaowei")), kUnit));
    QVERIFY(service.mayRead(reviewer(), kUnit));
    User admin;
    admin.login = QStringLiteral("admin");
    admin.role = User::Role::Admin;
    QVERIFY(service.mayRead(admin, kUnit));
    QVERIFY(!service.mayRead(liaison(kStranger, QStringLiteral("tiyu")), kUnit));
    QVERIFY(!service.report(liaison(kStranger, QStringLiteral("tiyu")), kUnit, kYear, &error));
    QCOMPARE(error, QStringLiteral("tiyu may not read the report of 区卫健委."));
    const QStringList units = service.readableUnits(liaison(kCooperating, QStringLiteral("jiaowei")));
    QCOMPARE(units.first(), kCooperating);
    QVERIFY(units.contains(kUnit));
    QVERIFY(!units.contains(kStranger));
    QVERIFY(service.readableUnits(reviewer()).contains(kStranger));
    QVERIFY(!service.readableUnits(reviewer()).contains(QStringLiteral("区妇儿工委办")));
}

void TestReportService::reviewerReturnNeedsReason()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    UnitReport r = *service.report(liaison(kUnit), kUnit, kYear, &error);
    r.problems = QStringLiteral("x");
    QVERIFY(service.saveDraft(liaison(kUnit), r, &error));
    QVERIFY(service.submit(liaison(kUnit), kUnit, kYear, 1, &error));
    QVERIFY(!service.returnReport(reviewer(), kUnit, kYear, 2, QStringLiteral("  \n"), &error));
    QCOMPARE(error, QStringLiteral("Returning the report of 区卫健委 for 2024 needs a reason for the unit."));
    QCOMPARE(service.report(reviewer(), kUnit, kYear, &error)->state, ValueState::Submitted);
    // Only a submitted report can be returned or approved.
    QVERIFY(service.returnReport(reviewer(), kUnit, kYear, 2, QStringLiteral("补充数据"), &error));
    QVERIFY(!service.approve(reviewer(), kUnit, kYear, 3, &error));
    QCOMPARE(error, QStringLiteral("The report of 区卫健委 for 2024 is Returned; it cannot be changed to Approved."));
}

void TestReportService::emptyReportCannotBeSubmitted()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    QVERIFY(!service.submit(liaison(kUnit), kUnit, kYear, 0, &error));
    QCOMPARE(error,
             QStringLiteral("The report of 区卫健委 for 2024 is empty; write its sections before submitting it."));
    UnitReport r = *service.report(liaison(kUnit), kUnit, kYear, &error);
    r.problems = QStringLiteral("   ");
    QVERIFY(service.saveDraft(liaison(kUnit), r, &error));
    QVERIFY(!service.submit(liaison(kUnit), kUnit, kYear, 1, &error));
    QVERIFY(error.contains(QStringLiteral("is empty")));
}

void TestReportService::fullPath()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ChangeNotifier notifier;
    QSignalSpy spy(&notifier, &ChangeNotifier::reportsChanged);
    ReportService service(db.connection(), &notifier);
    const User me = liaison(kUnit);
    QString error;
    int version = 0;
    UnitReport r = *service.report(me, kUnit, kYear, &error);
    r.progress.insert(kHealth, QStringLiteral("完成了"));
    {
        const Clock::Override clock(utc("2025-03-01T01:00:00Z"));
        QVERIFY2(service.saveDraft(me, r, &error, &version), qPrintable(error));
    }
    {
        const Clock::Override clock(utc("2025-03-02T01:00:00Z"));
        QVERIFY2(service.submit(me, kUnit, kYear, version, &error), qPrintable(error));
    }
    UnitReport seen = *service.report(reviewer(), kUnit, kYear, &error);
    QCOMPARE(seen.state, ValueState::Submitted);
    QCOMPARE(seen.submittedAt, utc("2025-03-02T01:00:00Z"));
    {
        const Clock::Override clock(utc("2025-03-03T01:00:00Z"));
        QVERIFY2(service.returnReport(reviewer(), kUnit, kYear, seen.version, QStringLiteral("请补充存在问题"), &error),
                 qPrintable(error));
    }
    r = *service.report(me, kUnit, kYear, &error);
    QCOMPARE(r.state, ValueState::Returned);
    QCOMPARE(r.reviewNote, QStringLiteral("请补充存在问题"));
    r.problems = QStringLiteral("经费紧张");
    {
        const Clock::Override clock(utc("2025-03-04T01:00:00Z"));
        QVERIFY2(service.saveDraft(me, r, &error, &version), qPrintable(error));
    }
    r = *service.report(me, kUnit, kYear, &error);
    QCOMPARE(r.state, ValueState::Draft);
    QCOMPARE(r.reviewNote, QStringLiteral("请补充存在问题")); // kept until submitted again
    {
        const Clock::Override clock(utc("2025-03-05T01:00:00Z"));
        QVERIFY2(service.submit(me, kUnit, kYear, version, &error), qPrintable(error));
    }
    seen = *service.report(reviewer(), kUnit, kYear, &error);
    QCOMPARE(seen.reviewNote, QString());
    QCOMPARE(seen.submittedAt, utc("2025-03-05T01:00:00Z"));
    {
        const Clock::Override clock(utc("2025-03-06T01:00:00Z"));
        QVERIFY2(service.approve(reviewer(), kUnit, kYear, seen.version, &error), qPrintable(error));
    }
    seen = *service.report(me, kUnit, kYear, &error);
    QCOMPARE(seen.state, ValueState::Approved);
    QCOMPARE(seen.version, 6);
    QCOMPARE(seen.progress.value(kHealth), QStringLiteral("完成了"));
    QCOMPARE(seen.problems, QStringLiteral("经费紧张"));
    QCOMPARE(spy.count(), 6);

    const QVector<AuditRow> audit = auditRows(db.connection());
    const QStringList expected = {
        QStringLiteral("weijian report_save  draft  2025-03-01T01:00:00.000Z"),
        QStringLiteral("weijian report_submit draft submitted  2025-03-02T01:00:00.000Z"),
        QStringLiteral("fuergw report_return submitted returned 请补充存在问题 2025-03-03T01:00:00.000Z"),
        QStringLiteral("weijian report_save returned draft  2025-03-04T01:00:00.000Z"),
        QStringLiteral("weijian report_submit draft submitted  2025-03-05T01:00:00.000Z"),
        QStringLiteral("fuergw report_approve submitted approved  2025-03-06T01:00:00.000Z"),
    };
    QStringList got;
    for (const AuditRow &a : audit) {
        QCOMPARE(a.unit, kUnit);
        QCOMPARE(a.year, kYear);
        got << QStringList{a.user, a.action, a.oldState, a.newState, a.reason, a.at}.join(QLatin1Char(' '));
    }
    QCOMPARE(got, expected);

    // The completeness matrix reads the report's state.
    bool found = false;
    for (const UnitCompleteness &u : CompletenessRepository(db.connection()).byUnit(kYear)) {
        if (u.unit == kUnit) {
            found = true;
            QCOMPARE(u.reportState, QStringLiteral("approved"));
        }
    }
    QVERIFY(found);
}

void TestReportService::attachmentAccepted_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mediaType");
    QTest::newRow("pdf") << QStringLiteral("实施方案.pdf") << pdf() << QStringLiteral("application/pdf");
    QTest::newRow("PDF upper case") << QStringLiteral("SCAN.PDF") << pdf() << QStringLiteral("application/pdf");
    QTest::newRow("docx") << QStringLiteral("报告.docx") << docx()
                          << QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    QTest::newRow("png") << QStringLiteral("盖章页.png") << png() << QStringLiteral("image/png");
    QTest::newRow("jpg") << QStringLiteral("盖章页.jpg") << jpeg() << QStringLiteral("image/jpeg");
    QTest::newRow("jpeg") << QStringLiteral("/home/u/盖章页.jpeg") << jpeg() << QStringLiteral("image/jpeg");
}

void TestReportService::attachmentAccepted()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, mediaType);
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    qint64 id = 0;
    const Clock::Override clock(utc("2025-03-01T01:00:00Z"));
    QVERIFY2(service.addAttachment(liaison(kUnit), kUnit, kYear, fileName, content, &error, &id), qPrintable(error));
    const QVector<ReportAttachment> list = service.attachments(reviewer(), kUnit, kYear);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).id, id);
    QCOMPARE(list.at(0).fileName, QFileInfo(fileName).fileName());
    QCOMPARE(list.at(0).mediaType, mediaType);
    QCOMPARE(list.at(0).size, qint64(content.size()));
    QCOMPARE(list.at(0).sha256,
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(list.at(0).uploadedBy, QStringLiteral("weijian"));
    QCOMPARE(list.at(0).uploadedAt, utc("2025-03-01T01:00:00Z"));
    QByteArray back;
    QVERIFY2(service.attachmentContent(reviewer(), id, &back, &error), qPrintable(error));
    QCOMPARE(back, content);
    QVERIFY(service.attachmentContent(liaison(kCooperating, QStringLiteral("jiaowei")), id, &back, &error));
    QVERIFY(!service.attachmentContent(liaison(kStranger, QStringLiteral("tiyu")), id, &back, &error));
    QCOMPARE(error, QStringLiteral("tiyu may not read the report of 区卫健委."));
    // Removed by its unit; both acts audited with the unit.
    QVERIFY(!service.removeAttachment(reviewer(), id, &error));
    QVERIFY2(service.removeAttachment(liaison(kUnit), id, &error), qPrintable(error));
    QVERIFY(service.attachments(reviewer(), kUnit, kYear).isEmpty());
    const QVector<AuditRow> audit = auditRows(db.connection());
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).action, QStringLiteral("attachment_add"));
    QVERIFY(audit.at(0).reason.startsWith(QFileInfo(fileName).fileName()));
    QCOMPARE(audit.at(1).action, QStringLiteral("attachment_remove"));
    QCOMPARE(audit.at(1).reason, QFileInfo(fileName).fileName());
    QCOMPARE(audit.at(1).unit, kUnit);
}

void TestReportService::attachmentRefused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QString type = QStringLiteral(" is not a file type the report takes; attach a PDF, DOCX, PNG or JPEG file.");
    QTest::newRow("exe") << QStringLiteral("setup.exe") << QByteArrayLiteral("MZ\x90\x00")
                         << (QStringLiteral("setup.exe") + type);
    QTest::newRow("doc") << QStringLiteral("旧格式.doc") << QByteArrayLiteral("\xD0\xCF\x11\xE0")
                         << (QStringLiteral("旧格式.doc") + type);
    QTest::newRow("no extension") << QStringLiteral("report") << pdf() << (QStringLiteral("report") + type);
    QTest::newRow("png named pdf") << QStringLiteral("a.pdf") << png()
                                   << QStringLiteral("The content of a.pdf is not a PDF file, as its extension says.");
    QTest::newRow("pdf named png") << QStringLiteral("b.png") << pdf()
                                   << QStringLiteral("The content of b.png is not a PNG file, as its extension says.");
    QTest::newRow("pdf named jpg") << QStringLiteral("c.jpg") << pdf()
                                   << QStringLiteral("The content of c.jpg is not a JPEG file, as its extension says.");
    QTest::newRow("zip named docx") << QStringLiteral("d.docx") << QByteArrayLiteral("PK\x03\x04xl/workbook.xml")
                                    << QStringLiteral(
                                           "The content of d.docx is not a DOCX file, as its extension says.");
    QTest::newRow("text named docx") << QStringLiteral("e.docx") << QByteArrayLiteral("word/ hello")
                                     << QStringLiteral(
                                            "The content of e.docx is not a DOCX file, as its extension says.");
    QTest::newRow("empty") << QStringLiteral("f.pdf") << QByteArray() << QStringLiteral("f.pdf is empty.");
}

void TestReportService::attachmentRefused()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    QVERIFY(!service.addAttachment(liaison(kUnit), kUnit, kYear, fileName, content, &error));
    QCOMPARE(error, message);
    QCOMPARE(db.rowCount(QStringLiteral("report_attachments")), 0);
    QCOMPARE(db.rowCount(QStringLiteral("unit_reports")), 0);
    QCOMPARE(auditRows(db.connection()).size(), 0);
}

void TestReportService::attachmentSizeLimit()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    QByteArray content = pdf();
    content.append(QByteArray(int(ReportService::kMaxAttachmentSize) - content.size(), 'x'));
    QVERIFY2(service.addAttachment(liaison(kUnit), kUnit, kYear, QStringLiteral("max.pdf"), content, &error),
             qPrintable(error));
    content.append('x');
    QVERIFY(!service.addAttachment(liaison(kUnit), kUnit, kYear, QStringLiteral("over.pdf"), content, &error));
    QCOMPARE(error, QStringLiteral("over.pdf is 20.0 MB; an attachment may be at most 20 MB."));
    QCOMPARE(db.rowCount(QStringLiteral("report_attachments")), 1);
}

void TestReportService::attachmentsFrozenOnceSubmitted()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReportService service(db.connection());
    QString error;
    qint64 id = 0;
    QVERIFY(service.addAttachment(liaison(kUnit), kUnit, kYear, QStringLiteral("a.pdf"), pdf(), &error, &id));
    UnitReport r = *service.report(liaison(kUnit), kUnit, kYear, &error);
    QCOMPARE(r.version, 1); // the attachment made the report's draft row
    r.problems = QStringLiteral("x");
    int version = 0;
    QVERIFY2(service.saveDraft(liaison(kUnit), r, &error, &version), qPrintable(error));
    QVERIFY(service.submit(liaison(kUnit), kUnit, kYear, version, &error));
    QVERIFY(!service.addAttachment(liaison(kUnit), kUnit, kYear, QStringLiteral("b.pdf"), pdf(), &error));
    QCOMPARE(error,
             QStringLiteral("The report of 区卫健委 for 2024 is Submitted; its attachments can no longer be changed."));
    QVERIFY(!service.removeAttachment(liaison(kUnit), id, &error));
    QCOMPARE(service.attachments(liaison(kUnit), kUnit, kYear).size(), 1);
    QVERIFY(!service.addAttachment(liaison(kStranger, QStringLiteral("tiyu")), kUnit, kYear, QStringLiteral("c.pdf"),
                                   pdf(), &error));
    QCOMPARE(error, QStringLiteral("tiyu is the liaison of 区体育局 and cannot change the report of 区卫健委."));
}

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_reportservice.moc"
