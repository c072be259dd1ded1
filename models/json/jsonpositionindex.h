#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pe {

// Where a value of a JSON text lies, by JSON pointer. nlohmann/json keeps no positions in
// what it parses, so the already-parsed bytes are walked again, only when there is a problem
// to locate, and only as far as the value sought: the other values are skipped over, never
// indexed, so locating a problem in a file of millions of values costs neither memory nor
// more than one pass.
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

    // The byte offset of the value at pointer, relative to the value that starts at begin,
    // or of its nearest ancestor that exists.
    static qsizetype seek(const QByteArray &text, qsizetype begin, const QString &pointer);
    // 1-based line and column (in characters) of each offset, in one pass over the text.
    static QList<Position> positionsOf(const QByteArray &text, const QList<qsizetype> &offsets);
    // The same for one offset, in text that is not (or not yet) valid JSON.
    static Position locate(const QByteArray &text, qsizetype offset);

private:
    QByteArray m_text;
};

QString escapePointerToken(const QString &token);

} // namespace pe
