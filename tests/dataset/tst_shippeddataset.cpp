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
    void corrections_data();
    void corrections();
    void supplementaryGrowthRates_data();
    void supplementaryGrowthRates();
    void oneSpellingOfTheAuthor();
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

void TestShippedDataset::corrections_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("conflicts");
    QTest::addColumn<QString>("phrase"); // in the English text, the book's reading
    QTest::newRow("2017 BelAZ contract as a figure")
        << "obs-2017-belaz-contract"
        << "fn-50" << QStringList() << "25 dump trucks";
    QTest::newRow("rice harvesters for the south")
        << "ev-2017-gomselmash-exclusive-dealer"
        << "fn-50" << QStringList() << "south of Kazakhstan with rice-harvesting equipment";
    QTest::newRow("North Kazakhstan platform of joint projects")
        << "jv-north-kazakhstan-joint-projects"
        << "fn-12" << QStringList() << "a platform of joint projects is developing successfully";
    QTest::newRow("second market for Belarusian food")
        << "ev-2021-kazakhstan-second-food-market"
        << "fn-75" << QStringList() << "second after Russia";
    QTest::newRow("2021 growth against 2020's figure")
        << "obs-2021-growth-fn97"
        << "fn-97" << QStringList{"obs-2020-turnover-fn70"} << "+28.8 %";
    QTest::newRow("2020's figure against 2021 growth")
        << "obs-2020-turnover-fn70"
        << "fn-70" << QStringList{"obs-2021-growth-fn97"} << "+31.9 %";
    QTest::newRow("KazBelAZ: first truck 2012")
        << "ev-2012-kazbelaz-first-45t-truck"
        << "fn-31"
        << QStringList{"ev-2013-06-kazbelaz-start", "ev-2013-08-kazbelaz-first-dump-truck"}
        << "only in June 2013 (footnote 107)";
    QTest::newRow("KazBelAZ: began its activities June 2013")
        << "ev-2013-06-kazbelaz-start"
        << "fn-107" << QStringList{"ev-2012-kazbelaz-first-45t-truck"}
        << "the book does not reconcile the two";
    QTest::newRow("around $1bn in 2012 against the 2014 record")
        << "obs-sup-2012-turnover"
        << "sup-sb-by-integration" << QStringList{"obs-2014-turnover-fn61"}
        << "would not be a record";
    QTest::newRow("the 2014 record against around $1bn in 2012")
        << "obs-2014-turnover-fn61"
        << "fn-61" << QStringList{"obs-sup-2012-turnover"} << "above this record";
    QTest::newRow("Ekibastuz: the trucks earned the reputation")
        << "jv-belaz-vostochny-mine-ekibastuz"
        << "fn-112" << QStringList() << "have earned among the Ekibastuz miners a reputation";
    QTest::newRow("Minsk Region is the book's capital region")
        << "ev-2017-minsk-pavlodar-agriculture"
        << "fn-65" << QStringList() << "“the capital region of Belarus”, as the book puts it";
    QTest::newRow("MTZ's own trading house is not named")
        << "jv-mtz-trading-house-kz"
        << "fn-73" << QStringList()
        << "The book does not name it, nor say whether it is Tractor Trading House LLP";
    QTest::newRow("Tractor Trading House LLP on its own")
        << "jv-tractor-trading-house-llp"
        << "fn-50" << QStringList() << "It does not say who owns it";
    QTest::newRow("Kokshetau: work began to organise the line")
        << "jv-kokshetau-industrial-park"
        << "fn-57" << QStringList() << "implementation had begun in 2012, to organise";
    QTest::newRow("2013 assembly projects: nearest footnote")
        << "obs-2013-assembly-projects-industrialisation-map"
        << "fn-29" << QStringList() << "footnote 29, a source of November 2012";
    QTest::newRow("2013 assembly projects by programme: nearest footnote")
        << "obs-2013-assembly-projects-state-programmes"
        << "fn-29" << QStringList() << "footnote 29, a source of November 2012";
}

