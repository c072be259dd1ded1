#include "models/chartdata/chartseriesbuilder.h"
#include "models/datasetloader.h"
#include "models/items/observationmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/roles.h"
#include "models/items/sourcemodel.h"
#include "models/items/venturemodel.h"
#include "render/palette.h"
#include "tests/support/fixtures.h"
#include "tests/support/imagecomparison.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/charts/ventureoutputchart.h"

#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTest>
#include <QXYSeries>
#include <QXmlStreamReader>

#include <set>

using namespace pe;

namespace {
// The shipped dataset's chart window: 2005–2021, and 2022 where a national figure exists.
const YearWindow bookWindow{2005, 2021, 2022};
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // ChartSeriesBuilder: the data, exactly.
    void builderOnFixture();
    void builderPicksOneValuePerYear_data();
    void builderPicksOneValuePerYear();
    void builderKeepsEveryObservation_data();
    void builderKeepsEveryObservation();
    void niceScale_data();
    void niceScale();

    // TurnoverChart
    void seriesHoldTheFixturePoints();
    void gapsSplitTheLine_data();
    void gapsSplitTheLine();
    void supplementaryAndPartYearApart();
    void followsTheModel();
    void markedYear();
    void yearAtMapsPositions_data();
    void yearAtMapsPositions();
    void yearClickedOnMouseClick();
    void pressWhereNoItemIsIgnored();
    void pointClickActivatesObservation();
    void legendTogglesSeries();
    void toolTipsNameTheSource();
    void chartsMatchReferences_data();
    void chartsMatchReferences();
    void exportPaintLeavesTheView_data();
    void exportPaintLeavesTheView();
    void printThemeIsGrey();
    void paintsWellFormedSvg_data();
    void paintsWellFormedSvg();
    void paintsPdf();
    void csvHasOneRowPerPoint_data();
    void csvHasOneRowPerPoint();
    void altTextDescribesTheData();
    void landmarksFromTheData();

    // RegionalTradeChart and VentureOutputChart
    void regionalBarsMatchObservations_data();
    void regionalBarsMatchObservations();
    void regionalPlaceHighlight();
    void regionalEmptyState();
    void ventureOutputFixture();
    void ventureOutputBuiltIn();
    void ventureEmptyState();

private:
    std::shared_ptr<const Dataset> dataset(const QString &name) const;
    static QImage render(DataChartView &chart, const QSize &size, const ViewTheme &theme);

    std::shared_ptr<const Dataset> m_small;
    std::shared_ptr<const Dataset> m_builtIn;
};

void TestCharts::initTestCase()
{
    QString error;
    m_small = test::Fixtures::small(&error);
    QVERIFY2(m_small, qPrintable(error));
    m_builtIn = test::Fixtures::builtIn(&error);
    QVERIFY2(m_builtIn, qPrintable(error));
}

std::shared_ptr<const Dataset> TestCharts::dataset(const QString &name) const
{
    return name == QLatin1String("small") ? m_small : m_builtIn;
}

QImage TestCharts::render(DataChartView &chart, const QSize &size, const ViewTheme &theme)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    chart.paint(&painter, QRectF(QPointF(0, 0), size), theme);
    painter.end();
    return image;
}

static QStringList ids(const QList<ChartPoint> &points)
{
    QStringList list;
    for (const ChartPoint &p : points)
        list.append(p.id);
    return list;
}

// --- ChartSeriesBuilder --------------------------------------------------------------

