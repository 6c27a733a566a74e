#pragma once

#include "workflow/reportdata.h"

#include <QHash>
#include <QImage>

#include <functional>

// The charts of a report, drawn once as images. Drawing needs the GUI thread
// (QtCharts); laying out and writing the document that shows them does not, so the
// renderer can hand the images to a worker thread.
struct ReportChartSet
{
    QImage statusByCategory;
    QHash<QString, QImage> trends; // indicator code -> chart, for the red and yellow ones

    // The size the images are placed at in the document, in 96 dpi pixels; they are
    // drawn at `Scale` times that for print.
    static constexpr int StatusWidth = 640;
    static constexpr int StatusHeight = 520;
    static constexpr int TrendWidth = 340;
    static constexpr int TrendHeight = 230;
    static constexpr int Scale = 3;

    static ReportChartSet render(const ReportData &data, const std::function<void(int done, int total)> &progress = {});
};
