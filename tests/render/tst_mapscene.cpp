#include "models/items/pairingmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/venturemodel.h"
#include "render/map/maplayout.h"
#include "render/map/maprenderer.h"
#include "render/map/mapscene.h"
#include "render/map/placeareas.h"
#include "render/viewtheme.h"
#include "tests/support/fixtures.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

using namespace pe;

// What the map draws for a set of records: every partnership and venture is either drawn
// (arc, pin) or counted as not placed, regions count what touches them, a filter changes the
// picture, and the placement keeps labels apart and inside their frames.
class TestMapScene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void arcsMatchThePartnerships();
    void pinsMatchTheVentures();
    void regionsCountThePartnershipsTouchingThem();
    void filterChangesWhatIsDrawn();
    void itemsFollowTheLayers();
    void describesItemsWithTheirCounts();
    void namesFollowTheLanguage();
    void capitalsAreMarked();
    void labelsNeitherCollideNorLeaveTheirFrame_data();
    void labelsNeitherCollideNorLeaveTheirFrame();
    void drawsInsideItsRect();
    void legendGivesWayOnSmallPages();

private:
    MapScene build(const RecordFilter &filter, const QString &language = QStringLiteral("en"));

    std::shared_ptr<const Dataset> m_dataset;
    PlaceAreas m_areas;
    MapScene m_all;
};

void TestMapScene::initTestCase()
{
    QString error;
    m_dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(m_dataset, qPrintable(error));
    m_areas = PlaceAreas(*m_dataset, BaseMap::builtIn());
    m_all = build(RecordFilter());
}

MapScene TestMapScene::build(const RecordFilter &filter, const QString &language)
{
    PairingModel pairings;
    VentureModel ventures;
    RecordFilterModel filteredPairings;
    RecordFilterModel filteredVentures;
    for (DatasetModel *model :
         {static_cast<DatasetModel *>(&pairings), static_cast<DatasetModel *>(&ventures)}) {
        model->setLanguage(language);
        model->setDataset(m_dataset);
    }
    filteredPairings.setSourceModel(&pairings);
    filteredPairings.setFilter(filter);
    filteredVentures.setSourceModel(&ventures);
    filteredVentures.setFilter(filter);
    return MapScene::build(*m_dataset, BaseMap::builtIn(), m_areas, recordIdsOf(&filteredPairings),
                           recordIdsOf(&filteredVentures), language);
}

void TestMapScene::arcsMatchThePartnerships()
{
    QCOMPARE(m_all.pairingCount, int(m_dataset->pairings.size()));
    QHash<QString, int> drawn;
    QSet<std::pair<QString, QString>> ends;
    for (const MapScene::Arc &arc : std::as_const(m_all.arcs)) {
        QVERIFY2(!ends.contains({arc.belarusPlace, arc.kazakhPlace}), qPrintable(arc.name));
        ends.insert({arc.belarusPlace, arc.kazakhPlace});
        QCOMPARE(arc.count(), int(arc.pairings.size()));
        for (const QString &id : arc.pairings) {
            ++drawn[id];
            const Pairing *p = m_dataset->pairing(id);
            QVERIFY(p);
            // The arc joins exactly the places the two sides name.
            QCOMPARE(p->belarusianSide.place, arc.belarusPlace);
            QCOMPARE(p->kazakhSide.place, arc.kazakhPlace);
        }
    }
    for (const QString &id : std::as_const(m_all.pairingsWithoutArc)) {
        QVERIFY(!drawn.contains(id));
        const Pairing *p = m_dataset->pairing(id);
        const Place *belarus = m_dataset->place(p->belarusianSide.place);
        const Place *kazakh = m_dataset->place(p->kazakhSide.place);
        // Not drawn only because a side names no place below its country.
        QVERIFY2(!belarus || belarus->kind == PlaceKind::Country || !kazakh ||
                     kazakh->kind == PlaceKind::Country,
                 qPrintable(id));
    }
    // Each partnership once: in an arc or among those the map cannot draw.
    for (const Pairing &p : m_dataset->pairings)
        QCOMPARE(drawn.value(p.id) + int(m_all.pairingsWithoutArc.count(p.id)), 1);
    QVERIFY(!m_all.arcs.isEmpty());
    // Busiest first.
    for (int i = 1; i < m_all.arcs.size(); ++i)
        QVERIFY(m_all.arcs.at(i - 1).count() >= m_all.arcs.at(i).count());
}

