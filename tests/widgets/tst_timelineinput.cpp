#include "models/items/recordfiltermodel.h"
#include "tests/support/syntheticevents.h"
#include "tests/support/timelinesuite.h"
#include "widgets/timeline/timelineview.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

using namespace pe;
using test::crowdedYear;
using test::syntheticModel;

// What the reader does to the timeline, and what it answers: keys move the selection and
// zoom, clicks select, expand a cluster or mark a year, a pause shows a tooltip.
class TestTimelineInput : public test::TimelineSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardNavigation();
    void navigationSkipsFilteredOut();
    void setCurrentIdSelectsWithoutSignal();
    void zoomKeys();
    void enterExpandsCluster();
    void clickSelectsAndExpands();
    void doubleClickActivatesYear();
    void toolTips();
};

void TestTimelineInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(loadFixtures(&error), qPrintable(error));
}

void TestTimelineInput::init()
{
    createView();
}

void TestTimelineInput::cleanup()
{
    destroyView();
}

void TestTimelineInput::keyboardNavigation()
{
    QSignalSpy changed(m_view.get(), &TimelineView::currentChanged);
    QVERIFY(m_view->currentId().isEmpty());

    struct Step
    {
        Qt::Key key;
        const char *expected;
    };
    const Step steps[] = {{Qt::Key_Right, "ev-1996"},  {Qt::Key_Right, "ev-2010"},
                          {Qt::Key_Right, "ev-2011"},  {Qt::Key_Left, "ev-2010"},
                          {Qt::Key_End, "ev-2012-05"}, {Qt::Key_Home, "ev-1996"}};
    int signals_ = 0;
    for (const Step &step : steps) {
        QTest::keyClick(m_view.get(), step.key);
        QCOMPARE(m_view->currentId(), QString::fromLatin1(step.expected));
        QCOMPARE(changed.count(), ++signals_);
        QCOMPARE(changed.last().at(0).toString(), QString::fromLatin1(step.expected));
    }
    // At the first event, Left and Home change nothing and say nothing.
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->currentId(), QStringLiteral("ev-1996"));
    QCOMPARE(changed.count(), signals_);
}

void TestTimelineInput::navigationSkipsFilteredOut()
{
    m_view->setCurrentId(QStringLiteral("ev-2010"));
    m_proxy->setCategories({Category::Diplomacy, Category::Treaties});
    QSignalSpy changed(m_view.get(), &TimelineView::currentChanged);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentId(), QStringLiteral("ev-2011"));
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->currentId(), QStringLiteral("ev-1996"));
    QCOMPARE(changed.count(), 2);
}

void TestTimelineInput::setCurrentIdSelectsWithoutSignal()
{
    QSignalSpy changed(m_view.get(), &TimelineView::currentChanged);
    m_view->setVisibleRange(1993, 1997);
    m_view->setCurrentId(QStringLiteral("ev-2011"));
    QCOMPARE(m_view->currentId(), QStringLiteral("ev-2011"));
    QCOMPARE(changed.count(), 0);
    // Scrolled to it, at the same zoom.
    const auto [from, to] = m_view->visibleRange();
    QVERIFY2(from < 2011.4 && 2011.4 < to, qPrintable(QStringLiteral("%1–%2").arg(from).arg(to)));
    QCOMPARE(to - from, 4.0);
    QVERIFY(!m_view->markerRect(QStringLiteral("ev-2011")).isEmpty());
    QVERIFY(m_view->markerRect(QStringLiteral("ev-1996")).isEmpty()); // scrolled away

    m_view->setCurrentId(QString());
    QVERIFY(m_view->currentId().isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestTimelineInput::zoomKeys()
{
    const auto full = m_view->visibleRange();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    const auto zoomed = m_view->visibleRange();
    QVERIFY(zoomed.second - zoomed.first < full.second - full.first);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_view->visibleRange(), full); // cannot zoom out beyond everything
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_0);
    QCOMPARE(m_view->visibleRange(), full);
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_F);
    QCOMPARE(m_view->visibleRange(), full);
}

