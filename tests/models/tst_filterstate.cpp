#include "models/items/eventmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/state/filterstate.h"
#include "tests/support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pe;

class TestFilterState : public QObject
{
    Q_OBJECT

private slots:
    void emitsOncePerRealChange();
    void sameValueIsSilent();
    void setPlaceKeepsTheRest();
    void proxiesFollow();
    void anInvertedRangeIsTheYearsBetween();
};

void TestFilterState::emitsOncePerRealChange()
{
    FilterState state;
    QSignalSpy changed(&state, &FilterState::changed);
    RecordFilter f;
    f.text = QStringLiteral("treaty");
    state.setFilter(f);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<RecordFilter>(), f);
    QCOMPARE(state.filter(), f);
    f.fromYear = 2000;
    state.setFilter(f);
    QCOMPARE(changed.count(), 1);
    state.clear();
    QCOMPARE(changed.count(), 2);
    QVERIFY(!state.filter().isActive());
}

void TestFilterState::sameValueIsSilent()
{
    FilterState state;
    QSignalSpy changed(&state, &FilterState::changed);
    state.setFilter(RecordFilter());
    state.clear();
    state.setPlace(QString());
    QCOMPARE(changed.count(), 0);
    RecordFilter f;
    f.sector = Sector::MachineBuilding;
    state.setFilter(f);
    state.setFilter(f);
    QCOMPARE(changed.count(), 1);
}

void TestFilterState::setPlaceKeepsTheRest()
{
    FilterState state;
    RecordFilter f;
    f.text = QStringLiteral("tractor");
    state.setFilter(f);
    QSignalSpy changed(&state, &FilterState::changed);
    state.setPlace(QStringLiteral("kz-kostanay-region"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(state.filter().text, QStringLiteral("tractor"));
    QCOMPARE(state.filter().place, QStringLiteral("kz-kostanay-region"));
    state.setPlace(QStringLiteral("kz-kostanay-region"));
    QCOMPARE(changed.count(), 1);
}

void TestFilterState::proxiesFollow()
{
    QString error;
    const std::shared_ptr<const Dataset> small = test::Fixtures::small(&error);
    QVERIFY2(small, qPrintable(error));
    EventModel events;
    RecordFilterModel first;
    RecordFilterModel second;
    QAbstractItemModelTester tester(&first, QAbstractItemModelTester::FailureReportingMode::QtTest);
    first.setSourceModel(&events);
    second.setSourceModel(&events);
    events.setDataset(small);

    FilterState state;
    RecordFilter f;
    f.text = QStringLiteral("kostanay");
    state.setFilter(f);
    // A proxy takes the filter in force when it starts following.
    first.setFilterState(&state);
    QCOMPARE(first.filter(), f);
    QCOMPARE(first.rowCount(), 2);

    second.setFilterState(&state);
    QSignalSpy firstChanged(&first, &RecordFilterModel::filterChanged);
    QSignalSpy secondChanged(&second, &RecordFilterModel::filterChanged);
    state.clear();
    QCOMPARE(firstChanged.count(), 1);
    QCOMPARE(secondChanged.count(), 1);
    QCOMPARE(first.rowCount(), 4);
    QCOMPARE(second.rowCount(), 4);
    state.clear();
    QCOMPARE(firstChanged.count(), 1);

    // Following another state (or none) lets go of the first.
    FilterState other;
    second.setFilterState(&other);
    state.setFilter(f);
    QCOMPARE(first.rowCount(), 2);
    QCOMPARE(second.rowCount(), 4);
}

// "From 2020 to 2010" is read as the years between, not as a range nothing falls in.
void TestFilterState::anInvertedRangeIsTheYearsBetween()
{
    FilterState state;
    QSignalSpy spy(&state, &FilterState::changed);
    RecordFilter inverted;
    inverted.fromYear = 2020;
    inverted.toYear = 2010;
    state.setFilter(inverted);
    QCOMPARE(state.filter().fromYear, 2010);
    QCOMPARE(state.filter().toYear, 2020);
    QCOMPARE(spy.count(), 1);
    RecordFilter same;
    same.fromYear = 2010;
    same.toYear = 2020;
    state.setFilter(same);
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestFilterState)
#include "tst_filterstate.moc"
