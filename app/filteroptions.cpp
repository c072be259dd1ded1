#include "app/filteroptions.h"

#include "models/chartdata/chartseriesbuilder.h"
#include "models/chartdata/tradeserieschoice.h"
#include "models/dataset.h"
#include "models/datasetloader.h"
#include "models/items/recordfilter.h"
#include "models/terms.h"

#include <QCommandLineParser>
#include <QStringList>

namespace pe::commandline {

namespace {

const QString listSeparator = QStringLiteral(", ");

} // namespace

FilterOptions::FilterOptions()
    : m_from(QStringLiteral("from"),
             tr("First year shown, %1 to %2 (default: no limit).")
                 .arg(DatasetLoader::minYear)
                 .arg(DatasetLoader::maxYear),
             QStringLiteral("YEAR"))
    , m_to(QStringLiteral("to"),
           tr("Last year shown, %1 to %2 (default: no limit).")
               .arg(DatasetLoader::minYear)
               .arg(DatasetLoader::maxYear),
           QStringLiteral("YEAR"))
    , m_place(QStringLiteral("place"),
              tr("A place id of the dataset (a country, region or city): its records and those "
                 "of the places within it."),
              QStringLiteral("ID"))
    , m_category(
          QStringLiteral("category"),
          tr("Event categories, comma-separated: %1.").arg(allKeys<Category>().join(listSeparator)),
          QStringLiteral("C"))
    , m_sector(QStringLiteral("sector"),
               tr("Sector of ventures, figures and the events about them: %1.")
                   .arg(allKeys<Sector>().join(listSeparator)),
               QStringLiteral("S"))
    , m_search(QStringLiteral("search"), tr("Only records matching this text, as the search box."),
               QStringLiteral("TEXT"))
    , m_sources(QStringLiteral("sources"),
                tr("book: the book's records only; all (default): supplementary figures too."),
                QStringLiteral("book|all"))
    , m_series(QStringLiteral("series"),
               tr("The turnover view's lines, comma-separated: %1, each for both sides or with "
                  "-by or -kz (default: turnover).")
                   .arg(keysOf(ChartSeriesBuilder::tradeIndicators()).join(listSeparator)),
               QStringLiteral("LIST"))
{}

void FilterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_from, m_to, m_place, m_category, m_sector, m_search, m_sources, m_series});
}

bool FilterOptions::seriesSet(const QCommandLineParser &parser) const
{
    return parser.isSet(m_series);
}

QString FilterOptions::firstSet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option :
         {&m_from, &m_to, &m_place, &m_category, &m_sector, &m_search, &m_sources, &m_series}) {
        if (parser.isSet(*option))
            return option->names().constFirst();
    }
    return {};
}

bool FilterOptions::readYear(const QCommandLineParser &parser, const QCommandLineOption &option,
                             int *year, QString *error) const
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = parser.value(option);
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < DatasetLoader::minYear || value > DatasetLoader::maxYear) {
        *error = tr("--%1 must be a year from %2 to %3, not \"%4\"")
                     .arg(option.names().constFirst())
                     .arg(DatasetLoader::minYear)
                     .arg(DatasetLoader::maxYear)
                     .arg(text);
        return false;
    }
    *year = value;
    return true;
}

bool FilterOptions::read(const QCommandLineParser &parser, RecordFilter *filter,
                         TradeSeriesChoice *series, QString *error) const
{
    if (!readYear(parser, m_from, &filter->fromYear, error) ||
        !readYear(parser, m_to, &filter->toYear, error))
        return false;
    if (filter->fromYear && filter->toYear && filter->fromYear > filter->toYear) {
        *error = tr("--from %1 is after --to %2: the first year must not be after the last")
                     .arg(filter->fromYear)
                     .arg(filter->toYear);
        return false;
    }
    // One category is the filter bar's choice; a list, or the option repeated, widens it.
    for (const QString &list : parser.values(m_category)) {
        for (const QString &item : list.split(QLatin1Char(','))) {
            const std::optional<Category> category = fromKey<Category>(item.trimmed());
            if (!category) {
                *error = tr("--category must be one or more of %1 (comma-separated), not \"%2\"")
                             .arg(allKeys<Category>().join(listSeparator), item.trimmed());
                return false;
            }
            filter->categories.insert(*category);
        }
    }
    if (parser.isSet(m_sector)) {
        const QString key = parser.value(m_sector).trimmed();
        filter->sector = fromKey<Sector>(key);
        if (!filter->sector) {
            *error = tr("--sector must be one of %1, not \"%2\"")
                         .arg(allKeys<Sector>().join(listSeparator), key);
            return false;
        }
    }
    // As typed in the search box: the filter model splits it into words.
    filter->text = parser.value(m_search);
    if (parser.isSet(m_sources)) {
        const QString value = parser.value(m_sources);
        if (value != QLatin1String("book") && value != QLatin1String("all")) {
            *error = tr("--sources must be book or all, not \"%1\"").arg(value);
            return false;
        }
        filter->bookOnly = value == QLatin1String("book");
    }
    if (parser.isSet(m_series)) {
        QString why;
        const std::optional<TradeSeriesChoice> choice =
            TradeSeriesChoice::parse(parser.value(m_series), &why);
        if (!choice) {
            *error = tr("--series: %1").arg(why);
            return false;
        }
        *series = *choice;
    }
    return true;
}

bool FilterOptions::readPlace(const QCommandLineParser &parser, const Dataset &dataset,
                              RecordFilter *filter, QString *error) const
{
    if (!parser.isSet(m_place))
        return true;
    const QString id = parser.value(m_place).trimmed();
    if (dataset.place(id)) {
        filter->place = id;
        return true;
    }
    // The filter bar's list: countries and regions (cities are accepted too, but too many to
    // name here).
    QStringList offered;
    for (const Place &place : dataset.places) {
        if (place.kind == PlaceKind::Country || place.kind == PlaceKind::Region)
            offered.append(place.id);
    }
    *error = tr("--place \"%1\" is not a place of the dataset: expected %2 or a city's id")
                 .arg(id, offered.join(listSeparator));
    return false;
}

} // namespace pe::commandline
