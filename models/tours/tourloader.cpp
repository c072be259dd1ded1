#include "models/tours/tourloader.h"

#include "models/dataset.h"
#include "models/io/regularfile.h"
#include "models/json/datasetreader.h"
#include "models/json/jsonparse.h"
#include "models/json/jsonpositionindex.h"
#include "models/terms.h"

#include <QDir>

#include <nlohmann/json.hpp>

namespace pe {

namespace {

using nlohmann::json;
using reading::fromStd;

constexpr int maxNesting = 32;
constexpr int firstYear = 1991;
constexpr int lastYear = 2030;

// Walks a parsed tour and collects every problem as (JSON pointer, message).
class TourReader
{
    Q_DECLARE_TR_FUNCTIONS(TourLoader)

public:
    explicit TourReader(const Dataset &dataset)
        : m_dataset(dataset)
    {}

    Tour read(const json &root)
    {
        Tour tour;
        if (!root.is_object()) {
            problem(QString(), tr("expected a JSON object"));
            return tour;
        }
        allowOnly(root, QString(), {"format", "version", "id", "title", "description", "steps"});
        if (text(root, QString(), "format") != QLatin1String(TourLoader::format))
            problem(QStringLiteral("/format"),
                    tr("expected \"%1\"").arg(QLatin1String(TourLoader::format)));
        const auto version = integer(root, QString(), "version", true);
        if (version && *version != TourLoader::supportedVersion)
            problem(QStringLiteral("/version"), tr("version %1 is not supported; expected %2")
                                                    .arg(*version)
                                                    .arg(TourLoader::supportedVersion));
        tour.id = text(root, QString(), "id");
        tour.title = localized(root, QString(), "title", true);
        tour.description = localized(root, QString(), "description", false);
        const auto steps = root.find("steps");
        if (steps == root.end() || !steps->is_array() || steps->empty()) {
            problem(QStringLiteral("/steps"), tr("expected an array of at least one step"));
            return tour;
        }
        for (std::size_t i = 0; i < steps->size(); ++i)
            tour.steps.append(step(steps->at(i), QStringLiteral("/steps/%1").arg(i)));
        return tour;
    }

    QList<std::pair<QString, QString>> problems;

private:
    void problem(const QString &pointer, const QString &message)
    {
        if (problems.size() < 500)
            problems.append({pointer, message});
    }

    void allowOnly(const json &object, const QString &pointer,
                   std::initializer_list<const char *> keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool known = std::any_of(keys.begin(), keys.end(),
                                           [&it](const char *key) { return it.key() == key; });
            if (!known)
                problem(pointer + QLatin1Char('/') + fromStd(it.key()),
                        tr("unknown field \"%1\"").arg(fromStd(it.key())));
        }
    }

    QString text(const json &object, const QString &pointer, const char *key, bool required = true)
    {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                problem(pointer, tr("missing field \"%1\"").arg(QLatin1String(key)));
            return {};
        }
        if (!it->is_string() || it->get_ref<const std::string &>().empty()) {
            problem(pointer + QLatin1Char('/') + QLatin1String(key), tr("expected a text"));
            return {};
        }
        return fromStd(it->get<std::string>());
    }

