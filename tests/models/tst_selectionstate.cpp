#include "models/state/selectionstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace pe;

class TestSelectionState : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty();
    void emitsOncePerRealChange();
    void sameValueIsSilent();
    void selectYearDropsTheRecord();
    void clearEmitsOnlyWhenSomethingWasSelected();
    void stateIsCompleteWhenSignalled();
};

void TestSelectionState::startsEmpty()
{
    SelectionState state;
    QCOMPARE(state.currentId(), QString());
    QCOMPARE(state.markedYear(), 0);
}

void TestSelectionState::emitsOncePerRealChange()
{
    SelectionState state;
    QSignalSpy ids(&state, &SelectionState::currentIdChanged);
    QSignalSpy years(&state, &SelectionState::markedYearChanged);
    QSignalSpy changed(&state, &SelectionState::changed);

    state.setCurrentId(QStringLiteral("ev-1996"));
    QCOMPARE(ids.count(), 1);
    QCOMPARE(ids.takeFirst().at(0).toString(), QStringLiteral("ev-1996"));
    QCOMPARE(years.count(), 0);
    QCOMPARE(changed.count(), 1);

    state.setMarkedYear(1996);
    QCOMPARE(ids.count(), 0);
    QCOMPARE(years.count(), 1);
    QCOMPARE(years.takeFirst().at(0).toInt(), 1996);
    QCOMPARE(changed.count(), 2);

    state.setCurrentId(QStringLiteral("jv-tractors"));
    QCOMPARE(ids.count(), 1);
    QCOMPARE(state.markedYear(), 1996); // a record alone leaves the year alone
    QCOMPARE(changed.count(), 3);
}

void TestSelectionState::sameValueIsSilent()
{
    SelectionState state;
    state.setCurrentId(QStringLiteral("ev-1996"));
    state.setMarkedYear(1996);
    QSignalSpy ids(&state, &SelectionState::currentIdChanged);
    QSignalSpy years(&state, &SelectionState::markedYearChanged);
    QSignalSpy changed(&state, &SelectionState::changed);
    state.setCurrentId(QStringLiteral("ev-1996"));
    state.setMarkedYear(1996);
    QCOMPARE(ids.count(), 0);
    QCOMPARE(years.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestSelectionState::selectYearDropsTheRecord()
{
    SelectionState state;
    state.setCurrentId(QStringLiteral("ev-2010"));
    state.setMarkedYear(2010);
    QSignalSpy ids(&state, &SelectionState::currentIdChanged);
    QSignalSpy years(&state, &SelectionState::markedYearChanged);
    QSignalSpy changed(&state, &SelectionState::changed);

    // The same year: only the record goes.
    state.selectYear(2010);
    QCOMPARE(state.currentId(), QString());
    QCOMPARE(state.markedYear(), 2010);
    QCOMPARE(ids.count(), 1);
    QCOMPARE(years.count(), 0);
    QCOMPARE(changed.count(), 1);

    state.selectYear(2010);
    QCOMPARE(changed.count(), 1);

    state.selectYear(2011);
    QCOMPARE(ids.count(), 1);
    QCOMPARE(years.count(), 1);
    QCOMPARE(changed.count(), 2);
}

void TestSelectionState::clearEmitsOnlyWhenSomethingWasSelected()
{
    SelectionState state;
    QSignalSpy changed(&state, &SelectionState::changed);
    state.clear();
    QCOMPARE(changed.count(), 0);
    state.setCurrentId(QStringLiteral("obs-2010"));
    state.setMarkedYear(2010);
    changed.clear();
    QSignalSpy ids(&state, &SelectionState::currentIdChanged);
    QSignalSpy years(&state, &SelectionState::markedYearChanged);
    state.clear();
    QCOMPARE(ids.count(), 1);
    QCOMPARE(years.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(state.currentId(), QString());
    QCOMPARE(state.markedYear(), 0);
}

void TestSelectionState::stateIsCompleteWhenSignalled()
{
    SelectionState state;
    state.setCurrentId(QStringLiteral("ev-2010"));
    int yearSeen = -1;
    connect(&state, &SelectionState::currentIdChanged, this,
            [&] { yearSeen = state.markedYear(); });
    state.selectYear(2012);
    QCOMPARE(yearSeen, 2012);
}

QTEST_GUILESS_MAIN(TestSelectionState)
#include "tst_selectionstate.moc"