void TestMapScene::pinsMatchTheVentures()
{
    QCOMPARE(m_all.ventureCount, int(m_dataset->ventures.size()));
    QHash<QString, QStringList> pinned; // venture → places of its pins
    for (const MapScene::Pin &pin : std::as_const(m_all.pins)) {
        const Place *place = m_dataset->place(pin.place);
        QVERIFY(place && place->kind != PlaceKind::Country);
        QCOMPARE(pin.regionOnly, place->kind == PlaceKind::Region);
        for (const QString &id : pin.ventures)
            pinned[id].append(pin.place);
    }
    for (const Venture &v : m_dataset->ventures) {
        QStringList expected;
        for (const QString &placeId : v.places) {
            if (m_dataset->place(placeId)->kind != PlaceKind::Country)
                expected.append(placeId);
        }
        QStringList actual = pinned.value(v.id);
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
        QCOMPARE(m_all.venturesWithoutPin.contains(v.id), expected.isEmpty());
    }
}

void TestMapScene::regionsCountThePartnershipsTouchingThem()
{
    // Counted here from the places table, apart from the scene's own code.
    QHash<int, QSet<QString>> expected;
    for (const Pairing &p : m_dataset->pairings) {
        for (const Party *side : {&p.belarusianSide, &p.kazakhSide}) {
            const int area = m_areas.areaOf(side->place);
            if (area >= 0)
                expected[area].insert(p.id);
        }
    }
    int shaded = 0;
    for (const MapScene::Region &region : std::as_const(m_all.regions)) {
        QCOMPARE(QSet<QString>(region.pairings.cbegin(), region.pairings.cend()),
                 expected.value(region.area));
        shaded += region.count() > 0;
    }
    QCOMPARE(shaded, int(expected.size()));
    // Gomel Region has the most partnerships in the book.
    const auto busiest = std::max_element(
        m_all.regions.cbegin(), m_all.regions.cend(),
        [](const MapScene::Region &a, const MapScene::Region &b) { return a.count() < b.count(); });
    QCOMPARE(busiest->places.value(0), QStringLiteral("by-gomel-region"));
    QCOMPARE(m_all.maxRegionCount(), busiest->count());
}

void TestMapScene::filterChangesWhatIsDrawn()
{
    RecordFilter filter;
    filter.place = QStringLiteral("kz-kostanay-region");
    const MapScene filtered = build(filter);
    QVERIFY(filtered.pairingCount > 0);
    QVERIFY(filtered.pairingCount < m_all.pairingCount);
    QVERIFY(filtered.arcs.size() < m_all.arcs.size());
    for (const MapScene::Arc &arc : filtered.arcs)
        QCOMPARE(m_areas.firstLevelOf(arc.kazakhPlace), QStringLiteral("kz-kostanay-region"));
    for (const MapScene::Pin &pin : filtered.pins)
        QCOMPARE(m_areas.firstLevelOf(pin.place), QStringLiteral("kz-kostanay-region"));
    // Only Kostanay Region and its partners are shaded.
    for (const MapScene::Region &region : filtered.regions) {
        if (region.country == Side::Kazakhstan && region.count() > 0)
            QCOMPARE(region.places, QStringList{QStringLiteral("kz-kostanay-region")});
    }

    RecordFilter years;
    years.fromYear = 2009;
    years.toYear = 2013;
    const MapScene early = build(years);
    QVERIFY(early.pairingCount < m_all.pairingCount);
    // Partnerships with no year are kept by a year range (RecordFilterModel).
    for (const MapScene::Arc &arc : early.arcs) {
        for (const QString &id : arc.pairings) {
            const int year = m_dataset->pairing(id)->year;
            QVERIFY2(year == 0 || (year >= 2009 && year <= 2013), qPrintable(id));
        }
    }

    RecordFilter nothing;
    nothing.text = QStringLiteral("no such words anywhere");
    const MapScene empty = build(nothing);
    QCOMPARE(empty.pairingCount, 0);
    QVERIFY(empty.arcs.isEmpty());
    QVERIFY(empty.pins.isEmpty());
    // The regions are still drawn, unshaded.
    QCOMPARE(empty.regions.size(), m_all.regions.size());
    QCOMPARE(empty.maxRegionCount(), 0);
}

