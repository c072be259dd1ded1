#include "models/items/venturemodel.h"

#include "models/items/roles.h"
#include "models/vocabulary.h"

namespace pe {

int VentureModel::recordCount() const
{
    return int(dataset()->ventures.size());
}

const Venture *VentureModel::venture(int row) const
{
    if (!dataset() || row < 0 || row >= recordCount())
        return nullptr;
    return &dataset()->ventures.at(row);
}

QString VentureModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Venture");
    case SectorColumn:
        return tr("Sector");
    case PlaceColumn:
        return tr("Place");
    case StartColumn:
        return tr("Since");
    case StatusColumn:
        return tr("Status");
    case BelarusianPartnersColumn:
        return tr("Belarusian partners");
    case KazakhPartnersColumn:
        return tr("Kazakh partners");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QVariant VentureModel::recordData(int row, int column, int role) const
{
    const Venture &v = dataset()->ventures.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return text(v.name);
        case SectorColumn:
            return Vocabulary::label(v.sector);
        case PlaceColumn:
            return placeNames(v.places);
        case StartColumn:
            return v.startYear ? QVariant(v.startYear) : QVariant(QStringLiteral("—"));
        case StatusColumn:
            return Vocabulary::label(v.status);
        case BelarusianPartnersColumn:
            return joined(v.belarusianPartners);
        case KazakhPartnersColumn:
            return joined(v.kazakhPartners);
        case SourceColumn:
            return sourceLabel(v.sources);
        }
        return {};
    case Qt::ToolTipRole:
        return text(v.description);
    case IdRole:
        return v.id;
    case YearRole:
        return v.startYear;
    case DateKeyRole:
        return v.startYear * 10000;
    case SectorRole:
        return QVariant::fromValue(QList<Sector>{v.sector});
    case PlacesRole: // where it is, and where its partners are
        return dataset()->withAncestors(v.places + v.partnerPlaces);
    case SourcesRole:
        return v.sources;
    case SearchTextRole: {
        QString all = v.name.searchable() + QLatin1Char('\n') + v.description.searchable() +
                      QLatin1Char('\n') + v.products.searchable();
        for (const auto &partner : v.belarusianPartners + v.kazakhPartners)
            all += QLatin1Char('\n') + partner.searchable();
        return all + placesSearchText(v.places);
    }
    case TitleRole:
        return text(v.name);
    case TextRole:
        return text(v.description);
    case StatusRole:
        return QVariant::fromValue(v.status);
    case SupplementaryRole:
        return allSupplementary(v.sources);
    case MilestonesRole: {
        // Plain maps so that views read milestones through the model API; a figure the
        // book does not give is left out of the map rather than reported as 0.
        QVariantList milestones;
        for (const Milestone &m : v.milestones) {
            QVariantMap entry;
            entry.insert(QStringLiteral("year"), m.year);
            if (m.units)
                entry.insert(QStringLiteral("units"), *m.units);
            if (m.valueUsdM)
                entry.insert(QStringLiteral("valueUsdM"), *m.valueUsdM);
            if (m.jobs)
                entry.insert(QStringLiteral("jobs"), *m.jobs);
            entry.insert(QStringLiteral("text"), text(m.description));
            entry.insert(QStringLiteral("sources"), m.sources.isEmpty() ? v.sources : m.sources);
            milestones.append(entry);
        }
        return milestones;
    }
    case SortRole:
        return column == StartColumn ? QVariant(v.startYear)
                                     : recordData(row, column, Qt::DisplayRole);
    }
    return {};
}

} // namespace pe
