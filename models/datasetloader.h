#pragma once

#include "models/dataset.h"
#include "models/datasetproblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace pe {

struct PackageDocument;

// The longest strings and lists a dataset may hold (docs/dataset.md, "Limits"): generous for
// any real chronicle, yet small enough that no view ever lays out a megabyte of one word or
// lists a hundred thousand places of one record. Lengths are in characters.
struct InputLimits
{
    static constexpr int id = 200;           // an id, and every reference to one
    static constexpr int name = 500;         // titles, names, labels, outlets, authors…
    static constexpr int sourceTitle = 1000; // a cited work's title, as printed
    static constexpr int url = 2000;
    static constexpr int quote = 5000;
    static constexpr int text = 20000;    // texts, descriptions, notes
    static constexpr int places = 100;    // places of one record
    static constexpr int sources = 200;   // sources of one record or milestone
    static constexpr int items = 500;     // any other list of one record
    static constexpr int parentDepth = 8; // places above a place (country, region, district…)
};

struct LoadResult
{
    std::shared_ptr<const Dataset> dataset; // null when there are problems
    DatasetProblems problems;
    // True when the file could not be read at all (missing, unreadable, too large), as
    // opposed to read and found invalid: `validate` exits 2 rather than 1.
    bool unreadable = false;
    // True when the load was stopped through its LoadMonitor: no dataset, no problems.
    bool cancelled = false;

    bool ok() const { return dataset != nullptr; }
};

// How a load running on another thread tells how far it has read and learns that it should
// stop. Both are used from the loading thread.
struct LoadMonitor
{
    std::function<void(int percent)> progressed; // called as each whole percent is read
    const std::atomic_bool *cancelled = nullptr;
    // Called with how far the parser has read, in bytes: what lies before is not read again
    // unless there are problems to locate.
    std::function<void(qsizetype offset)> readPast;
};

// Reads and validates a dataset (docs/dataset.md). Every problem found is returned, not
// only the first; nothing is thrown past this boundary, and the dataset is handed out only
// when there are no problems at all, so a caller keeps what it had on failure.
class DatasetLoader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetLoader)

public:
    // The years a dataset may hold (docs/dataset.md): one rule for the validator and for
    // every year box of the interface.
    static constexpr int minYear = 1991;
    static constexpr int maxYear = 2030;
    // Files of version 1 (no periods, no metadata) still open.
    static constexpr int oldestSchemaVersion = 1;
    static constexpr int supportedSchemaVersion = 2;
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;
    static constexpr int maxNesting = 64;
    static constexpr int maxProblems = 2000;

    // A path naming a data package (a datapackage.json, or the folder holding one) is read
    // through DataPackageReader, with problems located in its CSV files. document, if
    // given, receives the dataset file's bytes (for a package, the dataset it holds).
    static LoadResult loadFile(const QString &path, QByteArray *document = nullptr,
                               const LoadMonitor *monitor = nullptr);
    // Reads and validates as loadFile does, for a caller that wants only the verdict and the
    // records: the file's fingerprint (Dataset::sha256) is left empty, its cost saved, and
    // the file is mapped rather than read (MappedFile: only for a command-line check).
    static LoadResult check(const QString &path);
    // fileName is only used to label problems.
    static LoadResult loadBytes(const QByteArray &bytes, const QString &fileName);

    // The dataset embedded in the application.
    static QString builtInPath() { return QStringLiteral(":/data/partnership.json"); }

private:
    enum class Fingerprint { Computed, Skipped };
    static QString fileToRead(const QString &givenPath);
    static QString labelOf(const QString &path);
    static LoadResult unreadable(const QString &path, const QString &error);
    static LoadResult loadPackage(const QString &descriptorPath, QByteArray *document);
    static LoadResult load(const QByteArray &bytes, const QString &fileName,
                           const PackageDocument *package, const LoadMonitor *monitor = nullptr,
                           const QString &knownSha256 = QString(),
                           Fingerprint fingerprint = Fingerprint::Computed);
};

} // namespace pe
