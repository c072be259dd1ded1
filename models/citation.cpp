#include "models/citation.h"

#include "models/dataset.h"

namespace pe {

QString BookCitation::shortReference(const BookReference &book)
{
    if (!book.isValid())
        return tr("the book");
    QString author = book.authorFamily;
    if (!book.authorGiven.isEmpty())
        author = book.authorGiven.left(1) + QStringLiteral(". ") + author;
    return tr("%1, %2 (%3)", "author, title (year)").arg(author, book.title).arg(book.year);
}

QString BookCitation::authorYear(const BookReference &book)
{
    if (!book.isValid())
        return tr("the book");
    return QStringLiteral("%1 %2").arg(book.authorFamily).arg(book.year);
}

QString BookCitation::authors(const BookReference &book, const Source &source)
{
    QStringList names;
    for (const QString &author : source.authors)
        names.append(book.spelling(author));
    return names.join(QStringLiteral("; "));
}

} // namespace pe
