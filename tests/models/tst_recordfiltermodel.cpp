#include "models/items/recordfiltermodel.h"
#include "models/items/roles.h"
#include "models/items/searchfolding.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace pe;

// The proxy every view filters through. It keeps a per-row search cache that it drops when
// its source changes, follows a source it is given again or replaced, and keeps views'
// persistent indexes on their records through filters and sorts.
class TestRecordFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void followsSourceAfterRepeatedSetSourceModel_data();
    void followsSourceAfterRepeatedSetSourceModel();
    void searchSeesNewRows();
    void typingMatchesAFreshSearch_data();
    void typingMatchesAFreshSearch();
    void persistentIndexesFollowTheirRecords();
    void editedRecordsAreSortedAgain();
    void foldingAheadSeesEditedRecords();
    void largeSearchKeepsTheSortedOrder();
};

namespace {

QList<QStandardItem *> record(const QString &id, int year, const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(id, IdRole);
    item->setData(year, YearRole);
    item->setData(year, SortRole);
    item->setData(text, SearchTextRole);
    return {item};
}

std::unique_ptr<QStandardItemModel> makeSource(const QString &prefix)
{
    auto model = std::make_unique<QStandardItemModel>();
    model->appendRow(record(prefix + QLatin1String("-1996"), 1996, QStringLiteral("Treaty")));
    model->appendRow(record(prefix + QLatin1String("-2010"), 2010, QStringLiteral("Tractors")));
    return model;
}

} // namespace

void TestRecordFilterModel::followsSourceAfterRepeatedSetSourceModel_data()
{
    QTest::addColumn<bool>("switchModel"); // second call: another model, or the same again
    QTest::newRow("same model twice") << false;
    QTest::newRow("then another model") << true;
}

void TestRecordFilterModel::followsSourceAfterRepeatedSetSourceModel()
{
    QFETCH(bool, switchModel);
    const auto first = makeSource(QStringLiteral("a"));
    const auto second = makeSource(QStringLiteral("b"));

    RecordFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(first.get());
    proxy.setSourceModel(first.get());
    QStandardItemModel *source = first.get();
    if (switchModel) {
        proxy.setSourceModel(second.get());
        source = second.get();
    }
    proxy.setYearRange(2000, 0);
    proxy.sort(0);
    QCOMPARE(proxy.rowCount(), 1);

    // Inserted rows reach the proxy, filtered and sorted.
    source->appendRow(record(QStringLiteral("new-2015"), 2015, QStringLiteral("Exports")));
    source->insertRow(0, record(QStringLiteral("new-2005"), 2005, QStringLiteral("Visit")));
    source->appendRow(record(QStringLiteral("old-1992"), 1992, QStringLiteral("Relations")));
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, 0).data(YearRole).toInt(), 2005);
    QCOMPARE(proxy.index(2, 0).data(YearRole).toInt(), 2015);

    // Removed rows go too.
    source->removeRow(0);
    QCOMPARE(proxy.rowCount(), 2);

    // A reset of the source resets the proxy.
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    source->clear();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(proxy.rowCount(), 0);
    source->appendRow(record(QStringLiteral("after-2020"), 2020, QStringLiteral("Billion")));
    QCOMPARE(proxy.rowCount(), 1);

    // Changed data is filtered again.
    source->item(0)->setData(1999, YearRole);
    QCOMPARE(proxy.rowCount(), 0);

    // The model it left no longer drives it.
    if (switchModel) {
        first->appendRow(record(QStringLiteral("stale-2012"), 2012, QStringLiteral("Stale")));
        QCOMPARE(proxy.rowCount(), 0);
    }
}

// The search cache is dropped when rows arrive, so a new row is found by its text.
void TestRecordFilterModel::searchSeesNewRows()
{
    const auto source = makeSource(QStringLiteral("a"));
    RecordFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(source.get());
    proxy.setSourceModel(source.get());
    proxy.setSearchText(QStringLiteral("tractors"));
    QCOMPARE(proxy.rowCount(), 1);
    source->appendRow(record(QStringLiteral("a-2012"), 2012, QStringLiteral("More tractors")));
    QCOMPARE(proxy.rowCount(), 2);
    source->item(0)->setData(QStringLiteral("Treaty on tractors"), SearchTextRole);
    QCOMPARE(proxy.rowCount(), 3);
}

