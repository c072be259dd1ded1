#include "render/clipgeometry.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace pe;

namespace {

// What an SVG file of width × height draws with draw, as the coordinates of every point of
// its paths (Qt writes "M x,y L x,y C …").
QList<QPointF> svgPathPoints(const std::function<void(QPainter *)> &draw)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    generator.setSize(QSize(200, 100));
    generator.setViewBox(QRect(0, 0, 200, 100));
    {
        QPainter painter(&generator);
        draw(&painter);
    }
    QList<QPointF> points;
    QXmlStreamReader xml(buffer.data());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("path"))
            continue;
        QString d = xml.attributes().value(QLatin1String("d")).toString();
        d.replace(QRegularExpression(QStringLiteral("[A-Za-z]")), QStringLiteral(" "));
        const QStringList pairs = d.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const QStringList xy = pair.split(QLatin1Char(','));
            if (xy.size() == 2)
                points.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
        }
    }
    return points;
}

} // namespace

// Geometry cut by hand, for the SVG files whose readers know nothing of QPainter's clip.
class TestClipGeometry : public QObject
{
    Q_OBJECT

private slots:
    void clipsLines_data();
    void clipsLines();
    void drawCutKeepsShapesInside();
};

void TestClipGeometry::clipsLines_data()
{
    QTest::addColumn<QLineF>("line");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<QLineF>("expected");
    QTest::newRow("inside") << QLineF(20, 20, 40, 40) << true << QLineF(20, 20, 40, 40);
    QTest::newRow("across") << QLineF(0, 50, 200, 50) << true << QLineF(10, 50, 110, 50);
    QTest::newRow("diagonal in at a corner")
        << QLineF(0, 0, 60, 60) << true << QLineF(10, 10, 60, 60);
    QTest::newRow("reversed") << QLineF(200, 50, 0, 50) << true << QLineF(110, 50, 10, 50);
    QTest::newRow("vertical, beside") << QLineF(5, 0, 5, 200) << false << QLineF();
    QTest::newRow("passes a corner by") << QLineF(0, 15, 15, 0) << false << QLineF();
    QTest::newRow("cuts a corner") << QLineF(0, 30, 30, 0) << true << QLineF(10, 20, 20, 10);
    QTest::newRow("a point inside") << QLineF(50, 50, 50, 50) << true << QLineF(50, 50, 50, 50);
}

void TestClipGeometry::clipsLines()
{
    QFETCH(QLineF, line);
    QFETCH(bool, visible);
    QFETCH(QLineF, expected);
    const QRectF rect(10, 10, 100, 100);
    const std::optional<QLineF> clipped = clippedLine(line, rect);
    QCOMPARE(clipped.has_value(), visible);
    if (visible) {
        QCOMPARE(clipped->p1(), expected.p1());
        QCOMPARE(clipped->p2(), expected.p2());
    }
}

void TestClipGeometry::drawCutKeepsShapesInside()
{
    const QRectF cut(50, 10, 100, 80);
    const auto draw = [](QPainter *p) {
        p->setPen(QPen(Qt::black, 4));
        p->setBrush(Qt::red);
        p->drawRoundedRect(QRectF(20, 30, 80, 20), 10, 10); // across the left edge
        p->drawEllipse(QRectF(140, 40, 30, 30));            // across the right edge
        p->setFont(QFont(QStringLiteral("DejaVu Sans"), 20));
        p->drawText(QPointF(120, 95), QStringLiteral("cut text")); // across the bottom
        p->drawLine(QPointF(0, 0), QPointF(200, 100));             // across everything
    };
    // Uncut, the drawing reaches beyond cut on every side but the top.
    const QList<QPointF> whole = svgPathPoints(draw);
    QVERIFY(std::any_of(whole.cbegin(), whole.cend(),
                        [&](const QPointF &point) { return !cut.contains(point); }));

    const QList<QPointF> points =
        svgPathPoints([&](QPainter *p) { drawCut(p, cut, [&](QPainter *q) { draw(q); }); });
    QVERIFY(points.size() > 20);
    const QRectF slack = cut.adjusted(-0.01, -0.01, 0.01, 0.01);
    for (const QPointF &point : points)
        QVERIFY2(slack.contains(point),
                 qPrintable(QStringLiteral("%1,%2").arg(point.x()).arg(point.y())));
    // What is inside is still drawn: the fills reach the edges they cross.
    const auto reaches = [&](auto edge) {
        return std::any_of(points.cbegin(), points.cend(), edge);
    };
    QVERIFY(reaches([&](const QPointF &p) { return qFuzzyCompare(p.x(), cut.left()); }));
    QVERIFY(reaches([&](const QPointF &p) { return qFuzzyCompare(p.x(), cut.right()); }));
    QVERIFY(reaches([&](const QPointF &p) { return qFuzzyCompare(p.y(), cut.bottom()); }));
}

QTEST_MAIN(TestClipGeometry)
#include "tst_clipgeometry.moc"
