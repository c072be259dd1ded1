#include "models/items/eventmodel.h"
#include "models/items/recordfiltermodel.h"
#include "render/export/exportcontext.h"
#include "render/palette.h"
#include "render/viewtheme.h"
#include "tests/support/imageinspection.h"
#include "tests/support/syntheticevents.h"
#include "tests/support/timelinesuite.h"
#include "widgets/timeline/timelineexportsource.h"
#include "widgets/timeline/timelineview.h"

#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTest>
#include <QTranslator>

#include <cstdlib>
#include <functional>
#include <memory>

using namespace pe;
using test::bookPeriods;
using test::containsColour;
using test::inkRatio;
using test::randomEvents;
using test::render;
using test::syntheticModel;

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

// The timeline drawn for the screen and for export (image, SVG, PDF) in every theme and at
// any scale, with the periods it is given and the language the reader chose.
class TestTimelinePainting : public test::TimelineSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void followsLanguage();
    void periodsAreInputs();
    void exportDrawsTheDatasetPeriods();
    void paintsIntoImage_data();
    void paintsIntoImage();
    void paintsAtAnyScaleInTurn();
    void paintsIntoSvg();
    void paintsIntoPdf();
    void fontScaleEnlargesEverything();
    void screenTheme();
    void retranslates();
};

void TestTimelinePainting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(loadFixtures(&error), qPrintable(error));
}

void TestTimelinePainting::init()
{
    createView();
}

void TestTimelinePainting::cleanup()
{
    destroyView();
}

void TestTimelinePainting::followsLanguage()
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

void TestTimelinePainting::periodsAreInputs()
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

void TestTimelinePainting::exportDrawsTheDatasetPeriods()
{
    // The export builds its own view from the dataset: the periods and span it declares.
    const auto svgOfExport = [](std::shared_ptr<const Dataset> dataset) {
        ExportContext context;
        context.dataset = std::move(dataset);
        TimelineExportSource source(context);
        return svgOfDrawing(
            [&source](QPainter *p, const QRectF &r) { source.paint(p, r, ViewTheme::light()); });
    };
    const QString svg = svgOfExport(m_builtIn);
    QVERIFY(svg.contains(QStringLiteral("Economic cooperation programme 2009–2016")));
    QVERIFY(svg.contains(QStringLiteral("Cooperation treaty 2017–2026")));
    QVERIFY(svg.contains(QStringLiteral(">1992<"))); // the dataset's span, from 1992
    // Without periods and metadata: no band, and the axis spans the data alone.
    auto bare = std::make_shared<Dataset>(*m_builtIn);
    bare->periods.clear();
    bare->metadata = DatasetMetadata();
    const QString plain = svgOfExport(bare);
    QVERIFY(!plain.contains(QStringLiteral("Economic cooperation programme")));
    QVERIFY(!plain.contains(QStringLiteral("Cooperation treaty")));
    // The fixture (version 1: no metadata) has events from 1996 to 2012: its axis is theirs.
    QVERIFY(!svgOfExport(m_small).contains(QStringLiteral(">1992<")));
}

void TestTimelinePainting::paintsIntoImage_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("light 1x") << "light" << 1.0;
    QTest::newRow("light 2x") << "light" << 2.0;
    QTest::newRow("dark 1x") << "dark" << 1.0;
    QTest::newRow("print 1x") << "print" << 1.0;
}

void TestTimelinePainting::paintsIntoImage()
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

void TestTimelinePainting::paintsAtAnyScaleInTurn()
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

void TestTimelinePainting::paintsIntoSvg()
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

void TestTimelinePainting::paintsIntoPdf()
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

void TestTimelinePainting::fontScaleEnlargesEverything()
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

void TestTimelinePainting::screenTheme()
{
    const QColor base = m_view->palette().color(QPalette::Base);
    QCOMPARE(m_view->grab().toImage().pixelColor(6, 3), base);
    m_view->setTheme(ViewTheme::dark());
    QCOMPARE(m_view->theme().background, ViewTheme::dark().background);
    QCOMPARE(m_view->grab().toImage().pixelColor(6, 3), ViewTheme::dark().background);
}

void TestTimelinePainting::retranslates()
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

QTEST_MAIN(TestTimelinePainting)
#include "tst_timelinepainting.moc"
