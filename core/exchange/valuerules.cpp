#include "valuerules.h"

#include "numberparser.h"

#include <algorithm>
#include <cmath>

namespace {

const QString kPercent = QStringLiteral("%");
const QString kPermille = QStringLiteral("‰");

bool isControl(char16_t u, bool lineBreaks)
{
    if (lineBreaks && (u == u'\n' || u == u'\t'))
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xFFFE || u == 0xFFFF;
}

// A value's text with its unit sign taken off: which sign it carried.
enum class Sign { None, Percent, Permille };

QString withoutSign(const QString &text, Sign *sign)
{
    const QString t = text.trimmed();
    *sign = Sign::None;
    if (t.endsWith(QChar(u'%')) || t.endsWith(QChar(u'％'))) {
        *sign = Sign::Percent;
        return t.left(t.size() - 1);
    }
    if (t.endsWith(QChar(u'‰'))) {
        *sign = Sign::Permille;
        return t.left(t.size() - 1);
    }
    return t;
}

QString unitName(const Indicator &ind)
{
    return ind.measureUnit.isEmpty() ? ValueRules::tr("no unit") : ind.measureUnit;
}

} // namespace

// A message stays one line: control characters as their pictures (U+2400 block),
// a long text by its start.
QString ValueRules::printable(const QString &text)
{
    constexpr int shownLength = 40;
    QString out;
    const int n = int(std::min<qsizetype>(text.size(), shownLength));
    out.reserve(n + 1);
    for (int i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        out.append(u < 0x20 ? QChar(char16_t(0x2400 + u)) : u == 0x7F ? QChar(char16_t(0x2421)) : text.at(i));
    }
    if (text.size() > shownLength)
        out.append(QChar(0x2026));
    return out;
}

ValueRules::Problem ValueRules::missingValue()
{
    return {Field::Value, QString(), tr("a number, e.g. 92.6"), false};
}

QString ValueRules::number(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (std::abs(value) >= 1e15)
        return QString::number(value, 'g', 6);
    return NumberParser::format(value, 6);
}

QString ValueRules::label(Field field)
{
    switch (field) {
    case Field::Year:
        return tr("Year");
    case Field::Value:
        return tr("Value");
    case Field::Numerator:
        return tr("Numerator");
    case Field::Denominator:
        return tr("Denominator");
    case Field::Source:
        return tr("Source");
    case Field::Note:
        return tr("Note");
    case Field::Area:
        return tr("Area");
    }
    return QString();
}

QString ValueRules::key(Field field)
{
    switch (field) {
    case Field::Year:
        return QStringLiteral("year");
    case Field::Value:
        return QStringLiteral("value");
    case Field::Numerator:
        return QStringLiteral("numerator");
    case Field::Denominator:
        return QStringLiteral("denominator");
    case Field::Source:
        return QStringLiteral("source");
    case Field::Note:
        return QStringLiteral("note");
    case Field::Area:
        return QStringLiteral("area");
    }
    return QString();
}

QString ValueRules::describe(const Problem &p)
{
    const QString shown = p.text.trimmed().isEmpty() ? tr("(empty)")
                                                     : QStringLiteral("“%1”").arg(printable(p.text.trimmed()));
    return tr("%1: %2: expected %3.").arg(label(p.field), shown, p.expected);
}

std::optional<ValueRules::Problem> ValueRules::checkYear(int year, const QString &text, int firstYear, int lastYear)
{
    if (year >= firstYear && year <= lastYear)
        return std::nullopt;
    return Problem{Field::Year, text, tr("a year from %1 to %2").arg(firstYear).arg(lastYear), false};
}

std::optional<ValueRules::Problem> ValueRules::checkArea(const QString &name)
{
    QVector<Problem> problems;
    checkText(Field::Area, name, MaxAreaLength, false, &problems);
    if (problems.isEmpty())
        return std::nullopt;
    return problems.first();
}

