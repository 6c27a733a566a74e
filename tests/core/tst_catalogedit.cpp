// CatalogRepository::updateIndicator, the administrator's edit of an indicator:
// every editable field (target, attribute, units, the four rule parameters and the
// reference indicator) of every one of the 89 indicators is changed on its own,
// read back, and audited with who, when, the old and the new value. The
// reference indicator "(none)" arrives as a null string, as the edit dialog gives
// it: that used to fail for 88 of 89 indicators with "NOT NULL constraint failed:
// indicators.reference_code". Only an active administrator account may edit; bad
// input is refused with a message and changes nothing.
#include "tempdatabase.h"

#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/userrepository.h"

#include "model/valuebounds.h"

#include <QtTest>

#include <functional>

Q_DECLARE_METATYPE(User)

namespace {

User account(const QString &login, User::Role role, bool disabled = false)
{
    User u;
    u.login = login;
    u.displayName = login;
    u.role = role;
    u.disabled = disabled;
    if (role == User::Role::Liaison)
        u.unit = QStringLiteral("区卫健委");
    return u;
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString bound(const std::optional<double> &b)
{
    return b ? number(*b) : QStringLiteral("(the unit's)");
}

QString describe(const Indicator &i)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
               .arg(i.code, i.targetText, Indicator::attributeText(i.attribute), i.units.join(QLatin1Char(';')))
               .arg(i.params.tolerance)
               .arg(i.params.clearDecreaseShare)
               .arg(i.params.balanceLow)
               .arg(i.params.balanceHigh)
               .arg(i.params.referenceCode)
        + QStringLiteral("|%1|%2|%3|%4")
              .arg(bound(i.params.hardLow), bound(i.params.hardHigh), bound(i.params.usualLow),
                   bound(i.params.usualHigh))
        + QStringLiteral("|%1|%2|%3|%4")
              .arg(RuleParams::aboutReadingKey(i.params.aboutReading), number(i.params.swingShare),
                   number(i.params.jumpShare), number(i.params.jumpMinimum));
}

QString readingText(RuleParams::AboutReading r)
{
    return r == RuleParams::AboutReading::AboutOrAbove ? QStringLiteral("about or above")
        : r == RuleParams::AboutReading::AboutOrBelow  ? QStringLiteral("about or below")
                                                       : QStringLiteral("band");
}

struct FieldEdit
{
    QString field; // as the audit row names it
    std::function<void(Indicator *, const Indicator &before)> change;
    std::function<QString(const Indicator &)> shown; // the value as the audit row shows it
};

} // namespace

class TestCatalogEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyFieldOfEveryIndicator();
    void everyFieldAtOnceAsTheDialogSendsIt();
    void onlyAnActiveAdministratorEdits_data();
    void onlyAnActiveAdministratorEdits();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void unchangedEditWritesNothing();

private:
    CatalogRepository catalog() const { return CatalogRepository(m_db->connection()); }
    QVector<AuditEntry> catalogAudit(const QString &code) const;

    std::unique_ptr<TempDatabase> m_db;
    User m_admin;
    QStringList m_memberUnits;
};

void TestCatalogEdit::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    QString error;
    UserRepository users(m_db->connection());
    for (const User &u : {account("admin", User::Role::Admin), account("reviewer", User::Role::Reviewer),
                          account("liaison", User::Role::Liaison), account("retired", User::Role::Admin, true)})
        QVERIFY2(users.create(u, QStringLiteral("not-a-real-hash"), &error), qPrintable(error));
    QVERIFY2(users.setDisabled(QStringLiteral("retired"), true, &error), qPrintable(error));
    QVERIFY(users.user(QStringLiteral("retired"))->disabled);
    m_admin = *users.user(QStringLiteral("admin"));
    m_memberUnits.clear();
    for (const ResponsibleUnit &u : catalog().units()) {
        if (u.kind == ResponsibleUnit::Kind::Member)
            m_memberUnits << u.name;
    }
    QVERIFY(m_memberUnits.size() > 3);
}

void TestCatalogEdit::cleanup()
{
    m_db.reset();
}

QVector<AuditEntry> TestCatalogEdit::catalogAudit(const QString &code) const
{
    QVector<AuditEntry> out;
    for (const AuditEntry &e : AuditRepository(m_db->connection()).history(code)) {
        if (e.action == QLatin1String("catalog"))
            out << e;
    }
    return out;
}

