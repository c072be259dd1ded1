#include "models/dataset.h"
#include "models/items/eventmodel.h"
#include "models/items/observationmodel.h"
#include "models/items/pairingmodel.h"
#include "models/items/roles.h"
#include "models/items/venturemodel.h"
#include "models/provenance.h"

#include <QTest>

#include <memory>

using namespace pe;

// "Supplementary" (from outside the book) is one predicate: the observation's own answer,
// which the detail pane shows, and every model's SupplementaryRole, which the tables and
// the timeline show, must agree on every combination of sources.
class TestProvenance : public QObject
{
    Q_OBJECT

private slots:
    void onePredicate_data();
    void onePredicate();
};

void TestProvenance::onePredicate_data()
{
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<bool>("supplementary");
    QTest::newRow("no source") << QStringList() << false;
    QTest::newRow("book footnote") << QStringList{QStringLiteral("fn-1")} << false;
    QTest::newRow("supplementary page") << QStringList{QStringLiteral("sup-a")} << true;
    QTest::newRow("two supplementary pages")
        << QStringList{QStringLiteral("sup-a"), QStringLiteral("sup-b")} << true;
    QTest::newRow("book and supplementary")
        << QStringList{QStringLiteral("sup-a"), QStringLiteral("fn-1")} << false;
    QTest::newRow("unknown source") << QStringList{QStringLiteral("sup-missing")} << false;
    QTest::newRow("supplementary and unknown")
        << QStringList{QStringLiteral("sup-a"), QStringLiteral("sup-missing")} << false;
}

void TestProvenance::onePredicate()
{
    QFETCH(QStringList, sources);
    QFETCH(bool, supplementary);

    // Built by hand rather than loaded: the loader refuses a record without sources.
    auto dataset = std::make_shared<Dataset>();
    Source book;
    book.id = QStringLiteral("fn-1");
    book.footnote = 1;
    Source pageA;
    pageA.id = QStringLiteral("sup-a");
    pageA.kind = Source::Kind::Supplementary;
    Source pageB = pageA;
    pageB.id = QStringLiteral("sup-b");
    dataset->sources = {book, pageA, pageB};
    Observation observation;
    observation.id = QStringLiteral("obs");
    observation.year = 2010;
    observation.sources = sources;
    dataset->observations = {observation};
    Event event;
    event.id = QStringLiteral("ev");
    event.year = 2010;
    event.sources = sources;
    dataset->events = {event};
    Venture venture;
    venture.id = QStringLiteral("jv");
    venture.sources = sources;
    dataset->ventures = {venture};
    Pairing pairing;
    pairing.id = QStringLiteral("pair");
    pairing.sources = sources;
    dataset->pairings = {pairing};
    dataset->index();

    QCOMPARE(isSupplementary(*dataset, sources), supplementary);
    QCOMPARE(dataset->observations.constFirst().isSupplementary(*dataset), supplementary);

    ObservationModel observations;
    EventModel events;
    VentureModel ventures;
    PairingModel pairings;
    for (DatasetModel *model :
         std::initializer_list<DatasetModel *>{&observations, &events, &ventures, &pairings}) {
        model->setDataset(dataset);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(SupplementaryRole).toBool(), supplementary);
    }
}

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
