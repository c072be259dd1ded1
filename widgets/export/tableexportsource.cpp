#include "widgets/export/tableexportsource.h"

#include "models/items/datasetmodel.h"
#include "models/items/recordfiltermodel.h"
#include "render/export/exportcontext.h"

#include <QHeaderView>
#include <QPainter>
#include <QTableView>

namespace pe {

TableExportSource::TableExportSource(const ExportContext &context, const QString &viewKey,
                                     std::unique_ptr<DatasetModel> records)
    : m_dataset(context.dataset)
    , m_records(std::move(records))
    , m_filtered(std::make_unique<RecordFilterModel>())
{
    m_records->setLanguage(context.dataLanguage);
    m_records->setDataset(context.dataset);
    m_filtered->setSourceModel(m_records.get());
    m_filtered->setFilter(context.filter);
    if (const auto sort = context.tableSort.find(viewKey); sort != context.tableSort.cend())
        m_filtered->sort(sort->first, sort->second);
}

TableExportSource::~TableExportSource() = default;

void TableExportSource::paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme)
{
    if (!m_view) {
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_filtered.get());
        m_view->setWordWrap(false);
        m_view->verticalHeader()->hide();
        m_view->horizontalHeader()->setStretchLastSection(true);
        m_view->setAttribute(Qt::WA_DontShowOnScreen);
    }
    QPalette palette = m_view->palette();
    palette.setColor(QPalette::Base, theme.background);
    palette.setColor(QPalette::Window, theme.background);
    palette.setColor(QPalette::Text, theme.text);
    palette.setColor(QPalette::WindowText, theme.text);
    m_view->setPalette(palette);
    m_view->setFont(theme.font());
    m_view->resize(rect.size().toSize());
    m_view->resizeColumnsToContents();
    painter->save();
    painter->translate(rect.topLeft());
    m_view->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter->restore();
}

CsvRows TableExportSource::csvRows()
{
    return m_dataset ? Csv::fromModel(*m_filtered, *m_dataset) : CsvRows();
}

QString TableExportSource::altText()
{
    return tr("A table of %n record(s).", nullptr, m_filtered->rowCount());
}

QStringList TableExportSource::sourceIds()
{
    return sourceIdsOfRows(*m_filtered);
}

QString TableExportSource::subtitle()
{
    return tr("%n record(s)", nullptr, m_filtered->rowCount());
}

} // namespace pe
