#pragma once

#include "model/responsibleunit.h"
#include "model/user.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QLineEdit;

// The fields of a new account: login, name, role, unit (for liaisons), password.
class NewUserDialog : public QDialog
{
    Q_OBJECT

public:
    // `units`: the member units a liaison can belong to.
    explicit NewUserDialog(const QVector<ResponsibleUnit> &units, QWidget *parent = nullptr);

    User user() const;
    QString password() const;

private:
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_unit;
    QLineEdit *m_password;
};
