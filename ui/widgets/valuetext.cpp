#include "widgets/valuetext.h"

#include "exchange/numberparser.h"

QString ValueText::withUnit(double value, const QString &measureUnit)
{
    const QString number = NumberParser::format(value);
    if (!measureUnit.isEmpty() && measureUnit.front().isDigit())
        return number + QLatin1Char(' ') + measureUnit;
    return number + measureUnit;
}
