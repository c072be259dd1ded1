#include "models/datapackage/packagelayout.h"

namespace pe::package {

QString Field::column() const
{
    return QString::fromLatin1(path).replace(QLatin1Char('/'), QLatin1Char('_'));
}

QStringList Field::columns() const
{
    if (type != FieldType::Text)
        return {column()};
    QStringList names;
    for (const QString &language : textLanguages())
        names.append(column() + QLatin1Char('_') + language);
    return names;
}

QStringList List::valueColumns() const
{
    switch (shape) {
    case ListShape::Values:
        return {QString::fromLatin1(column)};
    case ListShape::Texts:
        return Field{column, FieldType::Text}.columns();
    case ListShape::Records: {
        QStringList names{positionColumn()};
        for (const Field &f : fields)
            names += f.columns();
        return names;
    }
    }
    return {};
}

namespace {

using T = FieldType;

List values(const char *resource, const char *field, const char *column,
            const char *references = nullptr, const char *description = nullptr)
{
    List list{resource, field, ListShape::Values, column, references};
    list.description = description;
    return list;
}

List sourcesOf(const char *resource)
{
    return values(resource, "sources", "source", "sources", "The sources the record cites.");
}

std::vector<Table> makeTables()
{
    std::vector<Table> all;
    all.push_back(
        {"sources",
         "source",
         {{"id", T::String, true},
          {"kind", T::String, true, nullptr, "book (a footnote of the book) or supplementary"},
          {"footnote", T::Integer, false, nullptr, "The footnote's number in the book"},
          {"chapter", T::Integer},
          {"title", T::String, false, nullptr, "The cited work's title as the book gives it"},
          {"outlet", T::String},
          {"year", T::Integer},
          {"url", T::String},
          {"quote", T::String},
          {"side", T::String, false, nullptr, "BY or KZ: whose statement or statistics"},
          {"accessed", T::String, false, nullptr,
           "When a supplementary page was consulted (YYYY-MM-DD)"}},
         {values("source_authors", "authors", "author", nullptr,
                 "The cited work's authors as the book prints them.")},
         "The book's footnotes and the supplementary pages, each cited by the records."});
    all.push_back({"places",
                   "place",
                   {{"id", T::String, true},
                    {"country", T::String, true},
                    {"kind", T::String, true},
                    {"name", T::Text, true},
                    {"parent", T::String, false, "places"},
                    {"lat", T::Number},
                    {"lon", T::Number}},
                   {values("place_alt_names", "altNames", "name", nullptr,
                           "Other names and spellings of the place, former names included.")},
                   "Countries, regions, cities and districts the records name."});
    all.push_back(
        {"observations",
         "observation",
         {{"id", T::String, true},
          {"year", T::Integer, true},
          {"periodStart", T::Integer, false, nullptr, "First month covered (default 1)"},
          {"periodEnd", T::Integer, false, nullptr, "Last month covered (default 12)"},
          {"indicator", T::String, true},
          {"growthOf", T::String, false, nullptr,
           "For a growth figure: turnover (default), exports or imports"},
          {"unit", T::String, true},
          {"value", T::Number, true},
          {"qualifier", T::String, false, nullptr, "exact (default), approx, more-than, less-than"},
          {"status", T::String, false, nullptr, "actual (default), target or forecast"},
          {"scope", T::String, true},
          {"sector", T::String},
          {"company", T::Text},
          {"subject", T::Text},
          {"reportingSide", T::String, true},
          {"note", T::Text}},
         {values("observation_places", "places", "place", "places"),
          values("observation_conflicts", "conflictsWith", "conflicting_observation",
                 "observations", "Figures giving another value for the same thing."),
          sourcesOf("observation_sources")},
         "Trade figures and counts."});
    List milestones{"milestones", "milestones", ListShape::Records, "milestone"};
    milestones.fields = {{"year", T::Integer, true},   {"description", T::Text, true},
                         {"units", T::Number},         {"valueUsdM", T::Number},
                         {"jobs", T::Number},          {"areaM2", T::Number},
                         {"investmentUsdM", T::Number}};
    milestones.lists = {sourcesOf("milestone_sources")};
    milestones.description = "Dated steps of a venture, in the venture's order.";
    List belarusianPartners{"venture_belarusian_partners", "belarusianPartners", ListShape::Texts,
                            "name"};
    belarusianPartners.alwaysPresent = true;
    List kazakhPartners{"venture_kazakh_partners", "kazakhPartners", ListShape::Texts, "name"};
    kazakhPartners.alwaysPresent = true;
    all.push_back(
        {"ventures",
         "venture",
         {{"id", T::String, true},
          {"name", T::Text, true},
          {"sector", T::String, true},
          {"products", T::Text},
          {"startYear", T::Integer},
          {"status", T::String, true},
          {"description", T::Text, true}},
         {belarusianPartners, kazakhPartners, values("venture_places", "places", "place", "places"),
          values("venture_partner_places", "partnerPlaces", "place", "places",
                 "Where the partners are based, as their names or the book say."),
          milestones, sourcesOf("venture_sources")},
         "Joint ventures, assembly plants and trading houses."});
    all.push_back({"pairings",
                   "pairing",
                   {{"id", T::String, true},
                    {"belarusianSide/name", T::Text, true},
                    {"belarusianSide/place", T::String, false, "places"},
                    {"belarusianSide/kind", T::String},
                    {"kazakhSide/name", T::Text, true},
                    {"kazakhSide/place", T::String, false, "places"},
                    {"kazakhSide/kind", T::String},
                    {"level", T::String, true},
                    {"year", T::Integer},
                    {"document", T::String, true},
                    {"description", T::Text, true}},
                   {values("pairing_areas", "areas", "area"), sourcesOf("pairing_sources")},
                   "Twinning and cooperation agreements between regions, cities and bodies."});
    all.push_back({"events",
                   "event",
                   {{"id", T::String, true},
                    {"date", T::String, true, nullptr, "YYYY, YYYY-MM or YYYY-MM-DD"},
                    {"category", T::String, true},
                    {"title", T::Text, true},
                    {"text", T::Text, true}},
                   {values("event_places", "places", "place", "places"),
                    List{"event_actors", "actors", ListShape::Texts, "name"},
                    values("event_ventures", "ventures", "venture", "ventures"),
                    values("event_pairings", "pairings", "pairing", "pairings"),
                    values("event_observations", "observations", "observation", "observations"),
                    values("event_conflicts", "conflictsWith", "conflicting_event", "events",
                           "Events telling the same happening with another date or detail."),
                    sourcesOf("event_sources")},
                   "Dated happenings: visits, treaties, forums, openings."});
    all.push_back({"periods",
                   "period",
                   {{"id", T::String, true},
                    {"name", T::Text, true},
                    {"chartLabel", T::Text},
                    {"from", T::String, true, nullptr, "YYYY, YYYY-MM or YYYY-MM-DD"},
                    {"to", T::String, true, nullptr, "YYYY, YYYY-MM or YYYY-MM-DD"},
                    {"event", T::String, false, "events"}},
                   {sourcesOf("period_sources")},
                   "Spans of cooperation: programmes and treaties' terms."});
    return all;
}

} // namespace

const std::vector<Table> &tables()
{
    static const std::vector<Table> all = makeTables();
    return all;
}

} // namespace pe::package
