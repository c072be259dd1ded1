#pragma once

// The dataset reader's parts, shared by models/json/datasetreader.cpp (the generic typed
// readers) and models/json/recordreaders.cpp (one reader per kind of record). Private to
// pe_models.

#include "models/dataset.h"
#include "models/datasetloader.h"
#include "models/json/jsontree.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <utility>

namespace pe::reading {

constexpr int minYear = DatasetLoader::minYear;
constexpr int maxYear = DatasetLoader::maxYear;
constexpr int maxFootnote = 117;

inline QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A value as a message quotes it: a long one cut short, so that a megabyte of hostile text
// never becomes a megabyte of message.
inline QString quoted(const QString &s)
{
    constexpr qsizetype longest = 80;
    return QLatin1Char('"') + (s.size() > longest ? s.left(longest - 1) + QChar(0x2026) : s) +
           QLatin1Char('"');
}

enum class Target { Source, Place, Observation, Venture, Pairing, Event };

// A reference to a record by its id, checked once every record has been read. Where it stands
// is kept as its array's pointer and its place in it, spelled out only for a problem.
struct Reference
{
    QString container; // the field holding the id, or the array holding it
    int item;          // its place in that array, or -1 for a field holding one id
    QString id;
    Target target;

    QString pointer() const
    {
        return item < 0 ? container : container + QLatin1Char('/') + QString::number(item);
    }
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

    void read(const JsonValue &root);
    // One record of a collection read as the file is parsed (recordstream.h); read() then
    // reads the rest of the top level, where the streamed collections stand empty.
    void readRecord(const QString &collection, int index, const JsonValue &record);
    static QStringList collections();

    QList<std::pair<QString, QString>> problems;
    bool truncated = false;

private:
    // The collections whose records are streamed, each with the reader of one record.
    using ReadOne = void (Reader::*)(const JsonValue &, const QString &);
    static const QHash<QString, ReadOne> &recordReaders();

    void problem(const QString &pointer, const QString &message)
    {
        if (problems.size() >= DatasetLoader::maxProblems) {
            truncated = true;
            return;
        }
        problems.append({pointer, message});
    }

    static QString typeName(const JsonValue &value);
    // A member's or an item's pointer, in one allocation: a localized text's pointer is
    // spelled out for each one read.
    static QString field(const QString &pointer, const char *key)
    {
        return joined(pointer, QLatin1String(key));
    }
    static QString itemOf(const QString &arrayPointer, int item)
    {
        return joined(arrayPointer, QString::number(item));
    }
    template<typename Token> static QString joined(const QString &pointer, const Token &token)
    {
        QString joined;
        joined.reserve(pointer.size() + 1 + token.size());
        joined.append(pointer).append(QLatin1Char('/')).append(token);
        return joined;
    }
    static QString nounOf(Target target);
    static QString nounWithArticleOf(Target target);

    bool expectObject(const JsonValue &value, const QString &pointer);
    void checkKnownFields(const JsonValue &object, const QString &pointer,
                          std::initializer_list<std::string_view> known);
    // expected() names what the field should hold; it is called only when the field is
    // missing, so reading a valid file never pays for composing the message.
    template<typename Expected>
    std::optional<JsonValue> member(const JsonValue &object, const QString &pointer,
                                    const char *key, bool required, Expected expected);

    QString readString(const JsonValue &object, const QString &pointer, const char *key,
                       bool required, int maxLength = InputLimits::name);
    // An optional array of non-empty strings (a place's other names, a work's authors).
    QStringList readStrings(const JsonValue &object, const QString &pointer, const char *key);
    // A web address (http or https, or printed without a scheme): weburl.h.
    QString readUrl(const JsonValue &object, const QString &pointer, const char *key,
                    bool required);
    // Whether text is within maxLength characters; reports it at pointerOf() otherwise. The
    // pointer is spelled out only then: almost every string is within its limit.
    template<typename PointerOf>
    bool withinLength(const QString &text, int maxLength, PointerOf pointerOf)
    {
        if (text.size() <= maxLength)
            return true;
        reportTooLong(text, pointerOf(), maxLength);
        return false;
    }
    void reportTooLong(const QString &text, const QString &pointer, int maxLength);
    // Whether an array holds at most maxItems items; reports it otherwise.
    bool withinCount(const JsonValue &array, const QString &pointer, int maxItems);
    std::optional<int> readInt(const JsonValue &object, const QString &pointer, const char *key,
                               bool required, int min, int max);
    std::optional<double> readNumber(const JsonValue &object, const QString &pointer,
                                     const char *key, bool required,
                                     double min = -std::numeric_limits<double>::max());
    // A key of one of the vocabularies (models/terms.h), through its table; allowed narrows
    // it (a place's country is never "unknown"). nullopt, with the problem reported, for a
    // missing required field or a key not allowed.
    template<typename E>
    std::optional<E> readTerm(const JsonValue &object, const QString &pointer, const char *key,
                              bool required, const QList<E> &allowed = allValues<E>());
    template<typename E>
    QList<E> readTermList(const JsonValue &object, const QString &pointer, const char *key);
    template<typename E>
    std::optional<E> termValue(const JsonValue &value, const QString &pointer,
                               const QList<E> &allowed);
    static QString oneOf(const QStringList &keys) { return keys.join(QStringLiteral(", ")); }
    LocalizedText readText(const JsonValue &object, const QString &pointer, const char *key,
                           bool required, int maxLength = InputLimits::name);
    LocalizedText textValue(const JsonValue &value, const QString &pointer,
                            int maxLength = InputLimits::name);
    QList<LocalizedText> readTextList(const JsonValue &object, const QString &pointer,
                                      const char *key, bool required);
    QStringList readRefs(const JsonValue &object, const QString &pointer, const char *key,
                         Target target, bool required, int maxItems = InputLimits::items);
    QString readRef(const JsonValue &object, const QString &pointer, const char *key, Target target,
                    bool required);
    QStringList readSources(const JsonValue &object, const QString &pointer, bool required);
    // The record's id, claimed for it (a duplicate is reported); target is the kind of record
    // references to it may name, none for a record no reference names (a period).
    QString claimId(const JsonValue &object, const QString &pointer,
                    std::optional<Target> target = std::nullopt);

