#pragma once

#include "model/indicator.h"

#include <QString>
#include <QStringList>

// What a value with its unit must read like on every page (docs/DESIGN.md, Numbers
// and dates), written independently of TargetFormat so that the tests do not check
// the formatter against itself, and the broken forms the pages once showed.
namespace ValueTextCheck {

// The unit's decimals, trailing zeros kept; "/10万" for rates per 100 000; "1:" for
// a ratio target. Only for values of at least 1, where no significant-digit rule
// applies.
QString expected(double value, const Indicator &indicator);
// The problems of a cell's text: "51/10万", "5 1/10万", "01/10万" (a unit starting
// with a digit glued to or split from its number), a number with its unit's
// decimals missing or extra. Empty when the text is well formed.
QStringList problems(const QString &text, const Indicator &indicator);

} // namespace ValueTextCheck
