#include "models/datasetloader.h"

#include "models/json/jsonpositionindex.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <limits>

namespace pe {

namespace {

using nlohmann::json;

constexpr int minYear = DatasetLoader::minYear;
constexpr int maxYear = DatasetLoader::maxYear;
constexpr int maxFootnote = 117;

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// Lists of allowed values, in the order docs/dataset.md gives them.
const QStringList &kinds(const char *which)
{
    static const QHash<QByteArray, QStringList> lists = {
        {"sourceKind", {QStringLiteral("book"), QStringLiteral("supplementary")}},
        {"country", {QStringLiteral("BY"), QStringLiteral("KZ")}},
        {"side", {QStringLiteral("BY"), QStringLiteral("KZ"), QStringLiteral("unknown")}},
        {"placeKind",
         {QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("city"),
          QStringLiteral("district"), QStringLiteral("village")}},
        {"indicator",
         {QStringLiteral("turnover"), QStringLiteral("exports"), QStringLiteral("imports"),
          QStringLiteral("balance"), QStringLiteral("growth"), QStringLiteral("count")}},
        {"unit",
         {QStringLiteral("usd-million"), QStringLiteral("percent"), QStringLiteral("count")}},
        {"qualifier",
         {QStringLiteral("exact"), QStringLiteral("approx"), QStringLiteral("more-than"),
          QStringLiteral("less-than")}},
        {"obsStatus",
         {QStringLiteral("actual"), QStringLiteral("target"), QStringLiteral("forecast")}},
        {"scope",
         {QStringLiteral("national"), QStringLiteral("region"), QStringLiteral("sector"),
          QStringLiteral("company")}},
        {"ventureStatus",
         {QStringLiteral("announced"), QStringLiteral("planned"), QStringLiteral("operating"),
          QStringLiteral("ended")}},
        {"level",
         {QStringLiteral("region"), QStringLiteral("city"), QStringLiteral("district"),
          QStringLiteral("university"), QStringLiteral("organisation"),
          QStringLiteral("cultural-centre")}},
        {"partyKind",
         {QStringLiteral("region"), QStringLiteral("city"), QStringLiteral("district"),
          QStringLiteral("university"), QStringLiteral("organisation"),
          QStringLiteral("cultural-centre"), QStringLiteral("country")}},
        {"document",
         {QStringLiteral("agreement"), QStringLiteral("memorandum"), QStringLiteral("protocol"),
          QStringLiteral("programme"), QStringLiteral("initiative")}},
        {"area",
         {QStringLiteral("trade"), QStringLiteral("industry"), QStringLiteral("agriculture"),
          QStringLiteral("education"), QStringLiteral("science"), QStringLiteral("culture"),
          QStringLiteral("tourism"), QStringLiteral("health"), QStringLiteral("construction"),
          QStringLiteral("media"), QStringLiteral("youth"), QStringLiteral("sport"),
          QStringLiteral("transport"), QStringLiteral("humanitarian")}},
        {"category",
         {QStringLiteral("diplomacy"), QStringLiteral("treaties"), QStringLiteral("trade"),
          QStringLiteral("industry"), QStringLiteral("agriculture"), QStringLiteral("construction"),
          QStringLiteral("regions"), QStringLiteral("media"), QStringLiteral("education"),
          QStringLiteral("science"), QStringLiteral("culture"), QStringLiteral("transport"),
          QStringLiteral("health"), QStringLiteral("energy")}},
        {"sector",
         {QStringLiteral("agriculture-food"), QStringLiteral("agricultural-machinery"),
          QStringLiteral("automotive"), QStringLiteral("mining-machinery"),
          QStringLiteral("machine-building"), QStringLiteral("petrochemistry"),
          QStringLiteral("construction"), QStringLiteral("wood"), QStringLiteral("light-industry"),
          QStringLiteral("pharma-veterinary"), QStringLiteral("energy"),
          QStringLiteral("transport-logistics"), QStringLiteral("it-digital"),
          QStringLiteral("aerospace"), QStringLiteral("trade-services"),
          QStringLiteral("industrial-park"), QStringLiteral("education-science"),
          QStringLiteral("media")}},
    };
    return lists.find(QByteArray::fromRawData(which, qsizetype(std::strlen(which)))).value();
}

enum class Target { Source, Place, Observation, Venture, Pairing, Event };

struct Reference
{
    QString pointer;
    QString id;
    Target target;
};

struct Bounds
{
    double minLat, maxLat, minLon, maxLon;
};
// Generous boxes around each country: enough to catch swapped or mistyped coordinates.
constexpr Bounds belarusBounds{51.2, 56.2, 23.1, 32.8};
constexpr Bounds kazakhstanBounds{40.5, 55.5, 46.4, 87.4};

// Walks the parsed document, fills the records and collects every problem as
// (JSON pointer, message). Positions are added afterwards, only if there are problems.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetLoader)

public:
    explicit Reader(Dataset &dataset)
        : m_dataset(dataset)
    {}

