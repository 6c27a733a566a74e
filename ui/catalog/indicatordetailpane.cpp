#include "catalog/indicatordetailpane.h"

#include "widgets/tableviews.h"
#include "widgets/valuetablemodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QLabel *selectableLabel()
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText); // names and targets are data: "<1.5" is no tag
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}
} // namespace

IndicatorDetailPane::IndicatorDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(selectableLabel())
    , m_target(selectableLabel())
    , m_rule(selectableLabel())
    , m_params(selectableLabel())
    , m_attribute(selectableLabel())
    , m_units(selectableLabel())
    , m_category(selectableLabel())
    , m_assessment(new QTextBrowser)
    , m_valuesView(nullptr)
    , m_values(new ValueTableModel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *form = new QFormLayout;
    form->addRow(tr("2030 target:"), m_target);
    form->addRow(tr("Read as:"), m_rule);
    form->addRow(tr("Rule parameters:"), m_params);
    form->addRow(tr("Attribute:"), m_attribute);
    form->addRow(tr("Responsible units:"), m_units);
    form->addRow(tr("Plan and field:"), m_category);

    auto *assessmentBox = new QGroupBox(tr("Assessment"));
    auto *assessmentLayout = new QVBoxLayout(assessmentBox);
    // A browser, not a label: a wrapped rich-text label does not grow with its text.
    m_assessment->setFrameShape(QFrame::NoFrame);
    m_assessment->setMinimumHeight(m_assessment->fontMetrics().height() * 6);
    m_assessment->setMaximumHeight(m_assessment->fontMetrics().height() * 9);
    assessmentLayout->addWidget(m_assessment);

    m_valuesView = TableViews::makeReadOnly(m_values, QAbstractItemView::ExtendedSelection,
                                            TableViews::Option::StretchLastColumn
                                                | TableViews::Option::AlternatingRows);
    auto *valuesBox = new QGroupBox(tr("Values by year"));
    auto *valuesLayout = new QVBoxLayout(valuesBox);
    valuesLayout->addWidget(m_valuesView);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(assessmentBox);
    layout->addWidget(valuesBox, 1);
    clear();
}

void IndicatorDetailPane::clear()
{
    m_code.clear();
    m_title->setText(tr("Choose an indicator on the left."));
    for (QLabel *l : {m_target, m_rule, m_params, m_attribute, m_units, m_category})
        l->clear();
    m_assessment->clear();
    m_values->setValues({}, Indicator());
}

void IndicatorDetailPane::showIndicator(const Indicator &ind, const QVector<ValueRecord> &values)
{
    const QString name = ind.measureUnit.isEmpty() ? ind.name
                                                   : QStringLiteral("%1（%2）").arg(ind.name, ind.measureUnit);
    m_code = ind.code;
    m_title->setText(QStringLiteral("%1  %2").arg(ind.code, name));
    m_target->setText(ind.targetText);
    m_attribute->setText(Indicator::attributeText(ind.attribute));
    QStringList units;
    for (int i = 0; i < ind.units.size(); ++i)
        units.append(i == 0 ? tr("%1 (lead)").arg(ind.units.at(i)) : tr("%1 (co-operating)").arg(ind.units.at(i)));
    m_units->setText(units.join(QStringLiteral("；")));
    m_category->setText(ind.category);
    m_values->setValues(values, ind);
    m_valuesView->resizeColumnsToContents();
}

void IndicatorDetailPane::showAssessment(const QString &ruleText, const QString &paramsText,
                                         const QString &assessmentHtml)
{
    m_rule->setText(ruleText);
    m_params->setText(paramsText);
    m_assessment->setHtml(assessmentHtml);
}

QString IndicatorDetailPane::assessmentText() const
{
    return m_assessment->toPlainText();
}
