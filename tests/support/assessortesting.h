#pragma once

// Shared by the assessor tests: a bare indicator with a target, and one assessment.

#include "target/assessor.h"
#include "target/targetparser.h"

#include <QMap>
#include <QMetaType>

#include <optional>

using Series = QMap<int, double>;
using Status = Assessment::Status;
using Outlook = Assessment::Outlook;
using Warning = Assessment::Warning;
using MidTerm = Assessment::MidTerm;
Q_DECLARE_METATYPE(Assessment::Status)
Q_DECLARE_METATYPE(Assessment::Outlook)
Q_DECLARE_METATYPE(Assessment::Warning)
Q_DECLARE_METATYPE(Assessment::MidTerm)

inline Indicator indicator(const QString &target, const QString &unit = QStringLiteral("%"), bool binding = false,
                           double tolerance = 2.0)
{
    Indicator ind;
    ind.code = QStringLiteral("X01");
    ind.targetText = target;
    ind.measureUnit = unit;
    ind.attribute = binding ? Indicator::Attribute::Binding : Indicator::Attribute::Expected;
    ind.params.tolerance = tolerance;
    return ind;
}

inline Assessment run(const Indicator &ind, const Series &series, int year, const Series &reference = {},
                      const std::optional<Judgement> &judgement = {})
{
    return Assessor::assess(ind, TargetParser::parse(ind.targetText), series, year, reference, judgement);
}
