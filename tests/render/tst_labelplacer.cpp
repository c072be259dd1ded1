#include "render/labelplacer.h"

#include <QTest>

using namespace pe;

// The placer decides where every chart annotation goes: a label must never land on a marker
// or touch another label, and one that cannot fit anywhere must still stay inside the plot.
class TestLabelPlacer : public QObject
{
    Q_OBJECT

private slots:
    void firstFreeCandidateWins_data();
    void firstFreeCandidateWins();
    void labelMayTouchMarkerButNotLabel();
    void nothingFitsStaysInside();
};

void TestLabelPlacer::firstFreeCandidateWins_data()
{
    QTest::addColumn<QRectF>("obstacle");
    QTest::addColumn<bool>("obstacleIsLabel");
    QTest::addColumn<int>("expected"); // index of the chosen candidate

    // Candidates: A at (10,10), B at (60,10), C at (110,10), each 30×10; spacing 4.
    QTest::newRow("nothing in the way") << QRectF() << false << 0;
    QTest::newRow("marker on A") << QRectF(15, 12, 5, 5) << false << 1;
    QTest::newRow("label over A") << QRectF(15, 12, 5, 5) << true << 1;
    QTest::newRow("label 2 px right of A") << QRectF(42, 10, 10, 10) << true << 1;
    QTest::newRow("label between A and B") << QRectF(43, 10, 15, 10) << true << 2;
    QTest::newRow("marker 2 px right of A") << QRectF(42, 10, 10, 10) << false << 0;
    QTest::newRow("label 6 px right of A") << QRectF(46, 10, 10, 10) << true << 0;
}

void TestLabelPlacer::firstFreeCandidateWins()
{
    QFETCH(QRectF, obstacle);
    QFETCH(bool, obstacleIsLabel);
    QFETCH(int, expected);
    const QList<QRectF> candidates = {QRectF(10, 10, 30, 10), QRectF(60, 10, 30, 10),
                                      QRectF(110, 10, 30, 10)};
    LabelPlacer placer(QRectF(0, 0, 200, 100), 4);
    if (!obstacle.isNull())
        obstacleIsLabel ? placer.reserveLabel(obstacle) : placer.reserve(obstacle);
    QCOMPARE(placer.place(candidates), candidates.at(expected));
}

void TestLabelPlacer::labelMayTouchMarkerButNotLabel()
{
    LabelPlacer placer(QRectF(0, 0, 200, 100), 4);
    placer.reserve(QRectF(0, 0, 12, 12));
    const QRectF first = placer.place({QRectF(13, 0, 40, 10)});
    QCOMPARE(first, QRectF(13, 0, 40, 10));
    // The second label's first spot is 2 px under the first: too close, so it goes lower.
    const QRectF second = placer.place({QRectF(13, 12, 40, 10), QRectF(13, 20, 40, 10)});
    QCOMPARE(second, QRectF(13, 20, 40, 10));
}

void TestLabelPlacer::nothingFitsStaysInside()
{
    LabelPlacer placer(QRectF(0, 0, 100, 50));
    const QRectF rect = placer.place({QRectF(90, 45, 30, 10)});
    QCOMPARE(rect, QRectF(70, 40, 30, 10));
    // Too wide for the area: it keeps to the left edge.
    QCOMPARE(placer.place({QRectF(-20, 0, 150, 10)}).left(), 0.0);
}

QTEST_APPLESS_MAIN(TestLabelPlacer)
#include "tst_labelplacer.moc"
