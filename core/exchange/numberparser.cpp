#include "numberparser.h"

#include <QVarLengthArray>

#include <charconv>
#include <cmath>

// parse() is called for every number cell of an import (300,000 for a file of
// 100,000 rows), so it scans by hand instead of running regular expressions. It
// accepts exactly what these two did, after folding and dropping spaces:
//   grouped  ^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$   (then its commas are dropped)
//   plain    ^[+-]?(\d+(\.\d*)?|\.\d+)$
// with \d the ASCII digits and $ matching before one final line feed, as in PCRE.

namespace {

// The full-width forms block mirrors ASCII 0x21-0x7E; U+3000 is the ideographic space.
inline char16_t folded(char16_t u)
{
    if (u >= 0xFF01 && u <= 0xFF5E)
        return char16_t(u - 0xFEE0);
    if (u == 0x3000)
        return u' ';
    return u;
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Digits from `i`; returns the index after them.
int skipDigits(const char *s, int i, int n)
{
    while (i < n && isDigit(s[i]))
        ++i;
    return i;
}

int skipSign(const char *s, int n)
{
    return n > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
}

bool isGrouped(const char *s, int n)
{
    int i = skipSign(s, n);
    const int lead = skipDigits(s, i, n) - i;
    if (lead < 1 || lead > 3)
        return false;
    i += lead;
    int groups = 0;
    while (i < n && s[i] == ',') {
        if (skipDigits(s, i + 1, n) - (i + 1) != 3)
            return false;
        i += 4;
        ++groups;
    }
    if (groups == 0)
        return false;
    if (i == n)
        return true;
    if (s[i] != '.')
        return false;
    const int end = skipDigits(s, i + 1, n);
    return end > i + 1 && end == n;
}

bool isPlain(const char *s, int n)
{
    int i = skipSign(s, n);
    const int intEnd = skipDigits(s, i, n);
    const bool intDigits = intEnd > i;
    i = intEnd;
    if (i == n)
        return intDigits;
    if (s[i] != '.')
        return false;
    const int fracEnd = skipDigits(s, i + 1, n);
    return fracEnd == n && (intDigits || fracEnd > i + 1);
}

} // namespace

QString NumberParser::normalize(const QString &text)
{
    // Most cells have nothing to fold: they are only trimmed, which shares the
    // text instead of copying it when there is nothing to trim either.
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && folded(p[i]) == p[i])
        ++i;
    if (i == n)
        return text.trimmed();
    QString out;
    out.reserve(n);
    for (qsizetype k = 0; k < n; ++k)
        out.append(QChar(folded(p[k])));
    return out.trimmed();
}

std::optional<double> NumberParser::parse(const QString &text, bool *hadPercent)
{
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && QChar::isSpace(folded(p[begin])))
        ++begin;
    while (end > begin && QChar::isSpace(folded(p[end - 1])))
        --end;
    // The folded text without its spaces. Anything beyond ASCII stands as a byte
    // that no check below accepts.
    QVarLengthArray<char, 64> buffer;
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t u = folded(p[i]);
        if (u == u' ')
            continue;
        buffer.append(u < 0x80 ? char(u) : '\x01');
    }
    int n = int(buffer.size());
    char *s = buffer.data();
    const bool percent = n > 0 && s[n - 1] == '%';
    if (percent)
        --n;
    if (hadPercent)
        *hadPercent = percent;
    if (n > 0 && s[n - 1] == '\n')
        --n;
    if (isGrouped(s, n)) {
        int kept = 0;
        for (int i = 0; i < n; ++i) {
            if (s[i] != ',')
                s[kept++] = s[i];
        }
        n = kept;
    }
    if (!isPlain(s, n))
        return std::nullopt;
    const int from = n > 0 && s[0] == '+' ? 1 : 0;
    double v = 0;
    const std::from_chars_result r = std::from_chars(s + from, s + n, v);
    if (r.ec != std::errc() || r.ptr != s + n || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString NumberParser::format(double value, int maxDecimals)
{
    QString s = QString::number(value, 'f', maxDecimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}
