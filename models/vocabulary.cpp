#include "models/vocabulary.h"

#include "models/localedates.h"

#include "models/dataset.h"

#include <QLocale>

namespace pe {

QString Vocabulary::label(Category category)
{
    switch (category) {
    case Category::Diplomacy:
        return tr("Diplomacy");
    case Category::Treaties:
        return tr("Treaties");
    case Category::Trade:
        return tr("Trade");
    case Category::Industry:
        return tr("Industry");
    case Category::Agriculture:
        return tr("Agriculture");
    case Category::Construction:
        return tr("Construction");
    case Category::Regions:
        return tr("Regions");
    case Category::Media:
        return tr("Media");
    case Category::Education:
        return tr("Education");
    case Category::Science:
        return tr("Science");
    case Category::Culture:
        return tr("Culture");
    case Category::Transport:
        return tr("Transport");
    case Category::Health:
        return tr("Health");
    case Category::Energy:
        return tr("Energy");
    }
    return {};
}

QString Vocabulary::label(Sector sector)
{
    switch (sector) {
    case Sector::AgricultureFood:
        return tr("Agriculture and food");
    case Sector::AgriculturalMachinery:
        return tr("Agricultural machinery");
    case Sector::Automotive:
        return tr("Vehicles");
    case Sector::MiningMachinery:
        return tr("Mining machinery");
    case Sector::MachineBuilding:
        return tr("Machine building");
    case Sector::Petrochemistry:
        return tr("Petrochemistry");
    case Sector::Construction:
        return tr("Construction");
    case Sector::Wood:
        return tr("Wood products");
    case Sector::LightIndustry:
        return tr("Light industry");
    case Sector::PharmaVeterinary:
        return tr("Pharmaceuticals and veterinary");
    case Sector::Energy:
        return tr("Energy");
    case Sector::TransportLogistics:
        return tr("Transport and logistics");
    case Sector::ItDigital:
        return tr("IT and digital");
    case Sector::Aerospace:
        return tr("Aerospace and drones");
    case Sector::TradeServices:
        return tr("Trade and services");
    case Sector::IndustrialPark:
        return tr("Industrial parks");
    case Sector::EducationScience:
        return tr("Education and science");
    case Sector::Media:
        return tr("Media");
    }
    return {};
}

QString Vocabulary::label(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Turnover:
        return tr("Turnover");
    case Indicator::Exports:
        return tr("Belarusian exports");
    case Indicator::Imports:
        return tr("Belarusian imports");
    case Indicator::Balance:
        return tr("Balance");
    case Indicator::Growth:
        return tr("Growth");
    case Indicator::Count:
        return tr("Count");
    }
    return {};
}

QString Vocabulary::label(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return tr("exact");
    case Qualifier::Approximate:
        return tr("approximate");
    case Qualifier::MoreThan:
        return tr("more than");
    case Qualifier::LessThan:
        return tr("less than");
    }
    return {};
}

QString Vocabulary::label(ObservationStatus status)
{
    switch (status) {
    case ObservationStatus::Actual:
        return tr("actual");
    case ObservationStatus::Target:
        return tr("target");
    case ObservationStatus::Forecast:
        return tr("forecast");
    }
    return {};
}

QString Vocabulary::label(Scope scope)
{
    switch (scope) {
    case Scope::National:
        return tr("National");
    case Scope::Region:
        return tr("Regional");
    case Scope::Sector:
        return tr("Sector");
    case Scope::Company:
        return tr("Company");
    }
    return {};
}

QString Vocabulary::label(VentureStatus status)
{
    switch (status) {
    case VentureStatus::Announced:
        return tr("Announced");
    case VentureStatus::Planned:
        return tr("Planned");
    case VentureStatus::Operating:
        return tr("Operating");
    case VentureStatus::Ended:
        return tr("Ended");
    }
    return {};
}

