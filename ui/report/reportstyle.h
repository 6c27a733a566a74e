#pragma once

#include <QFont>
#include <QStringList>

// Fonts and sizes of printed reports, by role, in the form of official documents
// (GB/T 9704): the title in a Song-style bold face, first-level headings in Hei,
// second-level headings in Kai, the body in FangSong.
//
// The fonts matter for more than looks: Qt's PDF engine writes each embedded font's
// ToUnicode map from the font's cmap, taking the lowest code point for a glyph. Fonts
// that map many ideographs from a Kangxi radical too (女 and ⼥ U+2F25 share a glyph)
// make copied or searched text read "妇⼥". Every family listed here was checked
// (tests/ui/tst_reportfonts) to extract exactly what was written, for every
// character the reports print:
//
//   role      families, in order                        Debian package
//   title     AR PL SungtiL GB (报宋)                    fonts-arphic-gbsn00lp
//   heading1  WenQuanYi Zen Hei, WenQuanYi Micro Hei     fonts-wqy-zenhei, -microhei
//   heading2  AR PL KaitiM GB (楷), AR PL UKai CN         fonts-arphic-gkai00mp, -ukai
//   body      AR PL UMing CN (明/宋)                     fonts-arphic-uming
//
// Not chosen: Noto Sans/Serif CJK and the Fandol fonts (texlive-lang-chinese) share
// glyphs with the Kangxi radicals (47 of the reports' 737 characters came back as
// radicals); cwTeX FangSong (fonts-cwtex-fs), the only other free FangSong, has
// traditional characters only (246 of them missing). So the body is set in a Song
// (Ming) face, the closest the free fonts allow. Every role ends with the same
// fallback chain, so a glyph one face lacks (− ✓ ≦ in the Song faces) comes from
// a face that has it, never from an unchecked system font.
class ReportStyle
{
public:
    enum class Role { Title, Heading1, Heading2, Body };

    static QStringList families(Role role);
    static QFont font(Role role, qreal pointSize, bool bold = false);
    // The body font; charts and the page furniture use Heading1's Hei.
    static QFont font(qreal pointSize, bool bold = false);
    // For CSS: 'A', 'B', …
    static QString cssFamilies(Role role);
    // The first preferred family of the role that is installed, or "".
    static QString installedFamily(Role role);
    static QString installedFamily() { return installedFamily(Role::Heading1); }
    // Every family the reports may use, in the order tried.
    static QStringList allFamilies();
};