void TestCatalogEdit::everyFieldOfEveryIndicator()
{
    const QVector<Indicator> all = catalog().indicators();
    QCOMPARE(all.size(), 89);
    QStringList codes;
    for (const Indicator &i : all)
        codes << i.code;

    const QVector<FieldEdit> edits = {
        {QStringLiteral("target"),
         [](Indicator *i, const Indicator &b) { i->targetText = b.targetText + QStringLiteral("（修订）"); },
         [](const Indicator &i) { return i.targetText; }},
        {QStringLiteral("attribute"),
         [](Indicator *i, const Indicator &b) {
             i->attribute = b.isBinding() ? Indicator::Attribute::Expected : Indicator::Attribute::Binding;
         },
         [](const Indicator &i) { return Indicator::attributeText(i.attribute); }},
        {QStringLiteral("units"),
         [this](Indicator *i, const Indicator &b) {
             // Another lead unit in front of the ones there were.
             for (const QString &u : m_memberUnits) {
                 if (!b.units.contains(u)) {
                     i->units = QStringList{u} + b.units;
                     return;
                 }
             }
         },
         [](const Indicator &i) { return i.units.join(QLatin1Char(';')); }},
        {QStringLiteral("tolerance"),
         [](Indicator *i, const Indicator &b) { i->params.tolerance = b.params.tolerance + 1.5; },
         [](const Indicator &i) { return number(i.params.tolerance); }},
        {QStringLiteral("reading of 左右"),
         [](Indicator *i, const Indicator &b) {
             i->params.aboutReading = b.params.aboutReading == RuleParams::AboutReading::Band
                 ? RuleParams::AboutReading::AboutOrAbove
                 : RuleParams::AboutReading::AboutOrBelow;
         },
         [](const Indicator &i) { return readingText(i.params.aboutReading); }},
        {QStringLiteral("clear decrease share"),
         [](Indicator *i, const Indicator &b) {
             i->params.clearDecreaseShare = b.params.clearDecreaseShare == 0.25 ? 0.3 : 0.25;
         },
         [](const Indicator &i) { return number(i.params.clearDecreaseShare); }},
        {QStringLiteral("balance from"),
         [](Indicator *i, const Indicator &b) { i->params.balanceLow = b.params.balanceLow - 2; },
         [](const Indicator &i) { return number(i.params.balanceLow); }},
        {QStringLiteral("balance to"),
         [](Indicator *i, const Indicator &b) { i->params.balanceHigh = b.params.balanceHigh + 3; },
         [](const Indicator &i) { return number(i.params.balanceHigh); }},
        {QStringLiteral("swing share"),
         [](Indicator *i, const Indicator &b) { i->params.swingShare = b.params.swingShare + 0.05; },
         [](const Indicator &i) { return number(i.params.swingShare); }},
        {QStringLiteral("jump share"),
         [](Indicator *i, const Indicator &b) { i->params.jumpShare = b.params.jumpShare + 0.1; },
         [](const Indicator &i) { return number(i.params.jumpShare); }},
        {QStringLiteral("least jump"),
         [](Indicator *i, const Indicator &b) { i->params.jumpMinimum = b.params.jumpMinimum + 0.5; },
         [](const Indicator &i) { return number(i.params.jumpMinimum); }},
        {QStringLiteral("reference indicator"),
         [&codes](Indicator *i, const Indicator &b) {
             if (!b.params.referenceCode.isEmpty())
                 i->params.referenceCode = QString(); // "(none)", a null string as the dialog gives it
             else
                 i->params.referenceCode = codes.at((codes.indexOf(b.code) + 1) % codes.size());
         },
         [](const Indicator &i) {
             return i.params.referenceCode.isEmpty() ? QStringLiteral("(none)") : i.params.referenceCode;
         }},
        // The plausible values (ValueBounds), each within what the unit can take.
        {QStringLiteral("refused below"), [](Indicator *i, const Indicator &) { i->params.hardLow = 0; },
         [](const Indicator &i) { return bound(i.params.hardLow); }},
        {QStringLiteral("refused above"),
         [](Indicator *i, const Indicator &) { i->params.hardHigh = ValueBounds::ofUnit(i->measureUnit).hardHigh / 2; },
         [](const Indicator &i) { return bound(i.params.hardHigh); }},
        {QStringLiteral("note needed below"),
         [](Indicator *i, const Indicator &b) { i->params.usualLow = ValueBounds::of(b).hardLow; },
         [](const Indicator &i) { return bound(i.params.usualLow); }},
        {QStringLiteral("note needed above"),
         [](Indicator *i, const Indicator &b) { i->params.usualHigh = ValueBounds::of(b).hardHigh * 0.9; },
         [](const Indicator &i) { return bound(i.params.usualHigh); }},
    };

    int edited = 0;
    for (const Indicator &original : all) {
        for (const FieldEdit &edit : edits) {
            const Indicator before = *catalog().indicator(original.code);
            Indicator changed = before;
            // What the dialog sends for an indicator without a reference: a null string.
            if (changed.params.referenceCode.isEmpty())
                changed.params.referenceCode = QString();
            edit.change(&changed, before);
            const int audits = catalogAudit(original.code).size();
            const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
            QString error;
            QVERIFY2(catalog().updateIndicator(changed, m_admin, &error),
                     qPrintable(QStringLiteral("%1 %2: %3").arg(original.code, edit.field, error)));
            const Indicator stored = *catalog().indicator(original.code);
            Indicator expected = changed;
            expected.params.referenceCode = changed.params.referenceCode.isNull() ? QString()
                                                                                  : changed.params.referenceCode;
            QCOMPARE(describe(stored), describe(expected));
            QVERIFY2(!stored.params.referenceCode.isNull() || stored.params.referenceCode.isEmpty(), "reference");

            const QVector<AuditEntry> audit = catalogAudit(original.code);
            QCOMPARE(audit.size(), audits + 1);
            const AuditEntry &row = audit.first(); // newest first
            QCOMPARE(row.user, QStringLiteral("admin"));
            QVERIFY2(row.at >= start && row.at <= QDateTime::currentDateTimeUtc().addSecs(1),
                     qPrintable(row.at.toString()));
            const QString expectedReason =
                QStringLiteral("%1 %2 → %3").arg(edit.field, edit.shown(before), edit.shown(stored));
            QCOMPARE(row.reason, expectedReason);
            ++edited;
        }
    }
    QCOMPARE(edited, 89 * 16);
}

