#include "models/items/eventmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/roles.h"
#include "render/viewtheme.h"
#include "tests/support/imageinspection.h"
#include "tests/support/syntheticevents.h"
#include "tests/support/timelinesuite.h"
#include "widgets/timeline/timelineview.h"

#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <tuple>

using namespace pe;
using test::crowdedYear;
using test::inkRatio;
using test::randomEvents;
using test::render;
using test::SyntheticEvent;
using test::syntheticModel;

// What the timeline shows of its model: the events in date order, through the filter, on
// an axis that spans them, in lanes and clusters that stay put while the reader pans.
class TestTimelineView : public test::TimelineSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void layoutIsStableUnderPanning();
    void readsEventsInDateOrder();
    void itemsFollowFilter_data();
    void itemsFollowFilter();
    void rangeApi();
    void rangeWithoutMinimum();
    void clustersWhenCrowded();
    void builtInDataset();
};

void TestTimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(loadFixtures(&error), qPrintable(error));
}

void TestTimelineView::init()
{
    createView();
}

void TestTimelineView::cleanup()
{
    destroyView();
}

void TestTimelineView::layoutIsStableUnderPanning()
{
    // Positions are absolute: the same zoom gives the same nodes wherever the view is.
    TimelineView view;
    auto model = syntheticModel(randomEvents(400, 3));
    view.resize(1200, 600);
    view.setModel(model.get());
    view.setVisibleRange(2000, 2006);
    const int before = view.clusterCount();
    const QRectF marker = view.markerRect(QStringLiteral("ev-5"));
    view.setVisibleRange(2001, 2007);
    view.setVisibleRange(2000, 2006);
    QCOMPARE(view.clusterCount(), before);
    QCOMPARE(view.markerRect(QStringLiteral("ev-5")), marker);
}

void TestTimelineView::readsEventsInDateOrder()
{
    QCOMPARE(m_view->eventIdsInOrder(),
             QStringList({"ev-1996", "ev-2010", "ev-2011", "ev-2012-05"}));
    QCOMPARE(keysOf(m_view->laneCategories()),
             QStringList({"diplomacy", "treaties", "industry", "regions"}));
    // A table sorting the shared proxy by title must not reorder the timeline.
    m_proxy->sort(EventModel::TitleColumn);
    QCOMPARE(m_view->eventIdsInOrder(),
             QStringList({"ev-1996", "ev-2010", "ev-2011", "ev-2012-05"}));
}

void TestTimelineView::itemsFollowFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("lanes");

    QTest::newRow("none") << QString() << QStringList() << 0
                          << QStringList({"ev-1996", "ev-2010", "ev-2011", "ev-2012-05"}) << 4;
    QTest::newRow("search") << "kostanay" << QStringList() << 0
                            << QStringList({"ev-2010", "ev-2012-05"}) << 2;
    QTest::newRow("category") << QString() << QStringList({"diplomacy", "treaties"}) << 0
                              << QStringList({"ev-1996", "ev-2011"}) << 2;
    QTest::newRow("years") << QString() << QStringList() << 2011
                           << QStringList({"ev-2011", "ev-2012-05"}) << 2;
    QTest::newRow("nothing") << "no such words" << QStringList() << 0 << QStringList() << 0;
}

void TestTimelineView::itemsFollowFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, categories);
    QFETCH(int, fromYear);
    QFETCH(QStringList, ids);
    QFETCH(int, lanes);

    QCOMPARE(m_view->visibleEventCount(), 4);
    RecordFilter filter;
    filter.text = text;
    for (const QString &key : std::as_const(categories))
        filter.categories.insert(fromKey<Category>(key).value());
    filter.fromYear = fromYear;
    m_proxy->setFilter(filter);
    QCOMPARE(m_view->eventIdsInOrder(), ids);
    QCOMPARE(m_view->visibleEventCount(), int(ids.size()));
    QCOMPARE(m_view->laneCategories().size(), lanes);
    m_proxy->clear();
    QCOMPARE(m_view->visibleEventCount(), 4);
}

