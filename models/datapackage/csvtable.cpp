#include "models/datapackage/csvtable.h"

namespace pe::package {

namespace {

QString quotedIfNeeded(QString value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// Apostrophes, then a character that makes a spreadsheet read a formula.
bool looksLikeFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    if (i == text.size())
        return false;
    switch (text.at(i).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace

QString CsvTable::guardFormula(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString CsvTable::unguardFormula(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && looksLikeFormula(cell) ? cell.mid(1) : cell;
}

QByteArray CsvTable::encode(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &value : row)
            fields.append(quotedIfNeeded(value));
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

std::optional<QList<CsvRecord>> CsvTable::parse(const QByteArray &bytes, CsvCell *error)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<CsvRecord> records;
    CsvRecord record;
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&](int atLine, int atColumn, const QString &message) {
        if (error)
            *error = {message, atLine, atColumn};
        return std::nullopt;
    };
    while (i < n) {
        CsvCell cell{QString(), line, column};
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            ++column;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i);
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        cell.text += c;
                        i += 2;
                        column += 2;
                        continue;
                    }
                    ++i;
                    ++column;
                    closed = true;
                    break;
                }
                cell.text += c;
                ++i;
                if (c == QLatin1Char('\n')) {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            if (!closed)
                return fail(cell.line, cell.column, tr("a quoted field is never closed"));
            if (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r') &&
                text.at(i) != QLatin1Char('\n'))
                return fail(line, column, tr("text after the closing quote of a field"));
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r') &&
                   text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"'))
                    return fail(line, column,
                                tr("a quote inside a field that does not start with one"));
                cell.text += text.at(i);
                ++i;
                ++column;
            }
        }
        cell.text = unguardFormula(cell.text);
        record.append(cell);
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            ++column;
            if (i == n) // "a," at the very end: the last field is empty
                record.append(CsvCell{QString(), line, column});
            continue;
        }
        // The end of a record: CRLF, LF or the end of the text.
        if (i < n && text.at(i) == QLatin1Char('\r'))
            ++i;
        if (i < n && text.at(i) == QLatin1Char('\n'))
            ++i;
        records.append(record);
        record.clear();
        ++line;
        column = 1;
    }
    return records;
}

} // namespace pe::package
