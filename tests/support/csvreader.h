#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pe::test {

// A strict RFC 4180 reader, independent of the writer it checks (render/export/csv): quoted
// fields with doubled quotes, separators and line breaks inside quotes, CRLF or LF between
// records. Anything a spreadsheet would have to guess at (a quote inside an unquoted field,
// an unterminated quote, text after a closing quote) is an error.
class CsvReader
{
public:
    // bytes: UTF-8 after any byte order mark; nullopt and *error on malformed input.
    static std::optional<QList<QStringList>>
    parse(const QByteArray &bytes, QChar separator = QLatin1Char(','), QString *error = nullptr);
    static bool hasByteOrderMark(const QByteArray &bytes) { return bytes.startsWith(bom()); }
    static QByteArray bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace pe::test
