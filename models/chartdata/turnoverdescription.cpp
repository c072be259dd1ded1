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
    // Whole phrases, so that each language writes the side in the case and capitals it
    // needs inside the brackets ("Échanges commerciaux (chiffres bélarussiens)").
    switch (line.side) {
    case Side::Belarus:
        return tr("%1 (Belarusian figures)", "indicator, as Belarusian statistics give it")
            .arg(name);
    case Side::Kazakhstan:
        return tr("%1 (Kazakh figures)", "indicator, as Kazakh statistics give it").arg(name);
    case Side::Unknown:
        break;
    }
    return tr("%1 (%2)", "indicator (whose figures)").arg(name, Vocabulary::label(line.side));
}

QString TurnoverDescription::longDescription(const TradeChartData &data,
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
            // The book's figures of the line; the supplementary ones filling its gaps are
            // counted with the others from outside the book below.
            QList<ChartPoint> points;
            for (const ChartPoint &p : line.points()) {
                if (!p.has(ChartPoint::Supplementary))
                    points.append(p);
            }
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
    const auto onAxis = [&data](const ChartPoint &p) {
        return p.year >= data.firstYear && p.year <= data.lastYear;
    };
    if (data.hasRecord && onAxis(data.record))
        parts << tr("Marked: the %1 record, %2.").arg(data.record.year).arg(data.record.valueText);
    if (data.hasFirstBillion && onAxis(data.firstBillion))
        parts << tr("Marked: %1, the first year above US$ 1 billion (%2).")
                     .arg(data.firstBillion.year)
                     .arg(data.firstBillion.valueText);
    for (const ChartLandmark &landmark : landmarks) {
        if (landmark.year >= data.firstYear && landmark.year <= data.lastYear)
            parts << tr("Marked: %1.").arg(landmark.description);
    }
    return parts.join(QLatin1Char(' '));
}

QString TurnoverDescription::altText(const TradeChartData &data, const QList<ChartLandmark> &)
{
    if (data.isEmpty())
        return tr("Trade chart: no trade figures match the filters.");
    // What a screen reader says before moving on: what the chart is, where the main line goes,
    // the landmark that matters, what is missing. The full account is the long description.
    QStringList names;
    const TradeLine *main = nullptr;
    const IndicatorSeries *mainSeries = nullptr;
    for (const IndicatorSeries &series : data.indicators) {
        for (const TradeLine &line : series.lines) {
            names << lineName(series, line);
            if (!main) {
                main = &line;
                mainSeries = &series;
            }
        }
    }
    QStringList parts;
    parts << tr("Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2: %3.")
                 .arg(data.firstYear)
                 .arg(data.lastYear)
                 .arg(names.join(QStringLiteral(", ")));
    if (main) {
        QList<ChartPoint> book;
        for (const ChartPoint &p : main->points()) {
            if (!p.has(ChartPoint::Supplementary))
                book.append(p);
        }
        if (book.size() > 1)
            parts << tr("%1 went from %2 in %3 to %4 in %5.")
                         .arg(lineName(*mainSeries, *main), book.first().valueText)
                         .arg(book.first().year)
                         .arg(book.last().valueText)
                         .arg(book.last().year);
    }
    const auto onAxis = [&data](const ChartPoint &p) {
        return p.year >= data.firstYear && p.year <= data.lastYear;
    };
    if (data.hasRecord && onAxis(data.record)) {
        if (data.hasFirstBillion && data.firstBillion.id == data.record.id)
            parts << tr("Record in %1, %2, the first year above US$ 1 billion.")
                         .arg(data.record.year)
                         .arg(data.record.valueText);
        else
            parts << tr("Record in %1, %2.").arg(data.record.year).arg(data.record.valueText);
    }
    if (!data.gapYears.isEmpty())
        parts << tr("No full-year figure for %1.").arg(compressRuns(data.gapYears));
    // At most 300 characters: the least needed sentences go first.
    while (parts.size() > 1 && parts.join(QLatin1Char(' ')).size() > maxAltText)
        parts.removeLast();
    QString text = parts.join(QLatin1Char(' '));
    if (text.size() > maxAltText)
        text = text.left(maxAltText - 1) + QChar(0x2026);
    return text;
}

} // namespace pe
