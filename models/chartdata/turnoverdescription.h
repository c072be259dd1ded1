#pragma once

#include "models/chartdata/chartlandmark.h"
#include "models/chartdata/chartseriesbuilder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pe {

// What the turnover chart shows, in words: the alt text of the picture and the names of its
// lines. Pure, so it is tested against the data without drawing anything.
class TurnoverDescription
{
    Q_DECLARE_TR_FUNCTIONS(TurnoverDescription)

public:
    // "Turnover", or "Turnover (Belarusian figures)" where both sides have a line.
    static QString lineName(const IndicatorSeries &series, const TradeLine &line);
    static constexpr int maxAltText = 300;
    // At most maxAltText characters: what the chart shows, the main line's trend, the record
    // when it is on the axis, the years without a figure.
    static QString altText(const TradeChartData &data, const QList<ChartLandmark> &landmarks);
    // Every line, gap, supplementary and part-year figure and landmark, in sentences.
    static QString longDescription(const TradeChartData &data,
                                   const QList<ChartLandmark> &landmarks);
};

} // namespace pe
