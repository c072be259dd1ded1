#include "models/json/datasetreader.h"

#include "models/json/jsonpositionindex.h"

#include <QDate>
#include <QSet>

#include <cmath>

namespace pe::reading {

namespace {

// A place's country and a source's side: either country, never "unknown".
const QList<Side> &countries()
{
    static const QList<Side> both{Side::Belarus, Side::Kazakhstan};
    return both;
}

} // namespace

void Reader::readSource(const JsonValue &o, const QString &p)
{
    checkKnownFields(o, p,
                     {"id", "kind", "footnote", "chapter", "authors", "title", "outlet", "year",
                      "url", "quote", "side", "accessed"});
    Source s;
    s.id = claimId(o, p, Target::Source);
    const std::optional<SourceKind> kind = readTerm<SourceKind>(o, p, "kind", true);
    s.kind = kind.value_or(SourceKind::Book);
    s.footnote = readInt(o, p, "footnote", kind == SourceKind::Book, 1, maxFootnote).value_or(0);
    s.chapter = readInt(o, p, "chapter", false, 1, 5).value_or(0);
    s.authors = readStrings(o, p, "authors");
    s.title = readString(o, p, "title", true, InputLimits::sourceTitle);
    s.outlet = readString(o, p, "outlet", false);
    s.year = readInt(o, p, "year", false, minYear, maxYear).value_or(0);
    s.url = readUrl(o, p, "url", false);
    s.quote = readString(o, p, "quote", true, InputLimits::quote);
    s.side = readTerm<Side>(o, p, "side", false, countries());
    // A web page's citation gives the day it was read; only a full date says it.
    if (const auto date = readDate(o, p, "accessed", false, &s.accessed);
        date && date->length != 10)
        problem(field(p, "accessed"),
                tr("expected the day the page was read (YYYY-MM-DD), found %1")
                    .arg(quoted(s.accessed)));
    m_dataset.sources.append(s);
}

void Reader::readPlace(const JsonValue &o, const QString &p)
{
    checkKnownFields(o, p, {"id", "country", "kind", "name", "altNames", "parent", "lat", "lon"});
    Place place;
    place.id = claimId(o, p, Target::Place);
    const std::optional<Side> country = readTerm<Side>(o, p, "country", true, countries());
    place.country = country.value_or(Side::Belarus);
    place.kind = readTerm<PlaceKind>(o, p, "kind", true).value_or(PlaceKind::Country);
    place.name = readText(o, p, "name", true);
    place.altNames = readStrings(o, p, "altNames");
    place.parent = readRef(o, p, "parent", Target::Place, false);
    const auto lat = readNumber(o, p, "lat", true, -90);
    const auto lon = readNumber(o, p, "lon", true, -180);
    if (lat && lon && country) {
        const bool belarus = *country == Side::Belarus;
        const Bounds &b = belarus ? belarusBounds : kazakhstanBounds;
        if (*lat < b.minLat || *lat > b.maxLat || *lon < b.minLon || *lon > b.maxLon)
            problem(field(p, "lat"), tr("%1, %2 lies outside %3")
                                         .arg(*lat)
                                         .arg(*lon)
                                         .arg(belarus ? tr("Belarus") : tr("Kazakhstan")));
    }
    place.lat = lat.value_or(0);
    place.lon = lon.value_or(0);
    m_dataset.places.append(place);
}

void Reader::readObservation(const JsonValue &o, const QString &p)
{
    checkKnownFields(o, p,
                     {"id", "year", "periodStart", "periodEnd", "indicator", "unit", "value",
                      "growthOf", "qualifier", "status", "scope", "places", "sector", "company",
                      "subject", "reportingSide", "note", "conflictsWith", "sources"});
    Observation obs;
    obs.id = claimId(o, p, Target::Observation);
    obs.year = readInt(o, p, "year", true, minYear, maxYear).value_or(0);
    obs.periodStart = readInt(o, p, "periodStart", false, 1, 12).value_or(1);
    obs.periodEnd = readInt(o, p, "periodEnd", false, 1, 12).value_or(12);
    if (obs.periodStart > obs.periodEnd)
        problem(field(p, "periodEnd"), tr("the period ends (month %1) before it starts (month %2)")
                                           .arg(obs.periodEnd)
                                           .arg(obs.periodStart));
    const std::optional<Indicator> indicator = readTerm<Indicator>(o, p, "indicator", true);
    obs.indicator = indicator.value_or(Indicator::Turnover);
    obs.unit = readTerm<Unit>(o, p, "unit", true).value_or(Unit::UsdMillion);
    readGrowthOf(o, p, obs);
    const bool maySign = indicator == Indicator::Balance || indicator == Indicator::Growth;
    obs.value = readNumber(o, p, "value", true, maySign ? -std::numeric_limits<double>::max() : 0)
                    .value_or(0);
    obs.qualifier = readTerm<Qualifier>(o, p, "qualifier", false).value_or(Qualifier::Exact);
    obs.status =
        readTerm<ObservationStatus>(o, p, "status", false).value_or(ObservationStatus::Actual);
    // Without a valid scope nothing depends on it: the scope's own problem is reported.
    const std::optional<Scope> scope = readTerm<Scope>(o, p, "scope", true);
    obs.scope = scope.value_or(Scope::National);
    obs.places =
        readRefs(o, p, "places", Target::Place, scope == Scope::Region, InputLimits::places);
    if (scope == Scope::Region && obs.places.isEmpty() && o.contains("places"))
        problem(field(p, "places"), tr("a regional figure needs at least one place"));
    obs.sector = readTerm<Sector>(o, p, "sector", scope == Scope::Sector);
    obs.company = readText(o, p, "company", scope == Scope::Company);
    obs.subject = readText(o, p, "subject", indicator == Indicator::Count);
    obs.reportingSide = readTerm<Side>(o, p, "reportingSide", true).value_or(Side::Unknown);
    obs.note = readText(o, p, "note", false, InputLimits::text);
    obs.conflictsWith = readRefs(o, p, "conflictsWith", Target::Observation, false);
    obs.sources = readSources(o, p, true);
    m_dataset.observations.append(obs);
}

void Reader::readGrowthOf(const JsonValue &o, const QString &p, Observation &obs)
{
    const std::optional<Indicator> growthOf = readTerm<Indicator>(o, p, "growthOf", false);
    if (!growthOf)
        return;
    if (obs.indicator != Indicator::Growth)
        problem(field(p, "growthOf"), tr("only a growth figure says what grew"));
    else if (*growthOf != Indicator::Turnover && *growthOf != Indicator::Exports &&
             *growthOf != Indicator::Imports)
        problem(field(p, "growthOf"), tr("expected \"turnover\", \"exports\" or \"imports\""));
    else
        obs.growthOf = *growthOf;
}

void Reader::readVenture(const JsonValue &o, const QString &p)
{
    checkKnownFields(o, p,
                     {"id", "name", "belarusianPartners", "kazakhPartners", "places",
                      "partnerPlaces", "sector", "products", "startYear", "status", "description",
                      "milestones", "sources"});
    Venture v;
    v.id = claimId(o, p, Target::Venture);
    v.name = readText(o, p, "name", true);
    v.belarusianPartners = readTextList(o, p, "belarusianPartners", true);
    v.kazakhPartners = readTextList(o, p, "kazakhPartners", true);
    v.places = readRefs(o, p, "places", Target::Place, false, InputLimits::places);
    v.partnerPlaces = readRefs(o, p, "partnerPlaces", Target::Place, false, InputLimits::places);
    v.sector = readTerm<Sector>(o, p, "sector", true).value_or(Sector::AgricultureFood);
    v.products = readText(o, p, "products", false, InputLimits::text);
    v.startYear = readInt(o, p, "startYear", false, minYear, maxYear).value_or(0);
    v.status = readTerm<VentureStatus>(o, p, "status", true).value_or(VentureStatus::Operating);
    v.description = readText(o, p, "description", true, InputLimits::text);
    if (const std::optional<JsonValue> list =
            member(o, p, "milestones", false, [] { return QString(); })) {
        if (!list->isArray()) {
            problem(field(p, "milestones"), tr("expected an array, found %1").arg(typeName(*list)));
        } else if (withinCount(*list, field(p, "milestones"), InputLimits::items)) {
            int i = 0;
            for (const JsonValue m : *list) {
                const QString mp = field(p, "milestones") + QLatin1Char('/') + QString::number(i++);
                if (!expectObject(m, mp))
                    continue;
                checkKnownFields(m, mp,
                                 {"year", "description", "units", "valueUsdM", "jobs", "areaM2",
                                  "investmentUsdM", "sources"});
                Milestone milestone;
                milestone.year = readInt(m, mp, "year", true, minYear, maxYear).value_or(0);
                milestone.description = readText(m, mp, "description", true, InputLimits::text);
                milestone.units = readNumber(m, mp, "units", false, 0);
                milestone.valueUsdM = readNumber(m, mp, "valueUsdM", false, 0);
                milestone.jobs = readNumber(m, mp, "jobs", false, 0);
                milestone.areaM2 = readNumber(m, mp, "areaM2", false, 0);
                milestone.investmentUsdM = readNumber(m, mp, "investmentUsdM", false, 0);
                milestone.sources = readSources(m, mp, false);
                v.milestones.append(milestone);
            }
        }
    }
    v.sources = readSources(o, p, true);
    m_dataset.ventures.append(v);
}

Party Reader::readParty(const JsonValue &o, const QString &p)
{
    Party party;
    if (!expectObject(o, p))
        return party;
    checkKnownFields(o, p, {"name", "place", "kind"});
    party.name = readText(o, p, "name", true);
    party.place = readRef(o, p, "place", Target::Place, false);
    party.kind = readTerm<PartyKind>(o, p, "kind", false);
    return party;
}

void Reader::readPairing(const JsonValue &o, const QString &p)
{
    checkKnownFields(o, p,
                     {"id", "belarusianSide", "kazakhSide", "level", "year", "document", "areas",
                      "description", "sources"});
    Pairing pairing;
    pairing.id = claimId(o, p, Target::Pairing);
    if (const std::optional<JsonValue> side =
            member(o, p, "belarusianSide", true, [] { return tr("an object"); }))
        pairing.belarusianSide = readParty(*side, field(p, "belarusianSide"));
    if (const std::optional<JsonValue> side =
            member(o, p, "kazakhSide", true, [] { return tr("an object"); }))
        pairing.kazakhSide = readParty(*side, field(p, "kazakhSide"));
    pairing.level = readTerm<PairingLevel>(o, p, "level", true).value_or(PairingLevel::Region);
    pairing.year = readInt(o, p, "year", false, minYear, maxYear).value_or(0);
    pairing.document =
        readTerm<DocumentKind>(o, p, "document", true).value_or(DocumentKind::Agreement);
    pairing.areas = readTermList<Area>(o, p, "areas");
    pairing.description = readText(o, p, "description", true, InputLimits::text);
    pairing.sources = readSources(o, p, true);
    m_dataset.pairings.append(pairing);
}

void Reader::readEvent(const JsonValue &o, const QString &p)
{
    checkKnownFields(o, p,
                     {"id", "date", "category", "title", "text", "places", "actors", "ventures",
                      "pairings", "observations", "conflictsWith", "sources"});
    Event e;
    e.id = claimId(o, p, Target::Event);
    if (const auto date = readDate(o, p, "date", true, &e.date)) {
        e.year = date->year;
        e.month = date->month;
        e.day = date->day;
        e.precision = date->length == 10
                          ? Event::Precision::Day
                          : (date->length == 7 ? Event::Precision::Month : Event::Precision::Year);
    }
    e.category = readTerm<Category>(o, p, "category", true).value_or(Category::Diplomacy);
    e.title = readText(o, p, "title", true);
    e.text = readText(o, p, "text", true, InputLimits::text);
    e.places = readRefs(o, p, "places", Target::Place, false, InputLimits::places);
    e.actors = readTextList(o, p, "actors", false);
    e.ventures = readRefs(o, p, "ventures", Target::Venture, false);
    e.pairings = readRefs(o, p, "pairings", Target::Pairing, false);
    e.observations = readRefs(o, p, "observations", Target::Observation, false);
    e.conflictsWith = readRefs(o, p, "conflictsWith", Target::Event, false);
    e.sources = readSources(o, p, true);
    m_dataset.events.append(e);
}

std::optional<Reader::PartialDate> Reader::readDate(const JsonValue &object, const QString &pointer,
                                                    const char *key, bool required, QString *text)
{
    const QString date = readString(object, pointer, key, required);
    if (text)
        *text = date;
    if (date.isEmpty())
        return std::nullopt;
    // YYYY, YYYY-MM or YYYY-MM-DD, checked by hand: a regular expression per event costs
    // more than the rest of reading it.
    const auto digits = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const QChar c = date.at(i);
            if (!c.isDigit())
                return -1;
            value = value * 10 + c.digitValue();
        }
        return value;
    };
    const qsizetype length = date.size();
    const bool shaped = (length == 4 || length == 7 || length == 10) &&
                        (length < 7 || date.at(4) == QLatin1Char('-')) &&
                        (length < 10 || date.at(7) == QLatin1Char('-'));
    PartialDate parsed;
    parsed.year = shaped ? digits(0, 4) : -1;
    parsed.month = shaped && length >= 7 ? digits(5, 2) : 0;
    parsed.day = shaped && length == 10 ? digits(8, 2) : 0;
    parsed.length = int(length);
    if (parsed.year < 0 || parsed.month < 0 || parsed.day < 0) {
        problem(field(pointer, key),
                tr("%1 is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD").arg(quoted(date)));
        return std::nullopt;
    }
    if (parsed.year < minYear || parsed.year > maxYear) {
        problem(
            field(pointer, key),
            tr("%1 is out of range: expected %2 to %3").arg(parsed.year).arg(minYear).arg(maxYear));
        return std::nullopt;
    }
    if ((length >= 7 && (parsed.month < 1 || parsed.month > 12)) ||
        (length == 10 && !QDate(parsed.year, parsed.month, parsed.day).isValid())) {
        problem(field(pointer, key), tr("%1 does not exist").arg(quoted(date)));
        return std::nullopt;
    }
    return parsed;
}

