#pragma once

#include <QAnyStringView>
#include <QHashFunctions>
#include <QLatin1String>
#include <QList>
#include <QObject>
#include <QStringList>

#include <array>
#include <cstddef>
#include <optional>
#include <type_traits>

// The dataset's closed vocabularies (docs/dataset.md) as types. A key of the file is read
// into its enum once, by the loader, and turned back into a key only where one leaves the
// program; everything between compares enums, so a misspelt key cannot compile.
//
// A new key goes in its enum, at the place docs/dataset.md lists it, and in its table
// below; Vocabulary::label() then warns until it has a label.

namespace pe {

Q_NAMESPACE

enum class PlaceKind { Country, Region, City, District, Village };
Q_ENUM_NS(PlaceKind)

enum class Indicator { Turnover, Exports, Imports, Balance, Growth, Count };
Q_ENUM_NS(Indicator)

enum class Unit { UsdMillion, Percent, Count };
Q_ENUM_NS(Unit)

enum class Qualifier { Exact, Approximate, MoreThan, LessThan };
Q_ENUM_NS(Qualifier)

enum class ObservationStatus { Actual, Target, Forecast };
Q_ENUM_NS(ObservationStatus)

enum class Scope { National, Region, Sector, Company };
Q_ENUM_NS(Scope)

enum class VentureStatus { Announced, Planned, Operating, Ended };
Q_ENUM_NS(VentureStatus)

// A pairing's level; a party may also be a country, which no pairing's level is.
enum class PairingLevel { Region, City, District, University, Organisation, CulturalCentre };
Q_ENUM_NS(PairingLevel)

enum class PartyKind { Region, City, District, University, Organisation, CulturalCentre, Country };
Q_ENUM_NS(PartyKind)

// The kind of text a pairing rests on.
enum class DocumentKind { Agreement, Memorandum, Protocol, Programme, Initiative };
Q_ENUM_NS(DocumentKind)

// The areas of cooperation a pairing names.
enum class Area {
    Trade,
    Industry,
    Agriculture,
    Education,
    Science,
    Culture,
    Tourism,
    Health,
    Construction,
    Media,
    Youth,
    Sport,
    Transport,
    Humanitarian
};
Q_ENUM_NS(Area)

// An event's category.
enum class Category {
    Diplomacy,
    Treaties,
    Trade,
    Industry,
    Agriculture,
    Construction,
    Regions,
    Media,
    Education,
    Science,
    Culture,
    Transport,
    Health,
    Energy
};
Q_ENUM_NS(Category)

enum class Sector {
    AgricultureFood,
    AgriculturalMachinery,
    Automotive,
    MiningMachinery,
    MachineBuilding,
    Petrochemistry,
    Construction,
    Wood,
    LightIndustry,
    PharmaVeterinary,
    Energy,
    TransportLogistics,
    ItDigital,
    Aerospace,
    TradeServices,
    IndustrialPark,
    EducationScience,
    Media
};
Q_ENUM_NS(Sector)

// Whose figures, whose place: a place's country and a source's side are Belarus or
// Kazakhstan only; an observation's reporting side may also be unknown.
enum class Side { Belarus, Kazakhstan, Unknown };
Q_ENUM_NS(Side)

enum class SourceKind { Book, Supplementary };
Q_ENUM_NS(SourceKind)

template<typename E> struct Term
{
    E value;
    const char *key;
};

// One table per vocabulary, in the order of its enum (checked below), which is the order
// docs/dataset.md lists the keys in and the loader's messages repeat.
template<typename E> struct Terms;

template<> struct Terms<PlaceKind>
{
    using T = Term<PlaceKind>;
    static constexpr std::array table{
        T{PlaceKind::Country, "country"}, T{PlaceKind::Region, "region"},
        T{PlaceKind::City, "city"},       T{PlaceKind::District, "district"},
        T{PlaceKind::Village, "village"},
    };
};

template<> struct Terms<Indicator>
{
    using T = Term<Indicator>;
    static constexpr std::array table{
        T{Indicator::Turnover, "turnover"}, T{Indicator::Exports, "exports"},
        T{Indicator::Imports, "imports"},   T{Indicator::Balance, "balance"},
        T{Indicator::Growth, "growth"},     T{Indicator::Count, "count"},
    };
};

template<> struct Terms<Unit>
{
    using T = Term<Unit>;
    static constexpr std::array table{
        T{Unit::UsdMillion, "usd-million"},
        T{Unit::Percent, "percent"},
        T{Unit::Count, "count"},
    };
};

template<> struct Terms<Qualifier>
{
    using T = Term<Qualifier>;
    static constexpr std::array table{
        T{Qualifier::Exact, "exact"},
        T{Qualifier::Approximate, "approx"},
        T{Qualifier::MoreThan, "more-than"},
        T{Qualifier::LessThan, "less-than"},
    };
};

template<> struct Terms<ObservationStatus>
{
    using T = Term<ObservationStatus>;
    static constexpr std::array table{
        T{ObservationStatus::Actual, "actual"},
        T{ObservationStatus::Target, "target"},
        T{ObservationStatus::Forecast, "forecast"},
    };
};

template<> struct Terms<Scope>
{
    using T = Term<Scope>;
    static constexpr std::array table{
        T{Scope::National, "national"},
        T{Scope::Region, "region"},
        T{Scope::Sector, "sector"},
        T{Scope::Company, "company"},
    };
};

template<> struct Terms<VentureStatus>
{
    using T = Term<VentureStatus>;
    static constexpr std::array table{
        T{VentureStatus::Announced, "announced"},
        T{VentureStatus::Planned, "planned"},
        T{VentureStatus::Operating, "operating"},
        T{VentureStatus::Ended, "ended"},
    };
};

template<> struct Terms<PairingLevel>
{
    using T = Term<PairingLevel>;
    static constexpr std::array table{
        T{PairingLevel::Region, "region"},
        T{PairingLevel::City, "city"},
        T{PairingLevel::District, "district"},
        T{PairingLevel::University, "university"},
        T{PairingLevel::Organisation, "organisation"},
        T{PairingLevel::CulturalCentre, "cultural-centre"},
    };
};

template<> struct Terms<PartyKind>
{
    using T = Term<PartyKind>;
    static constexpr std::array table{
        T{PartyKind::Region, "region"},
        T{PartyKind::City, "city"},
        T{PartyKind::District, "district"},
        T{PartyKind::University, "university"},
        T{PartyKind::Organisation, "organisation"},
        T{PartyKind::CulturalCentre, "cultural-centre"},
        T{PartyKind::Country, "country"},
    };
};

template<> struct Terms<DocumentKind>
{
    using T = Term<DocumentKind>;
    static constexpr std::array table{
        T{DocumentKind::Agreement, "agreement"},   T{DocumentKind::Memorandum, "memorandum"},
        T{DocumentKind::Protocol, "protocol"},     T{DocumentKind::Programme, "programme"},
        T{DocumentKind::Initiative, "initiative"},
    };
};

template<> struct Terms<Area>
{
    using T = Term<Area>;
    static constexpr std::array table{
        T{Area::Trade, "trade"},
        T{Area::Industry, "industry"},
        T{Area::Agriculture, "agriculture"},
        T{Area::Education, "education"},
        T{Area::Science, "science"},
        T{Area::Culture, "culture"},
        T{Area::Tourism, "tourism"},
        T{Area::Health, "health"},
        T{Area::Construction, "construction"},
        T{Area::Media, "media"},
        T{Area::Youth, "youth"},
        T{Area::Sport, "sport"},
        T{Area::Transport, "transport"},
        T{Area::Humanitarian, "humanitarian"},
    };
};

template<> struct Terms<Category>
{
    using T = Term<Category>;
    static constexpr std::array table{
        T{Category::Diplomacy, "diplomacy"},
        T{Category::Treaties, "treaties"},
        T{Category::Trade, "trade"},
        T{Category::Industry, "industry"},
        T{Category::Agriculture, "agriculture"},
        T{Category::Construction, "construction"},
        T{Category::Regions, "regions"},
        T{Category::Media, "media"},
        T{Category::Education, "education"},
        T{Category::Science, "science"},
        T{Category::Culture, "culture"},
        T{Category::Transport, "transport"},
        T{Category::Health, "health"},
        T{Category::Energy, "energy"},
    };
};

template<> struct Terms<Sector>
{
    using T = Term<Sector>;
    static constexpr std::array table{
        T{Sector::AgricultureFood, "agriculture-food"},
        T{Sector::AgriculturalMachinery, "agricultural-machinery"},
        T{Sector::Automotive, "automotive"},
        T{Sector::MiningMachinery, "mining-machinery"},
        T{Sector::MachineBuilding, "machine-building"},
        T{Sector::Petrochemistry, "petrochemistry"},
        T{Sector::Construction, "construction"},
        T{Sector::Wood, "wood"},
        T{Sector::LightIndustry, "light-industry"},
        T{Sector::PharmaVeterinary, "pharma-veterinary"},
        T{Sector::Energy, "energy"},
        T{Sector::TransportLogistics, "transport-logistics"},
        T{Sector::ItDigital, "it-digital"},
        T{Sector::Aerospace, "aerospace"},
        T{Sector::TradeServices, "trade-services"},
        T{Sector::IndustrialPark, "industrial-park"},
        T{Sector::EducationScience, "education-science"},
        T{Sector::Media, "media"},
    };
};

template<> struct Terms<Side>
{
    using T = Term<Side>;
    static constexpr std::array table{
        T{Side::Belarus, "BY"},
        T{Side::Kazakhstan, "KZ"},
        T{Side::Unknown, "unknown"},
    };
};

template<> struct Terms<SourceKind>
{
    using T = Term<SourceKind>;
    static constexpr std::array table{
        T{SourceKind::Book, "book"},
        T{SourceKind::Supplementary, "supplementary"},
    };
};

template<typename E, typename = void> struct IsTerm : std::false_type
{
};
template<typename E> struct IsTerm<E, std::void_t<decltype(Terms<E>::table)>> : std::true_type
{
};
template<typename E> constexpr bool isTerm = IsTerm<E>::value;

// Entry i of a table is the enum's value i, so keyOf() looks keys up by index and a table
// out of step with its enum fails to compile here. tests/models/tst_terms.cpp checks that
// no value was left out at the end.
template<typename E> constexpr bool tableFollowsEnum()
{
    const auto &table = Terms<E>::table;
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (static_cast<std::size_t>(table[i].value) != i)
            return false;
    }
    return true;
}
static_assert(tableFollowsEnum<PlaceKind>() && tableFollowsEnum<Indicator>() &&
              tableFollowsEnum<Unit>() && tableFollowsEnum<Qualifier>() &&
              tableFollowsEnum<ObservationStatus>() && tableFollowsEnum<Scope>() &&
              tableFollowsEnum<VentureStatus>() && tableFollowsEnum<PairingLevel>() &&
              tableFollowsEnum<PartyKind>() && tableFollowsEnum<DocumentKind>() &&
              tableFollowsEnum<Area>() && tableFollowsEnum<Category>() &&
              tableFollowsEnum<Sector>() && tableFollowsEnum<Side>() &&
              tableFollowsEnum<SourceKind>());

