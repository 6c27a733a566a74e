#pragma once

#include "valuestate.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One reported number for (indicator, area, year) with its provenance and state.
struct ValueRecord
{
    qint64 id = 0;
    QString indicatorCode;
    QString area; // area name; empty means the district
    int year = 0;
    double value = 0.0;
    std::optional<double> numerator;
    std::optional<double> denominator;
    std::optional<double> referenceValue; // for 相适应-style targets: the value compared with
    QString source;                       // 数据来源
    QString note;                         // 情况说明
    ValueState state = ValueState::Submitted;
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;
    std::optional<double> approvedValue; // what a reviewer approved last
    QString reviewNote;                  // the reviewer's reason when sent back or reopened

    // A value that was approved once and differs now (shown to reviewers).
    bool changedSinceApproval() const
    {
        return approvedValue && state != ValueState::Approved && *approvedValue != value;
    }
};
