#pragma once

#include "render/export/exportsource.h"

#include <functional>
#include <memory>

class QAbstractItemModel;

namespace pe {

class DataChartView;
class DatasetModel;
class RecordFilterModel;
class SourceModel;
struct ExportContext;

// A chart built for one export: its own record model, filter and chart, never shown, so
// what the window shows (its selection, its size) stays out of the file.
class ChartExportSource : public ExportSource
{
public:
    using ChartFactory = std::function<std::unique_ptr<DataChartView>(QAbstractItemModel *records)>;

    // records: an empty model of the kind the chart reads (ObservationModel, VentureModel);
    // viewKey names the view in ExportContext::hiddenSeries.
    ChartExportSource(const ExportContext &context, const QString &viewKey,
                      std::unique_ptr<DatasetModel> records, const ChartFactory &makeChart);
    ~ChartExportSource() override;

    void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme) override;
    CsvRows csvRows() override;
    QString altText() override;
    QString longDescription() override;
    QStringList sourceIds() override;
    QString subtitle() override { return {}; }
    QString notes() override;

    DataChartView *chart() const { return m_chart.get(); }

private:
    std::unique_ptr<DatasetModel> m_records;
    std::unique_ptr<SourceModel> m_sources;
    std::unique_ptr<RecordFilterModel> m_filtered;
    std::unique_ptr<DataChartView> m_chart; // last: goes first, before the models it watches
};

} // namespace pe