void TestCharts::builderOnFixture()
{
    ObservationModel model;
    model.setDataset(m_small);
    const TradeChartData data = ChartSeriesBuilder::trade(&model, bookWindow);

    QCOMPARE(data.firstYear, 2005);
    QCOMPARE(data.lastYear, 2021);
    QCOMPARE(data.indicators.size(), 1);
    const IndicatorSeries &turnover = data.indicators.first();
    QCOMPARE(turnover.indicator, Indicator::Turnover);
    QCOMPARE(turnover.lines.size(), 1);
    QCOMPARE(turnover.lines.first().side, Side::Belarus);
    // 2005 and 2010 are not consecutive: two segments of one point each.
    QCOMPARE(turnover.lines.first().segments.size(), 2);
    QCOMPARE(ids(turnover.lines.first().segments.at(0)), QStringList{"obs-2005"});
    QCOMPARE(ids(turnover.lines.first().segments.at(1)), QStringList{"obs-2010"});
    QCOMPARE(turnover.lines.first().segments.at(0).first().value, 215.0);
    QCOMPARE(turnover.lines.first().segments.at(1).first().value, 870.0);
    QVERIFY(turnover.alternatives.isEmpty());

    QCOMPARE(ids(turnover.supplementary), QStringList{"obs-2011-sup"});
    QCOMPARE(turnover.supplementary.first().value, 769.0);
    QVERIFY(turnover.supplementary.first().has(ChartPoint::Supplementary));
    QVERIFY(!turnover.supplementary.first().isInexact());

    QCOMPARE(ids(turnover.partYear), QStringList{"obs-2012-h1"});
    const ChartPoint &h1 = turnover.partYear.first();
    QCOMPARE(h1.value, 479.0);
    QCOMPARE(h1.period, QStringLiteral("H1"));
    QCOMPARE(h1.periodEnd, 6);
    QVERIFY(h1.has(ChartPoint::PartYear));
    QVERIFY(h1.has(ChartPoint::Supplementary));
    QVERIFY(h1.has(ChartPoint::Approximate));
    QCOMPARE(h1.valueText, QStringLiteral("≈ US$ 479 M"));

    // 2011 has a supplementary full-year figure, so it is no gap; 2012 has only H1.
    QList<int> gaps = {2006, 2007, 2008, 2009};
    for (int year = 2012; year <= 2021; ++year)
        gaps.append(year);
    QCOMPARE(data.gapYears, gaps);
    QCOMPARE(data.allPoints().size(), 4);
}

void TestCharts::builderPicksOneValuePerYear_data()
{
    QTest::addColumn<QStringList>("rows"); // id|side|qualifier|value
    QTest::addColumn<QString>("picked");
    QTest::addColumn<QStringList>("alternatives");

    QTest::newRow("Belarus over side not stated")
        << QStringList{"a|unknown|exact|900", "b|BY|approx|880", "c|BY|exact|100"} << "c"
        << QStringList{"a", "b"};
    QTest::newRow("exact over approximate")
        << QStringList{"a|BY|approx|800", "b|BY|exact|769"} << "b" << QStringList{"a"};
    QTest::newRow("approximate over a bound")
        << QStringList{"a|BY|more-than|1000", "b|BY|approx|1000"} << "b" << QStringList{"a"};
    QTest::newRow("more precise over round")
        << QStringList{"a|BY|exact|1000", "b|BY|exact|1092.5"} << "b" << QStringList{"a"};
    QTest::newRow("tie: smaller id")
        << QStringList{"z|BY|exact|500", "m|BY|exact|600"} << "m" << QStringList{"z"};
}

// The documented rule, on a stand-in model answering the same roles and columns.
void TestCharts::builderPicksOneValuePerYear()
{
    QFETCH(QStringList, rows);
    QFETCH(QString, picked);
    QFETCH(QStringList, alternatives);

    QStandardItemModel model(0, ObservationModel::ColumnCount);
    for (const QString &row : rows) {
        const QStringList f = row.split(QLatin1Char('|'));
        auto *item = new QStandardItem;
        item->setData(f.at(0), IdRole);
        item->setData(2014, YearRole);
        item->setData(20141200, DateKeyRole);
        item->setData(QVariant::fromValue(Indicator::Turnover), IndicatorRole);
        item->setData(QVariant::fromValue(Unit::UsdMillion), UnitRole);
        item->setData(QVariant::fromValue(Scope::National), ScopeRole);
        item->setData(QVariant::fromValue(ObservationStatus::Actual), StatusRole);
        item->setData(QVariant::fromValue(fromKey<Side>(f.at(1)).value()), ReportingSideRole);
        item->setData(QVariant::fromValue(fromKey<Qualifier>(f.at(2)).value()), QualifierRole);
        item->setData(f.at(3).toDouble(), ValueRole);
        item->setData(true, FullYearRole);
        item->setData(false, SupplementaryRole);
        QList<QStandardItem *> cells{item};
        for (int c = 1; c < ObservationModel::ColumnCount; ++c)
            cells.append(new QStandardItem);
        model.appendRow(cells);
    }
    const TradeChartData data = ChartSeriesBuilder::trade(&model, bookWindow);
    QCOMPARE(data.indicators.size(), 1);
    const IndicatorSeries &series = data.indicators.first();
    QCOMPARE(series.lines.size(), 1);
    QCOMPARE(ids(series.lines.first().points()), QStringList{picked});
    QStringList alt = ids(series.alternatives);
    alt.sort();
    QCOMPARE(alt, alternatives);
    for (const ChartPoint &p : series.alternatives)
        QVERIFY(p.has(ChartPoint::Alternative));
}

