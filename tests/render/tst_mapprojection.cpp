#include "render/map/basemap.h"
#include "render/map/lambertprojection.h"
#include "render/map/maplayout.h"
#include "render/map/placeareas.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace pe;

// The base map, its projection and where the dataset's places fall on it: a town must land
// inside the region it belongs to on the drawn map, and no place may be left off.
class TestMapProjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void baseMapIsEmbeddedAndSmall();
    void projectionIsTrueOnItsStandardParallels();
    void projectionKeepsNorthUp();
    void knownCitiesLandInTheirRegions_data();
    void knownCitiesLandInTheirRegions();
    void everyPlaceHasARegion();
    void newerRegionsLieInTheRegionsTheyCameFrom_data();
    void newerRegionsLieInTheRegionsTheyCameFrom();
    void townsLandInTheirRegionOnThePage_data();
    void townsLandInTheirRegionOnThePage();
    void framesDoNotOverlap_data();
    void framesDoNotOverlap();

private:
    QString areaIdOf(const QString &placeId) const;

    std::shared_ptr<const Dataset> m_dataset;
    PlaceAreas m_areas;
};

void TestMapProjection::initTestCase()
{
    QString error;
    m_dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(m_dataset, qPrintable(error));
    QVERIFY(BaseMap::builtIn().isValid());
    m_areas = PlaceAreas(*m_dataset, BaseMap::builtIn());
}

QString TestMapProjection::areaIdOf(const QString &placeId) const
{
    const int area = m_areas.areaOf(placeId);
    return area >= 0 ? BaseMap::builtIn().areas().at(area).id : QString();
}