void ValueRules::checkText(Field field, const QString &text, int maxLength, bool lineBreaks, QVector<Problem> *problems)
{
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = p[i];
        if (u >= 0x20 && u < 0x7F)
            continue;
        bool bad = isControl(u, lineBreaks);
        if (!bad && QChar::isHighSurrogate(u))
            bad = i + 1 >= text.size() || !QChar::isLowSurrogate(p[i + 1]);
        else if (!bad && QChar::isLowSurrogate(u))
            bad = i == 0 || !QChar::isHighSurrogate(p[i - 1]);
        if (bad) {
            const QString code = QStringLiteral("U+")
                + QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0'));
            problems->append(
                {field, text,
                 lineBreaks
                     ? tr("text without control characters, line breaks and tabs apart (%1 at "
                          "character %2)")
                           .arg(code)
                           .arg(i + 1)
                     : tr("one line of text without control characters (%1 at character %2)").arg(code).arg(i + 1),
                 false});
            break;
        }
    }
    if (text.size() > maxLength)
        problems->append(
            {field, text, tr("at most %1 characters (this text has %2)").arg(maxLength).arg(text.size()), false});
}

ValueRules::Reading ValueRules::read(const Indicator &ind, const Input &input)
{
    Reading r;
    // The parts are counts: no unit sign is read on them.
    auto part = [&](Field field, const QString &text) -> std::optional<double> {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        bool percent = false;
        const auto v = NumberParser::parse(text, &percent);
        if (!v || text.contains(kPermille)) {
            r.problems.append({field, text, tr("a number, e.g. 92.6"), false});
            return std::nullopt;
        }
        if (percent) {
            r.problems.append({field, text, tr("a count without a % sign"), false});
            return std::nullopt;
        }
        if (*v < 0) {
            r.problems.append({field, text, tr("a number that is not negative"), false});
            return std::nullopt;
        }
        return v;
    };

    if (!input.value.trimmed().isEmpty()) {
        Sign sign = Sign::None;
        const QString bare = withoutSign(input.value, &sign);
        std::optional<double> v;
        // A ratio such as 男女厕位比 may be typed as "1:1.6": the second part per one.
        const int colon = ind.measureUnit.isEmpty() && sign == Sign::None
            ? int(std::max(bare.indexOf(QLatin1Char(':')), bare.indexOf(QChar(u'：'))))
            : -1;
        if (colon > 0) {
            const auto a = NumberParser::parse(bare.left(colon));
            const auto b = NumberParser::parse(bare.mid(colon + 1));
            if (a && b && *a > 0 && *b >= 0)
                v = *b / *a;
        } else if (!bare.endsWith(QChar(u'%')) && !bare.endsWith(QChar(u'％'))) {
            v = NumberParser::parse(bare);
        }
        if (!v) {
            Problem p = missingValue();
            p.text = input.value;
            if (colon > 0)
                p.expected = tr("a ratio such as 1:1.6, or a number, e.g. 1.6");
            r.problems.append(p);
        } else if (sign == Sign::Percent && ind.measureUnit != kPercent) {
            r.problems.append(
                {Field::Value, input.value,
                 ind.measureUnit == kPermille
                     ? tr("a number of ‰ without a % sign (%1 is measured in ‰: %2% would be %3‰)")
                           .arg(ind.code, number(*v), number(*v * 10))
                     : tr("a number without a % sign (%1 is measured in %2)").arg(ind.code, unitName(ind)),
                 false});
        } else if (sign == Sign::Permille && ind.measureUnit != kPermille) {
            r.problems.append({Field::Value, input.value,
                               tr("a number without a ‰ sign (%1 is measured in %2)").arg(ind.code, unitName(ind)),
                               false});
        } else if (*v < 0) {
            r.problems.append({Field::Value, input.value, tr("a number that is not negative"), false});
        } else {
            r.value = v;
        }
    }
    r.numerator = part(Field::Numerator, input.numerator);
    r.denominator = part(Field::Denominator, input.denominator);
    const bool valueUnreadable = !input.value.trimmed().isEmpty() && !r.value;
    // A value that did not read keeps its error alone; its bounds need a number.
    if (!r.value && !valueUnreadable && r.numerator && r.denominator && *r.denominator > 0
        && !(ind.rateScale() > 0 && *r.numerator > *r.denominator)) {
        const double scale = ind.rateScale() > 0 ? ind.rateScale() : 1.0;
        r.value = std::round(*r.numerator / *r.denominator * scale * 10000.0) / 10000.0;
        r.computedFromParts = true;
    }
    checkNumbers(ind, &r, input.value, input.numerator, input.denominator, !input.note.trimmed().isEmpty());
    checkText(Field::Source, input.source, MaxSourceLength, false, &r.problems);
    checkText(Field::Note, input.note, MaxNoteLength, true, &r.problems);
    return r;
}

