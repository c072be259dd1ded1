#include "models/chartdata/chartseriesbuilder.h"
#include "models/items/observationmodel.h"
#include "models/items/roles.h"
#include "tests/support/chartpoints.h"
#include "tests/support/fixturesuite.h"

#include <QSet>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTest>

#include <set>

using namespace pe;
using test::bookWindow;
using test::ids;

// The chart data exactly, before any chart draws it: which figure of a year is drawn, where
// lines break, the landmarks, the axis scale.
class TestChartSeriesBuilder : public test::FixtureSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builderOnFixture();
    void builderPicksOneValuePerYear_data();
    void builderPicksOneValuePerYear();
    void builderKeepsEveryObservation_data();
    void builderKeepsEveryObservation();
    void niceScale_data();
    void niceScale();
    void landmarksFromTheData();
    void landmarksIgnoreTheFilter_data();
    void landmarksIgnoreTheFilter();
    void bookOnlyDrawsNoSupplementary();
};

void TestChartSeriesBuilder::initTestCase()
{
    QString error;
    QVERIFY2(loadFixtures(&error), qPrintable(error));
}

void TestChartSeriesBuilder::builderOnFixture()
{
    ObservationModel model;
    model.setDataset(m_small);
    const TradeChartData data = ChartSeriesBuilder::trade(&model, bookWindow);

    QCOMPARE(data.firstYear, 2005);
    QCOMPARE(data.lastYear, 2021);
    QCOMPARE(data.indicators.size(), 1);
    const IndicatorSeries &turnover = data.indicators.first();
    QCOMPARE(turnover.indicator, Indicator::Turnover);
    // Belarus's book figures, and Kazakhstan's line held by its one supplementary figure.
    QCOMPARE(turnover.lines.size(), 2);
    QCOMPARE(turnover.lines.first().side, Side::Belarus);
    QCOMPARE(turnover.lines.at(1).side, Side::Kazakhstan);
    // 2005 and 2010 are not consecutive: two segments of one point each.
    QCOMPARE(turnover.lines.first().segments.size(), 2);
    QCOMPARE(ids(turnover.lines.first().segments.at(0)), QStringList{"obs-2005"});
    QCOMPARE(ids(turnover.lines.first().segments.at(1)), QStringList{"obs-2010"});
    QCOMPARE(turnover.lines.first().segments.at(0).first().value, 215.0);
    QCOMPARE(turnover.lines.first().segments.at(1).first().value, 870.0);
    QVERIFY(turnover.alternatives.isEmpty());

    // A supplementary figure filling its side's year is on that side's line, marked.
    QVERIFY(turnover.supplementary.isEmpty());
    const QList<ChartPoint> kazakh = turnover.lines.at(1).points();
    QCOMPARE(ids(kazakh), QStringList{"obs-2011-sup"});
    QCOMPARE(kazakh.first().value, 769.0);
    QVERIFY(kazakh.first().has(ChartPoint::Supplementary));
    QVERIFY(!kazakh.first().isInexact());

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

void TestChartSeriesBuilder::builderPicksOneValuePerYear_data()
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
void TestChartSeriesBuilder::builderPicksOneValuePerYear()
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

void TestChartSeriesBuilder::builderKeepsEveryObservation_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("fixture") << "small";
    QTest::newRow("built-in") << "builtIn";
}

