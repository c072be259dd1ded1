#include "models/json/jsonparse.h"

#include "models/datasetloader.h"
#include "models/json/jsonpositionindex.h"

namespace pe::reading {

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

QString parserExplanation(const char *what)
{
    const QString message = QString::fromUtf8(what);
    const auto has = [&message](const char *text) { return message.contains(QLatin1String(text)); };
    // The most telling part first: a file cut short or not UTF-8 says so whatever the parser
    // was reading.
    if (has("unexpected end of input"))
        return DatasetLoader::tr("the file ends before the JSON does: a closing bracket, brace "
                                 "or quote is missing");
    if (has("ill-formed UTF-8"))
        return DatasetLoader::tr("this is not UTF-8 text: save the file as UTF-8");
    if (has("control character"))
        return DatasetLoader::tr("a line break or a control character inside quotes: write a "
                                 "line break as \\n");
    if (has("missing closing quote"))
        return DatasetLoader::tr("a text in double quotes is not closed");
    if (has("forbidden character after backslash"))
        return DatasetLoader::tr("a backslash starts an escape JSON does not know: write \\\\ "
                                 "for a backslash");
    if (has("invalid number"))
        return DatasetLoader::tr("a number is malformed");
    if (has("expected end of input"))
        return DatasetLoader::tr("something follows the end of the document");
    if (has("while parsing object key - unexpected '}'") ||
        has("while parsing value - unexpected ']'"))
        return DatasetLoader::tr("a comma before a closing brace or bracket: JSON allows no "
                                 "comma after the last item");
    if (has("while parsing object key"))
        return DatasetLoader::tr("expected a field name in double quotes");
    if (has("while parsing object separator"))
        return DatasetLoader::tr("expected a colon (:) after the field name");
    if (has("while parsing object -"))
        return DatasetLoader::tr("expected a comma or a closing brace after the value: is a "
                                 "comma missing?");
    if (has("while parsing array -"))
        return DatasetLoader::tr("expected a comma or a closing bracket after the value: is a "
                                 "comma missing?");
    if (has("invalid literal"))
        return DatasetLoader::tr("a word JSON does not know: texts take double quotes, and true, "
                                 "false and null are written in lower case");
    return DatasetLoader::tr("the JSON cannot be read here");
}

std::optional<ParseFailure> parseDocument(const QByteArray &bytes, int maxNesting,
                                          nlohmann::json &root)
{
    using nlohmann::json;
    if (bytes.trimmed().isEmpty())
        return ParseFailure{1, 1, DatasetLoader::tr("the file is empty; expected a JSON object")};
    // nlohmann's lexer stops at a NUL as at the end of the input, and would say so.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const auto position = JsonPositionIndex::locate(bytes, nul);
        return ParseFailure{position.line, position.column,
                            DatasetLoader::tr("the file holds NUL bytes: it is not a text file")};
    }
    try {
        DepthLimitedBuilder builder(root, maxNesting);
        const bool complete = json::sax_parse(bytes.constBegin(), bytes.constEnd(), &builder);
        if (!complete && builder.tooDeep()) {
            const auto position = JsonPositionIndex::locate(bytes, tooDeepAt(bytes, maxNesting));
            return ParseFailure{
                position.line, position.column,
                DatasetLoader::tr("nesting deeper than %1 levels is refused").arg(maxNesting)};
        }
    } catch (const json::parse_error &error) {
        // byte is 1-based and points just past the offending character.
        const qsizetype offset = std::max<qsizetype>(0, qsizetype(error.byte) - 1);
        const auto position = JsonPositionIndex::locate(bytes, offset);
        return ParseFailure{
            position.line, position.column,
            DatasetLoader::tr("broken JSON: %1").arg(parserExplanation(error.what()))};
    } catch (const std::exception &error) {
        return ParseFailure{
            1, 1, DatasetLoader::tr("cannot be parsed: %1").arg(QString::fromUtf8(error.what()))};
    }
    return std::nullopt;
}

} // namespace pe::reading
