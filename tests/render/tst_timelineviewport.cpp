#include "render/timeline/timelineviewport.h"

#include <QTest>

#include <cmath>

using namespace pe;

Q_DECLARE_METATYPE(pe::TimelineDomain)

namespace {
const TimelineDomain domain{1991.5, 2023.5};

// Every range an operation returns lies in the domain and is at least the minimum span.
bool inside(const TimelineViewport &v, const TimelineDomain &d)
{
    return v.from() >= d.from - 1e-9 && v.to() <= d.to + 1e-9 &&
           v.span() >= TimelineViewport::minimumSpan - 1e-9;
}
} // namespace

class TestTimelineViewport : public QObject
{
    Q_OBJECT

private slots:
    void clamped_data();
    void clamped();
    void zoomKeepsTheYearInPlace_data();
    void zoomKeepsTheYearInPlace();
    void zoomInAndOutReturns();
    void pan_data();
    void pan();
    void adaptedTo_data();
    void adaptedTo();
};

void TestTimelineViewport::clamped_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("span");
    QTest::addColumn<double>("expectedFrom");
    QTest::addColumn<double>("expectedSpan");
    QTest::addColumn<bool>("fitted");

    QTest::newRow("inside") << 2000.0 << 4.0 << 2000.0 << 4.0 << false;
    QTest::newRow("before the start") << 1900.0 << 1.0 << 1991.5 << 1.0 << false;
    QTest::newRow("past the end") << 2030.0 << 2.0 << 2021.5 << 2.0 << false;
    QTest::newRow("below the zoom limit") << 2005.0 << 0.01 << 2005.0 << 0.25 << false;
    QTest::newRow("negative span") << 2005.0 << -3.0 << 2005.0 << 0.25 << false;
    QTest::newRow("wider than the domain") << 1980.0 << 100.0 << 1991.5 << 32.0 << true;
    QTest::newRow("exactly the domain") << 1991.5 << 32.0 << 1991.5 << 32.0 << true;
}

void TestTimelineViewport::clamped()
{
    QFETCH(double, from);
    QFETCH(double, span);
    QFETCH(double, expectedFrom);
    QFETCH(double, expectedSpan);
    QFETCH(bool, fitted);
    const TimelineViewport v = TimelineViewport::clamped(from, span, domain);
    QCOMPARE(v.from(), expectedFrom);
    QCOMPARE(v.span(), expectedSpan);
    QCOMPARE(v.isFitted(), fitted);
    QVERIFY(inside(v, domain));
}

void TestTimelineViewport::zoomKeepsTheYearInPlace_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("span");
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("around");
    QTest::newRow("in, middle") << 2000.0 << 10.0 << 2.0 << 2005.0;
    QTest::newRow("in, off centre") << 2000.0 << 10.0 << 1.5 << 2008.0;
    QTest::newRow("in, at the left edge") << 2000.0 << 10.0 << 3.0 << 2000.0;
    QTest::newRow("out, a little") << 2000.0 << 4.0 << 0.8 << 2001.0;
    QTest::newRow("in, to months") << 2010.0 << 1.0 << 3.0 << 2010.3;
}

void TestTimelineViewport::zoomKeepsTheYearInPlace()
{
    QFETCH(double, from);
    QFETCH(double, span);
    QFETCH(double, factor);
    QFETCH(double, around);
    const TimelineViewport before = TimelineViewport::clamped(from, span, domain);
    const TimelineViewport after = before.zoomedBy(factor, around, domain);
    QVERIFY(inside(after, domain));
    QVERIFY(std::abs(after.span() - span / factor) < 1e-9);
    // The year under the pointer stays at the same fraction of the width.
    const double fractionBefore = (around - before.from()) / before.span();
    const double fractionAfter = (around - after.from()) / after.span();
    QVERIFY2(std::abs(fractionBefore - fractionAfter) < 1e-9,
             qPrintable(QStringLiteral("%1 → %2").arg(fractionBefore).arg(fractionAfter)));
}

