#include "models/datasetstore.h"

#include <QThread>

namespace pe {

// What the loading thread and the store share: the thread writes result and reads
// cancelled; the store reads result only once the thread has finished.
struct DatasetStore::Job
{
    QString path;
    std::atomic_bool cancelled{false};
    LoadResult result;
    QThread *thread = nullptr;
};

DatasetStore::DatasetStore(QObject *parent)
    : QObject(parent)
{}

DatasetStore::~DatasetStore()
{
    for (const std::shared_ptr<Job> &job : std::as_const(m_running)) {
        job->cancelled = true;
        job->thread->wait();
        delete job->thread;
    }
}

LoadResult DatasetStore::open(const QString &path)
{
    cancelLoading(); // the latest request wins
    LoadResult result = DatasetLoader::loadFile(path);
    adopt(path, result);
    return result;
}

void DatasetStore::adopt(const QString &path, const LoadResult &result)
{
    if (!result.ok()) {
        emit loadFailed(path, result.problems);
        return;
    }
    m_dataset = result.dataset;
    m_path = path;
    emit datasetChanged();
}

QString DatasetStore::loadingPath() const
{
    return m_job ? m_job->path : QString();
}

void DatasetStore::openInBackground(const QString &path)
{
    cancelLoading();
    auto job = std::make_shared<Job>();
    job->path = path;
    // The thread holds the job, not the store: the store waits for it when destroyed.
    job->thread = QThread::create([job, store = this] {
        LoadMonitor monitor;
        monitor.cancelled = &job->cancelled;
        monitor.progressed = [store](int percent) {
            QMetaObject::invokeMethod(
                store, [store, percent] { emit store->loadingProgressed(percent); },
                Qt::QueuedConnection);
        };
        job->result = DatasetLoader::loadFile(job->path, nullptr, &monitor);
    });
    job->thread->setParent(this); // never outlives the store, even with a deleteLater pending
    connect(job->thread, &QThread::finished, this, [this, job] { finishJob(job); });
    m_job = job;
    m_running.append(job);
    emit loadingStarted(path);
    job->thread->start(QThread::LowPriority);
}

void DatasetStore::cancelLoading()
{
    if (!m_job)
        return;
    // The thread stops at its next record; its end is not waited for, and what it read is
    // dropped when it finishes.
    m_job->cancelled = true;
    const std::shared_ptr<Job> job = std::exchange(m_job, nullptr);
    LoadResult cancelled;
    cancelled.cancelled = true;
    emit loadingFinished(job->path, cancelled);
}

void DatasetStore::finishJob(const std::shared_ptr<Job> &job)
{
    m_running.removeOne(job);
    job->thread->deleteLater();
    if (job != m_job)
        return; // cancelled: already reported
    m_job.reset();
    if (!job->result.cancelled)
        adopt(job->path, job->result);
    emit loadingFinished(job->path, job->result);
}

} // namespace pe
