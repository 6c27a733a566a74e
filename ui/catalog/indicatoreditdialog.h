#pragma once

#include "model/indicator.h"
#include "model/responsibleunit.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;

// The administrator's edit of one indicator: the 2030 target (with how it will be
// read, live), the attribute, the responsible units in order (lead first) and the
// rule parameters, and the plausible values (hard bounds and usual range; empty
// fields keep the measure unit's, shown greyed). The name and code stay as the
// plan writes them.
class IndicatorEditDialog : public QDialog
{
    Q_OBJECT

public:
    IndicatorEditDialog(const Indicator &indicator, const QVector<ResponsibleUnit> &units,
                        const QStringList &indicatorCodes, QWidget *parent = nullptr);

    Indicator indicator() const;
    // Accepts only plausible bounds that read and fit together.
    void accept() override;

private:
    void updateReading();
    void move(int delta);

    Indicator m_original;
    QLineEdit *m_target;
    QLabel *m_reading;
    QComboBox *m_attribute;
    QListWidget *m_units;
    QDoubleSpinBox *m_tolerance;
    QComboBox *m_aboutReading;
    QDoubleSpinBox *m_share;
    QDoubleSpinBox *m_swingShare;
    QDoubleSpinBox *m_jumpShare;
    QDoubleSpinBox *m_jumpMinimum;
    QDoubleSpinBox *m_low;
    QDoubleSpinBox *m_high;
    QComboBox *m_reference;
    QLineEdit *m_hardLow;
    QLineEdit *m_hardHigh;
    QLineEdit *m_usualLow;
    QLineEdit *m_usualHigh;
    QLabel *m_boundsError;
};
