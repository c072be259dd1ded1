#include "models/json/jsonpositionindex.h"

#include <QStringList>

#include <algorithm>
#include <numeric>

namespace pe {

namespace {

// Walks JSON text that nlohmann has already accepted, as far as one value.
class Seeker
{
public:
    explicit Seeker(const QByteArray &text, qsizetype at)
        : m_text(text)
        , m_pos(at)
    {}

    qsizetype seek(const QStringList &tokens)
    {
        if (m_text.startsWith("\xEF\xBB\xBF") && m_pos == 0)
            m_pos = 3;
        skipWhitespace();
        qsizetype found = m_pos;
        for (const QString &token : tokens) {
            if (!enter(token))
                break; // the nearest ancestor that exists
            skipWhitespace();
            found = m_pos;
        }
        return found;
    }

private:
    char at() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }

    void skipWhitespace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    // From the value at m_pos to the member or element named token, if there is one.
    bool enter(const QString &token)
    {
        const char c = at();
        if (c == '{') {
            ++m_pos;
            skipWhitespace();
            while (at() == '"') {
                const QString key = scanString();
                skipWhitespace();
                ++m_pos; // ':'
                skipWhitespace();
                if (key == token)
                    return true;
                skipValue();
                skipWhitespace();
                if (at() != ',')
                    return false;
                ++m_pos;
                skipWhitespace();
            }
            return false;
        }
        if (c == '[') {
            bool isIndex = false;
            const int wanted = token.toInt(&isIndex);
            if (!isIndex || wanted < 0)
                return false;
            ++m_pos;
            skipWhitespace();
            for (int index = 0; at() != ']' && m_pos < m_text.size(); ++index) {
                if (index == wanted)
                    return true;
                skipValue();
                skipWhitespace();
                if (at() != ',')
                    return false;
                ++m_pos;
                skipWhitespace();
            }
        }
        return false;
    }

    // Past the value at m_pos, counting brackets outside strings: nothing is decoded.
    void skipValue()
    {
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = at();
            if (c == '"') {
                skipString();
                if (depth == 0)
                    return;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return; // the end of the container holding a scalar
                if (--depth == 0) {
                    ++m_pos;
                    return;
                }
            } else if (depth == 0 &&
                       (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                return;
            }
            ++m_pos;
        }
    }

    void skipString()
    {
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return;
        }
    }

    QString scanString()
    {
        const qsizetype start = m_pos + 1;
        skipString();
        const QByteArray raw = m_text.mid(start, m_pos - 1 - start);
        if (!raw.contains('\\'))
            return QString::fromUtf8(raw);
        // Keys with escapes are rare; decode them so pointers still match. The bytes between
        // escapes are UTF-8 like the rest of the file: each run is decoded whole, and \u units
        // are appended as UTF-16 so a surrogate pair joins up.
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

    const QByteArray &m_text;
    qsizetype m_pos;
};

QStringList pointerTokens(const QString &pointer)
{
    QStringList tokens = pointer.split(QLatin1Char('/'));
    tokens.removeFirst(); // before the first '/'
    for (QString &token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
    }
    return tokens;
}

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
{}

JsonPositionIndex::Position JsonPositionIndex::find(const QString &pointer) const
{
    return locate(m_text, seek(m_text, 0, pointer));
}

qsizetype JsonPositionIndex::seek(const QByteArray &text, qsizetype begin, const QString &pointer)
{
    if (pointer.isEmpty() || begin >= text.size())
        return Seeker(text, begin).seek({});
    return Seeker(text, begin).seek(pointerTokens(pointer));
}

QList<JsonPositionIndex::Position> JsonPositionIndex::positionsOf(const QByteArray &text,
                                                                  const QList<qsizetype> &offsets)
{
    // Visited in increasing order, the text read once whatever the number of offsets.
    QList<qsizetype> order(offsets.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&offsets](qsizetype a, qsizetype b) { return offsets.at(a) < offsets.at(b); });
    QList<Position> positions(offsets.size());
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    for (const qsizetype k : std::as_const(order)) {
        const qsizetype offset = std::clamp<qsizetype>(offsets.at(k), 0, text.size());
        for (; i < offset; ++i) {
            if (text.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        // Columns count characters, not bytes: UTF-8 continuation bytes do not start one.
        int column = 1;
        for (qsizetype c = lineStart; c < offset; ++c) {
            if ((static_cast<unsigned char>(text.at(c)) & 0xC0) != 0x80)
                ++column;
        }
        positions[k] = {line, column};
    }
    return positions;
}

JsonPositionIndex::Position JsonPositionIndex::locate(const QByteArray &text, qsizetype offset)
{
    return positionsOf(text, {offset}).constFirst();
}

} // namespace pe
