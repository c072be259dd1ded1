#include "render/timeline/timelinelayout.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace pe;

namespace {

// Events over 1992–2022 in laneCount lanes: mostly days, some months and years.
std::vector<TimelineEvent> randomEvents(int count, int laneCount, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<TimelineEvent> events;
    for (int i = 0; i < count; ++i) {
        const int year = 1992 + random.bounded(31);
        const int precision = random.bounded(10);
        const int month = precision < 2 ? 0 : 1 + random.bounded(12);
        const int day = precision < 4 ? 0 : 1 + random.bounded(28);
        TimelineEvent e;
        e.setDateKey(year * 10000 + month * 100 + day);
        e.lane = random.bounded(laneCount);
        events.push_back(e);
    }
    return events;
}

} // namespace

// The layout and tick choice on their own: pure functions of events and sizes.
class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void layoutNeverOverlaps_data();
    void layoutNeverOverlaps();
    void ticksFollowZoom();
};

void TestTimelineLayout::layoutNeverOverlaps_data()
{
    QTest::addColumn<double>("pixelsPerYear");
    QTest::addColumn<int>("rows");
    for (const double ppy : {8.0, 40.0, 200.0, 1200.0, 6000.0}) {
        for (const int rows : {1, 2, 3}) {
            QTest::addRow("ppy %g, %d rows", ppy, rows) << ppy << rows;
        }
    }
}

void TestTimelineLayout::layoutNeverOverlaps()
{
    QFETCH(double, pixelsPerYear);
    QFETCH(int, rows);
    const std::vector<TimelineEvent> events = randomEvents(3000, 4, 7);
    TimelineLayoutMetrics metrics;
    metrics.pixelsPerYear = pixelsPerYear;
    metrics.rowsPerLane = rows;
    TimelineLayout layout;
    layout.build(events, 4, metrics);

    // Every event is shown exactly once, as a marker or inside a cluster.
    int shown = 0;
    for (const TimelineNode &node : layout.nodes())
        shown += node.count;
    QCOMPARE(shown, int(events.size()));
    for (int i = 0; i < int(events.size()); ++i)
        QVERIFY(layout.nodeOfEvent(i) >= 0);

    // Neither markers nor labels overlap within a row.
    for (int lane = 0; lane < 4; ++lane) {
        const auto [begin, end] = layout.laneNodes(lane);
        std::vector<const TimelineNode *> lastInRow(rows, nullptr);
        for (int n = begin; n < end; ++n) {
            const TimelineNode &node = layout.nodes()[n];
            QVERIFY(node.row >= 0 && node.row < rows);
            QVERIFY(node.labelWidth == 0 || node.labelWidth >= metrics.minLabelWidth);
            QVERIFY(node.labelWidth <= metrics.maxLabelWidth);
            if (const TimelineNode *prev = lastInRow[node.row]) {
                const double reach =
                    prev->right +
                    (prev->labelWidth > 0 ? metrics.labelPadding + prev->labelWidth : 0);
                QVERIFY2(reach + metrics.gap <= node.left + 1e-6,
                         qPrintable(QStringLiteral("lane %1 row %2: %3 reaches %4, next starts %5")
                                        .arg(lane)
                                        .arg(node.row)
                                        .arg(prev->left)
                                        .arg(reach)
                                        .arg(node.left)));
            }
            lastInRow[node.row] = &node;
        }
    }
    if (pixelsPerYear <= 8.0)
        QVERIFY(layout.clusterCount() > 0);
}

void TestTimelineLayout::ticksFollowZoom()
{
    const TimelineTicks wide = TimelineTicks::choose(10, 40, 30);
    QCOMPARE(wide.yearStep, 5);
    QCOMPARE(wide.monthStep, 0);
    QVERIFY(!wide.monthGrid);
    const TimelineTicks years = TimelineTicks::choose(60, 40, 30);
    QCOMPARE(years.yearStep, 1);
    QCOMPARE(years.monthStep, 0); // half-year labels would only add clutter
    const TimelineTicks months = TimelineTicks::choose(1200, 40, 30);
    QCOMPARE(months.yearStep, 1);
    QCOMPARE(months.monthStep, 1);
    QVERIFY(months.monthGrid);
    QCOMPARE(TimelineTicks::choose(150, 40, 30).monthStep, 3);
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
