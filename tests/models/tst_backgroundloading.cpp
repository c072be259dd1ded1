// A large dataset read on another thread: progress, cancellation, and the dataset in use
// left as it was until the new one is ready.

#include "bench/syntheticdataset.h"
#include "models/datasetloader.h"
#include "models/datasetstore.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempfiles.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace pe;

class TestBackgroundLoading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void progressRisesToTheEnd();
    void aRaisedFlagStopsTheLoad();
    void theDatasetInUseStaysWhileLoading();
    void cancellingKeepsTheDatasetInUse();
    void problemsArriveAsForAnyOpen();
    void aNewerRequestWins();

private:
    test::TempFiles m_files;
    QString m_large;
    QString m_small;
};

void TestBackgroundLoading::initTestCase()
{
    QFile shipped(test::Fixtures::shippedPath());
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    // Large enough that a load takes a while (a few hundred records per percent).
    m_large = m_files.write(QStringLiteral("large.json"),
                            bench::largeDataset(shipped.readAll(), 3000, 600, 300));
    QVERIFY(!m_large.isEmpty());
    m_small = test::Fixtures::path(QStringLiteral("small.json"));
}

void TestBackgroundLoading::progressRisesToTheEnd()
{
    QList<int> percents;
    LoadMonitor monitor;
    monitor.progressed = [&percents](int percent) { percents.append(percent); };
    const LoadResult result = DatasetLoader::loadFile(m_large, nullptr, &monitor);
    QVERIFY(result.ok());
    QVERIFY(!result.cancelled);
    QVERIFY2(percents.size() > 50, qPrintable(QString::number(percents.size())));
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    QVERIFY(std::adjacent_find(percents.cbegin(), percents.cend()) == percents.cend());
    QVERIFY(percents.last() >= 99 && percents.last() <= 100);
}

void TestBackgroundLoading::aRaisedFlagStopsTheLoad()
{
    std::atomic_bool cancelled{false};
    int last = -1;
    LoadMonitor monitor;
    monitor.cancelled = &cancelled;
    monitor.progressed = [&](int percent) {
        last = percent;
        if (percent >= 10)
            cancelled = true;
    };
    const LoadResult result = DatasetLoader::loadFile(m_large, nullptr, &monitor);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QVERIFY(result.problems.isEmpty()); // stopping is not a problem of the file
    QCOMPARE(last, 10);                 // it stopped at the next record
}

void TestBackgroundLoading::theDatasetInUseStaysWhileLoading()
{
    DatasetStore store;
    QVERIFY(store.open(m_small).ok());
    const auto before = store.dataset();
    QSignalSpy started(&store, &DatasetStore::loadingStarted);
    QSignalSpy progressed(&store, &DatasetStore::loadingProgressed);
    QSignalSpy changed(&store, &DatasetStore::datasetChanged);
    QSignalSpy finished(&store, &DatasetStore::loadingFinished);

    store.openInBackground(m_large);
    QCOMPARE(started.count(), 1);
    QVERIFY(store.isLoading());
    QCOMPARE(store.loadingPath(), m_large);
    // Returned at once; until the end the store answers with the dataset it had.
    QCOMPARE(store.dataset(), before);
    QCOMPARE(changed.count(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!store.isLoading());
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.dataset() != before);
    QCOMPARE(store.dataset()->events.size(), 3000);
    QCOMPARE(store.path(), m_large);
    QVERIFY(progressed.count() > 10);
    QVERIFY(finished.first().at(1).value<LoadResult>().ok());
}

void TestBackgroundLoading::cancellingKeepsTheDatasetInUse()
{
    DatasetStore store;
    QVERIFY(store.open(m_small).ok());
    const auto before = store.dataset();
    QSignalSpy changed(&store, &DatasetStore::datasetChanged);
    QSignalSpy finished(&store, &DatasetStore::loadingFinished);

    store.openInBackground(m_large);
    store.cancelLoading();
    QCOMPARE(finished.count(), 1); // reported at once, not when the thread notices
    QVERIFY(finished.first().at(1).value<LoadResult>().cancelled);
    QVERIFY(!store.isLoading());
    // Whatever the thread read is dropped when it ends.
    QTest::qWait(500);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.dataset(), before);
    QCOMPARE(store.path(), m_small);
}

void TestBackgroundLoading::problemsArriveAsForAnyOpen()
{
    const QString broken = m_files.write(QStringLiteral("broken.json"), "{\"schemaVersion\": 2,");
    DatasetStore store;
    QVERIFY(store.open(m_small).ok());
    const auto before = store.dataset();
    QSignalSpy failed(&store, &DatasetStore::loadFailed);
    QSignalSpy finished(&store, &DatasetStore::loadingFinished);
    store.openInBackground(broken);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), broken);
    const auto result = finished.first().at(1).value<LoadResult>();
    QVERIFY(!result.ok() && !result.cancelled && !result.problems.isEmpty());
    QCOMPARE(store.dataset(), before);
}

void TestBackgroundLoading::aNewerRequestWins()
{
    DatasetStore store;
    QSignalSpy changed(&store, &DatasetStore::datasetChanged);
    store.openInBackground(m_large);
    // Opened while the large file is being read: the large one must not replace it later.
    QVERIFY(store.open(m_small).ok());
    QVERIFY(!store.isLoading());
    QTest::qWait(500);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.path(), m_small);
}

QTEST_GUILESS_MAIN(TestBackgroundLoading)
#include "tst_backgroundloading.moc"
