#pragma once

#include "models/items/recordfilter.h"
#include "models/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace pe {

// One step of a lecture: a live state of a view (its filter, the record in the detail pane,
// the timeline's years, the chart's lines, a marked year), what the class reads, what the
// lecturer says, and optionally a record held back until the next key (guess, then see).
struct TourStep
{
    QString view; // a view key: timeline, turnover, regional-trade, pairings, ventures, sources
    QString select;
    RecordFilter filter;
    std::optional<std::pair<int, int>> timelineYears;
    QString series; // TradeSeriesChoice text, turnover only
    int highlightYear = 0;
    LocalizedText caption;
    LocalizedText notes;
    QStringList sources;
    QString revealRecord;
    LocalizedText revealPrompt;

    bool operator==(const TourStep &o) const
    {
        return view == o.view && select == o.select && filter == o.filter &&
               timelineYears == o.timelineYears && series == o.series &&
               highlightYear == o.highlightYear && caption == o.caption && notes == o.notes &&
               sources == o.sources && revealRecord == o.revealRecord &&
               revealPrompt == o.revealPrompt;
    }
    bool operator!=(const TourStep &o) const { return !(*this == o); }
};

// A lecture prepared as a file (docs/tours.md): a title and its steps.
struct Tour
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    QList<TourStep> steps;

    bool operator==(const Tour &o) const
    {
        return id == o.id && title == o.title && description == o.description && steps == o.steps;
    }
    bool operator!=(const Tour &o) const { return !(*this == o); }
};

} // namespace pe