void TestMapProjection::baseMapIsEmbeddedAndSmall()
{
    QFile resource(QStringLiteral(":/map/boundaries.json"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    // Converted once and committed: it must stay small beside the app.
    QVERIFY2(resource.size() < 300 * 1024, qPrintable(QString::number(resource.size())));
    const BaseMap &map = BaseMap::builtIn();
    QCOMPARE(map.attribution(), QStringLiteral("Natural Earth"));
    int belarus = 0;
    int kazakhstan = 0;
    for (const BaseMap::Area &area : map.areas()) {
        QVERIFY2(!area.rings.isEmpty(), qPrintable(area.id));
        (area.country == Side::Belarus ? belarus : kazakhstan) += 1;
    }
    // Six oblasts and Minsk; fourteen regions, Almaty and Astana as before 2018.
    QCOMPARE(belarus, 7);
    QCOMPARE(kazakhstan, 16);
    QVERIFY(!map.land().isEmpty());
    QVERIFY(!map.borders().isEmpty());
    QVERIFY(!map.outline(Side::Belarus).isEmpty());
    QVERIFY(!map.outline(Side::Kazakhstan).isEmpty());
    QVERIFY(map.extent().contains(map.bounds(Side::Belarus)));
    QVERIFY(map.extent().contains(map.bounds(Side::Kazakhstan)));

    QString error;
    QVERIFY(!BaseMap::fromJson("{\"format\": 2}", &error).isValid());
    QVERIFY(!error.isEmpty());
    QVERIFY(!BaseMap::fromJson("not json", &error).isValid());
}

void TestMapProjection::projectionIsTrueOnItsStandardParallels()
{
    const LambertProjection projection(43.5, 53.5, 67, 48);
    QVERIFY(std::abs(projection.scaleFactor(43.5) - 1) < 1e-9);
    QVERIFY(std::abs(projection.scaleFactor(53.5) - 1) < 1e-9);
    QVERIFY(projection.scaleFactor(48.5) < 1);
    QVERIFY(projection.scaleFactor(40) > 1);
    // Astana to Almaty, about 970 km on the ground, within the scale error between the
    // parallels.
    const QPointF astana = projection.project({71.45, 51.17});
    const QPointF almaty = projection.project({76.89, 43.24});
    const double km = std::hypot(astana.x() - almaty.x(), astana.y() - almaty.y());
    QVERIFY2(km > 940 && km < 990, qPrintable(QString::number(km)));

    const LambertProjection fitted = LambertProjection::fittedTo(QRectF(46, 40, 42, 15));
    QCOMPARE(fitted.standard1(), 42.5);
    QCOMPARE(fitted.standard2(), 52.5);
    QCOMPARE(fitted.centralMeridian(), 67.0);
}

void TestMapProjection::projectionKeepsNorthUp()
{
    const LambertProjection projection = LambertProjection::fittedTo(QRectF(46, 40, 42, 15));
    const QPointF south = projection.project({67, 42});
    const QPointF north = projection.project({67, 54});
    QCOMPARE(south.x(), north.x());
    QVERIFY(north.y() > south.y());
    QVERIFY(projection.project({80, 48}).x() > projection.project({60, 48}).x());
}

void TestMapProjection::knownCitiesLandInTheirRegions_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("area");
    QTest::newRow("Minsk") << "by-minsk"
                           << "BY.HM";
    QTest::newRow("Brest") << "by-brest"
                           << "BY.BR";
    QTest::newRow("Gomel") << "by-gomel"
                           << "BY.HO";
    QTest::newRow("Mogilev") << "by-mogilev"
                             << "BY.MA";
    QTest::newRow("Bobruisk") << "by-bobruisk"
                              << "BY.MA";
    QTest::newRow("Baranovichi") << "by-baranovichi"
                                 << "BY.BR";
    QTest::newRow("Astana") << "kz-astana"
                            << "KZ.AS";
    QTest::newRow("Almaty") << "kz-almaty"
                            << "KZ.AC";
    QTest::newRow("Kostanay") << "kz-kostanay"
                              << "KZ.QS";
    QTest::newRow("Karaganda") << "kz-karaganda"
                               << "KZ.QG";
    QTest::newRow("Pavlodar") << "kz-pavlodar"
                              << "KZ.PA";
    QTest::newRow("Ekibastuz") << "kz-ekibastuz"
                               << "KZ.PA";
    QTest::newRow("Petropavl") << "kz-petropavl"
                               << "KZ.NK";
    QTest::newRow("Kokshetau") << "kz-kokshetau"
                               << "KZ.AM";
    QTest::newRow("Oskemen") << "kz-oskemen"
                             << "KZ.EK";
    QTest::newRow("Shymkent") << "kz-shymkent"
                              << "KZ.SK";
    QTest::newRow("Minsk Region") << "by-minsk-region"
                                  << "BY.MI";
    QTest::newRow("Atyrau Region") << "kz-atyrau-region"
                                   << "KZ.AR";
    QTest::newRow("Mangystau Region") << "kz-mangystau-region"
                                      << "KZ.MG";
}

// By the coordinates alone, in degrees: the boundaries as converted hold the places.
void TestMapProjection::knownCitiesLandInTheirRegions()
{
    QFETCH(QString, place);
    QFETCH(QString, area);
    const Place *p = m_dataset->place(place);
    QVERIFY(p);
    const int at = BaseMap::builtIn().areaAt({p->lon, p->lat});
    QVERIFY2(at >= 0, qPrintable(place));
    QCOMPARE(BaseMap::builtIn().areas().at(at).id, area);
    QCOMPARE(areaIdOf(place), area);
}

void TestMapProjection::everyPlaceHasARegion()
{
    for (const Place &place : m_dataset->places) {
        if (place.kind == PlaceKind::Country) {
            QCOMPARE(m_areas.areaOf(place.id), -1);
            continue;
        }
        const int area = m_areas.areaOf(place.id);
        QVERIFY2(area >= 0, qPrintable(place.id));
        QCOMPARE(BaseMap::builtIn().areas().at(area).country, place.country);
        // And the region holds the place's first-level place, which the filters use.
        QVERIFY2(m_areas.placesIn(area).contains(m_areas.firstLevelOf(place.id)),
                 qPrintable(place.id));
    }
    // Every first-level place lies inside a region by its own coordinates.
    QCOMPARE(m_areas.placedByNearest(), QStringList());
}

void TestMapProjection::newerRegionsLieInTheRegionsTheyCameFrom_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("firstPlaceOfArea");
    QTest::newRow("Turkestan Region: South Kazakhstan until 2018") << "kz-turkestan-region"
                                                                   << "KZ.SK"
                                                                   << "kz-turkestan-region";
    QTest::newRow("Shymkent: in South Kazakhstan until 2018") << "kz-shymkent"
                                                              << "KZ.SK"
                                                              << "kz-turkestan-region";
    QTest::newRow("Abai Region: East Kazakhstan until 2022") << "kz-abai-region"
                                                             << "KZ.EK"
                                                             << "kz-east-kazakhstan-region";
    QTest::newRow("Semey, in Abai Region") << "kz-semey"
                                           << "KZ.EK"
                                           << "kz-east-kazakhstan-region";
}

