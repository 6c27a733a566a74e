#include "firststartdialog.h"

#include "session/session.h"
#include "widgets/palette.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirstStartDialog::FirstStartDialog(const QString &databasePath, const QString &demoPath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_demoPath(demoPath)
    , m_message(new QLabel)
{
    setWindowTitle(tr("Welcome to Fuer Monitor"));
    auto *intro = new QLabel(
        tr("<p>This is the first start of Fuer Monitor for this account.</p>"
           "<p>Your database will be kept at:<br><b>%1</b></p>"
           "<p>It is created when you start with it; it first asks for its administrator. "
           "Removing the program leaves this file in place.</p>"
           "<p>To look around first, open the demo data: example values 2020–2025 for every indicator, "
           "marked 示例数据, in a separate file that never mixes with your own:<br>%2</p>")
            .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped(),
                 QDir::toNativeSeparators(demoPath).toHtmlEscaped()));
    intro->setWordWrap(true);
    // IT staff copy the path from here into their backup plan.
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::textStyle(Palette::ErrorText));
    m_message->hide();

    auto *buttons = new QDialogButtonBox;
    m_demoButton = buttons->addButton(tr("Open the &demo data"), QDialogButtonBox::AcceptRole);
    m_ownButton = buttons->addButton(tr("&Start with my database"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_ownButton->setDefault(true);
    // The two accepting buttons are wired one by one: the box's accepted() cannot tell them apart.
    connect(m_demoButton, &QPushButton::clicked, this, &FirstStartDialog::chooseDemo);
    connect(m_ownButton, &QPushButton::clicked, this, [this] {
        m_chosen = m_databasePath;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstStartDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString FirstStartDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString FirstStartDialog::demoPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("demo.sqlite"));
}

bool FirstStartDialog::prepareDemo(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path)) {
        // An earlier demo is opened again, with whatever the person tried in it.
        if (Session::isDemoFile(path))
            return true;
        *error = tr("%1 exists and is not a demo database; it was not changed.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return Session::createDemo(path, error);
}

void FirstStartDialog::chooseDemo()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = prepareDemo(m_demoPath, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_message->setText(tr("The demo data could not be prepared: %1").arg(error));
        m_message->show();
        return;
    }
    m_chosen = m_demoPath;
    accept();
}
