#include "render/export/csv.h"

#include "models/citation.h"
#include "models/ranges.h"

#include "models/dataset.h"
#include "models/items/roles.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace pe {

namespace {

// "1092.5", "-3.25": what QString::number writes for a value with a fraction. Integers (years,
// counts) read the same in every language and are left alone, and so is text that only
// contains a number ("1.5 million").
bool isPlainDecimal(const QString &value)
{
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+\\.[0-9]+$"));
    return decimal.match(value).hasMatch();
}

// "-3.25", "1e-05", "870": a number as the app writes one, which a spreadsheet reads as that
// number and never as a formula.
bool isNumber(const QString &value)
{
    static const QRegularExpression number(
        QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return number.match(value).hasMatch();
}

QString field(QString value, const CsvDialect &dialect)
{
    value = Csv::guardFormula(value);
    if (dialect.decimalPoint != QLatin1Char('.') && isPlainDecimal(value))
        value.replace(QLatin1Char('.'), dialect.decimalPoint);
    if (!value.contains(dialect.separator) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// "<title> (outlet, year)": what a footnote or a supplementary page cites.
QString citedWork(const Source &source)
{
    QStringList where;
    if (!source.outlet.isEmpty())
        where.append(source.outlet);
    if (source.year)
        where.append(QString::number(source.year));
    if (where.isEmpty())
        return source.title;
    const QString place = QLatin1Char('(') + where.join(QStringLiteral(", ")) + QLatin1Char(')');
    return source.title.isEmpty() ? place : source.title + QLatin1Char(' ') + place;
}

} // namespace

QString Csv::guardFormula(const QString &value)
{
    // A lone "-" is the usual mark of a missing value, and no spreadsheet computes it.
    if (value.isEmpty() || value == QLatin1String("-") || isNumber(value))
        return value;
    switch (value.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + value;
    default:
        return value;
    }
}

CsvDialect CsvDialect::spreadsheet(const QString &language)
{
    CsvDialect dialect;
    dialect.byteOrderMark = true;
    // Excel's list separator is `;` wherever the decimal separator is a comma.
    if (QLocale(language).decimalPoint() == QLatin1String(",")) {
        dialect.separator = QLatin1Char(';');
        dialect.decimalPoint = QLatin1Char(',');
    }
    return dialect;
}

QString Csv::text(const CsvRows &rows, const CsvDialect &dialect)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &value : row)
            fields.append(field(value, dialect));
        text += fields.join(dialect.separator) + QLatin1String("\r\n");
    }
    return text;
}

QByteArray Csv::encode(const CsvRows &rows, const CsvDialect &dialect)
{
    QByteArray bytes = text(rows, dialect).toUtf8();
    if (dialect.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QString Csv::sourceReference(const Dataset &dataset, const QStringList &sourceIds)
{
    QStringList parts;
    for (const QString &id : sourceIds) {
        const Source *s = dataset.source(id);
        if (!s)
            continue;
        if (s->kind == Source::Kind::Book)
            parts.append(tr("%1, note %2: %3")
                             .arg(BookCitation::authorYear(dataset.metadata.book))
                             .arg(s->footnote)
                             .arg(s->title));
        else
            parts.append(
                tr("Supplementary (not from the book): %1 %2").arg(s->outlet, s->url).trimmed());
    }
    return parts.join(QStringLiteral(" | "));
}

CsvRows Csv::fromModel(const QAbstractItemModel &model, const Dataset &dataset)
{
    CsvRows rows;
    // A plain year column beside the formatted dates, for sorting and charting elsewhere.
    const bool hasYear = model.rowCount() > 0 && model.index(0, 0).data(YearRole).isValid();
    QStringList header{tr("id")};
    if (hasYear)
        header.append(tr("year"));
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    header.append(tr("sources"));
    header.append(sourceColumnsHeader());
    rows.append(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex first = model.index(row, 0);
        QStringList values{first.data(IdRole).toString()};
        if (hasYear) {
            const int year = first.data(YearRole).toInt();
            values.append(year ? QString::number(year) : QString());
        }
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            // Unformatted numbers where the model has them: a spreadsheet must not parse "US$ 870
            // M".
            const QVariant sort = index.data(SortRole);
            const QVariant display = index.data(Qt::DisplayRole);
            if (sort.typeId() == QMetaType::Double && display.typeId() == QMetaType::QString &&
                index.data(ValueRole).isValid())
                values.append(QString::number(index.data(ValueRole).toDouble(), 'g', 12));
            else
                values.append(display.toString());
        }
        const QStringList sources = first.data(SourcesRole).toStringList();
        values.append(sourceReference(dataset, sources));
        values.append(sourceColumns(&dataset, sources));
        rows.append(values);
    }
    return rows;
}

QStringList Csv::sourceColumnsHeader()
{
    return {
        //: A CSV column name, read by scripts as well as people: best left as it is
        tr("source_reference"),
        //: A CSV column name, read by scripts as well as people: best left as it is
        tr("source_url"),
    };
}

QStringList Csv::sourceColumns(const Dataset *dataset, const QStringList &sourceIds)
{
    QStringList references;
    QStringList urls;
    for (const QString &id : sourceIds) {
        const Source *s = dataset ? dataset->source(id) : nullptr;
        if (!s)
            continue;
        references.append(fullReference(*dataset, *s));
        if (!s->url.isEmpty() && !urls.contains(s->url))
            urls.append(s->url);
    }
    const QString separator = QStringLiteral(" | ");
    return {references.join(separator), urls.join(separator)};
}

QString Csv::fullReference(const Dataset &dataset, const Source &source)
{
    // One pass of arg(): a cited title may itself contain "%1".
    if (source.kind == Source::Kind::Book)
        return tr("%1, note %2: %3")
            .arg(BookCitation::shortReference(dataset.metadata.book),
                 QString::number(source.footnote), citedWork(source));
    return tr("Supplementary (not from the book): %1").arg(citedWork(source));
}

QString SourceLine::compose(const Dataset &dataset, const QStringList &sourceIds)
{
    const QString book = BookCitation::shortReference(dataset.metadata.book);
    QList<int> footnotes;
    QStringList outlets;
    for (const QString &id : sourceIds) {
        const Source *s = dataset.source(id);
        if (!s)
            continue;
        if (s->kind == Source::Kind::Book) {
            if (!footnotes.contains(s->footnote))
                footnotes.append(s->footnote);
        } else {
            const QString outlet = s->outlet.isEmpty() ? s->title : s->outlet;
            if (!outlets.contains(outlet))
                outlets.append(outlet);
        }
    }
    std::sort(footnotes.begin(), footnotes.end());
    QStringList parts;
    if (!footnotes.isEmpty()) {
        // Runs of notes as ranges ("4–13"), so a chart drawing on half the book still has a
        // source line that fits under it.
        parts.append(
            (footnotes.size() == 1 ? tr("Source: %1, note %2") : tr("Source: %1, notes %2"))
                .arg(book, compressRuns(footnotes, 3)));
    }
    if (!outlets.isEmpty())
        parts.append(tr("supplementary figures, not from the book: %1")
                         .arg(outlets.join(QStringLiteral(", "))));
    if (parts.isEmpty())
        return tr("Source: %1").arg(book);
    QString line = parts.join(QStringLiteral("; "));
    if (footnotes.isEmpty())
        line = tr("Source: %1").arg(line);
    return line + QStringLiteral(". ") + tr("Made with Partnership Explorer.");
}

} // namespace pe
