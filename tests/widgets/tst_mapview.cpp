#include "models/datasetloader.h"
#include "models/items/pairingmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/venturemodel.h"
#include "models/state/selectionstate.h"
#include "render/palette.h"
#include "tests/support/fixtures.h"
#include "widgets/map/maplayerbar.h"
#include "widgets/map/mapview.h"
#include "widgets/shell/detailpane.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/timeline/timelineview.h"

#include <QAccessible>
#include <QCheckBox>
#include <QHelpEvent>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>

using namespace pe;

// The map as a reader uses it: keys and clicks on regions, arcs and pins, what a screen
// reader finds in it, and how it follows and drives the window's filters and selection.
class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void arrowsStepThroughItems();
    void tabMovesBetweenGroupsThenLeaves();
    void enterOnARegionFiltersToItsPlaces();
    void enterOnAnArcOpensItsRecordsInTurn();
    void clicksActLikeEnter();
    void screenReaderFindsItemsWithCounts();
    void toolTipsEscapeTheDatasetsText();
    void layersHideTheirItems();
    void windowFiltersAndSelectsThroughTheMap();
    void timelineEventRingsItsPlaces();
    void layerBarSwitchesLayers();
    void switchesLanguageWhileRunning();

private:
    int itemIndex(MapScene::ItemKind kind, const std::function<bool(int)> &match);
    QPointF pointOnItem(int item);

    std::shared_ptr<const Dataset> m_dataset;
    std::unique_ptr<QWidget> m_window;
    MapView *m_map = nullptr;
    QLineEdit *m_after = nullptr;
    PairingModel m_pairings;
    VentureModel m_ventures;
    RecordFilterModel m_filteredPairings;
    RecordFilterModel m_filteredVentures;
    LanguageManager *m_languages = nullptr;
};

void TestMapView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(m_dataset, qPrintable(error));
    m_pairings.setDataset(m_dataset);
    m_ventures.setDataset(m_dataset);
    m_filteredPairings.setSourceModel(&m_pairings);
    m_filteredVentures.setSourceModel(&m_ventures);
    m_languages = new LanguageManager(this);
    QVERIFY(m_languages->setLanguage(QStringLiteral("en"))); // English plural forms
}

void TestMapView::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_map = new MapView;
    m_after = new QLineEdit;
    layout->addWidget(m_map, 1);
    layout->addWidget(m_after);
    m_map->setDataset(m_dataset);
    m_map->setModels(&m_filteredPairings, &m_filteredVentures);
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMapView::cleanup()
{
    m_window.reset();
    m_filteredPairings.clear();
    m_filteredVentures.clear();
}

int TestMapView::itemIndex(MapScene::ItemKind kind, const std::function<bool(int)> &match)
{
    const QList<MapScene::Item> items = m_map->items();
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).kind == kind && match(items.at(i).index))
            return i;
    }
    return -1;
}

// A point of the widget where a click lands on the item and on nothing drawn above it.
QPointF TestMapView::pointOnItem(int item)
{
    const QRect box = m_map->itemRect(item);
    for (int y = box.top(); y <= box.bottom(); y += 2) {
        for (int x = box.left(); x <= box.right(); x += 2) {
            if (m_map->itemAt(QPointF(x, y)) == item)
                return QPointF(x, y);
        }
    }
    return QPointF(-1, -1);
}

void TestMapView::arrowsStepThroughItems()
{
    m_map->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_map->hasFocus());
    QCOMPARE(m_map->focusItem(), 0);
    QSignalSpy moved(m_map, &MapView::focusItemChanged);
    QTest::keyClick(m_map, Qt::Key_Right);
    QCOMPARE(m_map->focusItem(), 1);
    QTest::keyClick(m_map, Qt::Key_Down);
    QCOMPARE(m_map->focusItem(), 2);
    QTest::keyClick(m_map, Qt::Key_Left);
    QTest::keyClick(m_map, Qt::Key_Up);
    QCOMPARE(m_map->focusItem(), 0);
    QTest::keyClick(m_map, Qt::Key_Up); // stays on the first
    QCOMPARE(m_map->focusItem(), 0);
    QTest::keyClick(m_map, Qt::Key_End);
    QCOMPARE(m_map->focusItem(), int(m_map->items().size()) - 1);
    QTest::keyClick(m_map, Qt::Key_Right); // stays on the last
    QCOMPARE(m_map->focusItem(), int(m_map->items().size()) - 1);
    QTest::keyClick(m_map, Qt::Key_Home);
    QCOMPARE(m_map->focusItem(), 0);
    QCOMPARE(moved.count(), 6);
}

