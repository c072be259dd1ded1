#include "widgets/timeline/bookperiods.h"

#include "widgets/timeline/timelineview.h"

#include <QCoreApplication>

namespace pe {

void showBookPeriods(TimelineView *timeline)
{
    // Chapter 2: the programme for 2009–2016 was adopted in 2009, and the treaty on economic
    // cooperation was signed in November 2017 and is valid until 2026.
    static const struct
    {
        double from;
        double to;
        const char *label;
    } periods[] = {
        {2009.0, 2017.0,
         QT_TRANSLATE_NOOP("pe::TimelineView", "Economic cooperation programme 2009–2016")},
        {2017.0 + 10.0 / 12.0, 2027.0,
         QT_TRANSLATE_NOOP("pe::TimelineView", "Treaty on economic cooperation 2017–2026")},
    };
    TimelinePeriods translated;
    for (const auto &period : periods) {
        translated.append({period.from, period.to,
                           QCoreApplication::translate("pe::TimelineView", period.label)});
    }
    timeline->setPeriods(translated);
    // The book's thirty years: 1992 to the end of 2022.
    timeline->setMinimumRange(1992.0, 2023.0);
}

} // namespace pe
