// The palette names every colour the program sets: each role has a colour in both
// variants, text stays readable on what it is drawn on (WCAG AA, 4.5:1), the status
// colours can be told apart, and the screen follows the application palette while
// paper and charts stay light.

#include "widgets/assessmentformatter.h"
#include "widgets/palette.h"

#include <QApplication>
#include <QMetaEnum>
#include <QPalette>
#include <QtTest>

#include <cmath>

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double distance(const QColor &a, const QColor &b)
{
    const double dr = a.red() - b.red();
    const double dg = a.green() - b.green();
    const double db = a.blue() - b.blue();
    return std::sqrt(dr * dr + dg * dg + db * db);
}

QString roleName(Palette::Role role)
{
    return QString::fromLatin1(QMetaEnum::fromType<Palette::Role>().valueToKey(role));
}

const char *variantName(Palette::Variant variant)
{
    return variant == Palette::Variant::Dark ? "dark" : "light";
}

QPalette darkApplicationPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return p;
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void everyRoleHasAColour_data();
    void everyRoleHasAColour();
    void textContrastsWithTheSurface_data();
    void textContrastsWithTheSurface();
    void plainTextContrastsWithEveryBackground_data();
    void plainTextContrastsWithEveryBackground();
    void badgesCarryWhiteText();
    void statusColoursAreDistinct_data();
    void statusColoursAreDistinct();
    void statusAndWarningMapToTheirRoles();
    void screenFollowsTheApplicationPalette();

private:
    static void addRoles(Palette::Kind kind);
};

void TestPalette::addRoles(Palette::Kind kind)
{
    QTest::addColumn<Palette::Variant>("variant");
    QTest::addColumn<int>("role");
    for (const Palette::Variant variant : {Palette::Variant::Light, Palette::Variant::Dark}) {
        for (int r = 0; r < Palette::RoleCount; ++r) {
            if (Palette::kind(Palette::Role(r)) == kind)
                QTest::addRow("%s %s", variantName(variant), qPrintable(roleName(Palette::Role(r)))) << variant << r;
        }
    }
}

void TestPalette::everyRoleHasAColour_data()
{
    QTest::addColumn<Palette::Variant>("variant");
    QTest::addColumn<int>("role");
    for (const Palette::Variant variant : {Palette::Variant::Light, Palette::Variant::Dark}) {
        for (int r = 0; r < Palette::RoleCount; ++r)
            QTest::addRow("%s %s", variantName(variant), qPrintable(roleName(Palette::Role(r)))) << variant << r;
    }
}

void TestPalette::everyRoleHasAColour()
{
    QFETCH(Palette::Variant, variant);
    QFETCH(int, role);
    QVERIFY(!roleName(Palette::Role(role)).isEmpty());
    const QColor c = Palette::of(variant).color(Palette::Role(role));
    QVERIFY(c.isValid());
    QCOMPARE(c.alpha(), 255);
    QCOMPARE(Palette::of(variant).variant(), variant);
}

void TestPalette::textContrastsWithTheSurface_data()
{
    addRoles(Palette::Kind::Text);
}

void TestPalette::textContrastsWithTheSurface()
{
    QFETCH(Palette::Variant, variant);
    QFETCH(int, role);
    const Palette &p = Palette::of(variant);
    const double ratio = contrast(p.color(Palette::Role(role)), p.color(Palette::Surface));
    QVERIFY2(ratio >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(p.color(Palette::Role(role)).name(), p.color(Palette::Surface).name())
                            .arg(ratio, 0, 'f', 2)));
}

void TestPalette::plainTextContrastsWithEveryBackground_data()
{
    addRoles(Palette::Kind::Background);
}

void TestPalette::plainTextContrastsWithEveryBackground()
{
    QFETCH(Palette::Variant, variant);
    QFETCH(int, role);
    const Palette &p = Palette::of(variant);
    const double ratio = contrast(p.color(Palette::Text), p.color(Palette::Role(role)));
    QVERIFY2(ratio >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(p.color(Palette::Text).name(), p.color(Palette::Role(role)).name())
                            .arg(ratio, 0, 'f', 2)));
}

void TestPalette::badgesCarryWhiteText()
{
    // The reviewer's verdict badge: white text on the light status colour, in
    // either theme.
    for (const Palette::Role role :
         {Palette::StatusMet, Palette::StatusNotMet, Palette::StatusNeedsJudgement, Palette::StatusNoData}) {
        const double ratio = contrast(Qt::white, Palette::forPaper().color(role));
        QVERIFY2(ratio >= 4.5, qPrintable(roleName(role)));
    }
}