void TestMapView::tabMovesBetweenGroupsThenLeaves()
{
    const MapScene &scene = m_map->scene();
    const int regions = int(scene.regions.size());
    const int arcs = int(scene.arcs.size());
    QVERIFY(regions > 0 && arcs > 0 && !scene.pins.isEmpty());
    m_map->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_map->hasFocus());
    QTest::keyClick(m_map, Qt::Key_Right);
    QTest::keyClick(m_map, Qt::Key_Tab);
    QCOMPARE(m_map->focusItem(), regions);
    QTest::keyClick(m_map, Qt::Key_Tab);
    QCOMPARE(m_map->focusItem(), regions + arcs);
    QTest::keyClick(m_map, Qt::Key_Tab);
    QTRY_VERIFY(m_after->hasFocus());
    // Back in with Shift+Tab: the last group, then the groups before it.
    QTest::keyClick(m_after, Qt::Key_Backtab);
    QTRY_VERIFY(m_map->hasFocus());
    QCOMPARE(m_map->focusItem(), regions + arcs);
    QTest::keyClick(m_map, Qt::Key_Backtab);
    QCOMPARE(m_map->focusItem(), regions);
    QTest::keyClick(m_map, Qt::Key_Backtab);
    QCOMPARE(m_map->focusItem(), 0);
    QTest::keyClick(m_map, Qt::Key_Backtab);
    QTRY_VERIFY(!m_map->hasFocus());
}

void TestMapView::enterOnARegionFiltersToItsPlaces()
{
    const MapScene &scene = m_map->scene();
    QSignalSpy filtered(m_map, &MapView::placeActivated);
    const int gomel = itemIndex(MapScene::ItemKind::Region, [&](int i) {
        return scene.regions.at(i).places == QStringList{QStringLiteral("by-gomel-region")};
    });
    QVERIFY(gomel >= 0);
    m_map->setFocus();
    QTRY_VERIFY(m_map->hasFocus());
    m_map->setFocusItem(gomel);
    QTest::keyClick(m_map, Qt::Key_Return);
    QCOMPARE(filtered.takeFirst().at(0).toString(), QStringLiteral("by-gomel-region"));
    // Again, once the filter shows it: every region again.
    m_map->setFilterPlace(QStringLiteral("by-gomel-region"));
    QTest::keyClick(m_map, Qt::Key_Enter);
    QCOMPARE(filtered.takeFirst().at(0).toString(), QString());

    // South Kazakhstan's boundaries hold Turkestan Region and Shymkent: each in turn.
    m_map->setFilterPlace(QString());
    const int south = itemIndex(MapScene::ItemKind::Region, [&](int i) {
        return scene.regions.at(i).places.contains(QStringLiteral("kz-shymkent"));
    });
    QVERIFY(south >= 0);
    m_map->setFocusItem(south);
    QStringList chosen;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(m_map, Qt::Key_Space);
        chosen.append(filtered.takeFirst().at(0).toString());
        m_map->setFilterPlace(chosen.last());
    }
    QCOMPARE(chosen, QStringList({"kz-turkestan-region", "kz-shymkent", ""}));
}

