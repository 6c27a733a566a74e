#include "return/returnhistorypane.h"

#include "model/displayformat.h"

#include "widgets/audittablemodel.h"
#include "widgets/tableviews.h"
#include "widgets/valuetablemodel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr TableViews::Options kHistoryLook = TableViews::Option::SingleLineRows | TableViews::Option::AlternatingRows
    | TableViews::Option::StretchLastColumn;
} // namespace

ReturnHistoryPane::ReturnHistoryPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_values(new ValueTableModel(this))
    , m_audit(new AuditTableModel(this))
    , m_valuesView(TableViews::makeReadOnly(m_values, QAbstractItemView::ExtendedSelection, kHistoryLook))
    , m_auditView(TableViews::makeReadOnly(m_audit, QAbstractItemView::ExtendedSelection, kHistoryLook))
    , m_comments(new QListWidget)
    , m_addComment(new QPushButton(tr("Add a &comment...")))
{
    m_comments->setWordWrap(true);
    connect(m_addComment, &QPushButton::clicked, this, [this] {
        if (!m_code.isEmpty())
            emit commentRequested(m_code);
    });
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    // Side by side: the pane sits below a wide table, where height is scarce.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Values by year")));
    left->addWidget(m_valuesView);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Changes")));
    right->addWidget(m_auditView);
    auto *notes = new QVBoxLayout;
    notes->addWidget(new QLabel(tr("Comments")));
    notes->addWidget(m_comments);
    notes->addWidget(m_addComment);
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    columns->addLayout(notes, 2);
    layout->addLayout(columns, 1);
    clear();
}

void ReturnHistoryPane::showIndicator(const Indicator &indicator, const QVector<ValueRecord> &values,
                                      const QVector<AuditEntry> &history)
{
    m_code = indicator.code;
    m_title->setText(
        QStringLiteral("<b>%1 %2</b><br>%3")
            .arg(indicator.code.toHtmlEscaped(), indicator.name.toHtmlEscaped(),
                 tr("Target %1 · reported by %2").arg(indicator.targetText, indicator.leadUnit()).toHtmlEscaped()));
    m_values->setValues(values, indicator);
    m_audit->setEntries(history, indicator);
    m_valuesView->resizeColumnsToContents();
    m_auditView->resizeColumnsToContents();
}

void ReturnHistoryPane::clear()
{
    m_code.clear();
    m_title->setText(tr("Select an indicator to see its history."));
    m_values->setValues({}, Indicator());
    m_audit->setEntries({});
    setComments({}, false);
}

void ReturnHistoryPane::setComments(const QVector<Comment> &comments, bool canComment)
{
    m_comments->clear();
    for (const Comment &c : comments)
        m_comments->addItem(tr("%1 · %2 %3 (%4): %5")
                                .arg(DisplayFormat::dateTime(c.at))
                                .arg(c.unit.isEmpty() ? c.user : c.unit)
                                .arg(c.user)
                                .arg(c.year)
                                .arg(c.body));
    m_addComment->setVisible(canComment);
}
