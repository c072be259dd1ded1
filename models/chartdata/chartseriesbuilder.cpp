#include "models/chartdata/chartseriesbuilder.h"

#include "models/items/observationmodel.h"
#include "models/items/roles.h"
#include "models/items/venturemodel.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace pe {

namespace {

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::DisplayRole).toString();
}

bool before(const ChartPoint &a, const ChartPoint &b)
{
    if (a.year != b.year)
        return a.year < b.year;
    if (a.periodEnd != b.periodEnd)
        return a.periodEnd < b.periodEnd;
    return a.id < b.id;
}

// The order in which a line prefers one value of a year over another (see trade()).
bool preferred(const ChartPoint &a, const ChartPoint &b, Side lineSide)
{
    const int sideA = a.side == lineSide ? 0 : 1;
    const int sideB = b.side == lineSide ? 0 : 1;
    if (sideA != sideB)
        return sideA < sideB;
    const int qa = ChartSeriesBuilder::qualifierRank(a.qualifier);
    const int qb = ChartSeriesBuilder::qualifierRank(b.qualifier);
    if (qa != qb)
        return qa < qb;
    const int da = ChartSeriesBuilder::significantDigits(a.value);
    const int db = ChartSeriesBuilder::significantDigits(b.value);
    if (da != db)
        return da > db;
    return a.id < b.id;
}

QList<QList<ChartPoint>> splitIntoRuns(QList<ChartPoint> points)
{
    std::sort(points.begin(), points.end(), before);
    QList<QList<ChartPoint>> runs;
    for (const ChartPoint &p : std::as_const(points)) {
        if (runs.isEmpty() || runs.last().last().year + 1 != p.year)
            runs.append(QList<ChartPoint>());
        runs.last().append(p);
    }
    return runs;
}

} // namespace

QList<ChartPoint> TradeLine::points() const
{
    QList<ChartPoint> all;
    for (const auto &segment : segments)
        all += segment;
    return all;
}

QList<ChartPoint> IndicatorSeries::allPoints() const
{
    QList<ChartPoint> all;
    for (const TradeLine &line : lines)
        all += line.points();
    all += alternatives;
    all += supplementary;
    all += partYear;
    return all;
}

QList<ChartPoint> TradeChartData::allPoints() const
{
    QList<ChartPoint> all;
    for (const IndicatorSeries &series : indicators)
        all += series.allPoints();
    return all;
}

const IndicatorSeries *TradeChartData::indicator(Indicator indicator) const
{
    for (const IndicatorSeries &series : indicators) {
        if (series.indicator == indicator)
            return &series;
    }
    return nullptr;
}

QList<double> AxisScale::ticks() const
{
    QList<double> values;
    if (step <= 0)
        return values;
    const int count = int(std::lround((max - min) / step));
    for (int i = 0; i <= count; ++i)
        values.append(min + i * step);
    return values;
}

QList<Indicator> ChartSeriesBuilder::tradeIndicators()
{
    return {Indicator::Turnover, Indicator::Exports, Indicator::Imports, Indicator::Balance};
}

int ChartSeriesBuilder::qualifierRank(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return 0;
    case Qualifier::Approximate:
        return 1;
    case Qualifier::MoreThan:
    case Qualifier::LessThan:
        break;
    }
    return 2;
}

int ChartSeriesBuilder::significantDigits(double value)
{
    QString digits = QString::number(std::abs(value), 'f', 6);
    digits.remove(QLatin1Char('.'));
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return int(digits.size());
}

