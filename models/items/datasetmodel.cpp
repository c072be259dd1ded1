#include "models/items/datasetmodel.h"

#include "models/items/roles.h"
#include "models/provenance.h"

namespace pe {

DatasetModel::DatasetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DatasetModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_rowOfId.clear();
    endResetModel();
}

void DatasetModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int DatasetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : recordCount();
}

int DatasetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant DatasetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignmentOf(index.column());
    return recordData(index.row(), index.column(), role);
}

QVariant DatasetModel::alignmentOf(int column) const
{
    const Qt::Alignment alignment = columnAlignment(column);
    return alignment ? QVariant::fromValue(alignment) : QVariant();
}

QVariant DatasetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < columns()) {
        if (role == Qt::DisplayRole)
            return columnTitle(section);
        if (role == Qt::TextAlignmentRole)
            return alignmentOf(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> DatasetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(YearRole, "year");
    names.insert(DateKeyRole, "dateKey");
    names.insert(CategoryRole, "category");
    names.insert(SectorRole, "sector");
    names.insert(PlacesRole, "places");
    names.insert(SourcesRole, "sources");
    names.insert(SearchTextRole, "searchText");
    names.insert(TitleRole, "title");
    names.insert(TextRole, "text");
    names.insert(ValueRole, "value");
    names.insert(IndicatorRole, "indicator");
    names.insert(UnitRole, "unit");
    names.insert(QualifierRole, "qualifier");
    names.insert(StatusRole, "status");
    names.insert(ReportingSideRole, "reportingSide");
    names.insert(SupplementaryRole, "supplementary");
    names.insert(FullYearRole, "fullYear");
    names.insert(ScopeRole, "scope");
    names.insert(LinkedIdsRole, "linkedIds");
    names.insert(SortRole, "sort");
    names.insert(MilestonesRole, "milestones");
    return names;
}

int DatasetModel::rowOfId(const QString &id) const
{
    // Built on first use after a reset: asked once per filter change, at any dataset size.
    if (m_rowOfId.isEmpty() && rowCount() > 0) {
        m_rowOfId.reserve(rowCount());
        for (int row = 0; row < rowCount(); ++row)
            m_rowOfId.insert(recordData(row, 0, IdRole).toString(), row);
    }
    return m_rowOfId.value(id, -1);
}

QString DatasetModel::placeNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        const Place *place = m_dataset ? m_dataset->place(id) : nullptr;
        names.append(place ? text(place->name) : id);
    }
    return names.join(QStringLiteral(", "));
}

QString DatasetModel::placesSearchText(const QStringList &ids) const
{
    QString text;
    for (const QString &id : ids) {
        if (const Place *p = m_dataset ? m_dataset->place(id) : nullptr)
            text += QLatin1Char('\n') + p->name.searchable() + QLatin1Char('\n') +
                    p->altNames.join(QLatin1Char(' '));
    }
    return text;
}

QString DatasetModel::sourceLabel(const QStringList &ids) const
{
    QStringList footnotes;
    bool supplementary = false;
    for (const QString &id : ids) {
        const Source *source = m_dataset ? m_dataset->source(id) : nullptr;
        if (!source)
            continue;
        if (source->kind == Source::Kind::Book)
            footnotes.append(QString::number(source->footnote));
        else
            supplementary = true;
    }
    QStringList parts;
    if (!footnotes.isEmpty())
        parts.append(tr("note %1", "book footnote(s)", int(footnotes.size()))
                         .arg(footnotes.join(QStringLiteral(", "))));
    if (supplementary)
        parts.append(tr("supplementary"));
    return parts.join(QStringLiteral("; "));
}

bool DatasetModel::allSupplementary(const QStringList &sourceIds) const
{
    return m_dataset && isSupplementary(*m_dataset, sourceIds);
}

QString DatasetModel::joined(const QList<LocalizedText> &texts) const
{
    QStringList parts;
    for (const LocalizedText &t : texts)
        parts.append(text(t));
    return parts.join(QStringLiteral("; "));
}

void DatasetModel::retranslate(const QString &dataLanguage)
{
    m_language = dataLanguage;
    if (columns() == 0)
        return;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
}

} // namespace pe