void TestMapScene::itemsFollowTheLayers()
{
    const QList<MapScene::Item> all = m_all.items(true, true, true);
    QCOMPARE(all.size(), m_all.regions.size() + m_all.arcs.size() + m_all.pins.size());
    QCOMPARE(all.first().kind, MapScene::ItemKind::Region);
    QCOMPARE(all.last().kind, MapScene::ItemKind::Pin);
    const QList<MapScene::Item> arcsOnly = m_all.items(false, true, false);
    QCOMPARE(arcsOnly.size(), m_all.arcs.size());
    for (const MapScene::Item &item : arcsOnly)
        QCOMPARE(item.kind, MapScene::ItemKind::Arc);
    // Belarus's regions come first.
    QCOMPARE(m_all.regions.first().country, Side::Belarus);
    QCOMPARE(m_all.regions.last().country, Side::Kazakhstan);
}

void TestMapScene::describesItemsWithTheirCounts()
{
    for (int i = 0; i < m_all.regions.size(); ++i) {
        const QString text = m_all.describe({MapScene::ItemKind::Region, i});
        QVERIFY2(text.startsWith(m_all.regions.at(i).name), qPrintable(text));
        QVERIFY2(text.contains(QString::number(m_all.regions.at(i).count())), qPrintable(text));
    }
    const QString arc = m_all.describe({MapScene::ItemKind::Arc, 0});
    QVERIFY2(arc.contains(QString::number(m_all.arcs.first().count())), qPrintable(arc));
    const QString pin = m_all.describe({MapScene::ItemKind::Pin, 0});
    QVERIFY2(pin.contains(m_all.pins.first().name), qPrintable(pin));
    QVERIFY2(pin.contains(QString::number(m_all.pins.first().count())), qPrintable(pin));
    // A region holding a newer one names both.
    const auto south =
        std::find_if(m_all.regions.cbegin(), m_all.regions.cend(), [](const MapScene::Region &r) {
            return r.places.contains(QStringLiteral("kz-shymkent"));
        });
    QVERIFY(south != m_all.regions.cend());
    QVERIFY2(south->name.contains(QStringLiteral("Turkestan Region")) &&
                 south->name.contains(QStringLiteral("Shymkent")),
             qPrintable(south->name));
}

void TestMapScene::namesFollowTheLanguage()
{
    const MapScene russian = build(RecordFilter(), QStringLiteral("ru"));
    const auto gomel = std::find_if(russian.regions.cbegin(), russian.regions.cend(),
                                    [](const MapScene::Region &r) {
                                        return r.places.contains(QStringLiteral("by-gomel-region"));
                                    });
    QVERIFY(gomel != russian.regions.cend());
    QCOMPARE(gomel->name, QStringLiteral("Гомельская область"));
    QCOMPARE(russian.kazakhstanName, QStringLiteral("Казахстан"));
}

void TestMapScene::capitalsAreMarked()
{
    QStringList capitals;
    for (const MapScene::PlaceMark &mark : m_all.places) {
        if (mark.capital)
            capitals.append(mark.place);
    }
    capitals.sort();
    QCOMPARE(capitals, QStringList({QStringLiteral("by-minsk"), QStringLiteral("kz-astana")}));
    // Capitals are labelled first, even with nothing drawn there.
    RecordFilter nothing;
    nothing.text = QStringLiteral("no such words anywhere");
    const MapScene empty = build(nothing);
    QCOMPARE(empty.places.size(), 2);
}

void TestMapScene::labelsNeitherCollideNorLeaveTheirFrame_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("fontPoints");
    QTest::newRow("screen 1100×700") << QSize(1100, 700) << 10.0;
    QTest::newRow("article 1200×675") << QSize(1144, 520) << 12.0;
    QTest::newRow("slide 1920×1080") << QSize(1850, 860) << 15.0;
    QTest::newRow("tall 700×900") << QSize(700, 900) << 10.0;
}

