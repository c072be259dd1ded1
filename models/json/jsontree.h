#pragma once

// A JSON value as the dataset reader reads it: built from the parser's SAX events into two
// flat buffers, the nodes in document order and the text of every key and string, so that
// once the buffers have grown a record costs no allocation at all (a document of
// nlohmann/json allocates every member, key and string, and frees them again). Read through
// JsonValue, a view of one node. Private to pe_models.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pe::reading {

class JsonTree;

// One value of a JsonTree: what it holds, its members and its items. Valid while its tree
// is neither cleared nor added to.
class JsonValue
{
public:
    enum class Type : std::uint8_t {
        Null,
        Boolean,
        Integer,
        Unsigned,
        Float,
        String,
        Array,
        Object
    };

    JsonValue(const JsonTree &tree, std::uint32_t node)
        : m_tree(&tree)
        , m_node(node)
    {}

    Type type() const;
    bool isObject() const { return type() == Type::Object; }
    bool isArray() const { return type() == Type::Array; }
    bool isString() const { return type() == Type::String; }
    bool isInteger() const { return type() == Type::Integer || type() == Type::Unsigned; }
    bool isNumber() const { return isInteger() || type() == Type::Float; }

    // The string's text (empty for any other value).
    std::string_view text() const;
    // An integer as a signed one (an unsigned beyond its range wraps, as a C++ cast does; 0
    // for any other value).
    long long integer() const;
    // Any number as a double (0 for any other value).
    double number() const;
    bool boolean() const;
    // The member's name, when this value is a member of an object.
    std::string_view key() const;

    // Items of an array, members of an object (a key given twice counts once, the later).
    std::size_t size() const;
    // The member named key: the later one when the key is given twice.
    std::optional<JsonValue> member(std::string_view key) const;
    bool contains(std::string_view key) const { return member(key).has_value(); }

    // The items of an array or the members of an object, in order.
    class Iterator
    {
    public:
        Iterator(const JsonTree &tree, std::uint32_t node, std::uint32_t end)
            : m_tree(&tree)
            , m_node(node)
            , m_end(end)
        {}
        JsonValue operator*() const { return {*m_tree, m_node}; }
        Iterator &operator++();
        bool operator!=(const Iterator &other) const { return m_node != other.m_node; }

    private:
        const JsonTree *m_tree;
        std::uint32_t m_node;
        std::uint32_t m_end; // the container's end
    };
    Iterator begin() const;
    Iterator end() const;

    // The value written as JSON, as nlohmann/json writes it (for a message quoting it).
    std::string dump() const;

private:
    friend class JsonTree;
    const JsonTree *m_tree;
    std::uint32_t m_node;
};

// The values, built in document order: a container is opened, filled and closed; a value
// inside an object is preceded by its key. Several values may stand at the top level (a
// batch of records).
class JsonTree
{
public:
    // Empties the tree and keeps its buffers' room.
    void clear();
    // The node the next value added will have.
    std::uint32_t nextNode() const { return std::uint32_t(m_nodes.size()); }

    // Each returns the new value's node.
    std::uint32_t addNull();
    std::uint32_t addBoolean(bool value);
    std::uint32_t addInteger(long long value);
    std::uint32_t addUnsigned(unsigned long long value);
    std::uint32_t addFloat(double value);
    std::uint32_t addString(std::string_view value);
    std::uint32_t openObject();
    std::uint32_t openArray();
    void close();
    // The key of the next value, inside an object.
    void setKey(std::string_view key);
    // An earlier member whose key came again: it no longer counts, as nlohmann/json keeps
    // only the later value.
    void supersede(std::uint32_t member);

    // A copy of value (of this tree or another) added at the top level; its node.
    std::uint32_t append(const JsonValue &value);

    JsonValue value(std::uint32_t node) const { return {*this, node}; }

private:
    friend class JsonValue;

    struct Span
    {
        std::uint32_t begin = 0;
        std::uint32_t length = 0;
    };
    struct Node
    {
        JsonValue::Type type = JsonValue::Type::Null;
        bool boolean = false;
        bool superseded = false;
        Span key;
        Span text;
        std::uint32_t end = 0;  // the node after this value and everything inside it
        std::uint32_t size = 0; // items, or members not superseded
        union {
            long long integer;
            unsigned long long unsignedInteger;
            double number = 0;
        };
    };

    std::uint32_t add(JsonValue::Type type);
    Span store(std::string_view text);
    std::string_view textOf(Span span) const { return {m_text.data() + span.begin, span.length}; }
    // The next member or item after node, skipping superseded members.
    std::uint32_t nextLive(std::uint32_t node, std::uint32_t end) const;
    std::uint32_t copy(const JsonTree &from, std::uint32_t node);

    std::vector<Node> m_nodes;
    std::string m_text;
    std::vector<std::uint32_t> m_open; // the containers not yet closed
    Span m_key;
    bool m_hasKey = false;
};

} // namespace pe::reading