void TestCharts::builderKeepsEveryObservation_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("fixture") << "small";
    QTest::newRow("built-in") << "builtIn";
}

// Every national, actual US$-million trade figure in the chart's years is drawn once, no
// more, no less; nothing is drawn in a gap year; lines never cross a missing year.
void TestCharts::builderKeepsEveryObservation()
{
    QFETCH(QString, name);
    ObservationModel model;
    model.setDataset(dataset(name));
    const TradeChartData data = ChartSeriesBuilder::trade(&model, bookWindow);

    std::multiset<QString> expected;
    int expectedLast = 2021;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ScopeRole).value<Scope>() == Scope::National &&
            index.data(StatusRole).value<ObservationStatus>() == ObservationStatus::Actual &&
            index.data(UnitRole).value<Unit>() == Unit::UsdMillion &&
            ChartSeriesBuilder::tradeIndicators().contains(
                index.data(IndicatorRole).value<Indicator>()) &&
            index.data(YearRole).toInt() == 2022)
            expectedLast = 2022;
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const int year = index.data(YearRole).toInt();
        if (index.data(ScopeRole).value<Scope>() == Scope::National &&
            index.data(StatusRole).value<ObservationStatus>() == ObservationStatus::Actual &&
            index.data(UnitRole).value<Unit>() == Unit::UsdMillion &&
            ChartSeriesBuilder::tradeIndicators().contains(
                index.data(IndicatorRole).value<Indicator>()) &&
            year >= 2005 && year <= expectedLast)
            expected.insert(index.data(IdRole).toString());
    }
    QCOMPARE(data.lastYear, expectedLast);
    const QList<ChartPoint> all = data.allPoints();
    std::multiset<QString> drawn;
    for (const ChartPoint &p : all) {
        drawn.insert(p.id);
        const QModelIndex index = model.index(model.rowOfId(p.id), 0);
        QCOMPARE(p.value, index.data(ValueRole).toDouble());
        QCOMPARE(p.year, index.data(YearRole).toInt());
        QCOMPARE(p.has(ChartPoint::Supplementary), index.data(SupplementaryRole).toBool());
        QCOMPARE(p.has(ChartPoint::PartYear), !index.data(FullYearRole).toBool());
        if (!p.has(ChartPoint::PartYear))
            QVERIFY2(!data.gapYears.contains(p.year), qPrintable(p.id));
    }
    QVERIFY(drawn == expected);
    QVERIFY(!all.isEmpty());

    for (const IndicatorSeries &series : data.indicators) {
        for (const ChartPoint &p : series.supplementary) {
            QVERIFY(p.has(ChartPoint::Supplementary));
            QVERIFY(!p.has(ChartPoint::PartYear));
        }
        for (const ChartPoint &p : series.partYear)
            QVERIFY(p.has(ChartPoint::PartYear));
        for (const TradeLine &line : series.lines) {
            QSet<int> years;
            for (const auto &segment : line.segments) {
                QVERIFY(!segment.isEmpty());
                for (int i = 0; i < segment.size(); ++i) {
                    const ChartPoint &p = segment.at(i);
                    QVERIFY(!p.has(ChartPoint::Supplementary));
                    QVERIFY(!p.has(ChartPoint::PartYear));
                    QVERIFY2(!years.contains(p.year), "one value per year and line");
                    years.insert(p.year);
                    if (i > 0)
                        QCOMPARE(p.year, segment.at(i - 1).year + 1);
                }
            }
        }
    }
}

void TestCharts::niceScale_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("step");
    QTest::addColumn<double>("top");
    QTest::addColumn<double>("bottom");
    QTest::newRow("turnover") << 0.0 << 1092.5 << 200.0 << 1200.0 << 0.0;
    QTest::newRow("on a tick gets headroom") << 0.0 << 1200.0 << 200.0 << 1400.0 << 0.0;
    QTest::newRow("small") << 0.0 << 2.5 << 0.5 << 3.0 << 0.0;
    QTest::newRow("negative balance") << -130.0 << 731.1 << 200.0 << 800.0 << -200.0;
    QTest::newRow("flat") << 0.0 << 0.0 << 0.2 << 1.2 << 0.0;
}

