#include "models/items/sourcemodel.h"
#include "render/export/csv.h"
#include "tests/support/csvreader.h"
#include "tests/support/fixtures.h"

#include <QTest>

using namespace pe;
using test::CsvReader;

// The CSV writer read back by an independent RFC 4180 reader: what scripts get by default,
// what Excel gets with the spreadsheet dialect, and the source columns editors check
// figures with.
class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readerRejectsMalformedInput_data();
    void readerRejectsMalformedInput();
    void roundTrip_data();
    void roundTrip();
    void byteOrderMarkOnlyForSpreadsheets_data();
    void byteOrderMarkOnlyForSpreadsheets();
    void numbersFollowTheDialect_data();
    void numbersFollowTheDialect();
    void defaultBytesAreUnchanged();
    void clipboardTextHasNoByteOrderMark();
    void sourceColumnsNameReferenceAndAddress();
    void tablesEndWithTheSourceColumns();

private:
    std::shared_ptr<const Dataset> m_builtIn;
    std::shared_ptr<const Dataset> m_small;
};

void TestCsv::initTestCase()
{
    QString error;
    m_builtIn = test::Fixtures::builtIn(&error);
    QVERIFY2(m_builtIn, qPrintable(error));
    m_small = test::Fixtures::small(&error);
    QVERIFY2(m_small, qPrintable(error));
}

void TestCsv::readerRejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("quote inside a field") << QByteArray("a,b\"c\r\n");
    QTest::newRow("unterminated quote") << QByteArray("a,\"b\r\n");
    QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\r\n");
    QTest::newRow("bare CR") << QByteArray("a\rb\r\n");
}

// The reader the checks rely on is strict, so a writer's mistake cannot pass unnoticed.
void TestCsv::readerRejectsMalformedInput()
{
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY(!CsvReader::parse(bytes, QLatin1Char(','), &error));
    QVERIFY(!error.isEmpty());
    const auto fine = CsvReader::parse("a,\"b\"\"c\"\n,\r\n\"\"");
    QVERIFY(fine);
    QCOMPARE(*fine, (QList<QStringList>{{"a", "b\"c"}, {"", ""}, {""}}));
}

void TestCsv::roundTrip_data()
{
    QTest::addColumn<QString>("language"); // empty: the default dialect
    QTest::addColumn<QChar>("separator");
    for (const auto &[language, separator] :
         {std::pair{"", ','}, std::pair{"en", ','}, std::pair{"fr", ';'}, std::pair{"ru", ';'},
          std::pair{"kk", ';'}, std::pair{"be", ';'}})
        QTest::newRow(*language ? language : "default")
            << QString::fromLatin1(language) << QChar::fromLatin1(separator);
}

// Every awkward field comes back as it went in, whatever the separator.
void TestCsv::roundTrip()
{
    QFETCH(QString, language);
    QFETCH(QChar, separator);
    const CsvDialect dialect =
        language.isEmpty() ? CsvDialect() : CsvDialect::spreadsheet(language);
    QCOMPARE(dialect.separator, separator);
    const CsvRows rows = {
        {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("empty"),
         QStringLiteral("year")},
        {QStringLiteral("a"), QStringLiteral("say \"hi\", then; go"), QString(),
         QStringLiteral("2014")},
        {QStringLiteral("b"), QStringLiteral("two\nlines"), QStringLiteral("\"\""),
         QStringLiteral("1992")},
        {QStringLiteral("c"), QStringLiteral("crlf\r\ninside"), QStringLiteral(";"),
         QStringLiteral("-")},
        {QStringLiteral("Костанай"), QStringLiteral("Bélarus – Қазақстан"), QStringLiteral(","),
         QStringLiteral("v1.2.3")},
    };
    const QByteArray bytes = Csv::encode(rows, dialect);
    QCOMPARE(CsvReader::hasByteOrderMark(bytes), dialect.byteOrderMark);
    const QByteArray body = dialect.byteOrderMark ? bytes.mid(CsvReader::bom().size()) : bytes;
    QString error;
    const auto parsed = CsvReader::parse(body, separator, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, rows);
}

void TestCsv::byteOrderMarkOnlyForSpreadsheets_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("default") << QString() << false << QByteArray("a,b\r\n");
    QTest::newRow("en") << "en" << true
                        << QByteArray("\xEF\xBB\xBF"
                                      "a,b\r\n");
    QTest::newRow("fr") << "fr" << true
                        << QByteArray("\xEF\xBB\xBF"
                                      "a;b\r\n");
}

void TestCsv::byteOrderMarkOnlyForSpreadsheets()
{
    QFETCH(QString, language);
    QFETCH(bool, bom);
    QFETCH(QByteArray, start);
    const CsvDialect dialect =
        language.isEmpty() ? CsvDialect() : CsvDialect::spreadsheet(language);
    QCOMPARE(dialect.byteOrderMark, bom);
    QCOMPARE(Csv::encode({{QStringLiteral("a"), QStringLiteral("b")}}, dialect), start);
}

void TestCsv::numbersFollowTheDialect_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QStringList>("values");
    // Values as the exports write them, then text that only looks like a number in part.
    const QStringList written = {"1092.5", "-3.25", "2014", "1.5 million", "v1.2", "0.9"};
    QTest::newRow("default") << QString() << QChar(u',') << written;
    QTest::newRow("en") << "en" << QChar(u',') << written;
    const QStringList commas = {"1092,5", "-3,25", "2014", "1.5 million", "v1.2", "0,9"};
    for (const char *language : {"fr", "ru", "kk", "be"})
        QTest::newRow(language) << language << QChar(u';') << commas;
}

