#pragma once

#include <QString>

namespace pe {

// The form in which search text and the words typed are compared: case folded, accents
// dropped ("Kostanaï" finds "kostanai"), and Russian ё read as е, as it is commonly typed.
// Defined as the canonical decomposition (NFD) with its nonspacing marks dropped and every
// remaining character case folded; text of the scripts the dataset is written in is folded
// a character at a time from a table, which gives the same result much faster.
QString foldForSearch(const QString &text);

} // namespace pe