void TestCharts::niceScale()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, step);
    QFETCH(double, top);
    QFETCH(double, bottom);
    const AxisScale scale = ChartSeriesBuilder::niceScale(min, max);
    QCOMPARE(scale.step, step);
    QCOMPARE(scale.max, top);
    QCOMPARE(scale.min, bottom);
    QCOMPARE(scale.ticks().first(), bottom);
    QCOMPARE(scale.ticks().last(), top);
}

// --- TurnoverChart -------------------------------------------------------------------

void TestCharts::seriesHoldTheFixturePoints()
{
    ObservationModel model;
    model.setDataset(m_small);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);

    QMap<QString, QPointF> drawn; // id → point as held by its Qt Charts series
    for (const TurnoverChart::DrawnSeries &s : chart.drawnSeries()) {
        QCOMPARE(s.series->count(), s.points.size());
        for (int i = 0; i < s.points.size(); ++i) {
            QCOMPARE(s.series->at(i), QPointF(s.points.at(i).year, s.points.at(i).value));
            if (s.kind != TurnoverChart::Kind::Line)
                drawn.insert(s.points.at(i).id, s.series->at(i));
        }
    }
    const QMap<QString, QPointF> expected = {{"obs-2005", {2005, 215}},
                                             {"obs-2010", {2010, 870}},
                                             {"obs-2011-sup", {2011, 769}},
                                             {"obs-2012-h1", {2012, 479}}};
    QCOMPARE(drawn, expected);
}

void TestCharts::gapsSplitTheLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("fixture") << "small";
    QTest::newRow("built-in") << "builtIn";
}

void TestCharts::gapsSplitTheLine()
{
    QFETCH(QString, name);
    ObservationModel model;
    model.setDataset(dataset(name));
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    const TradeChartData &data = chart.data();

    int lines = 0;
    for (const TurnoverChart::DrawnSeries &s : chart.drawnSeries()) {
        if (s.kind != TurnoverChart::Kind::Line)
            continue;
        ++lines;
        QVERIFY(qobject_cast<QLineSeries *>(s.series));
        const auto points = s.series->points();
        for (int i = 1; i < points.size(); ++i) {
            // Consecutive years only: a segment never joins across a missing year.
            QCOMPARE(points.at(i).x(), points.at(i - 1).x() + 1);
            QVERIFY(!data.gapYears.contains(int(points.at(i).x())));
        }
        for (const QPointF &p : points)
            QVERIFY(std::isfinite(p.y()));
    }
    int segments = 0;
    for (const IndicatorSeries &series : data.indicators) {
        for (const TradeLine &line : series.lines)
            segments += int(line.segments.size());
    }
    QCOMPARE(lines, segments);
    if (name == QLatin1String("small")) {
        QCOMPARE(lines, 2); // 2005 | 2010
    } else {
        // The book's turnover has years without a figure between 2005 and 2021.
        const IndicatorSeries *turnover = data.indicator(Indicator::Turnover);
        QVERIFY(turnover);
        QVERIFY(turnover->lines.first().segments.size() > 1);
        QVERIFY(!data.gapYears.isEmpty());
    }
}

