#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace pe {

class Dataset;
struct RecordFilter;
struct TradeSeriesChoice;

namespace commandline {

// The filter bar's choices as options of `export` and `screenshot`: read into the
// RecordFilter (and the turnover chart's TradeSeriesChoice) the window holds for the same
// choices, so a script gets the file a reader would export. Every value is checked; a bad
// one is a usage error naming the option, the value and what is expected.
class FilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(FilterOptions)

public:
    FilterOptions();

    void addTo(QCommandLineParser &parser) const;
    // Every option but --place into *filter, --series into *series; false and *error on a
    // bad value. The dataset is not needed yet: a typo is reported before it is loaded.
    bool read(const QCommandLineParser &parser, RecordFilter *filter, TradeSeriesChoice *series,
              QString *error) const;
    // --place, once the dataset is loaded: its places are the ones there are.
    bool readPlace(const QCommandLineParser &parser, const Dataset &dataset, RecordFilter *filter,
                   QString *error) const;
    bool seriesSet(const QCommandLineParser &parser) const;
    // The name of the first filter option given ("from"), or empty: for a command that
    // takes no filter.
    QString firstSet(const QCommandLineParser &parser) const;

private:
    bool readYear(const QCommandLineParser &parser, const QCommandLineOption &option, int *year,
                  QString *error) const;

    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_place;
    QCommandLineOption m_category;
    QCommandLineOption m_sector;
    QCommandLineOption m_search;
    QCommandLineOption m_sources;
    QCommandLineOption m_series;
};

} // namespace commandline
} // namespace pe
