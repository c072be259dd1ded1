#pragma once

#include <QCoreApplication>
#include <QString>

namespace pe {

struct BookReference;

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
};

} // namespace pe
