#pragma once

#include "models/datasetloader.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace pe {

// Holds the dataset in use. A new one replaces it only once it has loaded without a single
// problem; otherwise the old one stays and the problems are handed back. A large file is
// read on a thread of its own (openInBackground): the dataset in use stays usable meanwhile,
// the load reports its progress and can be cancelled.
class DatasetStore : public QObject
{
    Q_OBJECT

public:
    explicit DatasetStore(QObject *parent = nullptr);
    ~DatasetStore() override;

    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    QString path() const { return m_path; }
    bool isBuiltIn() const { return m_path == DatasetLoader::builtInPath(); }

    LoadResult open(const QString &path);
    LoadResult openBuiltIn() { return open(DatasetLoader::builtInPath()); }

    // Starts reading path on another thread; the outcome arrives as datasetChanged or
    // loadFailed, then loadingFinished with the result (marked cancelled if it was). A load
    // already running is cancelled first.
    void openInBackground(const QString &path);
    void cancelLoading();
    bool isLoading() const { return m_job != nullptr; }
    QString loadingPath() const;

signals:
    void datasetChanged();
    void loadFailed(const QString &path, const pe::DatasetProblems &problems);
    void loadingStarted(const QString &path);
    void loadingProgressed(int percent);
    // After the outcome of openInBackground, whatever it was.
    void loadingFinished(const QString &path, const pe::LoadResult &result);

private:
    struct Job;

    void finishJob(const std::shared_ptr<Job> &job);
    void adopt(const QString &path, const LoadResult &result);

    std::shared_ptr<const Dataset> m_dataset;
    QString m_path;
    std::shared_ptr<Job> m_job; // the load whose outcome is awaited, if any
    // Every thread still running, cancelled ones included: waited for on destruction, since
    // they report to this store.
    QList<std::shared_ptr<Job>> m_running;
};

} // namespace pe