// What a close reading of the book changed: each record cites its footnote, names the
// record it contradicts (both ways, by conflictsAreMutual) and says what the book says.
void TestShippedDataset::corrections()
{
    QFETCH(QString, record);
    QFETCH(QString, source);
    QFETCH(QStringList, conflicts);
    QFETCH(QString, phrase);
    QVERIFY2(m_data->kindOf(record) != RecordKind::None, qPrintable(record));
    QVERIFY2(m_data->sourcesOf(record).contains(source), qPrintable(record));
    QString text;
    QStringList linked;
    if (const Event *e = m_data->event(record)) {
        text = e->text.en;
        linked = e->conflictsWith;
    } else if (const Observation *o = m_data->observation(record)) {
        text = o->note.en;
        linked = o->conflictsWith;
    } else if (const Venture *v = m_data->venture(record)) {
        text = v->description.en;
    }
    QVERIFY2(text.contains(phrase), qPrintable(text));
    for (const QString &other : conflicts)
        QVERIFY2(linked.contains(other), qPrintable(record + QStringLiteral(" → ") + other));
}

void TestShippedDataset::supplementaryGrowthRates_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("lastMonth");
    QTest::addColumn<int>("growthOf");
    QTest::addColumn<double>("value");
    QTest::newRow("2017") << "obs-sup-2017-growth" << 2017 << 12 << int(Indicator::Turnover)
                          << 56.4;
    QTest::newRow("2018 turnover")
        << "obs-sup-2018-growth-by" << 2018 << 12 << int(Indicator::Turnover) << 30.0;
    QTest::newRow("2018 exports") << "obs-sup-2018-exports-growth-by" << 2018 << 12
                                  << int(Indicator::Exports) << 32.3;
    QTest::newRow("2018 imports") << "obs-sup-2018-imports-growth-by" << 2018 << 12
                                  << int(Indicator::Imports) << 15.6;
    QTest::newRow("H1 2019") << "obs-sup-2019-h1-growth" << 2019 << 6 << int(Indicator::Turnover)
                             << 11.8;
}

// The growth rates the supplementary pages quote, kept apart from the book's.
void TestShippedDataset::supplementaryGrowthRates()
{
    QFETCH(QString, record);
    QFETCH(int, year);
    QFETCH(int, lastMonth);
    QFETCH(int, growthOf);
    QFETCH(double, value);
    const Observation *o = m_data->observation(record);
    QVERIFY2(o, qPrintable(record));
    QCOMPARE(o->indicator, Indicator::Growth);
    QCOMPARE(o->year, year);
    QCOMPARE(o->periodEnd, lastMonth);
    QCOMPARE(int(o->growthOf), growthOf);
    QCOMPARE(o->value, value);
    QVERIFY(o->isSupplementary(*m_data));
}

// The book's author has one name in the app, whatever spelling a footnote prints.
void TestShippedDataset::oneSpellingOfTheAuthor()
{
    const BookReference &book = m_data->metadata.book;
    int printedOtherwise = 0;
    for (const Source &s : m_data->sources) {
        for (const QString &author : s.authors) {
            if (!author.startsWith(QLatin1String("Zaless")))
                continue;
            ++printedOtherwise;
            QVERIFY2(book.spelling(author).startsWith(QStringLiteral("Zalesskij, B")),
                     qPrintable(s.id));
        }
        // The title no longer repeats them ("… / B.L. Zalessky").
        if (!s.authors.isEmpty())
            QVERIFY2(!s.title.contains(QLatin1String(" / ")), qPrintable(s.id));
    }
    QCOMPARE(printedOtherwise, 5); // notes 3, 44, 96, 105, 111
    QCOMPARE(book.spelling(QStringLiteral("Dylenok, Y.")), QStringLiteral("Dylenok, Y."));
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
