#include "models/localedates.h"

#include <QRegularExpression>

namespace pe {

QString LocaleDates::day(const QDate &date, const QLocale &locale)
{
    // The locale's long date, whose month is in the case a day takes ("17 сентября"), without
    // the weekday.
    static const QRegularExpression weekday(QStringLiteral(",? ?dddd,? ?"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(weekday, QString());
    return locale.toString(date, format.trimmed());
}

QString LocaleDates::month(int year, int month, const QLocale &locale)
{
    // Qt's "MMMM yyyy" takes the month's name in the form a day takes, which is the genitive
    // in Russian and Belarusian: the stand-alone name is the one a month and a year take.
    QString name = locale.standaloneMonthName(month, QLocale::LongFormat);
    switch (locale.language()) {
    case QLocale::Russian:
    case QLocale::Belarusian:
        return QStringLiteral("%1 %2 г.").arg(name.toLower()).arg(year);
    case QLocale::Kazakh:
        return QStringLiteral("%1 ж. %2").arg(year).arg(name.toLower());
    default:
        return QStringLiteral("%1 %2").arg(name).arg(year);
    }
}

QLocale LocaleNumbers::numberLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Belarusian ? QLocale(QLocale::Russian, QLocale::Belarus)
                                                    : locale;
}

QString LocaleNumbers::format(double value, int decimals, const QLocale &locale)
{
    return numberLocale(locale).toString(value, 'f', decimals);
}

} // namespace pe
