#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pe::package {

// One field of a CSV file and where it starts, for messages a person can act on.
struct CsvCell
{
    QString text;
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters
};

using CsvRecord = QList<CsvCell>;

// Comma-separated values as a data package holds them (RFC 4180, UTF-8): what LibreOffice
// and pandas open as they are. Fields are quoted only when they must be.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    static QByteArray encode(const QList<QStringList> &rows);

    // A text cell as the package writes it: a text a spreadsheet would run as a formula
    // (starting with = + - @, a tab or a carriage return, after any apostrophes) gets one
    // more apostrophe before it. Numbers are never guarded (their columns are typed).
    static QString guardFormula(const QString &text);
    // The text back: parse() undoes the guard on every cell (no number starts with an
    // apostrophe, so only guarded texts change).
    static QString unguardFormula(const QString &cell);

    // Every record with its cells' positions; a leading byte order mark is skipped, CRLF or
    // LF end a record, and a blank last line is not a record. A quote that does not close,
    // or text after a closing quote, is refused: *error says where and why.
    static std::optional<QList<CsvRecord>> parse(const QByteArray &bytes, CsvCell *error);
};

} // namespace pe::package
