#pragma once

#include "models/chartdata/tradeserieschoice.h"
#include "models/dataset.h"
#include "models/items/recordfilter.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace pe {

// Everything an export needs to know about what the reader sees, as values: the dataset, the
// filters, the language of the dataset's text and a few per-view choices. An export builds
// its own models and view from it, so the windows on screen are never touched, and the
// command line builds the same context without any window.
struct ExportContext
{
    std::shared_ptr<const Dataset> dataset;
    RecordFilter filter;
    QString dataLanguage = QStringLiteral("en");
    // The timeline's visible years (fractions: 2011.0 is 1 January 2011); the data's full
    // span when not set.
    std::optional<std::pair<double, double>> timelineRange;
    // The trade lines the turnover chart draws.
    TradeSeriesChoice tradeSeries;
    // Per view key, the series the reader hid in the chart's legend.
    QHash<QString, QSet<QString>> hiddenSeries;
    // Type and markers grow together (presentation mode's screenshots); 1 for exports,
    // whose page layout scales type to the page.
    qreal fontScale = 1.0;
    // Per view key, the column and order a table is sorted by.
    QHash<QString, std::pair<int, Qt::SortOrder>> tableSort;
    // What is selected in the window. An export draws it only when the reader asks for it
    // (showSelection): a file for an article should not carry a click made while browsing.
    QString selectedId;
    int markedYear = 0;
    bool showSelection = false;
    bool hasSelection() const { return !selectedId.isEmpty() || markedYear != 0; }
};

} // namespace pe
