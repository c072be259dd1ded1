#include "models/json/recordpipeline.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace pe::reading;

namespace {

// A record {"n": n} in a tree of its own.
JsonValue recordWith(JsonTree &tree, long long n)
{
    tree.clear();
    tree.openObject();
    tree.setKey("n");
    tree.addInteger(n);
    tree.close();
    return tree.value(0);
}

} // namespace

// The hand-over between the parsing thread and the thread that reads the records: every
// record arrives once, in the order parsed, whatever the batch boundaries; a failure in the
// reader comes back to the caller; a load abandoned half-way neither hangs nor reads on.
class TestRecordPipeline : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordArrivesInOrder_data();
    void everyRecordArrivesInOrder();
    void aFailureReachesTheCaller();
    void anAbandonedLoadStops();
};

void TestRecordPipeline::everyRecordArrivesInOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("fewer than a batch") << 5;
    QTest::newRow("exactly a batch") << 64;
    QTest::newRow("a batch and one") << 65;
    // More than the waiting batches allowed: the producer has to wait for the reader.
    QTest::newRow("many batches") << 10'000;
}

void TestRecordPipeline::everyRecordArrivesInOrder()
{
    QFETCH(int, count);
    std::vector<std::pair<QString, int>> seen;
    std::vector<int> values;
    RecordPipeline pipeline([&](const QString &collection, int index, const JsonValue &record) {
        seen.emplace_back(collection, index);
        values.push_back(int(record.member("n")->integer()));
    });
    // One tree for every record pushed, as the parser reuses its own: the pipeline keeps
    // copies.
    JsonTree tree;
    for (int i = 0; i < count; ++i)
        pipeline.push(i % 2 ? QStringLiteral("events") : QStringLiteral("places"), i,
                      recordWith(tree, i * 3));
    pipeline.finish();

    QCOMPARE(int(seen.size()), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(seen.at(size_t(i)).second, i);
        QCOMPARE(seen.at(size_t(i)).first,
                 i % 2 ? QStringLiteral("events") : QStringLiteral("places"));
        QCOMPARE(values.at(size_t(i)), i * 3);
    }
}

void TestRecordPipeline::aFailureReachesTheCaller()
{
    int read = 0;
    RecordPipeline pipeline([&](const QString &, int index, const JsonValue &) {
        if (index == 100)
            throw std::runtime_error("record 100 is unreadable");
        ++read;
    });
    // Far more than fits in the waiting batches: pushing must not block for ever once the
    // reader has given up.
    JsonTree tree;
    for (int i = 0; i < 5'000; ++i)
        pipeline.push(QStringLiteral("events"), i, recordWith(tree, i));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, pipeline.finish());
    QCOMPARE(read, 100);
}

void TestRecordPipeline::anAbandonedLoadStops()
{
    // The reader is held inside its first batch until well after the pipeline is being
    // destroyed (as when a load is cancelled): the batches still waiting are dropped, not read.
    std::atomic<bool> release = false;
    std::atomic<int> read = 0;
    std::thread releaser;
    {
        RecordPipeline pipeline([&](const QString &, int, const JsonValue &) {
            while (!release.load())
                std::this_thread::yield();
            ++read;
        });
        // One batch in the reader's hands, the most that may wait behind it.
        JsonTree tree;
        for (int i = 0; i < 9 * 64; ++i)
            pipeline.push(QStringLiteral("events"), i, recordWith(tree, i));
        releaser = std::thread([&release] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            release = true;
        });
    }
    releaser.join();
    QCOMPARE(read.load(), 64);
}

QTEST_GUILESS_MAIN(TestRecordPipeline)
#include "tst_recordpipeline.moc"
