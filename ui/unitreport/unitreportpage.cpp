#include "unitreport/unitreportpage.h"

#include "widgets/palette.h"
#include "widgets/yearbox.h"

#include "io/outputfile.h"
#include "model/valuestate.h"
#include "session/session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

UnitReportPage::UnitReportPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_user(session->user().value_or(User()))
    , m_unit(new QComboBox)
    , m_year(new QComboBox)
    , m_heading(new QLabel)
    , m_state(new QLabel)
    , m_reason(new QLabel)
    , m_message(new QLabel)
    , m_saveStatus(new QLabel)
    , m_sections(new QWidget)
    , m_sectionsLayout(new QVBoxLayout(m_sections))
    , m_problems(nullptr)
    , m_plan(nullptr)
    , m_attachmentList(new QListWidget)
    , m_add(new QPushButton(tr("&Add…")))
    , m_saveAs(new QPushButton(tr("Sa&ve as…")))
    , m_remove(new QPushButton(tr("Re&move")))
    , m_submit(new QPushButton(tr("&Submit report")))
    , m_return(new QPushButton(tr("&Return to unit…")))
    , m_approve(new QPushButton(tr("A&pprove")))
{
    setObjectName(QStringLiteral("unitReportPage"));
    m_unit->setObjectName(QStringLiteral("unitReportUnit"));
    m_year->setObjectName(QStringLiteral("unitReportYear"));
    m_state->setObjectName(QStringLiteral("unitReportState"));
    m_reason->setObjectName(QStringLiteral("unitReportReason"));
    m_submit->setObjectName(QStringLiteral("unitReportSubmit"));
    m_return->setObjectName(QStringLiteral("unitReportReturn"));
    m_approve->setObjectName(QStringLiteral("unitReportApprove"));
    m_attachmentList->setObjectName(QStringLiteral("unitReportAttachments"));

    const ReportService service = m_session->reports();
    for (const QString &u : service.readableUnits(m_user))
        m_unit->addItem(u, u);
    YearBox::fill(m_year, m_session->years().reportingYears());

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(AutosaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this]() { saveNow(); });

    buildLayout();
    connect(m_year, &QComboBox::currentIndexChanged, this, &UnitReportPage::choiceChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &UnitReportPage::choiceChanged);
    connect(m_submit, &QPushButton::clicked, this, [this]() {
        QString error;
        if (submit(&error))
            setMessage(tr("The report was submitted for review."), false);
        else
            setMessage(error, true);
    });
    connect(m_return, &QPushButton::clicked, this, &UnitReportPage::askAndReturn);
    connect(m_approve, &QPushButton::clicked, this, [this]() {
        QString error;
        if (approve(&error))
            setMessage(tr("The report was approved."), false);
        else
            setMessage(error, true);
    });
    connect(m_add, &QPushButton::clicked, this, &UnitReportPage::chooseAndAdd);
    connect(m_saveAs, &QPushButton::clicked, this, &UnitReportPage::chooseAndSave);
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        QString error;
        if (!removeAttachment(m_attachmentList->currentRow(), &error))
            setMessage(error, true);
    });
    connect(m_attachmentList, &QListWidget::currentRowChanged, this, &UnitReportPage::updateButtons);

    ChangeNotifier *notifier = m_session->notifier();
    connect(notifier, &ChangeNotifier::reportsChanged, this, [this](const QString &changedUnit, int changedYear) {
        if (m_acting || changedUnit != m_report.unit || changedYear != m_report.year)
            return;
        // Typed text is never replaced: the next save says what happened meanwhile.
        if (m_dirty)
            return;
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    connect(notifier, &ChangeNotifier::aboutToReplaceDatabase, this, [this]() { saveNow(); });
    connect(notifier, &ChangeNotifier::databaseReplaced, this, &UnitReportPage::reload);
    // Nothing shown as typed may be lost when the program ends.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this]() { saveNow(); });
    reload();
}

UnitReportPage::~UnitReportPage()
{
    if (m_session->isOpen())
        saveNow();
}

void UnitReportPage::buildLayout()
{
    m_heading->setTextFormat(Qt::RichText);
    m_state->setTextFormat(Qt::RichText);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setAutoFillBackground(true);
    QFont reasonFont = m_reason->font();
    reasonFont.setBold(true);
    m_reason->setFont(reasonFont);
    m_reason->setContentsMargins(8, 6, 8, 6);
    QPalette reasonPalette = m_reason->palette();
    reasonPalette.setColor(QPalette::Window, Palette::screen(Palette::ReturnedBackground));
    m_reason->setPalette(reasonPalette);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveStatus->setTextFormat(Qt::RichText);

    auto *unitLabel = new QLabel(tr("&Unit:"));
    unitLabel->setBuddy(m_unit);
    auto *yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(unitLabel);
    top->addWidget(m_unit);
    top->addSpacing(12);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    top->addWidget(m_saveStatus);
    // A liaison of a unit that co-operates with none sees only their own unit.
    const bool choose = m_unit->count() > 1;
    unitLabel->setVisible(choose);
    m_unit->setVisible(choose);

    m_sectionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_sections);

    auto *attachmentsBox = new QVBoxLayout;
    auto *attachmentsLabel = new QLabel(tr("<b>Attachments</b> (PDF, DOCX, PNG or JPEG, at most %1 MB each)")
                                            .arg(ReportService::kMaxAttachmentSize / (1024 * 1024)));
    attachmentsBox->addWidget(attachmentsLabel);
    m_attachmentList->setMaximumHeight(m_attachmentList->fontMetrics().lineSpacing() * 5 + 8);
    attachmentsBox->addWidget(m_attachmentList);
    auto *attachmentButtons = new QHBoxLayout;
    attachmentButtons->addWidget(m_add);
    attachmentButtons->addWidget(m_saveAs);
    attachmentButtons->addWidget(m_remove);
    attachmentButtons->addStretch(1);
    attachmentsBox->addLayout(attachmentButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_return);
    buttons->addWidget(m_approve);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_reason);
    layout->addWidget(scroll, 1);
    layout->addLayout(attachmentsBox);
    layout->addLayout(buttons);
}