void TestMapView::enterOnAnArcOpensItsRecordsInTurn()
{
    const MapScene &scene = m_map->scene();
    QVERIFY(scene.arcs.first().count() > 1);
    const QStringList records = scene.arcs.first().pairings;
    const int arc = itemIndex(MapScene::ItemKind::Arc, [](int i) { return i == 0; });
    QSignalSpy opened(m_map, &MapView::recordActivated);
    m_map->setFocus();
    QTRY_VERIFY(m_map->hasFocus());
    m_map->setFocusItem(arc);
    for (int i = 0; i <= records.size(); ++i) {
        QTest::keyClick(m_map, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        const QString id = opened.takeFirst().at(0).toString();
        QCOMPARE(id, records.at(i % records.size()));
        m_map->setCurrentId(id); // as the window's selection does
    }
}

void TestMapView::clicksActLikeEnter()
{
    const MapScene &scene = m_map->scene();
    QSignalSpy filtered(m_map, &MapView::placeActivated);
    QSignalSpy opened(m_map, &MapView::recordActivated);

    const int karaganda = itemIndex(MapScene::ItemKind::Region, [&](int i) {
        return scene.regions.at(i).places == QStringList{QStringLiteral("kz-karaganda-region")};
    });
    const QPointF inRegion = pointOnItem(karaganda);
    QVERIFY(inRegion.x() >= 0);
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, inRegion.toPoint());
    QCOMPARE(filtered.count(), 1);
    QCOMPARE(filtered.takeFirst().at(0).toString(), QStringLiteral("kz-karaganda-region"));
    QCOMPARE(m_map->focusItem(), karaganda);

    const int kostanay = itemIndex(MapScene::ItemKind::Pin, [&](int i) {
        return scene.pins.at(i).place == QLatin1String("kz-kostanay");
    });
    const QPointF onPin = pointOnItem(kostanay);
    QVERIFY(onPin.x() >= 0);
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, onPin.toPoint());
    QCOMPARE(opened.count(), 1);
    QVERIFY(scene.pins.at(m_map->items().at(kostanay).index)
                .ventures.contains(opened.takeFirst().at(0).toString()));

    const int arc = itemIndex(MapScene::ItemKind::Arc, [&](int i) { return i == 0; });
    const QPointF onArc = pointOnItem(arc);
    QVERIFY(onArc.x() >= 0);
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, onArc.toPoint());
    QCOMPARE(opened.count(), 1);
    QVERIFY(scene.arcs.first().pairings.contains(opened.takeFirst().at(0).toString()));
    QCOMPARE(filtered.count(), 0);
}

void TestMapView::screenReaderFindsItemsWithCounts()
{
    QAccessibleInterface *map = QAccessible::queryAccessibleInterface(m_map);
    QVERIFY(map);
    QCOMPARE(map->role(), QAccessible::List);
    QCOMPARE(map->text(QAccessible::Name), QStringLiteral("Map"));
    const QList<MapScene::Item> items = m_map->items();
    QCOMPARE(map->childCount(), int(items.size()));
    const MapScene &scene = m_map->scene();
    for (int i = 0; i < map->childCount(); ++i) {
        QAccessibleInterface *child = map->child(i);
        QVERIFY(child && child->isValid());
        QCOMPARE(child->role(), QAccessible::ListItem);
        QCOMPARE(map->indexOfChild(child), i);
        QCOMPARE(child->parent(), map);
        QVERIFY(!child->rect().isEmpty());
        const QString name = child->text(QAccessible::Name);
        const int count = int(scene.recordsOf(items.at(i)).size());
        QVERIFY2(name.contains(QString::number(count)), qPrintable(name));
        QCOMPARE(child, map->child(i)); // the same interface each time
    }
    const int gomel = itemIndex(MapScene::ItemKind::Region, [&](int i) {
        return scene.regions.at(i).places == QStringList{QStringLiteral("by-gomel-region")};
    });
    QCOMPARE(map->child(gomel)->text(QAccessible::Name),
             QStringLiteral("Gomel Region: %1 partnerships")
                 .arg(scene.regions.at(items.at(gomel).index).count()));

    // The keyboard's item is the focused child.
    m_map->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_map->hasFocus());
    QTest::keyClick(m_map, Qt::Key_Right);
    QCOMPARE(map->focusChild(), map->child(1));
    QVERIFY(map->child(1)->state().focused);
    QVERIFY(!map->child(0)->state().focused);
    // Where an item is drawn, it is found.
    const QPointF inside = pointOnItem(gomel);
    QCOMPARE(map->childAt(m_map->mapToGlobal(inside.toPoint()).x(),
                          m_map->mapToGlobal(inside.toPoint()).y()),
             map->child(gomel));

    // Pressing it does what Enter does.
    QSignalSpy filtered(m_map, &MapView::placeActivated);
    QAccessibleActionInterface *action = map->child(gomel)->actionInterface();
    QVERIFY(action);
    action->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(filtered.count(), 1);
    QCOMPARE(filtered.first().at(0).toString(), QStringLiteral("by-gomel-region"));
}

void TestMapView::toolTipsEscapeTheDatasetsText()
{
    // A dataset whose names carry markup: the tooltip shows them as text.
    auto dataset = std::make_shared<Dataset>(*m_dataset);
    for (Place &place : dataset->places) {
        if (place.id == QLatin1String("kz-kostanay"))
            place.name.en = QStringLiteral("<b>Kostanay</b> & Co");
    }
    dataset->index();
    m_pairings.setDataset(dataset);
    m_ventures.setDataset(dataset);
    m_map->setDataset(dataset);
    const QPointF at = m_map->placePoint(QStringLiteral("kz-kostanay"));
    QVERIFY(!at.isNull());
    QHelpEvent help(QEvent::ToolTip, at.toPoint(), m_map->mapToGlobal(at.toPoint()));
    QApplication::sendEvent(m_map, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("&lt;b&gt;Kostanay&lt;/b&gt; &amp; Co")),
             qPrintable(QToolTip::text()));
    // Former names are in the tooltip, not on the map.
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Kustanai")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
    m_pairings.setDataset(m_dataset);
    m_ventures.setDataset(m_dataset);
}

