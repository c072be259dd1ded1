#include "models/datasetloader.h"

#include "models/datapackage/datapackagereader.h"
#include "models/io/regularfile.h"
#include "models/json/datasetreader.h"
#include "models/json/jsonparse.h"
#include "models/json/jsonpositionindex.h"
#include "models/json/recordpipeline.h"
#include "models/json/recordstream.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <future>

namespace pe {

using reading::Reader;

namespace {

// Where the value a problem names starts: found from its record's start (a streamed record
// knows where it lies), else from the top of the file; only the way to it is read again.
qsizetype offsetOf(const QByteArray &bytes, const reading::StreamedDocument &document,
                   const QString &pointer)
{
    const QStringList tokens = pointer.split(QLatin1Char('/'));
    if (tokens.size() >= 3) {
        const auto records = document.records.constFind(tokens.at(1));
        bool isIndex = false;
        const qsizetype index = tokens.at(2).toLongLong(&isIndex);
        if (records != document.records.constEnd() && isIndex && index >= 0 &&
            index < qsizetype(records->size())) {
            const QString inside = pointer.mid(tokens.at(1).size() + tokens.at(2).size() + 2);
            return JsonPositionIndex::seek(bytes, records->at(size_t(index)).begin, inside);
        }
    }
    return JsonPositionIndex::seek(bytes, 0, pointer);
}

// Reports progress in whole percents (a call per record would flood a progress bar) and
// stops when the monitor's flag is raised.
reading::CarryOn carryOnFor(const LoadMonitor *monitor, qsizetype size)
{
    if (!monitor)
        return {};
    return [monitor, size, reported = -1](qsizetype offset) mutable {
        if (monitor->readPast)
            monitor->readPast(offset);
        if (monitor->cancelled && monitor->cancelled->load(std::memory_order_relaxed))
            return false;
        const int percent = int(offset * 100 / std::max<qsizetype>(1, size));
        if (percent != reported && monitor->progressed) {
            reported = percent;
            monitor->progressed(percent);
        }
        return true;
    };
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

// A data package's folder stands for its descriptor.
QString DatasetLoader::fileToRead(const QString &givenPath)
{
    const QString packageInFolder = QDir(givenPath).filePath(QStringLiteral("datapackage.json"));
    return QFileInfo(givenPath).isDir() && QFileInfo::exists(packageInFolder) ? packageInFolder
                                                                              : givenPath;
}

LoadResult DatasetLoader::unreadable(const QString &path, const QString &error)
{
    LoadResult result;
    result.unreadable = true;
    result.problems.append({labelOf(path), 0, 0, QString(), error});
    return result;
}

QString DatasetLoader::labelOf(const QString &path)
{
    return path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).filePath();
}

LoadResult DatasetLoader::check(const QString &givenPath)
{
    const QString path = fileToRead(givenPath);
    if (DataPackageReader::isDescriptor(path))
        return loadPackage(path, nullptr);
    // Mapped rather than read, and let go of behind the parser: a check keeps nothing of the
    // file, so a large one never stays in memory whole.
    QString error;
    const std::unique_ptr<MappedFile> file = RegularFile::map(path, maxFileSize, &error);
    if (!file)
        return unreadable(path, error);
    LoadMonitor monitor;
    monitor.readPast = [&file](qsizetype offset) { file->readPast(offset); };
    return load(file->bytes(), labelOf(path), nullptr, &monitor, QString(), Fingerprint::Skipped);
}

LoadResult DatasetLoader::loadFile(const QString &givenPath, QByteArray *document,
                                   const LoadMonitor *monitor)
{
    const QString path = fileToRead(givenPath);
    if (DataPackageReader::isDescriptor(path))
        return loadPackage(path, document);
    // Only a regular file is read: a named pipe, a device or a socket is refused at once,
    // before anything waits on it, and no more than maxFileSize bytes are ever read.
    FileRead read = RegularFile::read(path, maxFileSize);
    if (!read.ok())
        return unreadable(path, read.error);
    if (document)
        *document = read.bytes;
    // The built-in dataset's fingerprint is known from the build: Qt's SHA-256 would take as
    // long as reading the file.
    return load(read.bytes, labelOf(path), nullptr, monitor,
                path == builtInPath() ? QStringLiteral(PE_BUILT_IN_SHA256) : QString());
}

LoadResult DatasetLoader::loadPackage(const QString &descriptorPath, QByteArray *document)
{
    const PackageDocument package = DataPackageReader::read(descriptorPath);
    if (!package.problems.isEmpty()) {
        LoadResult result;
        result.problems = package.problems;
        result.unreadable = package.unreadable;
        return result;
    }
    if (document)
        *document = package.json;
    return load(package.json, package.descriptor, &package);
}

LoadResult DatasetLoader::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    return load(bytes, fileName, nullptr);
}

LoadResult DatasetLoader::load(const QByteArray &bytes, const QString &fileName,
                               const PackageDocument *package, const LoadMonitor *monitor,
                               const QString &knownSha256, Fingerprint fingerprint)
{
    LoadResult result;
    auto located = [&](int line, int column, const QString &pointer, const QString &message) {
        result.problems.append({fileName, line, column, pointer, message});
    };

    // The file's fingerprint is computed on the other core while this one reads the records:
    // over a large file it costs as much as a quarter of the reading.
    const bool compute = knownSha256.isEmpty() && fingerprint == Fingerprint::Computed;
    auto sha256 = std::async(
        compute ? std::launch::async : std::launch::deferred,
        [&bytes, &knownSha256, compute] { return compute ? sha256Of(bytes) : knownSha256; });
    auto dataset = std::make_shared<Dataset>();
    try {
        Reader reader(*dataset);
        // The records are read as the file is parsed, one at a time: no document of the
        // whole file is built.
        reading::StreamedDocument document;
        QHash<qsizetype, qsizetype> duplicateOffsets; // problem index → where its key is
        // Each record is converted and checked on the other core while the next is parsed,
        // even while a third thread computes the fingerprint: parsing into flat trees left
        // the parser light enough that the three share two cores with time to spare
        // (measured: a tenth faster than reading the records on the parsing thread).
        reading::RecordPipeline pipeline(
            [&reader](const QString &collection, int index, const reading::JsonValue &record) {
                reader.readRecord(collection, index, record);
            });
        const auto failure = reading::streamDocument(
            bytes, maxNesting, Reader::collections(),
            [&pipeline](const QString &collection, int index, const reading::JsonValue &record) {
                pipeline.push(collection, index, record);
            },
            document, carryOnFor(monitor, bytes.size()));
        if (document.stopped) {
            result.cancelled = true;
            return result;
        }
        if (failure) {
            located(failure->line, failure->column, QString(), failure->message);
            return result;
        }
        pipeline.finish();
        reader.read(document.root.value(0));
        // A key given twice in an object: the later value silently replaced the earlier.
        for (const reading::DuplicateKey &duplicate : document.duplicateKeys) {
            if (reader.problems.size() >= maxProblems) {
                reader.truncated = true;
                break;
            }
            reader.problems.append(
                {duplicate.pointer,
                 tr("the key %1 is given twice in this object; the later value would replace "
                    "the earlier one")
                     .arg(reading::quoted(duplicate.key))});
            duplicateOffsets.insert(reader.problems.size() - 1, duplicate.offset);
        }
        if (!reader.problems.isEmpty()) {
            if (package) {
                // Read from a package: the cell each value came from.
                for (const auto &[pointer, message] : std::as_const(reader.problems)) {
                    const PackagePosition at = package->locate(pointer);
                    result.problems.append({at.file, at.line, at.column, pointer, message});
                }
            } else {
                QList<qsizetype> offsets;
                for (qsizetype i = 0; i < reader.problems.size(); ++i)
                    offsets.append(duplicateOffsets.contains(i)
                                       ? duplicateOffsets.value(i)
                                       : offsetOf(bytes, document, reader.problems.at(i).first));
                const auto positions = JsonPositionIndex::positionsOf(bytes, offsets);
                for (qsizetype i = 0; i < reader.problems.size(); ++i) {
                    const auto &[pointer, message] = reader.problems.at(i);
                    located(positions.at(i).line, positions.at(i).column, pointer, message);
                }
            }
            if (reader.truncated)
                located(
                    0, 0, QString(),
                    tr("more problems were found; only the first %1 are listed").arg(maxProblems));
            return result;
        }
    } catch (const std::exception &error) {
        // The reader checks types before every access; this is the boundary's last guard.
        located(0, 0, QString(), tr("cannot be read: %1").arg(QString::fromUtf8(error.what())));
        return result;
    }
    dataset->index();
    dataset->sha256 = sha256.get();
    result.dataset = std::move(dataset);
    return result;
}

} // namespace pe