    template<typename Fn>
    void forEachRecord(const JsonValue &root, const char *collection, Fn readOne);

    void readSource(const JsonValue &o, const QString &p);
    void readPlace(const JsonValue &o, const QString &p);
    void readObservation(const JsonValue &o, const QString &p);
    void readGrowthOf(const JsonValue &o, const QString &p, Observation &obs);
    void readVenture(const JsonValue &o, const QString &p);
    void readPairing(const JsonValue &o, const QString &p);
    Party readParty(const JsonValue &o, const QString &p);
    void readEvent(const JsonValue &o, const QString &p);
    void readPeriod(const JsonValue &o, const QString &p);
    void readMetadata(const JsonValue &root);
    // A date as events write it (YYYY, YYYY-MM or YYYY-MM-DD): year, month, day (0 when not
    // given); nullopt, with the problem reported, when it is not one.
    struct PartialDate
    {
        int year = 0;
        int month = 0;
        int day = 0;
        int length = 0;
    };
    std::optional<PartialDate> readDate(const JsonValue &object, const QString &pointer,
                                        const char *key, bool required, QString *text = nullptr);
    void resolveReferences();
    // Each place's parents end at a place without one, within InputLimits::parentDepth.
    void checkPlaceParents();

    Dataset &m_dataset;
    // Each id read so far: where it was first claimed, and by what kind of record.
    struct Claim
    {
        QString pointer;
        std::optional<Target> target;
    };
    QHash<QString, Claim> m_ids;
    QList<Reference> m_references;
};

template<typename Expected>
std::optional<JsonValue> Reader::member(const JsonValue &object, const QString &pointer,
                                        const char *key, bool required, Expected expected)
{
    std::optional<JsonValue> value = object.member(key);
    if (!value && required)
        problem(field(pointer, key), tr("missing required field %1 (expected %2)")
                                         .arg(quoted(QLatin1String(key)), expected()));
    return value;
}

template<typename E>
std::optional<E> Reader::termValue(const JsonValue &value, const QString &pointer,
                                   const QList<E> &allowed)
{
    if (!value.isString()) {
        problem(pointer, tr("expected a string, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    const QString text = fromStd(value.text());
    const std::optional<E> term = fromKey<E>(text);
    if (!term || !allowed.contains(*term)) {
        problem(pointer, tr("%1 is not one of: %2").arg(quoted(text), oneOf(keysOf(allowed))));
        return std::nullopt;
    }
    return term;
}

template<typename E>
std::optional<E> Reader::readTerm(const JsonValue &object, const QString &pointer, const char *key,
                                  bool required, const QList<E> &allowed)
{
    const std::optional<JsonValue> value = member(object, pointer, key, required, [&allowed] {
        return tr("one of: %1").arg(oneOf(keysOf(allowed)));
    });
    return value ? termValue(*value, field(pointer, key), allowed) : std::nullopt;
}

template<typename E>
QList<E> Reader::readTermList(const JsonValue &object, const QString &pointer, const char *key)
{
    const std::optional<JsonValue> value =
        member(object, pointer, key, false, [] { return QString(); });
    if (!value)
        return {};
    if (!value->isArray()) {
        problem(field(pointer, key), tr("expected an array, found %1").arg(typeName(*value)));
        return {};
    }
    QList<E> result;
    if (!withinCount(*value, field(pointer, key), InputLimits::items))
        return result;
    int i = 0;
    for (const JsonValue item : *value) {
        const QString itemPointer = field(pointer, key) + QLatin1Char('/') + QString::number(i++);
        if (const std::optional<E> term = termValue(item, itemPointer, allValues<E>()))
            result.append(*term);
    }
    return result;
}

template<typename Fn>
void Reader::forEachRecord(const JsonValue &root, const char *collection, Fn readOne)
{
    const QString pointer = QLatin1Char('/') + QLatin1String(collection);
    const std::optional<JsonValue> list =
        member(root, QString(), collection, true, [] { return tr("an array"); });
    if (!list)
        return;
    if (!list->isArray()) {
        problem(pointer, tr("expected an array, found %1").arg(typeName(*list)));
        return;
    }
    int i = 0;
    for (const JsonValue item : *list) {
        const QString itemPointer = pointer + QLatin1Char('/') + QString::number(i++);
        if (expectObject(item, itemPointer))
            (this->*readOne)(item, itemPointer);
    }
}

} // namespace pe::reading
