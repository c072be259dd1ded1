#include "tests/support/fixtures.h"

#include "models/datasetloader.h"

#include <QDir>

namespace pe::test {

QString Fixtures::path(const QString &name)
{
    return QDir(QStringLiteral(PE_TEST_DATA_DIR)).filePath(name);
}

QString Fixtures::shippedPath()
{
    return QStringLiteral(PE_SHIPPED_DATASET);
}

std::shared_ptr<const Dataset> Fixtures::small(QString *error)
{
    return load(path(QStringLiteral("small.json")), error);
}

std::shared_ptr<const Dataset> Fixtures::builtIn(QString *error)
{
    return load(DatasetLoader::builtInPath(), error);
}

std::shared_ptr<const Dataset> Fixtures::load(const QString &path, QString *error)
{
    const LoadResult result = DatasetLoader::loadFile(path);
    if (result.ok())
        return result.dataset;
    if (error) {
        QStringList lines{path + QStringLiteral(" does not load:")};
        for (const DatasetProblem &problem : result.problems)
            lines.append(problem.toString());
        *error = lines.join(QLatin1Char('\n'));
    }
    return nullptr;
}

} // namespace pe::test
