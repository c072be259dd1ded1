#include "models/vocabulary.h"

#include "models/dataset.h"

#include <QLocale>

namespace pe {

QStringList Vocabulary::categories()
{
    return {
        QStringLiteral("diplomacy"), QStringLiteral("treaties"),    QStringLiteral("trade"),
        QStringLiteral("industry"),  QStringLiteral("agriculture"), QStringLiteral("construction"),
        QStringLiteral("regions"),   QStringLiteral("media"),       QStringLiteral("education"),
        QStringLiteral("science"),   QStringLiteral("culture"),     QStringLiteral("transport"),
        QStringLiteral("health"),    QStringLiteral("energy")};
}

QStringList Vocabulary::sectors()
{
    return {QStringLiteral("agriculture-food"),
            QStringLiteral("agricultural-machinery"),
            QStringLiteral("automotive"),
            QStringLiteral("mining-machinery"),
            QStringLiteral("machine-building"),
            QStringLiteral("petrochemistry"),
            QStringLiteral("construction"),
            QStringLiteral("wood"),
            QStringLiteral("light-industry"),
            QStringLiteral("pharma-veterinary"),
            QStringLiteral("energy"),
            QStringLiteral("transport-logistics"),
            QStringLiteral("it-digital"),
            QStringLiteral("aerospace"),
            QStringLiteral("trade-services"),
            QStringLiteral("industrial-park"),
            QStringLiteral("education-science"),
            QStringLiteral("media")};
}

QStringList Vocabulary::areas()
{
    return {
        QStringLiteral("trade"),     QStringLiteral("industry"),    QStringLiteral("agriculture"),
        QStringLiteral("education"), QStringLiteral("science"),     QStringLiteral("culture"),
        QStringLiteral("tourism"),   QStringLiteral("health"),      QStringLiteral("construction"),
        QStringLiteral("media"),     QStringLiteral("youth"),       QStringLiteral("sport"),
        QStringLiteral("transport"), QStringLiteral("humanitarian")};
}

QString Vocabulary::category(const QString &key)
{
    if (key == QLatin1String("diplomacy"))
        return tr("Diplomacy");
    if (key == QLatin1String("treaties"))
        return tr("Treaties");
    if (key == QLatin1String("trade"))
        return tr("Trade");
    if (key == QLatin1String("industry"))
        return tr("Industry");
    if (key == QLatin1String("agriculture"))
        return tr("Agriculture");
    if (key == QLatin1String("construction"))
        return tr("Construction");
    if (key == QLatin1String("regions"))
        return tr("Regions");
    if (key == QLatin1String("media"))
        return tr("Media");
    if (key == QLatin1String("education"))
        return tr("Education");
    if (key == QLatin1String("science"))
        return tr("Science");
    if (key == QLatin1String("culture"))
        return tr("Culture");
    if (key == QLatin1String("transport"))
        return tr("Transport");
    if (key == QLatin1String("health"))
        return tr("Health");
    if (key == QLatin1String("energy"))
        return tr("Energy");
    return key;
}

QString Vocabulary::sector(const QString &key)
{
    if (key == QLatin1String("agriculture-food"))
        return tr("Agriculture and food");
    if (key == QLatin1String("agricultural-machinery"))
        return tr("Agricultural machinery");
    if (key == QLatin1String("automotive"))
        return tr("Vehicles");
    if (key == QLatin1String("mining-machinery"))
        return tr("Mining machinery");
    if (key == QLatin1String("machine-building"))
        return tr("Machine building");
    if (key == QLatin1String("petrochemistry"))
        return tr("Petrochemistry");
    if (key == QLatin1String("construction"))
        return tr("Construction");
    if (key == QLatin1String("wood"))
        return tr("Wood products");
    if (key == QLatin1String("light-industry"))
        return tr("Light industry");
    if (key == QLatin1String("pharma-veterinary"))
        return tr("Pharmaceuticals and veterinary");
    if (key == QLatin1String("energy"))
        return tr("Energy");
    if (key == QLatin1String("transport-logistics"))
        return tr("Transport and logistics");
    if (key == QLatin1String("it-digital"))
        return tr("IT and digital");
    if (key == QLatin1String("aerospace"))
        return tr("Aerospace and drones");
    if (key == QLatin1String("trade-services"))
        return tr("Trade and services");
    if (key == QLatin1String("industrial-park"))
        return tr("Industrial parks");
    if (key == QLatin1String("education-science"))
        return tr("Education and science");
    if (key == QLatin1String("media"))
        return tr("Media");
    return key;
}

QString Vocabulary::indicator(const QString &key)
{
    if (key == QLatin1String("turnover"))
        return tr("Turnover");
    if (key == QLatin1String("exports"))
        return tr("Belarusian exports");
    if (key == QLatin1String("imports"))
        return tr("Belarusian imports");
    if (key == QLatin1String("balance"))
        return tr("Balance");
    if (key == QLatin1String("growth"))
        return tr("Growth");
    if (key == QLatin1String("count"))
        return tr("Count");
    return key;
}

QString Vocabulary::qualifier(const QString &key)
{
    if (key == QLatin1String("exact"))
        return tr("exact");
    if (key == QLatin1String("approx"))
        return tr("approximate");
    if (key == QLatin1String("more-than"))
        return tr("more than");
    if (key == QLatin1String("less-than"))
        return tr("less than");
    return key;
}

QString Vocabulary::observationStatus(const QString &key)
{
    if (key == QLatin1String("actual"))
        return tr("actual");
    if (key == QLatin1String("target"))
        return tr("target");
    if (key == QLatin1String("forecast"))
        return tr("forecast");
    return key;
}

QString Vocabulary::scope(const QString &key)
{
    if (key == QLatin1String("national"))
        return tr("National");
    if (key == QLatin1String("region"))
        return tr("Regional");
    if (key == QLatin1String("sector"))
        return tr("Sector");
    if (key == QLatin1String("company"))
        return tr("Company");
    return key;
}

QString Vocabulary::ventureStatus(const QString &key)
{
    if (key == QLatin1String("announced"))
        return tr("Announced");
    if (key == QLatin1String("planned"))
        return tr("Planned");
    if (key == QLatin1String("operating"))
        return tr("Operating");
    if (key == QLatin1String("ended"))
        return tr("Ended");
    return key;
}

QString Vocabulary::level(const QString &key)
{
    if (key == QLatin1String("region"))
        return tr("Region");
    if (key == QLatin1String("city"))
        return tr("City");
    if (key == QLatin1String("district"))
        return tr("District");
    if (key == QLatin1String("university"))
        return tr("University");
    if (key == QLatin1String("organisation"))
        return tr("Organisation");
    if (key == QLatin1String("cultural-centre"))
        return tr("Cultural centre");
    if (key == QLatin1String("country"))
        return tr("Country");
    return key;
}

QString Vocabulary::document(const QString &key)
{
    if (key == QLatin1String("agreement"))
        return tr("Agreement");
    if (key == QLatin1String("memorandum"))
        return tr("Memorandum");
    if (key == QLatin1String("protocol"))
        return tr("Protocol");
    if (key == QLatin1String("programme"))
        return tr("Programme");
    if (key == QLatin1String("initiative"))
        return tr("Initiative");
    return key;
}

QString Vocabulary::area(const QString &key)
{
    if (key == QLatin1String("trade"))
        return tr("trade");
    if (key == QLatin1String("industry"))
        return tr("industry");
    if (key == QLatin1String("agriculture"))
        return tr("agriculture");
    if (key == QLatin1String("education"))
        return tr("education");
    if (key == QLatin1String("science"))
        return tr("science");
    if (key == QLatin1String("culture"))
        return tr("culture");
    if (key == QLatin1String("tourism"))
        return tr("tourism");
    if (key == QLatin1String("health"))
        return tr("health");
    if (key == QLatin1String("construction"))
        return tr("construction");
    if (key == QLatin1String("media"))
        return tr("media");
    if (key == QLatin1String("youth"))
        return tr("youth");
    if (key == QLatin1String("sport"))
        return tr("sport");
    if (key == QLatin1String("transport"))
        return tr("transport");
    if (key == QLatin1String("humanitarian"))
        return tr("humanitarian ties");
    return key;
}

QString Vocabulary::side(const QString &key)
{
    if (key == QLatin1String("BY"))
        return tr("Belarusian figures");
    if (key == QLatin1String("KZ"))
        return tr("Kazakh figures");
    return tr("Side not stated");
}

QString Vocabulary::placeKind(const QString &key)
{
    if (key == QLatin1String("country"))
        return tr("Country");
    if (key == QLatin1String("region"))
        return tr("Region");
    if (key == QLatin1String("city"))
        return tr("City");
    if (key == QLatin1String("district"))
        return tr("District");
    if (key == QLatin1String("village"))
        return tr("Village");
    return key;
}

QString Vocabulary::period(int startMonth, int endMonth)
{
    if (startMonth == 1 && endMonth == 12)
        return {};
    if (startMonth == 1 && endMonth == 3)
        return tr("Q1");
    if (startMonth == 1 && endMonth == 6)
        return tr("H1");
    const QLocale locale;
    QString first = locale.monthName(startMonth, QLocale::ShortFormat);
    if (startMonth == endMonth)
        return first;
    return tr("%1–%2", "month range").arg(first, locale.monthName(endMonth, QLocale::ShortFormat));
}

QString Vocabulary::value(const Observation &observation)
{
    const QLocale locale;
    const double v = observation.value;
    const bool whole = v == double(qint64(v));
    QString number = locale.toString(v, 'f', whole ? 0 : 1);
    if (observation.unit == QLatin1String("usd-million"))
        number = tr("US$ %1 M").arg(number);
    else if (observation.unit == QLatin1String("percent"))
        number = tr("%1 %", "percentage").arg((v > 0 ? QStringLiteral("+") : QString()) + number);
    if (observation.qualifier == QLatin1String("approx"))
        return tr("≈ %1").arg(number);
    if (observation.qualifier == QLatin1String("more-than"))
        return tr("> %1").arg(number);
    if (observation.qualifier == QLatin1String("less-than"))
        return tr("< %1").arg(number);
    return number;
}

} // namespace pe
