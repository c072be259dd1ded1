#include "models/datasetloader.h"

#include "models/datapackage/datapackagereader.h"
#include "models/json/datasetreader.h"
#include "models/json/jsonparse.h"
#include "models/json/jsonpositionindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace pe {

using nlohmann::json;
using reading::parseDocument;
using reading::Reader;

LoadResult DatasetLoader::loadFile(const QString &givenPath, QByteArray *document)
{
    LoadResult result;
    // A data package's folder stands for its descriptor.
    const QString packageInFolder = QDir(givenPath).filePath(QStringLiteral("datapackage.json"));
    const QString path = QFileInfo(givenPath).isDir() && QFileInfo::exists(packageInFolder)
                             ? packageInFolder
                             : givenPath;
    if (DataPackageReader::isDescriptor(path))
        return loadPackage(path, document);
    QFile file(path);
    const QString label = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).filePath();
    auto fail = [&](const QString &message) {
        result.unreadable = true;
        result.problems.append({label, 0, 0, QString(), message});
        return result;
    };
    if (!QFileInfo::exists(path))
        return fail(tr("no such file"));
    if (QFileInfo(path).isDir())
        return fail(tr("is a folder, not a dataset file"));
    if (file.size() > maxFileSize)
        return fail(tr("the file is %1 MiB; datasets larger than %2 MiB are refused")
                        .arg(file.size() / (1024 * 1024))
                        .arg(maxFileSize / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize)
        return fail(tr("datasets larger than %1 MiB are refused").arg(maxFileSize / (1024 * 1024)));
    if (document)
        *document = bytes;
    return loadBytes(bytes, label);
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
                               const PackageDocument *package)
{
    LoadResult result;
    auto located = [&](int line, int column, const QString &pointer, const QString &message) {
        result.problems.append({fileName, line, column, pointer, message});
    };

    json root;
    if (const auto failure = parseDocument(bytes, maxNesting, root)) {
        located(failure->line, failure->column, QString(), failure->message);
        return result;
    }

    auto dataset = std::make_shared<Dataset>();
    try {
        Reader reader(*dataset);
        reader.read(root);
        if (!reader.problems.isEmpty()) {
            if (package) {
                // Read from a package: the cell each value came from.
                for (const auto &[pointer, message] : std::as_const(reader.problems)) {
                    const PackagePosition at = package->locate(pointer);
                    result.problems.append({at.file, at.line, at.column, pointer, message});
                }
            } else {
                const JsonPositionIndex positions(bytes);
                for (const auto &[pointer, message] : std::as_const(reader.problems)) {
                    const auto position = positions.find(pointer);
                    located(position.line, position.column, pointer, message);
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
    dataset->sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    result.dataset = std::move(dataset);
    return result;
}

} // namespace pe
