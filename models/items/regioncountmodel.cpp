#include "models/items/regioncountmodel.h"

#include "models/items/roles.h"

#include <QCollator>

namespace pe {

RegionCountModel::RegionCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RegionCountModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    recount();
}

void RegionCountModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &RegionCountModel::recount);
        connect(model, &QAbstractItemModel::layoutChanged, this, &RegionCountModel::recount);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RegionCountModel::recount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RegionCountModel::recount);
    }
    recount();
}

void RegionCountModel::setLanguage(const QString &language)
{
    m_language = language;
    recount();
}

void RegionCountModel::recount()
{
    QHash<QString, int> counts;
    if (m_source && m_dataset) {
        for (int row = 0; row < m_source->rowCount(); ++row) {
            const QStringList places = m_source->index(row, 0).data(PlacesRole).toStringList();
            QStringList regions;
            for (const QString &id : places) {
                const Place *p = m_dataset->place(id);
                if (p && p->kind == PlaceKind::Region)
                    regions.append(id);
            }
            if (regions.isEmpty()) {
                for (const QString &id : places) {
                    const Place *p = m_dataset->place(id);
                    if (p && p->kind == PlaceKind::Country)
                        regions.append(id);
                }
            }
            for (const QString &id : std::as_const(regions))
                ++counts[id];
        }
    }
    QList<Row> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({it.key(), it.value()});
    QCollator collator;
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return collator.compare(a.placeId, b.placeId) < 0;
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RegionCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegionCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Place *place = m_dataset ? m_dataset->place(row.placeId) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RegionColumn:
            return place ? place->name.text(m_language) : row.placeId;
        case CountryColumn:
            return place && place->country == Side::Belarus ? tr("Belarus") : tr("Kazakhstan");
        case CountColumn:
            return row.count;
        }
        return {};
    case Qt::TextAlignmentRole:
        return alignmentOf(index.column());
    case IdRole:
        return row.placeId;
    case ValueRole:
        return row.count;
    }
    return {};
}

// Counts line up on their last digit, their header above them.
QVariant RegionCountModel::alignmentOf(int column)
{
    return column == CountColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant();
}

QVariant RegionCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return alignmentOf(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegionColumn:
        return tr("Region");
    case CountryColumn:
        return tr("Country");
    case CountColumn:
        return tr("Partnerships");
    }
    return {};
}

void RegionCountModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RegionCountModel::countFor(const QString &placeId) const
{
    for (const Row &row : m_rows) {
        if (row.placeId == placeId)
            return row.count;
    }
    return 0;
}

} // namespace pe
