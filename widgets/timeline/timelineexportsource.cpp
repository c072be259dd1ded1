#include "widgets/timeline/timelineexportsource.h"

#include "models/items/eventmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/roles.h"
#include "models/vocabulary.h"
#include "render/export/exportcontext.h"
#include "widgets/timeline/datasetperiods.h"
#include "widgets/timeline/timelineview.h"

#include <QMap>

#include <algorithm>

namespace pe {

TimelineExportSource::TimelineExportSource(const ExportContext &context)
    : m_dataset(context.dataset)
    , m_events(std::make_unique<EventModel>())
    , m_filtered(std::make_unique<RecordFilterModel>())
    , m_view(std::make_unique<TimelineView>())
{
    m_events->setLanguage(context.dataLanguage);
    m_events->setDataset(context.dataset);
    m_filtered->setSourceModel(m_events.get());
    m_filtered->setFilter(context.filter);
    // Before the range: the minimum span widens the years the range is clamped to.
    applyDatasetPeriods(m_view.get(), context.dataset.get(), context.dataLanguage);
    m_view->setModel(m_filtered.get());
    m_view->setFontScale(context.fontScale);
    if (context.timelineRange)
        m_view->setVisibleRange(context.timelineRange->first, context.timelineRange->second);
    else
        m_view->fitAll();
    if (context.showSelection) {
        m_view->setCurrentId(context.selectedId);
        m_view->setMarkedYear(context.markedYear);
    }
}

TimelineExportSource::~TimelineExportSource() = default;

void TimelineExportSource::paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme)
{
    m_view->paint(painter, rect, theme);
}

CsvRows TimelineExportSource::csvRows()
{
    return m_dataset ? Csv::fromModel(*m_filtered, *m_dataset) : CsvRows();
}

QStringList TimelineExportSource::sourceIds()
{
    return sourceIdsOfRows(*m_filtered);
}

QString TimelineExportSource::subtitle()
{
    int first = 0;
    int last = 0;
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        const int year = m_filtered->index(row, 0).data(YearRole).toInt();
        first = first ? std::min(first, year) : year;
        last = std::max(last, year);
    }
    QString text = tr("%n event(s)", nullptr, m_filtered->rowCount());
    if (first)
        text += QStringLiteral(", %1–%2").arg(first).arg(last);
    return text + tr(", by category");
}

QString TimelineExportSource::altText()
{
    const int count = m_filtered->rowCount();
    if (count == 0)
        return tr("No events match the filters.");
    QMap<Category, int> perCategory;
    for (int row = 0; row < count; ++row) {
        if (const auto category = roleValue<Category>(m_filtered->index(row, 0), CategoryRole))
            ++perCategory[*category];
    }
    QStringList categories;
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        categories.append(tr("%1: %2").arg(Vocabulary::label(it.key())).arg(it.value()));
    categories.sort();
    const QModelIndex first = m_filtered->index(0, EventModel::DateColumn);
    const QModelIndex last = m_filtered->index(count - 1, EventModel::DateColumn);
    return tr("A timeline of %n event(s) of the Belarus–Kazakhstan partnership, from %1 (%2) to "
              "%3 (%4), in lanes by category (%5).",
              nullptr, count)
        .arg(first.data().toString(),
             first.siblingAtColumn(EventModel::TitleColumn).data().toString(),
             last.data().toString(),
             last.siblingAtColumn(EventModel::TitleColumn).data().toString(),
             categories.join(QStringLiteral("; ")));
}

} // namespace pe
