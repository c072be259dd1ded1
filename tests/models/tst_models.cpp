#include "models/items/eventmodel.h"
#include "models/items/observationmodel.h"
#include "models/items/pairingmodel.h"
#include "models/items/placemodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/regioncountmodel.h"
#include "models/items/roles.h"
#include "models/items/sourcemodel.h"
#include "models/items/venturemodel.h"
#include "tests/support/fixturesuite.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <future>

using namespace pe;

class TestModels : public test::FixtureSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTester_data();
    void modelsPassTester();
    void eventsInDateOrder();
    void headersAlignWithTheirCells_data();
    void headersAlignWithTheirCells();
    void eventRoles();
    void observationRoles();
    void ventureAndPairingRoles();
    void roleNamesNameEveryRole();
    void languageChangesText_data();
    void languageChangesText();
    void filter_data();
    void filter();
    void filterSignals();
    void bookOnlyHidesSupplementary_data();
    void bookOnlyHidesSupplementary();
    void sortsByRole();
    void resetOnNewDataset();
    void regionCounts();
    void sourcesAreAboutThePlacesOfWhatCitesThem();
};

void TestModels::initTestCase()
{
    QString error;
    QVERIFY2(loadFixtures(&error), qPrintable(error));
}

static DatasetModel *makeModel(const QString &kind, QObject *parent)
{
    if (kind == QLatin1String("events"))
        return new EventModel(parent);
    if (kind == QLatin1String("observations"))
        return new ObservationModel(parent);
    if (kind == QLatin1String("ventures"))
        return new VentureModel(parent);
    if (kind == QLatin1String("pairings"))
        return new PairingModel(parent);
    if (kind == QLatin1String("places"))
        return new PlaceModel(parent);
    return new SourceModel(parent);
}

void TestModels::modelsPassTester_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"events", "observations", "ventures", "pairings", "places", "sources"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

// Every model and its filter proxy, on the real shipped data: filled, filtered, sorted,
// switched to another language and emptied again while the tester watches.
void TestModels::modelsPassTester()
{
    QFETCH(QString, kind);
    QObject owner;
    DatasetModel *model = makeModel(kind, &owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordFilterModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(model);

    model->setDataset(m_builtIn);
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(proxy.rowCount(), model->rowCount());
    proxy.sort(0);
    proxy.setSearchText(QStringLiteral("a"));
    proxy.setYearRange(2010, 2015);
    proxy.setPlace(QStringLiteral("kz"));
    proxy.sort(1, Qt::DescendingOrder);
    model->setLanguage(QStringLiteral("ru"));
    proxy.clear();
    QCOMPARE(proxy.rowCount(), model->rowCount());
    model->setDataset(m_small);
    model->setDataset(nullptr);
    QCOMPARE(model->rowCount(), 0);
}

void TestModels::headersAlignWithTheirCells_data()
{
    modelsPassTester_data();
}

// A column of figures lines up on the right, its header too; every other column as the view
// aligns it. Seen through the proxy, as the tables see it.
void TestModels::headersAlignWithTheirCells()
{
    QFETCH(QString, kind);
    QObject owner;
    DatasetModel *model = makeModel(kind, &owner);
    RecordFilterModel proxy;
    proxy.setSourceModel(model);
    model->setDataset(m_builtIn);
    int rightAligned = 0;
    for (int column = 0; column < proxy.columnCount(); ++column) {
        const QVariant header = proxy.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, column).data(Qt::TextAlignmentRole), header);
        if (header.isValid() && (header.value<Qt::Alignment>() & Qt::AlignRight))
            ++rightAligned;
    }
    // The year and the value of a figure.
    QCOMPARE(rightAligned, kind == QLatin1String("observations") ? 2 : 0);
}

void TestModels::eventsInDateOrder()
{
    EventModel model;
    model.setDataset(m_builtIn);
    int previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int key = model.index(row, 0).data(DateKeyRole).toInt();
        QVERIFY2(key >= previous, qPrintable(model.index(row, 0).data(IdRole).toString()));
        previous = key;
    }
}

