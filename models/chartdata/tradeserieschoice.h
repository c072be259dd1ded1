#pragma once

#include "models/terms.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pe {

// Which trade lines the turnover chart draws: the journalist's choice, the same in the view,
// the export dialog and `export --series`. By default turnover as each side reports it;
// exports, imports and balance are an explicit choice, never all at once by accident.
struct TradeSeriesChoice
{
    Q_DECLARE_TR_FUNCTIONS(TradeSeriesChoice)

public:
    QList<Indicator> indicators = {Indicator::Turnover};
    QList<Side> sides = {Side::Belarus, Side::Kazakhstan};
    // Both sides, and where both give a year a bar spanning the difference between them.
    bool compareSides = false;

    // A line whose side the book does not state follows its indicator.
    bool shows(Indicator indicator, Side side) const;
    bool operator==(const TradeSeriesChoice &other) const
    {
        return indicators == other.indicators && sides == other.sides &&
               compareSides == other.compareSides;
    }
    bool operator!=(const TradeSeriesChoice &other) const { return !(*this == other); }

    // "turnover", "exports,imports", "turnover-by", "balance-kz": trade indicators, each with
    // an optional reporting side (by, kz); the sides named apply to every indicator, none
    // named means both; "compare" (both sides only) marks where they differ. Empty: the
    // default. On a bad item, nullopt and *error says which
    // item and what is expected.
    static std::optional<TradeSeriesChoice> parse(const QString &list, QString *error = nullptr);
    // The list parse() reads back: "turnover", "exports-by,imports-by".
    QString toString() const;
};

} // namespace pe
