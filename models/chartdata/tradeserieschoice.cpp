#include "models/chartdata/tradeserieschoice.h"

#include "models/chartdata/chartseriesbuilder.h"

#include <QStringList>

namespace pe {

namespace {

QString sideKey(Side side)
{
    return QString(keyOf(side)).toLower();
}

} // namespace

bool TradeSeriesChoice::shows(Indicator indicator, Side side) const
{
    return indicators.contains(indicator) && (side == Side::Unknown || sides.contains(side));
}

std::optional<TradeSeriesChoice> TradeSeriesChoice::parse(const QString &list, QString *error)
{
    TradeSeriesChoice choice;
    if (list.trimmed().isEmpty())
        return choice;
    const QList<Indicator> trade = ChartSeriesBuilder::tradeIndicators();
    QStringList expected = keysOf(trade);
    for (const Indicator indicator : trade) {
        for (const Side side : {Side::Belarus, Side::Kazakhstan})
            expected.append(QString(keyOf(indicator)) + QLatin1Char('-') + sideKey(side));
    }
    QList<Indicator> indicators;
    QList<Side> sides;
    expected.append(QStringLiteral("compare"));
    bool compare = false;
    for (const QString &raw : list.split(QLatin1Char(','))) {
        const QString item = raw.trimmed().toLower();
        if (item == QLatin1String("compare")) {
            compare = true;
            continue;
        }
        const qsizetype dash = item.lastIndexOf(QLatin1Char('-'));
        std::optional<Indicator> indicator = fromKey<Indicator>(item);
        std::optional<Side> side;
        if (!indicator && dash > 0) {
            indicator = fromKey<Indicator>(QStringView(item).left(dash));
            const QStringView sidePart = QStringView(item).mid(dash + 1);
            for (const Side s : {Side::Belarus, Side::Kazakhstan}) {
                if (sidePart == sideKey(s))
                    side = s;
            }
            if (!side)
                indicator.reset();
        }
        if (!indicator || !trade.contains(*indicator)) {
            if (error)
                *error = tr("unknown series \"%1\": expected a comma-separated list of %2")
                             .arg(raw.trimmed(), expected.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!indicators.contains(*indicator))
            indicators.append(*indicator);
        if (side && !sides.contains(*side))
            sides.append(*side);
    }
    if (indicators.isEmpty())
        indicators = choice.indicators;
    // A comparison needs both sides.
    choice.compareSides = compare && sides.size() != 1;
    // In the order the chart and its legend always use, whatever order was typed.
    choice.indicators.clear();
    for (const Indicator indicator : trade) {
        if (indicators.contains(indicator))
            choice.indicators.append(indicator);
    }
    if (!sides.isEmpty()) {
        choice.sides.clear();
        for (const Side side : {Side::Belarus, Side::Kazakhstan}) {
            if (sides.contains(side))
                choice.sides.append(side);
        }
    }
    return choice;
}

QString TradeSeriesChoice::toString() const
{
    const bool bothSides = sides.contains(Side::Belarus) && sides.contains(Side::Kazakhstan);
    QStringList items;
    for (const Indicator indicator : indicators) {
        if (bothSides) {
            items.append(keyOf(indicator));
            continue;
        }
        for (const Side side : sides)
            items.append(QString(keyOf(indicator)) + QLatin1Char('-') + sideKey(side));
    }
    if (compareSides)
        items.append(QStringLiteral("compare"));
    return items.join(QLatin1Char(','));
}

} // namespace pe