void TestTimelineInput::enterExpandsCluster()
{
    auto model = syntheticModel(crowdedYear(2011, 24, QStringLiteral("trade")));
    m_view->setModel(model.get());
    QVERIFY(m_view->clusterCount() > 0);
    m_view->setCurrentId(QStringLiteral("trade-3"));
    const QRectF clustered = m_view->markerRect(QStringLiteral("trade-3"));
    QCOMPARE(m_view->markerRect(QStringLiteral("trade-4")), clustered); // same cluster
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    const auto [from, to] = m_view->visibleRange();
    QVERIFY2(to - from < 2.0, qPrintable(QStringLiteral("%1–%2").arg(from).arg(to)));
    QVERIFY(from <= 2011.1 && to >= 2011.1);
    QVERIFY(m_view->markerRect(QStringLiteral("trade-3")) !=
            m_view->markerRect(QStringLiteral("trade-4")));
}

void TestTimelineInput::clickSelectsAndExpands()
{
    QSignalSpy changed(m_view.get(), &TimelineView::currentChanged);
    const QRectF marker = m_view->markerRect(QStringLiteral("ev-2011"));
    QVERIFY(!marker.isEmpty());
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, marker.center().toPoint());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_view->currentId(), QStringLiteral("ev-2011"));

    auto model = syntheticModel(crowdedYear(2011, 24, QStringLiteral("trade")));
    m_view->setModel(model.get());
    const QRectF cluster = m_view->markerRect(QStringLiteral("trade-0"));
    QVERIFY(!cluster.isEmpty());
    const double span = m_view->visibleRange().second - m_view->visibleRange().first;
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, cluster.center().toPoint());
    QVERIFY(m_view->visibleRange().second - m_view->visibleRange().first < span / 2);

    // Dragging pans and selects nothing.
    const auto before = m_view->visibleRange();
    const QPoint start = m_view->plotArea().center().toPoint();
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, start);
    QTest::mouseMove(m_view.get(), start + QPoint(40, 0));
    QTest::mouseMove(m_view.get(), start + QPoint(200, 0));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, start + QPoint(200, 0));
    QVERIFY(m_view->visibleRange().first < before.first);
    QCOMPARE(changed.count(), 1);
}

void TestTimelineInput::doubleClickActivatesYear()
{
    QSignalSpy activated(m_view.get(), &TimelineView::yearActivated);
    const QRectF plot = m_view->plotArea();
    const auto [from, to] = m_view->visibleRange();
    const double x = plot.left() + (2000.5 - from) / (to - from) * plot.width();
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, QPoint(int(x), int(plot.bottom()) - 3));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toInt(), 2000);

    // Not on an event.
    const QRectF marker = m_view->markerRect(QStringLiteral("ev-1996"));
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, marker.center().toPoint());
    QCOMPARE(activated.count(), 1);
}

void TestTimelineInput::toolTips()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const QPoint pos = m_view->markerRect(QStringLiteral("ev-1996")).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, pos, m_view->mapToGlobal(pos));
    QCoreApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("Friendship treaty")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("1996")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Treaties")));
    QToolTip::hideText();

    auto model = syntheticModel(crowdedYear(2011, 24, QStringLiteral("trade")));
    m_view->setModel(model.get());
    const QPoint cluster = m_view->markerRect(QStringLiteral("trade-0")).center().toPoint();
    QHelpEvent clusterHelp(QEvent::ToolTip, cluster, m_view->mapToGlobal(cluster));
    QCoreApplication::sendEvent(m_view.get(), &clusterHelp);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY(text.contains(QStringLiteral("Event 0 of the crowded year")));
    QCOMPARE(text.count(QStringLiteral("of the crowded year")), 8); // at most eight titles
    QToolTip::hideText();
}

QTEST_MAIN(TestTimelineInput)
#include "tst_timelineinput.moc"
