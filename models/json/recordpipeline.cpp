#include "models/json/recordpipeline.h"

namespace pe::reading {

RecordPipeline::RecordPipeline(Consume consume)
    : m_consume(std::move(consume))
{
    m_filling.entries.reserve(batchSize);
    m_worker = std::thread([this] { work(); });
}

RecordPipeline::~RecordPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_waiting.clear(); // not finished: the load was stopped or failed, the rest is moot
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

void RecordPipeline::push(const QString &collection, int index, const JsonValue &record)
{
    m_filling.entries.push_back({collection, index, m_filling.tree.append(record)});
    if (m_filling.entries.size() < batchSize)
        return;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_waiting.size() < maxWaitingBatches || m_failure; });
        if (!m_failure)
            m_waiting.push_back(std::move(m_filling));
        if (m_spare.empty()) {
            m_filling = {};
        } else {
            m_filling = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    m_changed.notify_all();
    m_filling.tree.clear();
    m_filling.entries.clear();
    m_filling.entries.reserve(batchSize);
}

void RecordPipeline::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_filling.entries.empty() && !m_failure)
            m_waiting.push_back(std::move(m_filling));
        m_done = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
    if (m_failure)
        std::rethrow_exception(m_failure);
}

void RecordPipeline::consume(const Batch &batch) const
{
    for (const Batch::Entry &entry : batch.entries)
        m_consume(entry.collection, entry.index, batch.tree.value(entry.node));
}

void RecordPipeline::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_waiting.empty() || m_done; });
        if (m_waiting.empty())
            return; // done, and nothing left
        Batch batch = std::move(m_waiting.front());
        m_waiting.erase(m_waiting.begin());
        lock.unlock();
        m_changed.notify_all(); // room for the producer
        try {
            consume(batch);
        } catch (...) {
            lock.lock();
            m_failure = std::current_exception();
            m_waiting.clear();
            lock.unlock();
            m_changed.notify_all();
            return;
        }
        lock.lock();
        m_spare.push_back(std::move(batch));
    }
}

} // namespace pe::reading
