#include "render/export/csv.h"

#include "models/citation.h"
#include "models/ranges.h"

#include "models/dataset.h"
#include "models/items/roles.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace pe {

namespace {

QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray Csv::encode(const CsvRows &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &value : row)
            fields.append(field(value));
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return text.toUtf8();
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
        values.append(sourceReference(dataset, first.data(SourcesRole).toStringList()));
        rows.append(values);
    }
    return rows;
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
