#include "models/items/recordfiltermodel.h"
#include "models/items/roles.h"
#include "models/items/venturemodel.h"
#include "tests/support/chartrendering.h"
#include "tests/support/fixturesuite.h"
#include "widgets/charts/ventureoutputchart.h"

#include <QChart>
#include <QImage>
#include <QTest>

#include <algorithm>

using namespace pe;
using test::render;

// The units each joint venture made, per year, from the milestones that give a number.
class TestVentureOutputChart : public test::FixtureSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ventureOutputFixture();
    void ventureOutputBuiltIn();
    void ventureEmptyState();
};

void TestVentureOutputChart::initTestCase()
{
    QString error;
    QVERIFY2(loadFixtures(&error), qPrintable(error));
}

void TestVentureOutputChart::ventureOutputFixture()
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

void TestVentureOutputChart::ventureOutputBuiltIn()
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

void TestVentureOutputChart::ventureEmptyState()
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

QTEST_MAIN(TestVentureOutputChart)
#include "tst_ventureoutputchart.moc"
