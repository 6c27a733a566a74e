// The administrator sets an indicator's own plausible values in 编辑指标: empty
// fields keep the unit's defaults (shown as placeholders), numbers that do not
// read or bounds that do not fit together keep the dialog open with a message,
// and what is accepted is what the rules then apply.
#include "catalog/catalogloader.h"
#include "catalog/indicatoreditdialog.h"
#include "exchange/valuerules.h"
#include "model/valuebounds.h"
#include "workflow/entryvalidator.h"

#include <QLabel>
#include <QLineEdit>
#include <QtTest>

namespace {
Indicator byCode(const QString &code)
{
    for (const Indicator &i : CatalogLoader::builtin().indicators) {
        if (i.code == code)
            return i;
    }
    return Indicator();
}

QVector<QLineEdit *> boundEdits(IndicatorEditDialog &d)
{
    QVector<QLineEdit *> out;
    for (QLineEdit *e : d.findChildren<QLineEdit *>()) {
        if (e->isClearButtonEnabled())
            out.append(e);
    }
    return out;
}
} // namespace

class TestIndicatorBounds : public QObject
{
    Q_OBJECT

private slots:
    void placeholdersShowTheUnitDefaults_data();
    void placeholdersShowTheUnitDefaults();
    void ownBoundsAreTakenAndApplied();
    void badBoundsKeepTheDialogOpen_data();
    void badBoundsKeepTheDialogOpen();
};

void TestIndicatorBounds::placeholdersShowTheUnitDefaults_data()
{
    QTest::addColumn<QString>("code");
    for (const Indicator &i : CatalogLoader::builtin().indicators)
        QTest::newRow(qPrintable(i.code)) << i.code;
}

void TestIndicatorBounds::placeholdersShowTheUnitDefaults()
{
    QFETCH(QString, code);
    const Indicator ind = byCode(code);
    QStringList codes;
    for (const Indicator &i : CatalogLoader::builtin().indicators)
        codes.append(i.code);
    IndicatorEditDialog d(ind, {}, codes);
    const QVector<QLineEdit *> edits = boundEdits(d);
    QCOMPARE(edits.size(), 4);
    const ValueBounds b = ValueBounds::ofUnit(ind.measureUnit);
    QCOMPARE(edits.at(0)->placeholderText(), ValueRules::number(b.hardLow));
    QCOMPARE(edits.at(1)->placeholderText(), ValueRules::number(b.hardHigh));
    for (QLineEdit *e : edits)
        QVERIFY(e->text().isEmpty());
    // Accepting unchanged keeps the unit's defaults.
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.indicator().params, ind.params);
}

void TestIndicatorBounds::ownBoundsAreTakenAndApplied()
{
    const Indicator w02 = byCode(QStringLiteral("W02")); // 岁
    IndicatorEditDialog d(w02, {}, {});
    const QVector<QLineEdit *> edits = boundEdits(d);
    edits.at(0)->setText(QStringLiteral("40"));
    edits.at(1)->setText(QStringLiteral("１１０")); // full-width, as typed with a Chinese IME
    edits.at(2)->setText(QStringLiteral("70"));
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const Indicator changed = d.indicator();
    QCOMPARE(changed.params.hardLow, std::optional<double>(40));
    QCOMPARE(changed.params.hardHigh, std::optional<double>(110));
    QCOMPARE(changed.params.usualLow, std::optional<double>(70));
    QVERIFY(!changed.params.usualHigh);
    EntryValidator::Input in;
    in.value = QStringLiteral("35");
    QVERIFY(EntryValidator::read(changed, 2025, in).hasErrors());
    in.value = QStringLiteral("65");
    QCOMPARE(EntryValidator::read(changed, 2025, in).warnings.size(), 1);
    in.value = QStringLiteral("82");
    QVERIFY(EntryValidator::read(changed, 2025, in).warnings.isEmpty());
}

void TestIndicatorBounds::badBoundsKeepTheDialogOpen_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("texts"); // hard low, hard high, usual low, usual high
    QTest::addColumn<QString>("message");
    QTest::newRow("not a number") << "W02" << QStringList{"abc", "", "", ""} << "“abc”: expected a number";
    QTest::newRow("low above high") << "W02" << QStringList{"90", "80", "", ""} << "at most the upper one";
    QTest::newRow("share above 100") << "W04" << QStringList{"", "120", "", ""} << "within 0 to 100";
    QTest::newRow("usual outside hard") << "W02" << QStringList{"60", "", "50", ""} << "within the bounds";
}

void TestIndicatorBounds::badBoundsKeepTheDialogOpen()
{
    QFETCH(QString, code);
    QFETCH(QStringList, texts);
    QFETCH(QString, message);
    IndicatorEditDialog d(byCode(code), {}, {});
    const QVector<QLineEdit *> edits = boundEdits(d);
    for (int i = 0; i < 4; ++i)
        edits.at(i)->setText(texts.at(i));
    d.accept();
    QVERIFY(d.result() != int(QDialog::Accepted));
    bool shown = false;
    for (QLabel *l : d.findChildren<QLabel *>()) {
        if (!l->isHidden() && l->text().contains(message))
            shown = true;
    }
    QVERIFY2(shown, qPrintable(message));
}

QTEST_MAIN(TestIndicatorBounds)
#include "tst_indicatorbounds.moc"
