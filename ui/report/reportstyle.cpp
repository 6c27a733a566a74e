#include "reportstyle.h"

#include <QFontDatabase>

namespace {
// Covers every character the reports print (tst_reportfonts), extracts as written.
QStringList fallback()
{
    return {QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("WenQuanYi Zen Hei")};
}
} // namespace

QStringList ReportStyle::families(Role role)
{
    QStringList preferred;
    switch (role) {
    case Role::Title:
        preferred = {QStringLiteral("AR PL SungtiL GB")};
        break;
    case Role::Heading1:
        preferred = {QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYi Micro Hei")};
        break;
    case Role::Heading2:
        preferred = {QStringLiteral("AR PL KaitiM GB"), QStringLiteral("AR PL UKai CN")};
        break;
    case Role::Body:
        preferred = {QStringLiteral("AR PL UMing CN")};
        break;
    }
    for (const QString &f : fallback()) {
        if (!preferred.contains(f))
            preferred << f;
    }
    return preferred;
}

QFont ReportStyle::font(Role role, qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies(families(role));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleHint(role == Role::Heading1 ? QFont::SansSerif : QFont::Serif);
    return f;
}

QFont ReportStyle::font(qreal pointSize, bool bold)
{
    return font(Role::Heading1, pointSize, bold);
}

QString ReportStyle::cssFamilies(Role role)
{
    QStringList quoted;
    for (const QString &f : families(role))
        quoted << QLatin1Char('\'') + f + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

QString ReportStyle::installedFamily(Role role)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : families(role)) {
        if (installed.contains(family))
            return family;
    }
    return QString();
}

QStringList ReportStyle::allFamilies()
{
    QStringList all;
    for (Role r : {Role::Title, Role::Heading1, Role::Heading2, Role::Body}) {
        for (const QString &f : families(r)) {
            if (!all.contains(f))
                all << f;
        }
    }
    return all;
}
