#include "widgets/palette.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

// The light variant: the colours the program has always shown, on white. Text roles
// keep at least 4.5:1 against white (WCAG AA), tests/ui/tst_palette.cpp checks it.
QColor light(Palette::Role role)
{
    switch (role) {
    case Palette::StatusMet:
        return QColor(0x2e7d32);
    case Palette::StatusNotMet:
        return QColor(0xc62828);
    case Palette::StatusNeedsJudgement:
        return QColor(0x6a1b9a);
    case Palette::StatusNoData:
        return QColor(0x757575);
    case Palette::WarningRed:
        return QColor(0xc62828);
    case Palette::WarningYellow:
        return QColor(0xa16600);
    case Palette::WarningGreen:
        return QColor(0x2e7d32);
    case Palette::WarningGrey:
        return QColor(0x757575);
    case Palette::StateDraft:
        return QColor(0x757575);
    case Palette::StateSubmitted:
        return QColor(0x1565c0);
    case Palette::StateAwaitingReview:
        return QColor(0x1f3a68);
    case Palette::StateReturned:
        return QColor(0xc62828);
    case Palette::StateApproved:
        return QColor(0x2e7d32);
    case Palette::StateChanged:
        return QColor(0xb05a00);
    case Palette::ErrorText:
        return QColor(0xc62828);
    case Palette::SuccessText:
        return QColor(0x2e7d32);
    case Palette::SecondaryText:
        return QColor(0x555555);
    case Palette::MutedText:
        return QColor(0x757575);
    case Palette::HeadingBackground:
        return QColor(0xe3e8ee);
    case Palette::TotalBackground:
        return QColor(0xeef1f6);
    case Palette::ReadOnlyBackground:
        return QColor(0xf4f5f7);
    case Palette::LockedBackground:
        return QColor(0xe8f0fa);
    case Palette::ReturnedBackground:
        return QColor(0xffe6d2);
    case Palette::ErrorBackground:
        return QColor(0xfdd8d8);
    case Palette::WarningBackground:
        return QColor(0xfff0c2);
    case Palette::InfoBackground:
        return QColor(0xf4f5f7);
    case Palette::CompleteBackground:
        return QColor(0xdcefdc);
    case Palette::RefusedBackground:
        return QColor(0xfdecea);
    case Palette::ChartValue:
        return QColor(0x1f3a68);
    case Palette::ChartTarget:
        return QColor(0xa01c1c);
    case Palette::ChartTargetBand:
        return QColor(0xd9e8d2);
    case Palette::ChartProjection:
        return QColor(0x555555);
    // Dark solid, hatched (the chart's brush), light and white: distinct without colour.
    case Palette::ChartMet:
        return QColor(0x2e6b3a);
    case Palette::ChartNotMet:
        return QColor(0xb22a2a);
    case Palette::ChartNeedsJudgement:
        return QColor(0xc8b450);
    case Palette::ChartNoData:
        return QColor(0xffffff);
    case Palette::TableRule:
        return QColor(0x808080);
    case Palette::TableHeaderBackground:
        return QColor(0xe6e6e6);
    case Palette::Surface:
        return QColor(0xffffff);
    case Palette::Text:
        return QColor(0, 0, 0);
    case Palette::RoleCount:
        break;
    }
    return QColor();
}