void TestCharts::supplementaryAndPartYearApart()
{
    ObservationModel model;
    model.setDataset(m_small);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    // Legend entries that do not fit are hidden by the layout: lay out at a real size.
    chart.resize(1400, 800);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    QAbstractSeries *supplementary = nullptr;
    QAbstractSeries *partYear = nullptr;
    for (const TurnoverChart::DrawnSeries &s : chart.drawnSeries()) {
        if (s.kind == TurnoverChart::Kind::Supplementary) {
            QCOMPARE(ids(s.points), QStringList{"obs-2011-sup"});
            QVERIFY(qobject_cast<QScatterSeries *>(s.series));
            supplementary = s.series;
        } else if (s.kind == TurnoverChart::Kind::PartYear) {
            QCOMPARE(ids(s.points), QStringList{"obs-2012-h1"});
            QVERIFY(s.series->pen().style() != Qt::SolidLine); // approximate: dashed outline
            partYear = s.series;
        } else if (s.kind != TurnoverChart::Kind::Key) {
            for (const ChartPoint &p : s.points)
                QVERIFY(!p.has(ChartPoint::Supplementary) && !p.has(ChartPoint::PartYear));
        }
    }
    QVERIFY(supplementary && partYear);
    // Hollow, in the supplementary colour, with its own visible legend entry.
    auto *scatter = static_cast<QScatterSeries *>(supplementary);
    QCOMPARE(scatter->brush().color(), chart.theme().background);
    QCOMPARE(scatter->pen().color(), chart.theme().adjust(palette::supplementary()));
    const auto markers = chart.chart()->legend()->markers(supplementary);
    QCOMPARE(markers.size(), 1);
    QVERIFY(markers.first()->isVisible());
    QCOMPARE(markers.first()->label(), QStringLiteral("Turnover (not from the book)"));
    // One legend entry per group: the other segments' markers are hidden.
    int visibleLineEntries = 0;
    for (QLegendMarker *marker : chart.chart()->legend()->markers()) {
        if (marker->isVisible() && marker->label() == QStringLiteral("Turnover"))
            ++visibleLineEntries;
    }
    QCOMPARE(visibleLineEntries, 1);
}

void TestCharts::followsTheModel()
{
    ObservationModel model;
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    QVERIFY(chart.isEmpty());
    model.setDataset(m_small);
    QCOMPARE(chart.data().allPoints().size(), 4);

    RecordFilterModel proxy;
    proxy.setSourceModel(&model);
    chart.setModel(&proxy);
    proxy.setYearRange(2010, 2011);
    QCOMPARE(ids(chart.data().allPoints()), QStringList({"obs-2010", "obs-2011-sup"}));
    // The view rebuilds on the next event-loop turn without being asked.
    proxy.setYearRange(2005, 2005);
    QTRY_COMPARE(chart.chart()->series().size() > 0 ? ids(chart.data().allPoints()) : QStringList(),
                 QStringList{"obs-2005"});
    model.setDataset(nullptr);
    QVERIFY(chart.isEmpty());
    QCOMPARE(chart.emptyMessage(), QStringLiteral("No trade figures match the filters"));
}

void TestCharts::markedYear()
{
    ObservationModel model;
    model.setDataset(m_small);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    const QImage before = render(chart, {1000, 600}, ViewTheme::light());
    chart.setMarkedYear(2010);
    QCOMPARE(chart.markedYear(), 2010);
    const QImage marked = render(chart, {1000, 600}, ViewTheme::light());
    QVERIFY(before != marked);
    // The marker is drawn in the highlight colour.
    const QColor highlight = ViewTheme::light().adjust(palette::highlight());
    bool found = false;
    for (int y = 0; y < marked.height() && !found; y += 2) {
        for (int x = 0; x < marked.width() && !found; ++x)
            found = marked.pixelColor(x, y) == highlight;
    }
    QVERIFY(found);
    chart.setMarkedYear(0);
    QCOMPARE(render(chart, {1000, 600}, ViewTheme::light()), before);
}

void TestCharts::yearAtMapsPositions_data()
{
    QTest::addColumn<int>("year");
    for (const int year : {2005, 2009, 2013, 2017, 2021})
        QTest::addRow("%d", year) << year;
}

void TestCharts::yearAtMapsPositions()
{
    QFETCH(int, year);
    ObservationModel model;
    model.setDataset(m_small);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    chart.resize(1000, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.yearAt(chart.viewPosition(year, 300)), year);
    QCOMPARE(chart.yearAt(chart.viewPosition(year + 0.3, 100)), year);
    QCOMPARE(chart.yearAt(QPoint(1, 1)), 0); // outside the plot
}

void TestCharts::yearClickedOnMouseClick()
{
    ObservationModel model;
    model.setDataset(m_small);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    chart.resize(1000, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy clicked(&chart, &TurnoverChart::yearClicked);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, chart.viewPosition(2016, 100));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), 2016);
}

