#pragma once

#include "render/export/exportsource.h"

#include <QCoreApplication>

#include <memory>

namespace pe {

class EventModel;
class RecordFilterModel;
class TimelineView;
struct ExportContext;

// The timeline built for one export: the filtered events over the visible years the reader
// chose (or all of them), without the window's selection.
class TimelineExportSource : public ExportSource
{
    Q_DECLARE_TR_FUNCTIONS(TimelineExportSource)

public:
    explicit TimelineExportSource(const ExportContext &context);
    ~TimelineExportSource() override;

    void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme) override;
    CsvRows csvRows() override;
    QString altText() override;
    QStringList sourceIds() override;
    QString subtitle() override;

private:
    std::shared_ptr<const class Dataset> m_dataset;
    std::unique_ptr<EventModel> m_events;
    std::unique_ptr<RecordFilterModel> m_filtered;
    std::unique_ptr<TimelineView> m_view;
};

} // namespace pe
