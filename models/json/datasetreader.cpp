#include "models/json/datasetreader.h"

#include "models/json/jsonpositionindex.h"
#include "models/weburl.h"

namespace pe::reading {

QString Reader::typeName(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::Object:
        return tr("an object");
    case JsonValue::Type::Array:
        return tr("an array");
    case JsonValue::Type::String:
        return tr("a string");
    case JsonValue::Type::Boolean:
        return tr("a boolean");
    case JsonValue::Type::Integer:
    case JsonValue::Type::Unsigned:
        return tr("an integer");
    case JsonValue::Type::Float:
        return tr("a number");
    case JsonValue::Type::Null:
        return tr("null");
    }
    return tr("an unsupported value");
}

bool Reader::expectObject(const JsonValue &value, const QString &pointer)
{
    if (value.isObject())
        return true;
    problem(pointer, tr("expected an object, found %1").arg(typeName(value)));
    return false;
}

void Reader::checkKnownFields(const JsonValue &object, const QString &pointer,
                              std::initializer_list<std::string_view> known)
{
    for (const JsonValue member : object) {
        const std::string_view name = member.key();
        const bool isKnown = std::find(known.begin(), known.end(), name) != known.end();
        if (!isKnown) {
            const QString key = fromStd(name);
            problem(pointer + QLatin1Char('/') + escapePointerToken(key),
                    tr("unknown field %1").arg(quoted(key)));
        }
    }
}

void Reader::reportTooLong(const QString &text, const QString &pointer, int maxLength)
{
    problem(pointer,
            tr("too long: %1 characters, at most %2 are allowed").arg(text.size()).arg(maxLength));
}

bool Reader::withinCount(const JsonValue &array, const QString &pointer, int maxItems)
{
    if (array.size() <= size_t(maxItems))
        return true;
    problem(pointer, tr("too many: %1 items, at most %2 are allowed")
                         .arg(qulonglong(array.size()))
                         .arg(maxItems));
    return false;
}

QString Reader::readString(const JsonValue &object, const QString &pointer, const char *key,
                           bool required, int maxLength)
{
    const std::optional<JsonValue> value =
        member(object, pointer, key, required, [] { return tr("a string"); });
    if (!value)
        return {};
    if (!value->isString()) {
        problem(field(pointer, key), tr("expected a string, found %1").arg(typeName(*value)));
        return {};
    }
    QString text = fromStd(value->text()).trimmed();
    if (required && text.isEmpty())
        problem(field(pointer, key), tr("must not be empty"));
    if (!withinLength(text, maxLength, [&] { return field(pointer, key); }))
        return {};
    return text;
}

QString Reader::readUrl(const JsonValue &object, const QString &pointer, const char *key,
                        bool required)
{
    QString url = readString(object, pointer, key, required, InputLimits::url);
    if (!url.isEmpty() && !weburl::resolve(url).isValid()) {
        problem(field(pointer, key),
                tr("%1 is not a web address: expected http:// or https:// (or an address "
                   "printed without one, such as www.example.org/page)")
                    .arg(quoted(url)));
        return {};
    }
    return url;
}

QStringList Reader::readStrings(const JsonValue &object, const QString &pointer, const char *key)
{
    const std::optional<JsonValue> value =
        member(object, pointer, key, false, [] { return QString(); });
    if (!value)
        return {};
    if (!value->isArray()) {
        problem(field(pointer, key), tr("expected an array, found %1").arg(typeName(*value)));
        return {};
    }
    QStringList strings;
    const QString arrayPointer = field(pointer, key);
    if (!withinCount(*value, arrayPointer, InputLimits::items))
        return strings;
    int i = 0;
    for (const JsonValue item : *value) {
        const int index = i++;
        if (!item.isString()) {
            problem(itemOf(arrayPointer, index),
                    tr("expected a string, found %1").arg(typeName(item)));
            continue;
        }
        const QString text = fromStd(item.text()).trimmed();
        if (text.isEmpty())
            problem(itemOf(arrayPointer, index), tr("must not be empty"));
        else if (withinLength(text, InputLimits::name, [&] { return itemOf(arrayPointer, index); }))
            strings.append(text);
    }
    return strings;
}

