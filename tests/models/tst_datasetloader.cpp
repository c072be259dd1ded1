#include "models/datasetloader.h"
#include "models/datasetstore.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempfiles.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace pe;

// Each row breaks the valid fixture in one way (a JSON Patch) and names the problem the
// loader must report: where (JSON pointer) and what (a phrase of the message).
class TestDatasetLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validFixtureLoads();
    void builtInDatasetLoads();
    void schemaProblems_data();
    void schemaProblems();
    void rawInput_data();
    void rawInput();
    void problemLocatesTheValue();
    void collectsEveryProblem();
    void balanceMayBeNegative();
    void growthSaysWhatGrew();
    void unreadableFiles_data();
    void unreadableFiles();
    void failedLoadKeepsDatasetInUse();

private:
    QByteArray patched(const char *patch) const;
    QByteArray m_fixture;
};

void TestDatasetLoader::initTestCase()
{
    QFile file(test::Fixtures::path(QStringLiteral("small.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_fixture = file.readAll();
}

QByteArray TestDatasetLoader::patched(const char *patch) const
{
    const auto document = nlohmann::json::parse(m_fixture.constBegin(), m_fixture.constEnd());
    const auto result = document.patch(nlohmann::json::parse(patch));
    return QByteArray::fromStdString(result.dump(2));
}

void TestDatasetLoader::validFixtureLoads()
{
    const LoadResult result = DatasetLoader::loadBytes(m_fixture, QStringLiteral("small.json"));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
    QVERIFY(result.ok());
    QCOMPARE(result.dataset->events.size(), 4);
    // Events come out in date order whatever their order in the file.
    QCOMPARE(result.dataset->events.first().id, QStringLiteral("ev-1996"));
    QCOMPARE(result.dataset->events.last().id, QStringLiteral("ev-2012-05"));
    QCOMPARE(result.dataset->events.at(1).precision, Event::Precision::Year);
    QCOMPARE(result.dataset->observations.at(3).periodEnd, 6);
    QVERIFY(result.dataset->observations.at(2).isSupplementary(*result.dataset));
    QCOMPARE(result.dataset->withAncestors({QStringLiteral("kz-kostanay")}),
             QStringList({QStringLiteral("kz-kostanay"), QStringLiteral("kz-kostanay-region"),
                          QStringLiteral("kz")}));
}

void TestDatasetLoader::builtInDatasetLoads()
{
    const LoadResult result = DatasetLoader::loadFile(DatasetLoader::builtInPath());
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QVERIFY(!result.dataset->events.isEmpty());
    QVERIFY(!result.dataset->observations.isEmpty());
}

void TestDatasetLoader::schemaProblems_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong type")
        << QByteArray(R"([{"op":"replace","path":"/events/0/category","value":5}])")
        << "/events/0/category"
        << "expected a string, found an integer";
    QTest::newRow("missing field")
        << QByteArray(R"([{"op":"remove","path":"/events/0/title"}])") << "/events/0/title"
        << "missing required field \"title\"";
    QTest::newRow("missing language")
        << QByteArray(R"([{"op":"remove","path":"/events/0/title/ru"}])") << "/events/0/title/ru"
        << "missing required field \"ru\"";
    QTest::newRow("empty text")
        << QByteArray(R"([{"op":"replace","path":"/events/0/title/fr","value":"  "}])")
        << "/events/0/title/fr"
        << "must not be empty";
    QTest::newRow("unknown field")
        << QByteArray(R"([{"op":"add","path":"/events/0/yaer","value":2011}])") << "/events/0/yaer"
        << "unknown field \"yaer\"";
    QTest::newRow("year too early")
        << QByteArray(R"([{"op":"replace","path":"/observations/0/year","value":1985}])")
        << "/observations/0/year"
        << "1985 is out of range: expected 1991 to 2030";
    QTest::newRow("year too late")
        << QByteArray(R"([{"op":"replace","path":"/ventures/0/startYear","value":2031}])")
        << "/ventures/0/startYear"
        << "out of range";
    QTest::newRow("year not integer")
        << QByteArray(R"([{"op":"replace","path":"/observations/0/year","value":2010.5}])")
        << "/observations/0/year"
        << "expected an integer, found a number";
    QTest::newRow("negative value")
        << QByteArray(R"([{"op":"replace","path":"/observations/0/value","value":-5}])")
        << "/observations/0/value"
        << "expected a value of at least 0";
    QTest::newRow("negative milestone")
        << QByteArray(R"([{"op":"replace","path":"/ventures/0/milestones/0/units","value":-1}])")
        << "/ventures/0/milestones/0/units"
        << "at least 0";
    QTest::newRow("month out of range")
        << QByteArray(R"([{"op":"replace","path":"/observations/3/periodEnd","value":13}])")
        << "/observations/3/periodEnd"
        << "out of range: expected 1 to 12";
    QTest::newRow("period inverted")
        << QByteArray(R"([{"op":"replace","path":"/observations/3/periodStart","value":9}])")
        << "/observations/3/periodEnd"
        << "before it starts";
    QTest::newRow("footnote out of range")
        << QByteArray(R"([{"op":"replace","path":"/sources/0/footnote","value":118}])")
        << "/sources/0/footnote"
        << "out of range: expected 1 to 117";
    QTest::newRow("book source without footnote")
        << QByteArray(R"([{"op":"remove","path":"/sources/0/footnote"}])") << "/sources/0/footnote"
        << "missing required field";
    QTest::newRow("duplicate id")
        << QByteArray(R"([{"op":"replace","path":"/events/1/id","value":"ev-2011"}])")
        << "/events/1/id"
        << "duplicate id \"ev-2011\" (already used at /events/0)";
    QTest::newRow("id shared across collections")
        << QByteArray(R"([{"op":"replace","path":"/events/0/id","value":"obs-2005"}])")
        << "/observations/0/id" // the later of the two in the file
        << "duplicate id \"obs-2005\" (already used at /events/0)";
    QTest::newRow("unknown source")
        << QByteArray(R"([{"op":"replace","path":"/events/0/sources/0","value":"fn-99"}])")
        << "/events/0/sources/0"
        << "unknown source id \"fn-99\"";
    QTest::newRow("unknown place")
        << QByteArray(R"([{"op":"replace","path":"/events/2/places/0","value":"kz-nowhere"}])")
        << "/events/2/places/0"
        << "unknown place id \"kz-nowhere\"";
    QTest::newRow("unknown parent")
        << QByteArray(R"([{"op":"replace","path":"/places/3/parent","value":"kz-x"}])")
        << "/places/3/parent"
        << "unknown place id \"kz-x\"";
    QTest::newRow("reference of wrong kind")
        << QByteArray(
               R"([{"op":"replace","path":"/events/2/ventures/0","value":"pair-gomel-kostanay"}])")
        << "/events/2/ventures/0"
        << "is not the id of a venture";
    QTest::newRow("no source") << QByteArray(
                                      R"([{"op":"replace","path":"/events/0/sources","value":[]}])")
                               << "/events/0/sources"
                               << "needs at least one source";
    QTest::newRow("sources missing")
        << QByteArray(R"([{"op":"remove","path":"/pairings/0/sources"}])") << "/pairings/0/sources"
        << "missing required field \"sources\"";
    QTest::newRow("schema version")
        << QByteArray(R"([{"op":"replace","path":"/schemaVersion","value":3}])") << "/schemaVersion"
        << "schema version 3 is not supported (expected 1 to 2)";
    // Version 1 knows no periods: a file that has them must say it is version 2.
    QTest::newRow("periods in version 1")
        << QByteArray(R"([{"op":"add","path":"/periods","value":[]}])") << "/periods"
        << "unknown field \"periods\"";
    const QByteArray v2 = R"({"op":"replace","path":"/schemaVersion","value":2})";
    const QByteArray period =
        R"({"id":"period-x","name":{"en":"P","fr":"P","ru":"P"},"from":"2009","to":"2016",)"
        R"("sources":["fn-6"]})";
    QTest::newRow("period ends first")
        << QByteArray("[" + v2 + R"(,{"op":"add","path":"/periods","value":[)" + period + "]}," +
                      R"({"op":"replace","path":"/periods/0/to","value":"2008-05"}])")
        << "/periods/0/to"
        << "ends before it begins";
    QTest::newRow("period date")
        << QByteArray("[" + v2 + R"(,{"op":"add","path":"/periods","value":[)" + period + "]}," +
                      R"({"op":"replace","path":"/periods/0/from","value":"2009-13"}])")
        << "/periods/0/from"
        << "does not exist";
    QTest::newRow("period event")
        << QByteArray("[" + v2 + R"(,{"op":"add","path":"/periods","value":[)" + period + "]}," +
                      R"({"op":"add","path":"/periods/0/event","value":"ev-none"}])")
        << "/periods/0/event"
        << "unknown event id \"ev-none\"";
    QTest::newRow("period event is a place")
        << QByteArray("[" + v2 + R"(,{"op":"add","path":"/periods","value":[)" + period + "]}," +
                      R"({"op":"add","path":"/periods/0/event","value":"kz"}])")
        << "/periods/0/event"
        << "is not the id of an event";
    QTest::newRow("chart window backwards")
        << QByteArray("[" + v2 +
                      R"(,{"op":"add","path":"/metadata","value":{"turnoverChart":)"
                      R"({"from":2010,"to":2005}}}])")
        << "/metadata/turnoverChart/to"
        << "2005 is before 2010";
    QTest::newRow("book without title")
        << QByteArray("[" + v2 +
                      R"(,{"op":"add","path":"/metadata","value":{"book":)"
                      R"({"authorFamily":"Zalesskij","year":2023}}}])")
        << "/metadata/book/title"
        << "missing required field \"title\"";
    QTest::newRow("unknown category")
        << QByteArray(R"([{"op":"replace","path":"/events/0/category","value":"sports"}])")
        << "/events/0/category"
        << "\"sports\" is not one of:";
    QTest::newRow("unknown sector")
        << QByteArray(R"([{"op":"replace","path":"/ventures/0/sector","value":"tractors"}])")
        << "/ventures/0/sector"
        << "\"tractors\" is not one of:";
    // Messages list the vocabulary's keys in the file format's order.
    QTest::newRow("unknown area in a list")
        << QByteArray(R"([{"op":"add","path":"/pairings/0/areas/-","value":"space"}])")
        << "/pairings/0/areas/2"
        << "\"space\" is not one of: trade, industry, agriculture, education, science, culture, "
           "tourism, health, construction, media, youth, sport, transport, humanitarian";
    QTest::newRow("unknown reporting side")
        << QByteArray(R"([{"op":"replace","path":"/observations/0/reportingSide","value":"RU"}])")
        << "/observations/0/reportingSide"
        << "\"RU\" is not one of: BY, KZ, unknown";
    QTest::newRow("a country is never unknown")
        << QByteArray(R"([{"op":"replace","path":"/places/0/country","value":"unknown"}])")
        << "/places/0/country"
        << "\"unknown\" is not one of: BY, KZ";
    QTest::newRow("keys are case-sensitive")
        << QByteArray(R"([{"op":"replace","path":"/observations/0/unit","value":"USD-million"}])")
        << "/observations/0/unit"
        << "\"USD-million\" is not one of: usd-million, percent, count";
    QTest::newRow("missing indicator")
        << QByteArray(R"([{"op":"remove","path":"/observations/0/indicator"}])")
        << "/observations/0/indicator"
        << "missing required field \"indicator\" (expected one of: turnover, exports, imports, "
           "balance, growth, count)";
    QTest::newRow("impossible date")
        << QByteArray(R"([{"op":"replace","path":"/events/0/date","value":"2017-02-30"}])")
        << "/events/0/date"
        << "\"2017-02-30\" does not exist";
    QTest::newRow("date format")
        << QByteArray(R"([{"op":"replace","path":"/events/0/date","value":"17.01.1996"}])")
        << "/events/0/date"
        << "is not a date";
    QTest::newRow("date year out of range")
        << QByteArray(R"([{"op":"replace","path":"/events/0/date","value":"1989-05"}])")
        << "/events/0/date"
        << "1989 is out of range";
    QTest::newRow("coordinates outside the country")
        << QByteArray(R"([{"op":"replace","path":"/places/2/lat","value":10.5}])")
        << "/places/2/lat"
        << "lies outside Kazakhstan";
    QTest::newRow("regional figure without place")
        << QByteArray(R"([{"op":"replace","path":"/observations/0/scope","value":"region"}])")
        << "/observations/0/places"
        << "missing required field \"places\"";
    QTest::newRow("authors not a list")
        << QByteArray(R"([{"op":"add","path":"/sources/0/authors","value":"Dylenok, Y."}])")
        << "/sources/0/authors"
        << "expected an array, found a string";
    QTest::newRow("an author not a string")
        << QByteArray(R"([{"op":"add","path":"/sources/0/authors","value":["Dylenok, Y.", 7]}])")
        << "/sources/0/authors/1"
        << "expected a string, found an integer";
    QTest::newRow("an empty author")
        << QByteArray(R"([{"op":"add","path":"/sources/0/authors","value":[" "]}])")
        << "/sources/0/authors/0"
        << "must not be empty";
    QTest::newRow("accessed without its day")
        << QByteArray(R"([{"op":"replace","path":"/sources/2/accessed","value":"2019-08"}])")
        << "/sources/2/accessed"
        << "expected the day the page was read (YYYY-MM-DD), found \"2019-08\"";
    QTest::newRow("growth of what, on a turnover")
        << QByteArray(R"([{"op":"add","path":"/observations/0/growthOf","value":"exports"}])")
        << "/observations/0/growthOf"
        << "only a growth figure says what grew";
    QTest::newRow("growth of a balance")
        << QByteArray(R"([{"op":"replace","path":"/observations/0/indicator","value":"growth"},
                         {"op":"add","path":"/observations/0/growthOf","value":"balance"}])")
        << "/observations/0/growthOf"
        << "expected \"turnover\", \"exports\" or \"imports\"";
    QTest::newRow("collection not an array")
        << QByteArray(R"([{"op":"replace","path":"/events","value":{}}])") << "/events"
        << "expected an array, found an object";
    QTest::newRow("record not an object")
        << QByteArray(R"([{"op":"replace","path":"/places/0","value":"by"}])") << "/places/0"
        << "expected an object, found a string";
}

void TestDatasetLoader::schemaProblems()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, pointer);
    QFETCH(QString, message);

    const LoadResult result =
        DatasetLoader::loadBytes(patched(patch.constData()), QStringLiteral("broken.json"));
    QVERIFY(!result.ok());
    QVERIFY(!result.unreadable);
    const auto match = std::find_if(result.problems.cbegin(), result.problems.cend(),
                                    [&](const DatasetProblem &p) { return p.pointer == pointer; });
    QVERIFY2(match != result.problems.cend(),
             qPrintable(QStringLiteral("no problem at %1; got: %2")
                            .arg(pointer, result.problems.value(0).toString())));
    QVERIFY2(match->message.contains(message), qPrintable(match->message));
    QCOMPARE(match->file, QStringLiteral("broken.json"));
    QVERIFY(match->line > 0);
    QVERIFY(match->column > 0);
}

