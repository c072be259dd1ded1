#include "models/datasetloader.h"
#include "models/datasetstore.h"
#include "models/io/regularfile.h"
#include "models/tours/tourloader.h"
#include "models/weburl.h"
#include "tests/support/fixtures.h"
#include "tests/support/specialfiles.h"
#include "tests/support/tempfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
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
    void eventsComeInDateOrder_data();
    void eventsComeInDateOrder();
    void builtInDatasetLoads();
    void checkReadsAsLoadingDoes_data();
    void checkReadsAsLoadingDoes();
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
    void limits_data();
    void limits();
    void webAddresses_data();
    void webAddresses();
    void duplicateKeys_data();
    void duplicateKeys();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void aLargeFileIsRefusedUnread();

private:
    QByteArray patched(const char *patch) const;
    // The patch that sets path to value.
    static QByteArray replacing(const char *path, const nlohmann::json &value,
                                const char *op = "replace");
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

QByteArray TestDatasetLoader::replacing(const char *path, const nlohmann::json &value,
                                        const char *op)
{
    return QByteArray::fromStdString(
        nlohmann::json::array({{{"op", op}, {"path", path}, {"value", value}}}).dump());
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

// Events as the file lists them (each "id:date"), and the order they come out in: by date, a
// year alone before its months and a month alone before its days, ties as in the file.
void TestDatasetLoader::eventsComeInDateOrder_data()
{
    QTest::addColumn<QStringList>("inFile");
    QTest::addColumn<QStringList>("expected");
    const auto list = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("none") << QStringList() << QStringList();
    QTest::newRow("in order already") << list("a:1996 b:1997-03 c:1997-03-02") << list("a b c");
    QTest::newRow("reversed") << list("a:2012-05-01 b:2001 c:1996") << list("c b a");
    QTest::newRow("year before its months, month before its days")
        << list("a:2005-02-10 b:2005-02 c:2005 d:2005-01-31") << list("c d b a");
    QTest::newRow("ties as in the file")
        << list("a:2005 b:1999 c:2005 d:1999 e:2005") << list("b d a c e");
}

void TestDatasetLoader::eventsComeInDateOrder()
{
    QFETCH(QStringList, inFile);
    QFETCH(QStringList, expected);
    Dataset dataset;
    for (const QString &entry : std::as_const(inFile)) {
        Event event;
        event.id = entry.section(QLatin1Char(':'), 0, 0);
        const QStringList date = entry.section(QLatin1Char(':'), 1).split(QLatin1Char('-'));
        event.year = date.at(0).toInt();
        event.month = date.value(1).toInt();
        event.day = date.value(2).toInt();
        dataset.events.append(event);
    }
    dataset.index();
    QStringList order;
    for (const Event &event : std::as_const(dataset.events)) {
        order.append(event.id);
        // Each record is found by its id where it now stands.
        QCOMPARE(dataset.event(event.id), &event);
    }
    QCOMPARE(order, expected);
}

void TestDatasetLoader::builtInDatasetLoads()
{
    const LoadResult result = DatasetLoader::loadFile(DatasetLoader::builtInPath());
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QVERIFY(!result.dataset->events.isEmpty());
    QVERIFY(!result.dataset->observations.isEmpty());
}

// check() reads the records on a second thread, skips the fingerprint and lets go of the
// mapped file behind the parser: what it finds must be what loadFile finds, record for
// record and problem for problem.
void TestDatasetLoader::checkReadsAsLoadingDoes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("valid") << m_fixture;
    const QByteArray problems = patched(R"([{"op":"replace","path":"/events/0/category","value":5},
                    {"op":"remove","path":"/events/2/title"},
                    {"op":"replace","path":"/observations/1/year","value":1985}])");
    QTest::newRow("problems in several records") << problems;
    // Megabytes before the records: the pages holding the first ones are let go once they
    // are read, and read again to say where their problems are.
    QTest::newRow("problems in a file let go of as it is read")
        << QByteArray(8 * 1024 * 1024, ' ') + problems;
}