void TestMapView::layersHideTheirItems()
{
    const MapScene &scene = m_map->scene();
    const int all = int(m_map->items().size());
    m_map->setFocusItem(all - 1);
    MapLayers layers;
    layers.pins = false;
    m_map->setLayers(layers);
    QCOMPARE(m_map->items().size(), all - scene.pins.size());
    QVERIFY(m_map->focusItem() < m_map->items().size());
    layers.arcs = false;
    layers.regions = false;
    m_map->setLayers(layers);
    QVERIFY(m_map->items().isEmpty());
    QCOMPARE(QAccessible::queryAccessibleInterface(m_map)->childCount(), 0);
    QCOMPARE(layers.hidden(), QSet<QString>({"regions", "arcs", "pins"}));
    QVERIFY(MapLayers::withHidden(layers.hidden()) == layers);
}

void TestMapView::windowFiltersAndSelectsThroughTheMap()
{
    m_window.reset();
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::View::Map);
    MapView *map = window.map();
    QVERIFY(map && map->isVisible());
    QCOMPARE(window.tabs()->tabText(int(MainWindow::View::Map)), QStringLiteral("Map"));
    QCOMPARE(window.currentExportKey(), QStringLiteral("map"));

    // Enter on a region filters every view to it.
    const MapScene &scene = map->scene();
    const int all = int(window.proxyFor(QStringLiteral("pairings"))->rowCount());
    int pavlodar = -1;
    for (int i = 0; i < map->items().size(); ++i) {
        const MapScene::Item item = map->items().at(i);
        if (item.kind == MapScene::ItemKind::Region &&
            scene.regions.at(item.index).places.contains(QStringLiteral("kz-pavlodar-region")))
            pavlodar = i;
    }
    QVERIFY(pavlodar >= 0);
    map->setFocus();
    QTRY_VERIFY(map->hasFocus());
    map->setFocusItem(pavlodar);
    QTest::keyClick(map, Qt::Key_Return);
    QCOMPARE(window.filter().place, QStringLiteral("kz-pavlodar-region"));
    const int filtered = int(window.proxyFor(QStringLiteral("pairings"))->rowCount());
    QVERIFY(filtered > 0 && filtered < all);
    // The map follows: only what touches Pavlodar Region.
    QCOMPARE(map->scene().pairingCount, filtered);
    for (const MapScene::Arc &arc : map->scene().arcs)
        QVERIFY(arc.kazakhPlace.startsWith(QLatin1String("kz-pavlodar")) ||
                arc.kazakhPlace == QLatin1String("kz-ekibastuz"));

    // An arc opens its partnership in the details, and the map stays on screen.
    int arc = -1;
    for (int i = 0; i < map->items().size(); ++i) {
        if (map->items().at(i).kind == MapScene::ItemKind::Arc) {
            arc = i;
            break;
        }
    }
    QVERIFY(arc >= 0);
    map->setFocusItem(arc);
    QTest::keyClick(map, Qt::Key_Return);
    const QString pairing = map->scene().arcs.at(map->items().at(arc).index).pairings.first();
    QCOMPARE(window.selectedId(), pairing);
    QCOMPARE(window.detailPane()->currentId(), pairing);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::View::Map));
    QCOMPARE(map->currentId(), pairing);

    // The same region again: every region.
    map->setFocusItem(pavlodar);
    QTest::keyClick(map, Qt::Key_Return);
    QCOMPARE(window.filter().place, QString());
    QCOMPARE(int(window.proxyFor(QStringLiteral("pairings"))->rowCount()), all);

    // The map's layers travel into an export of it.
    MapLayers layers;
    layers.labels = false;
    map->setLayers(layers);
    QCOMPARE(window.exportContext().hiddenSeries.value(QStringLiteral("map")),
             QSet<QString>{QStringLiteral("labels")});
}

