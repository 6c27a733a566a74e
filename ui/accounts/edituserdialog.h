#pragma once

#include "model/responsibleunit.h"
#include "model/user.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class Session;

// The administrator's change of one account: its display name, role and unit (the
// unit only for a liaison: the combo is enabled for that role alone). The login
// name stays (the audit log names the account by it). OK runs
// AuthService::updateUser as the signed-in user; a refusal (no unit, the last
// administrator) is shown in the dialog, which stays open with what was chosen.
class EditUserDialog : public QDialog
{
    Q_OBJECT

public:
    // `units`: the member units a liaison can belong to.
    EditUserDialog(Session *session, const User &user, const QVector<ResponsibleUnit> &units,
                   QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *unitBox() const { return m_unit; }
    QString messageText() const;
    // Chooses the role by its key (liaison, reviewer, admin) and a unit by its name.
    void setRole(User::Role role);
    void setUnit(const QString &unit);

public slots:
    void accept() override;

private:
    User::Role role() const;

    Session *m_session;
    User m_user;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_unit;
    QLabel *m_message;
};
