// The start-up baseline (docs/performance.md): a minimal Qt Widgets app showing one QChartView.
// Partnership Explorer's start to first paint and memory are compared with this.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    auto *series = new QLineSeries;
    for (int year = 2005; year <= 2021; ++year)
        series->append(year, 200 + (year - 2005) * 50);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QChartView view(chart);
    view.resize(1280, 800);
    if (pe::FirstPaintProbe::enabled())
        new pe::FirstPaintProbe(view.viewport());
    view.show();
    return app.exec();
}
