#include "targetparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

using Family = TargetRule::Family;

namespace {

// How firmly a prefix fixes the direction: a sign or 不低于 states it outright, 达到 or
// 控制在 leave room for 左右, and 保持在 says nothing until the suffix does.
enum class Strength { None, Neutral, Weak, Strong };

struct Prefix
{
    const char *text;
    Family family;
    Strength strength;
};

// Longest first, so that 不低于 is not read as 低于 and 控制在 not as 在.
const Prefix kPrefixes[] = {
    {"提高到", Family::AtLeast, Strength::Weak},     {"提高至", Family::AtLeast, Strength::Weak},
    {"提升到", Family::AtLeast, Strength::Weak},     {"提升至", Family::AtLeast, Strength::Weak},
    {"增加到", Family::AtLeast, Strength::Weak},     {"增加至", Family::AtLeast, Strength::Weak},
    {"增长到", Family::AtLeast, Strength::Weak},     {"增长至", Family::AtLeast, Strength::Weak},
    {"降低到", Family::AtMost, Strength::Weak},      {"降低至", Family::AtMost, Strength::Weak},
    {"下降到", Family::AtMost, Strength::Weak},      {"下降至", Family::AtMost, Strength::Weak},
    {"减少到", Family::AtMost, Strength::Weak},      {"减少至", Family::AtMost, Strength::Weak},
    {"控制在", Family::AtMost, Strength::Weak},      {"控制到", Family::AtMost, Strength::Weak},
    {"保持在", Family::Unparsed, Strength::Neutral}, {"稳定在", Family::Unparsed, Strength::Neutral},
    {"维持在", Family::Unparsed, Strength::Neutral}, {"不低于", Family::AtLeast, Strength::Strong},
    {"不少于", Family::AtLeast, Strength::Strong},   {"不小于", Family::AtLeast, Strength::Strong},
    {"不高于", Family::AtMost, Strength::Strong},    {"不超过", Family::AtMost, Strength::Strong},
    {"不多于", Family::AtMost, Strength::Strong},    {"不大于", Family::AtMost, Strength::Strong},
    {"低于", Family::Below, Strength::Strong},       {"小于", Family::Below, Strength::Strong},
    {"少于", Family::Below, Strength::Strong},       {"高于", Family::Above, Strength::Strong},
    {"大于", Family::Above, Strength::Strong},       {"超过", Family::Above, Strength::Strong},
    {"多于", Family::Above, Strength::Strong},       {"达到", Family::AtLeast, Strength::Weak},
    {"降至", Family::AtMost, Strength::Weak},        {"降到", Family::AtMost, Strength::Weak},
    {"保持", Family::Unparsed, Strength::Neutral},   {"稳定", Family::Unparsed, Strength::Neutral},
    {"维持", Family::Unparsed, Strength::Neutral},   {"控制", Family::AtMost, Strength::Weak},
    {"上升到", Family::AtLeast, Strength::Weak},     {"上升至", Family::AtLeast, Strength::Weak},
    {"至少", Family::AtLeast, Strength::Strong},     {"最少", Family::AtLeast, Strength::Strong},
    {"至多", Family::AtMost, Strength::Strong},      {"最多", Family::AtMost, Strength::Strong},
    {"不足", Family::Below, Strength::Strong},       {"未超过", Family::AtMost, Strength::Strong},
    {"达", Family::AtLeast, Strength::Weak},         {"在", Family::Unparsed, Strength::Neutral},
    {"≤", Family::AtMost, Strength::Strong},         {"≥", Family::AtLeast, Strength::Strong},
    {"<", Family::Below, Strength::Strong},          {">", Family::Above, Strength::Strong},
    {"=", Family::Exactly, Strength::Strong},
};

Family suffixFamily(const QString &suffix)
{
    if (suffix.endsWith(QStringLiteral("以上")))
        return Family::AtLeast;
    if (suffix.endsWith(QStringLiteral("以下")) || suffix == QStringLiteral("以内") || suffix == QStringLiteral("之内"))
        return Family::AtMost;
    if (suffix == QStringLiteral("左右"))
        return Family::About;
    return Family::Unparsed;
}

QString canonicalUnit(const QString &unit)
{
    if (unit == QStringLiteral("/10万"))
        return QStringLiteral("1/10万");
    if (unit == QStringLiteral("/万"))
        return QStringLiteral("1/万");
    if (unit == QStringLiteral("/千"))
        return QStringLiteral("‰");
    return unit;
}

} // namespace

QString TargetParser::normalized(const QString &text)
{
    // NFKC folds ＜＞＝％：．０-９ and the ideographic space into their ASCII forms.
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.replace(QStringLiteral("<="), QStringLiteral("≤"));
    s.replace(QStringLiteral(">="), QStringLiteral("≥"));
    s.replace(QChar(0x2266), QChar(0x2264));    // ≦
    s.replace(QChar(0x2267), QChar(0x2265));    // ≧
    s.replace(QChar(0x2236), QLatin1Char(':')); // ∶ RATIO, as typeset in the plan's tables
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    while (!s.isEmpty() && QStringLiteral("。；;，,").contains(s.back()))
        s.chop(1);
    return s;
}