// Typed letter by letter, erased, retyped: at every step the proxy that remembers which rows
// failed the words before must show exactly what a proxy searching afresh shows.
void TestRecordFilterModel::typingMatchesAFreshSearch_data()
{
    QTest::addColumn<QStringList>("texts"); // the search field, one keystroke after another
    const auto typed = [](const QString &text) {
        QStringList steps;
        for (qsizetype i = 1; i <= text.size(); ++i)
            steps << text.left(i);
        return steps;
    };
    QTest::newRow("a word typed") << typed(QStringLiteral("tractor"));
    QTest::newRow("two words typed") << typed(QStringLiteral("minsk tractor"));
    QTest::newRow("typed, erased, another word")
        << typed(QStringLiteral("treaty")) +
               QStringList{QStringLiteral("treat"), QStringLiteral("trea"), QStringLiteral("tre"),
                           QStringLiteral("tr"),    QStringLiteral("tra"),  QStringLiteral("trac")};
    QTest::newRow("a middle letter changed")
        << QStringList{QStringLiteral("minsk"), QStringLiteral("mink"), QStringLiteral("minsk")};
    QTest::newRow("cleared and typed again")
        << QStringList{QStringLiteral("kost"), QString(), QStringLiteral("k"), QStringLiteral("ko"),
                       QStringLiteral("kos")};
    QTest::newRow("a word replaced by a longer one") << QStringList{
        QStringLiteral("belaz astana"), QStringLiteral("belaz"), QStringLiteral("belaz kostanay")};
    QTest::newRow("a letter after a word")
        << QStringList{QStringLiteral("minsk"), QStringLiteral("minsk k"),
                       QStringLiteral("minsk k w"), QStringLiteral("z"), QStringLiteral("z d")};
    QTest::newRow("accents and case") << QStringList{
        QStringLiteral("Kostanaï"), QStringLiteral("kostanai"), QStringLiteral("KOSTANAIS")};
}

void TestRecordFilterModel::typingMatchesAFreshSearch()
{
    QFETCH(QStringList, texts);
    QStandardItemModel source;
    const QStringList records{QStringLiteral("Treaty of friendship, Minsk"),
                              QStringLiteral("Minsk Tractor Works in Kostanay"),
                              QStringLiteral("BelAZ dump trucks for Astana"),
                              QStringLiteral("Tractors assembled in Kostanaï"),
                              QStringLiteral("Visit to Astana"),
                              QStringLiteral("Mink farms"),
                              QStringLiteral("BelAZ service centre, Kostanay region"),
                              QStringLiteral("Trade mission")};
    for (int i = 0; i < records.size(); ++i)
        source.appendRow(record(QStringLiteral("r%1").arg(i), 2000 + i, records.at(i)));

    RecordFilterModel typing;
    QAbstractItemModelTester tester(&typing,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    typing.setSourceModel(&source);
    typing.sort(0);
    const auto idsOf = [](const RecordFilterModel &proxy) {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(IdRole).toString();
        return ids;
    };
    // What a search means: the records (here in the order of their years) whose folded text
    // holds every folded word.
    const auto holdingEveryWord = [&records](const QString &text) {
        const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList ids;
        for (int i = 0; i < records.size(); ++i) {
            const QString folded = foldForSearch(records.at(i));
            if (std::all_of(words.cbegin(), words.cend(),
                            [&](const QString &word) { return folded.contains(word); }))
                ids << QStringLiteral("r%1").arg(i);
        }
        return ids;
    };
    for (const QString &text : std::as_const(texts)) {
        typing.setSearchText(text);
        RecordFilterModel fresh;
        fresh.setSourceModel(&source);
        fresh.sort(0);
        fresh.setSearchText(text);
        QCOMPARE(idsOf(typing), idsOf(fresh));
        QCOMPARE(idsOf(typing), holdingEveryWord(text));
    }
}

// A view's selection and current row are persistent indexes: a filter or a sort moves them
// with their record, and a record the filter hides takes its index with it.
void TestRecordFilterModel::persistentIndexesFollowTheirRecords()
{
    QStandardItemModel source;
    source.appendRow(record(QStringLiteral("treaty"), 1996, QStringLiteral("Treaty, Minsk")));
    source.appendRow(record(QStringLiteral("tractors"), 2010, QStringLiteral("Tractors, Minsk")));
    source.appendRow(record(QStringLiteral("visit"), 2004, QStringLiteral("Visit to Astana")));
    RecordFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.sort(0);
    const QPersistentModelIndex tractors = proxy.index(2, 0);
    const QPersistentModelIndex visit = proxy.index(1, 0);
    QCOMPARE(tractors.data(IdRole).toString(), QStringLiteral("tractors"));
    QSignalSpy layoutChanged(&proxy, &QAbstractItemModel::layoutChanged);

    proxy.setSearchText(QStringLiteral("minsk"));
    QCOMPARE(layoutChanged.count(), 1);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(tractors.row(), 1);
    QCOMPARE(tractors.data(IdRole).toString(), QStringLiteral("tractors"));
    QVERIFY(!visit.isValid());

    proxy.sort(0, Qt::DescendingOrder);
    QCOMPARE(tractors.row(), 0);
    QCOMPARE(proxy.mapToSource(tractors).row(), 1);
    QCOMPARE(proxy.mapFromSource(source.index(2, 0)), QModelIndex());

    // A filter that changes nothing shown says nothing.
    layoutChanged.clear();
    proxy.setSearchText(QStringLiteral("mins"));
    QCOMPARE(layoutChanged.count(), 0);
}

// What a row is sorted by can change under the proxy (a language switch retitles every row).
void TestRecordFilterModel::editedRecordsAreSortedAgain()
{
    QStandardItemModel source;
    source.appendRow(record(QStringLiteral("a"), 1996, QStringLiteral("Treaty")));
    source.appendRow(record(QStringLiteral("b"), 2010, QStringLiteral("Tractors")));
    RecordFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.sort(0);
    proxy.setSearchText(QStringLiteral("tr"));
    QCOMPARE(proxy.index(0, 0).data(IdRole).toString(), QStringLiteral("a"));
    source.item(0)->setData(2020, SortRole);
    source.item(0)->setData(QStringLiteral("Export"), SearchTextRole);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toString(), QStringLiteral("b"));
    proxy.setSearchText(QString());
    QCOMPARE(proxy.index(1, 0).data(IdRole).toString(), QStringLiteral("a"));
}