// The key the file writes for a value ("usd-million"); empty for a value outside the enum.
template<typename E> QLatin1String keyOf(E value)
{
    static_assert(isTerm<E>, "not a vocabulary type");
    const auto index = static_cast<std::size_t>(value);
    const auto &table = Terms<E>::table;
    return index < table.size() ? QLatin1String(table[index].key) : QLatin1String();
}

// The value of a key, or nullopt for a key the vocabulary does not have. Keys are
// case-sensitive, as in the file. Any string type will do: QString, QStringView, keyOf().
template<typename E> std::optional<E> fromKey(QAnyStringView key)
{
    static_assert(isTerm<E>, "not a vocabulary type");
    for (const Term<E> &term : Terms<E>::table) {
        if (QAnyStringView::equal(key, QLatin1String(term.key)))
            return term.value;
    }
    return std::nullopt;
}

// Every value, in the enum's (and the file format's) order.
template<typename E> const QList<E> &allValues()
{
    static_assert(isTerm<E>, "not a vocabulary type");
    static const QList<E> values = [] {
        QList<E> list;
        for (const Term<E> &term : Terms<E>::table)
            list.append(term.value);
        return list;
    }();
    return values;
}

template<typename E> QStringList keysOf(const QList<E> &values)
{
    static_assert(isTerm<E>, "not a vocabulary type");
    QStringList keys;
    keys.reserve(values.size());
    for (const E value : values)
        keys.append(keyOf(value));
    return keys;
}

// Every key, in order: for messages listing what is allowed.
template<typename E> QStringList allKeys()
{
    return keysOf(allValues<E>());
}

// Vocabulary values in QSet and QHash keys.
template<typename E, typename = std::enable_if_t<isTerm<E>>>
constexpr size_t qHash(E value, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<std::underlying_type_t<E>>(value), seed);
}

} // namespace pe
