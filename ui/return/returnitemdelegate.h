#pragma once

#include <QStyledItemDelegate>

class QLineEdit;

// Edits the cells of the return table and checks the text on every keystroke
// (ReturnTableModel::checkCandidate, cached, so cheap): the editor turns red for an
// error and amber for a warning that needs a note, and liveMessage() carries the
// full message to the status line below the table.
class ReturnItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ReturnItemDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    // severity: 0 fine, 1 warning, 2 error; `message` is plain text, one line per problem.
    void liveMessage(const QString &message, int severity) const;

private:
    void showCheck(QLineEdit *editor, const QModelIndex &index) const;
};