void TestCharts::pressWhereNoItemIsIgnored()
{
    // Without a year window the fixture's years are 2005–2012: 2016 lies past the chart's
    // items, where Qt Charts itself would dereference a missing item.
    ObservationModel model;
    model.setDataset(m_small);
    TurnoverChart chart;
    chart.setModel(&model);
    chart.resize(1000, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.data().lastYear, 2012);
    const QPoint beyond = chart.viewPosition(2016, 100);
    QVERIFY(!chart.itemAt(beyond));
    QSignalSpy clicked(&chart, &TurnoverChart::yearClicked);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, beyond);
    QCOMPARE(clicked.count(), 0);
}

void TestCharts::pointClickActivatesObservation()
{
    ObservationModel model;
    model.setDataset(m_small);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    QSignalSpy activated(&chart, &TurnoverChart::observationActivated);
    for (const TurnoverChart::DrawnSeries &s : chart.drawnSeries()) {
        if (s.kind == TurnoverChart::Kind::Supplementary)
            emit s.series->clicked(QPointF(2011, 769));
    }
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("obs-2011-sup"));
}

void TestCharts::legendTogglesSeries()
{
    ObservationModel model;
    model.setDataset(m_small);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    chart.resize(1400, 800);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int allRows = int(chart.csvRows().size());

    QList<QAbstractSeries *> lineGroup;
    for (const TurnoverChart::DrawnSeries &s : chart.drawnSeries()) {
        if (s.indicator == Indicator::Turnover &&
            (s.kind == TurnoverChart::Kind::Line || s.kind == TurnoverChart::Kind::Main))
            lineGroup.append(s.series);
    }
    QVERIFY(lineGroup.size() >= 3); // two segments and their markers
    QLegendMarker *marker = chart.chart()->legend()->markers(lineGroup.first()).value(0);
    QVERIFY(marker);
    emit marker->clicked();
    for (QAbstractSeries *series : lineGroup)
        QVERIFY(!series->isVisible());
    QVERIFY(marker->isVisible()); // dimmed, not gone
    QCOMPARE(marker->labelBrush().color().alphaF() < 1.0, true);
    QCOMPARE(chart.csvRows().size(), allRows - 2); // 2005 and 2010 hidden
    emit marker->clicked();
    for (QAbstractSeries *series : lineGroup)
        QVERIFY(series->isVisible());
    QCOMPARE(chart.csvRows().size(), allRows);
}

void TestCharts::toolTipsNameTheSource()
{
    ObservationModel model;
    model.setDataset(m_small);
    SourceModel sources;
    sources.setDataset(m_small);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    const IndicatorSeries *turnover = chart.data().indicator(Indicator::Turnover);
    QVERIFY(turnover);
    const QString book = chart.toolTipFor(turnover->lines.first().points().first());
    QVERIFY2(book.contains(QStringLiteral("Book, note 6")), qPrintable(book));
    QVERIFY(book.contains(QStringLiteral("US$ 215 M")));
    QVERIFY(book.contains(QStringLiteral("Belarusian figures")));
    QVERIFY(book.contains(QStringLiteral("full year")));

    const QString h1 = chart.toolTipFor(turnover->partYear.first());
    QVERIFY2(h1.contains(QStringLiteral("≈ US$ 479 M")), qPrintable(h1));
    QVERIFY(h1.contains(QStringLiteral("H1")));
    QVERIFY(h1.contains(QStringLiteral("not from the book")));

    chart.setSourceModel(&sources);
    QCOMPARE(chart.sourceText(turnover->supplementary.first()),
             QStringLiteral("Supplementary: Supplementary page (not from the book)"));
    QCOMPARE(chart.sourceIds(), QStringList({"fn-6", "sup-page"}));
}

void TestCharts::chartsMatchReferences_data()
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
void TestCharts::chartsMatchReferences()
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

void TestCharts::exportPaintLeavesTheView_data()
{
    QTest::addColumn<QString>("theme");
    for (const char *theme : {"light", "dark", "print"})
        QTest::newRow(theme) << QString::fromLatin1(theme);
}

// Painting for an export in any theme covers the whole target and leaves the on-screen view
// as it was.
void TestCharts::exportPaintLeavesTheView()
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

void TestCharts::printThemeIsGrey()
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

void TestCharts::paintsWellFormedSvg_data()
{
    QTest::addColumn<QString>("chartKind");
    QTest::newRow("turnover") << "turnover";
    QTest::newRow("regional") << "regional";
    QTest::newRow("ventures") << "ventures";
    QTest::newRow("regional, empty") << "regional-empty";
}

