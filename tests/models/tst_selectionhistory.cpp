#include "models/state/selectionhistory.h"

#include <QTest>

using namespace pe;

// Back and Forward as in a browser.
class TestSelectionHistory : public QObject
{
    Q_OBJECT

private slots:
    void backAndForward();
    void aNewRecordDropsWhatLayAhead();
    void aYearOnItsOwnGoesBackToTheLastRecord();
    void nothingToGoTo();
};

void TestSelectionHistory::backAndForward()
{
    SelectionHistory h;
    for (const char *id : {"a", "b", "c"})
        h.visit(QLatin1String(id));
    QVERIFY(h.canGoBack());
    QVERIFY(!h.canGoForward());
    QCOMPARE(h.back(), QStringLiteral("b"));
    h.visit(QStringLiteral("b")); // the selection follows, as the pane reports it
    QCOMPARE(h.back(), QStringLiteral("a"));
    h.visit(QStringLiteral("a"));
    QVERIFY(!h.canGoBack());
    QCOMPARE(h.forward(), QStringLiteral("b"));
    h.visit(QStringLiteral("b"));
    QCOMPARE(h.forward(), QStringLiteral("c"));
    QVERIFY(!h.canGoForward());
}

void TestSelectionHistory::aNewRecordDropsWhatLayAhead()
{
    SelectionHistory h;
    for (const char *id : {"a", "b", "c"})
        h.visit(QLatin1String(id));
    QCOMPARE(h.back(), QStringLiteral("b"));
    h.visit(QStringLiteral("b"));
    h.visit(QStringLiteral("d"));
    QVERIFY(!h.canGoForward());
    QCOMPARE(h.back(), QStringLiteral("b"));
    QCOMPARE(h.back(), QStringLiteral("a"));
}

void TestSelectionHistory::aYearOnItsOwnGoesBackToTheLastRecord()
{
    SelectionHistory h;
    h.visit(QStringLiteral("a"));
    h.visit(QStringLiteral("b"));
    h.visit(QString()); // 2014 on its own
    QVERIFY(!h.canGoForward());
    QCOMPARE(h.back(), QStringLiteral("b"));
    h.visit(QStringLiteral("b"));
    QCOMPARE(h.back(), QStringLiteral("a"));
}

void TestSelectionHistory::nothingToGoTo()
{
    SelectionHistory h;
    QVERIFY(!h.canGoBack());
    QVERIFY(h.back().isEmpty());
    QVERIFY(h.forward().isEmpty());
    h.restart(QStringLiteral("x"));
    QVERIFY(!h.canGoBack());
    h.visit(QString());
    QCOMPARE(h.back(), QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestSelectionHistory)
#include "tst_selectionhistory.moc"
