#include "models/items/placemodel.h"

#include "models/items/roles.h"
#include "models/vocabulary.h"

namespace pe {

int PlaceModel::recordCount() const
{
    return int(dataset()->places.size());
}

QString PlaceModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Place");
    case KindColumn:
        return tr("Kind");
    case CountryColumn:
        return tr("Country");
    case ParentColumn:
        return tr("Within");
    case AltNamesColumn:
        return tr("Other names");
    }
    return {};
}

QVariant PlaceModel::recordData(int row, int column, int role) const
{
    const Place &p = dataset()->places.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return text(p.name);
        case KindColumn:
            return Vocabulary::label(p.kind);
        case CountryColumn:
            return p.country == Side::Belarus ? tr("Belarus") : tr("Kazakhstan");
        case ParentColumn:
            return placeNames(p.parent.isEmpty() ? QStringList() : QStringList{p.parent});
        case AltNamesColumn:
            return p.altNames.join(QStringLiteral(", "));
        }
        return {};
    case IdRole:
        return p.id;
    case PlacesRole:
        return dataset()->withAncestors({p.id});
    case SearchTextRole:
        return p.name.searchable() + QLatin1Char('\n') + p.altNames.join(QLatin1Char('\n'));
    case TitleRole:
        return text(p.name);
    case SortRole:
        return recordData(row, column, Qt::DisplayRole);
    }
    return {};
}

} // namespace pe