ChartPoint ChartSeriesBuilder::readPoint(const QAbstractItemModel *model, int row)
{
    const QModelIndex index = model->index(row, 0);
    ChartPoint p;
    p.id = index.data(IdRole).toString();
    p.year = index.data(YearRole).toInt();
    // DateKeyRole is year·10000 + last month·100: the only place the model gives the month.
    const int dateKey = index.data(DateKeyRole).toInt();
    p.periodEnd = dateKey > 0 ? (dateKey / 100) % 100 : 12;
    p.value = index.data(ValueRole).toDouble();
    p.indicator = roleValue<Indicator>(index, IndicatorRole).value_or(Indicator::Turnover);
    p.side = roleValue<Side>(index, ReportingSideRole).value_or(Side::Unknown);
    p.qualifier = roleValue<Qualifier>(index, QualifierRole).value_or(Qualifier::Exact);
    p.status = roleValue<ObservationStatus>(index, StatusRole).value_or(ObservationStatus::Actual);
    p.sources = index.data(SourcesRole).toStringList();
    p.places = index.data(PlacesRole).toStringList();
    if (!index.data(FullYearRole).toBool()) {
        p.flags |= ChartPoint::PartYear;
        p.period = cell(model, row, ObservationModel::PeriodColumn);
    }
    if (index.data(SupplementaryRole).toBool())
        p.flags |= ChartPoint::Supplementary;
    switch (p.qualifier) {
    case Qualifier::Approximate:
        p.flags |= ChartPoint::Approximate;
        break;
    case Qualifier::MoreThan:
        p.flags |= ChartPoint::LowerBound;
        break;
    case Qualifier::LessThan:
        p.flags |= ChartPoint::UpperBound;
        break;
    case Qualifier::Exact:
        break;
    }
    p.valueText = cell(model, row, ObservationModel::ValueColumn);
    p.indicatorText = cell(model, row, ObservationModel::IndicatorColumn);
    p.sideText = cell(model, row, ObservationModel::SideColumn);
    p.sourceLabel = cell(model, row, ObservationModel::SourceColumn);
    p.scopeText = cell(model, row, ObservationModel::ScopeColumn);
    return p;
}

QList<ChartPoint> ChartSeriesBuilder::tradePoints(const QAbstractItemModel *model,
                                                  const YearWindow &window)
{
    QList<ChartPoint> points;
    if (!model)
        return points;
    const QList<Indicator> indicators = tradeIndicators();
    const int lastShown = window.isValid() ? std::max(window.to, window.extendTo) : 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const std::optional<Indicator> indicator = roleValue<Indicator>(index, IndicatorRole);
        if (roleValue<Scope>(index, ScopeRole) != Scope::National ||
            roleValue<ObservationStatus>(index, StatusRole) != ObservationStatus::Actual ||
            roleValue<Unit>(index, UnitRole) != Unit::UsdMillion || !indicator ||
            !indicators.contains(*indicator))
            continue;
        const int year = index.data(YearRole).toInt();
        if (window.isValid() && (year < window.from || year > lastShown))
            continue;
        points.append(readPoint(model, row));
    }
    std::sort(points.begin(), points.end(), before);
    return points;
}

QHash<Indicator, Side> ChartSeriesBuilder::primarySides(const QList<ChartPoint> &points)
{
    // The side with most book figures: a figure whose side the book does not state joins its
    // line, as it contradicts neither side.
    QHash<Indicator, std::pair<qsizetype, qsizetype>> counts;
    for (const ChartPoint &p : points) {
        if (p.has(ChartPoint::PartYear) || p.has(ChartPoint::Supplementary))
            continue;
        auto &count = counts[p.indicator];
        if (p.side == Side::Belarus)
            ++count.first;
        else if (p.side == Side::Kazakhstan)
            ++count.second;
    }
    QHash<Indicator, Side> primary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto [by, kz] = it.value();
        primary.insert(it.key(), by == 0 && kz == 0 ? Side::Unknown
                                 : by >= kz         ? Side::Belarus
                                                    : Side::Kazakhstan);
    }
    return primary;
}

