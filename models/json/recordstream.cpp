#include "models/json/recordstream.h"

#include "models/datasetloader.h"
#include "models/json/jsonpositionindex.h"

#include <nlohmann/json.hpp>

#include <iterator>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

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

// The keys of one object read so far, each with its member's node: a short list while it is
// short (most records have a dozen keys), a hash table once an object has many, so that a
// hostile object of a million keys costs no more than its length.
class KeySet
{
public:
    // The node of the earlier member when key was already there; member replaces it.
    std::optional<std::uint32_t> insert(const std::string &key, std::uint32_t member)
    {
        if (m_map.empty()) {
            for (auto &[known, node] : m_list) {
                if (known == key)
                    return std::exchange(node, member);
            }
            m_list.emplace_back(key, member);
            if (m_list.size() > 32) {
                m_map.insert(m_list.cbegin(), m_list.cend());
                m_list.clear();
            }
            return std::nullopt;
        }
        const auto [it, inserted] = m_map.try_emplace(key, member);
        if (inserted)
            return std::nullopt;
        return std::exchange(it->second, member);
    }

    void clear()
    {
        m_list.clear();
        // A table a hostile object grew is dropped, not emptied: emptying costs its size,
        // and the frame is reused for every object at its depth.
        if (!m_map.empty())
            m_map = {};
    }

private:
    std::vector<std::pair<std::string, std::uint32_t>> m_list;
    std::unordered_map<std::string, std::uint32_t> m_map;
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

// Builds the top level of the document in one tree and each record of a streamed collection
// in another, handed over as soon as it closes.
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
        return scalar([](JsonTree &tree) { tree.addNull(); });
    }
    bool boolean(bool v)
    {
        return scalar([v](JsonTree &tree) { tree.addBoolean(v); });
    }
    bool number_integer(json::number_integer_t v)
    {
        return scalar([v](JsonTree &tree) { tree.addInteger(v); });
    }
    bool number_unsigned(json::number_unsigned_t v)
    {
        return scalar([v](JsonTree &tree) { tree.addUnsigned(v); });
    }
    bool number_float(json::number_float_t v, const json::string_t &)
    {
        return scalar([v](JsonTree &tree) { tree.addFloat(v); });
    }
    bool string(json::string_t &v)
    {
        return scalar([&v](JsonTree &tree) { tree.addString(v); });
    }
    bool binary(json::binary_t &)
    {
        return false; // JSON text holds none
    }

    bool start_object(std::size_t)
    {
        if (!enterContainer())
            return false;
        tree().openObject();
        pushFrame(true);
        return true;
    }
    bool end_object() { return leaveContainer(); }
    bool start_array(std::size_t)
    {
        // A collection of records at the top level: streamed, one record at a time.
        const bool collection =
            m_frameCount == 1 && m_frames.front().object && m_collections.contains(m_key);
        if (!enterContainer())
            return false;
        tree().openArray();
        pushFrame(false);
        if (collection) {
            m_collection = m_key;
            m_document.records[m_key].clear();
        }
        return true;
    }
    bool end_array() { return leaveContainer(); }
    bool key(json::string_t &k)
    {
        Frame &object = m_frames[m_frameCount - 1];
        JsonTree &target = tree();
        if (const auto earlier = object.keys.insert(k, target.nextNode())) {
            target.supersede(*earlier);
            noteDuplicate(k);
        }
        object.key = k;
        target.setKey(k);
        if (m_frameCount == 1)
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
    qsizetype offset() const { return qsizetype(*m_read - m_begin); }

    // Records are the values directly inside a streamed collection: the top-level object's
    // frame and the collection's.
    bool atRecordSlot() const { return !m_collection.isEmpty() && m_frameCount == 2; }
    JsonTree &tree() { return m_inRecord ? m_record : m_document.root; }

    // A value starts where the innermost container is an array: it is the array's next item.
    void enterValue()
    {
        if (m_frameCount > 0 && !m_frames[m_frameCount - 1].object)
            ++m_frames[m_frameCount - 1].index;
        if (atRecordSlot()) {
            m_inRecord = true;
            m_record.clear();
            // The parser has just taken the value's first character (or all of a scalar:
            // where that began is not known exactly, and a problem with it is placed at the
            // array slot before it).
            m_valueBegin = offset() - 1;
        }
    }
    bool enterContainer()
    {
        if (m_frameCount + 1 > size_t(m_maxNesting)) {
            m_tooDeep = true;
            return false;
        }
        enterValue();
        return true;
    }
    void pushFrame(bool object)
    {
        if (m_frameCount == m_frames.size())
            m_frames.emplace_back();
        Frame &frame = m_frames[m_frameCount++];
        frame.object = object;
        frame.keys.clear();
        frame.key.clear();
        frame.index = -1;
    }
    // False when the caller asked to stop.
    bool leaveContainer()
    {
        tree().close();
        --m_frameCount;
        if (m_inRecord && m_frameCount == 2)
            return finishRecord();
        if (!m_collection.isEmpty() && m_frameCount == 1)
            m_collection.clear();
        return true;
    }
    template<typename Add> bool scalar(Add add)
    {
        enterValue();
        add(tree());
        return !(m_inRecord && m_frameCount == 2) || finishRecord();
    }
    bool finishRecord()
    {
        m_inRecord = false;
        const ByteRange range{m_valueBegin, offset()};
        std::vector<ByteRange> &records = m_document.records[m_collection];
        const int index = int(records.size());
        records.push_back(range);
        m_handle(m_collection, index, m_record.value(0));
        if (m_carryOn && !m_carryOn(range.end)) {
            m_document.stopped = true;
            return false;
        }
        return true;
    }

    void noteDuplicate(const std::string &key)
    {
        // Past the problems a load lists, one more says there were more.
        if (m_document.duplicateKeys.size() > size_t(DatasetLoader::maxProblems))
            return;
        QString pointer;
        for (size_t i = 0; i + 1 < m_frameCount; ++i) {
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

    const char *m_begin;
    const char *const *m_read;
    int m_maxNesting;
    const QStringList &m_collections;
    const RecordHandler &m_handle;
    const CarryOn &m_carryOn;
    StreamedDocument &m_document;

    bool m_tooDeep = false;
    std::optional<Error> m_error;
    QString m_key; // the top level's member being read
    QString m_collection;
    bool m_inRecord = false;
    JsonTree m_record;
    qsizetype m_valueBegin = 0;
    // Frames are reused, not freed: an object per record would otherwise cost allocations.
    std::vector<Frame> m_frames;
    size_t m_frameCount = 0;
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
