#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pe {

struct BookReference;
struct Source;

// How the app names the book its "book" sources are footnotes of, built from the dataset's
// metadata: one spelling of the author everywhere (the variants are kept as aliases).
class BookCitation
{
    Q_DECLARE_TR_FUNCTIONS(BookCitation)

public:
    // "B. Zalesskij, Vecteur de partenariat – Kazakhstan (2023)"; "the book" without metadata.
    static QString shortReference(const BookReference &book);
    // "Zalesskij 2023", for dense places (a CSV cell); "the book" without metadata.
    static QString authorYear(const BookReference &book);
    // The authors of a cited work, "Dylenok, Y." or "A; B", the book's author spelt as the
    // book's reference spells him; empty when the book prints none.
    static QString authors(const BookReference &book, const Source &source);
};

} // namespace pe
