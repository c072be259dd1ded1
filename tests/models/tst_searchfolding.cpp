#include "models/items/eventmodel.h"
#include "models/items/pairingmodel.h"
#include "models/items/roles.h"
#include "models/items/searchfolding.h"
#include "models/items/venturemodel.h"
#include "tests/support/fixtures.h"

#include <QTest>

using namespace pe;

// Search compares folded text. The fold is defined as NFD with its nonspacing marks dropped
// and every character case folded (ё read as е); the table that folds a character at a time
// must give exactly that, or a record would match in one text and not in the same text
// written another way.
class TestSearchFolding : public QObject
{
    Q_OBJECT

private slots:
    void foldsAsReadersType_data();
    void foldsAsReadersType();
    void everyTableCharacterFoldsAsDefined();
    void unusualTextFoldsAsDefined_data();
    void unusualTextFoldsAsDefined();
    void shippedTextsFoldAsDefined();
};

namespace {

QString foldByDefinition(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    return folded.replace(QChar(0x0451), QChar(0x0435));
}

} // namespace

void TestSearchFolding::foldsAsReadersType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("typed");
    QTest::newRow("French accents") << QStringLiteral("Kostanaï, Société Générale")
                                    << QStringLiteral("kostanai, societe generale");
    QTest::newRow("Russian ё") << QStringLiteral("Ёлка, Семёнов")
                               << QStringLiteral("елка, семенов");
    QTest::newRow("Kazakh letters kept")
        << QStringLiteral("ҚАЗАҚСТАН, Өскемен, Ұлы") << QStringLiteral("қазақстан, өскемен, ұлы");
    QTest::newRow("Belarusian ў read as у, і kept")
        << QStringLiteral("Ўсход, Іўе") << QStringLiteral("усход, іуе");
    QTest::newRow("decomposed input")
        << QStringLiteral("Kostana\u0131\u0308 e\u0301") << QStringLiteral("kostana\u0131 e");
    QTest::newRow("punctuation kept")
        << QStringLiteral("«Минск» — № 5, 1 000 $") << QStringLiteral("«минск» — № 5, 1 000 $");
}

void TestSearchFolding::foldsAsReadersType()
{
    QFETCH(QString, text);
    QFETCH(QString, typed);
    QCOMPARE(foldForSearch(text), typed);
}

// Each character the table holds, alone, between letters and before a combining mark.
void TestSearchFolding::everyTableCharacterFoldsAsDefined()
{
    for (char16_t c = 1; c < 0x2500; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        for (const QString &text : {QString(QChar(c)), QStringLiteral("a%1B").arg(QChar(c)),
                                    QString(QChar(c)) + QChar(0x0301) + QChar(0x0323)}) {
            if (foldForSearch(text) != foldByDefinition(text))
                QFAIL(qPrintable(QStringLiteral("U+%1").arg(int(c), 4, 16, QLatin1Char('0'))));
        }
    }
}

void TestSearchFolding::unusualTextFoldsAsDefined_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("surrogate pair") << QStringLiteral("Astana \U0001F600 2024");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("Minsk");
    QTest::newRow("Hangul") << QStringLiteral("Minsk 민스크");
    QTest::newRow("marks to reorder") << QStringLiteral("a\u0323\u0301\u0903\u093C");
    QTest::newRow("Devanagari spacing mark") << QStringLiteral("किताब");
    QTest::newRow("fullwidth") << QStringLiteral("ＭＩＮＳＫ");
    QTest::newRow("German sharp s") << QStringLiteral("Straße, STRASSE, ẞ");
    QTest::newRow("Greek final sigma") << QStringLiteral("ΟΔΟΣ, Ὀδυσσεύς");
    QTest::newRow("NUL inside") << QString::fromUtf16(u"Minsk\u0000Astana", 12);
}

void TestSearchFolding::unusualTextFoldsAsDefined()
{
    QFETCH(QString, text);
    QCOMPARE(foldForSearch(text), foldByDefinition(text));
}

void TestSearchFolding::shippedTextsFoldAsDefined()
{
    QString error;
    const std::shared_ptr<const Dataset> dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(dataset, qPrintable(error));
    EventModel events;
    PairingModel pairings;
    VentureModel ventures;
    for (DatasetModel *model :
         std::initializer_list<DatasetModel *>{&events, &pairings, &ventures}) {
        model->setDataset(dataset);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, 0).data(SearchTextRole).toString();
            QVERIFY(!text.isEmpty());
            QCOMPARE(foldForSearch(text), foldByDefinition(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestSearchFolding)
#include "tst_searchfolding.moc"