void TestCatalogEdit::everyFieldAtOnceAsTheDialogSendsIt()
{
    for (const Indicator &before : catalog().indicators()) {
        Indicator changed = before;
        changed.targetText = QStringLiteral("  ≥99  ");
        changed.attribute = before.isBinding() ? Indicator::Attribute::Expected : Indicator::Attribute::Binding;
        changed.units = QStringList{m_memberUnits.at(0) == before.units.value(0) ? m_memberUnits.at(1)
                                                                                 : m_memberUnits.at(0)};
        changed.params.tolerance = 0.5;
        changed.params.clearDecreaseShare = 0.15;
        changed.params.balanceLow = 100;
        changed.params.balanceHigh = 110;
        changed.params.referenceCode = QString();
        QString error;
        QVERIFY2(catalog().updateIndicator(changed, m_admin, &error),
                 qPrintable(before.code + QStringLiteral(": ") + error));
        const Indicator stored = *catalog().indicator(before.code);
        QCOMPARE(stored.targetText, QStringLiteral("≥99"));
        QCOMPARE(stored.attribute, changed.attribute);
        QCOMPARE(stored.units, changed.units);
        QCOMPARE(stored.params.tolerance, 0.5);
        QCOMPARE(stored.params.clearDecreaseShare, 0.15);
        QCOMPARE(stored.params.balanceLow, 100.0);
        QCOMPARE(stored.params.balanceHigh, 110.0);
        QCOMPARE(stored.params.referenceCode, QString());
        const AuditEntry row = catalogAudit(before.code).first();
        QVERIFY2(row.reason.contains(QStringLiteral("target %1 → ≥99").arg(before.targetText)), qPrintable(row.reason));
        QVERIFY2(row.reason.contains(
                     QStringLiteral("units %1 → %2").arg(before.units.join(QLatin1Char(';')), changed.units.at(0))),
                 qPrintable(row.reason));
    }
}

void TestCatalogEdit::onlyAnActiveAdministratorEdits_data()
{
    QTest::addColumn<User>("user");
    QTest::newRow("reviewer") << account("reviewer", User::Role::Reviewer);
    QTest::newRow("liaison") << account("liaison", User::Role::Liaison);
    QTest::newRow("disabled administrator") << account("retired", User::Role::Admin);
    QTest::newRow("reviewer's account claimed as administrator") << account("reviewer", User::Role::Admin);
    QTest::newRow("no such account") << account("ghost", User::Role::Admin);
    QTest::newRow("nobody signed in") << User();
}

