#pragma once

// Records read on one core while the next ones are parsed on the other: the parser hands
// each record over as it completes; a worker thread converts and checks them, in the order
// they came. Over a large file the conversion costs about as much as the parse, so the two
// overlap instead of adding up. Private to pe_models.

#include "models/json/jsontree.h"

#include <QString>

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace pe::reading {

class RecordPipeline
{
public:
    using Consume =
        std::function<void(const QString &collection, int index, const JsonValue &record)>;

    explicit RecordPipeline(Consume consume);
    // Waits for the worker: never leaves it reading records of a gone document.
    ~RecordPipeline();
    RecordPipeline(const RecordPipeline &) = delete;
    RecordPipeline &operator=(const RecordPipeline &) = delete;

    // Hands a copy of a record over; waits while too many are waiting, so that a slow reader
    // never lets a whole file's records pile up in memory.
    void push(const QString &collection, int index, const JsonValue &record);

    // Waits until every record handed over has been consumed; rethrows what the consumer
    // threw. No record may be pushed after it.
    void finish();

private:
    // Records travel in batches, a lock per record would cost more than a small record; a
    // batch's records share one tree. Read batches come back to be filled again, so that
    // their buffers are allocated once.
    struct Batch
    {
        struct Entry
        {
            QString collection;
            int index = 0;
            std::uint32_t node = 0;
        };
        JsonTree tree;
        std::vector<Entry> entries;
    };

    void work();
    void consume(const Batch &batch) const;

    static constexpr size_t batchSize = 64;
    static constexpr size_t maxWaitingBatches = 8;

    Consume m_consume;
    Batch m_filling; // the producer's, outside the lock
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<Batch> m_waiting;
    std::vector<Batch> m_spare; // read, to be filled again
    bool m_done = false;
    std::exception_ptr m_failure;
    std::thread m_worker;
};

} // namespace pe::reading
