#include "widgets/charts/chartexportsource.h"

#include "models/items/datasetmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/sourcemodel.h"
#include "render/export/exportcontext.h"
#include "widgets/charts/datachartview.h"

namespace pe {

ChartExportSource::ChartExportSource(const ExportContext &context, const QString &viewKey,
                                     std::unique_ptr<DatasetModel> records,
                                     const ChartFactory &makeChart)
    : m_records(std::move(records))
    , m_sources(std::make_unique<SourceModel>())
    , m_filtered(std::make_unique<RecordFilterModel>())
{
    for (DatasetModel *model : {m_records.get(), static_cast<DatasetModel *>(m_sources.get())}) {
        model->setLanguage(context.dataLanguage);
        model->setDataset(context.dataset);
    }
    m_filtered->setSourceModel(m_records.get());
    m_filtered->setFilter(context.filter);
    m_chart = makeChart(m_filtered.get());
    m_chart->setSourceModel(m_sources.get());
    m_chart->setFontScale(context.fontScale);
    m_chart->setHiddenGroups(context.hiddenSeries.value(viewKey));
}

ChartExportSource::~ChartExportSource() = default;

void ChartExportSource::paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme)
{
    m_chart->paint(painter, rect, theme);
}

CsvRows ChartExportSource::csvRows()
{
    m_chart->ensureUpToDate();
    return m_chart->csvRows();
}

QString ChartExportSource::altText()
{
    m_chart->ensureUpToDate();
    return m_chart->altText();
}

QString ChartExportSource::longDescription()
{
    m_chart->ensureUpToDate();
    return m_chart->longDescription();
}

QString ChartExportSource::notes()
{
    return m_chart->exportNotes();
}

QStringList ChartExportSource::sourceIds()
{
    m_chart->ensureUpToDate();
    return m_chart->sourceIds();
}

} // namespace pe