void TestMapScene::labelsNeitherCollideNorLeaveTheirFrame()
{
    QFETCH(QSize, size);
    QFETCH(qreal, fontPoints);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    ViewTheme theme = ViewTheme::light();
    theme.baseFontPointSize = fontPoints;
    MapRenderer renderer;
    const MapLayout layout =
        renderer.layout(&image, QRectF(QPointF(0, 0), QSizeF(size)), theme, m_all, MapLayers(), {});
    QVERIFY(layout.isValid());
    const MapGeometry &g = layout.geometry();
    QVERIFY(!layout.labels.isEmpty());
    QStringList names;
    for (int i = 0; i < layout.labels.size(); ++i) {
        const QRectF a = layout.labels.at(i).rect;
        names.append(layout.labels.at(i).text);
        QVERIFY2(g.main.rect.contains(a) || g.inset.rect.contains(a),
                 qPrintable(layout.labels.at(i).text));
        for (int j = i + 1; j < layout.labels.size(); ++j)
            QVERIFY2(!a.intersects(layout.labels.at(j).rect),
                     qPrintable(layout.labels.at(i).text + QStringLiteral(" / ") +
                                layout.labels.at(j).text));
        for (const MapLayout::Pin &pin : layout.pins)
            QVERIFY2(!a.intersects(pin.shape.boundingRect()), qPrintable(layout.labels.at(i).text));
    }
    // The two capitals are always named.
    QVERIFY2(names.contains(QStringLiteral("Minsk")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("Astana")), qPrintable(names.join(u',')));
    // Every arc and pin stays on the page.
    const QRectF page = g.rect.adjusted(-0.01, -0.01, 0.01, 0.01);
    for (const QPainterPath &arc : layout.arcs)
        QVERIFY(page.contains(arc.boundingRect()));
    for (const MapLayout::Pin &pin : layout.pins)
        QVERIFY(g.main.rect.contains(pin.shape.boundingRect()) ||
                g.inset.rect.contains(pin.shape.boundingRect()));
    QCOMPARE(layout.arcs.size(), m_all.arcs.size());
    QCOMPARE(layout.pins.size(), m_all.pins.size());
    QCOMPARE(layout.scaleBars.size(), 2);
}

void TestMapScene::drawsInsideItsRect()
{
    // Drawn into a part of a larger picture, nothing lands outside that part.
    QImage image(QSize(1400, 900), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::red);
    const QRectF rect(100, 80, 1200, 700);
    {
        QPainter painter(&image);
        MapRenderer().paint(&painter, rect, ViewTheme::light(), m_all, MapLayers(), MapEmphasis());
    }
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (rect.adjusted(-1, -1, 1, 1).contains(QPointF(x, y)))
                continue;
            QCOMPARE(image.pixelColor(x, y), QColor(Qt::red));
        }
    }
    // And it drew something: water, land and shaded regions are not one colour.
    QSet<QRgb> colours;
    for (int x = 120; x < 1280; x += 7)
        colours.insert(image.pixel(x, 400));
    QVERIFY(colours.size() > 5);
}

// Type large for the page (presentation mode on a small window, the print preset): the legend
// leaves out blocks rather than run past its box, and the frames keep most of the page.
void TestMapScene::legendGivesWayOnSmallPages()
{
    QImage image(QSize(10, 10), QImage::Format_ARGB32_Premultiplied);
    ViewTheme theme = ViewTheme::light();
    for (const qreal points : {10.0, 16.0, 24.0}) {
        theme.baseFontPointSize = points;
        const QRectF page(0, 0, 760, 420);
        const MapLayout layout = MapRenderer().layout(&image, page, theme, m_all, MapLayers(), {});
        const MapGeometry &g = layout.geometry();
        QVERIFY2(layout.legend.height() <= g.legend.height() + 0.5,
                 qPrintable(QString::number(points)));
        QVERIFY(g.legend.bottom() <= page.bottom() + 0.5);
        QVERIFY(g.main.rect.height() >= page.height() * 0.5);
    }
}

QTEST_MAIN(TestMapScene)
#include "tst_mapscene.moc"
