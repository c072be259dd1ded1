#include "models/json/recordstream.h"

#include "models/datasetloader.h"
#include "models/json/jsonpositionindex.h"

#include <iterator>
#include <memory>
#include <string>
#include <unordered_set>

namespace pe::reading {

namespace {

using nlohmann::json;

// A pointer into the bytes that tells, as the parser reads, how far it has read: the SAX
// interface says what was read, not where.
struct TrackedChar
{
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    const char *at = nullptr;
    const char **read = nullptr; // the position after the last character the parser took

    reference operator*() const { return *at; }
    TrackedChar &operator++()
    {
        *read = ++at;
        return *this;
    }
    TrackedChar operator++(int)
    {
        TrackedChar before = *this;
        ++*this;
        return before;
    }
    bool operator==(const TrackedChar &other) const { return at == other.at; }
    bool operator!=(const TrackedChar &other) const { return at != other.at; }
};

// The keys of one object read so far: a short list while it is short (most records have a
// dozen keys), a hash set once an object has many, so that a hostile object of a million
// keys costs no more than its length.
class KeySet
{
public:
    // False when key was already there.
    bool insert(const std::string &key)
    {
        if (m_set.empty()) {
            if (std::find(m_list.cbegin(), m_list.cend(), key) != m_list.cend())
                return false;
            m_list.push_back(key);
            if (m_list.size() > 32) {
                m_set.insert(m_list.cbegin(), m_list.cend());
                m_list.clear();
            }
            return true;
        }
        return m_set.insert(key).second;
    }

private:
    std::vector<std::string> m_list;
    std::unordered_set<std::string> m_set;
};

// Where the parser is in the document: each open object with its keys and the member being
// read, each open array with the index of its item.
struct Frame
{
    bool object = true;
    KeySet keys;
    std::string key;
    long long index = -1;
};

class Streamer
{
public:
    Streamer(const char *begin, const char *const *read, int maxNesting,
             const QStringList &collections, const RecordHandler &handle, const CarryOn &carryOn,
             StreamedDocument &document)
        : m_begin(begin)
        , m_read(read)
        , m_maxNesting(maxNesting)
        , m_collections(collections)
        , m_handle(handle)
        , m_carryOn(carryOn)
        , m_document(document)
    {}

    bool tooDeep() const { return m_tooDeep; }

    // --- the SAX interface ---------------------------------------------------------------
    bool null()
    {
        return value([](auto &b) { return b.null(); });
    }
    bool boolean(bool v)
    {
        return value([v](auto &b) { return b.boolean(v); });
    }
    bool number_integer(json::number_integer_t v)
    {
        return value([v](auto &b) { return b.number_integer(v); });
    }
    bool number_unsigned(json::number_unsigned_t v)
    {
        return value([v](auto &b) { return b.number_unsigned(v); });
    }
    bool number_float(json::number_float_t v, const json::string_t &s)
    {
        return value([&](auto &b) { return b.number_float(v, s); });
    }
    bool string(json::string_t &v)
    {
        return value([&](auto &b) { return b.string(v); });
    }
    bool binary(json::binary_t &v)
    {
        return value([&](auto &b) { return b.binary(v); });
    }

    bool start_object(std::size_t size)
    {
        if (++m_depth > m_maxNesting) {
            m_tooDeep = true;
            return false;
        }
        enterValue();
        m_frames.push_back(Frame());
        // The document's own object: its members are read one by one below.
        if (m_depth == 1 && !m_builder) {
            m_inRoot = true;
            return true;
        }
        beginValue();
        return m_builder->start_object(size);
    }
    bool end_object()
    {
        --m_depth;
        m_frames.pop_back();
        if (m_inRoot && m_depth == 0 && !m_builder) {
            m_inRoot = false;
            return true;
        }
        const bool ok = m_builder->end_object();
        return endContainer() && ok;
    }
    bool start_array(std::size_t size)
    {
        if (++m_depth > m_maxNesting) {
            m_tooDeep = true;
            return false;
        }
        enterValue();
        Frame array;
        array.object = false;
        m_frames.push_back(std::move(array));
        // A collection of records at the top level: streamed, one record at a time.
        if (m_inRoot && m_depth == 2 && !m_builder && m_collections.contains(m_key)) {
            m_collection = m_key;
            m_document.root[m_key.toStdString()] = json::array();
            m_document.records[m_key].clear();
            return true;
        }
        beginValue();
        return m_builder->start_array(size);
    }
    bool end_array()
    {
        --m_depth;
        m_frames.pop_back();
        if (!m_collection.isEmpty() && m_depth == 1 && !m_builder) {
            m_collection.clear();
            return true;
        }
        const bool ok = m_builder->end_array();
        return endContainer() && ok;
    }
    bool key(json::string_t &k)
    {
        if (!m_frames.empty()) {
            Frame &object = m_frames.back();
            if (!object.keys.insert(k))
                noteDuplicate(k);
            object.key = k;
        }
        if (m_builder)
            return m_builder->key(k);
        m_key = QString::fromUtf8(k.data(), qsizetype(k.size()));
        return true;
    }
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &error)
    {
        m_error = {position, error.what()};
        return false;
    }

    // Where the JSON broke (1-based: just past the offending byte) and nlohmann's words.
    struct Error
    {
        std::size_t position = 0;
        std::string what;
    };
    const std::optional<Error> &error() const { return m_error; }

private:
    using Builder = nlohmann::detail::json_sax_dom_parser<json>;

    qsizetype offset() const { return qsizetype(*m_read - m_begin); }

