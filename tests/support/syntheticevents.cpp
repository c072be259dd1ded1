#include "tests/support/syntheticevents.h"

#include "models/items/roles.h"
#include "models/terms.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

namespace pe::test {

std::unique_ptr<QStandardItemModel> syntheticModel(const QList<SyntheticEvent> &events)
{
    auto model = std::make_unique<QStandardItemModel>(0, 1);
    for (const SyntheticEvent &e : events) {
        auto *item = new QStandardItem;
        item->setData(e.id, IdRole);
        item->setData(e.dateKey, DateKeyRole);
        item->setData(e.dateKey / 10000, YearRole);
        item->setData(QVariant::fromValue(fromKey<Category>(e.category).value()), CategoryRole);
        item->setData(e.title, TitleRole);
        item->setData(QString::number(e.dateKey), Qt::DisplayRole);
        model->appendRow(item);
    }
    return model;
}

QList<SyntheticEvent> crowdedYear(int year, int count, const QString &category)
{
    QList<SyntheticEvent> events;
    const QDate start(year, 1, 10);
    for (int i = 0; i < count; ++i) {
        const QDate date = start.addDays(i * 340 / count);
        events.append({QStringLiteral("%1-%2").arg(category).arg(i),
                       date.year() * 10000 + date.month() * 100 + date.day(), category,
                       QStringLiteral("Event %1 of the crowded year").arg(i)});
    }
    return events;
}

QList<SyntheticEvent> randomEvents(int count, quint32 seed)
{
    static const QStringList categories = {"diplomacy",   "treaties", "trade",     "industry",
                                           "agriculture", "regions",  "education", "transport"};
    QRandomGenerator random(seed);
    QList<SyntheticEvent> events;
    for (int i = 0; i < count; ++i) {
        const int year = 1992 + random.bounded(31);
        const int precision = random.bounded(10); // mostly days, some months and years
        const int month = precision < 2 ? 0 : 1 + random.bounded(12);
        const int day = precision < 4 ? 0 : 1 + random.bounded(28);
        events.append(
            {QStringLiteral("ev-%1").arg(i), year * 10000 + month * 100 + day,
             categories.at(random.bounded(int(categories.size()))),
             QStringLiteral("Synthetic event number %1 with a title of some length").arg(i)});
    }
    return events;
}

} // namespace pe::test