void TestDatasetLoader::rawInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << 1 << 1 << "the file is empty";
    QTest::newRow("blank") << QByteArray(" \n\t\n") << 1 << 1 << "the file is empty";
    QTest::newRow("trailing comma") << QByteArray("{\n  \"a\": [1, 2,\n    ]\n}") << 3 << 5
                                    << "broken JSON: a comma before a closing brace or bracket";
    QTest::newRow("unterminated") << QByteArray("{\"schemaVersion\": 1,\n\"title\": {") << 2 << 11
                                  << "the file ends before the JSON does";
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\n\"title\": \"ab\xC3\x28\"\n}") << 2 << 14 << "this is not UTF-8 text";
    QTest::newRow("column counts characters")
        << QByteArray("{\"t\": \"Костанай\" x}") << 1 << 18 << "is a comma missing?";
    QTest::newRow("a word without quotes")
        << QByteArray("{\"a\": no}") << 1 << 8 << "texts take double quotes";
    QTest::newRow("no colon") << QByteArray("{\"a\" 1}") << 1 << 6 << "expected a colon";
    QTest::newRow("a line break in a text")
        << QByteArray("{\"a\": \"x\ny\"}") << 1 << 9 << "write a line break as \\n";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << 1 << 65 << "nesting deeper";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << 1 << "expected an object";
    QTest::newRow("bare string") << QByteArray("\"dataset\"") << 1 << 1 << "expected an object";
    QTest::newRow("NUL bytes") << QByteArray(64, '\0') << 1 << 1 << "NUL bytes";
}

