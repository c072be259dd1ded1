#include "models/items/pairingmodel.h"

#include "models/items/roles.h"
#include "models/vocabulary.h"

namespace pe {

int PairingModel::recordCount() const
{
    return int(dataset()->pairings.size());
}

const Pairing *PairingModel::pairing(int row) const
{
    if (!dataset() || row < 0 || row >= recordCount())
        return nullptr;
    return &dataset()->pairings.at(row);
}

QString PairingModel::columnTitle(int column) const
{
    switch (column) {
    case BelarusianSideColumn:
        return tr("Belarusian side");
    case KazakhSideColumn:
        return tr("Kazakh side");
    case LevelColumn:
        return tr("Level");
    case YearColumn:
        return tr("Since");
    case DocumentColumn:
        return tr("Document");
    case AreasColumn:
        return tr("Areas");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QString PairingModel::partyText(const Party &party) const
{
    return text(party.name);
}

QVariant PairingModel::recordData(int row, int column, int role) const
{
    const Pairing &p = dataset()->pairings.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case BelarusianSideColumn:
            return partyText(p.belarusianSide);
        case KazakhSideColumn:
            return partyText(p.kazakhSide);
        case LevelColumn:
            return Vocabulary::label(p.level);
        case YearColumn:
            return p.year ? QVariant(p.year) : QVariant(QStringLiteral("—"));
        case DocumentColumn:
            return Vocabulary::label(p.document);
        case AreasColumn: {
            QStringList areas;
            for (const Area a : p.areas)
                areas.append(Vocabulary::label(a));
            return areas.join(QStringLiteral(", "));
        }
        case SourceColumn:
            return sourceLabel(p.sources);
        }
        return {};
    case Qt::ToolTipRole:
        return text(p.description);
    case IdRole:
        return p.id;
    case YearRole:
        return p.year;
    case DateKeyRole:
        return p.year * 10000;
    case PlacesRole: {
        QStringList places;
        if (!p.belarusianSide.place.isEmpty())
            places.append(p.belarusianSide.place);
        if (!p.kazakhSide.place.isEmpty())
            places.append(p.kazakhSide.place);
        return dataset()->withAncestors(places);
    }
    case SourcesRole:
        return p.sources;
    case SearchTextRole:
        return p.belarusianSide.name.searchable() + QLatin1Char('\n') +
               p.kazakhSide.name.searchable() + QLatin1Char('\n') + p.description.searchable() +
               placesSearchText({p.belarusianSide.place, p.kazakhSide.place});
    case TitleRole:
        return QStringLiteral("%1 — %2").arg(partyText(p.belarusianSide), partyText(p.kazakhSide));
    case TextRole:
        return text(p.description);
    case SupplementaryRole:
        return allSupplementary(p.sources);
    case SortRole:
        return column == YearColumn ? QVariant(p.year) : recordData(row, column, Qt::DisplayRole);
    }
    return {};
}

} // namespace pe