QPlainTextEdit *UnitReportPage::newEditor(const QString &objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, &UnitReportPage::edited);
    return edit;
}

void UnitReportPage::rebuildSections()
{
    QStringList have;
    for (const auto &p : m_progress)
        have << p.first;
    if (m_problems && have == m_report.categories)
        return;
    while (QLayoutItem *item = m_sectionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_progress.clear();
    auto addSection = [this](const QString &label, QPlainTextEdit *edit) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()));
        heading->setBuddy(edit);
        m_sectionsLayout->addWidget(heading);
        m_sectionsLayout->addWidget(edit);
    };
    for (int i = 0; i < m_report.categories.size(); ++i) {
        const QString &category = m_report.categories.at(i);
        QPlainTextEdit *edit = newEditor(QStringLiteral("unitReportProgress%1").arg(i));
        m_progress.append(qMakePair(category, edit));
        addSection(ReportService::progressLabel(category), edit);
    }
    m_problems = newEditor(QStringLiteral("unitReportProblems"));
    addSection(ReportService::problemsLabel(), m_problems);
    m_plan = newEditor(QStringLiteral("unitReportPlan"));
    addSection(ReportService::nextYearPlanLabel(), m_plan);
    m_sectionsLayout->addStretch(1);
}

QPlainTextEdit *UnitReportPage::progressEdit(const QString &category) const
{
    for (const auto &p : m_progress) {
        if (p.first == category)
            return p.second;
    }
    return nullptr;
}

int UnitReportPage::year() const
{
    return m_year->currentData().toInt();
}

void UnitReportPage::setYear(int year)
{
    YearBox::select(m_year, year);
}

QString UnitReportPage::unit() const
{
    return m_unit->currentData().toString();
}

bool UnitReportPage::setUnit(const QString &unit)
{
    const int i = m_unit->findData(unit);
    if (i < 0)
        return false;
    m_unit->setCurrentIndex(i);
    return true;
}

bool UnitReportPage::isEditable() const
{
    return m_session->reports().mayEdit(m_user, m_report.unit)
        && (m_report.state == ValueState::Draft || m_report.state == ValueState::Returned);
}

void UnitReportPage::choiceChanged()
{
    // The text typed for the previous unit or year is saved under those.
    saveNow();
    reload();
}

void UnitReportPage::reload()
{
    m_saveTimer.stop();
    m_stale = false;
    QString error;
    const std::optional<UnitReport> r = m_session->reports().report(m_user, unit(), year(), &error);
    if (!r) {
        m_report = UnitReport();
        m_report.unit = unit();
        m_report.year = year();
        m_attachments.clear();
        rebuildSections();
        fillEditors();
        setMessage(unit().isEmpty() ? tr("There is no unit whose report this account may read.") : error, true);
        updateState();
        return;
    }
    m_report = *r;
    m_attachments = m_session->reports().attachments(m_user, m_report.unit, m_report.year);
    rebuildSections();
    fillEditors();
    m_dirty = false;
    m_message->clear();
    updateState();
}

