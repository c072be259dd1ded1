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
    QString message = QString::fromUtf8(what);
    const qsizetype columnAt = message.indexOf(QLatin1String(", column "));
    const qsizetype colon = columnAt >= 0 ? message.indexOf(QLatin1String(": "), columnAt)
                                          : message.indexOf(QLatin1String(": "));
    if (colon >= 0)
        message = message.mid(colon + 2);
    return message;
}

std::optional<ParseFailure> parseDocument(const QByteArray &bytes, int maxNesting,
                                          nlohmann::json &root)
{
    using nlohmann::json;
    if (bytes.trimmed().isEmpty())
        return ParseFailure{1, 1, DatasetLoader::tr("the file is empty; expected a JSON object")};
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
