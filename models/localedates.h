#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace pe {

// Dates in prose as each language writes them, whatever Qt's numeric formats do: the month
// of a month-and-year date in the nominative ("сентябрь 1992 г.", not "сентября 1992"), the
// order of the language ("1992 ж. қыркүйек"), never a weekday.
class LocaleDates
{
public:
    // "September 17, 1992", "17 septembre 1992", "17 сентября 1992 г.", "1992 ж. 17 қыркүйек".
    static QString day(const QDate &date, const QLocale &locale = QLocale());
    // "September 1992", "septembre 1992", "сентябрь 1992 г.", "верасень 1992 г.",
    // "1992 ж. қыркүйек".
    static QString month(int year, int month, const QLocale &locale = QLocale());
};

// Numbers as each language groups them: "1 092,5", "12 000". Qt 6.4 applies Belarusian's
// minimum grouping of CLDR wrongly ("1234 567") and leaves four-digit figures ungrouped where
// the Russian figures beside them are grouped: Belarusian takes the Russian grouping, with the
// same separators.
class LocaleNumbers
{
public:
    static QString format(double value, int decimals, const QLocale &locale = QLocale());
    static QLocale numberLocale(const QLocale &locale = QLocale());
};

} // namespace pe
