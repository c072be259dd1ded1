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

const QString usdMillion = QStringLiteral("usd-million");

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
bool preferred(const ChartPoint &a, const ChartPoint &b, const QString &lineSide)
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

const IndicatorSeries *TradeChartData::indicator(const QString &key) const
{
    for (const IndicatorSeries &series : indicators) {
        if (series.indicator == key)
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

QStringList ChartSeriesBuilder::tradeIndicators()
{
    return {QStringLiteral("turnover"), QStringLiteral("exports"), QStringLiteral("imports"),
            QStringLiteral("balance")};
}

int ChartSeriesBuilder::qualifierRank(const QString &qualifier)
{
    if (qualifier.isEmpty() || qualifier == QLatin1String("exact"))
        return 0;
    if (qualifier == QLatin1String("approx"))
        return 1;
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
    p.indicator = index.data(IndicatorRole).toString();
    p.side = index.data(ReportingSideRole).toString();
    p.qualifier = index.data(QualifierRole).toString();
    p.status = index.data(StatusRole).toString();
    p.sources = index.data(SourcesRole).toStringList();
    p.places = index.data(PlacesRole).toStringList();
    if (!index.data(FullYearRole).toBool()) {
        p.flags |= ChartPoint::PartYear;
        p.period = cell(model, row, ObservationModel::PeriodColumn);
    }
    if (index.data(SupplementaryRole).toBool())
        p.flags |= ChartPoint::Supplementary;
    if (p.qualifier == QLatin1String("approx"))
        p.flags |= ChartPoint::Approximate;
    else if (p.qualifier == QLatin1String("more-than"))
        p.flags |= ChartPoint::LowerBound;
    else if (p.qualifier == QLatin1String("less-than"))
        p.flags |= ChartPoint::UpperBound;
    p.valueText = cell(model, row, ObservationModel::ValueColumn);
    p.indicatorText = cell(model, row, ObservationModel::IndicatorColumn);
    p.sideText = cell(model, row, ObservationModel::SideColumn);
    p.sourceLabel = cell(model, row, ObservationModel::SourceColumn);
    p.scopeText = cell(model, row, ObservationModel::ScopeColumn);
    return p;
}

TradeChartData ChartSeriesBuilder::trade(const QAbstractItemModel *model, const YearWindow &window)
{
    TradeChartData data;
    data.firstYear = window.isValid() ? window.from : 0;
    data.lastYear = window.isValid() ? window.to : 0;
    const int lastShown = window.isValid() ? std::max(window.to, window.extendTo) : 0;
    if (!model)
        return data;

    const QStringList indicators = tradeIndicators();
    QList<ChartPoint> points;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ScopeRole).toString() != QLatin1String("national") ||
            index.data(StatusRole).toString() != QLatin1String("actual") ||
            index.data(UnitRole).toString() != usdMillion ||
            !indicators.contains(index.data(IndicatorRole).toString()))
            continue;
        const int year = index.data(YearRole).toInt();
        if (window.isValid()) {
            if (year < window.from || year > lastShown)
                continue;
            data.lastYear = std::max(data.lastYear, year);
        } else {
            // No window in the dataset: the years the figures cover.
            data.firstYear = data.firstYear ? std::min(data.firstYear, year) : year;
            data.lastYear = std::max(data.lastYear, year);
        }
        points.append(readPoint(model, row));
    }

    QSet<int> yearsWithFigure;
    for (const QString &key : indicators) {
        IndicatorSeries series;
        series.indicator = key;
        QList<ChartPoint> book;
        for (const ChartPoint &p : std::as_const(points)) {
            if (p.indicator != key)
                continue;
            if (p.has(ChartPoint::PartYear))
                series.partYear.append(p);
            else if (p.has(ChartPoint::Supplementary))
                series.supplementary.append(p);
            else
                book.append(p);
            if (!p.has(ChartPoint::PartYear))
                yearsWithFigure.insert(p.year);
        }

        // One line per reporting side. Figures whose side the book does not state join the
        // line of the side with most figures: they contradict neither side, and the tooltip
        // still says "side not stated".
        const auto count = [&book](const QString &side) {
            return std::count_if(book.cbegin(), book.cend(),
                                 [&side](const ChartPoint &p) { return p.side == side; });
        };
        const qsizetype by = count(QStringLiteral("BY"));
        const qsizetype kz = count(QStringLiteral("KZ"));
        QStringList sides;
        if (by == 0 && kz == 0)
            sides = {QStringLiteral("unknown")};
        else if (by >= kz)
            sides = {QStringLiteral("BY"), QStringLiteral("KZ")};
        else
            sides = {QStringLiteral("KZ"), QStringLiteral("BY")};
        const QString primary = sides.first();

        for (const QString &side : std::as_const(sides)) {
            QMap<int, QList<ChartPoint>> byYear;
            for (const ChartPoint &p : std::as_const(book)) {
                const bool joins =
                    p.side == side || (side == primary && p.side != QLatin1String("BY") &&
                                       p.side != QLatin1String("KZ"));
                if (joins)
                    byYear[p.year].append(p);
            }
            if (byYear.isEmpty())
                continue;
            QList<ChartPoint> picked;
            for (auto it = byYear.begin(); it != byYear.end(); ++it) {
                QList<ChartPoint> candidates = it.value();
                std::sort(candidates.begin(), candidates.end(),
                          [&side](const ChartPoint &a, const ChartPoint &b) {
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
        std::sort(series.alternatives.begin(), series.alternatives.end(), before);
        std::sort(series.supplementary.begin(), series.supplementary.end(), before);
        std::sort(series.partYear.begin(), series.partYear.end(), before);
        if (!series.isEmpty())
            data.indicators.append(series);
    }

    for (int year = data.firstYear; year <= data.lastYear; ++year) {
        if (!yearsWithFigure.contains(year))
            data.gapYears.append(year);
    }

    // Landmarks from the main turnover line.
    if (const IndicatorSeries *turnover = data.indicator(QStringLiteral("turnover"))) {
        if (!turnover->lines.isEmpty()) {
            const QList<ChartPoint> line = turnover->lines.first().points();
            int billionYear = 0;
            for (const ChartPoint &p : line) {
                if (p.value >= billion && !p.has(ChartPoint::UpperBound)) {
                    data.hasFirstBillion = true;
                    data.firstBillion = p;
                    billionYear = p.year;
                    break;
                }
            }
            for (const ChartPoint &p : line) {
                if (billionYear && p.year >= billionYear)
                    break;
                if (!data.hasRecord || p.value > data.record.value) {
                    data.hasRecord = true;
                    data.record = p;
                }
            }
        }
    }
    return data;
}

QList<RegionalBar> ChartSeriesBuilder::regional(const QAbstractItemModel *model)
{
    QList<RegionalBar> bars;
    if (!model)
        return bars;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ScopeRole).toString() != QLatin1String("region") ||
            index.data(UnitRole).toString() != usdMillion)
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
