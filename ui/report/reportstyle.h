#pragma once

#include <QFont>
#include <QStringList>

// Fonts and sizes of printed reports.
//
// The font matters for more than looks: Qt's PDF engine writes each embedded font's
// ToUnicode map from the font's cmap, taking the lowest code point for a glyph. Noto
// Sans/Serif CJK map many ideographs from a Kangxi radical too (女 and ⼥ U+2F25 share a
// glyph), so copied or searched text of a PDF set in Noto CJK reads "妇⼥" and its
// digits vanish. WenQuanYi Zen Hei (fonts-wqy-zenhei) and the other families listed
// first have separate radical glyphs and extract exactly what was written.
class ReportStyle
{
public:
    static QStringList fontFamilies();
    static QFont font(qreal pointSize, bool bold = false);
    // The first preferred family that is installed, for the log and tests.
    static QString installedFamily();
};