    // A value starts where the innermost container is an array: it is the array's next item.
    void enterValue()
    {
        if (!m_frames.empty() && !m_frames.back().object)
            ++m_frames.back().index;
    }

    void noteDuplicate(const std::string &key)
    {
        // Past the problems a load lists, one more says there were more.
        if (m_document.duplicateKeys.size() > size_t(DatasetLoader::maxProblems))
            return;
        QString pointer;
        for (size_t i = 0; i + 1 < m_frames.size(); ++i) {
            const Frame &frame = m_frames.at(i);
            pointer += QLatin1Char('/') +
                       (frame.object ? escapePointerToken(QString::fromStdString(frame.key))
                                     : QString::number(frame.index));
        }
        const QString name = QString::fromStdString(key);
        pointer += QLatin1Char('/') + escapePointerToken(name);
        // The parser has just read the key's closing quote: its opening one is the first
        // quote before it that no backslash escapes.
        qsizetype at = offset() - 2;
        while (at > 0) {
            if (m_begin[at] == '"') {
                qsizetype backslashes = 0;
                while (at - 1 - backslashes >= 0 && m_begin[at - 1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
            --at;
        }
        m_document.duplicateKeys.push_back({std::max<qsizetype>(0, at), pointer, name});
    }

    // A value starts: a record of the collection being streamed, a member of the top level,
    // or the document itself when it is not an object.
    void beginValue()
    {
        if (m_builder) {
            ++m_nested;
            return;
        }
        m_value = json();
        m_builder = std::make_unique<Builder>(m_value, true);
        m_nested = 1;
        // The parser has just taken the value's first character (or all of a scalar).
        m_valueBegin = offset() - 1;
    }
    // False when the caller asked to stop.
    bool endContainer() { return --m_nested != 0 || finishValue(); }
    template<typename Call> bool value(Call call)
    {
        enterValue();
        const bool fresh = !m_builder;
        if (fresh) {
            beginValue();
            // A scalar was read whole: where it began is not known exactly, only where it
            // ends; a problem with it is placed at the key or array slot before it.
        }
        const bool ok = call(*m_builder);
        const bool carryOn = !fresh || endContainer();
        return ok && carryOn;
    }
    bool finishValue()
    {
        m_builder.reset();
        const ByteRange range{m_valueBegin, offset()};
        if (!m_collection.isEmpty()) {
            std::vector<ByteRange> &records = m_document.records[m_collection];
            const int index = int(records.size());
            records.push_back(range);
            m_handle(m_collection, index, std::move(m_value));
            if (m_carryOn && !m_carryOn(range.end)) {
                m_document.stopped = true;
                return false;
            }
        } else if (m_inRoot) {
            m_document.root[m_key.toStdString()] = std::move(m_value);
        } else {
            m_document.root = std::move(m_value); // the document is not an object
        }
        m_value = json();
        return true;
    }

    const char *m_begin;
    const char *const *m_read;
    int m_maxNesting;
    const QStringList &m_collections;
    const RecordHandler &m_handle;
    const CarryOn &m_carryOn;
    StreamedDocument &m_document;

    int m_depth = 0;
    bool m_tooDeep = false;
    std::optional<Error> m_error;
    bool m_inRoot = false;
    QString m_key;
    QString m_collection;
    json m_value;
    std::unique_ptr<Builder> m_builder;
    int m_nested = 0;
    qsizetype m_valueBegin = 0;
    std::vector<Frame> m_frames;
};

} // namespace

std::optional<ParseFailure> streamDocument(const QByteArray &bytes, int maxNesting,
                                           const QStringList &collections,
                                           const RecordHandler &handle, StreamedDocument &document,
                                           const CarryOn &carryOn)
{
    if (bytes.trimmed().isEmpty())
        return ParseFailure{1, 1, DatasetLoader::tr("the file is empty; expected a JSON object")};
    // nlohmann's lexer stops at a NUL as at the end of the input, and would say so.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const auto position = JsonPositionIndex::locate(bytes, nul);
        return ParseFailure{position.line, position.column,
                            DatasetLoader::tr("the file holds NUL bytes: it is not a text file")};
    }
    const char *read = bytes.constBegin();
    const TrackedChar first{bytes.constBegin(), &read};
    const TrackedChar last{bytes.constEnd(), &read};
    Streamer streamer(bytes.constBegin(), &read, maxNesting, collections, handle, carryOn,
                      document);
    try {
        const bool complete = json::sax_parse(first, last, &streamer);
        if (document.stopped)
            return std::nullopt;
        if (!complete && streamer.tooDeep()) {
            const auto position = JsonPositionIndex::locate(bytes, tooDeepAt(bytes, maxNesting));
            return ParseFailure{
                position.line, position.column,
                DatasetLoader::tr("nesting deeper than %1 levels is refused").arg(maxNesting)};
        }
        if (!complete && streamer.error()) {
            // The position is 1-based and points just past the offending character.
            const qsizetype offset =
                std::max<qsizetype>(0, qsizetype(streamer.error()->position) - 1);
            const auto position = JsonPositionIndex::locate(bytes, offset);
            return ParseFailure{position.line, position.column,
                                DatasetLoader::tr("broken JSON: %1")
                                    .arg(parserExplanation(streamer.error()->what.c_str()))};
        }
    } catch (const std::exception &error) {
        return ParseFailure{
            1, 1, DatasetLoader::tr("cannot be parsed: %1").arg(QString::fromUtf8(error.what()))};
    }
    return std::nullopt;
}

} // namespace pe::reading
