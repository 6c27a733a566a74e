#include "serverdialog.h"

#include "session/session.h"
#include "widgets/palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

ServerDialog::ServerDialog(Connect connect, QWidget *parent)
    : QDialog(parent)
    , m_connect(std::move(connect))
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_tls(new QComboBox)
    , m_message(new QLabel)
{
    setWindowTitle(tr("Connect to a server — Fuer Monitor"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_tls->setObjectName(QStringLiteral("tls"));
    m_host->setPlaceholderText(tr("e.g. db.fuer.example.gov.cn"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    // libpq's sslmode values, named for what they do.
    m_tls->addItem(tr("TLS when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("TLS required"), QStringLiteral("require"));
    m_tls->addItem(tr("TLS, certificate and host name checked"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("No TLS (only on this machine)"), QStringLiteral("disable"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::textStyle(Palette::ErrorText));

    auto *intro = new QLabel(tr("The office's PostgreSQL database, as its IT staff set it up. "
                                "The password is not saved."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(intro);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&TLS:"), m_tls);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    QSettings settings;
    setAddress(remembered(settings));
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

ServerAddress ServerDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.password = m_password->text();
    a.sslMode = m_tls->currentData().toString();
    return a;
}

void ServerDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port > 0 ? address.port : 5432);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setText(address.password);
    const int tls = m_tls->findData(address.sslMode);
    m_tls->setCurrentIndex(tls >= 0 ? tls : 0);
}

QString ServerDialog::message() const
{
    return m_message->text();
}

bool ServerDialog::tryConnect()
{
    const ServerAddress a = address();
    QString missing;
    if (a.host.isEmpty())
        missing = tr("Server");
    else if (a.database.isEmpty())
        missing = tr("Database");
    else if (a.user.isEmpty())
        missing = tr("User");
    if (!missing.isEmpty()) {
        m_message->setText(tr("%1: please fill this in.").arg(missing));
        return false;
    }
    QString error;
    if (!m_connect(Session::serverUri(a), &error)) {
        m_message->setText(error);
        m_password->setFocus();
        return false;
    }
    QSettings settings;
    remember(settings, a);
    return true;
}

void ServerDialog::accept()
{
    if (tryConnect())
        QDialog::accept();
}

ServerAddress ServerDialog::remembered(QSettings &settings)
{
    ServerAddress a;
    settings.beginGroup(QStringLiteral("server"));
    a.host = settings.value(QStringLiteral("host")).toString();
    a.port = settings.value(QStringLiteral("port"), 5432).toInt();
    a.database = settings.value(QStringLiteral("database")).toString();
    a.user = settings.value(QStringLiteral("user")).toString();
    a.sslMode = settings.value(QStringLiteral("sslmode"), QStringLiteral("prefer")).toString();
    settings.endGroup();
    return a;
}

void ServerDialog::remember(QSettings &settings, const ServerAddress &address)
{
    settings.beginGroup(QStringLiteral("server"));
    settings.setValue(QStringLiteral("host"), address.host);
    settings.setValue(QStringLiteral("port"), address.port);
    settings.setValue(QStringLiteral("database"), address.database);
    settings.setValue(QStringLiteral("user"), address.user);
    settings.setValue(QStringLiteral("sslmode"), address.sslMode);
    settings.remove(QStringLiteral("password")); // never kept
    settings.endGroup();
}
