#include "models/datasetloader.h"
#include "models/items/eventmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/roles.h"
#include "render/export/exportcontext.h"
#include "render/palette.h"
#include "render/viewtheme.h"
#include "widgets/timeline/timelineexportsource.h"
#include "widgets/timeline/timelineview.h"

#include <QBuffer>
#include <QDate>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTest>
#include <QToolTip>
#include <QTranslator>

#include <memory>

using namespace pe;

namespace {

// The SVG of a 1600×1000 drawing: its text can be searched for what was drawn.
QString svgOfDrawing(const std::function<void(QPainter *, const QRectF &)> &draw)
{
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(1600, 1000));
    generator.setViewBox(QRect(0, 0, 1600, 1000));
    QPainter painter(&generator);
    draw(&painter, QRectF(0, 0, 1600, 1000));
    painter.end();
    return QString::fromUtf8(buffer.data());
}

} // namespace

namespace {

// A plain model answering the roles the timeline reads, for shapes the fixtures lack
// (a crowded year, thousands of events).
struct SyntheticEvent
{
    QString id;
    int dateKey;
    QString category;
    QString title;
};

std::unique_ptr<QStandardItemModel> syntheticModel(const QList<SyntheticEvent> &events)
{
    auto model = std::make_unique<QStandardItemModel>(0, 1);
    for (const SyntheticEvent &e : events) {
        auto *item = new QStandardItem;
        item->setData(e.id, IdRole);
        item->setData(e.dateKey, DateKeyRole);
        item->setData(e.dateKey / 10000, YearRole);
        item->setData(QVariant::fromValue(fromKey<Category>(e.category).value()), CategoryRole);
        item->setData(e.title, TitleRole);
        item->setData(QString::number(e.dateKey), Qt::DisplayRole);
        model->appendRow(item);
    }
    return model;
}

// count events spread over one year, a fortnight apart at most.
QList<SyntheticEvent> crowdedYear(int year, int count, const QString &category)
{
    QList<SyntheticEvent> events;
    const QDate start(year, 1, 10);
    for (int i = 0; i < count; ++i) {
        const QDate date = start.addDays(i * 340 / count);
        events.append({QStringLiteral("%1-%2").arg(category).arg(i),
                       date.year() * 10000 + date.month() * 100 + date.day(), category,
                       QStringLiteral("Event %1 of the crowded year").arg(i)});
    }
    return events;
}

QList<SyntheticEvent> randomEvents(int count, quint32 seed)
{
    static const QStringList categories = {"diplomacy",   "treaties", "trade",     "industry",
                                           "agriculture", "regions",  "education", "transport"};
    QRandomGenerator random(seed);
    QList<SyntheticEvent> events;
    for (int i = 0; i < count; ++i) {
        const int year = 1992 + random.bounded(31);
        const int precision = random.bounded(10); // mostly days, some months and years
        const int month = precision < 2 ? 0 : 1 + random.bounded(12);
        const int day = precision < 4 ? 0 : 1 + random.bounded(28);
        events.append(
            {QStringLiteral("ev-%1").arg(i), year * 10000 + month * 100 + day,
             categories.at(random.bounded(int(categories.size()))),
             QStringLiteral("Synthetic event number %1 with a title of some length").arg(i)});
    }
    return events;
}

// Share of pixels that differ from the background.
double inkRatio(const QImage &image, const QColor &background)
{
    const QRgb bg = background.rgb();
    qint64 differing = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] & 0xFFFFFF) != (bg & 0xFFFFFF))
                ++differing;
        }
    }
    return double(differing) / (qint64(image.width()) * image.height());
}

bool containsColour(const QImage &image, const QColor &colour, int tolerance = 6)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            if (std::abs(qRed(p) - colour.red()) <= tolerance &&
                std::abs(qGreen(p) - colour.green()) <= tolerance &&
                std::abs(qBlue(p) - colour.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

QImage render(TimelineView &view, const QSize &size, qreal scale, const ViewTheme &theme)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(theme.background);
    QPainter painter(&image);
    view.paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
    painter.end();
    return image;
}

// Periods and a minimum span as the main window passes them for the built-in dataset.
const TimelinePeriods bookPeriods = {
    {2009.0, 2017.0, QStringLiteral("Economic cooperation programme 2009–2016")},
    {2017.0 + 10.0 / 12.0, 2027.0, QStringLiteral("Treaty on economic cooperation 2017–2026")},
};

} // namespace

