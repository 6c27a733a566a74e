#include "return/returnitemdelegate.h"

#include "return/returntablemodel.h"
#include "widgets/palette.h"

#include <QLineEdit>
#include <QPersistentModelIndex>

ReturnItemDelegate::ReturnItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *ReturnItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    const QPersistentModelIndex persistent(index);
    connect(editor, &QLineEdit::textEdited, this, [this, editor, persistent]() {
        if (persistent.isValid())
            showCheck(editor, persistent);
    });
    return editor;
}

void ReturnItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    // Typing into a closed cell opens the editor with that first key already in it;
    // keep it rather than overwrite it with the stored text.
    if (!line->isModified())
        line->setText(index.data(Qt::EditRole).toString());
    showCheck(line, index);
}

void ReturnItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text(), Qt::EditRole);
}

QSize ReturnItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // The style measures wrapped text with the primary font's line height, but
    // Chinese text is drawn in a fallback font with taller lines, so a name or target
    // that needs two lines would be painted elided on one. Measure what is drawn.
    if (option.rect.width() > 16 && !index.data(ReturnTableModel::HeadingRole).toBool()) {
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect box(0, 0, option.rect.width() - 12, 100000);
        const QRect needed = option.fontMetrics.boundingRect(box, Qt::TextWordWrap, text);
        size.setHeight(qMax(size.height(), needed.height() + 6));
    }
    return size;
}

void ReturnItemDelegate::showCheck(QLineEdit *editor, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ReturnTableModel *>(index.model());
    if (!model)
        return;
    const EntryCheck check = model->checkCandidate(index, editor->text());
    const int column = index.column();
    QStringList messages;
    int severity = 0;
    if (check.hasErrors() && column != ReturnTableModel::SourceColumn && column != ReturnTableModel::NoteColumn) {
        messages = check.errors;
        severity = 2;
    } else if (!check.warnings.isEmpty()) {
        const bool noteMissing = column == ReturnTableModel::NoteColumn
            ? editor->text().trimmed().isEmpty()
            : model->rowAt(index.row())->note.trimmed().isEmpty();
        messages = check.warnings;
        if (noteMissing) {
            messages << tr("Explain it in the note before submitting.");
            severity = 1;
        }
    }
    QPalette palette = editor->parentWidget() ? editor->parentWidget()->palette() : editor->palette();
    if (severity == 2)
        palette.setColor(QPalette::Base, Palette::screen(Palette::ErrorBackground));
    else if (severity == 1)
        palette.setColor(QPalette::Base, Palette::screen(Palette::WarningBackground));
    editor->setPalette(palette);
    editor->setToolTip(messages.join(QLatin1Char('\n')));
    emit liveMessage(messages.join(QLatin1Char('\n')), severity);
}
