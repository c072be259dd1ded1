#include "models/dataset.h"

#include "models/provenance.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace pe {

namespace {

template<typename Record> QHash<QString, int> indexById(const QList<Record> &records)
{
    QHash<QString, int> index;
    index.reserve(records.size());
    for (int i = 0; i < records.size(); ++i)
        index.insert(records.at(i).id, i);
    return index;
}

template<typename Record>
const Record *lookUp(const QList<Record> &records, const QHash<QString, int> &index,
                     const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &records.at(it.value());
}

// "Zalessky" of "Zalessky, B.L.".
QString familyName(const QString &author)
{
    return author.section(QLatin1Char(','), 0, 0).trimmed();
}

} // namespace

QString BookReference::spelling(const QString &printedAuthor) const
{
    const QString family = familyName(printedAuthor);
    if (authorFamily.isEmpty() || family == authorFamily)
        return printedAuthor;
    const bool isTheAuthor =
        std::any_of(authorVariants.cbegin(), authorVariants.cend(),
                    [&family](const QString &variant) { return familyName(variant) == family; });
    if (!isTheAuthor)
        return printedAuthor;
    const qsizetype comma = printedAuthor.indexOf(QLatin1Char(','));
    return comma < 0 ? authorFamily : authorFamily + printedAuthor.mid(comma);
}

bool Observation::isSupplementary(const Dataset &dataset) const
{
    return pe::isSupplementary(dataset, sources);
}

void Dataset::index()
{
    sortEventsByDate();
    m_sourceIndex = indexById(sources);
    m_placeIndex = indexById(places);
    m_observationIndex = indexById(observations);
    m_ventureIndex = indexById(ventures);
    m_pairingIndex = indexById(pairings);
    m_eventIndex = indexById(events);
    m_placesCiting = std::make_shared<PlacesCiting>();
}

// Events in date order, ties in the file's order. The keys are sorted, not the events: each
// event is then moved once (a sort of the events themselves moved each many times, a tenth
// of a large load), and not at all when the file lists them in order already.
void Dataset::sortEventsByDate()
{
    std::vector<std::pair<int, int>> order; // (date key, place in the file)
    order.reserve(size_t(events.size()));
    for (int i = 0; i < events.size(); ++i)
        order.emplace_back(events.at(i).sortKey(), i);
    if (std::is_sorted(order.cbegin(), order.cend()))
        return;
    std::sort(order.begin(), order.end());
    QList<Event> sorted;
    sorted.reserve(events.size());
    for (const auto &[key, at] : order)
        sorted.append(std::move(events[at]));
    events = std::move(sorted);
}

QHash<QString, QStringList> Dataset::workOutPlacesCiting() const
{
    QHash<QString, QSet<QString>> places;
    const auto cite = [&](const QStringList &sourceIds, const QStringList &placeIds) {
        if (placeIds.isEmpty())
            return;
        const QStringList all = withAncestors(placeIds);
        for (const QString &source : sourceIds)
            for (const QString &place : all)
                places[source].insert(place);
    };
    for (const Event &e : std::as_const(events))
        cite(e.sources, e.places);
    for (const Observation &o : std::as_const(observations))
        cite(o.sources, o.places);
    for (const Venture &v : std::as_const(ventures)) {
        cite(v.sources, v.places + v.partnerPlaces);
        for (const Milestone &m : v.milestones)
            cite(m.sources, v.places + v.partnerPlaces);
    }
    for (const Pairing &p : std::as_const(pairings))
        cite(p.sources, {p.belarusianSide.place, p.kazakhSide.place});
    QHash<QString, QStringList> bySource;
    for (auto it = places.cbegin(); it != places.cend(); ++it)
        bySource.insert(it.key(), QStringList(it.value().cbegin(), it.value().cend()));
    return bySource;
}

QStringList Dataset::placesCiting(const QString &sourceId) const
{
    std::call_once(m_placesCiting->worked,
                   [this] { m_placesCiting->bySource = workOutPlacesCiting(); });
    return m_placesCiting->bySource.value(sourceId);
}

const Source *Dataset::source(const QString &id) const
{
    return lookUp(sources, m_sourceIndex, id);
}
const Place *Dataset::place(const QString &id) const
{
    return lookUp(places, m_placeIndex, id);
}
const Observation *Dataset::observation(const QString &id) const
{
    return lookUp(observations, m_observationIndex, id);
}
const Venture *Dataset::venture(const QString &id) const
{
    return lookUp(ventures, m_ventureIndex, id);
}
const Pairing *Dataset::pairing(const QString &id) const
{
    return lookUp(pairings, m_pairingIndex, id);
}
const Event *Dataset::event(const QString &id) const
{
    return lookUp(events, m_eventIndex, id);
}

QStringList Dataset::sourcesOf(const QString &id) const
{
    switch (kindOf(id)) {
    case RecordKind::Event:
        return event(id)->sources;
    case RecordKind::Observation:
        return observation(id)->sources;
    case RecordKind::Pairing:
        return pairing(id)->sources;
    case RecordKind::Venture:
        return venture(id)->sources;
    case RecordKind::Source:
        return {id};
    case RecordKind::Place:
    case RecordKind::None:
        break;
    }
    return {};
}

RecordKind Dataset::kindOf(const QString &id) const
{
    if (m_eventIndex.contains(id))
        return RecordKind::Event;
    if (m_observationIndex.contains(id))
        return RecordKind::Observation;
    if (m_ventureIndex.contains(id))
        return RecordKind::Venture;
    if (m_pairingIndex.contains(id))
        return RecordKind::Pairing;
    if (m_placeIndex.contains(id))
        return RecordKind::Place;
    if (m_sourceIndex.contains(id))
        return RecordKind::Source;
    return RecordKind::None;
}

QStringList Dataset::withAncestors(const QStringList &placeIds) const
{
    QStringList result;
    for (const QString &id : placeIds) {
        QString current = id;
        // Bounded walk: a validated dataset has no parent cycles, but a walk over a
        // hand-edited one must still end.
        for (int depth = 0; depth < 8 && !current.isEmpty(); ++depth) {
            if (!result.contains(current))
                result.append(current);
            const Place *p = place(current);
            if (!p)
                break;
            if (!p->parent.isEmpty()) {
                current = p->parent;
            } else {
                // A country's id is its key in lower case: "kz".
                const QString country = QString(keyOf(p->country)).toLower();
                current =
                    (p->kind == PlaceKind::Country || country == current) ? QString() : country;
            }
        }
    }
    return result;
}

std::pair<int, int> Dataset::yearSpan() const
{
    int first = 9999;
    int last = 0;
    auto take = [&](int year) {
        if (year <= 0)
            return;
        first = std::min(first, year);
        last = std::max(last, year);
    };
    for (const Event &e : events)
        take(e.year);
    for (const Observation &o : observations)
        take(o.year);
    for (const Venture &v : ventures)
        take(v.startYear);
    for (const Pairing &p : pairings)
        take(p.year);
    return last == 0 ? std::pair{0, 0} : std::pair{first, last};
}

} // namespace pe
