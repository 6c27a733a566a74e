#include "review/reviewpage.h"

#include "review/completenessmodel.h"
#include "review/indicatorreviewpane.h"
#include "review/reviewvaluemodel.h"
#include "widgets/tableviews.h"

#include "widgets/yearbox.h"

#include "session/session.h"
#include "workflow/permissions.h"

#include <QComboBox>
#include <QDate>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr TableViews::Options kListLook = TableViews::Option::SingleLineRows | TableViews::Option::AlternatingRows;
} // namespace

ReviewPage::ReviewPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_completeness(new CompletenessModel(this))
    , m_values(new ReviewValueModel(this))
    , m_year(new QComboBox)
    , m_completenessView(TableViews::makeReadOnly(m_completeness, QAbstractItemView::SingleSelection, kListLook))
    , m_valuesView(TableViews::makeReadOnly(m_values, QAbstractItemView::ExtendedSelection, kListLook))
    , m_returnTitle(new QLabel)
    , m_message(new QLabel)
    , m_pane(new IndicatorReviewPane)
    , m_approveSelected(new QPushButton(tr("&Approve selected")))
    , m_approveReturn(new QPushButton(tr("Approve &whole return")))
    , m_sendBack(new QPushButton(tr("Re&turn selected...")))
    , m_reopen(new QPushButton(tr("Re&open...")))
    , m_verdict(new QPushButton(tr("Record &verdict...")))
    , m_dueDate(new QPushButton(tr("Due &date...")))
    , m_extend(new QPushButton(tr("E&xtend for unit...")))
    , m_reminders(new QPushButton(tr("Export re&minder list...")))
{
    // Returns for year Y are reviewed in spring of Y+1.
    setObjectName(QStringLiteral("reviewPage"));
    m_year->setObjectName(QStringLiteral("reviewYear"));
    YearBox::fill(m_year, m_session->years().dataYears());
    buildLayout();

    connect(m_year, &QComboBox::currentIndexChanged, this, &ReviewPage::reload);
    // Every change of values, verdicts or the catalog, by this page or any other.
    ChangeNotifier *changes = m_session->notifier();
    connect(changes, &ChangeNotifier::valuesChanged, this, &ReviewPage::reload);
    connect(changes, &ChangeNotifier::judgementsChanged, this, &ReviewPage::reload);
    connect(changes, &ChangeNotifier::catalogChanged, this, &ReviewPage::reload);
    connect(changes, &ChangeNotifier::deadlinesChanged, this, [this](int changedYear) {
        if (changedYear == year())
            reload();
    });
    connect(m_completenessView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showUnit({}); });
    connect(m_completenessView, &QTableView::doubleClicked, this, [this] { m_valuesView->setFocus(); });
    connect(m_valuesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::showIndicator);
    connect(m_valuesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewPage::updateButtons);
    connect(m_approveSelected, &QPushButton::clicked, this, &ReviewPage::approveSelected);
    connect(m_approveReturn, &QPushButton::clicked, this, &ReviewPage::approveReturn);
    connect(m_sendBack, &QPushButton::clicked, this, &ReviewPage::sendBackSelected);
    connect(m_reopen, &QPushButton::clicked, this, &ReviewPage::reopenSelected);
    connect(m_verdict, &QPushButton::clicked, this, &ReviewPage::recordVerdictForCurrent);
    connect(m_dueDate, &QPushButton::clicked, this, &ReviewPage::editDueDate);
    connect(m_extend, &QPushButton::clicked, this, &ReviewPage::extendForUnit);
    connect(m_reminders, &QPushButton::clicked, this, &ReviewPage::exportReminderList);
    // Loads on the first show (showEvent): a tab that is never opened costs nothing.
}

