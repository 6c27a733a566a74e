#pragma once

#include "model/serveraddress.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

// 连接服务器: where the office's PostgreSQL database is (host, port, database, user,
// password, TLS). OK tries the connection through `connect` (MainWindow opens the
// URI as it opens a file); a refusal is shown in the dialog with the server's words
// and the fields stay as typed. The last connection that worked is remembered
// without its password (QSettings group "server") and filled in next time.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    using Connect = std::function<bool(const QString &uri, QString *error)>;
    ServerDialog(Connect connect, QWidget *parent = nullptr);

    ServerAddress address() const;
    void setAddress(const ServerAddress &address);
    QString message() const;
    // For tests and scripted runs: connect as the button would.
    bool tryConnect();

    static ServerAddress remembered(QSettings &settings);
    static void remember(QSettings &settings, const ServerAddress &address);

private:
    void accept() override;

    Connect m_connect;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QLabel *m_message;
};
