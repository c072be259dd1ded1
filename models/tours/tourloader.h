#pragma once

#include "models/datasetproblem.h"
#include "models/tours/tour.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace pe {

class Dataset;

struct TourLoadResult
{
    std::optional<Tour> tour; // none when there are problems
    DatasetProblems problems;
    bool unreadable = false;
    bool ok() const { return tour.has_value() && problems.isEmpty(); }
};

// Reads and checks a tour file against the dataset it is shown with, as datasets are
// checked: every problem with its file, line, column and JSON pointer. A record, place or
// source a step names must be in the dataset, and a view must be one the window has.
class TourLoader
{
    Q_DECLARE_TR_FUNCTIONS(TourLoader)

public:
    static constexpr const char *format = "partnership-explorer-tour";
    static constexpr int supportedVersion = 1;
    static constexpr qint64 maxFileSize = 4 * 1024 * 1024;
    static constexpr int minSteps = 1;

    static TourLoadResult loadFile(const QString &path, const Dataset &dataset);
    // fileName is only used to label problems.
    static TourLoadResult loadBytes(const QByteArray &bytes, const QString &fileName,
                                    const Dataset &dataset);
    // Whether bytes look like a tour (its "format" key), so that `validate` can tell a tour
    // from a dataset without being told.
    static bool looksLikeTour(const QByteArray &bytes);
    // Whether the file at path is a tour, by its first bytes; false for anything but a
    // regular file (a named pipe is never waited on).
    static bool isTourFile(const QString &path);

    // The tours embedded in the application, by file name in resources/tours.
    static QStringList builtInPaths();
    static QStringList viewKeys();
    // The views that show a record (an event: timeline; a figure: turnover, regional-trade),
    // empty for an id the dataset does not hold.
    static QStringList viewsOf(const Dataset &dataset, const QString &id);
};

} // namespace pe
