#pragma once

#include "render/export/exportsource.h"

#include <QCoreApplication>

#include <memory>

class QTableView;

namespace pe {

class Dataset;
class DatasetModel;
class RecordFilterModel;
struct ExportContext;

// A table (pairings, ventures, sources) built for one export: every row the filters let
// through, with every column as shown, in the reader's sort order.
class TableExportSource : public ExportSource
{
    Q_DECLARE_TR_FUNCTIONS(TableExportSource)

public:
    // records: an empty model of the table's kind; viewKey names the view in
    // ExportContext::tableSort.
    TableExportSource(const ExportContext &context, const QString &viewKey,
                      std::unique_ptr<DatasetModel> records);
    ~TableExportSource() override;

    // The table as a list view draws it (for `screenshot`; tables export as CSV).
    void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme) override;
    CsvRows csvRows() override;
    QString altText() override;
    QStringList sourceIds() override;
    QString subtitle() override;

private:
    std::shared_ptr<const Dataset> m_dataset;
    std::unique_ptr<DatasetModel> m_records;
    std::unique_ptr<RecordFilterModel> m_filtered;
    std::unique_ptr<QTableView> m_view;
};

} // namespace pe