void Reader::readPeriod(const JsonValue &o, const QString &p)
{
    checkKnownFields(o, p, {"id", "name", "chartLabel", "from", "to", "event", "sources"});
    Period period;
    period.id = claimId(o, p);
    period.name = readText(o, p, "name", true);
    period.chartLabel = readText(o, p, "chartLabel", false);
    const auto from = readDate(o, p, "from", true, &period.from);
    const auto to = readDate(o, p, "to", true, &period.to);
    if (from) {
        period.fromYear = from->year;
        period.fromMonth = from->month;
    }
    if (to) {
        period.toYear = to->year;
        period.toMonth = to->month;
    }
    if (from && to && period.end() <= period.start())
        problem(field(p, "to"),
                tr("%1 ends before it begins (%2)").arg(quoted(period.to), quoted(period.from)));
    period.event = readRef(o, p, "event", Target::Event, false);
    period.sources = readSources(o, p, true);
    m_dataset.periods.append(period);
}

void Reader::readMetadata(const JsonValue &root)
{
    const QString p = QStringLiteral("/metadata");
    const std::optional<JsonValue> metadata =
        member(root, QString(), "metadata", false, [] { return tr("an object"); });
    if (!metadata || !expectObject(*metadata, p))
        return;
    checkKnownFields(*metadata, p, {"book", "licence", "timeline", "turnoverChart"});
    DatasetMetadata &m = m_dataset.metadata;
    const QString licencePointer = field(p, "licence");
    if (const std::optional<JsonValue> licence =
            member(*metadata, p, "licence", false, [] { return tr("an object"); });
        licence && expectObject(*licence, licencePointer)) {
        checkKnownFields(*licence, licencePointer, {"name", "title", "path"});
        m.licence.name = readString(*licence, licencePointer, "name", true);
        m.licence.title = readString(*licence, licencePointer, "title", true);
        m.licence.path = readUrl(*licence, licencePointer, "path", false);
    }
    const QString bookPointer = field(p, "book");
    if (const std::optional<JsonValue> book =
            member(*metadata, p, "book", false, [] { return tr("an object"); });
        book && expectObject(*book, bookPointer)) {
        checkKnownFields(*book, bookPointer,
                         {"authorFamily", "authorGiven", "authorVariants", "title", "subtitle",
                          "publisher", "place", "year", "isbn", "language"});
        BookReference &b = m.book;
        b.authorFamily = readString(*book, bookPointer, "authorFamily", true);
        b.authorGiven = readString(*book, bookPointer, "authorGiven", false);
        if (const std::optional<JsonValue> variants =
                member(*book, bookPointer, "authorVariants", false,
                       [] { return tr("an array of strings"); })) {
            const QString vp = field(bookPointer, "authorVariants");
            if (!variants->isArray()) {
                problem(vp, tr("expected an array, found %1").arg(typeName(*variants)));
            } else if (withinCount(*variants, vp, InputLimits::items)) {
                int i = 0;
                for (const JsonValue v : *variants) {
                    const int item = i++;
                    if (!v.isString())
                        problem(itemOf(vp, item),
                                tr("expected a string, found %1").arg(typeName(v)));
                    else if (const QString variant = fromStd(v.text()); withinLength(
                                 variant, InputLimits::name, [&] { return itemOf(vp, item); }))
                        b.authorVariants.append(variant);
                }
            }
        }
        b.title = readString(*book, bookPointer, "title", true);
        b.subtitle = readString(*book, bookPointer, "subtitle", false);
        b.publisher = readString(*book, bookPointer, "publisher", false);
        b.place = readString(*book, bookPointer, "place", false);
        b.year = readInt(*book, bookPointer, "year", true, minYear, maxYear).value_or(0);
        b.isbn = readString(*book, bookPointer, "isbn", false);
        b.language = readString(*book, bookPointer, "language", false);
    }
    // A span of years: {"from": Y, "to": Y} and, for a chart, an optional "extendTo".
    const auto readSpan = [&](const char *key, bool extensible, int *from, int *to, int *extendTo) {
        const QString sp = field(p, key);
        const std::optional<JsonValue> span =
            member(*metadata, p, key, false, [] { return tr("an object"); });
        if (!span || !expectObject(*span, sp))
            return;
        if (extensible)
            checkKnownFields(*span, sp, {"from", "to", "extendTo"});
        else
            checkKnownFields(*span, sp, {"from", "to"});
        *from = readInt(*span, sp, "from", true, minYear, maxYear).value_or(0);
        *to = readInt(*span, sp, "to", true, minYear, maxYear).value_or(0);
        if (*from && *to && *to < *from)
            problem(field(sp, "to"), tr("%1 is before %2").arg(*to).arg(*from));
        if (extendTo) {
            *extendTo = readInt(*span, sp, "extendTo", false, minYear, maxYear).value_or(0);
            if (*extendTo && *extendTo < *to)
                problem(field(sp, "extendTo"), tr("%1 is before %2").arg(*extendTo).arg(*to));
        }
    };
    readSpan("timeline", false, &m.timelineFrom, &m.timelineTo, nullptr);
    readSpan("turnoverChart", true, &m.turnoverFrom, &m.turnoverTo, &m.turnoverExtendTo);
}