void TestMapView::timelineEventRingsItsPlaces()
{
    m_window.reset();
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // An event in a town no partnership or venture is drawn at: Kokshetau's first stage.
    QString eventId;
    QString town;
    for (const Event &event : window.store()->dataset()->events) {
        for (const QString &place : event.places) {
            if (place == QLatin1String("kz-kokshetau") || place == QLatin1String("kz-semey")) {
                eventId = event.id;
                town = place;
            }
        }
        if (!eventId.isEmpty())
            break;
    }
    QVERIFY(!eventId.isEmpty());
    MapView *map = window.map();
    // The timeline selects it; the map, not on screen, follows.
    window.timeline()->setCurrentId(eventId);
    emit window.timeline()->currentChanged(eventId);
    QCOMPARE(map->currentId(), eventId);
    window.showView(MainWindow::View::Map);
    QTRY_VERIFY(map->isVisible());
    const QPointF at = map->placePoint(town);
    QVERIFY(!at.isNull());
    // A ring in the highlight colour around the place, as drawn on screen.
    QImage image(map->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        map->paint(&painter, QRectF(map->rect()), map->theme());
    }
    const QColor highlight = map->theme().adjust(palette::highlight());
    const auto ringed = [&](const QImage &picture) {
        int hits = 0;
        for (int angle = 0; angle < 360; angle += 15) {
            const qreal radians = angle * 3.14159265358979 / 180;
            const QPoint p = (at + QPointF(std::cos(radians), std::sin(radians)) * 6).toPoint();
            const QColor c = picture.pixelColor(p);
            hits += std::abs(c.red() - highlight.red()) < 40 &&
                    std::abs(c.green() - highlight.green()) < 40 &&
                    std::abs(c.blue() - highlight.blue()) < 40;
        }
        return hits;
    };
    const int withEvent = ringed(image);
    QVERIFY2(withEvent >= 8, qPrintable(QString::number(withEvent)));
    // Another record chosen: the ring goes.
    window.selectRecord(QStringLiteral("fn-6"));
    QCOMPARE(map->currentId(), QStringLiteral("fn-6"));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        map->paint(&painter, QRectF(map->rect()), map->theme());
    }
    // A neighbouring pin's edge may share a pixel's colour; the ring itself is gone.
    QVERIFY2(ringed(image) <= 2, qPrintable(QString::number(ringed(image))));
}

void TestMapView::layerBarSwitchesLayers()
{
    m_window.reset();
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.showView(MainWindow::View::Map);
    auto *bar = window.findChild<MapLayerBar *>();
    QVERIFY(bar);
    auto *pins = bar->findChild<QCheckBox *>(QStringLiteral("pinsLayer"));
    QVERIFY(pins && pins->isChecked());
    const int before = int(window.map()->items().size());
    pins->click();
    QVERIFY(!window.map()->layers().pins);
    QCOMPARE(window.map()->items().size(), before - window.map()->scene().pins.size());
    pins->click();
    QVERIFY(window.map()->layers().pins);
}

void TestMapView::switchesLanguageWhileRunning()
{
    m_window.reset();
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.showView(MainWindow::View::Map);
    MapView *map = window.map();
    // Regions are in each language's alphabetical order: Gomel Region is looked for each time.
    const auto gomelText = [map] {
        for (int i = 0; i < map->items().size(); ++i) {
            const MapScene::Item item = map->items().at(i);
            if (item.kind == MapScene::ItemKind::Region &&
                map->scene()
                    .regions.at(item.index)
                    .places.contains(QStringLiteral("by-gomel-region")))
                return map->itemText(i);
        }
        return QString();
    };
    QVERIFY(m_languages->setLanguage(QStringLiteral("ru")));
    // The dataset's names and the map's own words, without a restart.
    QCOMPARE(gomelText(), QStringLiteral("Гомельская область: 14 партнёрств"));
    // Widgets retranslate on the LanguageChange event, which is posted.
    QTRY_COMPARE(QAccessible::queryAccessibleInterface(map)->text(QAccessible::Name),
                 QStringLiteral("Карта"));
    QCOMPARE(window.tabs()->tabText(int(MainWindow::View::Map)), QStringLiteral("Карта"));
    // Kazakh and Belarusian readers see the dataset's Russian names, in their own words.
    QVERIFY(m_languages->setLanguage(QStringLiteral("be")));
    QCOMPARE(gomelText(), QStringLiteral("Гомельская область: 14 партнёрстваў"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QCOMPARE(gomelText(), QStringLiteral("Gomel Region: 14 partnerships"));
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