// The window's proxies fold the records' text while idle: text edited after it was folded
// (a language switch) must be folded again before it is searched.
void TestRecordFilterModel::foldingAheadSeesEditedRecords()
{
    QStandardItemModel source;
    for (int i = 0; i < 3000; ++i) {
        source.appendRow(record(QStringLiteral("r%1").arg(i), 1990 + i % 30,
                                QStringLiteral("Record %1 of the Minsk series").arg(i)));
    }
    RecordFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.setFoldsAheadOfSearch(true);
    QTest::qWait(1000); // folded (it starts after a pause, then takes a few milliseconds)
    source.item(2999)->setData(QStringLiteral("Record 2999, Astana"), SearchTextRole);
    QTest::qWait(1000);
    proxy.setSearchText(QStringLiteral("ASTANA"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toString(), QStringLiteral("r2999"));
    proxy.setSearchText(QStringLiteral("minsk"));
    QCOMPARE(proxy.rowCount(), 2999);
}

// Enough records that their text is read on several threads: what comes back is still every
// match, in the proxy's order.
void TestRecordFilterModel::largeSearchKeepsTheSortedOrder()
{
    QStandardItemModel source;
    const int records = 60000;
    for (int i = 0; i < records; ++i) {
        const QString text = QStringLiteral("Record %1%2")
                                 .arg(i)
                                 .arg(i % 7 == 0 ? QStringLiteral(", Astana") : QString());
        source.appendRow(record(QStringLiteral("r%1").arg(i), 1990 + (i * 13) % 31, text));
    }
    RecordFilterModel proxy;
    proxy.setSourceModel(&source);
    proxy.sort(0, Qt::DescendingOrder);
    QStringList expected;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString id = proxy.index(row, 0).data(IdRole).toString();
        if (id.mid(1).toInt() % 7 == 0)
            expected << id;
    }
    proxy.setSearchText(QStringLiteral("astana"));
    QCOMPARE(proxy.rowCount(), (records + 6) / 7);
    QStringList found;
    for (int row = 0; row < proxy.rowCount(); ++row)
        found << proxy.index(row, 0).data(IdRole).toString();
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestRecordFilterModel)
#include "tst_recordfiltermodel.moc"
