#include "bench/syntheticdataset.h"

#include <nlohmann/json.hpp>

#include <string>

namespace pe::bench {

namespace {

nlohmann::json text(const std::string &base, int n)
{
    const std::string suffix = " " + std::to_string(n);
    return {
        {"en", base + suffix}, {"fr", base + " (fr)" + suffix}, {"ru", base + " (ru)" + suffix}};
}

} // namespace

QByteArray syntheticDataset(int events, int pairings, int ventures)
{
    using nlohmann::json;
    static const char *const categories[] = {"diplomacy",   "treaties", "trade", "industry",
                                             "agriculture", "regions",  "media", "education"};
    static const char *const sectors[] = {"agriculture-food", "agricultural-machinery",
                                          "automotive", "mining-machinery", "wood"};
    json doc;
    doc["schemaVersion"] = 1;
    doc["title"] = text("Synthetic dataset", 0);
    json sources = json::array();
    for (int i = 1; i <= 117; ++i)
        sources.push_back({{"id", "fn-" + std::to_string(i)},
                           {"kind", "book"},
                           {"footnote", i},
                           {"title", "Footnote " + std::to_string(i)},
                           {"quote", "Quote of footnote " + std::to_string(i)}});
    doc["sources"] = sources;
    json places = json::array();
    places.push_back({{"id", "by"},
                      {"country", "BY"},
                      {"kind", "country"},
                      {"name", text("Belarus", 0)},
                      {"lat", 53.9},
                      {"lon", 27.6}});
    places.push_back({{"id", "kz"},
                      {"country", "KZ"},
                      {"kind", "country"},
                      {"name", text("Kazakhstan", 0)},
                      {"lat", 48.0},
                      {"lon", 67.0}});
    for (int i = 0; i < 20; ++i) {
        places.push_back({{"id", "kz-r" + std::to_string(i)},
                          {"country", "KZ"},
                          {"kind", "region"},
                          {"parent", "kz"},
                          {"name", text("Region", i)},
                          {"lat", 45.0 + i * 0.3},
                          {"lon", 60.0 + i}});
        places.push_back({{"id", "by-r" + std::to_string(i)},
                          {"country", "BY"},
                          {"kind", "region"},
                          {"parent", "by"},
                          {"name", text("Oblast", i)},
                          {"lat", 52.0 + i * 0.1},
                          {"lon", 24.0 + i * 0.3}});
    }
    doc["places"] = places;
    json observations = json::array();
    for (int year = 1995; year <= 2022; ++year)
        observations.push_back({{"id", "obs-" + std::to_string(year)},
                                {"year", year},
                                {"indicator", "turnover"},
                                {"unit", "usd-million"},
                                {"value", 100 + (year - 1995) * 30},
                                {"scope", "national"},
                                {"reportingSide", "BY"},
                                {"sources", {"fn-6"}}});
    doc["observations"] = observations;
    json ventureList = json::array();
    for (int i = 0; i < ventures; ++i)
        ventureList.push_back(
            {{"id", "jv-" + std::to_string(i)},
             {"name", text("Venture", i)},
             {"belarusianPartners", {text("Plant", i)}},
             {"kazakhPartners", json::array()},
             {"places", {"kz-r" + std::to_string(i % 20)}},
             {"sector", sectors[i % 5]},
             {"startYear", 1995 + i % 28},
             {"status", "operating"},
             {"description", text("Assembly of machines", i)},
             {"milestones",
              {{{"year", 2000 + i % 22}, {"units", i}, {"description", text("Units", i)}}}},
             {"sources", {"fn-" + std::to_string(1 + i % 117)}}});
    doc["ventures"] = ventureList;
    json pairingList = json::array();
    for (int i = 0; i < pairings; ++i)
        pairingList.push_back({{"id", "pair-" + std::to_string(i)},
                               {"belarusianSide",
                                {{"name", text("Oblast", i % 20)},
                                 {"place", "by-r" + std::to_string(i % 20)},
                                 {"kind", "region"}}},
                               {"kazakhSide",
                                {{"name", text("Region", i % 20)},
                                 {"place", "kz-r" + std::to_string((i * 7) % 20)},
                                 {"kind", "region"}}},
                               {"level", "region"},
                               {"year", 1995 + i % 28},
                               {"document", "agreement"},
                               {"areas", {"trade", "education"}},
                               {"description", text("Agreement", i)},
                               {"sources", {"fn-" + std::to_string(1 + i % 117)}}});
    doc["pairings"] = pairingList;
    json eventList = json::array();
    for (int i = 0; i < events; ++i) {
        const int year = 1992 + i % 31;
        const int month = 1 + (i / 31) % 12;
        const int day = 1 + (i / 372) % 28;
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
        eventList.push_back(
            {{"id", "ev-" + std::to_string(i)},
             {"date", date},
             {"category", categories[i % 8]},
             {"title", text("Meeting in Astana", i)},
             {"text", text("Delegations discussed trade and industrial cooperation", i)},
             {"places", {"kz-r" + std::to_string(i % 20)}},
             {"sources", {"fn-" + std::to_string(1 + i % 117)}}});
    }
    doc["events"] = eventList;
    return QByteArray::fromStdString(doc.dump());
}

namespace {

// The record's texts (every localized text at its top level) with " (n)" after them, so
// that copies differ as a real chronicle's records do.
void numberTexts(nlohmann::json &record, int n)
{
    const std::string suffix = " (" + std::to_string(n) + ")";
    for (auto &[key, value] : record.items()) {
        if (value.is_object() && value.contains("en") && value["en"].is_string()) {
            for (auto &[language, text] : value.items())
                text = text.get<std::string>() + suffix;
        }
    }
}

// Copies of a collection's records until it holds count, each with a new id; links to other
// events of the same happening are left out (they would have to be mutual).
void grow(nlohmann::json &collection, int count, const char *prefix)
{
    const size_t originals = collection.size();
    for (int n = 1; int(collection.size()) < count && originals; ++n) {
        for (size_t i = 0; i < originals && int(collection.size()) < count; ++i) {
            nlohmann::json copy = collection[i];
            copy["id"] = copy["id"].get<std::string>() + prefix + std::to_string(n);
            copy.erase("conflictsWith");
            numberTexts(copy, n);
            collection.push_back(std::move(copy));
        }
    }
}

} // namespace

QByteArray largeDataset(const QByteArray &shipped, int events, int pairings, int ventures)
{
    nlohmann::json doc = nlohmann::json::parse(shipped.constBegin(), shipped.constEnd());
    grow(doc["events"], events, "-copy-");
    grow(doc["pairings"], pairings, "-copy-");
    grow(doc["ventures"], ventures, "-copy-");
    return QByteArray::fromStdString(doc.dump(2));
}

} // namespace pe::bench