TradeChartData ChartSeriesBuilder::build(const QList<ChartPoint> &points, int firstYear,
                                         int lastYear, const QHash<Indicator, Side> &primarySide)
{
    TradeChartData data;
    data.firstYear = firstYear;
    data.lastYear = lastYear;
    QSet<int> yearsWithFigure;
    for (const Indicator key : tradeIndicators()) {
        IndicatorSeries series;
        series.indicator = key;
        QList<ChartPoint> book;
        QList<ChartPoint> supplementary;
        for (const ChartPoint &p : points) {
            if (p.indicator != key)
                continue;
            if (p.has(ChartPoint::PartYear))
                series.partYear.append(p);
            else if (p.has(ChartPoint::Supplementary))
                supplementary.append(p);
            else
                book.append(p);
            if (!p.has(ChartPoint::PartYear))
                yearsWithFigure.insert(p.year);
        }

        const Side primary = primarySide.value(key, Side::Unknown);
        QList<Side> sides;
        if (primary == Side::Unknown)
            sides = {Side::Unknown};
        else if (primary == Side::Belarus)
            sides = {Side::Belarus, Side::Kazakhstan};
        else
            sides = {Side::Kazakhstan, Side::Belarus};
        const auto joins = [primary](const ChartPoint &p, Side side) {
            return p.side == side || (side == primary && p.side == Side::Unknown);
        };

        for (const Side side : std::as_const(sides)) {
            QMap<int, QList<ChartPoint>> byYear;
            for (const ChartPoint &p : std::as_const(book)) {
                if (joins(p, side))
                    byYear[p.year].append(p);
            }
            // A supplementary full-year figure of the same side fills a year the book leaves
            // empty: on the line, drawn apart (ChartPoint::Supplementary), not as a stray dot.
            QMap<int, QList<ChartPoint>> fills;
            for (const ChartPoint &p : std::as_const(supplementary)) {
                if (joins(p, side) && !byYear.contains(p.year))
                    fills[p.year].append(p);
            }
            for (auto it = fills.begin(); it != fills.end(); ++it) {
                QList<ChartPoint> candidates = it.value();
                std::sort(candidates.begin(), candidates.end(),
                          [side](const ChartPoint &a, const ChartPoint &b) {
                              return preferred(a, b, side);
                          });
                const ChartPoint fill = candidates.first();
                supplementary.removeIf([&fill](const ChartPoint &p) { return p.id == fill.id; });
                byYear[it.key()].append(fill);
            }
            if (byYear.isEmpty())
                continue;
            QList<ChartPoint> picked;
            for (auto it = byYear.begin(); it != byYear.end(); ++it) {
                QList<ChartPoint> candidates = it.value();
                std::sort(candidates.begin(), candidates.end(),
                          [side](const ChartPoint &a, const ChartPoint &b) {
                              return preferred(a, b, side);
                          });
                picked.append(candidates.takeFirst());
                for (ChartPoint &other : candidates) {
                    other.flags |= ChartPoint::Alternative;
                    series.alternatives.append(other);
                }
            }
            TradeLine line;
            line.indicator = key;
            line.side = side;
            line.segments = splitIntoRuns(picked);
            series.lines.append(line);
        }
        series.supplementary = supplementary;
        std::sort(series.alternatives.begin(), series.alternatives.end(), before);
        std::sort(series.supplementary.begin(), series.supplementary.end(), before);
        std::sort(series.partYear.begin(), series.partYear.end(), before);
        if (!series.isEmpty())
            data.indicators.append(series);
    }
    for (int year = data.firstYear; year && year <= data.lastYear; ++year) {
        if (!yearsWithFigure.contains(year))
            data.gapYears.append(year);
    }
    return data;
}

void ChartSeriesBuilder::findLandmarks(TradeChartData &data)
{
    // Facts of the whole series (the main turnover line's book figures), never of a part a
    // filter leaves: the record is the highest figure, the billion the first year above it.
    const IndicatorSeries *turnover = data.indicator(Indicator::Turnover);
    if (!turnover || turnover->lines.isEmpty())
        return;
    for (const ChartPoint &p : turnover->lines.first().points()) {
        if (p.has(ChartPoint::Supplementary))
            continue;
        if (!data.hasFirstBillion && p.value >= billion && !p.has(ChartPoint::UpperBound)) {
            data.hasFirstBillion = true;
            data.firstBillion = p;
        }
        if (!p.has(ChartPoint::UpperBound) && (!data.hasRecord || p.value > data.record.value)) {
            data.hasRecord = true;
            data.record = p;
        }
    }
}

