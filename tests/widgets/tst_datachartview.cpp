#include "models/items/observationmodel.h"
#include "models/items/venturemodel.h"
#include "tests/support/chartpoints.h"
#include "tests/support/chartrendering.h"
#include "tests/support/fixturesuite.h"
#include "tests/support/imagecomparison.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/charts/ventureoutputchart.h"

#include <QBuffer>
#include <QChart>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTest>
#include <QXmlStreamReader>

#include <cstdlib>
#include <memory>

using namespace pe;
using test::bookWindow;
using test::render;

// The one paint routine every chart shares (DataChartView::paint), for the screen and each
// export format: each chart against its reference picture, every theme, SVG and PDF.
class TestDataChartView : public test::FixtureSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsMatchReferences_data();
    void chartsMatchReferences();
    void exportPaintLeavesTheView_data();
    void exportPaintLeavesTheView();
    void printThemeIsGrey();
    void paintsWellFormedSvg_data();
    void paintsWellFormedSvg();
    void paintsPdf();
};

void TestDataChartView::initTestCase()
{
    QString error;
    QVERIFY2(loadFixtures(&error), qPrintable(error));
}

void TestDataChartView::chartsMatchReferences_data()
{
    QTest::addColumn<QString>("chartKind");
    QTest::newRow("turnover") << "turnover";
    QTest::newRow("regional-trade") << "regional-trade";
    QTest::newRow("venture-output") << "venture-output";
}

// Each chart on the built-in data, light theme, at a fixed size, against its reference
// picture (tests/data/reference/chart-*.png): a lost series, a moved legend or axis, or a
// wrong colour shows up as a mismatch, with the actual and diff pictures written beside the
// build's test logs.
void TestDataChartView::chartsMatchReferences()
{
    QFETCH(QString, chartKind);
    ObservationModel observations;
    observations.setDataset(m_builtIn);
    VentureModel ventures;
    ventures.setDataset(m_builtIn);
    std::unique_ptr<DataChartView> chart;
    int expectedSeries = 0;
    if (chartKind == QLatin1String("turnover")) {
        auto *turnover = new TurnoverChart;
        turnover->setModel(&observations);
        expectedSeries = int(turnover->drawnSeries().size());
        chart.reset(turnover);
    } else if (chartKind == QLatin1String("regional-trade")) {
        auto *regional = new RegionalTradeChart;
        regional->setModel(&observations);
        QVERIFY(regional->barCount() > 0);
        expectedSeries = 1;
        chart.reset(regional);
    } else {
        auto *output = new VentureOutputChart;
        output->setModel(&ventures);
        QVERIFY(!output->ventures().isEmpty());
        expectedSeries = 1;
        chart.reset(output);
    }
    const ViewTheme theme = ViewTheme::light();
    const QImage image = render(*chart, {960, 540}, theme);
    // Structure first, so that a mismatch below is not the first sign of a missing series.
    QVERIFY(expectedSeries > 0);
    QCOMPARE(int(chart->chart()->series().size()), expectedSeries);
    QCOMPARE(image.pixelColor(0, 0), theme.background);
    QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), theme.background);
    PE_COMPARE_IMAGE(image, QStringLiteral("chart-") + chartKind);
}

void TestDataChartView::exportPaintLeavesTheView_data()
{
    QTest::addColumn<QString>("theme");
    for (const char *theme : {"light", "dark", "print"})
        QTest::newRow(theme) << QString::fromLatin1(theme);
}

// Painting for an export in any theme covers the whole target and leaves the on-screen view
// as it was.
void TestDataChartView::exportPaintLeavesTheView()
{
    QFETCH(QString, theme);
    ObservationModel model;
    model.setDataset(m_builtIn);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    const ViewTheme viewTheme = ViewTheme::fromName(theme);
    QImage image(QSize(800, 500) * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    chart.paint(&painter, QRectF(0, 0, 800, 500), viewTheme);
    painter.end();
    QCOMPARE(image.pixelColor(0, 0), viewTheme.background);
    QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), viewTheme.background);
    QCOMPARE(chart.theme().kind, ViewTheme::light().kind);
}

void TestDataChartView::printThemeIsGrey()
{
    ObservationModel model;
    model.setDataset(m_builtIn);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    const QImage image = render(chart, {1280, 720}, ViewTheme::print());
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - c.green()) > 12 || std::abs(c.green() - c.blue()) > 12)
                ++coloured;
        }
    }
    QCOMPARE(coloured, 0);
}

void TestDataChartView::paintsWellFormedSvg_data()
{
    QTest::addColumn<QString>("chartKind");
    QTest::newRow("turnover") << "turnover";
    QTest::newRow("regional") << "regional";
    QTest::newRow("ventures") << "ventures";
    QTest::newRow("regional, empty") << "regional-empty";
}

void TestDataChartView::paintsWellFormedSvg()
{
    QFETCH(QString, chartKind);
    ObservationModel observations;
    observations.setDataset(chartKind.endsWith(QLatin1String("empty")) ? m_small : m_builtIn);
    VentureModel ventures;
    ventures.setDataset(m_builtIn);
    std::unique_ptr<DataChartView> chart;
    if (chartKind == QLatin1String("turnover")) {
        auto *c = new TurnoverChart;
        c->setModel(&observations);
        chart.reset(c);
    } else if (chartKind == QLatin1String("ventures")) {
        auto *c = new VentureOutputChart;
        c->setModel(&ventures);
        chart.reset(c);
    } else {
        auto *c = new RegionalTradeChart;
        c->setModel(&observations);
        chart.reset(c);
    }

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(1280, 720));
    svg.setViewBox(QRect(0, 0, 1280, 720));
    QPainter painter;
    QVERIFY(painter.begin(&svg));
    chart->paint(&painter, QRectF(0, 0, 1280, 720), ViewTheme::light());
    painter.end();
    buffer.close();

    QXmlStreamReader reader(buffer.data());
    int elements = 0;
    int texts = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++elements;
            if (reader.name() == QLatin1String("text"))
                ++texts;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(elements > 10);
    QVERIFY(texts > 0);
    if (chartKind == QLatin1String("regional-empty"))
        QVERIFY(buffer.data().contains("No regional figures match the filters"));
}

void TestDataChartView::paintsPdf()
{
    ObservationModel model;
    model.setDataset(m_builtIn);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QSizeF(297, 167), QPageSize::Millimeter));
    pdf.setPageMargins({});
    QPainter painter;
    QVERIFY(painter.begin(&pdf));
    chart.paint(&painter, QRectF(0, 0, pdf.width(), pdf.height()), ViewTheme::print());
    painter.end();
    QVERIFY(buffer.data().startsWith("%PDF"));
    QVERIFY(buffer.data().size() > 5000);
}

QTEST_MAIN(TestDataChartView)
#include "tst_datachartview.moc"
