#pragma once

#include "model/ruleparams.h"

#include <QString>

// A 2030 target text of the plan, read into a typed rule (docs/DESIGN.md, "Target
// semantics"). The original wording travels with the rule in `text`, because the
// plan's words are what reviewers and the committee read; the rule is what the
// assessment computes with.
struct TargetRule
{
    enum class Family {
        Below,             // ＜x, 低于x
        AtMost,            // ≤x, x以下, x以内, 不高于x, 控制在x以内, 稳定在x以下
        Above,             // ＞x
        AtLeast,           // ≥x, x以上, 不低于x, 达到x, 稳定在x以上
        Exactly,           // x
        About,             // x左右
        Ratio,             // a:b, reached when the second part per one of the first ≥ b/a
        Increase,          // 提高, 提升, 增加, 逐步提高
        IncreaseEveryYear, // 逐年提高
        HoldAndRaise,      // 巩固提高, 巩固
        Decrease,          // 降低, 下降, 减少
        ClearDecrease,     // 明显降低
        ClearIncrease,     // 明显提高, 显著提升: the other direction of 明显降低
        DecreaseEveryYear, // 逐年降低, 逐年下降: the other direction of 逐年提高
        UnderControl,      // 得到控制
        TowardsBalance,    // 趋于平衡
        Relative,          // 不低于 / 不高于<another indicator>, 与<another indicator>相适应
        Judgement,         // 保持合理比例: a reviewer decides
        Unparsed           // never guessed: a reviewer decides
    };

    Family family = Family::Unparsed;
    double threshold = 0.0; // the number of a quantitative rule; b/a for a ratio
    double ratioA = 0.0;    // a:b as written
    double ratioB = 0.0;
    bool adapt = false;           // 相适应: the indicator's tolerance is allowed below the reference
    bool referenceAtMost = false; // 不高于<another indicator>: the other direction of 不低于
    QString referenceText;        // what a relative target refers to, as written
    QString unit;                 // the unit written with the number (%, ‰, 1/10万, 岁 …), if any
    QString text;                 // the target exactly as written

    // The rule in words, for the screen beside the original text. `params` gives the
    // per-indicator numbers (tolerance, 明显降低 share, balance band) and
    // `measureUnit` the unit used when the text itself carries none.
    QString describe(const RuleParams &params = RuleParams(), const QString &measureUnit = QString()) const;

    // A rule with a fixed number to reach (as opposed to a direction or a reference).
    bool isQuantitative() const;
    // Rules that compare against the baseline value.
    bool needsBaseline() const;

    static QString familyKey(Family family); // stable key for files: below, at_least …
};
