#include "models/json/jsontree.h"

#include <nlohmann/json.hpp>

namespace pe::reading {

namespace {

nlohmann::json toNlohmann(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        return nullptr;
    case JsonValue::Type::Boolean:
        return value.boolean();
    case JsonValue::Type::Integer:
        return value.integer();
    case JsonValue::Type::Unsigned:
        return static_cast<unsigned long long>(value.integer());
    case JsonValue::Type::Float:
        return value.number();
    case JsonValue::Type::String:
        return std::string(value.text());
    case JsonValue::Type::Array: {
        nlohmann::json array = nlohmann::json::array();
        for (const JsonValue item : value)
            array.push_back(toNlohmann(item));
        return array;
    }
    case JsonValue::Type::Object: {
        nlohmann::json object = nlohmann::json::object();
        for (const JsonValue member : value)
            object[std::string(member.key())] = toNlohmann(member);
        return object;
    }
    }
    return nullptr;
}

} // namespace

// --- JsonValue ---------------------------------------------------------------------------

JsonValue::Type JsonValue::type() const
{
    return m_tree->m_nodes[m_node].type;
}

std::string_view JsonValue::text() const
{
    const JsonTree::Node &node = m_tree->m_nodes[m_node];
    return node.type == Type::String ? m_tree->textOf(node.text) : std::string_view();
}

long long JsonValue::integer() const
{
    const JsonTree::Node &node = m_tree->m_nodes[m_node];
    switch (node.type) {
    case Type::Integer:
        return node.integer;
    case Type::Unsigned:
        return static_cast<long long>(node.unsignedInteger);
    default:
        return 0;
    }
}

double JsonValue::number() const
{
    const JsonTree::Node &node = m_tree->m_nodes[m_node];
    switch (node.type) {
    case Type::Integer:
        return double(node.integer);
    case Type::Unsigned:
        return double(node.unsignedInteger);
    case Type::Float:
        return node.number;
    default:
        return 0;
    }
}

bool JsonValue::boolean() const
{
    const JsonTree::Node &node = m_tree->m_nodes[m_node];
    return node.type == Type::Boolean && node.boolean;
}

std::string_view JsonValue::key() const
{
    return m_tree->textOf(m_tree->m_nodes[m_node].key);
}

std::size_t JsonValue::size() const
{
    return m_tree->m_nodes[m_node].size;
}

std::optional<JsonValue> JsonValue::member(std::string_view key) const
{
    if (!isObject())
        return std::nullopt;
    // Records have a dozen members: a walk costs less than any index. A superseded member is
    // skipped, so the later of two is the one found.
    for (const JsonValue value : *this) {
        if (value.key() == key)
            return value;
    }
    return std::nullopt;
}

JsonValue::Iterator JsonValue::begin() const
{
    const std::uint32_t end = m_tree->m_nodes[m_node].end;
    const bool container = isObject() || isArray();
    return {*m_tree, container ? m_tree->nextLive(m_node + 1, end) : end, end};
}

JsonValue::Iterator JsonValue::end() const
{
    const std::uint32_t end = m_tree->m_nodes[m_node].end;
    return {*m_tree, end, end};
}

JsonValue::Iterator &JsonValue::Iterator::operator++()
{
    m_node = m_tree->nextLive(m_tree->m_nodes[m_node].end, m_end);
    return *this;
}

std::string JsonValue::dump() const
{
    return toNlohmann(*this).dump();
}

// --- JsonTree ----------------------------------------------------------------------------

void JsonTree::clear()
{
    m_nodes.clear();
    m_text.clear();
    m_open.clear();
    m_hasKey = false;
}

JsonTree::Span JsonTree::store(std::string_view text)
{
    const Span span{std::uint32_t(m_text.size()), std::uint32_t(text.size())};
    m_text.append(text);
    return span;
}

std::uint32_t JsonTree::add(JsonValue::Type type)
{
    const auto index = std::uint32_t(m_nodes.size());
    Node &node = m_nodes.emplace_back();
    node.type = type;
    node.end = index + 1;
    if (m_hasKey) {
        node.key = m_key;
        m_hasKey = false;
    }
    if (!m_open.empty())
        ++m_nodes[m_open.back()].size;
    return index;
}

std::uint32_t JsonTree::addNull()
{
    return add(JsonValue::Type::Null);
}

std::uint32_t JsonTree::addBoolean(bool value)
{
    const std::uint32_t index = add(JsonValue::Type::Boolean);
    m_nodes[index].boolean = value;
    return index;
}

std::uint32_t JsonTree::addInteger(long long value)
{
    const std::uint32_t index = add(JsonValue::Type::Integer);
    m_nodes[index].integer = value;
    return index;
}

std::uint32_t JsonTree::addUnsigned(unsigned long long value)
{
    const std::uint32_t index = add(JsonValue::Type::Unsigned);
    m_nodes[index].unsignedInteger = value;
    return index;
}

std::uint32_t JsonTree::addFloat(double value)
{
    const std::uint32_t index = add(JsonValue::Type::Float);
    m_nodes[index].number = value;
    return index;
}

std::uint32_t JsonTree::addString(std::string_view value)
{
    const std::uint32_t index = add(JsonValue::Type::String);
    m_nodes[index].text = store(value);
    return index;
}

std::uint32_t JsonTree::openObject()
{
    const std::uint32_t index = add(JsonValue::Type::Object);
    m_open.push_back(index);
    return index;
}

std::uint32_t JsonTree::openArray()
{
    const std::uint32_t index = add(JsonValue::Type::Array);
    m_open.push_back(index);
    return index;
}

void JsonTree::close()
{
    m_nodes[m_open.back()].end = std::uint32_t(m_nodes.size());
    m_open.pop_back();
}

void JsonTree::setKey(std::string_view key)
{
    m_key = store(key);
    m_hasKey = true;
}

void JsonTree::supersede(std::uint32_t member)
{
    Node &node = m_nodes[member];
    if (node.superseded)
        return;
    node.superseded = true;
    if (!m_open.empty())
        --m_nodes[m_open.back()].size;
}

std::uint32_t JsonTree::nextLive(std::uint32_t node, std::uint32_t end) const
{
    while (node < end && m_nodes[node].superseded)
        node = m_nodes[node].end;
    return node;
}

std::uint32_t JsonTree::append(const JsonValue &value)
{
    return copy(*value.m_tree, value.m_node);
}

std::uint32_t JsonTree::copy(const JsonTree &from, std::uint32_t node)
{
    // Node by node: offsets into the other tree's text and nodes are rebased on this one's.
    const std::uint32_t first = std::uint32_t(m_nodes.size());
    const std::uint32_t last = from.m_nodes[node].end;
    m_nodes.reserve(m_nodes.size() + (last - node));
    for (std::uint32_t at = node; at < last; ++at) {
        Node copied = from.m_nodes[at];
        copied.key = store(from.textOf(copied.key));
        if (copied.type == JsonValue::Type::String)
            copied.text = store(from.textOf(copied.text));
        copied.end = copied.end - node + first;
        m_nodes.push_back(copied);
    }
    return first;
}

} // namespace pe::reading
