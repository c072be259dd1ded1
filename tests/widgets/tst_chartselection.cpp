#include "models/datasetloader.h"
#include "models/state/selectionstate.h"
#include "tests/support/fixtures.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/ventureoutputchart.h"
#include "widgets/shell/detailpane.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"

#include <QChart>
#include <QStandardPaths>
#include <QTest>

using namespace pe;

// A bar clicked with the mouse selects its record, as a point of the turnover chart does.
class TestChartSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void regionalBarSelectsObservation();
    void ventureBarSelectsVenture();

private:
    static QPoint viewPos(DataChartView *chart, const QPointF &value);
    LanguageManager *m_languages = nullptr;
};

void TestChartSelection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages = new LanguageManager(this);
}

QPoint TestChartSelection::viewPos(DataChartView *chart, const QPointF &value)
{
    const QPointF inChart = chart->chart()->mapToPosition(value);
    return chart->mapFromScene(chart->chart()->mapToScene(inChart));
}

void TestChartSelection::regionalBarSelectsObservation()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.resize(1400, 900);
    window.show();
    window.showView(MainWindow::View::RegionalTrade);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RegionalTradeChart *chart = window.regionalChart();
    chart->ensureUpToDate();
    QCoreApplication::processEvents();
    if (chart->bars().isEmpty())
        QSKIP("the built-in dataset has no regional figures");
    // Categories run bottom to top: bar b sits on category count - 1 - b.
    const int b = 0;
    const RegionalBar &bar = chart->bars().at(b);
    const QPoint pos = viewPos(chart, QPointF(bar.point.value / 2, chart->bars().size() - 1 - b));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(window.selectionState()->currentId(), bar.point.id);
    // The regional tab shows observations: it stays on screen.
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::View::RegionalTrade));
}

void TestChartSelection::ventureBarSelectsVenture()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.resize(1400, 900);
    window.show();
    window.showView(MainWindow::View::Ventures);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    VentureOutputChart *chart = window.ventureOutputChart();
    chart->ensureUpToDate();
    QCoreApplication::processEvents();
    QCOMPARE(chart->ventures().size(), 1);
    const QString id = chart->ventures().first().id;
    const int year = chart->years().first();
    // One venture: its bar is centred on the year's category.
    const QPoint pos = viewPos(chart, QPointF(0, chart->unitsAt(id, year) / 2));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(window.selectionState()->currentId(), id);
    QCOMPARE(window.detailPane()->currentId(), id);
}

QTEST_MAIN(TestChartSelection)
#include "tst_chartselection.moc"
