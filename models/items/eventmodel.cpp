#include "models/items/eventmodel.h"

#include "models/localedates.h"

#include "models/items/roles.h"
#include "models/vocabulary.h"

#include <QDate>
#include <QLocale>

namespace pe {

int EventModel::recordCount() const
{
    return int(dataset()->events.size());
}

const Event *EventModel::eventAt(int row) const
{
    if (!dataset() || row < 0 || row >= recordCount())
        return nullptr;
    return &dataset()->events.at(row);
}

QString EventModel::formatDate(const Event &event)
{
    switch (event.precision) {
    case Event::Precision::Day:
        return LocaleDates::day(QDate(event.year, event.month, event.day));
    case Event::Precision::Month:
        return LocaleDates::month(event.year, event.month);
    case Event::Precision::Year:
        break;
    }
    return QString::number(event.year);
}

QString EventModel::columnTitle(int column) const
{
    switch (column) {
    case DateColumn:
        return tr("Date");
    case CategoryColumn:
        return tr("Category");
    case TitleColumn:
        return tr("Event");
    case PlacesColumn:
        return tr("Places");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QVariant EventModel::recordData(int row, int column, int role) const
{
    const Event &e = dataset()->events.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return formatDate(e);
        case CategoryColumn:
            return Vocabulary::label(e.category);
        case TitleColumn:
            return text(e.title);
        case PlacesColumn:
            return placeNames(e.places);
        case SourceColumn:
            return sourceLabel(e.sources);
        }
        return {};
    case Qt::ToolTipRole:
        return text(e.text);
    case IdRole:
        return e.id;
    case YearRole:
        return e.year;
    case DateKeyRole:
        return e.sortKey();
    case CategoryRole:
        return QVariant::fromValue(e.category);
    case SectorRole: {
        QList<Sector> sectors;
        for (const QString &id : e.ventures) {
            if (const Venture *v = dataset()->venture(id); v && !sectors.contains(v->sector))
                sectors.append(v->sector);
        }
        return QVariant::fromValue(sectors);
    }
    case PlacesRole:
        return dataset()->withAncestors(e.places);
    case SourcesRole:
        return e.sources;
    case SearchTextRole: {
        QString all = e.title.searchable() + QLatin1Char('\n') + e.text.searchable();
        for (const LocalizedText &actor : e.actors)
            all += QLatin1Char('\n') + actor.searchable();
        return all + placesSearchText(e.places);
    }
    case TitleRole:
        return text(e.title);
    case TextRole:
        return text(e.text);
    case SupplementaryRole:
        return allSupplementary(e.sources);
    case LinkedIdsRole:
        return e.ventures + e.pairings + e.observations;
    case SortRole:
        return column == DateColumn ? QVariant(e.sortKey())
                                    : recordData(row, column, Qt::DisplayRole);
    }
    return {};
}

} // namespace pe
