#pragma once

#include "model/indicator.h"
#include "model/user.h"
#include "model/valuestate.h"

#include <QString>

#include <optional>

// The rules of the value workflow (docs/DESIGN.md, "Workflow of a value"), in one place:
//
//   (none) ─save→ 草稿 ─submit→ 已提交 ─approve→ 已审核 ─reopen(reason)→ 已退回
//                  ↑                  └─return(reason)→ 已退回 ─save→ 草稿
//                  └─────────── save ────────────────────────┘   已退回 ─submit→ 已提交
//
// Who: save and submit are the lead unit's liaison's; approve, return and reopen
// a reviewer's (or the administrator's). Everything else is refused, whatever path
// the call takes: the services check here before they write.
class ValueWorkflow
{
public:
    enum class Act { Save, Submit, Approve, Return, Reopen };

    static bool allowedFrom(Act act, std::optional<ValueState> current);
    static ValueState resultOf(Act act);
    static bool needsReason(Act act);
    static QString actKey(Act act); // save, submit, approve, return, reopen

    // Role and unit: may `user` perform `act` on a value of `indicator`?
    static bool mayAct(const User &user, Act act, const Indicator &indicator);
    // Liaisons see the indicators their unit leads or co-operates on.
    static bool canView(const User &user, const Indicator &indicator);
    static bool leads(const User &user, const Indicator &indicator);
    // Co-operating units (and the lead) may comment.
    static bool canComment(const User &user, const Indicator &indicator);
};