void TestCharts::paintsWellFormedSvg()
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

void TestCharts::paintsPdf()
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

void TestCharts::csvHasOneRowPerPoint_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("fixture") << "small";
    QTest::newRow("built-in") << "builtIn";
}

void TestCharts::csvHasOneRowPerPoint()
{
    QFETCH(QString, name);
    ObservationModel model;
    model.setDataset(dataset(name));
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    const QList<QStringList> rows = chart.csvRows();
    QCOMPARE(rows.size(), chart.data().allPoints().size() + 1);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), rows.first().size());
    if (name == QLatin1String("small")) {
        QCOMPARE(rows.at(1),
                 QStringList({"2005", "full year", "Turnover", "215", "exact", "Belarusian figures",
                              "book", "Book, note 6", "obs-2005"}));
        QCOMPARE(rows.at(4).at(1), QStringLiteral("H1"));
        QCOMPARE(rows.at(4).at(4), QStringLiteral("approximate"));
        QCOMPARE(rows.at(4).at(6), QStringLiteral("supplementary (not from the book)"));
    }
}

void TestCharts::altTextDescribesTheData()
{
    ObservationModel model;
    model.setDataset(m_small);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    const QString text = chart.altText();
    QVERIFY2(text.contains(QStringLiteral("peak US$ 870 M in 2010")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2006–2009, 2012–2021")));
    QVERIFY(text.contains(QStringLiteral("not from the book")));
    QVERIFY(text.contains(QStringLiteral("H1 2012")));

    model.setDataset(m_builtIn);
    const IndicatorSeries *turnover = chart.data().indicator(Indicator::Turnover);
    QVERIFY(turnover);
    const QList<ChartPoint> line = turnover->lines.first().points();
    const auto peak = std::max_element(
        line.cbegin(), line.cend(), [](const auto &a, const auto &b) { return a.value < b.value; });
    QVERIFY(chart.altText().contains(QStringLiteral(" in %1;").arg(peak->year)));
}

void TestCharts::landmarksFromTheData()
{
    ObservationModel model;
    model.setDataset(m_small);
    TradeChartData data = ChartSeriesBuilder::trade(&model, bookWindow);
    QVERIFY(data.hasRecord);
    QCOMPARE(data.record.id, QStringLiteral("obs-2010"));
    QVERIFY(!data.hasFirstBillion);

    // On the shipped data: the record precedes the first billion, and both are book
    // turnover figures on the main line.
    model.setDataset(m_builtIn);
    data = ChartSeriesBuilder::trade(&model, bookWindow);
    if (data.hasFirstBillion) {
        QVERIFY(data.firstBillion.value >= 1000);
        QVERIFY(data.hasRecord);
        QVERIFY(data.record.year < data.firstBillion.year);
        QVERIFY(data.record.value < 1000);
        QVERIFY(!data.record.has(ChartPoint::Supplementary));
    }
}

// --- RegionalTradeChart and VentureOutputChart -------------------------------------------

void TestCharts::regionalBarsMatchObservations_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("fixture") << "small";
    QTest::newRow("built-in") << "builtIn";
}

void TestCharts::regionalBarsMatchObservations()
{
    QFETCH(QString, name);
    ObservationModel model;
    model.setDataset(dataset(name));
    RegionalTradeChart chart;
    chart.setModel(&model);
    QStringList expected;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ScopeRole).value<Scope>() == Scope::Region &&
            index.data(UnitRole).value<Unit>() == Unit::UsdMillion)
            expected.append(index.data(IdRole).toString());
    }
    QCOMPARE(chart.barCount(), int(expected.size()));
    QCOMPARE(chart.bars().size(), expected.size());
    QStringList drawn;
    for (const RegionalBar &bar : chart.bars()) {
        drawn.append(bar.point.id);
        QVERIFY(bar.label.contains(QString::number(bar.point.year)));
        QVERIFY(bar.label.contains(QStringLiteral(" — ")));
        if (!bar.point.period.isEmpty())
            QVERIFY(bar.label.endsWith(bar.point.period));
    }
    drawn.sort();
    expected.sort();
    QCOMPARE(drawn, expected);
    QCOMPARE(chart.csvRows().size(), expected.size() + 1);
    for (int i = 1; i < chart.bars().size(); ++i)
        QVERIFY(chart.bars().at(i - 1).point.value >= chart.bars().at(i).point.value);
}

