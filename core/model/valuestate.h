#pragma once

#include <QString>

// The life of a reported value (docs/DESIGN.md, "Workflow of a value").
enum class ValueState { Draft, Submitted, Approved, Returned };

namespace ValueStates {
QString key(ValueState state); // draft, submitted, approved, returned
bool fromKey(const QString &key, ValueState *out);
QString label(ValueState state); // 草稿, 已提交, 已审核, 已退回 (translated)
// Values that count for the assessment of record (reports, review screens).
inline bool countsForAssessment(ValueState s)
{
    return s == ValueState::Submitted || s == ValueState::Approved;
}
} // namespace ValueStates