TargetRule TargetParser::parse(const QString &text, QString *error)
{
    TargetRule rule;
    rule.text = text;
    const QString s = normalized(text);
    if (error)
        error->clear();
    if (s.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("TargetParser", "The target text is empty");
        return rule;
    }
    if (parseWords(s, &rule) || parseRelative(s, &rule) || parseRatio(s, &rule))
        return rule;
    bool conflict = false;
    if (parseNumber(s, &rule, &conflict))
        return rule;

    rule = TargetRule();
    rule.text = text;
    if (error) {
        *error = conflict
            ? QCoreApplication::translate("TargetParser", "The target “%1” can be read in more than one way").arg(text)
            : QCoreApplication::translate("TargetParser", "The target “%1” is not a known target form").arg(text);
    }
    return rule;
}

bool TargetParser::parseWords(const QString &s, TargetRule *rule)
{
    static const struct
    {
        QRegularExpression re;
        Family family;
    } kWords[] = {
        {QRegularExpression(QStringLiteral("^(逐年|每年)(提高|提升|增加|增长|上升)$")), Family::IncreaseEveryYear},
        {QRegularExpression(QStringLiteral("^(逐年|每年)(降低|下降|减少)$")), Family::DecreaseEveryYear},
        {QRegularExpression(QStringLiteral("^(明显|显著|大幅)(提高|提升|增加|增长|上升)$")), Family::ClearIncrease},
        {QRegularExpression(QStringLiteral("^(逐步|稳步|不断|持续|进一步|有所)?(提高|提升|增加|增长|上升)$")),
         Family::Increase},
        {QRegularExpression(QStringLiteral("^(明显|显著|大幅)(降低|下降|减少)$")), Family::ClearDecrease},
        {QRegularExpression(QStringLiteral("^(逐步|稳步|不断|持续|进一步|有所)?(降低|下降|减少)$")), Family::Decrease},
        {QRegularExpression(QStringLiteral("^巩固(并)?(提高|提升)?$")), Family::HoldAndRaise},
        {QRegularExpression(QStringLiteral("^(得到(有效)?(控制|遏制)|有效(控制|遏制))$")), Family::UnderControl},
        {QRegularExpression(QStringLiteral("^(逐步)?(趋于|趋向)平衡$")), Family::TowardsBalance},
        {QRegularExpression(QStringLiteral("^保持合理(比例|水平)$")), Family::Judgement},
    };
    for (const auto &w : kWords) {
        if (w.re.match(s).hasMatch()) {
            rule->family = w.family;
            return true;
        }
    }
    return false;
}

bool TargetParser::parseRelative(const QString &s, TargetRule *rule)
{
    // A reference target names another quantity instead of a number; a digit means
    // it is a threshold (不低于90%) or something we do not understand.
    static const QRegularExpression atLeast(QStringLiteral("^(不低于|不少于)(\\D+)$"));
    static const QRegularExpression atMost(QStringLiteral("^(不高于|不超过|不多于)(\\D+)$"));
    static const QRegularExpression inLine(QStringLiteral("^与(\\D+)相适应$"));
    QRegularExpressionMatch m = atLeast.match(s);
    if (m.hasMatch()) {
        rule->family = Family::Relative;
        rule->referenceText = m.captured(2);
        return true;
    }
    m = atMost.match(s);
    if (m.hasMatch()) {
        rule->family = Family::Relative;
        rule->referenceAtMost = true;
        rule->referenceText = m.captured(2);
        return true;
    }
    m = inLine.match(s);
    if (m.hasMatch()) {
        rule->family = Family::Relative;
        rule->adapt = true;
        rule->referenceText = m.captured(1);
        return true;
    }
    return false;
}

bool TargetParser::parseRatio(const QString &s, TargetRule *rule)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?):(\\d+(?:\\.\\d+)?)$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return false;
    const double a = m.captured(1).toDouble();
    const double b = m.captured(2).toDouble();
    if (a <= 0.0 || b <= 0.0)
        return false;
    rule->family = Family::Ratio;
    rule->ratioA = a;
    rule->ratioB = b;
    rule->threshold = b / a;
    return true;
}

bool TargetParser::parseNumber(const QString &s, TargetRule *rule, bool *conflict)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)(%|‰|/10万|/万|/千|万人|岁|年|小时|个|张|名|人|户|件|所|家)?"
                       "(及以上|以上|及以下|以下|以内|之内|左右)?$"));
    const Prefix *prefix = nullptr;
    QString rest = s;
    for (const Prefix &p : kPrefixes) {
        const QString pt = QString::fromUtf8(p.text);
        if (s.startsWith(pt)) {
            prefix = &p;
            rest = s.mid(pt.size());
            break;
        }
    }
    const QRegularExpressionMatch m = re.match(rest);
    if (!m.hasMatch())
        return false;

    const Family fromSuffix = suffixFamily(m.captured(3));
    const Strength strength = prefix ? prefix->strength : Strength::None;
    Family family = Family::Unparsed;
    switch (strength) {
    case Strength::None:
        family = m.captured(3).isEmpty() ? Family::Exactly : fromSuffix;
        break;
    case Strength::Neutral:
        family = fromSuffix; // 保持在95% alone says neither ≥ nor =
        break;
    case Strength::Weak:
        if (fromSuffix == Family::Unparsed || fromSuffix == prefix->family)
            family = prefix->family;
        else if (fromSuffix == Family::About)
            family = Family::About;
        break;
    case Strength::Strong:
        if (fromSuffix == Family::Unparsed || fromSuffix == prefix->family)
            family = prefix->family;
        break;
    }
    if (family == Family::Unparsed) {
        *conflict = true;
        return false;
    }
    rule->family = family;
    rule->threshold = m.captured(1).toDouble();
    rule->unit = canonicalUnit(m.captured(2));
    return true;
}