    std::optional<int> integer(const json &object, const QString &pointer, const char *key,
                               bool required = false)
    {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                problem(pointer, tr("missing field \"%1\"").arg(QLatin1String(key)));
            return std::nullopt;
        }
        if (!it->is_number_integer()) {
            problem(pointer + QLatin1Char('/') + QLatin1String(key), tr("expected a whole number"));
            return std::nullopt;
        }
        return int(
            std::clamp<json::number_integer_t>(it->get<json::number_integer_t>(), -1, 100000));
    }

    std::optional<int> year(const json &object, const QString &pointer, const char *key)
    {
        const auto value = integer(object, pointer, key);
        if (value && (*value < firstYear || *value > lastYear)) {
            problem(pointer + QLatin1Char('/') + QLatin1String(key),
                    tr("expected a year from %1 to %2").arg(firstYear).arg(lastYear));
            return std::nullopt;
        }
        return value;
    }

    // {"en": …, "fr": …, "ru": …}: all three, as the dataset gives its texts.
    LocalizedText localized(const json &object, const QString &pointer, const char *key,
                            bool required)
    {
        LocalizedText result;
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                problem(pointer, tr("missing field \"%1\"").arg(QLatin1String(key)));
            return result;
        }
        const QString at = pointer + QLatin1Char('/') + QLatin1String(key);
        if (!it->is_object()) {
            problem(at, tr("expected an object of texts in en, fr and ru"));
            return result;
        }
        allowOnly(*it, at, {"en", "fr", "ru"});
        // A lecturer's own tour may be written in one language; readers of the others see
        // it as LocalizedText falls back. The built-in tours carry all three.
        if (!it->contains("en") && !it->contains("fr") && !it->contains("ru")) {
            problem(at, tr("expected a text in at least one of en, fr and ru"));
            return result;
        }
        result.en = text(*it, at, "en", false);
        result.fr = text(*it, at, "fr", false);
        result.ru = text(*it, at, "ru", false);
        return result;
    }

    void checkRecord(const QString &id, const QString &pointer, const QString &view)
    {
        const QStringList views = TourLoader::viewsOf(m_dataset, id);
        if (views.isEmpty())
            problem(pointer, tr("no record \"%1\" in the dataset").arg(id));
        else if (!view.isEmpty() && !views.contains(view))
            problem(pointer, tr("record \"%1\" is not shown in the %2 view; expected one of: %3")
                                 .arg(id, view, views.join(QStringLiteral(", "))));
    }

    TourStep step(const json &object, const QString &pointer)
    {
        TourStep step;
        if (!object.is_object()) {
            problem(pointer, tr("expected a step object"));
            return step;
        }
        allowOnly(object, pointer,
                  {"view", "select", "filter", "timeline", "series", "highlight", "caption",
                   "notes", "sources", "reveal"});
        step.view = text(object, pointer, "view");
        if (!step.view.isEmpty() && !TourLoader::viewKeys().contains(step.view)) {
            problem(pointer + QStringLiteral("/view"),
                    tr("unknown view \"%1\"; expected one of: %2")
                        .arg(step.view, TourLoader::viewKeys().join(QStringLiteral(", "))));
            step.view.clear();
        }
        step.select = text(object, pointer, "select", false);
        if (!step.select.isEmpty())
            checkRecord(step.select, pointer + QStringLiteral("/select"), step.view);
        if (const auto filter = object.find("filter"); filter != object.end())
            step.filter = readFilter(*filter, pointer + QStringLiteral("/filter"));
        if (const auto range = object.find("timeline"); range != object.end()) {
            const QString at = pointer + QStringLiteral("/timeline");
            if (!range->is_object()) {
                problem(at, tr("expected {\"from\": YEAR, \"to\": YEAR}"));
            } else {
                allowOnly(*range, at, {"from", "to"});
                const auto from = year(*range, at, "from");
                const auto to = year(*range, at, "to");
                if (from && to && *from <= *to)
                    step.timelineYears = std::make_pair(*from, *to);
                else if (from && to)
                    problem(at, tr("the years are in the wrong order"));
                else if (!range->contains("from") || !range->contains("to"))
                    problem(at, tr("expected both \"from\" and \"to\""));
            }
        }
        step.series = text(object, pointer, "series", false);
        if (const auto highlight = object.find("highlight"); highlight != object.end()) {
            const QString at = pointer + QStringLiteral("/highlight");
            if (!highlight->is_object()) {
                problem(at, tr("expected {\"year\": YEAR}"));
            } else {
                allowOnly(*highlight, at, {"year"});
                step.highlightYear = year(*highlight, at, "year").value_or(0);
            }
        }
        step.caption = localized(object, pointer, "caption", true);
        step.notes = localized(object, pointer, "notes", false);
        // A step of one's own may rely on no source; when it names some, they must exist.
        const auto sources = object.find("sources");
        if (sources == object.end()) {
        } else if (!sources->is_array()) {
            problem(pointer + QStringLiteral("/sources"),
                    tr("expected the ids of the sources the caption relies on"));
        } else {
            for (std::size_t i = 0; i < sources->size(); ++i) {
                const QString at = pointer + QStringLiteral("/sources/%1").arg(i);
                const json &id = sources->at(i);
                if (!id.is_string()) {
                    problem(at, tr("expected a source id"));
                    continue;
                }
                step.sources.append(fromStd(id.get<std::string>()));
                if (!m_dataset.source(step.sources.last()))
                    problem(at, tr("no source \"%1\" in the dataset").arg(step.sources.last()));
            }
        }
        if (const auto reveal = object.find("reveal"); reveal != object.end()) {
            const QString at = pointer + QStringLiteral("/reveal");
            if (!reveal->is_object()) {
                problem(at, tr("expected {\"record\": ID, \"prompt\": TEXTS}"));
            } else {
                allowOnly(*reveal, at, {"record", "prompt"});
                step.revealRecord = text(*reveal, at, "record");
                if (!step.revealRecord.isEmpty())
                    checkRecord(step.revealRecord, at + QStringLiteral("/record"), step.view);
                step.revealPrompt = localized(*reveal, at, "prompt", true);
            }
        }
        return step;
    }

    RecordFilter readFilter(const json &object, const QString &pointer)
    {
        RecordFilter filter;
        if (!object.is_object()) {
            problem(pointer, tr("expected a filter object"));
            return filter;
        }
        allowOnly(object, pointer,
                  {"from", "to", "place", "category", "sector", "search", "sources"});
        filter.fromYear = year(object, pointer, "from").value_or(0);
        filter.toYear = year(object, pointer, "to").value_or(0);
        if (filter.fromYear && filter.toYear && filter.fromYear > filter.toYear)
            problem(pointer, tr("the years are in the wrong order"));
        filter.place = text(object, pointer, "place", false);
        if (!filter.place.isEmpty() && !m_dataset.place(filter.place))
            problem(pointer + QStringLiteral("/place"),
                    tr("no place \"%1\" in the dataset").arg(filter.place));
        const QString category = text(object, pointer, "category", false);
        if (!category.isEmpty()) {
            if (const auto c = fromKey<Category>(category))
                filter.categories.insert(*c);
            else
                problem(pointer + QStringLiteral("/category"),
                        tr("unknown category \"%1\"; expected one of: %2")
                            .arg(category, allKeys<Category>().join(QStringLiteral(", "))));
        }
        const QString sector = text(object, pointer, "sector", false);
        if (!sector.isEmpty()) {
            filter.sector = fromKey<Sector>(sector);
            if (!filter.sector)
                problem(pointer + QStringLiteral("/sector"),
                        tr("unknown sector \"%1\"; expected one of: %2")
                            .arg(sector, allKeys<Sector>().join(QStringLiteral(", "))));
        }
        filter.text = text(object, pointer, "search", false);
        const QString sources = text(object, pointer, "sources", false);
        if (!sources.isEmpty() && sources != QLatin1String("book") &&
            sources != QLatin1String("all"))
            problem(pointer + QStringLiteral("/sources"), tr("expected \"book\" or \"all\""));
        filter.bookOnly = sources == QLatin1String("book");
        return filter;
    }

    const Dataset &m_dataset;
};

} // namespace

