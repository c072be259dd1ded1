#include "render/flowrows.h"

#include <QTest>

using namespace pe;

// The rows a chart legend wraps onto: every entry whole, in order, none past the width.
class TestFlowRows : public QObject
{
    Q_OBJECT

private slots:
    void wraps_data();
    void wraps();
    void empty();
};

void TestFlowRows::wraps_data()
{
    QTest::addColumn<qreal>("width");
    QTest::addColumn<QList<QPointF>>("expected"); // top-left of each item
    QTest::addColumn<qreal>("height");

    // Items 40×10, 60×20, 30×10; gaps 10 between columns, 4 between rows.
    QTest::newRow("one row") << 200.0 << QList<QPointF>{{0, 5}, {50, 0}, {120, 5}} << 20.0;
    QTest::newRow("exactly fits") << 150.0 << QList<QPointF>{{0, 5}, {50, 0}, {120, 5}} << 20.0;
    QTest::newRow("third wraps") << 140.0 << QList<QPointF>{{0, 5}, {50, 0}, {0, 24}} << 34.0;
    QTest::newRow("one per row") << 50.0 << QList<QPointF>{{0, 0}, {0, 14}, {0, 38}} << 48.0;
    // Wider than the width: alone on its row, from the left edge.
    QTest::newRow("too narrow") << 20.0 << QList<QPointF>{{0, 0}, {0, 14}, {0, 38}} << 48.0;
}

void TestFlowRows::wraps()
{
    QFETCH(qreal, width);
    QFETCH(QList<QPointF>, expected);
    QFETCH(qreal, height);
    const QList<QSizeF> sizes = {{40, 10}, {60, 20}, {30, 10}};
    const FlowRows flow = FlowRows::arrange(sizes, width, 10, 4);
    QCOMPARE(flow.items.size(), sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        QCOMPARE(flow.items.at(i).topLeft(), expected.at(i));
        QCOMPARE(flow.items.at(i).size(), sizes.at(i));
    }
    QCOMPARE(flow.height, height);
}

void TestFlowRows::empty()
{
    const FlowRows flow = FlowRows::arrange({}, 100, 10, 4);
    QVERIFY(flow.items.isEmpty());
    QCOMPARE(flow.height, 0.0);
}

QTEST_APPLESS_MAIN(TestFlowRows)
#include "tst_flowrows.moc"