std::optional<int> Reader::readInt(const JsonValue &object, const QString &pointer, const char *key,
                                   bool required, int min, int max)
{
    const std::optional<JsonValue> value =
        member(object, pointer, key, required, [] { return tr("an integer"); });
    if (!value)
        return std::nullopt;
    if (!value->isInteger()) {
        problem(field(pointer, key), tr("expected an integer, found %1").arg(typeName(*value)));
        return std::nullopt;
    }
    const auto number = value->integer();
    if (number < min || number > max) {
        problem(field(pointer, key),
                tr("%1 is out of range: expected %2 to %3").arg(number).arg(min).arg(max));
        return std::nullopt;
    }
    return int(number);
}

std::optional<double> Reader::readNumber(const JsonValue &object, const QString &pointer,
                                         const char *key, bool required, double min)
{
    const std::optional<JsonValue> value =
        member(object, pointer, key, required, [] { return tr("a number"); });
    if (!value)
        return std::nullopt;
    if (!value->isNumber()) {
        problem(field(pointer, key), tr("expected a number, found %1").arg(typeName(*value)));
        return std::nullopt;
    }
    const double number = value->number();
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

LocalizedText Reader::textValue(const JsonValue &value, const QString &pointer, int maxLength)
{
    LocalizedText text;
    if (!value.isObject()) {
        problem(pointer, tr("expected a text in three languages ({\"en\", \"fr\", \"ru\"}), "
                            "found %1")
                             .arg(typeName(value)));
        return text;
    }
    checkKnownFields(value, pointer, {"en", "fr", "ru"});
    text.en = readString(value, pointer, "en", true, maxLength);
    text.fr = readString(value, pointer, "fr", true, maxLength);
    text.ru = readString(value, pointer, "ru", true, maxLength);
    return text;
}

LocalizedText Reader::readText(const JsonValue &object, const QString &pointer, const char *key,
                               bool required, int maxLength)
{
    const std::optional<JsonValue> value = member(object, pointer, key, required, [] {
        return tr("a text in three languages ({\"en\", \"fr\", \"ru\"})");
    });
    return value ? textValue(*value, field(pointer, key), maxLength) : LocalizedText();
}

QList<LocalizedText> Reader::readTextList(const JsonValue &object, const QString &pointer,
                                          const char *key, bool required)
{
    const std::optional<JsonValue> value =
        member(object, pointer, key, required, [] { return tr("an array of texts"); });
    if (!value)
        return {};
    if (!value->isArray()) {
        problem(field(pointer, key), tr("expected an array, found %1").arg(typeName(*value)));
        return {};
    }
    QList<LocalizedText> result;
    if (!withinCount(*value, field(pointer, key), InputLimits::items))
        return result;
    int i = 0;
    for (const JsonValue item : *value)
        result.append(
            textValue(item, field(pointer, key) + QLatin1Char('/') + QString::number(i++)));
    return result;
}

QStringList Reader::readRefs(const JsonValue &object, const QString &pointer, const char *key,
                             Target target, bool required, int maxItems)
{
    const std::optional<JsonValue> value =
        member(object, pointer, key, required, [] { return tr("an array of ids"); });
    if (!value)
        return {};
    if (!value->isArray()) {
        problem(field(pointer, key), tr("expected an array, found %1").arg(typeName(*value)));
        return {};
    }
    QStringList ids;
    const QString arrayPointer = field(pointer, key);
    if (!withinCount(*value, arrayPointer, maxItems))
        return ids;
    int i = 0;
    for (const JsonValue item : *value) {
        const int index = i++;
        if (!item.isString()) {
            problem(itemOf(arrayPointer, index),
                    tr("expected an id (a string), found %1").arg(typeName(item)));
            continue;
        }
        const QString id = fromStd(item.text());
        if (!withinLength(id, InputLimits::id, [&] { return itemOf(arrayPointer, index); }))
            continue;
        m_references.append({arrayPointer, index, id, target});
        ids.append(id);
    }
    return ids;
}

QString Reader::readRef(const JsonValue &object, const QString &pointer, const char *key,
                        Target target, bool required)
{
    QString id = readString(object, pointer, key, required, InputLimits::id);
    if (!id.isEmpty())
        m_references.append({field(pointer, key), -1, id, target});
    return id;
}

QStringList Reader::readSources(const JsonValue &object, const QString &pointer, bool required)
{
    QStringList ids =
        readRefs(object, pointer, "sources", Target::Source, required, InputLimits::sources);
    if (required && ids.isEmpty() && object.contains("sources"))
        problem(field(pointer, "sources"), tr("needs at least one source"));
    return ids;
}

QString Reader::claimId(const JsonValue &object, const QString &pointer,
                        std::optional<Target> target)
{
    QString id = readString(object, pointer, "id", true, InputLimits::id);
    if (id.isEmpty())
        return id;
    const auto claim = m_ids.find(id);
    if (claim == m_ids.end()) {
        m_ids.insert(id, Claim{pointer, target});
        return id;
    }
    problem(field(pointer, "id"),
            tr("duplicate id %1 (already used at %2)").arg(quoted(id), claim->pointer));
    // A reference to the id is checked against the later record's kind.
    if (target)
        claim->target = target;
    return id;
}

const QHash<QString, Reader::ReadOne> &Reader::recordReaders()
{
    static const QHash<QString, ReadOne> readers = {
        {QStringLiteral("sources"), &Reader::readSource},
        {QStringLiteral("places"), &Reader::readPlace},
        {QStringLiteral("observations"), &Reader::readObservation},
        {QStringLiteral("ventures"), &Reader::readVenture},
        {QStringLiteral("pairings"), &Reader::readPairing},
        {QStringLiteral("events"), &Reader::readEvent},
        {QStringLiteral("periods"), &Reader::readPeriod}};
    return readers;
}

QStringList Reader::collections()
{
    return recordReaders().keys();
}

void Reader::readRecord(const QString &collection, int index, const JsonValue &record)
{
    const ReadOne readOne = recordReaders().value(collection);
    const QString pointer = joined(QLatin1Char('/') + collection, QString::number(index));
    if (readOne && expectObject(record, pointer))
        (this->*readOne)(record, pointer);
}

void Reader::read(const JsonValue &root)
{
    if (!expectObject(root, QString()))
        return;
    const std::optional<JsonValue> version =
        member(root, QString(), "schemaVersion", true, [] { return tr("an integer"); });
    long long schema = DatasetLoader::supportedSchemaVersion;
    if (version) {
        schema = version->isInteger() ? version->integer() : 0;
        if (schema < DatasetLoader::oldestSchemaVersion ||
            schema > DatasetLoader::supportedSchemaVersion) {
            // What was read of the records under rules of the wrong version says nothing.
            problems.clear();
            truncated = false;
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
    } else {
        m_dataset.periods.clear(); // version 1 has none (streamed, they were read)
    }
    resolveReferences();
    checkPlaceParents();
}

void Reader::checkPlaceParents()
{
    // Each place is walked up once: a place already known to end well ends every walk that
    // reaches it, so a hundred thousand places cost a hundred thousand steps.
    QHash<QString, const Place *> places;
    for (const Place &place : std::as_const(m_dataset.places))
        places.insert(place.id, &place);
    enum State { Unvisited, OnPath, Done };
    QHash<QString, State> state;
    QHash<QString, int> depth; // places above a place that ends well
    for (const Place &start : std::as_const(m_dataset.places)) {
        QStringList path;
        QString current = start.id;
        while (!current.isEmpty() && state.value(current, Unvisited) == Unvisited) {
            const Place *place = places.value(current);
            if (!place)
                break; // an unknown parent is reported as such
            state.insert(current, OnPath);
            path.append(current);
            current = place->parent;
        }
        int above = -1; // the place the walk stopped at ends well: its depth
        if (!current.isEmpty() && state.value(current) == OnPath) {
            // Back on the walk's own path: every place from there on is in the cycle.
            const QStringList cycle = path.mid(path.indexOf(current));
            for (const QString &id : cycle) {
                problem(field(m_ids.value(id).pointer, "parent"),
                        tr("the parents of %1 lead back to it: %2")
                            .arg(quoted(id), cycle.join(QStringLiteral(" → ")) +
                                                 QStringLiteral(" → ") + cycle.constFirst()));
                state.insert(id, Done);
                depth.insert(id, InputLimits::parentDepth + 1);
            }
            path = path.mid(0, path.indexOf(current));
            above = InputLimits::parentDepth + 1;
        } else if (!current.isEmpty() && places.contains(current)) {
            above = depth.value(current);
        }
        for (auto it = path.crbegin(); it != path.crend(); ++it) {
            ++above;
            state.insert(*it, Done);
            depth.insert(*it, above);
            if (above == InputLimits::parentDepth + 1)
                problem(field(m_ids.value(*it).pointer, "parent"),
                        tr("more than %1 places above %2")
                            .arg(InputLimits::parentDepth)
                            .arg(quoted(*it)));
        }
    }
}

} // namespace pe::reading