void TestModels::eventRoles()
{
    EventModel model;
    model.setDataset(m_small);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(EventModel::ColumnCount));
    const QModelIndex first = model.index(0, EventModel::TitleColumn);
    QCOMPARE(first.data(IdRole).toString(), QStringLiteral("ev-1996"));
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Friendship treaty"));
    QCOMPARE(first.data(YearRole).toInt(), 1996);
    QCOMPARE(first.data(DateKeyRole).toInt(), 19960117);
    QCOMPARE(first.data(CategoryRole).value<Category>(), Category::Treaties);
    QCOMPARE(first.data(SourcesRole).toStringList(), QStringList{QStringLiteral("fn-6")});
    QCOMPARE(model.index(0, EventModel::SourceColumn).data().toString(), QStringLiteral("note 6"));
    const QModelIndex tractors = model.index(model.rowOfId(QStringLiteral("ev-2010")), 0);
    QCOMPARE(tractors.data(PlacesRole).toStringList(),
             QStringList({QStringLiteral("kz-kostanay"), QStringLiteral("kz-kostanay-region"),
                          QStringLiteral("kz")}));
    QCOMPARE(tractors.data(SectorRole).value<QList<Sector>>(),
             QList<Sector>{Sector::AgriculturalMachinery});
    QCOMPARE(tractors.data(LinkedIdsRole).toStringList(),
             QStringList{QStringLiteral("jv-tractors")});
    QCOMPARE(tractors.data(Qt::DisplayRole).toString(), QStringLiteral("2010"));
    QVERIFY(model.index(0, 0).data(SearchTextRole).toString().contains(QStringLiteral("Договор")));
    QCOMPARE(model.headerData(EventModel::TitleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Event"));
}

void TestModels::observationRoles()
{
    ObservationModel model;
    model.setDataset(m_small);
    const int row = model.rowOfId(QStringLiteral("obs-2012-h1"));
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row, ObservationModel::ValueColumn);
    QCOMPARE(index.data(ValueRole).toDouble(), 479.0);
    QCOMPARE(index.data(QualifierRole).value<Qualifier>(), Qualifier::Approximate);
    QCOMPARE(index.data(FullYearRole).toBool(), false);
    QCOMPARE(index.data(SupplementaryRole).toBool(), true);
    QCOMPARE(index.data(ReportingSideRole).value<Side>(), Side::Kazakhstan);
    QCOMPARE(index.data().toString(), QStringLiteral("≈ US$ 479 M"));
    QCOMPARE(model.index(row, ObservationModel::PeriodColumn).data().toString(),
             QStringLiteral("H1"));
    const int book = model.rowOfId(QStringLiteral("obs-2010"));
    QCOMPARE(model.index(book, 0).data(SupplementaryRole).toBool(), false);
    QCOMPARE(model.index(book, ObservationModel::ValueColumn).data().toString(),
             QStringLiteral("US$ 870 M"));
}

void TestModels::ventureAndPairingRoles()
{
    VentureModel ventures;
    ventures.setDataset(m_small);
    QCOMPARE(ventures.rowCount(), 1);
    QCOMPARE(ventures.index(0, VentureModel::SectorColumn).data().toString(),
             QStringLiteral("Agricultural machinery"));
    QCOMPARE(ventures.index(0, 0).data(SectorRole).value<QList<Sector>>(),
             QList<Sector>{Sector::AgriculturalMachinery});
    QCOMPARE(ventures.index(0, VentureModel::StatusColumn).data().toString(),
             QStringLiteral("Operating"));

    PairingModel pairings;
    pairings.setDataset(m_small);
    QCOMPARE(pairings.index(0, PairingModel::AreasColumn).data().toString(),
             QStringLiteral("trade, agriculture"));
    const QStringList places = pairings.index(0, 0).data(PlacesRole).toStringList();
    QVERIFY(places.contains(QStringLiteral("by-gomel-region")));
    QVERIFY(places.contains(QStringLiteral("kz")));
    QVERIFY(!pairings.index(0, 0).data(SectorRole).isValid());
}

// Every shared role has a name (views that address roles by name, such as QML, see only
// those), and no two share one. MilestonesRole is the last role of roles.h.
void TestModels::roleNamesNameEveryRole()
{
    EventModel model;
    const QHash<int, QByteArray> names = model.roleNames();
    QSet<QByteArray> seen;
    for (int role = IdRole; role <= MilestonesRole; ++role) {
        const QByteArray name = names.value(role);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(role - IdRole)));
        QVERIFY2(!seen.contains(name), name.constData());
        seen.insert(name);
    }
    QCOMPARE(names.value(MilestonesRole), QByteArray("milestones"));
}

void TestModels::languageChangesText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << "en"
                        << "Friendship treaty";
    QTest::newRow("fr") << "fr"
                        << "Traité d'amitié";
    QTest::newRow("ru") << "ru"
                        << "Договор о дружбе";
}

void TestModels::languageChangesText()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    EventModel model;
    model.setDataset(m_small);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(language);
    QCOMPARE(changed.count(), language == QLatin1String("en") ? 0 : 1);
    QCOMPARE(model.index(0, EventModel::TitleColumn).data().toString(), title);
}

