#include "models/items/sourcemodel.h"

#include "models/citation.h"
#include "models/items/roles.h"

namespace pe {

int SourceModel::recordCount() const
{
    return int(dataset()->sources.size());
}

QString SourceModel::columnTitle(int column) const
{
    switch (column) {
    case NoteColumn:
        return tr("Note");
    case AuthorColumn:
        return tr("Author");
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case YearColumn:
        return tr("Year");
    case UrlColumn:
        return tr("Address");
    }
    return {};
}

QVariant SourceModel::recordData(int row, int column, int role) const
{
    const Source &s = dataset()->sources.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NoteColumn:
            return s.kind == Source::Kind::Book ? QVariant(s.footnote)
                                                : QVariant(tr("supplementary"));
        case AuthorColumn:
            return BookCitation::authors(dataset()->metadata.book, s);
        case TitleColumn:
            return s.title;
        case OutletColumn:
            return s.outlet;
        case YearColumn:
            return s.year ? QVariant(s.year) : QVariant();
        case UrlColumn:
            return s.url;
        }
        return {};
    case Qt::ToolTipRole:
        return s.quote;
    case IdRole:
        return s.id;
    case YearRole:
        return s.year;
    case SourcesRole:
        return QStringList{s.id};
    case PlacesRole: // a source is about the places of the records that cite it
        return dataset()->placesCiting(s.id);
    case SearchTextRole:
        // The authors as printed too: "Zalessky" finds the papers the book prints so.
        return BookCitation::authors(dataset()->metadata.book, s) + QLatin1Char('\n') +
               s.authors.join(QLatin1Char('\n')) + QLatin1Char('\n') + s.title + QLatin1Char('\n') +
               s.outlet + QLatin1Char('\n') + s.quote;
    case TitleRole:
        return s.title;
    case TextRole:
        return s.quote;
    case SupplementaryRole:
        return s.kind == Source::Kind::Supplementary;
    case SortRole:
        return column == NoteColumn
                   ? QVariant(s.kind == Source::Kind::Book ? s.footnote : 1000 + row)
                   : recordData(row, column, Qt::DisplayRole);
    }
    return {};
}

} // namespace pe
