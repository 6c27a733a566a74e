#pragma once

#include "workflow/reportdata.h"

#include <QHash>
#include <QImage>
#include <QPicture>

#include <functional>

// The charts of a report, drawn once as vector pictures. Drawing needs the GUI
// thread (QtCharts); playing the pictures back into a PDF page, or onto an image for
// the ODT and DOCX copies, does not, so the renderer can hand them to a worker thread.
struct ReportChartSet
{
    QPicture statusByCategory;
    QHash<QString, QPicture> trends; // indicator code -> chart, for the red and yellow ones

    // The size the charts are placed at in the document, in 96 dpi pixels. They are
    // drawn at `Scale` times that, and rasterised at that size for ODT and DOCX.
    static constexpr int StatusWidth = 640;
    static constexpr int StatusHeight = 520;
    static constexpr int TrendWidth = 340;
    static constexpr int TrendHeight = 230;
    static constexpr int Scale = 3;

    static ReportChartSet render(const ReportData &data, const std::function<void(int done, int total)> &progress = {});

    // `picture` played onto an image of its own size, for the word-processor copies.
    static QImage toImage(const QPicture &picture);
    // `picture` played into `target` of any painter, scaled to fill it.
    static void play(QPainter *painter, const QPicture &picture, const QRectF &target);
};