void TestModels::filter_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("sector");
    QTest::addColumn<QStringList>("expectedIds");

    const QStringList none;
    QTest::newRow("events, no filter")
        << "events"
        << "" << 0 << 0 << none << ""
        << "" << QStringList{"ev-1996", "ev-2010", "ev-2011", "ev-2012-05"};
    QTest::newRow("events, text") << "events"
                                  << "treaty" << 0 << 0 << none << ""
                                  << "" << QStringList{"ev-1996"};
    QTest::newRow("events, text in Russian") << "events"
                                             << "тракторов" << 0 << 0 << none << ""
                                             << "" << QStringList{"ev-2010"};
    QTest::newRow("events, accents ignored") << "events"
                                             << "kostanai" << 0 << 0 << none << ""
                                             << "" << QStringList{"ev-2010", "ev-2012-05"};
    QTest::newRow("events, two words") << "events"
                                       << "kostanay gomel" << 0 << 0 << none << ""
                                       << "" << QStringList{"ev-2012-05"};
    QTest::newRow("events, years") << "events"
                                   << "" << 2010 << 2011 << none << ""
                                   << "" << QStringList{"ev-2010", "ev-2011"};
    QTest::newRow("events, from year") << "events"
                                       << "" << 2011 << 0 << none << ""
                                       << "" << QStringList{"ev-2011", "ev-2012-05"};
    QTest::newRow("events, categories") << "events"
                                        << "" << 0 << 0 << QStringList{"treaties", "regions"} << ""
                                        << "" << QStringList{"ev-1996", "ev-2012-05"};
    QTest::newRow("events, region includes its cities")
        << "events"
        << "" << 0 << 0 << none << "kz-kostanay-region"
        << "" << QStringList{"ev-2010", "ev-2012-05"};
    QTest::newRow("events, sector") << "events"
                                    << "" << 0 << 0 << none << ""
                                    << "agricultural-machinery" << QStringList{"ev-2010"};
    QTest::newRow("events, combined") << "events"
                                      << "kostanay" << 2011 << 2022 << none << ""
                                      << "" << QStringList{"ev-2012-05"};
    QTest::newRow("observations, years") << "observations"
                                         << "" << 2010 << 2011 << none << ""
                                         << "" << QStringList{"obs-2010", "obs-2011-sup"};
    QTest::newRow("observations, category ignored")
        << "observations"
        << "" << 2012 << 2012 << QStringList{"treaties"} << ""
        << "" << QStringList{"obs-2012-h1"};
    QTest::newRow("ventures, region") << "ventures"
                                      << "" << 0 << 0 << none << "kz"
                                      << "" << QStringList{"jv-tractors"};
    QTest::newRow("ventures, other region") << "ventures"
                                            << "" << 0 << 0 << none << "by-gomel-region"
                                            << "" << QStringList{};
    QTest::newRow("ventures, sector") << "ventures"
                                      << "" << 0 << 0 << none << ""
                                      << "wood" << QStringList{};
    QTest::newRow("pairings, sector ignored") << "pairings"
                                              << "" << 0 << 0 << none << ""
                                              << "wood" << QStringList{"pair-gomel-kostanay"};
    QTest::newRow("pairings, text in French") << "pairings"
                                              << "gomel" << 0 << 0 << none << ""
                                              << "" << QStringList{"pair-gomel-kostanay"};
}

void TestModels::filter()
{
    QFETCH(QString, collection);
    QFETCH(QString, text);
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    QFETCH(QStringList, categories);
    QFETCH(QString, place);
    QFETCH(QString, sector);
    QFETCH(QStringList, expectedIds);

    QObject owner;
    DatasetModel *model = makeModel(collection, &owner);
    model->setDataset(m_small);
    RecordFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(model);
    proxy.sort(0);

    RecordFilter f;
    f.text = text;
    f.fromYear = fromYear;
    f.toYear = toYear;
    // The rows name keys, as the file does; the filter takes the enums.
    for (const QString &key : std::as_const(categories)) {
        const std::optional<Category> category = fromKey<Category>(key);
        QVERIFY2(category, qPrintable(key));
        f.categories.insert(*category);
    }
    f.place = place;
    if (!sector.isEmpty()) {
        f.sector = fromKey<Sector>(sector);
        QVERIFY2(f.sector, qPrintable(sector));
    }
    proxy.setFilter(f);

    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(IdRole).toString());
    ids.sort();
    QCOMPARE(ids, expectedIds);
    QCOMPARE(f.isActive(), !text.isEmpty() || fromYear || toYear || !categories.isEmpty() ||
                               !place.isEmpty() || !sector.isEmpty());
}