    void read(const json &root);

    QList<std::pair<QString, QString>> problems;
    bool truncated = false;

private:
    void problem(const QString &pointer, const QString &message)
    {
        if (problems.size() >= DatasetLoader::maxProblems) {
            truncated = true;
            return;
        }
        problems.append({pointer, message});
    }

    static QString typeName(const json &value);
    static QString field(const QString &pointer, const char *key)
    {
        return pointer + QLatin1Char('/') + QLatin1String(key);
    }

    bool expectObject(const json &value, const QString &pointer);
    void checkKnownFields(const json &object, const QString &pointer,
                          std::initializer_list<const char *> known);
    // expected() names what the field should hold; it is called only when the field is
    // missing, so reading a valid file never pays for composing the message.
    template<typename Expected>
    const json *member(const json &object, const QString &pointer, const char *key, bool required,
                       Expected expected);

    QString readString(const json &object, const QString &pointer, const char *key, bool required);
    std::optional<int> readInt(const json &object, const QString &pointer, const char *key,
                               bool required, int min, int max);
    std::optional<double> readNumber(const json &object, const QString &pointer, const char *key,
                                     bool required,
                                     double min = -std::numeric_limits<double>::max());
    QString readEnum(const json &object, const QString &pointer, const char *key, const char *list,
                     bool required, const QString &fallback = {});
    QStringList readEnumList(const json &object, const QString &pointer, const char *key,
                             const char *list);
    LocalizedText readText(const json &object, const QString &pointer, const char *key,
                           bool required);
    LocalizedText textValue(const json &value, const QString &pointer);
    QList<LocalizedText> readTextList(const json &object, const QString &pointer, const char *key,
                                      bool required);
    QStringList readRefs(const json &object, const QString &pointer, const char *key, Target target,
                         bool required);
    QString readRef(const json &object, const QString &pointer, const char *key, Target target,
                    bool required);
    QStringList readSources(const json &object, const QString &pointer, bool required);
    QString claimId(const json &object, const QString &pointer);

    template<typename Fn> void forEachRecord(const json &root, const char *collection, Fn readOne);

    void readSource(const json &o, const QString &p);
    void readPlace(const json &o, const QString &p);
    void readObservation(const json &o, const QString &p);
    void readVenture(const json &o, const QString &p);
    void readPairing(const json &o, const QString &p);
    Party readParty(const json &o, const QString &p);
    void readEvent(const json &o, const QString &p);
    void readPeriod(const json &o, const QString &p);
    void readMetadata(const json &root);
    // A date as events write it (YYYY, YYYY-MM or YYYY-MM-DD): year, month, day (0 when not
    // given); nullopt, with the problem reported, when it is not one.
    struct PartialDate
    {
        int year = 0;
        int month = 0;
        int day = 0;
        int length = 0;
    };
    std::optional<PartialDate> readDate(const json &object, const QString &pointer, const char *key,
                                        bool required, QString *text = nullptr);
    void resolveReferences();

    Dataset &m_dataset;
    QHash<QString, QString> m_idPointers;
    QHash<QString, Target> m_idTargets;
    QList<Reference> m_references;
};

QString Reader::typeName(const json &value)
{
    switch (value.type()) {
    case json::value_t::object:
        return tr("an object");
    case json::value_t::array:
        return tr("an array");
    case json::value_t::string:
        return tr("a string");
    case json::value_t::boolean:
        return tr("a boolean");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return tr("an integer");
    case json::value_t::number_float:
        return tr("a number");
    case json::value_t::null:
        return tr("null");
    default:
        return tr("an unsupported value");
    }
}

bool Reader::expectObject(const json &value, const QString &pointer)
{
    if (value.is_object())
        return true;
    problem(pointer, tr("expected an object, found %1").arg(typeName(value)));
    return false;
}

void Reader::checkKnownFields(const json &object, const QString &pointer,
                              std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool isKnown =
            std::any_of(known.begin(), known.end(), [&](const char *k) { return it.key() == k; });
        if (!isKnown) {
            const QString key = fromStd(it.key());
            problem(pointer + QLatin1Char('/') + escapePointerToken(key),
                    tr("unknown field %1").arg(quoted(key)));
        }
    }
}

