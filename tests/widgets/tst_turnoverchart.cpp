#include "models/chartdata/turnoverdescription.h"
#include "models/items/observationmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/sourcemodel.h"
#include "render/palette.h"
#include "tests/support/chartpoints.h"
#include "tests/support/chartrendering.h"
#include "tests/support/fixturesuite.h"
#include "widgets/charts/tradeseriespicker.h"
#include "widgets/charts/turnoverchart.h"

#include <QChart>
#include <QComboBox>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

using namespace pe;
using test::bookWindow;
using test::ids;
using test::render;

// The series the turnover chart draws from the observations, and what the reader does with
// them: click a year or a point, hide a series from the legend, read a tooltip.
class TestTurnoverChart : public test::FixtureSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
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
    void seriesPickerChoosesTheLines();
    void toolTipsNameTheSource();
    void csvHasOneRowPerPoint_data();
    void csvHasOneRowPerPoint();
    void altTextDescribesTheData();
};

void TestTurnoverChart::initTestCase()
{
    QString error;
    QVERIFY2(loadFixtures(&error), qPrintable(error));
}

void TestTurnoverChart::seriesHoldTheFixturePoints()
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

void TestTurnoverChart::gapsSplitTheLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("fixture") << "small";
    QTest::newRow("built-in") << "builtIn";
}

void TestTurnoverChart::gapsSplitTheLine()
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
    // A run of years is one series, or several where a stretch rests on a supplementary
    // figure and is drawn dotted.
    QVERIFY(lines >= segments);
    if (name == QLatin1String("small")) {
        QCOMPARE(lines, 3); // Belarus 2005 | 2010, Kazakhstan 2011
    } else {
        // The book's turnover has years without a figure between 2005 and 2021.
        const IndicatorSeries *turnover = data.indicator(Indicator::Turnover);
        QVERIFY(turnover);
        QVERIFY(turnover->lines.first().segments.size() > 1);
        QVERIFY(!data.gapYears.isEmpty());
    }
}

void TestTurnoverChart::supplementaryAndPartYearApart()
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
        } else if (s.kind == TurnoverChart::Kind::Main) {
            for (const ChartPoint &p : s.points)
                QVERIFY(!p.has(ChartPoint::Supplementary) && !p.has(ChartPoint::PartYear));
        } else if (s.kind == TurnoverChart::Kind::Line) {
            for (const ChartPoint &p : s.points)
                QVERIFY(!p.has(ChartPoint::PartYear));
        }
    }
    QVERIFY(supplementary && partYear);
    // Hollow, in the supplementary colour; the key in the legend says what hollow means.
    auto *scatter = static_cast<QScatterSeries *>(supplementary);
    QCOMPARE(scatter->brush().color(), chart.theme().background);
    QCOMPARE(scatter->pen().color(), chart.theme().adjust(palette::supplementary()));
    QStringList visibleLabels;
    for (const DataChartView::LegendEntry &entry : chart.legendEntries())
        visibleLabels.append(entry.text);
    QVERIFY2(visibleLabels.contains(QStringLiteral("Not from the book")),
             qPrintable(visibleLabels.join(QLatin1Char('|'))));
    // One legend entry per line: the other pieces' markers are hidden.
    QCOMPARE(visibleLabels.count(QStringLiteral("Turnover (Belarusian figures)")), 1);
    QCOMPARE(visibleLabels.count(QStringLiteral("Turnover (Kazakh figures)")), 1);
}

void TestTurnoverChart::followsTheModel()
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

void TestTurnoverChart::markedYear()
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

void TestTurnoverChart::yearAtMapsPositions_data()
{
    QTest::addColumn<int>("year");
    for (const int year : {2005, 2009, 2013, 2017, 2021})
        QTest::addRow("%d", year) << year;
}

void TestTurnoverChart::yearAtMapsPositions()
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

void TestTurnoverChart::yearClickedOnMouseClick()
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

void TestTurnoverChart::pressWhereNoItemIsIgnored()
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

void TestTurnoverChart::pointClickActivatesObservation()
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

void TestTurnoverChart::legendTogglesSeries()
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
        if (s.indicator == Indicator::Turnover && s.side == Side::Belarus &&
            (s.kind == TurnoverChart::Kind::Line || s.kind == TurnoverChart::Kind::Main))
            lineGroup.append(s.series);
    }
    QVERIFY(lineGroup.size() >= 3); // two segments and their markers
    // The reader clicks the line's entry in the legend the view draws.
    const auto entryOf = [&chart, &lineGroup]() -> const DataChartView::LegendEntry * {
        for (const DataChartView::LegendEntry &entry : chart.legendEntries()) {
            if (entry.marker->series() == lineGroup.first())
                return &entry;
        }
        return nullptr;
    };
    const auto clickEntry = [&chart, &entryOf] {
        const DataChartView::LegendEntry *entry = entryOf();
        QVERIFY(entry);
        const QPoint at = chart.mapFromScene(chart.chart()->mapToScene(entry->rect.center()));
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, at);
    };
    clickEntry();
    for (QAbstractSeries *series : lineGroup)
        QVERIFY(!series->isVisible());
    QVERIFY(entryOf()); // dimmed, not gone
    QVERIFY(entryOf()->marker->labelBrush().color().alphaF() < 1.0);
    QCOMPARE(chart.csvRows().size(), allRows - 2); // 2005 and 2010 hidden
    clickEntry();
    for (QAbstractSeries *series : lineGroup)
        QVERIFY(series->isVisible());
    QCOMPARE(chart.csvRows().size(), allRows);
}

void TestTurnoverChart::toolTipsNameTheSource()
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
    QCOMPARE(chart.sourceText(turnover->lines.at(1).points().first()),
             QStringLiteral("Supplementary: Supplementary page (not from the book)"));
    QCOMPARE(chart.sourceIds(), QStringList({"fn-6", "sup-page"}));
}

