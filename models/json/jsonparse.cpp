#include "models/json/jsonparse.h"

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

} // namespace pe::reading
