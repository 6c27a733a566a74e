#pragma once

#include <QVector>

class QComboBox;

// The year pickers of every page: the years come from the plan (Session::years()),
// the page opens on the year whose values are due now (the year before today),
// kept inside the years offered.
namespace YearBox {
// Fills `box` with `years` (text = the year, data = the year as int) and selects
// the default one.
void fill(QComboBox *box, const QVector<int> &years);
// Selects `year` if offered, else the nearest offered year.
void select(QComboBox *box, int year);
} // namespace YearBox
