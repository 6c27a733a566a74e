#pragma once

#include "target/assessment.h"

#include <QColor>
#include <QObject>
#include <QString>

#include <array>

class QPalette;

// What the colours of Fuer Monitor mean, in one place: every colour the program sets
// itself is a role of this palette, never a number in a page or a model.
//
// There is a light and a dark variant with the same roles. The screen takes the one
// that suits the application palette (a dark window gets the dark variant); things
// drawn on white take the light variant whatever the screen shows: printed reports,
// the charts (QtCharts draws them on white in its light theme, on screen too) and
// badges that carry their own white text.
class Palette
{
    Q_GADGET

public:
    enum Role {
        // The judgement of an indicator (Assessment::Status), as text and marks.
        StatusMet,
        StatusNotMet,
        StatusNeedsJudgement,
        StatusNoData,
        // The early-warning levels (Assessment::Warning); the fluctuation flag is
        // shown in the yellow one.
        WarningRed,
        WarningYellow,
        WarningGreen,
        WarningGrey,
        // The state of a value, as text in the state columns.
        StateDraft,
        StateSubmitted,
        StateAwaitingReview, // submitted, as the reviewer's list shows it
        StateReturned,
        StateApproved,
        StateChanged, // changed since it was approved
        // Messages and secondary text.
        ErrorText,
        SuccessText,
        SecondaryText, // a status that needs no action, a formula
        MutedText,     // rows and values that are only shown, disabled accounts
        // Cell and message backgrounds; plain Text is drawn on them.
        HeadingBackground, // category heading rows of the return
        TotalBackground,   // plan and total rows of the overview's counts
        ReadOnlyBackground,
        LockedBackground,   // approved, or locked by a reviewer's verdict
        ReturnedBackground, // sent back by the reviewer
        ErrorBackground,    // a value that cannot be saved
        WarningBackground,  // a value that needs a note
        InfoBackground,     // a message that is neither
        CompleteBackground, // a unit whose return is complete
        RefusedBackground,  // a line of a file that will not be imported
        // Chart series.
        ChartValue,
        ChartTarget,
        ChartTargetBand,
        ChartProjection,
        ChartMet,
        ChartNotMet,
        ChartNeedsJudgement,
        ChartNoData,
        // Tables of printed reports.
        TableRule,
        TableHeaderBackground,
        // The surface a variant is made for, and plain text and lines on it.
        Surface,
        Text,
        RoleCount
    };
    Q_ENUM(Role)

    enum class Variant { Light, Dark };
    Q_ENUM(Variant)
    // What a role is drawn as: text (on Surface), a background (under Text), or a
    // mark such as a chart series or a rule (neither).
    enum class Kind { Text, Background, Mark };

    // The variant for the application palette; call it when painting, not once.
    static const Palette &forScreen();
    // The light variant, for paper and for anything drawn on white.
    static const Palette &forPaper();
    static const Palette &of(Variant variant);
    static Variant variantFor(const QPalette &palette);

    // Shorthands for the screen.
    static QColor screen(Role role) { return forScreen().color(role); }
    // "color: #rrggbb", for a label's style sheet.
    static QString textStyle(Role role);

    static Kind kind(Role role);
    static Role statusRole(Assessment::Status status);
    static Role warningRole(Assessment::Warning warning);

    QColor color(Role role) const;
    Variant variant() const { return m_variant; }

private:
    explicit Palette(Variant variant);

    Variant m_variant;
    std::array<QColor, RoleCount> m_colors;
};