// Every national, actual US$-million trade figure in the chart's years is drawn once, no
// more, no less; nothing is drawn in a gap year; lines never cross a missing year.
void TestChartSeriesBuilder::builderKeepsEveryObservation()
{
    QFETCH(QString, name);
    ObservationModel model;
    model.setDataset(dataset(name));
    TradeChartOptions every;
    every.series = *TradeSeriesChoice::parse(QStringLiteral("turnover,exports,imports,balance"));
    const TradeChartData data = ChartSeriesBuilder::trade(&model, bookWindow, every);

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

void TestChartSeriesBuilder::niceScale_data()
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

void TestChartSeriesBuilder::niceScale()
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

void TestChartSeriesBuilder::landmarksFromTheData()
{
    ObservationModel model;
    model.setDataset(m_small);
    TradeChartData data = ChartSeriesBuilder::trade(&model, bookWindow);
    QVERIFY(data.hasRecord);
    QCOMPARE(data.record.id, QStringLiteral("obs-2010"));
    QVERIFY(!data.hasFirstBillion);

    // On the shipped data: the record is the highest book figure of the main turnover line,
    // and the first billion the first such figure at or above a billion.
    model.setDataset(m_builtIn);
    data = ChartSeriesBuilder::trade(&model, bookWindow);
    QVERIFY(data.hasRecord && data.hasFirstBillion);
    QVERIFY(!data.record.has(ChartPoint::Supplementary));
    const IndicatorSeries *turnover = data.indicator(Indicator::Turnover);
    QVERIFY(turnover);
    for (const ChartPoint &p : turnover->lines.first().points()) {
        if (p.has(ChartPoint::Supplementary))
            continue;
        QVERIFY2(p.value <= data.record.value, qPrintable(p.id));
        if (p.year < data.firstBillion.year)
            QVERIFY2(p.value < 1000, qPrintable(p.id));
    }
    QVERIFY(data.firstBillion.value >= 1000);
}

void TestChartSeriesBuilder::landmarksIgnoreTheFilter_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("2005–2012") << 2005 << 2012;
    QTest::newRow("2016 alone") << 2016 << 2016;
    QTest::newRow("from 2014") << 2014 << 0;
}

// A year filter narrows the axis, never the facts: the record and the first billion stay the
// whole series', and years the filter hides are outside the axis, not gaps.
void TestChartSeriesBuilder::landmarksIgnoreTheFilter()
{
    QFETCH(int, from);
    QFETCH(int, to);
    ObservationModel model;
    model.setDataset(m_builtIn);
    const TradeChartData whole = ChartSeriesBuilder::trade(&model, bookWindow);
    TradeChartOptions options;
    options.fromYear = from;
    options.toYear = to;
    const TradeChartData part = ChartSeriesBuilder::trade(&model, bookWindow, options);
    QCOMPARE(part.record.id, whole.record.id);
    QCOMPARE(part.firstBillion.id, whole.firstBillion.id);
    QCOMPARE(part.firstYear, from);
    QCOMPARE(part.lastYear, to ? to : whole.lastYear);
    for (const int gap : part.gapYears)
        QVERIFY(gap >= part.firstYear && gap <= part.lastYear && whole.gapYears.contains(gap));
    for (const ChartPoint &p : part.allPoints())
        QVERIFY2(p.year >= part.firstYear && p.year <= part.lastYear, qPrintable(p.id));
}

void TestChartSeriesBuilder::bookOnlyDrawsNoSupplementary()
{
    ObservationModel model;
    model.setDataset(m_builtIn);
    TradeChartOptions options;
    options.bookOnly = true;
    options.series = *TradeSeriesChoice::parse(QStringLiteral("turnover,exports,imports,balance"));
    const TradeChartData data = ChartSeriesBuilder::trade(&model, bookWindow, options);
    QVERIFY(!data.allPoints().isEmpty());
    for (const ChartPoint &p : data.allPoints())
        QVERIFY2(!p.has(ChartPoint::Supplementary), qPrintable(p.id));
    // And a side left out is left out.
    options.series = *TradeSeriesChoice::parse(QStringLiteral("turnover-kz"));
    for (const ChartPoint &p : ChartSeriesBuilder::trade(&model, bookWindow, options).allPoints())
        QVERIFY2(p.side != Side::Belarus, qPrintable(p.id));
}

QTEST_GUILESS_MAIN(TestChartSeriesBuilder)
#include "tst_chartseriesbuilder.moc"
