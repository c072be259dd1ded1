#include "models/chartdata/tradeserieschoice.h"

#include <QTest>

using namespace pe;

// The series a journalist names on the command line are the ones the chart draws.
class TestTradeSeriesChoice : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void showsLinesOfUnstatedSide();
};

void TestTradeSeriesChoice::parse_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("empty is the default") << "" << true << "turnover";
    QTest::newRow("one indicator") << "exports" << true << "exports";
    QTest::newRow("chart order, not typed order")
        << "imports, exports" << true << "exports,imports";
    QTest::newRow("a side") << "turnover-KZ" << true << "turnover-kz";
    QTest::newRow("sides apply to all") << "exports-by,imports" << true << "exports-by,imports-by";
    QTest::newRow("both sides named") << "turnover-by,turnover-kz" << true << "turnover";
    QTest::newRow("repeats collapse") << "balance,balance" << true << "balance";
    QTest::newRow("not a trade indicator") << "growth" << false << "";
    QTest::newRow("unknown side") << "turnover-ru" << false << "";
    QTest::newRow("typo") << "turnovr" << false << "";
    QTest::newRow("empty item") << "turnover,," << false << "";
    QTest::newRow("compare the sides") << "compare" << true << "turnover,compare";
    QTest::newRow("compare exports") << "exports,compare" << true << "exports,compare";
    QTest::newRow("one side has nothing to compare")
        << "turnover-by,compare" << true << "turnover-by";
}

void TestTradeSeriesChoice::parse()
{
    QFETCH(QString, list);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    QString error;
    const std::optional<TradeSeriesChoice> choice = TradeSeriesChoice::parse(list, &error);
    QCOMPARE(choice.has_value(), valid);
    if (!valid) {
        // The message names what was wrong and lists what would be right.
        QVERIFY2(error.contains(QStringLiteral("turnover-kz")), qPrintable(error));
        return;
    }
    QCOMPARE(choice->toString(), normalised);
    // What toString() writes reads back as the same choice.
    QCOMPARE(TradeSeriesChoice::parse(choice->toString()), choice);
}

void TestTradeSeriesChoice::showsLinesOfUnstatedSide()
{
    const TradeSeriesChoice kazakh = *TradeSeriesChoice::parse(QStringLiteral("turnover-kz"));
    QVERIFY(kazakh.shows(Indicator::Turnover, Side::Kazakhstan));
    QVERIFY(!kazakh.shows(Indicator::Turnover, Side::Belarus));
    QVERIFY(kazakh.shows(Indicator::Turnover, Side::Unknown));
    QVERIFY(!kazakh.shows(Indicator::Exports, Side::Unknown));
}

QTEST_GUILESS_MAIN(TestTradeSeriesChoice)
#include "tst_tradeserieschoice.moc"
