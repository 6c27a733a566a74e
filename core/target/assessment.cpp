#include "assessment.h"

#include <QCoreApplication>

namespace {

// The keys are written to files users keep; never rename them.
const char *const kStatusKeys[] = {"met", "not_met", "needs_judgement", "no_data"};
const char *const kOutlookKeys[] = {"none", "on_track", "needs_acceleration", "unlikely", "diverging"};
const char *const kWarningKeys[] = {"red", "yellow", "green", "grey"};
const char *const kMidTermKeys[] = {"not_applicable", "covered", "not_covered"};

template <typename E, size_t N> bool fromKey(const char *const (&keys)[N], const QString &key, E *out)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i])) {
            *out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

} // namespace

QString Assessment::statusLabel(Status status)
{
    switch (status) {
    case Status::Met:
        return QCoreApplication::translate("Assessment", "Met");
    case Status::NotMet:
        return QCoreApplication::translate("Assessment", "Not met");
    case Status::NeedsJudgement:
        return QCoreApplication::translate("Assessment", "Needs judgement");
    case Status::NoData:
        break;
    }
    return QCoreApplication::translate("Assessment", "No data");
}

QString Assessment::outlookLabel(Outlook outlook)
{
    switch (outlook) {
    case Outlook::OnTrack:
        return QCoreApplication::translate("Assessment", "On track");
    case Outlook::NeedsAcceleration:
        return QCoreApplication::translate("Assessment", "Needs acceleration");
    case Outlook::Unlikely:
        return QCoreApplication::translate("Assessment", "Unlikely to be met");
    case Outlook::Diverging:
        return QCoreApplication::translate("Assessment", "Diverging");
    case Outlook::None:
        break;
    }
    return QString();
}

QString Assessment::warningLabel(Warning warning)
{
    switch (warning) {
    case Warning::Red:
        return QCoreApplication::translate("Assessment", "Red");
    case Warning::Yellow:
        return QCoreApplication::translate("Assessment", "Yellow");
    case Warning::Green:
        return QCoreApplication::translate("Assessment", "Green");
    case Warning::Grey:
        break;
    }
    return QCoreApplication::translate("Assessment", "Grey");
}

QString Assessment::midTermLabel(MidTerm midterm)
{
    switch (midterm) {
    case MidTerm::Covered:
        return QCoreApplication::translate("Assessment", "Half-way covered");
    case MidTerm::NotCovered:
        return QCoreApplication::translate("Assessment", "Half-way not covered");
    case MidTerm::NotApplicable:
        break;
    }
    return QCoreApplication::translate("Assessment", "Not applicable");
}

QString Assessment::fluctuationLabel()
{
    return QCoreApplication::translate("Assessment", "Large fluctuation");
}

QString Assessment::statusKey(Status status)
{
    return QLatin1String(kStatusKeys[int(status)]);
}
QString Assessment::outlookKey(Outlook outlook)
{
    return QLatin1String(kOutlookKeys[int(outlook)]);
}
QString Assessment::warningKey(Warning warning)
{
    return QLatin1String(kWarningKeys[int(warning)]);
}
QString Assessment::midTermKey(MidTerm midterm)
{
    return QLatin1String(kMidTermKeys[int(midterm)]);
}

bool Assessment::statusFromKey(const QString &key, Status *out)
{
    return fromKey(kStatusKeys, key, out);
}
bool Assessment::outlookFromKey(const QString &key, Outlook *out)
{
    return fromKey(kOutlookKeys, key, out);
}
bool Assessment::warningFromKey(const QString &key, Warning *out)
{
    return fromKey(kWarningKeys, key, out);
}
bool Assessment::midTermFromKey(const QString &key, MidTerm *out)
{
    return fromKey(kMidTermKeys, key, out);
}
