#include "bench/syntheticdataset.h"
#include "models/datasetloader.h"
#include "models/items/eventmodel.h"
#include "models/items/pairingmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/venturemodel.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace pe;

// Budgets (docs/performance.md): load + validate + build models < 5 ms for the built-in dataset and
// < 150 ms for the 20 MB dataset (10,000 events, 2,000 pairings and 1,000 ventures with the
// shipped records' texts); filtering as you type over 10,000 events < 16 ms a keystroke.
class BenchData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadBuiltIn();
    void loadSynthetic();
    void loadLarge();
    void parseOnly_data();
    void parseOnly();
    void filterKeystroke_data();
    void filterKeystroke();
    void firstSearch_data();
    void firstSearch();

private:
    // The synthetic dataset with this many events (2,000 pairings, 1,000 ventures).
    LoadResult loadWithEvents(int events) const;

    QByteArray m_synthetic;
    // The shipped records copied to 10,000 events, 2,000 pairings and 1,000 ventures: 24 MB.
    QByteArray m_large;
};

void BenchData::initTestCase()
{
    m_synthetic = bench::syntheticDataset(10000, 2000, 1000);
    QVERIFY(DatasetLoader::loadBytes(m_synthetic, QStringLiteral("synthetic")).ok());
    QFile shipped(DatasetLoader::builtInPath());
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    m_large = bench::largeDataset(shipped.readAll(), 10000, 2000, 1000);
    QVERIFY(DatasetLoader::loadBytes(m_large, QStringLiteral("large")).ok());
}

LoadResult BenchData::loadWithEvents(int events) const
{
    return DatasetLoader::loadBytes(events == 10000 ? m_synthetic
                                                    : bench::syntheticDataset(events, 2000, 1000),
                                    QStringLiteral("synthetic"));
}

// A load and the models the window builds on it, as the window keeps them: what is timed
// ends when they are ready, not when they are destroyed.
struct LoadedModels
{
    explicit LoadedModels(const LoadResult &loaded)
        : result(loaded)
    {
        events.setDataset(result.dataset);
        pairings.setDataset(result.dataset);
        ventures.setDataset(result.dataset);
        proxy.setSourceModel(&events);
        proxy.sort(0);
    }
    LoadResult result;
    EventModel events;
    PairingModel pairings;
    VentureModel ventures;
    RecordFilterModel proxy;
};

// Timings of one figure's runs, reported as their median.
static void reportMedian(std::vector<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    QTest::setBenchmarkResult(qreal(nanoseconds.at(nanoseconds.size() / 2)) / 1e6,
                              QTest::WalltimeMilliseconds);
}

// The median of runs of load(), each kept until its time is taken.
template<typename Load> static void timeLoads(int runs, Load load)
{
    std::vector<qint64> nanoseconds;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const LoadedModels loaded(load());
        nanoseconds.push_back(timer.nsecsElapsed());
        QVERIFY(loaded.result.ok());
    }
    reportMedian(std::move(nanoseconds));
}

// The built-in dataset is loaded as the window loads it: from the program's resources, its
// fingerprint known from the build.
void BenchData::loadBuiltIn()
{
    qInfo("goal: under 5 ms");
    timeLoads(51, [] { return DatasetLoader::loadFile(DatasetLoader::builtInPath()); });
}

// 10,000 events, 2,000 pairings and 1,000 ventures with short generated texts.
void BenchData::loadSynthetic()
{
    qInfo("%.1f MB, generated texts", double(m_synthetic.size()) / 1e6);
    timeLoads(
        9, [this] { return DatasetLoader::loadBytes(m_synthetic, QStringLiteral("synthetic")); });
}

void BenchData::loadLarge()
{
    qInfo("%.1f MB, the shipped texts; goal: under 150 ms", double(m_large.size()) / 1e6);
    timeLoads(7, [this] { return DatasetLoader::loadBytes(m_large, QStringLiteral("large")); });
}

