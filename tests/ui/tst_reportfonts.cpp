// The report fonts per role (ReportStyle): each role's preferred face is installed,
// covers every character the reports print (with the role's fallback chain), embeds
// in the PDF and comes back from pdftotext exactly as written. The text is every
// name, unit, target, category, plan and unit of the catalog, the numbering and dates
// of the official-document form, the default issuing body and, in Chinese, the whole
// text of the annual, mid-term and final reports.
#include "demofixture.h"
#include "tempdatabase.h"

#include "report/reporthtml.h"
#include "report/reportstyle.h"
#include "storage/catalogrepository.h"
#include "workflow/reportdata.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QSet>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTranslator>
#include <QtTest>

Q_DECLARE_METATYPE(ReportStyle::Role)

class TestReportFonts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void role_data();
    void role();
    void noUncheckedFamilies();

private:
    TempDatabase m_db;
    QString m_text; // every distinct character the reports print
};

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The PostScript names pdffonts lists for the preferred faces of Debian's packages.
QString postScriptName(const QString &family)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("AR PL SungtiL GB"), QStringLiteral("BousungEG-Light-GB")},
        {QStringLiteral("AR PL KaitiM GB"), QStringLiteral("GBZenKai-Medium")},
        {QStringLiteral("AR PL UMing CN"), QStringLiteral("UMingCN")},
        {QStringLiteral("AR PL UKai CN"), QStringLiteral("UKaiCN")},
        {QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYiZenHei")},
        {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYiMicroHei")},
    };
    return names.value(family);
}

QString distinct(const QString &text)
{
    QSet<QChar> seen;
    QString out;
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QChar::ObjectReplacementCharacter
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c == QChar::Nbsp)
            continue;
        if (!seen.contains(c)) {
            seen.insert(c);
            out += c;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

void TestReportFonts::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
        QSKIP("pdftotext/pdffonts (poppler-utils) are not installed");
    QVERIFY(DemoFixture::copyTo(m_db.filePath(QStringLiteral("fuer.sqlite"))));
    QVERIFY2(m_db.open(), qPrintable(m_db.errorString()));

    QString text;
    const CatalogRepository catalog(m_db.connection());
    for (const Plan &p : catalog.plans())
        text += p.name + p.title;
    for (const Indicator &i : catalog.indicators())
        text += i.code + i.name + i.measureUnit + i.targetText + i.category + i.units.join(QString());
    text += ReportData::defaultIssuingBody();
    text += QStringLiteral("一二三四五六七八九十、（）0123456789.年月日＜＞≤≥＝%‰–·■▲*");
    // The reports as the committee reads them: in Chinese, every kind.
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/fuer_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    for (auto [kind, year] : {std::pair{ReportData::Kind::Annual, 2025}, std::pair{ReportData::Kind::MidTerm, 2026},
                              std::pair{ReportData::Kind::Final, 2031}}) {
        QTextDocument doc;
        doc.setHtml(ReportHtml::build(ReportData::build(m_db.connection(), kind, year)));
        text += doc.toPlainText() + ReportHtml::runningHeader(ReportData::build(m_db.connection(), kind, year));
    }
    text += QCoreApplication::translate("ReportPainter", "Page %1 of %2");
    QCoreApplication::removeTranslator(&zh);
    m_text = distinct(text);
    QVERIFY2(m_text.size() > 500, qPrintable(QString::number(m_text.size())));
}

void TestReportFonts::role_data()
{
    QTest::addColumn<ReportStyle::Role>("role");
    QTest::newRow("title (Song bold)") << ReportStyle::Role::Title;
    QTest::newRow("heading 1 (Hei)") << ReportStyle::Role::Heading1;
    QTest::newRow("heading 2 (Kai)") << ReportStyle::Role::Heading2;
    QTest::newRow("body") << ReportStyle::Role::Body;
}

void TestReportFonts::role()
{
    QFETCH(ReportStyle::Role, role);
    const QStringList families = ReportStyle::families(role);
    // The preferred face is installed (scripts/install-deps.sh, the package's Depends).
    QCOMPARE(ReportStyle::installedFamily(role), families.first());

    // Every character is in one face of the chain; note what the first face lacks.
    QString fromFallback;
    for (QChar c : m_text) {
        bool covered = false;
        for (int i = 0; i < families.size() && !covered; ++i) {
            QFont f(families.at(i));
            f.setStyleStrategy(QFont::NoFontMerging);
            if (QRawFont::fromFont(f).supportsCharacter(c)) {
                covered = true;
                if (i > 0)
                    fromFallback += c;
            }
        }
        QVERIFY2(covered,
                 qPrintable(QStringLiteral("%1 (U+%2) is in no face of %3")
                                .arg(c)
                                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                .arg(families.join(QStringLiteral(", ")))));
    }
    qInfo("%s: %lld characters, from the fallback chain: %s", qPrintable(families.first()), qlonglong(m_text.size()),
          qPrintable(fromFallback));

    // Written in the role's font (bold for the title, as the cover sets it), read back.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("role.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setResolution(300);
        QPainter painter(&writer);
        painter.setFont(ReportStyle::font(role, 12, role == ReportStyle::Role::Title));
        const int perLine = 30;
        int y = 150;
        for (int i = 0; i < m_text.size(); i += perLine) {
            // A space between characters: pdftotext then keeps each one apart.
            QString line;
            for (QChar c : m_text.mid(i, perLine))
                line += c + QLatin1Char(' ');
            painter.drawText(100, y, line);
            y += 110;
            if (y > writer.height() - 150) {
                writer.newPage();
                y = 150;
            }
        }
    }
    const QString extracted = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QString got;
    for (QChar c : extracted) {
        if (!c.isSpace() && c != QLatin1Char('\f'))
            got += c;
    }
    QString expected = m_text;
    if (got != expected) {
        QString diff;
        for (int i = 0; i < std::min(got.size(), expected.size()) && diff.size() < 200; ++i) {
            if (got.at(i) != expected.at(i))
                diff += QStringLiteral("%1→%2 ").arg(expected.at(i), got.at(i));
        }
        QFAIL(qPrintable(QStringLiteral("%1: extracted text differs (%2 of %3 characters): %4")
                             .arg(families.first())
                             .arg(got.size())
                             .arg(expected.size())
                             .arg(diff)));
    }

    // Embedded, and the preferred face is the one used.
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(postScriptName(families.first())), qPrintable(fonts));
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    for (const QString &line : lines) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(f.size() >= 7 && f.at(f.size() - 5) == QLatin1String("yes"), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Noto")), qPrintable(line));
    }
}

void TestReportFonts::noUncheckedFamilies()
{
    // Only the faces checked above, never Noto CJK or Fandol, which extract as radicals.
    for (const QString &family : ReportStyle::allFamilies()) {
        QVERIFY2(!postScriptName(family).isEmpty(), qPrintable(family));
        QVERIFY2(QFontDatabase::families().contains(family), qPrintable(family + QStringLiteral(" not installed")));
    }
}

QTEST_MAIN(TestReportFonts)
#include "tst_reportfonts.moc"
