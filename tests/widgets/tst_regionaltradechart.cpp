#include "models/items/observationmodel.h"
#include "models/items/roles.h"
#include "tests/support/chartrendering.h"
#include "tests/support/fixturesuite.h"
#include "widgets/charts/regionaltradechart.h"

#include <QImage>
#include <QTest>

using namespace pe;
using test::render;

// One bar per regional figure, largest first; the place the filter names stands out.
class TestRegionalTradeChart : public test::FixtureSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void regionalBarsMatchObservations_data();
    void regionalBarsMatchObservations();
    void regionalPlaceHighlight();
    void regionalEmptyState();
};

void TestRegionalTradeChart::initTestCase()
{
    QString error;
    QVERIFY2(loadFixtures(&error), qPrintable(error));
}

void TestRegionalTradeChart::regionalBarsMatchObservations_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("fixture") << "small";
    QTest::newRow("built-in") << "builtIn";
}

void TestRegionalTradeChart::regionalBarsMatchObservations()
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

void TestRegionalTradeChart::regionalPlaceHighlight()
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

void TestRegionalTradeChart::regionalEmptyState()
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

QTEST_MAIN(TestRegionalTradeChart)
#include "tst_regionaltradechart.moc"
