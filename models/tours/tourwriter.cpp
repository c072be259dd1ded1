#include "models/tours/tourwriter.h"

#include "models/files/outputfiles.h"
#include "models/terms.h"
#include "models/tours/tourloader.h"

#include <nlohmann/json.hpp>

namespace pe {

namespace {

using Json = nlohmann::ordered_json;

std::string toStd(const QString &text)
{
    return text.toStdString();
}

// Only the languages written: a lecturer's own tour may hold one.
Json localized(const LocalizedText &text)
{
    Json object = Json::object();
    if (!text.en.isEmpty())
        object["en"] = toStd(text.en);
    if (!text.fr.isEmpty())
        object["fr"] = toStd(text.fr);
    if (!text.ru.isEmpty())
        object["ru"] = toStd(text.ru);
    return object;
}

Json filterJson(const RecordFilter &filter)
{
    Json object = Json::object();
    if (filter.fromYear)
        object["from"] = filter.fromYear;
    if (filter.toYear)
        object["to"] = filter.toYear;
    if (!filter.place.isEmpty())
        object["place"] = toStd(filter.place);
    // The format names one category, as the filter bar sets one.
    for (const Category category : allValues<Category>()) {
        if (filter.categories.contains(category)) {
            object["category"] = keyOf(category).data();
            break;
        }
    }
    if (filter.sector)
        object["sector"] = keyOf(*filter.sector).data();
    if (!filter.text.trimmed().isEmpty())
        object["search"] = toStd(filter.text.trimmed());
    if (filter.bookOnly)
        object["sources"] = "book";
    return object;
}

Json stepJson(const TourStep &step)
{
    Json object = Json::object();
    object["view"] = toStd(step.view);
    if (!step.select.isEmpty())
        object["select"] = toStd(step.select);
    if (const Json filter = filterJson(step.filter); !filter.empty())
        object["filter"] = filter;
    if (step.timelineYears)
        object["timeline"] = {{"from", step.timelineYears->first},
                              {"to", step.timelineYears->second}};
    if (!step.series.isEmpty())
        object["series"] = toStd(step.series);
    if (step.highlightYear)
        object["highlight"] = {{"year", step.highlightYear}};
    object["caption"] = localized(step.caption);
    if (!step.notes.isEmpty())
        object["notes"] = localized(step.notes);
    Json sources = Json::array();
    for (const QString &id : step.sources)
        sources.push_back(toStd(id));
    object["sources"] = sources;
    if (!step.revealRecord.isEmpty())
        object["reveal"] = {{"record", toStd(step.revealRecord)},
                            {"prompt", localized(step.revealPrompt)}};
    return object;
}

} // namespace

QByteArray TourWriter::toJson(const Tour &tour)
{
    Json root = Json::object();
    root["format"] = TourLoader::format;
    root["version"] = TourLoader::supportedVersion;
    root["id"] = toStd(tour.id);
    root["title"] = localized(tour.title);
    if (!tour.description.isEmpty())
        root["description"] = localized(tour.description);
    Json steps = Json::array();
    for (const TourStep &step : tour.steps)
        steps.push_back(stepJson(step));
    root["steps"] = steps;
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

bool TourWriter::save(const Tour &tour, const QString &path, QString *error)
{
    return OutputFiles::write(path, toJson(tour), error);
}

} // namespace pe
