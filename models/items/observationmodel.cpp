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
    if (o.indicator == Indicator::Count)
        return text(o.subject);
    switch (o.scope) {
    case Scope::Region:
        return placeNames(o.places);
    case Scope::Sector:
        return o.sector ? Vocabulary::label(*o.sector) : QString();
    case Scope::Company:
        return text(o.company);
    case Scope::National:
        break;
    }
    return Vocabulary::label(o.scope);
}

Qt::Alignment ObservationModel::columnAlignment(int column) const
{
    // Figures line up on their last digit, their headers above them.
    if (column == ValueColumn || column == YearColumn)
        return Qt::AlignRight | Qt::AlignVCenter;
    return {};
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
            QString label = Vocabulary::indicatorOf(o);
            if (o.status != ObservationStatus::Actual)
                label += QStringLiteral(" (%1)").arg(Vocabulary::label(o.status));
            return label;
        }
        case ValueColumn:
            return Vocabulary::value(o);
        case ScopeColumn:
            return scopeText(o);
        case SideColumn:
            return Vocabulary::label(o.reportingSide);
        case SourceColumn:
            return sourceLabel(o.sources);
        }
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
        return QVariant::fromValue(o.sector ? QList<Sector>{*o.sector} : QList<Sector>());
    case PlacesRole:
        return dataset()->withAncestors(o.places);
    case SourcesRole:
        return o.sources;
    case SearchTextRole:
        return o.note.searchable() + QLatin1Char('\n') + o.subject.searchable() +
               QLatin1Char('\n') + o.company.searchable() + QLatin1Char('\n') + scopeText(o) +
               QLatin1Char('\n') + Vocabulary::indicatorOf(o);
    case TitleRole:
        return QStringLiteral("%1 %2 — %3")
            .arg(Vocabulary::indicatorOf(o))
            .arg(o.year)
            .arg(scopeText(o));
    case TextRole:
        return text(o.note);
    case ValueRole:
        return o.value;
    case IndicatorRole:
        return QVariant::fromValue(o.indicator);
    case UnitRole:
        return QVariant::fromValue(o.unit);
    case QualifierRole:
        return QVariant::fromValue(o.qualifier);
    case StatusRole:
        return QVariant::fromValue(o.status);
    case ReportingSideRole:
        return QVariant::fromValue(o.reportingSide);
    case SupplementaryRole:
        return allSupplementary(o.sources);
    case FullYearRole:
        return o.isFullYear();
    case ScopeRole:
        return QVariant::fromValue(o.scope);
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
