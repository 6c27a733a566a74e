#pragma once

#include "model/user.h"

#include <QDialog>

class Database;
class QComboBox;
class QLineEdit;

// The fields of a new account: login, name, role, unit (for liaisons), password.
class NewUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewUserDialog(Database *database, QWidget *parent = nullptr);

    User user() const;
    QString password() const;

private:
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_unit;
    QLineEdit *m_password;
};
