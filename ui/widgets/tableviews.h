#pragma once

#include <QAbstractItemView>
#include <QFlags>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QTableView;
QT_END_NAMESPACE

// The read-only tables of the pages and panes look and behave alike: whole rows are
// selected, nothing is edited in place, there is no row number column.
namespace TableViews {

enum class Option {
    None = 0,
    AlternatingRows = 0x1,
    StretchLastColumn = 0x2,
    // One line per row: rows a fixed line high (the font's height and 8 pixels), text
    // elided rather than wrapped.
    SingleLineRows = 0x4,
};
Q_DECLARE_FLAGS(Options, Option)

// A new view of `model` with those settings; the caller puts it into a layout.
QTableView *makeReadOnly(QAbstractItemModel *model, QAbstractItemView::SelectionMode selection, Options options);

} // namespace TableViews

Q_DECLARE_OPERATORS_FOR_FLAGS(TableViews::Options)