void TestModels::bookOnlyHidesSupplementary_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QStringList>("bookIds");
    QTest::newRow("observations") << "observations" << QStringList{"obs-2005", "obs-2010"};
    QTest::newRow("sources") << "sources" << QStringList{"fn-10", "fn-6"};
}

void TestModels::bookOnlyHidesSupplementary()
{
    QFETCH(QString, collection);
    QFETCH(QStringList, bookIds);
    QObject owner;
    DatasetModel *model = makeModel(collection, &owner);
    model->setDataset(m_small);
    RecordFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(model);
    RecordFilter f;
    f.bookOnly = true;
    QVERIFY(f.isActive());
    proxy.setFilter(f);
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(IdRole).toString());
    ids.sort();
    QCOMPARE(ids, bookIds);
    // Off again: every record is back.
    proxy.setFilter(RecordFilter());
    QCOMPARE(proxy.rowCount(), model->rowCount());
}

void TestModels::filterSignals()
{
    EventModel model;
    model.setDataset(m_small);
    RecordFilterModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &RecordFilterModel::filterChanged);
    proxy.setSearchText(QStringLiteral("treaty"));
    QCOMPARE(changed.count(), 1);
    proxy.setSearchText(QStringLiteral("treaty")); // same filter: nothing to tell
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.clear();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestModels::sortsByRole()
{
    ObservationModel model;
    model.setDataset(m_small);
    RecordFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ObservationModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toString(), QStringLiteral("obs-2010"));
    QCOMPARE(proxy.index(3, 0).data(IdRole).toString(), QStringLiteral("obs-2005"));
}

void TestModels::resetOnNewDataset()
{
    VentureModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDataset(m_small);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).parent(), QModelIndex());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestModels::regionCounts()
{
    PairingModel pairings;
    pairings.setDataset(m_builtIn);
    RecordFilterModel proxy;
    proxy.setSourceModel(&pairings);
    RegionCountModel counts;
    QAbstractItemModelTester tester(&counts,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    counts.setDataset(m_builtIn);
    counts.setSourceModel(&proxy);
    QVERIFY(counts.rowCount() > 5);
    // Largest count first.
    QVERIFY(counts.index(0, RegionCountModel::CountColumn).data().toInt() >=
            counts.index(1, RegionCountModel::CountColumn).data().toInt());
    // Counts and their header line up on the right; the names as the view aligns them.
    for (int column = 0; column < counts.columnCount(); ++column) {
        const QVariant alignment = counts.index(0, column).data(Qt::TextAlignmentRole);
        QCOMPARE(counts.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole), alignment);
        QCOMPARE(alignment.isValid(), column == RegionCountModel::CountColumn);
    }

    // On the fixture: one pairing, counted once for each side's region.
    pairings.setDataset(m_small);
    counts.setDataset(m_small);
    QCOMPARE(counts.rowCount(), 2);
    QCOMPARE(counts.countFor(QStringLiteral("by-gomel-region")), 1);
    QCOMPARE(counts.countFor(QStringLiteral("kz-kostanay-region")), 1);
    QCOMPARE(counts.countFor(QStringLiteral("kz")), 0);
    // Counts follow the filter.
    proxy.setSearchText(QStringLiteral("no such pairing"));
    QCOMPARE(counts.rowCount(), 0);
}

// The place filter finds a source through the records that cite it: each source's places
// hold every place (and the places containing it) of every event citing it. Worked out on
// first use, so several threads asking at once must all get the whole answer.
void TestModels::sourcesAreAboutThePlacesOfWhatCitesThem()
{
    const auto dataset = std::make_shared<Dataset>(*m_builtIn);
    dataset->index();
    QStringList sourceIds;
    for (const Source &source : std::as_const(dataset->sources))
        sourceIds << source.id;
    const auto placesOfEach = [dataset, sourceIds] {
        QList<QStringList> places;
        for (const QString &id : sourceIds)
            places << dataset->placesCiting(id);
        return places;
    };
    auto first = std::async(std::launch::async, placesOfEach);
    auto second = std::async(std::launch::async, placesOfEach);
    const QList<QStringList> places = first.get();
    QCOMPARE(second.get(), places);

    int checked = 0;
    for (const Event &event : std::as_const(dataset->events)) {
        for (const QString &source : event.sources) {
            const QStringList cited = places.at(sourceIds.indexOf(source));
            for (const QString &place : dataset->withAncestors(event.places)) {
                QVERIFY2(cited.contains(place), qPrintable(source + QLatin1String(": ") + place));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 100);
    SourceModel model;
    model.setDataset(dataset);
    const int row = int(sourceIds.indexOf(dataset->events.first().sources.first()));
    QCOMPARE(model.index(row, 0).data(PlacesRole).toStringList(), places.at(row));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