void TestDatasetLoader::rawInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const LoadResult result = DatasetLoader::loadBytes(bytes, QStringLiteral("raw.json"));
    QVERIFY(!result.ok());
    QVERIFY(!result.problems.isEmpty());
    const DatasetProblem &first = result.problems.first();
    QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
}

void TestDatasetLoader::problemLocatesTheValue()
{
    const QByteArray bytes = "{\n"
                             "  \"schemaVersion\": 1,\n"
                             "  \"title\": {\"en\": \"x\", \"fr\": \"x\", \"ru\": \"x\"},\n"
                             "  \"sources\": [], \"places\": [], \"ventures\": [],\n"
                             "  \"pairings\": [], \"events\": [],\n"
                             "  \"observations\": [\n"
                             "    {\"id\": \"o\", \"year\": 1985}\n"
                             "  ]\n"
                             "}\n";
    const LoadResult result = DatasetLoader::loadBytes(bytes, QStringLiteral("f.json"));
    const auto year =
        std::find_if(result.problems.cbegin(), result.problems.cend(), [](const auto &p) {
            return p.pointer == QLatin1String("/observations/0/year");
        });
    QVERIFY(year != result.problems.cend());
    QCOMPARE(year->line, 7);
    QCOMPARE(year->column, 25);
    QCOMPARE(year->toString(), QStringLiteral("f.json:7:25: /observations/0/year: 1985 is out of "
                                              "range: expected 1991 to 2030"));
    // A missing field is reported at the object that lacks it.
    const auto missing =
        std::find_if(result.problems.cbegin(), result.problems.cend(), [](const auto &p) {
            return p.pointer == QLatin1String("/observations/0/indicator");
        });
    QVERIFY(missing != result.problems.cend());
    QCOMPARE(missing->line, 7);
    QCOMPARE(missing->column, 5);
}

