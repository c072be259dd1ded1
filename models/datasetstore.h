#pragma once

#include "models/datasetloader.h"

#include <QObject>

namespace pe {

// Holds the dataset in use. A new one replaces it only once it has loaded without a single
// problem; otherwise the old one stays and the problems are handed back.
class DatasetStore : public QObject
{
    Q_OBJECT

public:
    explicit DatasetStore(QObject *parent = nullptr);

    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    QString path() const { return m_path; }
    bool isBuiltIn() const { return m_path == DatasetLoader::builtInPath(); }

    LoadResult open(const QString &path);
    LoadResult openBuiltIn() { return open(DatasetLoader::builtInPath()); }

signals:
    void datasetChanged();
    void loadFailed(const QString &path, const pe::DatasetProblems &problems);

private:
    std::shared_ptr<const Dataset> m_dataset;
    QString m_path;
};

} // namespace pe
