#include "models/json/jsonpositionindex.h"

#include <algorithm>

namespace pe {

namespace {
// The loader refuses deeper documents before this index is ever built; the guard keeps
// the recursion bounded even if it is reused elsewhere.
constexpr int maxDepth = 256;
} // namespace

QString escapePointerToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

JsonPositionIndex::JsonPositionIndex(const QByteArray &text)
    : m_text(text)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
    if (text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    scanValue(QString(), 0);
}

void JsonPositionIndex::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

QString JsonPositionIndex::scanString()
{
    // m_pos is at the opening quote.
    const qsizetype start = ++m_pos;
    bool escaped = false;
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            break;
        }
        ++m_pos;
    }
    const QByteArray raw = m_text.mid(start, m_pos - start);
    ++m_pos; // closing quote
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // Keys with escapes are rare; decode them so pointers still match. The bytes between
    // escapes are UTF-8 like the rest of the file: each run is decoded whole, and \u units
    // are appended as UTF-16 so a surrogate pair joins up. nlohmann has already validated
    // the text, so every escape here is well formed.
    QString decoded;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '\\' || i + 1 >= raw.size())
            continue;
        decoded += QString::fromUtf8(raw.constData() + runStart, i - runStart);
        const char next = raw.at(++i);
        switch (next) {
        case 'b':
            decoded += QLatin1Char('\b');
            break;
        case 'f':
            decoded += QLatin1Char('\f');
            break;
        case 'n':
            decoded += QLatin1Char('\n');
            break;
        case 'r':
            decoded += QLatin1Char('\r');
            break;
        case 't':
            decoded += QLatin1Char('\t');
            break;
        case 'u':
            if (i + 4 < raw.size()) {
                decoded += QChar(raw.mid(i + 1, 4).toUShort(nullptr, 16));
                i += 4;
            }
            break;
        default: // \" \\ \/
            decoded += QLatin1Char(next);
            break;
        }
        runStart = i + 1;
    }
    decoded += QString::fromUtf8(raw.constData() + runStart, raw.size() - runStart);
    return decoded;
}

void JsonPositionIndex::scanValue(const QString &pointer, int depth)
{
    skipWhitespace();
    if (m_pos >= m_text.size() || depth > maxDepth)
        return;
    m_offsets.insert(pointer, m_pos);
    const char c = m_text.at(m_pos);
    if (c == '{') {
        ++m_pos;
        skipWhitespace();
        while (m_pos < m_text.size() && m_text.at(m_pos) != '}') {
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != '"')
                return;
            const QString key = scanString();
            skipWhitespace();
            ++m_pos; // ':'
            scanValue(pointer + QLatin1Char('/') + escapePointerToken(key), depth + 1);
            skipWhitespace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ',')
                ++m_pos;
            skipWhitespace();
        }
        ++m_pos;
    } else if (c == '[') {
        ++m_pos;
        skipWhitespace();
        int index = 0;
        while (m_pos < m_text.size() && m_text.at(m_pos) != ']') {
            scanValue(pointer + QLatin1Char('/') + QString::number(index++), depth + 1);
            skipWhitespace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ',')
                ++m_pos;
            skipWhitespace();
        }
        ++m_pos;
    } else if (c == '"') {
        scanString();
    } else {
        while (m_pos < m_text.size()) {
            const char d = m_text.at(m_pos);
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                break;
            ++m_pos;
        }
    }
}

JsonPositionIndex::Position JsonPositionIndex::find(const QString &pointer) const
{
    QString current = pointer;
    for (;;) {
        const auto it = m_offsets.constFind(current);
        if (it != m_offsets.constEnd())
            return positionOfOffset(it.value());
        if (current.isEmpty())
            return positionOfOffset(0);
        current.truncate(std::max<qsizetype>(0, current.lastIndexOf(QLatin1Char('/'))));
    }
}

JsonPositionIndex::Position JsonPositionIndex::positionOfOffset(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return locate(m_text, *(next - 1), int(next - m_lineStarts.cbegin()), offset);
}

JsonPositionIndex::Position JsonPositionIndex::locate(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return locate(text, lineStart, line, offset);
}

JsonPositionIndex::Position JsonPositionIndex::locate(const QByteArray &text, qsizetype lineStart,
                                                      int line, qsizetype offset)
{
    // Columns count characters, not bytes: UTF-8 continuation bytes do not start one.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

} // namespace pe
