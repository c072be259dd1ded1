#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace pe {

// Where each value of a JSON text starts, by JSON pointer. nlohmann/json 3.11 keeps no
// positions in its DOM, so a second, lexical pass over the already-parsed bytes finds them.
// Built only when there is a problem to locate, so a valid load never pays for it.
class JsonPositionIndex
{
public:
    explicit JsonPositionIndex(const QByteArray &text);

    struct Position
    {
        int line = 0;
        int column = 0;
    };

    // Position of the value at pointer, or of its nearest ancestor that exists (a missing
    // field is reported at the object that lacks it).
    Position find(const QString &pointer) const;

    // 1-based line and column (in characters) of a byte offset.
    Position positionOfOffset(qsizetype offset) const;
    // The same for text that is not (or not yet) valid JSON, without indexing its values.
    static Position locate(const QByteArray &text, qsizetype offset);

private:
    void scanValue(const QString &pointer, int depth);
    void skipWhitespace();
    QString scanString();

    static Position locate(const QByteArray &text, qsizetype lineStart, int line, qsizetype offset);

    QByteArray m_text;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
    QVector<qsizetype> m_lineStarts;
};

QString escapePointerToken(const QString &token);

} // namespace pe