void TestDatasetLoader::collectsEveryProblem()
{
    const QByteArray bytes = patched(R"([
        {"op":"replace","path":"/events/0/category","value":"x"},
        {"op":"replace","path":"/events/1/date","value":"1990"},
        {"op":"replace","path":"/observations/1/value","value":-1},
        {"op":"replace","path":"/ventures/0/places/0","value":"nowhere"},
        {"op":"add","path":"/pairings/0/colour","value":"red"}])");
    const LoadResult result = DatasetLoader::loadBytes(bytes, QStringLiteral("many.json"));
    QCOMPARE(result.problems.size(), 5);
}

void TestDatasetLoader::balanceMayBeNegative()
{
    const LoadResult result = DatasetLoader::loadBytes(
        patched(R"([{"op":"replace","path":"/observations/0/indicator","value":"balance"},
                    {"op":"replace","path":"/observations/0/value","value":-120.5}])"),
        QStringLiteral("balance.json"));
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(result.dataset->observations.first().value, -120.5);
}

// A growth rate is the turnover's unless it says otherwise.
void TestDatasetLoader::growthSaysWhatGrew()
{
    const LoadResult result = DatasetLoader::loadBytes(
        patched(R"([{"op":"replace","path":"/observations/0/indicator","value":"growth"},
                    {"op":"copy","from":"/observations/0","path":"/observations/1"},
                    {"op":"replace","path":"/observations/1/id","value":"obs-exports-growth"},
                    {"op":"add","path":"/observations/1/growthOf","value":"exports"}])"),
        QStringLiteral("growth.json"));
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(result.dataset->observations.at(0).growthOf, Indicator::Turnover);
    QCOMPARE(result.dataset->observations.at(1).growthOf, Indicator::Exports);
}

