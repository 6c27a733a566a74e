#include "catalog/indicatoreditdialog.h"

#include "exchange/numberparser.h"
#include "exchange/valuerules.h"
#include "model/valuebounds.h"
#include "target/targetparser.h"
#include "widgets/palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QDoubleSpinBox *spin(double min, double max, double value, int decimals)
{
    auto *s = new QDoubleSpinBox;
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setValue(value);
    return s;
}

// An indicator's own bound, or empty for the unit's, shown as a placeholder.
QLineEdit *boundEdit(const std::optional<double> &own, const std::optional<double> &unitDefault)
{
    auto *e = new QLineEdit(own ? ValueRules::number(*own) : QString());
    e->setPlaceholderText(unitDefault ? ValueRules::number(*unitDefault) : QStringLiteral("—"));
    e->setClearButtonEnabled(true);
    return e;
}

std::optional<double> boundValue(const QLineEdit *e, bool *ok)
{
    *ok = true;
    if (e->text().trimmed().isEmpty())
        return std::nullopt;
    const auto v = NumberParser::parse(e->text());
    *ok = v.has_value();
    return v;
}
} // namespace

IndicatorEditDialog::IndicatorEditDialog(const Indicator &ind, const QVector<ResponsibleUnit> &units,
                                         const QStringList &indicatorCodes, QWidget *parent)
    : QDialog(parent)
    , m_original(ind)
    , m_target(new QLineEdit(ind.targetText))
    , m_reading(new QLabel)
    , m_attribute(new QComboBox)
    , m_units(new QListWidget)
    , m_tolerance(spin(0, 1000, ind.params.tolerance, 2))
    , m_aboutReading(new QComboBox)
    , m_share(spin(0, 100, ind.params.clearDecreaseShare * 100, 1))
    , m_swingShare(spin(0.1, 100, ind.params.swingShare * 100, 1))
    , m_jumpShare(spin(0.1, 1000, ind.params.jumpShare * 100, 1))
    , m_jumpMinimum(spin(0, 100000, ind.params.jumpMinimum, 2))
    , m_low(spin(0, 1000, ind.params.balanceLow, 1))
    , m_high(spin(0, 1000, ind.params.balanceHigh, 1))
    , m_reference(new QComboBox)
    , m_hardLow(boundEdit(ind.params.hardLow, ValueBounds::ofUnit(ind.measureUnit).hardLow))
    , m_hardHigh(boundEdit(ind.params.hardHigh, ValueBounds::ofUnit(ind.measureUnit).hardHigh))
    , m_usualLow(boundEdit(ind.params.usualLow, ValueBounds::ofUnit(ind.measureUnit).usualLow))
    , m_usualHigh(boundEdit(ind.params.usualHigh, ValueBounds::ofUnit(ind.measureUnit).usualHigh))
    , m_boundsError(new QLabel)
{
    setWindowTitle(tr("Edit indicator %1").arg(ind.code));
    // Names for tests and accessibility tools.
    m_target->setObjectName(QStringLiteral("target"));
    m_attribute->setObjectName(QStringLiteral("attribute"));
    m_units->setObjectName(QStringLiteral("units"));
    m_tolerance->setObjectName(QStringLiteral("tolerance"));
    m_share->setObjectName(QStringLiteral("share"));
    m_aboutReading->setObjectName(QStringLiteral("aboutReading"));
    m_swingShare->setObjectName(QStringLiteral("swingShare"));
    m_jumpShare->setObjectName(QStringLiteral("jumpShare"));
    m_jumpMinimum->setObjectName(QStringLiteral("jumpMinimum"));
    m_aboutReading->addItem(tr("a band: within the tolerance on both sides"), int(RuleParams::AboutReading::Band));
    m_aboutReading->addItem(tr("about or above: at least the value less the tolerance"),
                            int(RuleParams::AboutReading::AboutOrAbove));
    m_aboutReading->addItem(tr("about or below: at most the value plus the tolerance"),
                            int(RuleParams::AboutReading::AboutOrBelow));
    m_aboutReading->setCurrentIndex(qMax(0, m_aboutReading->findData(int(ind.params.aboutReading))));
    connect(m_aboutReading, &QComboBox::currentIndexChanged, this, &IndicatorEditDialog::updateReading);
    connect(m_tolerance, &QDoubleSpinBox::valueChanged, this, &IndicatorEditDialog::updateReading);
    m_low->setObjectName(QStringLiteral("balanceLow"));
    m_high->setObjectName(QStringLiteral("balanceHigh"));
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reading->setWordWrap(true);
    connect(m_target, &QLineEdit::textChanged, this, &IndicatorEditDialog::updateReading);
    m_attribute->addItem(Indicator::attributeText(Indicator::Attribute::Binding), int(Indicator::Attribute::Binding));
    m_attribute->addItem(Indicator::attributeText(Indicator::Attribute::Expected), int(Indicator::Attribute::Expected));
    m_attribute->setCurrentIndex(ind.isBinding() ? 0 : 1);

    // Checked units in their order first (lead at the top), then the others.
    QStringList order = ind.units;
    for (const ResponsibleUnit &u : units) {
        if (u.kind == ResponsibleUnit::Kind::Member && !order.contains(u.name))
            order.append(u.name);
    }
    for (const QString &name : order) {
        auto *item = new QListWidgetItem(name, m_units);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ind.units.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    auto *up = new QPushButton(tr("Move &up"));
    auto *down = new QPushButton(tr("Move &down"));
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    auto *unitButtons = new QVBoxLayout;
    unitButtons->addWidget(up);
    unitButtons->addWidget(down);
    unitButtons->addStretch();
    auto *unitBox = new QHBoxLayout;
    unitBox->addWidget(m_units, 1);
    unitBox->addLayout(unitButtons);

    m_reference->addItem(tr("(none)"), QString());
    for (const QString &code : indicatorCodes) {
        if (code != ind.code)
            m_reference->addItem(code, code);
    }
    m_reference->setCurrentIndex(qMax(0, m_reference->findData(ind.params.referenceCode)));

    auto *form = new QFormLayout;
    form->addRow(tr("Indicator:"), new QLabel(QStringLiteral("%1 %2").arg(ind.code, ind.name)));
    form->addRow(tr("2030 &target:"), m_target);
    form->addRow(tr("Read as:"), m_reading);
    form->addRow(tr("&Attribute:"), m_attribute);
    // A label beside a layout gets no buddy from the form: without one its "&u" (and
    // the Chinese "(&U)") would show as written.
    auto *unitsLabel = new QLabel(tr("Responsible &units (checked; the first checked is the lead unit):"));
    unitsLabel->setBuddy(m_units);
    form->addRow(unitsLabel, unitBox);
    form->addRow(tr("Tolerance for 左右 / 相适应:"), m_tolerance);
    form->addRow(tr("A 左右 target &reads as:"), m_aboutReading);
    form->addRow(tr("明显降低 / 明显提高 means at least this many percent from the baseline:"), m_share);
    form->addRow(tr("波动较大: a &swing counts from this many percent of the mean level:"), m_swingShare);
    form->addRow(tr("波动较大: a &jump is more than this many percent of the value before:"), m_jumpShare);
    form->addRow(tr("… and at least (in the indicator's unit):"), m_jumpMinimum);
    form->addRow(tr("趋于平衡 normal band from:"), m_low);
    form->addRow(tr("… to:"), m_high);
    form->addRow(tr("A relative target follows indicator:"), m_reference);
    const QString unit = ind.measureUnit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(ind.measureUnit);
    auto pair = [](QLineEdit *a, QLineEdit *b) {
        auto *row = new QHBoxLayout;
        row->addWidget(a);
        row->addWidget(new QLabel(QStringLiteral("–")));
        row->addWidget(b);
        return row;
    };
    form->addRow(tr("Values refused outside%1:").arg(unit), pair(m_hardLow, m_hardHigh));
    form->addRow(tr("Values needing a note outside%1:").arg(unit), pair(m_usualLow, m_usualHigh));
    m_boundsError->setWordWrap(true);
    m_boundsError->setStyleSheet(Palette::textStyle(Palette::ErrorText));
    m_boundsError->hide();
    form->addRow(QString(), m_boundsError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateReading();
}

void IndicatorEditDialog::updateReading()
{
    QString error;
    const TargetRule rule = TargetParser::parse(m_target->text(), &error);
    if (rule.family == TargetRule::Family::Unparsed) {
        m_reading->setText(tr("%1 — the indicator will need a reviewer's judgement.").arg(error));
        m_reading->setStyleSheet(Palette::textStyle(Palette::ErrorText));
    } else {
        m_reading->setText(rule.describe(indicator().params, m_original.measureUnit));
        m_reading->setStyleSheet(QString());
    }
}

void IndicatorEditDialog::move(int delta)
{
    const int row = m_units->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_units->count())
        return;
    QListWidgetItem *item = m_units->takeItem(row);
    m_units->insertItem(to, item);
    m_units->setCurrentRow(to);
}

Indicator IndicatorEditDialog::indicator() const
{
    Indicator out = m_original;
    out.targetText = m_target->text().trimmed();
    out.attribute = Indicator::Attribute(m_attribute->currentData().toInt());
    out.units.clear();
    for (int i = 0; i < m_units->count(); ++i) {
        if (m_units->item(i)->checkState() == Qt::Checked)
            out.units.append(m_units->item(i)->text());
    }
    out.params.tolerance = m_tolerance->value();
    out.params.aboutReading = RuleParams::AboutReading(m_aboutReading->currentData().toInt());
    out.params.clearDecreaseShare = m_share->value() / 100.0;
    out.params.swingShare = m_swingShare->value() / 100.0;
    out.params.jumpShare = m_jumpShare->value() / 100.0;
    out.params.jumpMinimum = m_jumpMinimum->value();
    out.params.balanceLow = m_low->value();
    out.params.balanceHigh = m_high->value();
    out.params.referenceCode = m_reference->currentData().toString();
    bool ok = false;
    out.params.hardLow = boundValue(m_hardLow, &ok);
    out.params.hardHigh = boundValue(m_hardHigh, &ok);
    out.params.usualLow = boundValue(m_usualLow, &ok);
    out.params.usualHigh = boundValue(m_usualHigh, &ok);
    return out;
}

void IndicatorEditDialog::accept()
{
    for (QLineEdit *e : {m_hardLow, m_hardHigh, m_usualLow, m_usualHigh}) {
        bool ok = false;
        boundValue(e, &ok);
        if (!ok) {
            m_boundsError->setText(
                tr("Bounds: “%1”: expected a number, or nothing for the unit's default.").arg(e->text().trimmed()));
            m_boundsError->show();
            e->setFocus();
            return;
        }
    }
    const QString problem = ValueBounds::problem(indicator());
    if (!problem.isEmpty()) {
        m_boundsError->setText(problem);
        m_boundsError->show();
        return;
    }
    QDialog::accept();
}