void ValueRules::checkNumbers(const Indicator &ind, Reading *r, const QString &valueText, const QString &numeratorText,
                              const QString &denominatorText, bool noteGiven)
{
    auto shown = [](const QString &text, std::optional<double> v) { return text.isEmpty() && v ? number(*v) : text; };
    const QString nText = shown(numeratorText, r->numerator);
    const QString dText = shown(denominatorText, r->denominator);
    const bool numeratorGiven = !numeratorText.trimmed().isEmpty() || r->numerator;
    const bool denominatorGiven = !denominatorText.trimmed().isEmpty() || r->denominator;

    bool partsOk = true;
    for (auto [field, v, text] :
         {std::tuple{Field::Numerator, r->numerator, nText}, std::tuple{Field::Denominator, r->denominator, dText}}) {
        if (v && !(std::abs(*v) <= MaxPart)) {
            r->problems.append({field, text, tr("a number up to %1").arg(number(MaxPart)), false});
            partsOk = false;
        }
    }
    if (numeratorGiven != denominatorGiven) {
        // Only a field left empty is "(empty)"; one that does not read already has its error.
        r->problems.append({numeratorGiven ? Field::Denominator : Field::Numerator, QString(),
                            tr("numerator and denominator together: both or neither"), false});
        partsOk = false;
    }
    if (partsOk && r->numerator && r->denominator) {
        const double scale = ind.rateScale();
        if (*r->denominator == 0) {
            r->problems.append({Field::Denominator, dText, tr("a number above 0"), false});
        } else if (scale > 0 && *r->numerator > *r->denominator) {
            r->problems.append(
                {Field::Numerator, nText, tr("at most the denominator %1").arg(number(*r->denominator)), false});
        } else if (r->value && !r->computedFromParts) {
            const double computed = *r->numerator / *r->denominator * (scale > 0 ? scale : 1.0);
            if (std::abs(*r->value - computed) > std::max(0.05, std::abs(computed) * 0.001))
                r->problems.append(
                    {Field::Value, shown(valueText, r->value),
                     tr("the value that numerator ÷ denominator gives, %1").arg(NumberParser::format(computed, 2)),
                     false});
        }
    }

    if (!r->value)
        return;
    const double v = *r->value;
    const QString vText = shown(valueText, r->value);
    const ValueBounds b = ValueBounds::of(ind);
    if (!std::isfinite(v) || v < b.hardLow || v > b.hardHigh) {
        QString expected;
        if (ind.measureUnit == kPercent && b.hardLow == 0 && b.hardHigh == 100)
            expected = tr("a percentage from 0 to 100");
        else if (ind.measureUnit == kPermille && b.hardLow == 0 && b.hardHigh == 1000)
            expected = tr("a value per mille from 0 to 1000");
        else if (ind.measureUnit.isEmpty())
            expected = tr("a value from %1 to %2").arg(number(b.hardLow), number(b.hardHigh));
        else
            expected = tr("a value from %1 to %2 %3").arg(number(b.hardLow), number(b.hardHigh), ind.measureUnit);
        r->problems.append({Field::Value, vText, expected, false});
        return;
    }
    const bool belowUsual = b.usualLow && v < *b.usualLow;
    const bool aboveUsual = b.usualHigh && v > *b.usualHigh;
    if ((belowUsual || aboveUsual) && !noteGiven) {
        const QString low = b.usualLow ? number(*b.usualLow) : number(b.hardLow);
        const QString high = b.usualHigh ? number(*b.usualHigh) : number(b.hardHigh);
        r->problems.append({Field::Value, vText,
                            ind.measureUnit.isEmpty()
                                ? tr("a value in the usual range %1 to %2, or a note that explains it").arg(low, high)
                                : tr("a value in the usual range %1 to %2 %3, or a note that explains it")
                                      .arg(low, high, ind.measureUnit),
                            true});
    }
}

QVector<ValueRules::Problem> ValueRules::check(const Indicator &ind, const ValueRecord &record)
{
    Reading r;
    r.value = record.value;
    r.numerator = record.numerator;
    r.denominator = record.denominator;
    checkNumbers(ind, &r, QString(), QString(), QString(), !record.note.trimmed().isEmpty());
    checkText(Field::Source, record.source, MaxSourceLength, false, &r.problems);
    checkText(Field::Note, record.note, MaxNoteLength, true, &r.problems);
    if (!record.area.isEmpty()) {
        if (const auto p = checkArea(record.area))
            r.problems.append(*p);
    }
    return r.problems;
}
