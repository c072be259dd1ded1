#pragma once

#include "models/localizedtext.h"
#include "models/terms.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>

namespace pe {

// Plain, immutable-after-load records mirroring docs/dataset.md. The loader fills them;
// models read them. Nothing here knows about JSON or about views. Vocabulary fields hold
// the enums of models/terms.h; a required one keeps its default only in a record the
// loader rejected.

struct Source
{
    using Kind = SourceKind;
    QString id;
    Kind kind = Kind::Book;
    int footnote = 0; // 0 for supplementary pages
    int chapter = 0;
    QStringList authors; // of the cited work, as the book prints them: "Dylenok, Y."
    QString title;
    QString outlet;
    int year = 0;
    QString url;
    QString quote;
    std::optional<Side> side; // Belarus or Kazakhstan
    QString accessed;         // YYYY-MM-DD: when a web page was read; empty if not recorded
};

struct Place
{
    QString id;
    Side country = Side::Belarus; // Belarus or Kazakhstan
    PlaceKind kind = PlaceKind::Country;
    LocalizedText name;
    QStringList altNames;
    QString parent;
    double lat = 0;
    double lon = 0;
};

struct Observation
{
    QString id;
    int year = 0;
    int periodStart = 1;
    int periodEnd = 12;
    Indicator indicator = Indicator::Turnover;
    // What a growth figure is the growth of: the turnover unless a page gives exports' or
    // imports' own rates (2018: +30 % turnover, +32.3 % exports, +15.6 % imports).
    Indicator growthOf = Indicator::Turnover;
    Unit unit = Unit::UsdMillion;
    double value = 0;
    Qualifier qualifier = Qualifier::Exact;               // the file's default too
    ObservationStatus status = ObservationStatus::Actual; // the file's default too
    Scope scope = Scope::National;
    QStringList places;
    std::optional<Sector> sector; // given for (and required by) a sector's figure
    LocalizedText company;
    LocalizedText subject;
    Side reportingSide = Side::Unknown;
    LocalizedText note;
    QStringList conflictsWith;
    QStringList sources;

    bool isFullYear() const { return periodStart == 1 && periodEnd == 12; }
    bool isSupplementary(const class Dataset &dataset) const;
};

struct Milestone
{
    int year = 0;
    LocalizedText description;
    std::optional<double> units;
    std::optional<double> valueUsdM;
    std::optional<double> jobs;
    std::optional<double> areaM2;
    std::optional<double> investmentUsdM;
    QStringList sources;
};

struct Venture
{
    QString id;
    LocalizedText name;
    QList<LocalizedText> belarusianPartners;
    QList<LocalizedText> kazakhPartners;
    QStringList places;
    // Where the partners are based, as their names or the book say (MTZ: Minsk; Gomselmash:
    // "les entreprises Gomel"): the place filter finds a venture through them too.
    QStringList partnerPlaces;
    Sector sector = Sector::AgricultureFood;
    LocalizedText products;
    int startYear = 0; // 0: the book gives none
    VentureStatus status = VentureStatus::Operating;
    LocalizedText description;
    QList<Milestone> milestones;
    QStringList sources;
};

struct Party
{
    LocalizedText name;
    QString place;
    std::optional<PartyKind> kind;
};

struct Pairing
{
    QString id;
    Party belarusianSide;
    Party kazakhSide;
    PairingLevel level = PairingLevel::Region;
    int year = 0; // 0: not known
    DocumentKind document = DocumentKind::Agreement;
    QList<Area> areas;
    LocalizedText description;
    QStringList sources;
};

struct Event
{
    enum class Precision { Year, Month, Day };
    QString id;
    QString date; // as in the file: YYYY, YYYY-MM or YYYY-MM-DD
    int year = 0;
    int month = 0;
    int day = 0;
    Precision precision = Precision::Year;
    Category category = Category::Diplomacy;
    LocalizedText title;
    LocalizedText text;
    QStringList places;
    QList<LocalizedText> actors;
    QStringList ventures;
    QStringList pairings;
    QStringList observations;
    // Other events telling the same happening with another date or detail (both are kept).
    QStringList conflictsWith;
    QStringList sources;

    // Orders events of one year: undated-within-year events sort before January.
    int sortKey() const { return year * 10000 + month * 100 + day; }
};

// A span of cooperation the book describes (a programme, a treaty's term): the timeline
// shades it and a chart marks its start. Dates as in events: YYYY, YYYY-MM or YYYY-MM-DD.
struct Period
{
    QString id;
    LocalizedText name;       // "Treaty on economic cooperation 2017–2026"
    LocalizedText chartLabel; // drawn at its start on the turnover chart; empty: not drawn
    QString from;
    QString to;
    int fromYear = 0;
    int fromMonth = 0; // 0: the year only
    int toYear = 0;
    int toMonth = 0;
    QString event; // the event that opens it, if any
    QStringList sources;