void TestTimelineView::rangeApi()
{
    const auto full = m_view->fullRange();
    QCOMPARE(full.first, 1991.5);
    QCOMPARE(full.second, 2023.5);
    QCOMPARE(m_view->visibleRange(), full);

    m_view->setVisibleRange(2000, 2004);
    QCOMPARE(m_view->visibleRange(), std::make_pair(2000.0, 2004.0));
    m_view->setVisibleRange(2004, 2000); // reversed
    QCOMPARE(m_view->visibleRange(), std::make_pair(2000.0, 2004.0));
    m_view->setVisibleRange(1900, 1901); // clamped into the data's span
    QCOMPARE(m_view->visibleRange(), std::make_pair(1991.5, 1992.5));
    m_view->setVisibleRange(2005, 2005.01); // zoom limit
    QCOMPARE(m_view->visibleRange().second - m_view->visibleRange().first, 0.25);

    m_view->jumpToYear(2011);
    auto [from, to] = m_view->visibleRange();
    QCOMPARE((from + to) / 2, 2011.5);
    QVERIFY(to - from >= 1.5 && to - from <= 5.0);
    m_view->fitAll();
    QCOMPARE(m_view->visibleRange(), full);
    m_view->jumpToYear(2011);
    std::tie(from, to) = m_view->visibleRange();
    QCOMPARE((from + to) / 2, 2011.5);
    QCOMPARE(to - from, 5.0);

    // Data beyond 1992–2022 widens the axis.
    auto wide = syntheticModel(
        {{"early", 19890512, "trade", "Before"}, {"late", 20240101, "trade", "After"}});
    m_view->setModel(wide.get());
    QCOMPARE(m_view->fullRange(), std::make_pair(1988.5, 2025.5));
    QCOMPARE(m_view->visibleRange(), std::make_pair(1988.5, 2025.5)); // a new model is fitted
}

void TestTimelineView::rangeWithoutMinimum()
{
    // No minimum: the data's own years (1996–2012 in the fixture), padded by half a year.
    TimelineView view;
    view.resize(1400, 700);
    view.setModel(m_proxy.get());
    QCOMPARE(view.fullRange(), std::make_pair(1995.5, 2013.5));
    QCOMPARE(view.visibleRange(), view.fullRange());
    // A minimum widens the axis, and a fitted view follows; removing it narrows again.
    view.setMinimumRange(1992.0, 2023.0);
    QCOMPARE(view.fullRange(), std::make_pair(1991.5, 2023.5));
    QCOMPARE(view.visibleRange(), view.fullRange());
    view.setMinimumRange(0, 0);
    QCOMPARE(view.fullRange(), std::make_pair(1995.5, 2013.5));
    // A zoomed view keeps its place when the domain changes.
    view.setVisibleRange(2000, 2004);
    view.setMinimumRange(1992.0, 2023.0);
    QCOMPARE(view.visibleRange(), std::make_pair(2000.0, 2004.0));
}

void TestTimelineView::clustersWhenCrowded()
{
    QList<SyntheticEvent> events = crowdedYear(2011, 24, QStringLiteral("trade"));
    events.append({"lone", 19980305, "diplomacy", "A lone event"});
    auto model = syntheticModel(events);
    m_view->setModel(model.get());
    QCOMPARE(m_view->visibleEventCount(), 25);
    QVERIFY(m_view->clusterCount() > 0);
    QVERIFY(m_view->clusterCount() <= 3);

    m_view->setVisibleRange(2011, 2012);
    QCOMPARE(m_view->clusterCount(), 0);
    QCOMPARE(m_view->visibleEventCount(), 24);
    for (const QString &id : m_view->eventIdsInOrder().mid(1))
        QVERIFY2(!m_view->markerRect(id).isEmpty(), qPrintable(id));

    // More rows make room for more events: a taller view clusters less, never more.
    m_view->fitAll();
    const int clusters = m_view->clusterCount();
    m_view->resize(1400, 300);
    QVERIFY(m_view->clusterCount() >= clusters);
}

void TestTimelineView::builtInDataset()
{
    EventModel events;
    RecordFilterModel proxy;
    proxy.setSourceModel(&events);
    events.setDataset(m_builtIn);
    TimelineView view;
    view.resize(1280, 720);
    view.setModel(&proxy);
    QVERIFY(proxy.rowCount() > 0);

    const QStringList ids = view.eventIdsInOrder();
    QCOMPARE(ids.size(), proxy.rowCount());
    QCOMPARE(view.visibleEventCount(), proxy.rowCount());
    int previous = 0;
    for (const QString &id : ids) {
        const int row = events.rowOfId(id);
        const int key = events.index(row, 0).data(DateKeyRole).toInt();
        QVERIFY(key >= previous);
        previous = key;
    }
    QSignalSpy changed(&view, &TimelineView::currentChanged);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentId(), ids.last());
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentId(), ids.first());
    QCOMPARE(changed.count(), ids.size() > 1 ? 2 : 1);

    const QImage image = render(view, QSize(1280, 720), 1, ViewTheme::light());
    QVERIFY(inkRatio(image, ViewTheme::light().background) > 0.01);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