void TestDatasetLoader::checkReadsAsLoadingDoes()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const LoadResult loaded = DatasetLoader::loadFile(path);
    const LoadResult checked = DatasetLoader::check(path);
    QCOMPARE(checked.ok(), loaded.ok());
    QCOMPARE(checked.problems.size(), loaded.problems.size());
    for (qsizetype i = 0; i < loaded.problems.size(); ++i)
        QCOMPARE(checked.problems.at(i).toString(), loaded.problems.at(i).toString());
    if (!loaded.ok())
        return;
    QCOMPARE(
        loaded.dataset->sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(checked.dataset->sha256.isEmpty());
    QCOMPARE(checked.dataset->events.size(), loaded.dataset->events.size());
    for (qsizetype i = 0; i < loaded.dataset->events.size(); ++i)
        QCOMPARE(checked.dataset->events.at(i).id, loaded.dataset->events.at(i).id);
    QCOMPARE(checked.dataset->observations.size(), loaded.dataset->observations.size());
    QCOMPARE(checked.dataset->places.size(), loaded.dataset->places.size());
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
    QTest::newRow("unknown place after a known one")
        << QByteArray(R"([{"op":"add","path":"/events/2/places/-","value":"kz-nowhere"}])")
        << "/events/2/places/1"
        << "unknown place id \"kz-nowhere\"";
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
    QTest::newRow("the author's other spelling")
        << QByteArray("[" + v2 +
                      R"(,{"op":"add","path":"/metadata","value":{"book":)"
                      R"({"authorFamily":"Zalesskij","authorVariants":["Zaleskij, Boris", 7],)"
                      R"("title":"Vecteur","year":2023}}}])")
        << "/metadata/book/authorVariants/1"
        << "expected a string, found an integer";
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

// Each length and count limit of docs/dataset.md ("Limits"), one past it: a normal problem at
// the value's pointer, so that a file of megabyte words never reaches a view.
void TestDatasetLoader::limits_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    using nlohmann::json;
    const auto text = [](int length) { return std::string(size_t(length), 'x'); };
    const auto texts = [](int count) {
        json list = json::array();
        for (int i = 0; i < count; ++i)
            list.push_back({{"en", "a"}, {"fr", "a"}, {"ru", "a"}});
        return list;
    };
    const auto ids = [](int count, const char *id) {
        return json(std::vector<std::string>(size_t(count), id));
    };

    QTest::newRow("title") << replacing("/events/0/title/en", text(InputLimits::name + 1))
                           << "/events/0/title/en"
                           << "too long: 501 characters, at most 500 are allowed";
    QTest::newRow("place name") << replacing("/places/0/name/ru", text(InputLimits::name + 1))
                                << "/places/0/name/ru"
                                << "at most 500";
    QTest::newRow("text") << replacing("/events/0/text/fr", text(InputLimits::text + 1))
                          << "/events/0/text/fr"
                          << "too long: 20001 characters, at most 20000 are allowed";
    QTest::newRow("quote") << replacing("/sources/0/quote", text(InputLimits::quote + 1))
                           << "/sources/0/quote"
                           << "at most 5000";
    QTest::newRow("source title") << replacing("/sources/0/title",
                                               text(InputLimits::sourceTitle + 1))
                                  << "/sources/0/title"
                                  << "at most 1000";
    QTest::newRow("url") << replacing("/sources/2/url",
                                      "https://example.org/" + text(InputLimits::url))
                         << "/sources/2/url"
                         << "at most 2000";
    QTest::newRow("id") << replacing("/events/0/id", text(InputLimits::id + 1)) << "/events/0/id"
                        << "at most 200";
    QTest::newRow("reference") << replacing("/events/0/sources/0", text(InputLimits::id + 1))
                               << "/events/0/sources/0"
                               << "at most 200";
    QTest::newRow("alternative name")
        << replacing("/places/0/altNames", json::array({text(InputLimits::name + 1)}), "add")
        << "/places/0/altNames/0"
        << "at most 500";
    QTest::newRow("an author after another")
        << replacing("/sources/0/authors",
                     json::array({"Dylenok, Y.", text(InputLimits::name + 1)}), "add")
        << "/sources/0/authors/1"
        << "at most 500";
    QTest::newRow("places of a record")
        << replacing("/events/0/places", ids(InputLimits::places + 1, "by"), "add")
        << "/events/0/places"
        << "too many: 101 items, at most 100 are allowed";
    QTest::newRow("sources of a record")
        << replacing("/events/0/sources", ids(InputLimits::sources + 1, "fn-6"))
        << "/events/0/sources"
        << "too many: 201 items, at most 200 are allowed";
    QTest::newRow("actors") << replacing("/events/0/actors", texts(InputLimits::items + 1), "add")
                            << "/events/0/actors"
                            << "too many: 501 items";
    QTest::newRow("related records")
        << replacing("/events/0/ventures", ids(InputLimits::items + 1, "jv-x"), "add")
        << "/events/0/ventures"
        << "too many: 501 items";
    QTest::newRow("a place its own parent")
        << replacing("/places/0/parent", "by", "add") << "/places/0/parent"
        << "the parents of \"by\" lead back to it: by → by";
    QTest::newRow("places in a cycle")
        << replacing("/places/1/parent", "kz-kostanay", "add") << "/places/2/parent"
        << "the parents of \"kz-kostanay-region\" lead back to it: kz → kz-kostanay → "
           "kz-kostanay-region → kz";
}

void TestDatasetLoader::limits()
{
    schemaProblems();
}

void TestDatasetLoader::webAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << "https://example.org/page?a=1#b" << true;
    QTest::newRow("http, capitals") << "HTTP://Example.org/" << true;
    QTest::newRow("printed without a scheme")
        << "www.kazakhstan.belembassy.org/rus/~page=1" << true;
    QTest::newRow("a host and a port") << "www.example.org:8080/page" << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("a scheme that starts with http") << "httpfoo://example.org/" << false;
    QTest::newRow("httpfoo without slashes") << "httpfoo:example" << false;
    QTest::newRow("mailto") << "mailto:someone@example.org" << false;
    QTest::newRow("no host") << "http:///etc/passwd" << false;
    QTest::newRow("data") << "data:text/html,<b>x</b>" << false;
}

