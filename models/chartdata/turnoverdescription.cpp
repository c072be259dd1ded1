#include "models/chartdata/turnoverdescription.h"

#include "models/ranges.h"
#include "models/vocabulary.h"

#include <algorithm>

namespace pe {

QString TurnoverDescription::lineName(const IndicatorSeries &series, const TradeLine &line)
{
    QString name = Vocabulary::label(series.indicator);
    if (series.lines.size() < 2)
        return name;
    return tr("%1 (%2)", "indicator (whose figures)").arg(name, Vocabulary::label(line.side));
}

QString TurnoverDescription::altText(const TradeChartData &data,
                                     const QList<ChartLandmark> &landmarks)
{
    if (data.isEmpty())
        return tr("Trade chart: no trade figures match the filters.");
    QStringList parts;
    parts << tr("Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2.")
                 .arg(data.firstYear)
                 .arg(data.lastYear);
    for (const IndicatorSeries &series : data.indicators) {
        for (const TradeLine &line : series.lines) {
            const QList<ChartPoint> points = line.points();
            if (points.isEmpty())
                continue;
            const auto peak = std::max_element(
                points.cbegin(), points.cend(),
                [](const ChartPoint &a, const ChartPoint &b) { return a.value < b.value; });
            parts
                << tr("%1, from the book: %n figure(s), from %2 in %3 to %4 in %5; peak %6 in %7.",
                      "", int(points.size()))
                       .arg(lineName(series, line), points.first().valueText)
                       .arg(points.first().year)
                       .arg(points.last().valueText)
                       .arg(points.last().year)
                       .arg(peak->valueText)
                       .arg(peak->year);
        }
    }
    if (!data.gapYears.isEmpty())
        parts << tr("No full-year figure for %1: the lines are broken there, never interpolated.")
                     .arg(compressRuns(data.gapYears));
    QList<int> supplementaryYears;
    QStringList partYear;
    for (const ChartPoint &p : data.allPoints()) {
        if (p.has(ChartPoint::Supplementary) && !p.has(ChartPoint::PartYear) &&
            !supplementaryYears.contains(p.year))
            supplementaryYears.append(p.year);
        if (p.has(ChartPoint::PartYear))
            partYear
                << tr("%1 %2 (%3, %4)").arg(p.period).arg(p.year).arg(p.indicatorText, p.valueText);
    }
    std::sort(supplementaryYears.begin(), supplementaryYears.end());
    if (!supplementaryYears.isEmpty())
        parts << tr("Supplementary figures for %1 are marked apart: they come from public news "
                    "pages, not from the book.")
                     .arg(compressRuns(supplementaryYears));
    if (!partYear.isEmpty())
        parts << tr("Part-year figures, not comparable with full years: %1.")
                     .arg(partYear.join(QStringLiteral("; ")));
    if (data.hasRecord)
        parts << tr("Marked: the %1 record, %2.").arg(data.record.year).arg(data.record.valueText);
    if (data.hasFirstBillion)
        parts << tr("Marked: %1, the first year above US$ 1 billion (%2).")
                     .arg(data.firstBillion.year)
                     .arg(data.firstBillion.valueText);
    for (const ChartLandmark &landmark : landmarks) {
        if (landmark.year >= data.firstYear && landmark.year <= data.lastYear)
            parts << tr("Marked: %1.").arg(landmark.description);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace pe
