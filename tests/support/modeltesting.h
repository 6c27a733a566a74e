#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QStringList>

#include <memory>
#include <vector>

// QAbstractItemModelTester, fatal: the test program stops at the first broken
// rule of the model (an index, a parent, a row count, a signal), while the test
// fills, filters and edits it. Keep the returned tester as long as the model.
inline std::unique_ptr<QAbstractItemModelTester> attachModelTester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

namespace ModelText {
// The horizontal header's display texts.
inline QStringList headers(const QAbstractItemModel *model)
{
    QStringList out;
    for (int c = 0; c < model->columnCount(); ++c)
        out << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return out;
}

inline QString text(const QAbstractItemModel *model, int row, int column, const QModelIndex &parent = QModelIndex())
{
    return model->index(row, column, parent).data(Qt::DisplayRole).toString();
}
} // namespace ModelText

// A tester on every model of each of the given classes that `owner` holds (a page
// or dialog builds its models as children), found by exact class: a proxy's
// subclass is not taken for a plain QSortFilterProxyModel. Keep the testers only
// as long as the owner.
template <typename... Models> std::vector<std::unique_ptr<QAbstractItemModelTester>> attachModelTesters(QObject *owner)
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> out;
    const QList<QAbstractItemModel *> models = owner->findChildren<QAbstractItemModel *>();
    auto take = [&](const QMetaObject &meta) {
        for (QAbstractItemModel *m : models) {
            if (m->metaObject() == &meta)
                out.push_back(attachModelTester(m));
        }
    };
    (take(Models::staticMetaObject), ...);
    return out;
}