template<typename Expected>
const json *Reader::member(const json &object, const QString &pointer, const char *key,
                           bool required, Expected expected)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            problem(field(pointer, key), tr("missing required field %1 (expected %2)")
                                             .arg(quoted(QLatin1String(key)), expected()));
        return nullptr;
    }
    return &*it;
}

QString Reader::readString(const json &object, const QString &pointer, const char *key,
                           bool required)
{
    const json *value = member(object, pointer, key, required, [] { return tr("a string"); });
    if (!value)
        return {};
    if (!value->is_string()) {
        problem(field(pointer, key), tr("expected a string, found %1").arg(typeName(*value)));
        return {};
    }
    const QString text = fromStd(value->get_ref<const std::string &>()).trimmed();
    if (required && text.isEmpty())
        problem(field(pointer, key), tr("must not be empty"));
    return text;
}

std::optional<int> Reader::readInt(const json &object, const QString &pointer, const char *key,
                                   bool required, int min, int max)
{
    const json *value = member(object, pointer, key, required, [] { return tr("an integer"); });
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer()) {
        problem(field(pointer, key), tr("expected an integer, found %1").arg(typeName(*value)));
        return std::nullopt;
    }
    const auto number = value->get<long long>();
    if (number < min || number > max) {
        problem(field(pointer, key),
                tr("%1 is out of range: expected %2 to %3").arg(number).arg(min).arg(max));
        return std::nullopt;
    }
    return int(number);
}

std::optional<double> Reader::readNumber(const json &object, const QString &pointer,
                                         const char *key, bool required, double min)
{
    const json *value = member(object, pointer, key, required, [] { return tr("a number"); });
    if (!value)
        return std::nullopt;
    if (!value->is_number()) {
        problem(field(pointer, key), tr("expected a number, found %1").arg(typeName(*value)));
        return std::nullopt;
    }
    const double number = value->get<double>();
    if (!std::isfinite(number)) {
        problem(field(pointer, key), tr("expected a finite number"));
        return std::nullopt;
    }
    if (number < min) {
        problem(field(pointer, key),
                tr("%1 is out of range: expected a value of at least %2").arg(number).arg(min));
        return std::nullopt;
    }
    return number;
}