void TestPalette::statusColoursAreDistinct_data()
{
    QTest::addColumn<Palette::Variant>("variant");
    QTest::addColumn<QVector<int>>("roles");
    const QVector<int> status{Palette::StatusMet, Palette::StatusNotMet, Palette::StatusNeedsJudgement,
                              Palette::StatusNoData};
    const QVector<int> warning{Palette::WarningRed, Palette::WarningYellow, Palette::WarningGreen,
                               Palette::WarningGrey};
    const QVector<int> state{Palette::StateDraft, Palette::StateSubmitted, Palette::StateReturned,
                             Palette::StateApproved};
    const QVector<int> chart{Palette::ChartMet, Palette::ChartNotMet, Palette::ChartNeedsJudgement,
                             Palette::ChartNoData};
    for (const Palette::Variant variant : {Palette::Variant::Light, Palette::Variant::Dark}) {
        QTest::addRow("%s status", variantName(variant)) << variant << status;
        QTest::addRow("%s warning", variantName(variant)) << variant << warning;
        QTest::addRow("%s value state", variantName(variant)) << variant << state;
        QTest::addRow("%s chart", variantName(variant)) << variant << chart;
    }
}

void TestPalette::statusColoursAreDistinct()
{
    QFETCH(Palette::Variant, variant);
    QFETCH(QVector<int>, roles);
    const Palette &p = Palette::of(variant);
    for (int i = 0; i < roles.size(); ++i) {
        for (int j = i + 1; j < roles.size(); ++j) {
            const QColor a = p.color(Palette::Role(roles.at(i)));
            const QColor b = p.color(Palette::Role(roles.at(j)));
            QVERIFY2(distance(a, b) >= 60.0,
                     qPrintable(QStringLiteral("%1 %2 and %3 %4 are too alike")
                                    .arg(roleName(Palette::Role(roles.at(i))), a.name(),
                                         roleName(Palette::Role(roles.at(j))), b.name())));
        }
    }
}

void TestPalette::statusAndWarningMapToTheirRoles()
{
    QCOMPARE(Palette::statusRole(Assessment::Status::Met), Palette::StatusMet);
    QCOMPARE(Palette::statusRole(Assessment::Status::NotMet), Palette::StatusNotMet);
    QCOMPARE(Palette::statusRole(Assessment::Status::NeedsJudgement), Palette::StatusNeedsJudgement);
    QCOMPARE(Palette::statusRole(Assessment::Status::NoData), Palette::StatusNoData);
    QCOMPARE(Palette::warningRole(Assessment::Warning::Red), Palette::WarningRed);
    QCOMPARE(Palette::warningRole(Assessment::Warning::Yellow), Palette::WarningYellow);
    QCOMPARE(Palette::warningRole(Assessment::Warning::Green), Palette::WarningGreen);
    QCOMPARE(Palette::warningRole(Assessment::Warning::Grey), Palette::WarningGrey);
}

void TestPalette::screenFollowsTheApplicationPalette()
{
    const QPalette original = QApplication::palette();
    QCOMPARE(Palette::variantFor(original), Palette::Variant::Light);
    QCOMPARE(Palette::forScreen().variant(), Palette::Variant::Light);
    QCOMPARE(AssessmentFormatter::statusColor(Assessment::Status::Met),
             Palette::of(Palette::Variant::Light).color(Palette::StatusMet));

    QApplication::setPalette(darkApplicationPalette());
    QCOMPARE(Palette::forScreen().variant(), Palette::Variant::Dark);
    QCOMPARE(AssessmentFormatter::statusColor(Assessment::Status::Met),
             Palette::of(Palette::Variant::Dark).color(Palette::StatusMet));
    QCOMPARE(AssessmentFormatter::warningColor(Assessment::Warning::Red),
             Palette::of(Palette::Variant::Dark).color(Palette::WarningRed));
    QCOMPARE(Palette::textStyle(Palette::ErrorText),
             QStringLiteral("color: %1").arg(Palette::of(Palette::Variant::Dark).color(Palette::ErrorText).name()));
    // Paper stays white.
    QCOMPARE(Palette::forPaper().variant(), Palette::Variant::Light);

    QApplication::setPalette(original);
    QCOMPARE(Palette::forScreen().variant(), Palette::Variant::Light);
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
