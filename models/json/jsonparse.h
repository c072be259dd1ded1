#pragma once

// Parsing with nlohmann/json's SAX interface: the only use of its internals (the DOM
// builder) is here. Private to pe_models.

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace pe::reading {

// Builds the document like json::parse, but stops at the first object or array nested
// deeper than the limit, so a hostile file (a million '[') is refused without building it.
class DepthLimitedBuilder : public nlohmann::detail::json_sax_dom_parser<nlohmann::json>
{
public:
    DepthLimitedBuilder(nlohmann::json &root, int limit)
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
qsizetype tooDeepAt(const QByteArray &bytes, int limit);

// What nlohmann's message ("syntax error while parsing object key - unexpected '}'; expected
// string literal") means for someone editing the file ("a comma before a closing brace: JSON
// allows none"), in the reader's language; the position is reported separately.
QString parserExplanation(const char *what);

// Why a document could not be parsed, where (1-based; 0 for the file as a whole), in the
// dataset validator's words.
struct ParseFailure
{
    int line = 0;
    int column = 0;
    QString message;
};

// Parses bytes into root, refusing empty files, broken JSON and nesting deeper than the
// limit: what every file the app reads (datasets, tours) must pass before it is checked.
std::optional<ParseFailure> parseDocument(const QByteArray &bytes, int maxNesting,
                                          nlohmann::json &root);

} // namespace pe::reading
