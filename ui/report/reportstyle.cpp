#include "reportstyle.h"

#include <QFontDatabase>

QStringList ReportStyle::fontFamilies()
{
    return {QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Sans CJK SC")};
}

QFont ReportStyle::font(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QString ReportStyle::installedFamily()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : fontFamilies()) {
        if (installed.contains(family))
            return family;
    }
    return QString();
}