void TestCsv::numbersFollowTheDialect()
{
    QFETCH(QString, language);
    QFETCH(QChar, separator);
    QFETCH(QStringList, values);
    const CsvDialect dialect =
        language.isEmpty() ? CsvDialect() : CsvDialect::spreadsheet(language);
    const QStringList written = {"1092.5", "-3.25", "2014", "1.5 million", "v1.2", "0.9"};
    QByteArray bytes = Csv::encode({written}, dialect);
    if (dialect.byteOrderMark)
        bytes.remove(0, CsvReader::bom().size());
    QString error;
    const auto parsed = CsvReader::parse(bytes, separator, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->first(), values);
    // A decimal comma next to a comma separator would need quotes; with `;` it needs none.
    if (separator == QLatin1Char(';'))
        QVERIFY2(bytes.startsWith("1092,5;-3,25;2014;"), bytes.constData());
    else
        QVERIFY2(bytes.startsWith("1092.5,-3.25,2014,"), bytes.constData());
}

// Scripts rely on the default output: it does not change with the new dialects.
void TestCsv::defaultBytesAreUnchanged()
{
    const CsvRows rows = {
        {QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("1.5")},
        {QStringLiteral("say \"hi\""), QStringLiteral("Костанай"), QStringLiteral("x;y")}};
    QCOMPARE(Csv::encode(rows), QByteArray("a,\"b,c\",1.5\r\n\"say \"\"hi\"\"\",Костанай,x;y\r\n"));
    QCOMPARE(Csv::encode(rows, CsvDialect()), Csv::encode(rows));
    QCOMPARE(Csv::text(rows).toUtf8(), Csv::encode(rows));
}

void TestCsv::clipboardTextHasNoByteOrderMark()
{
    const CsvRows rows = {{QStringLiteral("a"), QStringLiteral("1.5")}};
    const QString text = Csv::text(rows, CsvDialect::spreadsheet(QStringLiteral("fr")));
    QCOMPARE(text, QStringLiteral("a;1,5\r\n"));
}

void TestCsv::sourceColumnsNameReferenceAndAddress()
{
    QCOMPARE(Csv::sourceColumnsHeader(),
             QStringList({QStringLiteral("source_reference"), QStringLiteral("source_url")}));
    // No dataset (a chart given no source model): the cells are there, empty.
    QCOMPARE(Csv::sourceColumns(nullptr, {QStringLiteral("fn-1")}), QStringList({"", ""}));

    const Dataset &d = *m_builtIn;
    const Source *book = d.source(QStringLiteral("fn-1"));
    QVERIFY(book && !book->url.isEmpty());
    const QStringList bookColumns = Csv::sourceColumns(&d, {book->id});
    QCOMPARE(bookColumns.size(), 2);
    QVERIFY2(bookColumns.at(0).contains(QStringLiteral("Vecteur de partenariat")),
             qPrintable(bookColumns.at(0)));
    QVERIFY(bookColumns.at(0).contains(QStringLiteral("note 1:")));
    QVERIFY(bookColumns.at(0).contains(book->title));
    // The footnote cites an article: its address, not the book's.
    QCOMPARE(bookColumns.at(1), book->url);

    const auto supplementary = std::find_if(d.sources.cbegin(), d.sources.cend(), [](auto &s) {
        return s.kind == Source::Kind::Supplementary && !s.url.isEmpty();
    });
    QVERIFY(supplementary != d.sources.cend());
    const QStringList pageColumns = Csv::sourceColumns(&d, {supplementary->id});
    QVERIFY2(pageColumns.at(0).startsWith(QStringLiteral("Supplementary (not from the book)")),
             qPrintable(pageColumns.at(0)));
    QVERIFY(pageColumns.at(0).contains(supplementary->title));
    QCOMPARE(pageColumns.at(1), supplementary->url);

    // Several sources in the record's order; an unknown id adds nothing.
    const QStringList both =
        Csv::sourceColumns(&d, {supplementary->id, QStringLiteral("no-such-source"), book->id});
    QCOMPARE(both.at(0).count(QStringLiteral(" | ")), 1);
    QVERIFY(both.at(0).indexOf(supplementary->title) < both.at(0).indexOf(book->title));
    QCOMPARE(both.at(1), supplementary->url + QStringLiteral(" | ") + book->url);
}

// Existing columns keep their names and order; the source columns come last.
void TestCsv::tablesEndWithTheSourceColumns()
{
    SourceModel model;
    model.setDataset(m_small);
    const CsvRows rows = Csv::fromModel(model, *m_small);
    QCOMPARE(rows.first(), QStringList({"id", "year", "Note", "Author", "Title", "Outlet", "Year",
                                        "Address", "sources", "source_reference", "source_url"}));
    QCOMPARE(rows.size(), m_small->sources.size() + 1);
    for (int i = 1; i < rows.size(); ++i) {
        const Source *s = m_small->source(rows.at(i).first());
        QVERIFY(s);
        QCOMPARE(rows.at(i).size(), rows.first().size());
        QCOMPARE(rows.at(i).last(), s->url);
        QVERIFY(rows.at(i).at(rows.at(i).size() - 2).contains(s->title));
    }
    // Without metadata the book is named as such.
    QVERIFY2(rows.at(1).at(9).startsWith(QStringLiteral("the book, note 6: Commission (2011)")),
             qPrintable(rows.at(1).at(9)));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
