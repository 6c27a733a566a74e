#pragma once

#include "ruleparams.h"

#include <QString>
#include <QStringList>

// One monitored indicator of a plan, as the plan's 专栏1 table writes it.
// `units` keeps the plan's order: the first is the lead unit (牵头) that reports the
// value, the others co-operate (配合).
struct Indicator
{
    enum class Attribute { Binding, Expected }; // 约束性, 预期性

    int id = 0;
    QString code;     // W01 … W45, W05a, C10a …: the key in every exchanged file
    QString planCode; // "W" or "C"
    QString category;
    QString number;     // the 序号 as written; empty for a sub-indicator
    QString parentCode; // the numbered row above a sub-indicator
    QString name;
    QString measureUnit; // %, ‰, 1/10万, 岁 …, or empty for a ratio
    QString targetText;  // the 2030 target exactly as written
    Attribute attribute = Attribute::Expected;
    QStringList units;
    RuleParams params;
    int position = 0;

    QString leadUnit() const { return units.value(0); }
    bool isBinding() const { return attribute == Attribute::Binding; }
    // A value that is a share of something (%, ‰, 1/10万) may be entered as a
    // numerator and a denominator.
    bool isRate() const;
    double rateScale() const;

    static QString attributeText(Attribute attribute); // 约束性 / 预期性
    static bool attributeFromText(const QString &text, Attribute *out);
};