void ReviewPage::buildLayout()
{
    m_approveSelected->setObjectName(QStringLiteral("approveSelected"));
    m_approveReturn->setObjectName(QStringLiteral("approveReturn"));
    m_sendBack->setObjectName(QStringLiteral("sendBack"));
    m_reopen->setObjectName(QStringLiteral("reopen"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_approveSelected->setToolTip(tr("Approve the selected submitted values; approved values are locked."));
    m_approveReturn->setToolTip(tr("Approve every submitted value of this unit for the year."));
    m_sendBack->setToolTip(tr("Send the selected submitted values back to the unit with a reason."));
    m_reopen->setToolTip(tr("Reopen the selected approved values with a reason; the unit may change them again."));
    m_verdict->setToolTip(tr("Record met or not met, with a reason, for a target that is judged (保持合理比例)."));
    m_dueDate->setObjectName(QStringLiteral("dueDateButton"));
    m_extend->setObjectName(QStringLiteral("extendButton"));
    m_reminders->setObjectName(QStringLiteral("reminderButton"));
    m_dueDate->setToolTip(tr("Set the due date of the year's returns and reports (报送截止日期)."));
    m_extend->setToolTip(tr("Extend the due date for the selected unit, with a reason."));
    m_reminders->setToolTip(tr("Save the units still owing values or their report, with the days left or past, as "
                               ".xlsx for a reminder notice (催报名单)."));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_returnTitle->setTextFormat(Qt::RichText);

    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("Reporting &year:"));
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_message, 1);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Returns by unit</b> (select a unit to open its return)")));
    leftLayout->addWidget(m_completenessView);
    auto *deadlineButtons = new QHBoxLayout;
    for (QPushButton *b : {m_dueDate, m_extend, m_reminders})
        deadlineButtons->addWidget(b);
    deadlineButtons->addStretch(1);
    leftLayout->addLayout(deadlineButtons);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_approveSelected, m_approveReturn, m_sendBack, m_reopen, m_verdict})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_returnTitle);
    rightLayout->addWidget(m_valuesView, 1);
    rightLayout->addLayout(buttons);

    auto *upper = new QSplitter(Qt::Horizontal);
    m_upper = upper;
    upper->setObjectName(QStringLiteral("reviewUpper"));
    upper->addWidget(left);
    upper->addWidget(right);
    upper->setStretchFactor(0, 0);
    upper->setStretchFactor(1, 1);
    // The matrix has eight short columns; it needs its width, the return the rest.
    upper->setSizes({640, 960});
    upper->setChildrenCollapsible(false);
    connect(upper, &QSplitter::splitterMoved, this, [this] { m_splitterDragged = true; });

    auto *rows = new QSplitter(Qt::Vertical);
    rows->setObjectName(QStringLiteral("reviewRows"));
    rows->addWidget(upper);
    rows->addWidget(m_pane);
    rows->setStretchFactor(0, 1);
    rows->setStretchFactor(1, 1);
    rows->setSizes({420, 520});
    rows->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(rows, 1);
}

int ReviewPage::year() const
{
    return m_year->currentData().toInt();
}

void ReviewPage::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index); // reloads when it changes
}

QString ReviewPage::currentUnit() const
{
    const UnitCompleteness *u = m_completeness->rowAt(m_completenessView->currentIndex().row());
    return u ? u->unit : QString();
}

bool ReviewPage::selectUnit(const QString &unit)
{
    const int row = m_completeness->rowOfUnit(unit);
    if (row < 0)
        return false;
    m_completenessView->setCurrentIndex(m_completeness->index(row, CompletenessModel::UnitColumn));
    return true;
}

bool ReviewPage::selectIndicator(const QString &code)
{
    return selectIndicators({code});
}

bool ReviewPage::selectIndicators(const QStringList &codes)
{
    QItemSelection selection;
    int first = -1;
    for (const QString &code : codes) {
        const int row = m_values->rowOfCode(code);
        if (row < 0)
            return false;
        selection.select(m_values->index(row, 0), m_values->index(row, ReviewValueModel::ColumnCount - 1));
        if (first < 0)
            first = row;
    }
    if (first < 0)
        return false;
    QItemSelectionModel *sm = m_valuesView->selectionModel();
    const bool sameRow = sm->currentIndex().row() == first;
    sm->setCurrentIndex(m_values->index(first, 0), QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect);
    if (sameRow)
        showIndicator(); // no currentRowChanged to do it
    m_valuesView->scrollTo(m_values->index(first, 0));
    return true;
}

QStringList ReviewPage::selectedCodes() const
{
    QStringList codes;
    const QModelIndexList rows = m_valuesView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const ReviewValueModel::Row *r = m_values->rowAt(index.row()))
            codes.append(r->indicator().code);
    }
    std::sort(codes.begin(), codes.end(),
              [this](const QString &a, const QString &b) { return m_values->rowOfCode(a) < m_values->rowOfCode(b); });
    return codes;
}

QString ReviewPage::messageText() const
{
    return m_message->text();
}

const QVector<IndicatorAssessment> &ReviewPage::assessments()
{
    if (m_assessedYear != year()) {
        m_assessments = m_session->assessments().assessAll(year());
        m_assessedYear = year();
    }
    return m_assessments;
}

