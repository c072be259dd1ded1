#pragma once

#include <QList>
#include <QStandardItemModel>
#include <QString>

#include <memory>

namespace pe::test {

// A plain model answering the roles the timeline reads, for shapes the fixtures lack
// (a crowded year, thousands of events).
struct SyntheticEvent
{
    QString id;
    int dateKey;
    QString category;
    QString title;
};

std::unique_ptr<QStandardItemModel> syntheticModel(const QList<SyntheticEvent> &events);

// count events spread over one year, a fortnight apart at most.
QList<SyntheticEvent> crowdedYear(int year, int count, const QString &category);

// count events over 1992–2022 in the eight categories, mostly dated to the day; the same
// seed gives the same events.
QList<SyntheticEvent> randomEvents(int count, quint32 seed);

} // namespace pe::test
