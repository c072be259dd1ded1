#include "models/terms.h"
#include "models/vocabulary.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

#include <type_traits>

using namespace pe;

namespace {

// Whether Vocabulary names the values of E (units and source kinds are shown otherwise).
template<typename E, typename = void> struct HasLabel : std::false_type
{
};
template<typename E>
struct HasLabel<E, std::void_t<decltype(Vocabulary::label(std::declval<E>()))>> : std::true_type
{
};

struct Facts
{
    QStringList keys;         // allKeys(), in table order
    QStringList roundTripped; // each key read and written back
    QList<int> values;        // allValues() as numbers
    QList<int> readBack;      // each value written as its key and read again
    QStringList enumerators;  // the enum's own enumerators, as moc sees them
    QStringList labels;       // empty when the vocabulary has none
    bool labelled = false;
};

template<typename E> Facts factsOf()
{
    Facts facts;
    facts.keys = allKeys<E>();
    for (const QString &key : std::as_const(facts.keys)) {
        const std::optional<E> value = fromKey<E>(key);
        facts.roundTripped.append(value ? QString(keyOf(*value)) : QStringLiteral("<none>"));
    }
    for (const E value : allValues<E>()) {
        facts.values.append(int(value));
        facts.readBack.append(int(fromKey<E>(keyOf(value)).value_or(E(-1))));
        if constexpr (HasLabel<E>::value)
            facts.labels.append(Vocabulary::label(value));
    }
    facts.labelled = HasLabel<E>::value;
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    for (int i = 0; i < meta.keyCount(); ++i)
        facts.enumerators.append(QString::fromLatin1(meta.key(i)));
    return facts;
}

} // namespace

Q_DECLARE_METATYPE(Facts)

// Every vocabulary: keys and values go both ways, no key twice, no enumerator without its
// table entry, and every value a reader sees has a label.
class TestTerms : public QObject
{
    Q_OBJECT

private slots:
    void vocabulary_data();
    void vocabulary();
    void unknownKeys();
    void valuesWorkInSetsAndVariants();
};

void TestTerms::vocabulary_data()
{
    QTest::addColumn<Facts>("facts");
    QTest::newRow("PlaceKind") << factsOf<PlaceKind>();
    QTest::newRow("Indicator") << factsOf<Indicator>();
    QTest::newRow("Unit") << factsOf<Unit>();
    QTest::newRow("Qualifier") << factsOf<Qualifier>();
    QTest::newRow("ObservationStatus") << factsOf<ObservationStatus>();
    QTest::newRow("Scope") << factsOf<Scope>();
    QTest::newRow("VentureStatus") << factsOf<VentureStatus>();
    QTest::newRow("PairingLevel") << factsOf<PairingLevel>();
    QTest::newRow("PartyKind") << factsOf<PartyKind>();
    QTest::newRow("DocumentKind") << factsOf<DocumentKind>();
    QTest::newRow("Area") << factsOf<Area>();
    QTest::newRow("Category") << factsOf<Category>();
    QTest::newRow("Sector") << factsOf<Sector>();
    QTest::newRow("Side") << factsOf<Side>();
    QTest::newRow("SourceKind") << factsOf<SourceKind>();
}

void TestTerms::vocabulary()
{
    QFETCH(Facts, facts);
    QVERIFY(!facts.keys.isEmpty());
    QCOMPARE(facts.roundTripped, facts.keys);
    QCOMPARE(QSet<QString>(facts.keys.cbegin(), facts.keys.cend()).size(), facts.keys.size());
    for (const QString &key : std::as_const(facts.keys))
        QVERIFY2(!key.isEmpty() && key.trimmed() == key, qPrintable(key));
    QCOMPARE(facts.readBack, facts.values);
    // One table entry per enumerator, in the enum's order.
    QCOMPARE(facts.values.size(), facts.enumerators.size());
    for (int i = 0; i < facts.values.size(); ++i)
        QCOMPARE(facts.values.at(i), i);
    if (facts.labelled) {
        QCOMPARE(facts.labels.size(), facts.values.size());
        for (const QString &label : std::as_const(facts.labels))
            QVERIFY(!label.isEmpty());
    }
}

void TestTerms::unknownKeys()
{
    QCOMPARE(fromKey<Category>(u"sports"), std::nullopt);
    QCOMPARE(fromKey<Category>(u"Trade"), std::nullopt); // keys are case-sensitive
    QCOMPARE(fromKey<Category>(u""), std::nullopt);
    QCOMPARE(fromKey<Sector>(u"agriculture"), std::nullopt); // a category's key, not a sector's
    QCOMPARE(fromKey<Side>(u"unknown"), std::optional<Side>(Side::Unknown));
    QCOMPARE(keyOf(Qualifier::Approximate), QLatin1String("approx"));
    QCOMPARE(keyOf(Sector(-1)), QLatin1String());
}

void TestTerms::valuesWorkInSetsAndVariants()
{
    const QSet<Category> set{Category::Trade, Category::Trade, Category::Media};
    QCOMPARE(set.size(), 2);
    const QVariant sectors = QVariant::fromValue(QList<Sector>{Sector::Wood, Sector::Media});
    QCOMPARE(sectors.value<QList<Sector>>(), (QList<Sector>{Sector::Wood, Sector::Media}));
    QCOMPARE(QVariant::fromValue(Scope::Region), QVariant::fromValue(Scope::Region));
    QVERIFY(QVariant::fromValue(Scope::Region) != QVariant::fromValue(Scope::National));
}

QTEST_GUILESS_MAIN(TestTerms)
#include "tst_terms.moc"
