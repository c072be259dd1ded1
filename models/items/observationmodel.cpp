#include "models/items/observationmodel.h"

#include "models/items/roles.h"
#include "models/vocabulary.h"

namespace pe {

int ObservationModel::recordCount() const
{
    return int(dataset()->observations.size());
}

const Observation *ObservationModel::observation(int row) const
{
    if (!dataset() || row < 0 || row >= recordCount())
        return nullptr;
    return &dataset()->observations.at(row);
}

QString ObservationModel::columnTitle(int column) const
{
    switch (column) {
    case YearColumn:
        return tr("Year");
    case PeriodColumn:
        return tr("Period");
    case IndicatorColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case ScopeColumn:
        return tr("Scope");
    case SideColumn:
        return tr("Reported by");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QString ObservationModel::scopeText(const Observation &o) const
{
    if (o.indicator == QLatin1String("count"))
        return text(o.subject);
    if (o.scope == QLatin1String("region"))
        return placeNames(o.places);
    if (o.scope == QLatin1String("sector"))
        return Vocabulary::sector(o.sector);
    if (o.scope == QLatin1String("company"))
        return text(o.company);
    return Vocabulary::scope(o.scope);
}

QVariant ObservationModel::recordData(int row, int column, int role) const
{
    const Observation &o = dataset()->observations.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case YearColumn:
            return o.year;
        case PeriodColumn:
            return o.isFullYear() ? tr("full year")
                                  : Vocabulary::period(o.periodStart, o.periodEnd);
        case IndicatorColumn: {
            QString label = Vocabulary::indicator(o.indicator);
            if (o.status != QLatin1String("actual"))
                label += QStringLiteral(" (%1)").arg(Vocabulary::observationStatus(o.status));
            return label;
        }
        case ValueColumn:
            return Vocabulary::value(o);
        case ScopeColumn:
            return scopeText(o);
        case SideColumn:
            return Vocabulary::side(o.reportingSide);
        case SourceColumn:
            return sourceLabel(o.sources);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ValueColumn || column == YearColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return text(o.note);
    case IdRole:
        return o.id;
    case YearRole:
        return o.year;
    case DateKeyRole:
        return o.year * 10000 + o.periodEnd * 100;
    case SectorRole:
        return o.sector.isEmpty() ? QStringList() : QStringList{o.sector};
    case PlacesRole:
        return dataset()->withAncestors(o.places);
    case SourcesRole:
        return o.sources;
    case SearchTextRole:
        return o.note.searchable() + QLatin1Char('\n') + o.subject.searchable() +
               QLatin1Char('\n') + o.company.searchable() + QLatin1Char('\n') + scopeText(o) +
               QLatin1Char('\n') + Vocabulary::indicator(o.indicator);
    case TitleRole:
        return QStringLiteral("%1 %2 — %3")
            .arg(Vocabulary::indicator(o.indicator))
            .arg(o.year)
            .arg(scopeText(o));
    case TextRole:
        return text(o.note);
    case ValueRole:
        return o.value;
    case IndicatorRole:
        return o.indicator;
    case UnitRole:
        return o.unit;
    case QualifierRole:
        return o.qualifier;
    case StatusRole:
        return o.status;
    case ReportingSideRole:
        return o.reportingSide;
    case SupplementaryRole:
        return allSupplementary(o.sources);
    case FullYearRole:
        return o.isFullYear();
    case ScopeRole:
        return o.scope;
    case LinkedIdsRole:
        return o.conflictsWith;
    case SortRole:
        switch (column) {
        case YearColumn:
            return o.year * 100 + o.periodEnd;
        case ValueColumn:
            return o.value;
        default:
            return recordData(row, column, Qt::DisplayRole);
        }
    }
    return {};
}

} // namespace pe