class TestTimelineView : public QObject
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
    void followsLanguage();
    void keyboardNavigation();
    void navigationSkipsFilteredOut();
    void setCurrentIdSelectsWithoutSignal();
    void rangeApi();
    void rangeWithoutMinimum();
    void periodsAreInputs();
    void exportDrawsTheDatasetPeriods();
    void zoomKeys();
    void clustersWhenCrowded();
    void enterExpandsCluster();
    void clickSelectsAndExpands();
    void doubleClickActivatesYear();
    void toolTips();
    void paintsIntoImage_data();
    void paintsIntoImage();
    void paintsAtAnyScaleInTurn();
    void paintsIntoSvg();
    void paintsIntoPdf();
    void builtInDataset();
    void fontScaleEnlargesEverything();
    void screenTheme();
    void retranslates();

private:
    std::shared_ptr<const Dataset> m_small;
    std::unique_ptr<EventModel> m_events;
    std::unique_ptr<RecordFilterModel> m_proxy;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const LoadResult result = DatasetLoader::loadFile(QFINDTESTDATA("../data/small.json"));
    QVERIFY(result.ok());
    m_small = result.dataset;
}

void TestTimelineView::init()
{
    m_events = std::make_unique<EventModel>();
    m_proxy = std::make_unique<RecordFilterModel>();
    m_proxy->setSourceModel(m_events.get());
    m_events->setDataset(m_small);
    m_view = std::make_unique<TimelineView>();
    m_view->resize(1400, 700);
    m_view->setPeriods(bookPeriods);
    m_view->setMinimumRange(1992.0, 2023.0);
    m_view->setModel(m_proxy.get());
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_proxy.reset();
    m_events.reset();
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

void TestTimelineView::followsLanguage()
{
    m_view->setCurrentId(QStringLiteral("ev-1996"));
    auto svgOf = [this] {
        QBuffer buffer;
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(1200, 700));
        generator.setViewBox(QRect(0, 0, 1200, 700));
        QPainter painter(&generator);
        m_view->paint(&painter, QRectF(0, 0, 1200, 700), ViewTheme::light());
        painter.end();
        return QString::fromUtf8(buffer.data());
    };
    QVERIFY(svgOf().contains(QStringLiteral("Friendship treaty")));
    m_events->setLanguage(QStringLiteral("fr")); // emits dataChanged
    const QString french = svgOf();
    QVERIFY(french.contains(QStringLiteral("Traité")));
    QVERIFY(!french.contains(QStringLiteral("Friendship treaty")));
}

void TestTimelineView::keyboardNavigation()
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

void TestTimelineView::navigationSkipsFilteredOut()
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

void TestTimelineView::setCurrentIdSelectsWithoutSignal()
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

void TestTimelineView::periodsAreInputs()
{
    auto svgOf = [](TimelineView &view) {
        return svgOfDrawing(
            [&view](QPainter *p, const QRectF &r) { view.paint(p, r, ViewTheme::light()); });
    };
    TimelineView view;
    view.setModel(m_proxy.get());
    QVERIFY(view.periods().isEmpty());
    QVERIFY(!svgOf(view).contains(QStringLiteral("Economic cooperation programme")));
    view.setPeriods({{2000.0, 2005.0, QStringLiteral("A period of the data")}});
    QCOMPARE(view.periods().size(), 1);
    const QString svg = svgOf(view);
    QVERIFY(svg.contains(QStringLiteral("A period of the data")));
    QVERIFY(!svg.contains(QStringLiteral("Treaty on economic cooperation")));
}

