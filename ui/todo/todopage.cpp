#include "todo/todopage.h"

#include "todo/todomodel.h"
#include "widgets/tableviews.h"
#include "widgets/yearbox.h"

#include "session/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

TodoPage::TodoPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TodoModel(this))
    , m_year(new QComboBox)
    , m_summary(new QLabel)
    , m_view(TableViews::makeReadOnly(m_model, QAbstractItemView::SingleSelection,
                                      TableViews::Option::AlternatingRows | TableViews::Option::SingleLineRows))
    , m_open(new QPushButton(tr("&Open")))
{
    setObjectName(QStringLiteral("todoPage"));
    m_year->setObjectName(QStringLiteral("todoYear"));
    m_open->setObjectName(QStringLiteral("todoOpen"));
    m_summary->setObjectName(QStringLiteral("todoSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setToolTip(tr("Go to the page that deals with the selected item."));
    YearBox::fill(m_year, m_session->years().reportingYears());

    m_view->horizontalHeader()->setSectionResizeMode(TodoModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TodoModel::TextColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TodoModel::DateColumn, QHeaderView::ResizeToContents);

    auto *yearLabel = new QLabel(tr("Reporting &year:"));
    yearLabel->setBuddy(m_year);
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_year, &QComboBox::currentIndexChanged, this, &TodoPage::reload);
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_view->currentIndex().row()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TodoPage::updateButtons);
    // Whatever changes what waits, by this person or another page.
    ChangeNotifier *changes = m_session->notifier();
    connect(changes, &ChangeNotifier::valuesChanged, this, &TodoPage::changed);
    connect(changes, &ChangeNotifier::reportsChanged, this, &TodoPage::changed);
    connect(changes, &ChangeNotifier::judgementsChanged, this, &TodoPage::changed);
    connect(changes, &ChangeNotifier::deadlinesChanged, this, &TodoPage::changed);
    connect(changes, &ChangeNotifier::catalogChanged, this, &TodoPage::changed);
    // Loads on the first show (showEvent); the sign-in notice asks TodoService itself.
}

int TodoPage::year() const
{
    return m_year->currentData().toInt();
}

void TodoPage::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index); // reloads when it changes
}

QString TodoPage::summaryText() const
{
    return m_summary->text();
}

void TodoPage::changed()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void TodoPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void TodoPage::reload()
{
    m_stale = false;
    const std::optional<User> user = m_session->user();
    const QVector<TodoItem> items = user ? m_session->todo().items(*user, year()) : QVector<TodoItem>();
    m_model->setItems(items);
    m_summary->setText(items.isEmpty() ? tr("Nothing waits for you in %1.").arg(year())
                                       : tr("%1: %2.").arg(year()).arg(TodoService::summary(items)));
    if (!items.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, TodoModel::TextColumn));
    updateButtons();
}

void TodoPage::updateButtons()
{
    m_open->setEnabled(m_model->rowAt(m_view->currentIndex().row()) != nullptr);
}

bool TodoPage::openRow(int row)
{
    const TodoItem *item = m_model->rowAt(row);
    if (!item)
        return false;
    emit openRequested(*item);
    return true;
}
