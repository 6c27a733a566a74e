#pragma once

#include "model/user.h"

#include <QCoreApplication>
#include <QString>

// Who may do the acts outside a value's workflow (ValueWorkflow has those): the
// rules the services enforce before they change anything, and the pages ask only
// to show or hide what their user may use. A page that shows a button by mistake
// still gets the service's refusal.
//
//   edit the catalog, back up, restore, manage accounts   the administrator
//   import values                                        a liaison, the administrator
//   review, judge, see the overview                      a reviewer, the administrator
//   set the due dates and extend them (报送截止日期)      a reviewer (the office), the administrator
//   enter an annual return                               a liaison
//
// A disabled account may do none of them.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    enum class Act { EditCatalog, BackUp, Restore, ManageAccounts, ImportValues, Review, EnterReturn, SetDeadlines };

    static bool may(const User &user, Act act);
    // The refusal, in the user's language, naming who may: "Only the
    // administrator edits the catalog."
    static QString refusal(Act act);
    // may(), and the refusal into *error when not.
    static bool check(const User &user, Act act, QString *error);
};