QString Reader::readEnum(const json &object, const QString &pointer, const char *key,
                         const char *list, bool required, const QString &fallback)
{
    const QStringList &allowed = kinds(list);
    const json *value = member(object, pointer, key, required, [&allowed] {
        return tr("one of: %1").arg(allowed.join(QStringLiteral(", ")));
    });
    if (!value)
        return fallback;
    if (!value->is_string()) {
        problem(field(pointer, key), tr("expected a string, found %1").arg(typeName(*value)));
        return fallback;
    }
    const QString text = fromStd(value->get_ref<const std::string &>());
    if (!allowed.contains(text)) {
        problem(field(pointer, key),
                tr("%1 is not one of: %2").arg(quoted(text), allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return text;
}

QStringList Reader::readEnumList(const json &object, const QString &pointer, const char *key,
                                 const char *list)
{
    const json *value = member(object, pointer, key, false, [] { return QString(); });
    if (!value)
        return {};
    if (!value->is_array()) {
        problem(field(pointer, key), tr("expected an array, found %1").arg(typeName(*value)));
        return {};
    }
    const QStringList &allowed = kinds(list);
    QStringList result;
    for (size_t i = 0; i < value->size(); ++i) {
        const json &item = (*value)[i];
        const QString itemPointer = field(pointer, key) + QLatin1Char('/') + QString::number(i);
        if (!item.is_string()) {
            problem(itemPointer, tr("expected a string, found %1").arg(typeName(item)));
            continue;
        }
        const QString text = fromStd(item.get_ref<const std::string &>());
        if (!allowed.contains(text))
            problem(
                itemPointer,
                tr("%1 is not one of: %2").arg(quoted(text), allowed.join(QStringLiteral(", "))));
        else
            result.append(text);
    }
    return result;
}

LocalizedText Reader::textValue(const json &value, const QString &pointer)
{
    LocalizedText text;
    if (!value.is_object()) {
        problem(pointer, tr("expected a text in three languages ({\"en\", \"fr\", \"ru\"}), "
                            "found %1")
                             .arg(typeName(value)));
        return text;
    }
    checkKnownFields(value, pointer, {"en", "fr", "ru"});
    text.en = readString(value, pointer, "en", true);
    text.fr = readString(value, pointer, "fr", true);
    text.ru = readString(value, pointer, "ru", true);
    return text;
}

LocalizedText Reader::readText(const json &object, const QString &pointer, const char *key,
                               bool required)
{
    const json *value = member(object, pointer, key, required, [] {
        return tr("a text in three languages ({\"en\", \"fr\", \"ru\"})");
    });
    return value ? textValue(*value, field(pointer, key)) : LocalizedText();
}

QList<LocalizedText> Reader::readTextList(const json &object, const QString &pointer,
                                          const char *key, bool required)
{
    const json *value =
        member(object, pointer, key, required, [] { return tr("an array of texts"); });
    if (!value)
        return {};
    if (!value->is_array()) {
        problem(field(pointer, key), tr("expected an array, found %1").arg(typeName(*value)));
        return {};
    }
    QList<LocalizedText> result;
    for (size_t i = 0; i < value->size(); ++i)
        result.append(
            textValue((*value)[i], field(pointer, key) + QLatin1Char('/') + QString::number(i)));
    return result;
}

QStringList Reader::readRefs(const json &object, const QString &pointer, const char *key,
                             Target target, bool required)
{
    const json *value =
        member(object, pointer, key, required, [] { return tr("an array of ids"); });
    if (!value)
        return {};
    if (!value->is_array()) {
        problem(field(pointer, key), tr("expected an array, found %1").arg(typeName(*value)));
        return {};
    }
    QStringList ids;
    for (size_t i = 0; i < value->size(); ++i) {
        const json &item = (*value)[i];
        const QString itemPointer = field(pointer, key) + QLatin1Char('/') + QString::number(i);
        if (!item.is_string()) {
            problem(itemPointer, tr("expected an id (a string), found %1").arg(typeName(item)));
            continue;
        }
        const QString id = fromStd(item.get_ref<const std::string &>());
        m_references.append({itemPointer, id, target});
        ids.append(id);
    }
    return ids;
}

QString Reader::readRef(const json &object, const QString &pointer, const char *key, Target target,
                        bool required)
{
    const QString id = readString(object, pointer, key, required);
    if (!id.isEmpty())
        m_references.append({field(pointer, key), id, target});
    return id;
}

QStringList Reader::readSources(const json &object, const QString &pointer, bool required)
{
    const QStringList ids = readRefs(object, pointer, "sources", Target::Source, required);
    if (required && ids.isEmpty() && object.contains("sources"))
        problem(field(pointer, "sources"), tr("needs at least one source"));
    return ids;
}

QString Reader::claimId(const json &object, const QString &pointer)
{
    const QString id = readString(object, pointer, "id", true);
    if (id.isEmpty())
        return id;
    const auto previous = m_idPointers.constFind(id);
    if (previous != m_idPointers.constEnd())
        problem(field(pointer, "id"),
                tr("duplicate id %1 (already used at %2)").arg(quoted(id), previous.value()));
    else
        m_idPointers.insert(id, pointer);
    return id;
}

template<typename Fn>
void Reader::forEachRecord(const json &root, const char *collection, Fn readOne)
{
    const QString pointer = QLatin1Char('/') + QLatin1String(collection);
    const json *list = member(root, QString(), collection, true, [] { return tr("an array"); });
    if (!list)
        return;
    if (!list->is_array()) {
        problem(pointer, tr("expected an array, found %1").arg(typeName(*list)));
        return;
    }
    for (size_t i = 0; i < list->size(); ++i) {
        const QString itemPointer = pointer + QLatin1Char('/') + QString::number(i);
        const json &item = (*list)[i];
        if (expectObject(item, itemPointer))
            (this->*readOne)(item, itemPointer);
    }
}

void Reader::read(const json &root)
{
    if (!expectObject(root, QString()))
        return;
    const json *version =
        member(root, QString(), "schemaVersion", true, [] { return tr("an integer"); });
    long long schema = DatasetLoader::supportedSchemaVersion;
    if (version) {
        schema = version->is_number_integer() ? version->get<long long>() : 0;
        if (schema < DatasetLoader::oldestSchemaVersion ||
            schema > DatasetLoader::supportedSchemaVersion) {
            problem(QStringLiteral("/schemaVersion"),
                    tr("schema version %1 is not supported (expected %2 to %3)")
                        .arg(fromStd(version->dump()))
                        .arg(DatasetLoader::oldestSchemaVersion)
                        .arg(DatasetLoader::supportedSchemaVersion));
            return; // a different version means different rules: checking further misleads
        }
    }
    m_dataset.schemaVersion = int(schema);
    // Version 1 has no periods and no metadata: such a file reads as before and draws no
    // period and no landmark.
    if (schema >= 2)
        checkKnownFields(root, QString(),
                         {"schemaVersion", "title", "metadata", "sources", "places", "observations",
                          "ventures", "pairings", "events", "periods"});
    else
        checkKnownFields(root, QString(),
                         {"schemaVersion", "title", "sources", "places", "observations", "ventures",
                          "pairings", "events"});
    m_dataset.title = readText(root, QString(), "title", true);
    forEachRecord(root, "sources", &Reader::readSource);
    forEachRecord(root, "places", &Reader::readPlace);
    forEachRecord(root, "observations", &Reader::readObservation);
    forEachRecord(root, "ventures", &Reader::readVenture);
    forEachRecord(root, "pairings", &Reader::readPairing);
    forEachRecord(root, "events", &Reader::readEvent);
    if (schema >= 2) {
        readMetadata(root);
        if (root.contains("periods"))
            forEachRecord(root, "periods", &Reader::readPeriod);
    }
    resolveReferences();
}

void Reader::readSource(const json &o, const QString &p)
{
    checkKnownFields(
        o, p,
        {"id", "kind", "footnote", "chapter", "title", "outlet", "year", "url", "quote", "side"});
    Source s;
    s.id = claimId(o, p);
    m_idTargets.insert(s.id, Target::Source);
    const QString kind = readEnum(o, p, "kind", "sourceKind", true);
    s.kind =
        kind == QLatin1String("supplementary") ? Source::Kind::Supplementary : Source::Kind::Book;
    s.footnote =
        readInt(o, p, "footnote", kind == QLatin1String("book"), 1, maxFootnote).value_or(0);
    s.chapter = readInt(o, p, "chapter", false, 1, 5).value_or(0);
    s.title = readString(o, p, "title", true);
    s.outlet = readString(o, p, "outlet", false);
    s.year = readInt(o, p, "year", false, minYear, maxYear).value_or(0);
    s.url = readString(o, p, "url", false);
    s.quote = readString(o, p, "quote", true);
    s.side = readEnum(o, p, "side", "country", false);
    m_dataset.sources.append(s);
}

void Reader::readPlace(const json &o, const QString &p)
{
    checkKnownFields(o, p, {"id", "country", "kind", "name", "altNames", "parent", "lat", "lon"});
    Place place;
    place.id = claimId(o, p);
    m_idTargets.insert(place.id, Target::Place);
    place.country = readEnum(o, p, "country", "country", true);
    place.kind = readEnum(o, p, "kind", "placeKind", true);
    place.name = readText(o, p, "name", true);
    if (const json *alt = member(o, p, "altNames", false, [] { return QString(); })) {
        if (!alt->is_array()) {
            problem(field(p, "altNames"), tr("expected an array, found %1").arg(typeName(*alt)));
        } else {
            for (size_t i = 0; i < alt->size(); ++i) {
                if ((*alt)[i].is_string())
                    place.altNames.append(fromStd((*alt)[i].get_ref<const std::string &>()));
                else
                    problem(field(p, "altNames") + QLatin1Char('/') + QString::number(i),
                            tr("expected a string, found %1").arg(typeName((*alt)[i])));
            }
        }
    }
    place.parent = readRef(o, p, "parent", Target::Place, false);
    const auto lat = readNumber(o, p, "lat", true, -90);
    const auto lon = readNumber(o, p, "lon", true, -180);
    if (lat && lon && !place.country.isEmpty()) {
        const Bounds &b = place.country == QLatin1String("BY") ? belarusBounds : kazakhstanBounds;
        if (*lat < b.minLat || *lat > b.maxLat || *lon < b.minLon || *lon > b.maxLon)
            problem(
                field(p, "lat"),
                tr("%1, %2 lies outside %3")
                    .arg(*lat)
                    .arg(*lon)
                    .arg(place.country == QLatin1String("BY") ? tr("Belarus") : tr("Kazakhstan")));
    }
    place.lat = lat.value_or(0);
    place.lon = lon.value_or(0);
    m_dataset.places.append(place);
}

void Reader::readObservation(const json &o, const QString &p)
{
    checkKnownFields(o, p,
                     {"id", "year", "periodStart", "periodEnd", "indicator", "unit", "value",
                      "qualifier", "status", "scope", "places", "sector", "company", "subject",
                      "reportingSide", "note", "conflictsWith", "sources"});
    Observation obs;
    obs.id = claimId(o, p);
    m_idTargets.insert(obs.id, Target::Observation);
    obs.year = readInt(o, p, "year", true, minYear, maxYear).value_or(0);
    obs.periodStart = readInt(o, p, "periodStart", false, 1, 12).value_or(1);
    obs.periodEnd = readInt(o, p, "periodEnd", false, 1, 12).value_or(12);
    if (obs.periodStart > obs.periodEnd)
        problem(field(p, "periodEnd"), tr("the period ends (month %1) before it starts (month %2)")
                                           .arg(obs.periodEnd)
                                           .arg(obs.periodStart));
    obs.indicator = readEnum(o, p, "indicator", "indicator", true);
    obs.unit = readEnum(o, p, "unit", "unit", true);
    const bool maySign =
        obs.indicator == QLatin1String("balance") || obs.indicator == QLatin1String("growth");
    obs.value = readNumber(o, p, "value", true, maySign ? -std::numeric_limits<double>::max() : 0)
                    .value_or(0);
    obs.qualifier = readEnum(o, p, "qualifier", "qualifier", false, QStringLiteral("exact"));
    obs.status = readEnum(o, p, "status", "obsStatus", false, QStringLiteral("actual"));
    obs.scope = readEnum(o, p, "scope", "scope", true);
    obs.places = readRefs(o, p, "places", Target::Place, obs.scope == QLatin1String("region"));
    if (obs.scope == QLatin1String("region") && obs.places.isEmpty() && o.contains("places"))
        problem(field(p, "places"), tr("a regional figure needs at least one place"));
    obs.sector = readEnum(o, p, "sector", "sector", obs.scope == QLatin1String("sector"));
    obs.company = readText(o, p, "company", obs.scope == QLatin1String("company"));
    obs.subject = readText(o, p, "subject", obs.indicator == QLatin1String("count"));
    obs.reportingSide = readEnum(o, p, "reportingSide", "side", true);
    obs.note = readText(o, p, "note", false);
    obs.conflictsWith = readRefs(o, p, "conflictsWith", Target::Observation, false);
    obs.sources = readSources(o, p, true);
    m_dataset.observations.append(obs);
}

void Reader::readVenture(const json &o, const QString &p)
{
    checkKnownFields(o, p,
                     {"id", "name", "belarusianPartners", "kazakhPartners", "places", "sector",
                      "products", "startYear", "status", "description", "milestones", "sources"});
    Venture v;
    v.id = claimId(o, p);
    m_idTargets.insert(v.id, Target::Venture);
    v.name = readText(o, p, "name", true);
    v.belarusianPartners = readTextList(o, p, "belarusianPartners", true);
    v.kazakhPartners = readTextList(o, p, "kazakhPartners", true);
    v.places = readRefs(o, p, "places", Target::Place, false);
    v.sector = readEnum(o, p, "sector", "sector", true);
    v.products = readText(o, p, "products", false);
    v.startYear = readInt(o, p, "startYear", false, minYear, maxYear).value_or(0);
    v.status = readEnum(o, p, "status", "ventureStatus", true);
    v.description = readText(o, p, "description", true);
    if (const json *list = member(o, p, "milestones", false, [] { return QString(); })) {
        if (!list->is_array()) {
            problem(field(p, "milestones"), tr("expected an array, found %1").arg(typeName(*list)));
        } else {
            for (size_t i = 0; i < list->size(); ++i) {
                const QString mp = field(p, "milestones") + QLatin1Char('/') + QString::number(i);
                const json &m = (*list)[i];
                if (!expectObject(m, mp))
                    continue;
                checkKnownFields(m, mp,
                                 {"year", "description", "units", "valueUsdM", "jobs", "areaM2",
                                  "investmentUsdM", "sources"});
                Milestone milestone;
                milestone.year = readInt(m, mp, "year", true, minYear, maxYear).value_or(0);
                milestone.description = readText(m, mp, "description", true);
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

Party Reader::readParty(const json &o, const QString &p)
{
    Party party;
    if (!expectObject(o, p))
        return party;
    checkKnownFields(o, p, {"name", "place", "kind"});
    party.name = readText(o, p, "name", true);
    party.place = readRef(o, p, "place", Target::Place, false);
    party.kind = readEnum(o, p, "kind", "partyKind", false);
    return party;
}

void Reader::readPairing(const json &o, const QString &p)
{
    checkKnownFields(o, p,
                     {"id", "belarusianSide", "kazakhSide", "level", "year", "document", "areas",
                      "description", "sources"});
    Pairing pairing;
    pairing.id = claimId(o, p);
    m_idTargets.insert(pairing.id, Target::Pairing);
    if (const json *side = member(o, p, "belarusianSide", true, [] { return tr("an object"); }))
        pairing.belarusianSide = readParty(*side, field(p, "belarusianSide"));
    if (const json *side = member(o, p, "kazakhSide", true, [] { return tr("an object"); }))
        pairing.kazakhSide = readParty(*side, field(p, "kazakhSide"));
    pairing.level = readEnum(o, p, "level", "level", true);
    pairing.year = readInt(o, p, "year", false, minYear, maxYear).value_or(0);
    pairing.document = readEnum(o, p, "document", "document", true);
    pairing.areas = readEnumList(o, p, "areas", "area");
    pairing.description = readText(o, p, "description", true);
    pairing.sources = readSources(o, p, true);
    m_dataset.pairings.append(pairing);
}

void Reader::readEvent(const json &o, const QString &p)
{
    checkKnownFields(o, p,
                     {"id", "date", "category", "title", "text", "places", "actors", "ventures",
                      "pairings", "observations", "sources"});
    Event e;
    e.id = claimId(o, p);
    m_idTargets.insert(e.id, Target::Event);
    if (const auto date = readDate(o, p, "date", true, &e.date)) {
        e.year = date->year;
        e.month = date->month;
        e.day = date->day;
        e.precision = date->length == 10
                          ? Event::Precision::Day
                          : (date->length == 7 ? Event::Precision::Month : Event::Precision::Year);
    }
    e.category = readEnum(o, p, "category", "category", true);
    e.title = readText(o, p, "title", true);
    e.text = readText(o, p, "text", true);
    e.places = readRefs(o, p, "places", Target::Place, false);
    e.actors = readTextList(o, p, "actors", false);
    e.ventures = readRefs(o, p, "ventures", Target::Venture, false);
    e.pairings = readRefs(o, p, "pairings", Target::Pairing, false);
    e.observations = readRefs(o, p, "observations", Target::Observation, false);
    e.sources = readSources(o, p, true);
    m_dataset.events.append(e);
}

std::optional<Reader::PartialDate> Reader::readDate(const json &object, const QString &pointer,
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

void Reader::readPeriod(const json &o, const QString &p)
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

void Reader::readMetadata(const json &root)
{
    const QString p = QStringLiteral("/metadata");
    const json *metadata =
        member(root, QString(), "metadata", false, [] { return tr("an object"); });
    if (!metadata || !expectObject(*metadata, p))
        return;
    checkKnownFields(*metadata, p, {"book", "timeline", "turnoverChart"});
    DatasetMetadata &m = m_dataset.metadata;
    const QString bookPointer = field(p, "book");
    if (const json *book = member(*metadata, p, "book", false, [] { return tr("an object"); });
        book && expectObject(*book, bookPointer)) {
        checkKnownFields(*book, bookPointer,
                         {"authorFamily", "authorGiven", "authorVariants", "title", "subtitle",
                          "publisher", "place", "year", "isbn", "language"});
        BookReference &b = m.book;
        b.authorFamily = readString(*book, bookPointer, "authorFamily", true);
        b.authorGiven = readString(*book, bookPointer, "authorGiven", false);
        if (const json *variants = member(*book, bookPointer, "authorVariants", false,
                                          [] { return tr("an array of strings"); })) {
            const QString vp = field(bookPointer, "authorVariants");
            if (!variants->is_array()) {
                problem(vp, tr("expected an array, found %1").arg(typeName(*variants)));
            } else {
                for (size_t i = 0; i < variants->size(); ++i) {
                    const json &v = (*variants)[i];
                    if (v.is_string())
                        b.authorVariants.append(fromStd(v.get<std::string>()));
                    else
                        problem(vp + QLatin1Char('/') + QString::number(i),
                                tr("expected a string, found %1").arg(typeName(v)));
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
        const json *span = member(*metadata, p, key, false, [] { return tr("an object"); });
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
        const auto it = m_idTargets.constFind(ref.id);
        // The kind of record, as a noun and with its article ("an observation").
        QString what;
        QString aWhat;
        switch (ref.target) {
        case Target::Source:
            what = tr("source");
            aWhat = tr("a source");
            break;
        case Target::Place:
            what = tr("place");
            aWhat = tr("a place");
            break;
        case Target::Observation:
            what = tr("observation");
            aWhat = tr("an observation");
            break;
        case Target::Venture:
            what = tr("venture");
            aWhat = tr("a venture");
            break;
        case Target::Pairing:
            what = tr("pairing");
            aWhat = tr("a pairing");
            break;
        case Target::Event:
            what = tr("event");
            aWhat = tr("an event");
            break;
        }
        if (it == m_idTargets.constEnd())
            problem(ref.pointer, tr("unknown %1 id %2").arg(what, quoted(ref.id)));
        else if (it.value() != ref.target)
            problem(ref.pointer, tr("%1 is not the id of %2").arg(quoted(ref.id), aWhat));
    }
}

// Builds the document like json::parse, but stops at the first object or array nested
// deeper than the limit, so a hostile file (a million '[') is refused without building it.
class DepthLimitedBuilder : public nlohmann::detail::json_sax_dom_parser<json>
{
public:
    DepthLimitedBuilder(json &root, int limit)
        : json_sax_dom_parser(root, true)
        , m_limit(limit)
    {}
    bool start_object(std::size_t elements)
    {
        return ++m_depth <= m_limit && json_sax_dom_parser::start_object(elements);
    }
    bool end_object()
    {
        --m_depth;
        return json_sax_dom_parser::end_object();
    }
    bool start_array(std::size_t elements)
    {
        return ++m_depth <= m_limit && json_sax_dom_parser::start_array(elements);
    }
    bool end_array()
    {
        --m_depth;
        return json_sax_dom_parser::end_array();
    }
    bool tooDeep() const { return m_depth > m_limit; }

private:
    int m_limit;
    int m_depth = 0;
};

// Where a document first nests deeper than the limit; only called once a parse has been
// stopped for that reason, to report the position.
qsizetype tooDeepAt(const QByteArray &bytes, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

// nlohmann's messages carry their own "[json.exception…] parse error at line 1, column 5:"
// prefix; the position is reported separately, so keep only the explanation.
QString parserExplanation(const char *what)
{
    QString message = QString::fromUtf8(what);
    const qsizetype columnAt = message.indexOf(QLatin1String(", column "));
    const qsizetype colon = columnAt >= 0 ? message.indexOf(QLatin1String(": "), columnAt)
                                          : message.indexOf(QLatin1String(": "));
    if (colon >= 0)
        message = message.mid(colon + 2);
    return message;
}

} // namespace

LoadResult DatasetLoader::loadFile(const QString &path)
{
    LoadResult result;
    QFile file(path);
    const QString label = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).filePath();
    auto fail = [&](const QString &message) {
        result.unreadable = true;
        result.problems.append({label, 0, 0, QString(), message});
        return result;
    };
    if (!QFileInfo::exists(path))
        return fail(tr("no such file"));
    if (QFileInfo(path).isDir())
        return fail(tr("is a folder, not a dataset file"));
    if (file.size() > maxFileSize)
        return fail(tr("the file is %1 MiB; datasets larger than %2 MiB are refused")
                        .arg(file.size() / (1024 * 1024))
                        .arg(maxFileSize / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize)
        return fail(tr("datasets larger than %1 MiB are refused").arg(maxFileSize / (1024 * 1024)));
    return loadBytes(bytes, label);
}

LoadResult DatasetLoader::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    LoadResult result;
    auto located = [&](int line, int column, const QString &pointer, const QString &message) {
        result.problems.append({fileName, line, column, pointer, message});
    };

    if (bytes.trimmed().isEmpty()) {
        located(1, 1, QString(), tr("the file is empty; expected a JSON object"));
        return result;
    }
    json root;
    try {
        DepthLimitedBuilder builder(root, maxNesting);
        const bool complete = json::sax_parse(bytes.constBegin(), bytes.constEnd(), &builder);
        if (!complete && builder.tooDeep()) {
            const auto position = JsonPositionIndex::locate(bytes, tooDeepAt(bytes, maxNesting));
            located(position.line, position.column, QString(),
                    tr("nesting deeper than %1 levels is refused").arg(maxNesting));
            return result;
        }
    } catch (const json::parse_error &error) {
        // byte is 1-based and points just past the offending character.
        const qsizetype offset = std::max<qsizetype>(0, qsizetype(error.byte) - 1);
        const auto position = JsonPositionIndex::locate(bytes, offset);
        located(position.line, position.column, QString(),
                tr("broken JSON: %1").arg(parserExplanation(error.what())));
        return result;
    } catch (const std::exception &error) {
        located(1, 1, QString(), tr("cannot be parsed: %1").arg(QString::fromUtf8(error.what())));
        return result;
    }

    auto dataset = std::make_shared<Dataset>();
    try {
        Reader reader(*dataset);
        reader.read(root);
        if (!reader.problems.isEmpty()) {
            const JsonPositionIndex positions(bytes);
            for (const auto &[pointer, message] : std::as_const(reader.problems)) {
                const auto position = positions.find(pointer);
                located(position.line, position.column, pointer, message);
            }
            if (reader.truncated)
                located(
                    0, 0, QString(),
                    tr("more problems were found; only the first %1 are listed").arg(maxProblems));
            return result;
        }
    } catch (const std::exception &error) {
        // The reader checks types before every access; this is the boundary's last guard.
        located(0, 0, QString(), tr("cannot be read: %1").arg(QString::fromUtf8(error.what())));
        return result;
    }
    dataset->index();
    result.dataset = std::move(dataset);
    return result;
}

} // namespace pe