// A source's url is a web page or a problem; the detail pane links only what passes.
void TestDatasetLoader::webAddresses()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QCOMPARE(weburl::resolve(url).isValid(), valid);
    if (valid)
        QVERIFY(weburl::isWeb(weburl::resolve(url)));
    const LoadResult result = DatasetLoader::loadBytes(
        patched(replacing("/sources/2/url", url.toStdString()).constData()),
        QStringLiteral("url.json"));
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.problems.first().pointer, QStringLiteral("/sources/2/url"));
        QVERIFY2(result.problems.first().message.contains(QLatin1String("is not a web address")),
                 qPrintable(result.problems.first().toString()));
    }
}

void TestDatasetLoader::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("in a record") << QByteArray(R"({ "id": "ev-1996", )")
                                 << QByteArray(R"({ "id": "ev-1996", "id": "ev-1996", )")
                                 << "/events/1/id" << 38 << 24;
    QTest::newRow("in a text") << QByteArray(R"("en": "Friendship treaty",)")
                               << QByteArray(R"("en": "Friendship treaty", "en": "<b>x</b>",)")
                               << "/events/1/title/en" << 38 << 108;
    QTest::newRow("at the top") << QByteArray(R"("schemaVersion": 1,)")
                                << QByteArray(R"("schemaVersion": 1, "schemaVersion": 1,)")
                                << "/schemaVersion" << 2 << 23;
}

// The parser keeps the last of two equal keys: the first value would vanish without a word.
void TestDatasetLoader::duplicateKeys()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    QByteArray bytes = m_fixture;
    QVERIFY(bytes.contains(from));
    bytes.replace(from, to);
    const LoadResult result = DatasetLoader::loadBytes(bytes, QStringLiteral("twice.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    const DatasetProblem &problem = result.problems.first();
    QCOMPARE(problem.pointer, pointer);
    QVERIFY2(problem.message.contains(QLatin1String("is given twice in this object")),
             qPrintable(problem.toString()));
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
}

void TestDatasetLoader::specialFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("named pipe") << "fifo"
                                << "is a named pipe (FIFO), not a file";
    QTest::newRow("socket") << "socket"
                            << "is a socket, not a file";
    QTest::newRow("device") << "device"
                            << "is a device, not a file";
    QTest::newRow("folder") << "folder"
                            << "is a folder";
}

// A named pipe given as a dataset, a tour or a package's table would block the reader until
// something wrote to it: each is refused at once. The guard ends the wait if one is not.
void TestDatasetLoader::specialFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    test::TempFiles files;
    QString path;
    if (kind == QLatin1String("fifo"))
        path = test::makeFifo(files.path(QStringLiteral("dataset.json")));
    else if (kind == QLatin1String("socket"))
        path = test::makeSocket(files.path(QStringLiteral("s.json")));
    else if (kind == QLatin1String("device"))
        path = QStringLiteral("/dev/zero");
    else
        path = files.path(QString());
    QVERIFY(!path.isEmpty());
    const test::FifoGuard guard(path, 5);
    QElapsedTimer timer;
    timer.start();

    const LoadResult dataset = DatasetLoader::loadFile(path);
    QVERIFY(!dataset.ok());
    QVERIFY(dataset.unreadable);
    QVERIFY2(dataset.problems.first().message.contains(message),
             qPrintable(dataset.problems.first().toString()));

    const auto builtIn = test::Fixtures::small();
    QVERIFY(builtIn);
    const TourLoadResult tour = TourLoader::loadFile(path, *builtIn);
    QVERIFY(!tour.ok());
    QVERIFY(tour.unreadable);
    QVERIFY2(tour.problems.first().message.contains(message),
             qPrintable(tour.problems.first().toString()));
    QVERIFY(!TourLoader::isTourFile(path));

    QVERIFY2(!guard.fired(), "the reader waited on the file");
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
}

// A file over the limit is refused by its size, without being read.
void TestDatasetLoader::aLargeFileIsRefusedUnread()
{
    test::TempFiles files;
    QFile file(files.path(QStringLiteral("large.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(DatasetLoader::maxFileSize + 1)); // sparse: no disk is used
    file.close();
    const LoadResult result = DatasetLoader::loadFile(file.fileName());
    QVERIFY(result.unreadable);
    QVERIFY2(result.problems.first().message.contains(
                 QLatin1String("the file holds 65 MiB; files larger than 64 MiB are refused")),
             qPrintable(result.problems.first().toString()));
    const FileRead read = RegularFile::read(file.fileName(), 1024);
    QVERIFY(!read.ok());
    QVERIFY(read.bytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "tst_datasetloader.moc"
