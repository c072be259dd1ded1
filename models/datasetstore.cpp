#include "models/datasetstore.h"

namespace pe {

DatasetStore::DatasetStore(QObject *parent)
    : QObject(parent)
{}

LoadResult DatasetStore::open(const QString &path)
{
    LoadResult result = DatasetLoader::loadFile(path);
    if (!result.ok()) {
        emit loadFailed(path, result.problems);
        return result;
    }
    m_dataset = result.dataset;
    m_path = path;
    emit datasetChanged();
    return result;
}

} // namespace pe