void Reader::resolveReferences()
{
    for (const Reference &ref : std::as_const(m_references)) {
        const auto it = m_ids.constFind(ref.id);
        if (it == m_ids.constEnd() || !it->target)
            problem(ref.pointer(), tr("unknown %1 id %2").arg(nounOf(ref.target), quoted(ref.id)));
        else if (*it->target != ref.target)
            problem(
                ref.pointer(),
                tr("%1 is not the id of %2").arg(quoted(ref.id), nounWithArticleOf(ref.target)));
    }
}

// The kind of record a reference names, as a noun ("observation") and with its article ("an
// observation"): translated only for a reference that is wrong, not for each of thousands.
QString Reader::nounOf(Target target)
{
    switch (target) {
    case Target::Source:
        return tr("source");
    case Target::Place:
        return tr("place");
    case Target::Observation:
        return tr("observation");
    case Target::Venture:
        return tr("venture");
    case Target::Pairing:
        return tr("pairing");
    case Target::Event:
        return tr("event");
    }
    return {};
}

QString Reader::nounWithArticleOf(Target target)
{
    switch (target) {
    case Target::Source:
        return tr("a source");
    case Target::Place:
        return tr("a place");
    case Target::Observation:
        return tr("an observation");
    case Target::Venture:
        return tr("a venture");
    case Target::Pairing:
        return tr("a pairing");
    case Target::Event:
        return tr("an event");
    }
    return {};
}

} // namespace pe::reading
