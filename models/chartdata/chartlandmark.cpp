#include "models/chartdata/chartlandmark.h"

#include "models/dataset.h"

namespace pe {

QList<ChartLandmark> ChartLandmark::fromDataset(const Dataset &dataset, const QString &language)
{
    QList<ChartLandmark> landmarks;
    for (const Period &period : dataset.periods) {
        const QString label = period.chartLabel.text(language);
        if (label.isEmpty())
            continue;
        landmarks.append({period.fromYear, period.fromMonth, label, period.name.text(language)});
    }
    return landmarks;
}

YearWindow YearWindow::turnoverOf(const Dataset &dataset)
{
    const DatasetMetadata &m = dataset.metadata;
    return {m.turnoverFrom, m.turnoverTo, m.turnoverExtendTo};
}

} // namespace pe