QString Vocabulary::label(PairingLevel level)
{
    switch (level) {
    case PairingLevel::Region:
        return tr("Region");
    case PairingLevel::City:
        return tr("City");
    case PairingLevel::District:
        return tr("District");
    case PairingLevel::University:
        return tr("University");
    case PairingLevel::Organisation:
        return tr("Organisation");
    case PairingLevel::CulturalCentre:
        return tr("Cultural centre");
    }
    return {};
}

QString Vocabulary::label(PartyKind kind)
{
    switch (kind) {
    case PartyKind::Region:
        return tr("Region");
    case PartyKind::City:
        return tr("City");
    case PartyKind::District:
        return tr("District");
    case PartyKind::University:
        return tr("University");
    case PartyKind::Organisation:
        return tr("Organisation");
    case PartyKind::CulturalCentre:
        return tr("Cultural centre");
    case PartyKind::Country:
        return tr("Country");
    }
    return {};
}

QString Vocabulary::label(DocumentKind document)
{
    switch (document) {
    case DocumentKind::Agreement:
        return tr("Agreement");
    case DocumentKind::Memorandum:
        return tr("Memorandum");
    case DocumentKind::Protocol:
        return tr("Protocol");
    case DocumentKind::Programme:
        return tr("Programme");
    case DocumentKind::Initiative:
        return tr("Initiative");
    }
    return {};
}

QString Vocabulary::label(Area area)
{
    switch (area) {
    case Area::Trade:
        return tr("trade");
    case Area::Industry:
        return tr("industry");
    case Area::Agriculture:
        return tr("agriculture");
    case Area::Education:
        return tr("education");
    case Area::Science:
        return tr("science");
    case Area::Culture:
        return tr("culture");
    case Area::Tourism:
        return tr("tourism");
    case Area::Health:
        return tr("health");
    case Area::Construction:
        return tr("construction");
    case Area::Media:
        return tr("media");
    case Area::Youth:
        return tr("youth");
    case Area::Sport:
        return tr("sport");
    case Area::Transport:
        return tr("transport");
    case Area::Humanitarian:
        return tr("humanitarian ties");
    }
    return {};
}

QString Vocabulary::label(Side side)
{
    switch (side) {
    case Side::Belarus:
        return tr("Belarusian figures");
    case Side::Kazakhstan:
        return tr("Kazakh figures");
    case Side::Unknown:
        break;
    }
    return tr("Side not stated");
}

QString Vocabulary::label(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Country:
        return tr("Country");
    case PlaceKind::Region:
        return tr("Region");
    case PlaceKind::City:
        return tr("City");
    case PlaceKind::District:
        return tr("District");
    case PlaceKind::Village:
        return tr("Village");
    }
    return {};
}

QString Vocabulary::indicatorOf(const Observation &observation)
{
    if (observation.indicator != Indicator::Growth)
        return label(observation.indicator);
    switch (observation.growthOf) {
    case Indicator::Exports:
        return tr("Growth of Belarusian exports");
    case Indicator::Imports:
        return tr("Growth of Belarusian imports");
    default:
        return label(Indicator::Growth);
    }
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
    const QLocale locale = LocaleNumbers::numberLocale();
    const double v = observation.value;
    const bool whole = v == double(qint64(v));
    QString number = locale.toString(v, 'f', whole ? 0 : 1);
    switch (observation.unit) {
    case Unit::UsdMillion:
        number = tr("US$ %1 M").arg(number);
        break;
    case Unit::Percent:
        number = tr("%1 %", "percentage").arg((v > 0 ? QStringLiteral("+") : QString()) + number);
        break;
    case Unit::Count:
        break;
    }
    switch (observation.qualifier) {
    case Qualifier::Approximate:
        return tr("≈ %1").arg(number);
    case Qualifier::MoreThan:
        return tr("> %1").arg(number);
    case Qualifier::LessThan:
        return tr("< %1").arg(number);
    case Qualifier::Exact:
        break;
    }
    return number;
}

} // namespace pe
