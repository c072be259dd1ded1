#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QAbstractItemModel;

namespace pe {

class Dataset;
struct Source;

using CsvRows = QList<QStringList>; // the first row is the header

// How a CSV's bytes are spelt. The default is what scripts and Datawrapper read (RFC 4180:
// commas between fields, points in numbers, no byte order mark), and it never changes with
// the language; spreadsheet() is what Excel opens by double-click.
struct CsvDialect
{
    // Without it Excel reads UTF-8 as the system's legacy code page ("ÐšÐ¾Ñ" for "Кос").
    bool byteOrderMark = false;
    QChar separator = QLatin1Char(',');
    QChar decimalPoint = QLatin1Char('.');

    // The byte order mark, and where the language writes decimal commas (fr, ru, kk, be)
    // `;` between fields and commas in numbers: Excel set up for that language splits on
    // its list separator and reads "1092.5" as text (or a date).
    static CsvDialect spreadsheet(const QString &language);
    bool operator==(const CsvDialect &o) const
    {
        return byteOrderMark == o.byteOrderMark && separator == o.separator &&
               decimalPoint == o.decimalPoint;
    }
    bool operator!=(const CsvDialect &o) const { return !(*this == o); }
};

// Comma-separated values as spreadsheets and Datawrapper read them: UTF-8, a header row,
// fields quoted when they need it (RFC 4180), numbers left unformatted.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // A field that is a plain decimal number ("1092.5", as every export writes values) takes
    // the dialect's decimal point; every other field is written as it is.
    static QByteArray encode(const CsvRows &rows, const CsvDialect &dialect = {});
    // A text cell that starts with = + - @, a tab or a carriage return, which a spreadsheet
    // would run as a formula (OWASP's "CSV injection"), with an apostrophe before it; a
    // number ("-3.5", as every export writes numbers) stays a number, and a lone "-" (a
    // missing value) stays as it is. encode() and text()
    // guard every cell.
    static QString guardFormula(const QString &value);
    // The same as text, for the clipboard: without the byte order mark, which a pasted text
    // would carry as a stray character.
    static QString text(const CsvRows &rows, const CsvDialect &dialect = {});
    // Every row and column of a table model as shown, plus the record's id, the short
    // reference of each of its sources and, last, sourceColumns().
    static CsvRows fromModel(const QAbstractItemModel &model, const Dataset &dataset);
    // "Zalesskij 2023, note 61: …" or the supplementary page's outlet and address.
    static QString sourceReference(const Dataset &dataset, const QStringList &sourceIds);

    // The two columns every CSV ends with, for an editor checking a figure: the full
    // reference of each source and the addresses to open.
    static QStringList sourceColumnsHeader();
    // Sources joined by " | ", in the record's order; an address for each source that has
    // one. Empty cells without a dataset (a chart given no source model).
    static QStringList sourceColumns(const Dataset *dataset, const QStringList &sourceIds);
    // "B. Zalesskij, Vecteur de partenariat – Kazakhstan (2023), note 61: <cited title>
    // (outlet, year)", or for a supplementary page its title, outlet and year.
    static QString fullReference(const Dataset &dataset, const Source &source);
};

// The line under every exported picture, built from the sources of the data it shows.
class SourceLine
{
    Q_DECLARE_TR_FUNCTIONS(SourceLine)

public:
    static QString compose(const Dataset &dataset, const QStringList &sourceIds);
};

} // namespace pe
