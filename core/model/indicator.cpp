#include "indicator.h"

bool Indicator::isRate() const
{
    return rateScale() > 0;
}

double Indicator::rateScale() const
{
    if (measureUnit == QStringLiteral("%"))
        return 100.0;
    if (measureUnit == QStringLiteral("‰"))
        return 1000.0;
    if (measureUnit == QStringLiteral("1/10万"))
        return 100000.0;
    return 0.0;
}

QString Indicator::attributeText(Attribute attribute)
{
    return attribute == Attribute::Binding ? QStringLiteral("约束性") : QStringLiteral("预期性");
}

bool Indicator::attributeFromText(const QString &text, Attribute *out)
{
    const QString t = text.trimmed();
    if (t == QStringLiteral("约束性") || t == QLatin1String("binding")) {
        *out = Attribute::Binding;
        return true;
    }
    if (t == QStringLiteral("预期性") || t == QLatin1String("expected")) {
        *out = Attribute::Expected;
        return true;
    }
    return false;
}