TradeChartData ChartSeriesBuilder::trade(const QAbstractItemModel *model, const YearWindow &window,
                                         const TradeChartOptions &options)
{
    const QList<ChartPoint> all = tradePoints(model, window);
    int first = window.isValid() ? window.from : 0;
    int last = window.isValid() ? window.to : 0;
    for (const ChartPoint &p : all) {
        // Without a window in the dataset, the years the figures cover; past the window's end
        // (extendTo) only where a figure exists.
        if (!window.isValid())
            first = first ? std::min(first, p.year) : p.year;
        last = std::max(last, p.year);
    }
    const QHash<Indicator, Side> primary = primarySides(all);
    TradeChartData whole = build(all, first, last, primary);
    findLandmarks(whole);

    // What the reader chose to see: years, origin and series. Landmarks stay those of the
    // whole series; a year outside the filter is outside the axis, not a gap.
    const int from = options.fromYear ? std::max(first, options.fromYear) : first;
    const int to = options.toYear ? std::min(last, options.toYear) : last;
    QList<ChartPoint> shown;
    for (const ChartPoint &p : all) {
        if (p.year < from || p.year > to)
            continue;
        if (options.bookOnly && p.has(ChartPoint::Supplementary))
            continue;
        if (options.heldBack.contains(p.id))
            continue;
        if (!options.series.shows(p.indicator, p.side == Side::Unknown
                                                   ? primary.value(p.indicator, Side::Unknown)
                                                   : p.side))
            continue;
        shown.append(p);
    }
    TradeChartData data = from <= to ? build(shown, from, to, primary) : TradeChartData();
    const bool holdingBack = !options.heldBack.isEmpty();
    data.hasRecord = whole.hasRecord && !holdingBack;
    data.record = whole.record;
    data.hasFirstBillion = whole.hasFirstBillion && !holdingBack;
    data.firstBillion = whole.firstBillion;
    return data;
}

QList<RegionalBar> ChartSeriesBuilder::regional(const QAbstractItemModel *model)
{
    QList<RegionalBar> bars;
    if (!model)
        return bars;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (roleValue<Scope>(index, ScopeRole) != Scope::Region ||
            roleValue<Unit>(index, UnitRole) != Unit::UsdMillion)
            continue;
        RegionalBar bar;
        bar.point = readPoint(model, row);
        bar.label = tr("%1 — %2, %3", "region — indicator, year")
                        .arg(bar.point.scopeText, bar.point.indicatorText)
                        .arg(bar.point.year);
        if (!bar.point.period.isEmpty())
            bar.label = tr("%1, %2", "label, part of the year").arg(bar.label, bar.point.period);
        bars.append(bar);
    }
    std::stable_sort(bars.begin(), bars.end(), [](const RegionalBar &a, const RegionalBar &b) {
        if (a.point.value != b.point.value)
            return a.point.value > b.point.value;
        return a.point.id < b.point.id;
    });
    return bars;
}

QList<VentureOutput> ChartSeriesBuilder::ventureOutput(const QAbstractItemModel *model)
{
    QList<VentureOutput> ventures;
    if (!model)
        return ventures;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        VentureOutput venture;
        venture.id = index.data(IdRole).toString();
        venture.name = index.data(TitleRole).toString();
        venture.sourceLabel = cell(model, row, VentureModel::SourceColumn);
        const QVariantList milestones = index.data(MilestonesRole).toList();
        for (const QVariant &entry : milestones) {
            const QVariantMap map = entry.toMap();
            const QVariant units = map.value(QStringLiteral("units"));
            if (!units.isValid())
                continue;
            VentureMilestonePoint m;
            m.year = map.value(QStringLiteral("year")).toInt();
            m.units = units.toDouble();
            m.text = map.value(QStringLiteral("text")).toString();
            m.sources = map.value(QStringLiteral("sources")).toStringList();
            if (m.sources.isEmpty())
                m.sources = index.data(SourcesRole).toStringList();
            venture.milestones.append(m);
        }
        std::stable_sort(venture.milestones.begin(), venture.milestones.end(),
                         [](const VentureMilestonePoint &a, const VentureMilestonePoint &b) {
                             return a.year < b.year;
                         });
        if (!venture.milestones.isEmpty())
            ventures.append(venture);
    }
    return ventures;
}

AxisScale ChartSeriesBuilder::niceScale(double min, double max, int maxTicks)
{
    AxisScale scale;
    if (!std::isfinite(min) || !std::isfinite(max))
        return scale;
    min = std::min(min, 0.0); // amounts are read against zero
    if (max <= min)
        max = min + 1;
    const double rough = (max - min) / std::max(1, maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (rough <= factor * magnitude) {
            step = factor * magnitude;
            break;
        }
    }
    scale.step = step;
    scale.min = std::floor(min / step) * step;
    scale.max = std::ceil(max / step) * step;
    if (scale.max <= max) // keep a little room above the highest point for its marker
        scale.max += step;
    return scale;
}

} // namespace pe