void UnitReportPage::fillEditors()
{
    m_loading = true;
    for (const auto &p : m_progress)
        p.second->setPlainText(m_report.progress.value(p.first));
    m_problems->setPlainText(m_report.problems);
    m_plan->setPlainText(m_report.nextYearPlan);
    m_loading = false;
    m_attachmentList->clear();
    for (const ReportAttachment &a : m_attachments) {
        m_attachmentList->addItem(tr("%1 · %2 KB · %3, %4")
                                      .arg(a.fileName, QLocale().toString((a.size + 1023) / 1024), a.uploadedBy,
                                           a.uploadedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
}

void UnitReportPage::collectInto(UnitReport *report) const
{
    for (const auto &p : m_progress)
        report->progress.insert(p.first, p.second->toPlainText());
    report->problems = m_problems->toPlainText();
    report->nextYearPlan = m_plan->toPlainText();
}

void UnitReportPage::edited()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_saveTimer.start();
    setSaveStatus(tr("Not saved yet"), false);
}

bool UnitReportPage::saveNow(QString *error)
{
    m_saveTimer.stop();
    if (!m_dirty)
        return true;
    UnitReport draft = m_report;
    collectInto(&draft);
    QString why;
    int version = 0;
    m_acting = true;
    const bool ok = m_session->isOpen() && m_session->reports().saveDraft(m_user, draft, &why, &version);
    m_acting = false;
    if (!ok) {
        // The text stays on the page (and unsaved) until the liaison reloads or fixes it.
        if (why.isEmpty())
            why = tr("The database is closed.");
        setSaveStatus(tr("Not saved"), true);
        setMessage(why, true);
        if (error)
            *error = why;
        return false;
    }
    m_dirty = false;
    m_report = draft;
    m_report.version = version;
    m_report.state = ValueState::Draft;
    // Who saved and when, as stored; unless someone saved again in between, whose
    // text the next save will be told about.
    QString ignored;
    const auto stored = m_session->reports().report(m_user, m_report.unit, m_report.year, &ignored);
    if (stored && stored->version == version)
        m_report = *stored;
    setSaveStatus(tr("All changes saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))), false);
    updateState();
    return true;
}

bool UnitReportPage::submit(QString *error)
{
    if (!saveNow(error))
        return false;
    m_acting = true;
    const bool ok = m_session->reports().submit(m_user, m_report.unit, m_report.year, m_report.version, error);
    m_acting = false;
    if (ok)
        reload();
    return ok;
}

bool UnitReportPage::returnReport(const QString &reason, QString *error)
{
    m_acting = true;
    const bool ok = m_session->reports().returnReport(m_user, m_report.unit, m_report.year, m_report.version, reason,
                                                      error);
    m_acting = false;
    if (ok)
        reload();
    return ok;
}

bool UnitReportPage::approve(QString *error)
{
    m_acting = true;
    const bool ok = m_session->reports().approve(m_user, m_report.unit, m_report.year, m_report.version, error);
    m_acting = false;
    if (ok)
        reload();
    return ok;
}

void UnitReportPage::askAndReturn()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Return the report"),
        tr("Why is the report of %1 for %2 returned? The unit sees this reason.").arg(m_report.unit).arg(m_report.year),
        QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (returnReport(reason, &error))
        setMessage(tr("The report was returned to %1.").arg(m_report.unit), false);
    else
        setMessage(error, true);
}

bool UnitReportPage::addAttachmentFile(const QString &path, QString *error)
{
    QFile file(path);
    // Refused before it is read: a file of gigabytes never enters memory.
    if (!ReportService::checkAttachmentSize(path, QFileInfo(path).size(), error))
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray content = file.readAll();
    // The text typed so far goes first: the attachment may create the report's row.
    if (!saveNow(error))
        return false;
    m_acting = true;
    const bool ok = m_session->reports().addAttachment(m_user, m_report.unit, m_report.year, QFileInfo(path).fileName(),
                                                       content, error);
    m_acting = false;
    if (ok)
        reload();
    return ok;
}

bool UnitReportPage::saveAttachmentAs(int row, const QString &path, QString *error)
{
    if (row < 0 || row >= m_attachments.size()) {
        *error = tr("Choose an attachment first.");
        return false;
    }
    QByteArray content;
    if (!m_session->reports().attachmentContent(m_user, m_attachments.at(row).id, &content, error))
        return false;
    OutputFile out(path);
    if (!out.open(error))
        return false;
    if (out.device()->write(content) != content.size()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.device()->errorString());
        return false;
    }
    return out.commit(error);
}

bool UnitReportPage::removeAttachment(int row, QString *error)
{
    if (row < 0 || row >= m_attachments.size()) {
        *error = tr("Choose an attachment first.");
        return false;
    }
    if (!saveNow(error))
        return false;
    m_acting = true;
    const bool ok = m_session->reports().removeAttachment(m_user, m_attachments.at(row).id, error);
    m_acting = false;
    if (ok)
        reload();
    return ok;
}

void UnitReportPage::chooseAndAdd()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the report"), QString(),
                                                      tr("Documents and images (*.pdf *.docx *.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (addAttachmentFile(path, &error))
        setMessage(tr("%1 was attached.").arg(QFileInfo(path).fileName()), false);
    else
        setMessage(error, true);
}

void UnitReportPage::chooseAndSave()
{
    const int row = m_attachmentList->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the attachment"), m_attachments.at(row).fileName);
    if (path.isEmpty())
        return;
    QString error;
    if (saveAttachmentAs(row, path, &error))
        setMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        setMessage(error, true);
}

void UnitReportPage::updateState()
{
    const QString unitName = m_report.unit.isEmpty() ? tr("no unit") : m_report.unit;
    m_heading->setText(tr("<b>%1</b> · annual report %2").arg(unitName.toHtmlEscaped()).arg(m_report.year));
    QString state;
    Palette::Role colour = Palette::StateDraft;
    if (!m_report.isStored()) {
        state = tr("Not started");
        colour = Palette::SecondaryText;
    } else {
        state = ValueStates::label(m_report.state);
        switch (m_report.state) {
        case ValueState::Draft:
            colour = Palette::StateDraft;
            break;
        case ValueState::Submitted:
            colour = Palette::StateSubmitted;
            break;
        case ValueState::Returned:
            colour = Palette::StateReturned;
            break;
        case ValueState::Approved:
            colour = Palette::StateApproved;
            break;
        }
    }
    QString line = tr("State: %1")
                       .arg(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                .arg(Palette::screen(colour).name(), state.toHtmlEscaped()));
    if (m_report.isStored()) {
        line += QStringLiteral(" · ")
            + tr("last changed by %1 at %2")
                  .arg(m_report.updatedBy.toHtmlEscaped(),
                       m_report.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    if (m_report.submittedAt.isValid()) {
        line += QStringLiteral(" · ")
            + tr("submitted %1").arg(m_report.submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    m_state->setText(line);
    const bool showReason = !m_report.reviewNote.isEmpty()
        && (m_report.state == ValueState::Returned || m_report.state == ValueState::Draft);
    m_reason->setText(showReason ? tr("Returned by the reviewer: %1").arg(m_report.reviewNote) : QString());
    m_reason->setToolTip(m_reason->text());
    m_reason->setVisible(showReason);
    const bool editable = isEditable();
    const QString nothing = tr("(nothing written)");
    for (const auto &p : m_progress) {
        p.second->setReadOnly(!editable);
        p.second->setPlaceholderText(editable ? tr("What was done for %1 this year").arg(p.first) : nothing);
    }
    m_problems->setReadOnly(!editable);
    m_problems->setPlaceholderText(editable ? tr("Difficulties and shortcomings met this year") : nothing);
    m_plan->setReadOnly(!editable);
    m_plan->setPlaceholderText(editable ? tr("What the unit will do next year") : nothing);
    updateButtons();
}

void UnitReportPage::updateButtons()
{
    const ReportService service = m_session->reports();
    const bool own = service.mayEdit(m_user, m_report.unit);
    const bool editable = isEditable();
    const bool reviewer = service.mayReview(m_user);
    m_submit->setVisible(own);
    m_submit->setEnabled(editable);
    m_return->setVisible(reviewer);
    m_approve->setVisible(reviewer);
    m_return->setEnabled(reviewer && m_report.state == ValueState::Submitted && m_report.isStored());
    m_approve->setEnabled(m_return->isEnabled());
    m_add->setVisible(own);
    m_add->setEnabled(editable);
    m_remove->setVisible(own);
    m_remove->setEnabled(editable && m_attachmentList->currentRow() >= 0);
    m_saveAs->setEnabled(m_attachmentList->currentRow() >= 0);
}

void UnitReportPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? Palette::textStyle(Palette::ErrorText) : QString());
}

void UnitReportPage::setSaveStatus(const QString &text, bool error)
{
    m_saveStatus->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(Palette::screen(error ? Palette::ErrorText : Palette::SecondaryText).name(), text.toHtmlEscaped()));
    m_saveStatus->setToolTip(text);
}

QString UnitReportPage::stateText() const
{
    return m_state->text().remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

QString UnitReportPage::reasonText() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

QString UnitReportPage::messageText() const
{
    return m_message->text();
}

QString UnitReportPage::saveStatusText() const
{
    return m_saveStatus->toolTip();
}

QStringList UnitReportPage::attachmentNames() const
{
    QStringList out;
    for (const ReportAttachment &a : m_attachments)
        out << a.fileName;
    return out;
}

void UnitReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_dirty)
        reload();
}

void UnitReportPage::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}