void TestCatalogEdit::onlyAnActiveAdministratorEdits()
{
    QFETCH(User, user);
    for (const Indicator &before : catalog().indicators()) {
        Indicator changed = before;
        changed.targetText = QStringLiteral("≥1");
        QString error;
        QVERIFY(!catalog().updateIndicator(changed, user, &error));
        QCOMPARE(error,
                 QStringLiteral("%1: only an active administrator may edit the catalog; indicator %2 was not changed.")
                     .arg(user.login.isEmpty() ? QStringLiteral("(nobody signed in)") : user.login, before.code));
        QCOMPARE(describe(*catalog().indicator(before.code)), describe(before));
        QVERIFY(catalogAudit(before.code).isEmpty());
    }
}

void TestCatalogEdit::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty target") << "W04"
                                  << "target"
                                  << "   "
                                  << "Target: (empty): the 2030 target text is required.";
    QTest::newRow("no unit") << "W04"
                             << "units"
                             << ""
                             << "Responsible units: (none): at least the lead unit is required.";
    QTest::newRow("unknown unit") << "W04"
                                  << "units"
                                  << "区不存在局"
                                  << "Responsible units: 区不存在局: expected a unit of the catalog.";
    QTest::newRow("unit twice") << "W04"
                                << "units"
                                << "区卫健委;区卫健委"
                                << "Responsible units: 区卫健委: listed twice.";
    QTest::newRow("negative tolerance") << "W04"
                                        << "tolerance"
                                        << "-1"
                                        << "Tolerance: -1: expected a number of 0 or more.";
    QTest::newRow("share above 100%") << "W04"
                                      << "share"
                                      << "1.5"
                                      << "明显降低 share: 150%: expected 0 to 100 percent.";
    QTest::newRow("swing share of 0") << "W10"
                                      << "swing"
                                      << "0"
                                      << "波动较大 swing share: 0%: expected more than 0 and at most 100 percent of "
                                         "the mean level.";
    QTest::newRow("jump share below 0") << "W10"
                                        << "jump"
                                        << "-0.1"
                                        << "波动较大 jump share: -10%: expected more than 0 percent of the value "
                                           "before.";
    QTest::newRow("negative least jump") << "W10"
                                         << "least jump"
                                         << "-1"
                                         << "波动较大 least jump: -1: expected a number of 0 or more in the "
                                            "indicator's unit.";
    QTest::newRow("band upside down") << "C29"
                                      << "low"
                                      << "120"
                                      << "趋于平衡 band: 120 to 107: expected a lower bound below the upper one.";
    QTest::newRow("reference to itself")
        << "W21"
        << "reference"
        << "W21"
        << "Reference indicator: W21: expected another indicator of the catalog, or none.";
    QTest::newRow("unknown reference")
        << "W21"
        << "reference"
        << "W99"
        << "Reference indicator: W99: expected another indicator of the catalog, or none.";
}

void TestCatalogEdit::badInputChangesNothing()
{
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const Indicator before = *catalog().indicator(code);
    Indicator changed = before;
    if (field == QLatin1String("target"))
        changed.targetText = value;
    else if (field == QLatin1String("units"))
        changed.units = value.isEmpty() ? QStringList() : value.split(QLatin1Char(';'));
    else if (field == QLatin1String("tolerance"))
        changed.params.tolerance = value.toDouble();
    else if (field == QLatin1String("share"))
        changed.params.clearDecreaseShare = value.toDouble();
    else if (field == QLatin1String("low"))
        changed.params.balanceLow = value.toDouble();
    else if (field == QLatin1String("swing"))
        changed.params.swingShare = value.toDouble();
    else if (field == QLatin1String("jump"))
        changed.params.jumpShare = value.toDouble();
    else if (field == QLatin1String("least jump"))
        changed.params.jumpMinimum = value.toDouble();
    else
        changed.params.referenceCode = value;
    changed.attribute = before.isBinding() ? Indicator::Attribute::Expected : Indicator::Attribute::Binding;
    QString error;
    QVERIFY(!catalog().updateIndicator(changed, m_admin, &error));
    QCOMPARE(error, message);
    QCOMPARE(describe(*catalog().indicator(code)), describe(before));
    QVERIFY(catalogAudit(code).isEmpty());
}

void TestCatalogEdit::unchangedEditWritesNothing()
{
    const int audits = m_db->auditCount();
    for (const Indicator &before : catalog().indicators()) {
        Indicator same = before;
        if (same.params.referenceCode.isEmpty())
            same.params.referenceCode = QString();
        QString error;
        QVERIFY2(catalog().updateIndicator(same, m_admin, &error), qPrintable(error));
        QCOMPARE(describe(*catalog().indicator(before.code)), describe(before));
    }
    QCOMPARE(m_db->auditCount(), audits);
}

QTEST_GUILESS_MAIN(TestCatalogEdit)
#include "tst_catalogedit.moc"