namespace {

// A SAX handler that keeps nothing: what nlohmann/json takes to parse a file and no more, the
// floor under any load that parses it.
struct DiscardingHandler : nlohmann::json_sax<nlohmann::json>
{
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }
};

} // namespace

// The loads' peer: the same bytes parsed by nlohmann/json alone, nothing kept.
void BenchData::parseOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QFile shipped(DatasetLoader::builtInPath());
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QTest::newRow("built-in") << shipped.readAll();
    QTest::newRow("large") << m_large;
}

void BenchData::parseOnly()
{
    QFETCH(QByteArray, bytes);
    std::vector<qint64> nanoseconds;
    const int runs = bytes.size() > 1000000 ? 7 : 51;
    for (int run = 0; run < runs; ++run) {
        DiscardingHandler handler;
        QElapsedTimer timer;
        timer.start();
        const bool parsed =
            nlohmann::json::sax_parse(bytes.constBegin(), bytes.constEnd(), &handler);
        nanoseconds.push_back(timer.nsecsElapsed());
        QVERIFY(parsed);
    }
    reportMedian(std::move(nanoseconds));
}

void BenchData::filterKeystroke_data()
{
    QTest::addColumn<int>("eventCount");
    QTest::addColumn<QString>("typed");
    for (const int events : {10000, 100000}) {
        QTest::addRow("%d events, first letter", events) << events << "a";
        QTest::addRow("%d events, word", events) << events << "astan";
        QTest::addRow("%d events, two words", events) << events << "astana trade";
    }
}

// One keystroke: the proxy goes from the text minus its last letter to the text.
void BenchData::filterKeystroke()
{
    QFETCH(int, eventCount);
    QFETCH(QString, typed);
    const LoadResult result = loadWithEvents(eventCount);
    QVERIFY(result.ok());
    EventModel events;
    events.setDataset(result.dataset);
    RecordFilterModel proxy;
    proxy.setSourceModel(&events);
    proxy.sort(0);
    proxy.setSearchText(QStringLiteral("x")); // the first search builds the text cache
    proxy.setSearchText(QString());
    // Only the last letter is timed: the text before it is set, untimed, before each run.
    const QString before = typed.left(typed.size() - 1);
    std::vector<qint64> nanoseconds;
    for (int run = 0; run < 9; ++run) {
        proxy.setSearchText(before);
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(typed);
        nanoseconds.push_back(timer.nsecsElapsed());
    }
    reportMedian(std::move(nanoseconds));
}

void BenchData::firstSearch_data()
{
    QTest::addColumn<int>("eventCount");
    QTest::addColumn<bool>("foldedAhead");
    for (const int events : {10000, 100000}) {
        QTest::addRow("%d events, at once", events) << events << false;
        QTest::addRow("%d events, after the window was idle", events) << events << true;
    }
}

// The first letter typed after a load: the proxy reads and folds every record's text once,
// then, or (as the window's proxies do) while the window is idle before it.
void BenchData::firstSearch()
{
    QFETCH(int, eventCount);
    QFETCH(bool, foldedAhead);
    const LoadResult result = loadWithEvents(eventCount);
    QVERIFY(result.ok());
    std::vector<qint64> nanoseconds;
    for (int run = 0; run < 5; ++run) {
        EventModel events;
        events.setDataset(result.dataset);
        RecordFilterModel proxy;
        proxy.setSourceModel(&events);
        proxy.sort(0);
        if (foldedAhead) {
            proxy.setFoldsAheadOfSearch(true);
            QTest::qWait(200 + eventCount / 25); // the pause before folding, and ten times
                                                 // what folding takes
        }
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(QStringLiteral("a"));
        nanoseconds.push_back(timer.nsecsElapsed());
    }
    reportMedian(std::move(nanoseconds));
}

QTEST_MAIN(BenchData)
#include "bench_data.moc"
