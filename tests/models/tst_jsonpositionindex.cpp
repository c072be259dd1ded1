#include "models/json/jsonpositionindex.h"

#include <QTest>

using namespace pe;

// The index that turns a JSON pointer back into the line and column of the file, so that a
// problem in a key written in Cyrillic, or with an escape in it, still points at its line.
class TestJsonPositionIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsKeys_data();
    void findsKeys();
    void missingPointerFallsBackToAncestor();
};

void TestJsonPositionIndex::findsKeys_data()
{
    // Each document puts the key on line 3 as `  "KEY": 1`: the value starts 7 characters
    // (not bytes) after the key as written.
    QTest::addColumn<QByteArray>("key");  // as written in the file, escapes and all
    QTest::addColumn<QString>("pointer"); // the decoded key, as a JSON pointer token
    QTest::addColumn<int>("column");

    const QString cyrillic = QStringLiteral("Костанай");
    QTest::newRow("plain ASCII") << QByteArray("name") << QStringLiteral("/outer/name") << 11;
    QTest::newRow("plain Cyrillic")
        << cyrillic.toUtf8() << QStringLiteral("/outer/") + cyrillic << 15;
    QTest::newRow("Cyrillic and \\u00e9")
        << QByteArray(u8"Костанай-\\u00e9") << QStringLiteral("/outer/Костанай-é") << 22;
    QTest::newRow("Cyrillic and \\\"")
        << QByteArray(u8"\\\"Костанай\\\"") << QStringLiteral("/outer/\"Костанай\"") << 19;
    QTest::newRow("Latin accent and \\n")
        << QByteArray(u8"Kostanaï\\n") << QStringLiteral("/outer/Kostanaï\n") << 17;
    QTest::newRow("surrogate pair")
        << QByteArray(u8"ё\\ud83d\\ude00") << QStringLiteral("/outer/ё😀") << 20;
    QTest::newRow("slash and tilde escaped in the pointer")
        << QByteArray(u8"a/б~\\t") << QStringLiteral("/outer/a~1б~0\t") << 13;
}

void TestJsonPositionIndex::findsKeys()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, pointer);
    QFETCH(int, column);
    const QByteArray text = "{\n \"outer\": {\n  \"" + key + "\": 1,\n  \"after\": 2\n }\n}\n";
    const JsonPositionIndex index(text);

    const JsonPositionIndex::Position found = index.find(pointer);
    QCOMPARE(found.line, 3);
    QCOMPARE(found.column, column);
    // The key after it is still found: decoding did not lose the scanner's place.
    QCOMPARE(index.find(QStringLiteral("/outer/after")).line, 4);
}

void TestJsonPositionIndex::missingPointerFallsBackToAncestor()
{
    const JsonPositionIndex index("{\n \"outer\": {\n  \"Астана\": [10, 20]\n }\n}\n");
    QCOMPARE(index.find(QStringLiteral("/outer/Астана/1")).column, 18);
    const JsonPositionIndex::Position missing = index.find(QStringLiteral("/outer/Минск"));
    QCOMPARE(missing.line, 2);
    QCOMPARE(missing.column, 11);
}

QTEST_GUILESS_MAIN(TestJsonPositionIndex)
#include "tst_jsonpositionindex.moc"