void TestCharts::regionalPlaceHighlight()
{
    ObservationModel model;
    model.setDataset(m_builtIn);
    RegionalTradeChart chart;
    chart.setModel(&model);
    QVERIFY(chart.highlightedBars().isEmpty());
    if (chart.bars().isEmpty())
        QSKIP("the built-in dataset has no regional figures");
    const QString place = chart.bars().first().point.places.first();
    chart.setPlace(place);
    const QList<int> highlighted = chart.highlightedBars();
    QVERIFY(!highlighted.isEmpty());
    for (int i = 0; i < chart.bars().size(); ++i)
        QCOMPARE(highlighted.contains(i), chart.bars().at(i).point.places.contains(place));
    QVERIFY(chart.altText().contains(chart.bars().first().label));
    const QImage plain = render(chart, {1000, 600}, ViewTheme::light());
    chart.setPlace(QString());
    QVERIFY(render(chart, {1000, 600}, ViewTheme::light()) != plain);
}

void TestCharts::regionalEmptyState()
{
    ObservationModel model;
    model.setDataset(m_small); // no regional figure
    RegionalTradeChart chart;
    chart.setModel(&model);
    QVERIFY(chart.isEmpty());
    QCOMPARE(chart.emptyMessage(), QStringLiteral("No regional figures match the filters"));
    QCOMPARE(chart.csvRows().size(), 1);
    const QImage image = render(chart, {800, 500}, ViewTheme::light());
    // The message is drawn in the middle of an otherwise empty chart.
    bool inked = false;
    for (int x = 0; x < image.width() && !inked; ++x)
        inked = image.pixelColor(x, image.height() / 2) != ViewTheme::light().background;
    QVERIFY(inked);
}

void TestCharts::ventureOutputFixture()
{
    VentureModel model;
    model.setDataset(m_small);
    VentureOutputChart chart;
    chart.setModel(&model);
    QCOMPARE(chart.ventures().size(), 1);
    QCOMPARE(chart.years(), QList<int>{2011});
    QCOMPARE(chart.unitsAt(QStringLiteral("jv-tractors"), 2011), 1000.0);
    QCOMPARE(chart.unitsAt(QStringLiteral("jv-tractors"), 2012), 0.0);
    const auto sets = chart.chart()->series();
    QCOMPARE(sets.size(), 1);
    const QList<QStringList> rows = chart.csvRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).mid(0, 4),
             QStringList({"Tractor assembly", "2011", "1000", "1,000 tractors"}));
    QVERIFY(chart.toolTipFor(chart.ventures().first(), 2011)
                .contains(QStringLiteral("1,000 tractors")));
    QCOMPARE(chart.sourceIds(), QStringList{"fn-10"});
    QVERIFY(chart.altText().contains(QStringLiteral("1,000 in 2011")));
    QVERIFY(!render(chart, {1280, 720}, ViewTheme::dark()).isNull());
}

void TestCharts::ventureOutputBuiltIn()
{
    VentureModel model;
    model.setDataset(m_builtIn);
    VentureOutputChart chart;
    chart.setModel(&model);
    int withUnits = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariantList milestones = model.index(row, 0).data(MilestonesRole).toList();
        withUnits += std::any_of(milestones.cbegin(), milestones.cend(), [](const QVariant &m) {
            return m.toMap().contains(QStringLiteral("units"));
        });
    }
    QCOMPARE(chart.ventures().size(), withUnits);
    for (const VentureOutput &venture : chart.ventures()) {
        for (const VentureMilestonePoint &m : venture.milestones) {
            QVERIFY(chart.years().contains(m.year));
            QVERIFY(chart.unitsAt(venture.id, m.year) >= m.units); // the largest of the year
        }
    }
}

void TestCharts::ventureEmptyState()
{
    VentureModel model;
    model.setDataset(m_small);
    RecordFilterModel proxy;
    proxy.setSourceModel(&model);
    VentureOutputChart chart;
    chart.setModel(&proxy);
    QVERIFY(!chart.isEmpty());
    proxy.setPlace(QStringLiteral("by-gomel-region"));
    QVERIFY(chart.isEmpty());
    QVERIFY(!chart.emptyMessage().isEmpty());
    QVERIFY(!render(chart, {640, 400}, ViewTheme::light()).isNull());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