// The dark variant: lighter tones of the same hues for text, deep tints for
// backgrounds, made for a window about as dark as #353535 or darker.
QColor dark(Palette::Role role)
{
    switch (role) {
    case Palette::StatusMet:
        return QColor(0x81c784);
    case Palette::StatusNotMet:
        return QColor(0xef9a9a);
    case Palette::StatusNeedsJudgement:
        return QColor(0xd59ee6);
    case Palette::StatusNoData:
        return QColor(0xb0b0b0);
    case Palette::WarningRed:
        return QColor(0xef9a9a);
    case Palette::WarningYellow:
        return QColor(0xffb74d);
    case Palette::WarningGreen:
        return QColor(0x81c784);
    case Palette::WarningGrey:
        return QColor(0xb0b0b0);
    case Palette::StateDraft:
        return QColor(0xb0b0b0);
    case Palette::StateSubmitted:
        return QColor(0x90caf9);
    case Palette::StateAwaitingReview:
        return QColor(0x9fb7e6);
    case Palette::StateReturned:
        return QColor(0xef9a9a);
    case Palette::StateApproved:
        return QColor(0x81c784);
    case Palette::StateChanged:
        return QColor(0xffab66);
    case Palette::ErrorText:
        return QColor(0xef9a9a);
    case Palette::SuccessText:
        return QColor(0x81c784);
    case Palette::SecondaryText:
        return QColor(0xbdbdbd);
    case Palette::MutedText:
        return QColor(0xa0a0a0);
    case Palette::HeadingBackground:
        return QColor(0x3d4550);
    case Palette::TotalBackground:
        return QColor(0x3a404a);
    case Palette::ReadOnlyBackground:
        return QColor(0x303236);
    case Palette::LockedBackground:
        return QColor(0x263447);
    case Palette::ReturnedBackground:
        return QColor(0x5a3a20);
    case Palette::ErrorBackground:
        return QColor(0x5c2525);
    case Palette::WarningBackground:
        return QColor(0x574716);
    case Palette::InfoBackground:
        return QColor(0x303236);
    case Palette::CompleteBackground:
        return QColor(0x1e4423);
    case Palette::RefusedBackground:
        return QColor(0x4f2623);
    // Charts are drawn on white in either variant (QtCharts' light theme, see palette.h).
    case Palette::ChartValue:
    case Palette::ChartTarget:
    case Palette::ChartTargetBand:
    case Palette::ChartProjection:
    case Palette::ChartMet:
    case Palette::ChartNotMet:
    case Palette::ChartNeedsJudgement:
    case Palette::ChartNoData:
        return light(role);
    // Printed tables take the light variant (forPaper); these are for a table on a
    // dark surface all the same.
    case Palette::TableRule:
        return QColor(0x8a8a8a);
    case Palette::TableHeaderBackground:
        return QColor(0x45484c);
    case Palette::Surface:
        return QColor(0x353535);
    case Palette::Text:
        return QColor(0xeeeeee);
    case Palette::RoleCount:
        break;
    }
    return QColor();
}

} // namespace

Palette::Palette(Variant variant)
    : m_variant(variant)
{
    for (int r = 0; r < RoleCount; ++r)
        m_colors[size_t(r)] = variant == Variant::Dark ? dark(Role(r)) : light(Role(r));
}

const Palette &Palette::of(Variant variant)
{
    static const Palette lightPalette(Variant::Light);
    static const Palette darkPalette(Variant::Dark);
    return variant == Variant::Dark ? darkPalette : lightPalette;
}

Palette::Variant Palette::variantFor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? Variant::Dark : Variant::Light;
}

const Palette &Palette::forScreen()
{
    return of(variantFor(QGuiApplication::palette()));
}

const Palette &Palette::forPaper()
{
    return of(Variant::Light);
}

QString Palette::textStyle(Role role)
{
    return QStringLiteral("color: %1").arg(screen(role).name());
}

QColor Palette::color(Role role) const
{
    return role >= 0 && role < RoleCount ? m_colors[size_t(role)] : QColor();
}

Palette::Kind Palette::kind(Role role)
{
    switch (role) {
    case HeadingBackground:
    case TotalBackground:
    case ReadOnlyBackground:
    case LockedBackground:
    case ReturnedBackground:
    case ErrorBackground:
    case WarningBackground:
    case InfoBackground:
    case CompleteBackground:
    case RefusedBackground:
    case TableHeaderBackground:
    case Surface:
        return Kind::Background;
    case ChartValue:
    case ChartTarget:
    case ChartTargetBand:
    case ChartProjection:
    case ChartMet:
    case ChartNotMet:
    case ChartNeedsJudgement:
    case ChartNoData:
    case TableRule:
        return Kind::Mark;
    default:
        break;
    }
    return Kind::Text;
}

Palette::Role Palette::statusRole(Assessment::Status status)
{
    switch (status) {
    case Assessment::Status::Met:
        return StatusMet;
    case Assessment::Status::NotMet:
        return StatusNotMet;
    case Assessment::Status::NeedsJudgement:
        return StatusNeedsJudgement;
    case Assessment::Status::NoData:
        break;
    }
    return StatusNoData;
}

Palette::Role Palette::warningRole(Assessment::Warning warning)
{
    switch (warning) {
    case Assessment::Warning::Red:
        return WarningRed;
    case Assessment::Warning::Yellow:
        return WarningYellow;
    case Assessment::Warning::Green:
        return WarningGreen;
    case Assessment::Warning::Grey:
        break;
    }
    return WarningGrey;
}
