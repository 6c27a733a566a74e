#include "widgets/tableviews.h"

#include <QHeaderView>
#include <QTableView>

namespace TableViews {

QTableView *makeReadOnly(QAbstractItemModel *model, QAbstractItemView::SelectionMode selection, Options options)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->verticalHeader()->hide();
    if (options.testFlag(Option::SingleLineRows)) {
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->setWordWrap(false);
    }
    if (options.testFlag(Option::StretchLastColumn))
        view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(options.testFlag(Option::AlternatingRows));
    return view;
}

} // namespace TableViews
