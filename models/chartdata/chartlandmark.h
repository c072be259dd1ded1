#pragma once

#include <QList>
#include <QString>

namespace pe {

class Dataset;

// A dated fact a chart marks with a rule and a short label, such as a treaty's signature:
// it is not a figure, so it comes from the dataset's periods, never from the chart's code.
struct ChartLandmark
{
    int year = 0;
    int month = 0;       // 1–12; 0 when only the year is known (drawn mid-year)
    QString label;       // drawn beside the rule: "Nov 2017: cooperation treaty to 2026"
    QString description; // for the alt text: "the treaty on economic cooperation to 2026"

    // The position on a year axis whose ticks stand at the middle of each year.
    double axisPosition() const { return year + (month > 0 ? (month - 6.5) / 12.0 : 0.0); }

    // The start of every period the dataset labels for charts, in the dataset's language.
    static QList<ChartLandmark> fromDataset(const Dataset &dataset, const QString &language);
};

// The years a trade chart shows by default: from..to, and up to extendTo when a national
// figure exists for that year.
struct YearWindow
{
    int from = 0;
    int to = 0;
    int extendTo = 0;

    bool isValid() const { return from > 0 && to >= from; }

    // The turnover chart's window of the dataset's metadata (invalid when it gives none).
    static YearWindow turnoverOf(const Dataset &dataset);
};

} // namespace pe