void TestDatasetLoader::unreadableFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/dataset.json") << "no such file";
    QTest::newRow("folder") << QDir::tempPath() << "is a folder";
}

void TestDatasetLoader::unreadableFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const LoadResult result = DatasetLoader::loadFile(path);
    QVERIFY(!result.ok());
    QVERIFY(result.unreadable);
    QVERIFY2(result.problems.first().message.contains(message),
             qPrintable(result.problems.first().toString()));
}

void TestDatasetLoader::failedLoadKeepsDatasetInUse()
{
    test::TempFiles files;
    QVERIFY(files.isValid());
    const QString broken = files.write(QStringLiteral("broken.json"), "{\"schemaVersion\": 1,");
    QVERIFY(!broken.isEmpty());

    DatasetStore store;
    QSignalSpy changed(&store, &DatasetStore::datasetChanged);
    QSignalSpy failed(&store, &DatasetStore::loadFailed);
    QVERIFY(store.open(test::Fixtures::path(QStringLiteral("small.json"))).ok());
    QCOMPARE(changed.count(), 1);
    const auto before = store.dataset();

    QVERIFY(!store.open(broken).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), broken);
    QCOMPARE(store.dataset(), before);
    QVERIFY(store.path().endsWith(QLatin1String("small.json")));
}

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "tst_datasetloader.moc"