void TestTurnoverChart::csvHasOneRowPerPoint_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("fixture") << "small";
    QTest::newRow("built-in") << "builtIn";
}

void TestTurnoverChart::csvHasOneRowPerPoint()
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
        QCOMPARE(rows.at(1).mid(0, 9),
                 QStringList({"2005", "full year", "Turnover", "215", "exact", "Belarusian figures",
                              "book", "Book, note 6", "obs-2005"}));
        QCOMPARE(rows.at(4).at(1), QStringLiteral("H1"));
        QCOMPARE(rows.at(4).at(4), QStringLiteral("approximate"));
        QCOMPARE(rows.at(4).at(6), QStringLiteral("supplementary (not from the book)"));
    }
}

void TestTurnoverChart::altTextDescribesTheData()
{
    ObservationModel model;
    model.setDataset(m_small);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    // Short: what the chart is, the trend, the record, the gaps.
    const QString text = chart.altText();
    QVERIFY2(text.size() <= TurnoverDescription::maxAltText, qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("to US$ 870 M in 2010")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Record in 2010")));
    QVERIFY(text.contains(QStringLiteral("2006–2009, 2012–2021")));
    // Long: every line with its peak, what is not from the book, the part-year figures.
    const QString full = chart.longDescription();
    QVERIFY2(full.contains(QStringLiteral("peak US$ 870 M in 2010")), qPrintable(full));
    QVERIFY(full.contains(QStringLiteral("not from the book")));
    QVERIFY(full.contains(QStringLiteral("H1 2012")));

    model.setDataset(m_builtIn);
    const IndicatorSeries *turnover = chart.data().indicator(Indicator::Turnover);
    QVERIFY(turnover);
    QList<ChartPoint> book;
    for (const ChartPoint &p : turnover->lines.first().points()) {
        if (!p.has(ChartPoint::Supplementary))
            book.append(p);
    }
    const auto peak = std::max_element(
        book.cbegin(), book.cend(), [](const auto &a, const auto &b) { return a.value < b.value; });
    QVERIFY(chart.longDescription().contains(QStringLiteral(" in %1;").arg(peak->year)));
    QVERIFY(chart.altText().size() <= TurnoverDescription::maxAltText);

    // Filtered to years before the record: no record is named, in short or long.
    RecordFilterModel proxy;
    proxy.setSourceModel(&model);
    chart.setModel(&proxy);
    proxy.setYearRange(2005, 2012);
    QVERIFY2(!chart.altText().contains(QStringLiteral("Record")), qPrintable(chart.altText()));
    QVERIFY(!chart.longDescription().contains(QStringLiteral("record")));
}

// One choice at a time: turnover by default, exports and imports, or balance; both sides or
// one. The chart draws exactly the lines chosen.
void TestTurnoverChart::seriesPickerChoosesTheLines()
{
    ObservationModel model;
    model.setDataset(m_builtIn);
    TurnoverChart chart;
    chart.setYearWindow(bookWindow);
    chart.setModel(&model);
    TradeSeriesPicker picker;
    connect(&picker, &TradeSeriesPicker::choiceChanged, &chart, &TurnoverChart::setSeries);
    const auto drawnIndicators = [&chart] {
        QSet<Indicator> indicators;
        QSet<Side> sides;
        for (const ChartPoint &p : chart.data().allPoints()) {
            indicators.insert(p.indicator);
            sides.insert(p.side);
        }
        return std::make_pair(indicators, sides);
    };
    QCOMPARE(drawnIndicators().first, QSet<Indicator>{Indicator::Turnover});
    auto *indicators = picker.findChild<QComboBox *>(QStringLiteral("tradeIndicators"));
    auto *sides = picker.findChild<QComboBox *>(QStringLiteral("tradeSides"));
    QVERIFY(indicators && sides);
    indicators->setCurrentIndex(1);
    QCOMPARE(chart.series().toString(), QStringLiteral("exports,imports"));
    QCOMPARE(drawnIndicators().first, (QSet<Indicator>{Indicator::Exports, Indicator::Imports}));
    sides->setCurrentIndex(2);
    QCOMPARE(chart.series().toString(), QStringLiteral("exports-kz,imports-kz"));
    QVERIFY(!drawnIndicators().second.contains(Side::Belarus));
    // Both sides compared: a bar spans each year both sides give, and nothing else changes.
    indicators->setCurrentIndex(0);
    sides->setCurrentIndex(0);
    const QImage plain = test::render(chart, QSize(900, 500), ViewTheme::light());
    sides->setCurrentIndex(3);
    QCOMPARE(chart.series().toString(), QStringLiteral("turnover,compare"));
    QCOMPARE(drawnIndicators().second, (QSet<Side>{Side::Belarus, Side::Kazakhstan}));
    const QImage compared = test::render(chart, QSize(900, 500), ViewTheme::light());
    QVERIFY(compared != plain);
    // The bars are explained under an export, and only where they are drawn.
    QVERIFY(chart.exportNotes().contains(QStringLiteral("Grey bars")));
    sides->setCurrentIndex(0);
    QVERIFY(!chart.exportNotes().contains(QStringLiteral("Grey bars")));
    // A choice from elsewhere (the command line, the window) shows in the lists.
    picker.setChoice(*TradeSeriesChoice::parse(QStringLiteral("balance-by")));
    QCOMPARE(indicators->currentIndex(), 2);
    QCOMPARE(sides->currentIndex(), 1);
    QCOMPARE(picker.choice().toString(), QStringLiteral("balance-by"));
}

QTEST_MAIN(TestTurnoverChart)
#include "tst_turnoverchart.moc"