void TestTimelineView::exportDrawsTheDatasetPeriods()
{
    // The export builds its own view from the dataset: the periods and span it declares.
    const LoadResult builtIn = DatasetLoader::loadFile(DatasetLoader::builtInPath());
    QVERIFY(builtIn.ok());
    const auto svgOfExport = [](std::shared_ptr<const Dataset> dataset) {
        ExportContext context;
        context.dataset = std::move(dataset);
        TimelineExportSource source(context);
        return svgOfDrawing(
            [&source](QPainter *p, const QRectF &r) { source.paint(p, r, ViewTheme::light()); });
    };
    const QString svg = svgOfExport(builtIn.dataset);
    QVERIFY(svg.contains(QStringLiteral("Economic cooperation programme 2009–2016")));
    QVERIFY(svg.contains(QStringLiteral("Cooperation treaty 2017–2026")));
    QVERIFY(svg.contains(QStringLiteral(">1992<"))); // the dataset's span, from 1992
    // Without periods and metadata: no band, and the axis spans the data alone.
    auto bare = std::make_shared<Dataset>(*builtIn.dataset);
    bare->periods.clear();
    bare->metadata = DatasetMetadata();
    const QString plain = svgOfExport(bare);
    QVERIFY(!plain.contains(QStringLiteral("Economic cooperation programme")));
    QVERIFY(!plain.contains(QStringLiteral("Cooperation treaty")));
    // The fixture (version 1: no metadata) has events from 1996 to 2012: its axis is theirs.
    QVERIFY(!svgOfExport(m_small).contains(QStringLiteral(">1992<")));
}

void TestTimelineView::zoomKeys()
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

void TestTimelineView::enterExpandsCluster()
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

void TestTimelineView::clickSelectsAndExpands()
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

void TestTimelineView::doubleClickActivatesYear()
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

void TestTimelineView::toolTips()
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

void TestTimelineView::paintsIntoImage_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("light 1x") << "light" << 1.0;
    QTest::newRow("light 2x") << "light" << 2.0;
    QTest::newRow("dark 1x") << "dark" << 1.0;
    QTest::newRow("print 1x") << "print" << 1.0;
}

void TestTimelineView::paintsIntoImage()
{
    QFETCH(QString, theme);
    QFETCH(qreal, scale);
    const ViewTheme t = ViewTheme::fromName(theme);
    m_view->setCurrentId(QStringLiteral("ev-2011"));
    m_view->setMarkedYear(2011);
    const QImage image = render(*m_view, QSize(1600, 1000), scale, t);
    QCOMPARE(image.size(), QSize(1600, 1000) * scale);
    const double ink = inkRatio(image, t.background);
    QVERIFY2(ink > 0.01, qPrintable(QString::number(ink)));
    QVERIFY2(ink < 0.95, qPrintable(QString::number(ink)));

    // At the widget's own size the export has the widget's geometry: the 1996 treaty's
    // dot is where the widget says, in its category's colour.
    m_view->resize(1600, 1000);
    const QPointF dot = m_view->markerRect(QStringLiteral("ev-1996")).center() * scale;
    const QColor expected = t.adjust(palette::category(Category::Treaties));
    const QColor actual = image.pixelColor(dot.toPoint());
    QVERIFY2(std::abs(actual.red() - expected.red()) < 8 &&
                 std::abs(actual.green() - expected.green()) < 8 &&
                 std::abs(actual.blue() - expected.blue()) < 8,
             qPrintable(actual.name() + QStringLiteral(" is not ") + expected.name()));
    if (!t.greyscale)
        QVERIFY(containsColour(image, palette::highlight())); // selection and marked year

    // The same view painted with nothing to show leaves the lanes empty.
    m_proxy->setSearchText(QStringLiteral("no such words"));
    const QImage empty = render(*m_view, QSize(1600, 1000), scale, t);
    if (!t.greyscale)
        QVERIFY(!containsColour(empty, t.adjust(palette::category(Category::Regions))));
    QVERIFY(inkRatio(empty, t.background) < ink);

    // The widget's size does not matter to an export.
    m_proxy->clear();
    m_view->resize(500, 300);
    QCOMPARE(render(*m_view, QSize(1600, 1000), scale, t), image);
}

void TestTimelineView::paintsAtAnyScaleInTurn()
{
    // Markers drawn once and reused must never leak from one scale or theme to another.
    auto model = syntheticModel(randomEvents(300, 5));
    TimelineView fresh;
    fresh.setPeriods(bookPeriods);
    fresh.setMinimumRange(1992.0, 2023.0);
    fresh.setModel(model.get());
    m_view->setModel(model.get());
    render(*m_view, QSize(1200, 800), 1, ViewTheme::light());
    render(*m_view, QSize(1200, 800), 2, ViewTheme::dark());
    QCOMPARE(render(*m_view, QSize(1200, 800), 2, ViewTheme::light()),
             render(fresh, QSize(1200, 800), 2, ViewTheme::light()));
}

