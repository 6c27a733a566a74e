#include "widgets/yearbox.h"

#include "model/planyears.h"

#include <QComboBox>
#include <QDate>

namespace YearBox {

void fill(QComboBox *box, const QVector<int> &years)
{
    box->setProperty("fuerYear", true); // remembered by WindowSettings when named
    box->clear();
    for (int y : years)
        box->addItem(QString::number(y), y);
    if (!years.isEmpty())
        select(box, PlanYears::defaultYear(QDate::currentDate(), years.first(), years.last()));
}

void select(QComboBox *box, int year)
{
    if (box->count() == 0)
        return;
    const int first = box->itemData(0).toInt();
    const int last = box->itemData(box->count() - 1).toInt();
    const int index = box->findData(qBound(first, year, last));
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace YearBox