void TestTimelineViewport::zoomInAndOutReturns()
{
    const TimelineViewport full = TimelineViewport::fitted(domain);
    QVERIFY(full.isFitted());
    QCOMPARE(full.from(), domain.from);
    QCOMPARE(full.to(), domain.to);
    // Zooming out of everything changes nothing; zooming in leaves "fitted".
    QCOMPARE(full.zoomedBy(0.5, 2000, domain), full);
    const TimelineViewport in = full.zoomedBy(4, 2000, domain);
    QVERIFY(!in.isFitted());
    QVERIFY(inside(in, domain));
    // All the way in stops at the minimum span; all the way out is fitted again.
    TimelineViewport v = in;
    for (int i = 0; i < 40; ++i)
        v = v.zoomedBy(2, 2000.2, domain);
    QCOMPARE(v.span(), TimelineViewport::minimumSpan);
    QVERIFY(v.contains(2000.2));
    for (int i = 0; i < 40; ++i)
        v = v.zoomedBy(0.5, 2000.2, domain);
    QVERIFY(v.isFitted());
    QCOMPARE(v.from(), domain.from);
    // A non-positive factor is ignored.
    QCOMPARE(in.zoomedBy(0, 2000, domain), in);
    QCOMPARE(in.zoomedBy(-2, 2000, domain), in);
}

void TestTimelineViewport::pan_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("years");
    QTest::addColumn<double>("expectedFrom");
    QTest::newRow("right") << 2000.0 << 3.0 << 2003.0;
    QTest::newRow("left") << 2000.0 << -3.0 << 1997.0;
    QTest::newRow("stops at the start") << 1995.0 << -50.0 << 1991.5;
    QTest::newRow("stops at the end") << 2010.0 << 50.0 << 2017.5;
    QTest::newRow("none") << 2000.0 << 0.0 << 2000.0;
}

void TestTimelineViewport::pan()
{
    QFETCH(double, from);
    QFETCH(double, years);
    QFETCH(double, expectedFrom);
    const TimelineViewport v = TimelineViewport::clamped(from, 6, domain).pannedBy(years, domain);
    QCOMPARE(v.from(), expectedFrom);
    QCOMPARE(v.span(), 6.0); // panning never zooms
    QVERIFY(inside(v, domain));
    // A fitted range cannot pan, and stays fitted.
    const TimelineViewport full = TimelineViewport::fitted(domain).pannedBy(years, domain);
    QVERIFY(full.isFitted());
    QCOMPARE(full.from(), domain.from);
}

void TestTimelineViewport::adaptedTo_data()
{
    QTest::addColumn<TimelineDomain>("next");
    QTest::newRow("same") << domain;
    QTest::newRow("wider") << TimelineDomain{1980.5, 2030.5};
    QTest::newRow("narrower") << TimelineDomain{2001.5, 2003.5};
    QTest::newRow("elsewhere") << TimelineDomain{1950.5, 1960.5};
    QTest::newRow("shorter than a zoom step") << TimelineDomain{2000.0, 2000.1};
}

void TestTimelineViewport::adaptedTo()
{
    QFETCH(TimelineDomain, next);
    // A fitted range shows the new domain whole.
    const TimelineViewport fitted = TimelineViewport::fitted(domain).adaptedTo(next);
    QVERIFY(fitted.isFitted());
    QCOMPARE(fitted.from(), next.from);
    QVERIFY(std::abs(fitted.span() - std::max(next.span(), TimelineViewport::minimumSpan)) < 1e-9);
    // A zoomed range keeps what it can of its place, and is never fitted by a change.
    const TimelineViewport zoomed = TimelineViewport::clamped(2000, 4, domain).adaptedTo(next);
    QVERIFY(!zoomed.isFitted());
    QVERIFY(zoomed.span() >= TimelineViewport::minimumSpan);
    QVERIFY(zoomed.span() <= std::max(4.0, TimelineViewport::minimumSpan));
    QVERIFY(zoomed.from() >= next.from);
    if (next.span() >= 4 && next.from <= 2000 && next.to >= 2004) {
        QCOMPARE(zoomed.from(), 2000.0);
        QCOMPARE(zoomed.span(), 4.0);
    }
}

QTEST_GUILESS_MAIN(TestTimelineViewport)
#include "tst_timelineviewport.moc"
