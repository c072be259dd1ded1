#include "models/json/jsontree.h"
#include "models/json/recordstream.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace pe::reading;

// The records the loader reads are trees built from the parser's events (recordstream.cpp),
// copied into batches on their way to the reading thread (JsonTree::append). Each must read
// exactly as nlohmann/json's own document of the same text: the same values, and of a key
// given twice only the later value.
class TestJsonTree : public QObject
{
    Q_OBJECT

private slots:
    void recordsReadAsNlohmannReadsThem_data();
    void recordsReadAsNlohmannReadsThem();
    void aKeyGivenTwiceCountsOnce();
    void theTopLevelStaysWithoutItsRecords();
};

namespace {

// The document {"events": [record]} streamed: the record's tree, dumped, and a copy's.
struct Streamed
{
    std::string dump;
    std::string copyDump;
};

Streamed stream(const QByteArray &record)
{
    const QByteArray bytes = "{\"events\": [" + record + "]}";
    StreamedDocument document;
    JsonTree batch;
    Streamed seen;
    const auto failure = streamDocument(
        bytes, 64, {QStringLiteral("events")},
        [&](const QString &, int, const JsonValue &value) {
            seen.dump = value.dump();
            // Copied after another record, as into a batch.
            batch.clear();
            batch.addString("an earlier record");
            seen.copyDump = batch.value(batch.append(value)).dump();
        },
        document);
    if (failure)
        qWarning() << failure->message;
    return seen;
}

} // namespace

void TestJsonTree::recordsReadAsNlohmannReadsThem_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::newRow("a record") << QByteArray(
        R"({"id": "ev-1", "date": "1996-05-17", "title": {"en": "Treaty", "fr": "Traité",
            "ru": "Договор"}, "sources": ["src-1", "src-2"]})");
    QTest::newRow("every kind of scalar")
        << QByteArray(R"({"null": null, "yes": true, "no": false, "int": -42, "zero": 0,
                         "big": 18446744073709551615, "float": 1.5e300, "small": -0.25})");
    QTest::newRow("escapes") << QByteArray(
        R"({"q": "a \"quoted\" \\ word\n", "u": "\u00e9\u0416"})");
    QTest::newRow("nested") << QByteArray(
        R"({"a": [[1, [2, {"b": [3, {}]}]], [], {}], "c": {"d": {"e": "f"}}})");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("a record that is not an object") << QByteArray("[1, \"two\", null]");
    QTest::newRow("a scalar record") << QByteArray("\"just text\"");
    QTest::newRow("keys given twice, nested") << QByteArray(
        R"({"a": 1, "b": {"x": [1], "x": {"y": 2}, "z": 3}, "a": [4], "c": "d", "a": "last"})");
}

void TestJsonTree::recordsReadAsNlohmannReadsThem()
{
    QFETCH(QByteArray, record);
    const std::string expected = nlohmann::json::parse(record.toStdString()).dump();
    const Streamed seen = stream(record);
    QCOMPARE(QString::fromStdString(seen.dump), QString::fromStdString(expected));
    QCOMPARE(QString::fromStdString(seen.copyDump), QString::fromStdString(expected));
}

void TestJsonTree::aKeyGivenTwiceCountsOnce()
{
    const QByteArray bytes = R"({"events": [{"a": 1, "b": 2, "a": 3, "a": 4}]})";
    StreamedDocument document;
    std::vector<std::string> keys;
    std::size_t size = 0;
    long long a = 0;
    streamDocument(
        bytes, 64, {QStringLiteral("events")},
        [&](const QString &, int, const JsonValue &value) {
            size = value.size();
            for (const JsonValue member : value)
                keys.emplace_back(member.key());
            a = value.member("a")->integer();
        },
        document);
    QCOMPARE(size, std::size_t(2));
    QCOMPARE(keys, (std::vector<std::string>{"b", "a"}));
    QCOMPARE(a, 4LL);
    QCOMPARE(document.duplicateKeys.size(), std::size_t(2));
}

void TestJsonTree::theTopLevelStaysWithoutItsRecords()
{
    const QByteArray bytes =
        R"({"schemaVersion": 2, "events": [{"id": "a"}, {"id": "b"}], "title": {"en": "T"}})";
    StreamedDocument document;
    int records = 0;
    const auto failure = streamDocument(
        bytes, 64, {QStringLiteral("events")},
        [&](const QString &, int, const JsonValue &) { ++records; }, document);
    QVERIFY(!failure);
    QCOMPARE(records, 2);
    QCOMPARE(QString::fromStdString(document.root.value(0).dump()),
             QStringLiteral(R"({"events":[],"schemaVersion":2,"title":{"en":"T"}})"));
    QCOMPARE(document.records.value(QStringLiteral("events")).size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