QStringList TourLoader::viewKeys()
{
    return {QStringLiteral("timeline"),       QStringLiteral("turnover"),
            QStringLiteral("regional-trade"), QStringLiteral("pairings"),
            QStringLiteral("ventures"),       QStringLiteral("sources")};
}

QStringList TourLoader::viewsOf(const Dataset &dataset, const QString &id)
{
    switch (dataset.kindOf(id)) {
    case RecordKind::Event:
        return {QStringLiteral("timeline")};
    case RecordKind::Observation:
        return {QStringLiteral("turnover"), QStringLiteral("regional-trade")};
    case RecordKind::Pairing:
        return {QStringLiteral("pairings")};
    case RecordKind::Venture:
        return {QStringLiteral("ventures")};
    case RecordKind::Source:
        return {QStringLiteral("sources")};
    case RecordKind::Place:
    case RecordKind::None:
        break;
    }
    return {};
}

QStringList TourLoader::builtInPaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/tours"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

bool TourLoader::looksLikeTour(const QByteArray &bytes)
{
    // Cheap and without a parse: the format key near the start, as the files write it.
    return bytes.left(512).contains(QByteArray("\"format\"")) &&
           bytes.left(512).contains(QByteArray(format));
}

bool TourLoader::isTourFile(const QString &path)
{
    return looksLikeTour(RegularFile::head(path, 512));
}

TourLoadResult TourLoader::loadFile(const QString &path, const Dataset &dataset)
{
    TourLoadResult result;
    // A tour is read as a dataset is: a regular file of bounded size, never a pipe.
    const FileRead read = RegularFile::read(path, maxFileSize);
    if (!read.ok()) {
        result.unreadable = true;
        result.problems.append({path, 0, 0, QString(), read.error});
        return result;
    }
    return loadBytes(read.bytes, path, dataset);
}

TourLoadResult TourLoader::loadBytes(const QByteArray &bytes, const QString &fileName,
                                     const Dataset &dataset)
{
    TourLoadResult result;
    const auto located = [&](int line, int column, const QString &pointer, const QString &message) {
        result.problems.append({fileName, line, column, pointer, message});
    };
    json root;
    if (const auto failure = reading::parseDocument(bytes, maxNesting, root)) {
        located(failure->line, failure->column, QString(), failure->message);
        return result;
    }
    try {
        TourReader reader(dataset);
        Tour tour = reader.read(root);
        if (!reader.problems.isEmpty()) {
            const JsonPositionIndex positions(bytes);
            for (const auto &[pointer, message] : std::as_const(reader.problems)) {
                const auto position = positions.find(pointer);
                located(position.line, position.column, pointer, message);
            }
            return result;
        }
        result.tour = std::move(tour);
    } catch (const std::exception &error) {
        located(0, 0, QString(), tr("cannot be read: %1").arg(QString::fromUtf8(error.what())));
    }
    return result;
}

} // namespace pe