void TestTimelineView::paintsIntoSvg()
{
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(1600, 1000));
    generator.setViewBox(QRect(0, 0, 1600, 1000));
    generator.setTitle(QStringLiteral("Timeline"));
    QPainter painter;
    QVERIFY(painter.begin(&generator));
    m_view->paint(&painter, QRectF(0, 0, 1600, 1000), ViewTheme::light());
    QVERIFY(painter.end());
    const QString svg = QString::fromUtf8(buffer.data());
    QVERIFY(svg.contains(QStringLiteral("<svg")));
    QVERIFY(svg.contains(QStringLiteral("Friendship treaty")));
    QVERIFY(svg.contains(QStringLiteral("Economic cooperation programme 2009–2016")));
    QVERIFY(svg.contains(QStringLiteral("Treaties"))); // lane label and legend
    QVERIFY(svg.contains(QStringLiteral(">2010<")) || svg.contains(QStringLiteral(">2011<")));
}

void TestTimelineView::paintsIntoPdf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        QPainter painter;
        QVERIFY(painter.begin(&writer));
        m_view->setCurrentId(QStringLiteral("ev-2010"));
        m_view->paint(&painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())),
                      ViewTheme::print());
        QVERIFY(painter.end());
    }
    QVERIFY(buffer.data().startsWith("%PDF"));
    QVERIFY(buffer.data().size() > 5000);
}

void TestTimelineView::builtInDataset()
{
    const LoadResult result = DatasetLoader::loadFile(DatasetLoader::builtInPath());
    QVERIFY(result.ok());
    EventModel events;
    RecordFilterModel proxy;
    proxy.setSourceModel(&events);
    events.setDataset(result.dataset);
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

void TestTimelineView::fontScaleEnlargesEverything()
{
    const QRectF normal = m_view->markerRect(QStringLiteral("ev-1996"));
    const QRectF plot = m_view->plotArea();
    m_view->setFontScale(1.6);
    QCOMPARE(m_view->fontScale(), 1.6);
    const QRectF large = m_view->markerRect(QStringLiteral("ev-1996"));
    QVERIFY(large.width() > normal.width() * 1.5);
    QVERIFY(m_view->plotArea().width() < plot.width()); // wider lane labels
    QVERIFY(inkRatio(render(*m_view, QSize(1280, 720), 1, ViewTheme::dark()),
                     ViewTheme::dark().background) > 0.01);
}

void TestTimelineView::screenTheme()
{
    const QColor base = m_view->palette().color(QPalette::Base);
    QCOMPARE(m_view->grab().toImage().pixelColor(6, 3), base);
    m_view->setTheme(ViewTheme::dark());
    QCOMPARE(m_view->theme().background, ViewTheme::dark().background);
    QCOMPARE(m_view->grab().toImage().pixelColor(6, 3), ViewTheme::dark().background);
}

namespace {
// Marks every string it translates, so a test sees which texts went through tr().
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QLatin1Char('[') + QString::fromUtf8(sourceText) + QLatin1Char(']');
    }
};
} // namespace

void TestTimelineView::retranslates()
{
    QCOMPARE(m_view->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(m_view->accessibleName(), QStringLiteral("Timeline"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(m_view->accessibleName(), QStringLiteral("[Timeline]"));

    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(1600, 1000));
    generator.setViewBox(QRect(0, 0, 1600, 1000));
    QPainter painter(&generator);
    m_view->paint(&painter, QRectF(0, 0, 1600, 1000), ViewTheme::light());
    painter.end();
    const QString svg = QString::fromUtf8(buffer.data());
    // Period labels come translated from whoever sets them: drawn as given.
    QVERIFY(svg.contains(QStringLiteral(">Economic cooperation programme 2009–2016<")));
    QVERIFY(svg.contains(QStringLiteral("[Treaties]")));  // lane label and legend
    QVERIFY(svg.contains(QStringLiteral("[year only]"))); // precision key

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(m_view->accessibleName(), QStringLiteral("Timeline"));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
