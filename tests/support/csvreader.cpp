#include "tests/support/csvreader.h"

namespace pe::test {

std::optional<QList<QStringList>> CsvReader::parse(const QByteArray &bytes, QChar separator,
                                                   QString *error)
{
    const QString text = QString::fromUtf8(bytes);
    const auto fail = [error](const QString &why, qsizetype at) {
        if (error)
            *error = QStringLiteral("%1 at character %2").arg(why).arg(at);
        return std::nullopt;
    };
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and is closed
    bool fieldStarted = false;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        records.append(record);
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"')) {
                field.append(c);
            } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else {
                quoted = false;
                wasQuoted = true;
            }
            continue;
        }
        if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r')) {
                if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                    return fail(QStringLiteral("a CR without LF"), i);
                ++i;
            }
            endRecord();
        } else if (wasQuoted) {
            return fail(QStringLiteral("text after a closing quote"), i);
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted)
                return fail(QStringLiteral("a quote inside an unquoted field"), i);
            quoted = true;
            fieldStarted = true;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(QStringLiteral("an unterminated quote"), text.size());
    // The last record needs no line break after it.
    if (fieldStarted || wasQuoted || !record.isEmpty())
        endRecord();
    return records;
}

} // namespace pe::test
