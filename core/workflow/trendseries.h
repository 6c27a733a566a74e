#pragma once

#include "model/valuerecord.h"
#include "target/indicatorassessment.h"

#include <QVector>

// What a trend chart of one indicator shows, computed in core so that the screen,
// the printed report and any future chart library draw the same facts: the values
// that were assessed, the target as a line or a band, the baseline, the projection
// the assessment used and the mid-term point. Plain data; no drawing here.
struct TrendSeries
{
    enum class TargetShape { None, Line, Band };

    struct Point
    {
        int year = 0;
        double value = 0.0;
        bool approved = false; // submitted but not yet approved values are drawn hollow
    };

    QString code;
    QString name;
    QString measureUnit;
    QString targetText;
    QVector<Point> points; // ascending years, up to the assessment year

    TargetShape targetShape = TargetShape::None;
    double targetValue = 0.0; // Line
    double bandLow = 0.0;     // Band: 左右 (x ± tolerance) and 趋于平衡
    double bandHigh = 0.0;

    bool hasBaseline = false;
    int baselineYear = 0;
    double baselineValue = 0.0;

    bool hasProjection = false; // from the latest point to the target year
    int projectionFromYear = 0;
    double projectionFromValue = 0.0;
    int projectionToYear = 0;
    double projectionToValue = 0.0;

    bool hasMidTerm = false;
    int midTermYear = 0;
    double midTermValue = 0.0;

    int firstYear = 2020;
    int lastYear = 2030;

    bool isEmpty() const { return points.isEmpty(); }
    // The smallest and largest value any element of the chart needs, for the axis.
    double minimum() const;
    double maximum() const;

    // `records` are the indicator's stored values (any areas and states); only the
    // district's are used, and only to tell approved from submitted values.
    static TrendSeries build(const IndicatorAssessment &assessment, const QVector<ValueRecord> &records);
};
