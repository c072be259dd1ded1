#include "models/localedates.h"

#include <QTest>

using namespace pe;

// Dates as a reader of each language writes them.
class TestLocaleDates : public QObject
{
    Q_OBJECT

private slots:
    void monthAndYear_data();
    void monthAndYear();
    void day_data();
    void day();
    void numbersAreGrouped_data();
    void numbersAreGrouped();
};

void TestLocaleDates::monthAndYear_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en_US"
                        << "September 1992";
    QTest::newRow("fr") << "fr_FR"
                        << "septembre 1992";
    // The nominative: "сентября 1992" is the genitive a day takes, wrong without one.
    QTest::newRow("ru") << "ru_RU"
                        << "сентябрь 1992 г.";
    QTest::newRow("be") << "be_BY"
                        << "верасень 1992 г.";
    QTest::newRow("kk") << "kk_KZ"
                        << "1992 ж. қыркүйек";
}

void TestLocaleDates::monthAndYear()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(LocaleDates::month(1992, 9, QLocale(locale)), expected);
}

void TestLocaleDates::day_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en_US"
                        << "January 17, 1996";
    QTest::newRow("fr") << "fr_FR"
                        << "17 janvier 1996";
    QTest::newRow("ru") << "ru_RU"
                        << "17 января 1996 г.";
    QTest::newRow("be") << "be_BY"
                        << "17 студзеня 1996 г.";
    QTest::newRow("kk") << "kk_KZ"
                        << "1996 ж. 17 қаңтар";
}

void TestLocaleDates::day()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(LocaleDates::day(QDate(1996, 1, 17), QLocale(locale)), expected);
}

void TestLocaleDates::numbersAreGrouped_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    const QString group = QLocale(QLocale::Russian).groupSeparator();
    QTest::newRow("en") << "en_US" << 1092.5 << "1,092.5";
    QTest::newRow("ru") << "ru_RU" << 1092.5
                        << QStringLiteral("1") + group + QStringLiteral("092,5");
    QTest::newRow("kk") << "kk_KZ" << 1092.5
                        << QStringLiteral("1") + group + QStringLiteral("092,5");
    // Belarusian figures beside Russian ones, grouped alike.
    QTest::newRow("be, four digits")
        << "be_BY" << 1092.5 << QStringLiteral("1") + group + QStringLiteral("092,5");
    QTest::newRow("be, seven digits")
        << "be_BY" << 1234567.0
        << QStringLiteral("1") + group + QStringLiteral("234") + group + QStringLiteral("567,0");
}

void TestLocaleDates::numbersAreGrouped()
{
    QFETCH(QString, locale);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(LocaleNumbers::format(value, 1, QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestLocaleDates)
#include "tst_localedates.moc"