void TestMapProjection::newerRegionsLieInTheRegionsTheyCameFrom()
{
    QFETCH(QString, place);
    QFETCH(QString, area);
    QFETCH(QString, firstPlaceOfArea);
    QCOMPARE(areaIdOf(place), area);
    // The place whose names match the region's comes first; the other is not dropped.
    const QStringList places = m_areas.placesIn(m_areas.areaOf(place));
    QCOMPARE(places.value(0), firstPlaceOfArea);
    QVERIFY(places.contains(m_areas.firstLevelOf(place)));
}

void TestMapProjection::townsLandInTheirRegionOnThePage_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("article 1200×675") << QSizeF(1200, 675);
    QTest::newRow("slide 1920×1080") << QSizeF(1920, 1080);
    QTest::newRow("tall 700×900") << QSizeF(700, 900);
}

// On the drawn page, after projection and simplification: each town's point is inside its
// region's shape, in the frame of its country.
void TestMapProjection::townsLandInTheirRegionOnThePage()
{
    QFETCH(QSizeF, size);
    const auto geometry =
        MapGeometry::compute(QRectF(QPointF(0, 0), size), 1.0, BaseMap::builtIn(), 50);
    for (const Place &place : m_dataset->places) {
        if (place.kind == PlaceKind::Country)
            continue;
        const MapGeometry::Frame &frame = geometry->frameOf(place.country);
        const QPointF p = frame.map({place.lon, place.lat});
        QVERIFY2(frame.rect.contains(p), qPrintable(place.id));
        const int area = m_areas.areaOf(place.id);
        // A town on its region's edge is allowed the width of a line.
        const QPainterPath &shape = geometry->areas.at(area);
        const bool inside =
            shape.contains(p) || shape.intersects(QRectF(p - QPointF(1, 1), QSizeF(2, 2)));
        QVERIFY2(inside, qPrintable(place.id));
    }
}

void TestMapProjection::framesDoNotOverlap_data()
{
    townsLandInTheirRegionOnThePage_data();
}

void TestMapProjection::framesDoNotOverlap()
{
    QFETCH(QSizeF, size);
    const QRectF page(QPointF(10, 20), size);
    const auto g = MapGeometry::compute(page, 1.2, BaseMap::builtIn(), 60);
    QVERIFY(!g->main.rect.intersects(g->inset.rect));
    QVERIFY(!g->main.rect.intersects(g->legend));
    QVERIFY(!g->inset.rect.intersects(g->legend));
    for (const QRectF &r : {g->main.rect, g->inset.rect, g->legend})
        QVERIFY(page.adjusted(-0.01, -0.01, 0.01, 0.01).contains(r));
    // Everything of the base map stays inside its frame by geometry (a vector file keeps no
    // clip): land, borders, regions, outlines.
    const QRectF mainBox = g->main.rect.adjusted(-0.01, -0.01, 0.01, 0.01);
    const QRectF insetBox = g->inset.rect.adjusted(-0.01, -0.01, 0.01, 0.01);
    QVERIFY(mainBox.contains(g->landMain.boundingRect()));
    QVERIFY(insetBox.contains(g->landInset.boundingRect()));
    for (const QPolygonF &line : g->bordersMain)
        QVERIFY(mainBox.contains(line.boundingRect()));
    for (const QPolygonF &line : g->bordersInset)
        QVERIFY(insetBox.contains(line.boundingRect()));
    for (int i = 0; i < g->areas.size(); ++i) {
        const QRectF box =
            BaseMap::builtIn().areas().at(i).country == Side::Belarus ? insetBox : mainBox;
        QVERIFY(box.contains(g->areas.at(i).boundingRect()));
    }
}

QTEST_GUILESS_MAIN(TestMapProjection)
#include "tst_mapprojection.moc"