void ReviewPage::reload()
{
    if (!isVisible()) {
        m_stale = true; // a hidden tab catches up when it is shown
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_assessedYear = 0; // values or verdicts may have changed
    const QString unit = currentUnit();
    const QStringList selected = selectedCodes();
    const QString current = m_pane->currentCode();

    m_completeness->setRows(m_session->completeness(year()));
    m_completenessView->resizeColumnsToContents();
    fitMatrix();
    const int unitRow = qMax(0, m_completeness->rowOfUnit(unit));
    {
        // Restoring the selection must not open the return twice.
        const QSignalBlocker blocker(m_completenessView->selectionModel());
        m_completenessView->setCurrentIndex(m_completeness->index(unitRow, CompletenessModel::UnitColumn));
    }
    showUnit(selected.isEmpty() ? QStringList{current} : selected);
    m_stale = false;
    m_longestReloadMs = qMax(m_longestReloadMs, timer.elapsed());
}

void ReviewPage::showUnit(const QStringList &keep)
{
    const QString unit = currentUnit();
    const int y = year();
    QHash<QString, ValueRecord> byCode;
    for (const ValueRecord &r : m_session->districtValues(y))
        byCode.insert(r.indicatorCode, r);
    QVector<ReviewValueModel::Row> rows;
    for (const IndicatorAssessment &a : assessments()) {
        if (a.indicator.leadUnit() != unit)
            continue;
        ReviewValueModel::Row row;
        row.assessment = a;
        if (byCode.contains(a.indicator.code))
            row.value = byCode.value(a.indicator.code);
        rows.append(row);
    }
    m_values->setRows(rows);
    m_returnTitle->setText(unit.isEmpty()
                               ? tr("<b>Return</b>")
                               : tr("<b>Return of %1 for %2</b> (read-only)").arg(unit.toHtmlEscaped()).arg(y));
    QHeaderView *header = m_valuesView->horizontalHeader();
    m_valuesView->resizeColumnsToContents();
    // Long names and notes would push the state and assessment out of sight.
    const int wide = m_valuesView->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16;
    for (int c : {ReviewValueModel::NameColumn, ReviewValueModel::TargetColumn, ReviewValueModel::SourceColumn,
                  ReviewValueModel::NoteColumn})
        header->resizeSection(c, qMin(header->sectionSize(c), wide));
    header->setStretchLastSection(true);
    // Keep what the reviewer was looking at across reloads; else start at the top.
    if (!selectIndicators(keep) && !(keep.size() > 1 && selectIndicator(keep.first()))) {
        if (m_values->rowCount() > 0)
            selectIndicator(m_values->rowAt(0)->indicator().code);
        else
            showIndicator();
    }
    updateButtons();
}

void ReviewPage::showIndicator()
{
    const ReviewValueModel::Row *r = m_values->rowAt(m_valuesView->currentIndex().row());
    if (!r) {
        m_pane->clear();
        return;
    }
    const QString code = r->indicator().code;
    m_pane->showIndicator(r->assessment, m_session->valuesOf(code), m_session->history(code));
    updateButtons();
}

void ReviewPage::updateButtons()
{
    const QStringList codes = selectedCodes();
    m_approveSelected->setEnabled(!codesIn(codes, ValueState::Submitted).isEmpty());
    m_sendBack->setEnabled(!codesIn(codes, ValueState::Submitted).isEmpty());
    m_reopen->setEnabled(!codesIn(codes, ValueState::Approved).isEmpty());
    const UnitCompleteness *u = m_completeness->rowAt(m_completenessView->currentIndex().row());
    m_approveReturn->setEnabled(u && u->submitted > 0);
    const bool office = Permissions::may(reviewer(), Permissions::Act::SetDeadlines);
    m_dueDate->setEnabled(office);
    m_extend->setEnabled(office && u);
    m_reminders->setEnabled(m_completeness->rowCount() > 0);
    const ReviewValueModel::Row *r = m_values->rowAt(m_valuesView->currentIndex().row());
    m_verdict->setEnabled(r && r->isJudged());
}

QStringList ReviewPage::codesIn(const QStringList &codes, ValueState state) const
{
    QStringList out;
    for (const QString &code : codes) {
        const ReviewValueModel::Row *r = m_values->rowAt(m_values->rowOfCode(code));
        if (r && r->value && r->value->state == state)
            out.append(code);
    }
    return out;
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ReviewPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_stale = true;
}

User ReviewPage::reviewer() const
{
    return m_session->user().value_or(User());
}
