#include "models/datasetloader.h"
#include "tests/support/fixtures.h"

#include <QSet>
#include <QTest>

using namespace pe;

// The dataset the application ships, checked for what the loader cannot know: that it
// covers the book, quotes its footnotes, marks outside figures, speaks three languages and
// names its places by country. What the loader already refuses (a record without a source,
// an unresolved reference, an empty title, a place outside its country's box) is not
// restated here: initTestCase would fail first.
class TestShippedDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usesTheCurrentSchema();
    void coversTheBook_data();
    void coversTheBook();
    void footnotesAreTheBooks();
    void supplementaryFiguresAreMarked();
    void textsInThreeLanguages();
    void placeIdsNameTheirCountry();
    void formerNamesKept();
    void conflictsAreMutual();
    void eventsWithinThePeriod();
    void keyFigures_data();
    void keyFigures();

private:
    std::shared_ptr<const Dataset> m_data;
};

void TestShippedDataset::initTestCase()
{
    QString error;
    m_data = test::Fixtures::builtIn(&error);
    QVERIFY2(m_data, qPrintable(error));
}

// The loader still reads older versions, so only this says the shipped file is not one.
void TestShippedDataset::usesTheCurrentSchema()
{
    QCOMPARE(m_data->schemaVersion, DatasetLoader::supportedSchemaVersion);
}

void TestShippedDataset::coversTheBook_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<int>("minimum");
    QTest::newRow("book observations") << "observations" << 25;
    QTest::newRow("ventures") << "ventures" << 25;
    QTest::newRow("pairings") << "pairings" << 30;
    QTest::newRow("events") << "events" << 80;
    QTest::newRow("places") << "places" << 40;
}

void TestShippedDataset::coversTheBook()
{
    QFETCH(QString, collection);
    QFETCH(int, minimum);
    qsizetype count = 0;
    if (collection == QLatin1String("observations"))
        count = std::count_if(m_data->observations.cbegin(), m_data->observations.cend(),
                              [this](const Observation &o) { return !o.isSupplementary(*m_data); });
    else if (collection == QLatin1String("ventures"))
        count = m_data->ventures.size();
    else if (collection == QLatin1String("pairings"))
        count = m_data->pairings.size();
    else if (collection == QLatin1String("events"))
        count = m_data->events.size();
    else
        count = m_data->places.size();
    QVERIFY2(count >= minimum, qPrintable(QString::number(count)));
}

void TestShippedDataset::footnotesAreTheBooks()
{
    QSet<int> footnotes;
    for (const Source &s : m_data->sources) {
        if (s.kind != Source::Kind::Book)
            continue;
        QVERIFY2(s.footnote >= 1 && s.footnote <= 117, qPrintable(s.id));
        QCOMPARE(s.id, QStringLiteral("fn-%1").arg(s.footnote));
        QVERIFY2(!s.quote.isEmpty(), qPrintable(s.id));
        footnotes.insert(s.footnote);
    }
    QCOMPARE(footnotes.size(), 117);
}

void TestShippedDataset::supplementaryFiguresAreMarked()
{
    int supplementary = 0;
    for (const Observation &o : m_data->observations) {
        if (!o.isSupplementary(*m_data))
            continue;
        ++supplementary;
        QVERIFY2(o.note.en.startsWith(QLatin1String("Not from the book")), qPrintable(o.id));
        for (const QString &id : o.sources)
            QVERIFY(!m_data->source(id)->url.isEmpty());
    }
    QVERIFY(supplementary >= 10);
}

void TestShippedDataset::textsInThreeLanguages()
{
    auto check = [](const QString &id, const LocalizedText &t) {
        QVERIFY2(!t.en.isEmpty() && !t.fr.isEmpty() && !t.ru.isEmpty(), qPrintable(id));
        QVERIFY2(t.en != t.ru, qPrintable(id));
    };
    for (const Event &e : m_data->events) {
        check(e.id, e.title);
        check(e.id, e.text);
    }
    for (const Venture &v : m_data->ventures) {
        check(v.id, v.name);
        check(v.id, v.description);
    }
    for (const Pairing &p : m_data->pairings)
        check(p.id, p.description);
    for (const Place &p : m_data->places)
        check(p.id, p.name);
}

// Place ids name their country. (The coordinates are the loader's to check.)
void TestShippedDataset::placeIdsNameTheirCountry()
{
    for (const Place &p : m_data->places) {
        if (p.country == Side::Belarus)
            QVERIFY2(p.id.startsWith(QLatin1String("by")), qPrintable(p.id));
        else
            QVERIFY2(p.id.startsWith(QLatin1String("kz")), qPrintable(p.id));
    }
}

// Former names stay findable: "Nur-Sultan" finds Astana.
void TestShippedDataset::formerNamesKept()
{
    const Place *astana = m_data->place(QStringLiteral("kz-astana"));
    QVERIFY(astana);
    QVERIFY(astana->altNames.contains(QStringLiteral("Nur-Sultan")));
}

void TestShippedDataset::conflictsAreMutual()
{
    for (const Observation &o : m_data->observations) {
        for (const QString &other : o.conflictsWith) {
            const Observation *p = m_data->observation(other);
            QVERIFY2(p, qPrintable(other));
            QVERIFY2(p->conflictsWith.contains(o.id),
                     qPrintable(o.id + QStringLiteral(" ↔ ") + other));
            QVERIFY2(!o.note.isEmpty(), qPrintable(o.id));
        }
    }
    for (const Event &e : m_data->events) {
        for (const QString &other : e.conflictsWith) {
            const Event *f = m_data->event(other);
            QVERIFY2(f, qPrintable(other));
            QVERIFY2(f->conflictsWith.contains(e.id),
                     qPrintable(e.id + QStringLiteral(" ↔ ") + other));
        }
    }
}

void TestShippedDataset::eventsWithinThePeriod()
{
    for (const Event &e : m_data->events)
        QVERIFY2(e.year >= 1992 && e.year <= 2022, qPrintable(e.id));
}

void TestShippedDataset::keyFigures_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("footnote");
    QTest::newRow("2005") << 2005 << 215.0 << "fn-6";
    QTest::newRow("2010") << 2010 << 870.0 << "fn-6";
    QTest::newRow("2014 record") << 2014 << 966.8 << "fn-61";
    QTest::newRow("2021 first billion") << 2021 << 1092.5 << "fn-97";
}

// The figures the book is built around, with the footnote that gives them.
void TestShippedDataset::keyFigures()
{
    QFETCH(int, year);
    QFETCH(double, value);
    QFETCH(QString, footnote);
    const bool found = std::any_of(
        m_data->observations.cbegin(), m_data->observations.cend(), [&](const Observation &o) {
            return o.year == year && o.indicator == Indicator::Turnover &&
                   o.scope == Scope::National && qFuzzyCompare(o.value, value) &&
                   o.sources.contains(footnote);
        });
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestShippedDataset)
#include "tst_shippeddataset.moc"