    // Years as fractions, the end exclusive: 2017-11 to 2026 is 2017.833 to 2027.0.
    double start() const { return fromYear + (fromMonth > 0 ? (fromMonth - 1) / 12.0 : 0.0); }
    double end() const { return toMonth > 0 ? toYear + toMonth / 12.0 : toYear + 1.0; }
};

// The book every "book" source is a footnote of.
struct BookReference
{
    QString authorFamily;
    QString authorGiven;
    QStringList authorVariants; // other spellings found in print ("Zalessky, B.L.")
    QString title;
    QString subtitle;
    QString publisher;
    QString place;
    int year = 0;
    QString isbn;
    QString language; // of the book: "fr"

    bool isValid() const { return !title.isEmpty(); }
    // A cited author as the app spells them: the book's author under one name wherever a
    // footnote prints a variant ("Zalessky, B.L." is "Zalesskij, B.L."), others as printed.
    QString spelling(const QString &printedAuthor) const;
};

// The terms the dataset's compilation may be reused under.
struct DataLicence
{
    QString name;  // an SPDX identifier: "CC-BY-4.0"
    QString title; // "Creative Commons Attribution 4.0 International"
    QString path;  // the licence's address
};

// Facts about the dataset as a whole that views must not assume.
struct DatasetMetadata
{
    BookReference book;
    DataLicence licence;
    // The years the timeline always covers, even where no event falls.
    int timelineFrom = 0;
    int timelineTo = 0;
    // The turnover chart's default years; up to extendTo when a national figure exists.
    int turnoverFrom = 0;
    int turnoverTo = 0;
    int turnoverExtendTo = 0;
};
// Which collection a record id belongs to; ids are unique across the whole dataset.
enum class RecordKind { None, Source, Place, Observation, Venture, Pairing, Event };

class Dataset
{
public:
    int schemaVersion = 1;
    LocalizedText title;
    // SHA-256 of the file's bytes as the loader read them, in lower-case hex: exports name
    // the dataset they were drawn from by it.
    QString sha256;
    QList<Source> sources;
    QList<Place> places;
    QList<Observation> observations;
    QList<Venture> ventures;
    QList<Pairing> pairings;
    QList<Event> events; // sorted by date once loaded
    QList<Period> periods;
    DatasetMetadata metadata;

    // Builds the id look-ups; the loader calls it once the lists are final.
    void index();

    const Source *source(const QString &id) const;
    const Place *place(const QString &id) const;
    const Observation *observation(const QString &id) const;
    const Venture *venture(const QString &id) const;
    const Pairing *pairing(const QString &id) const;
    const Event *event(const QString &id) const;
    // RecordKind::None for an id no collection holds.
    RecordKind kindOf(const QString &id) const;
    // The sources a record cites (a source: itself; a place: none).
    QStringList sourcesOf(const QString &id) const;

    // The place and every place containing it, up to its country ("kz-kostanay" →
    // kz-kostanay, kz-kostanay-region, kz), so a region filter also finds its cities.
    QStringList withAncestors(const QStringList &placeIds) const;
    // The places of the records citing a source, with their ancestors: where a source is
    // "about", for the place filter. Worked out for every source when first asked (a place
    // filter on the sources, a source's details), not while loading: over 10,000 events it
    // costs as much as a tenth of the load. Safe to ask from several threads.
    QStringList placesCiting(const QString &sourceId) const;

    // Years with at least one event, observation, venture start or pairing.
    std::pair<int, int> yearSpan() const;

private:
    struct PlacesCiting
    {
        std::once_flag worked;
        QHash<QString, QStringList> bySource;
    };
    void sortEventsByDate();
    QHash<QString, QStringList> workOutPlacesCiting() const;

    QHash<QString, int> m_sourceIndex;
    QHash<QString, int> m_placeIndex;
    QHash<QString, int> m_observationIndex;
    QHash<QString, int> m_ventureIndex;
    QHash<QString, int> m_pairingIndex;
    QHash<QString, int> m_eventIndex;
    // Shared by copies of the dataset until one is indexed again.
    std::shared_ptr<PlacesCiting> m_placesCiting = std::make_shared<PlacesCiting>();
};

} // namespace pe
