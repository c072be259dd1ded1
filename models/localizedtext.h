#pragma once

#include <QString>

namespace pe {

// Text a reader sees, in the three languages the dataset carries. Kazakh and Belarusian
// readers fall back to Russian, then English.
struct LocalizedText
{
    QString en;
    QString fr;
    QString ru;

    QString text(const QString &language) const;
    bool isEmpty() const { return en.isEmpty() && fr.isEmpty() && ru.isEmpty(); }
    // All three languages joined, so that a search finds a record whatever the UI language.
    QString searchable() const;

    bool operator==(const LocalizedText &o) const { return en == o.en && fr == o.fr && ru == o.ru; }
    bool operator!=(const LocalizedText &o) const { return !(*this == o); }
};

} // namespace pe
