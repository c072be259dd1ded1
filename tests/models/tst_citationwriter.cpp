#include "models/citations/citationwriter.h"

#include "models/dataset.h"
#include "tests/support/externalrenderers.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempfiles.h"

#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace pe;

namespace {

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

// Citations as a teacher and a reference manager read them: each text style against an
// entry written by hand from the book, and the machine styles parsed as their readers parse
// them (BibTeX fields, RIS tags, CSL-JSON items).
class TestCitationWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textStylesMatchEntriesWrittenByHand_data();
    void textStylesMatchEntriesWrittenByHand();
    void accessDatesAreCited_data();
    void accessDatesAreCited();
    void richTextIsEscapedAndLinked();
    void bibtexParses();
    void risParses();
    void cslJsonParses();
    void referenceManagersReadEveryEntry();
    void everyKindOfRecordIsCited_data();
    void everyKindOfRecordIsCited();

private:
    std::shared_ptr<const Dataset> m_dataset;
};

void TestCitationWriter::initTestCase()
{
    QString error;
    m_dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(m_dataset, qPrintable(error));
}

void TestCitationWriter::textStylesMatchEntriesWrittenByHand_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const QString title = QStringLiteral("8ème réunion de la Commission intergouvernementale "
                                         "Bélarus-Kazakhstan sur le commerce et la coopération "
                                         "économique");
    const QString url =
        QStringLiteral("http://www.kazakhstan.belembassy.org/rus/news/~page_m12=1~news_m12=461094");
    const QString book = QStringLiteral(
        "Vecteur de partenariat – Kazakhstan: Chronique de l'engagement d'intégration");
    QTest::newRow("chicago, a footnote")
        << "chicago"
        << "fn-6"
        << QStringLiteral("Ambassade du Bélarus au Kazakhstan. “%1” [title as the book gives it]. "
                          "2011. %2 Quoted in Boris Zalesskij, %3 (London; Chisinau: Sciencia "
                          "Scripts, 2023), note 6.")
               .arg(title, url, book);
    QTest::newRow("apa, a footnote")
        << "apa"
        << "fn-6"
        << QStringLiteral("Ambassade du Bélarus au Kazakhstan. (2011). %1 [Title as the book gives "
                          "it]. %2 (Cited in Zalesskij, B. (2023). %3. Sciencia Scripts, note 6)")
               .arg(title, url, book);
    QTest::newRow("gost, a footnote")
        << "gost"
        << "fn-6"
        << QStringLiteral("%1 [название дано по книге] // Ambassade du Bélarus au Kazakhstan. – "
                          "2011. – URL: %2 – Цит. по: Zalesskij, B. Vecteur de partenariat – "
                          "Kazakhstan : Chronique de l'engagement d'intégration / B. Zalesskij. – "
                          "London ; Chisinau : Sciencia Scripts, 2023. – ISBN 978-620-5-59830-6. – "
                          "Примеч. 6.")
               .arg(title, url);
    // fn 50: an article with its author, the title the book's translation.
    const QString article = QStringLiteral(
        "Agromashholding JSC est devenu un distributeur exclusif de Gomselmash au Kazakhstan");
    const QString articleUrl =
        QStringLiteral("http://www.belta.by/economics/view/"
                       "ekskljuzivnym-dilerom-gomselmasha-v-kazahstane-stalo-ao-agromashholding-"
                       "278165-2017/");
    QTest::newRow("chicago, a signed article")
        << "chicago"
        << "fn-50"
        << QStringLiteral("Dylenok, Y. “%1” [title as the book gives it]. BelTA, 2017. %2 Quoted "
                          "in Boris Zalesskij, %3 (London; Chisinau: Sciencia Scripts, 2023), "
                          "note 50.")
               .arg(article, articleUrl, book);
    QTest::newRow("apa, a signed article")
        << "apa"
        << "fn-50"
        << QStringLiteral("Dylenok, Y. (2017). %1 [Title as the book gives it]. BelTA. %2 (Cited "
                          "in Zalesskij, B. (2023). %3. Sciencia Scripts, note 50)")
               .arg(article, articleUrl, book);
    QTest::newRow("gost, a signed article")
        << "gost"
        << "fn-50"
        << QStringLiteral("Dylenok, Y. %1 [название дано по книге] / Y. Dylenok // BelTA. – 2017. "
                          "– URL: %2 – Цит. по: Zalesskij, B. Vecteur de partenariat – Kazakhstan "
                          ": Chronique de l'engagement d'intégration / B. Zalesskij. – London ; "
                          "Chisinau : Sciencia Scripts, 2023. – ISBN 978-620-5-59830-6. – Примеч. "
                          "50.")
               .arg(article, articleUrl);
    // fn 3: the book's author, printed "Zalessky, B.L." in the footnote, spelt as everywhere.
    QTest::newRow("chicago, the author's own paper")
        << "chicago"
        << "fn-3"
        << QStringLiteral("Zalesskij, B.L. “Mass media and the formation of a common information "
                          "space of the Commonwealth of Independent States” [title as the book "
                          "gives it]. Information field of modern Russia : practices and effects, "
                          "VIII International Scientific Conference, Kazan, 20-22 October 2011 "
                          "(Kazan University), 2011. Quoted in Boris Zalesskij, %1 (London; "
                          "Chisinau: Sciencia Scripts, 2023), note 3.")
               .arg(book);
    QTest::newRow("chicago, a supplementary page")
        << "chicago"
        << "sup-21by-2009"
        << QStringLiteral("21.by. “21.by news page on Belarus–Kazakhstan trade in 2009 (Belarusian "
                          "media).” 2009. http://m.21.by/politics/2009/11/25/410506.html "
                          "Supplementary source, not from the book.");
}

void TestCitationWriter::textStylesMatchEntriesWrittenByHand()
{
    QFETCH(QString, style);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const CitationWriter writer(*m_dataset, english());
    const QString written = writer.bibliography({source}, *CitationWriter::styleFromKey(style));
    QCOMPARE(written, expected);
    // A link is never followed by punctuation a copy would take with it.
    QVERIFY(!written.contains(QRegularExpression(QStringLiteral("https?://\\S*[.,;)]( |$)"))));
}

void TestCitationWriter::accessDatesAreCited_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("chicago, en") << "chicago"
                                 << "en_US"
                                 << "Accessed August 30, 2019. https://example.org/page";
    QTest::newRow("chicago, fr") << "chicago"
                                 << "fr_FR"
                                 << "30 août 2019.";
    QTest::newRow("chicago, ru") << "chicago"
                                 << "ru_RU"
                                 << "30 августа 2019 г.";
    QTest::newRow("chicago, be") << "chicago"
                                 << "be_BY"
                                 << "30 жніўня 2019 г.";
    QTest::newRow("chicago, kk") << "chicago"
                                 << "kk_KZ"
                                 << "2019 ж. 30 тамыз";
    QTest::newRow("apa, no author")
        << "apa"
        << "en_US"
        << "Supplementary page. (n.d.). Retrieved August 30, 2019, from https://example.org/page "
           "(Supplementary source, not from the book)";
    QTest::newRow("gost") << "gost"
                          << "fr_FR"
                          << "URL: https://example.org/page (дата обращения: 30.08.2019).";
    QTest::newRow("bibtex") << "bibtex"
                            << "en_US"
                            << "  urldate = {2019-08-30},\n";
    QTest::newRow("ris") << "ris"
                         << "en_US"
                         << "Y2  - 2019/08/30\n";
    QTest::newRow("csl-json") << "csl-json"
                              << "en_US"
                              << R"("accessed":{"date-parts":[[2019,8,30]]})";
}

// A web page is cited with the day it was read, in the reader's language.
void TestCitationWriter::accessDatesAreCited()
{
    QFETCH(QString, style);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QString error;
    const auto small = test::Fixtures::small(&error);
    QVERIFY2(small, qPrintable(error));
    const CitationWriter writer(*small, QLocale(locale));
    QString written =
        writer.bibliography({QStringLiteral("sup-page")}, *CitationWriter::styleFromKey(style));
    if (style == QLatin1String("csl-json"))
        written = QString::fromStdString(nlohmann::json::parse(written.toStdString()).dump());
    QVERIFY2(written.contains(expected), qPrintable(written));
}

void TestCitationWriter::richTextIsEscapedAndLinked()
{
    const CitationWriter writer(*m_dataset, english());
    const QString html =
        writer.bibliography({QStringLiteral("fn-6")}, CitationStyle::Chicago, true);
    QVERIFY(html.contains(QStringLiteral("<a href=\"http://www.kazakhstan.belembassy.org/")));
    QVERIFY(html.contains(QStringLiteral("<i>Vecteur de partenariat")));
    QVERIFY(html.contains(QStringLiteral("l&#x27;engagement")) ||
            html.contains(QStringLiteral("l'engagement")));
}

void TestCitationWriter::bibtexParses()
{
    const CitationWriter writer(*m_dataset, english());
    const QString bib = writer.bibliography(
        {QStringLiteral("fn-6"), QStringLiteral("sup-21by-2009"), QStringLiteral("fn-6")},
        CitationStyle::Bibtex);
    // Entries: @type{key, field = {value}, ...} with balanced braces.
    const QRegularExpression entry(
        QStringLiteral("@(\\w+)\\{([^,\\s]+),\\n((?:  \\w+ = \\{.*\\},\\n)+)\\}"));
    QStringList keys;
    QHash<QString, QString> types;
    auto it = entry.globalMatch(bib);
    while (it.hasNext()) {
        const auto match = it.next();
        keys.append(match.captured(2));
        types.insert(match.captured(2), match.captured(1));
        int depth = 0;
        for (const QChar c : match.captured(3)) {
            depth += c == QLatin1Char('{') ? 1 : c == QLatin1Char('}') ? -1 : 0;
            QVERIFY(depth >= 0);
        }
        QCOMPARE(depth, 0);
    }
    QCOMPARE(keys, (QStringList{"zalesskij2023", "fn-6", "sup-21by-2009"}));
    QCOMPARE(types.value("zalesskij2023"), QStringLiteral("book"));
    QVERIFY(bib.contains(QStringLiteral("isbn = {978-620-5-59830-6}")));
    QVERIFY(bib.contains(QStringLiteral("related = {zalesskij2023}")));
    QVERIFY(bib.contains(QStringLiteral(
        "url = {http://www.kazakhstan.belembassy.org/rus/news/~page_m12=1~news_m12=461094}")));
}

void TestCitationWriter::risParses()
{
    const CitationWriter writer(*m_dataset, english());
    const QString ris = writer.bibliography(
        {QStringLiteral("fn-6"), QStringLiteral("sup-21by-2009")}, CitationStyle::Ris);
    const QRegularExpression line(QStringLiteral("^([A-Z][A-Z0-9])  - (.*)$"));
    QList<QHash<QString, QString>> records;
    QHash<QString, QString> current;
    for (const QString &text : ris.split(QLatin1Char('\n'))) {
        if (text.isEmpty())
            continue;
        const auto match = line.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        const QString tag = match.captured(1);
        if (current.isEmpty())
            QCOMPARE(tag, QStringLiteral("TY")); // every record opens with its type
        if (tag == QLatin1String("ER")) {
            records.append(current);
            current.clear();
        } else {
            current.insert(tag, match.captured(2));
        }
    }
    QVERIFY(current.isEmpty());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).value("TY"), QStringLiteral("BOOK"));
    QCOMPARE(records.at(0).value("SN"), QStringLiteral("978-620-5-59830-6"));
    QCOMPARE(records.at(1).value("TY"), QStringLiteral("ELEC"));
    QCOMPARE(records.at(1).value("PY"), QStringLiteral("2011"));
    QVERIFY(records.at(1).value("N1").contains(QStringLiteral("note 6")));
    QVERIFY(records.at(2).value("N1").contains(QStringLiteral("not from the book")));
}

void TestCitationWriter::cslJsonParses()
{
    const CitationWriter writer(*m_dataset, english());
    const QString text = writer.bibliography(
        {QStringLiteral("fn-6"), QStringLiteral("sup-21by-2009")}, CitationStyle::CslJson);
    const auto items = nlohmann::json::parse(text.toStdString());
    QVERIFY(items.is_array());
    QCOMPARE(int(items.size()), 3);
    // The parts of the CSL 1.0.2 schema these items use: string ids and types of its list,
    // titles, date-parts of integers, names with family and given.
    const QStringList types{"book", "webpage", "article-newspaper"};
    for (const auto &item : items) {
        QVERIFY(item.at("id").is_string());
        QVERIFY(types.contains(QString::fromStdString(item.at("type").get<std::string>())));
        QVERIFY(item.at("title").is_string());
        if (item.contains("issued")) {
            const auto &parts = item.at("issued").at("date-parts");
            QVERIFY(parts.is_array() && parts.at(0).is_array() &&
                    parts.at(0).at(0).is_number_integer());
        }
        for (const char *key : {"URL", "container-title", "publisher", "ISBN", "note"})
            QVERIFY(!item.contains(key) || item.at(key).is_string());
    }
    const auto &book = items.at(0);
    QCOMPARE(QString::fromStdString(book.at("author").at(0).at("family").get<std::string>()),
             QStringLiteral("Zalesskij"));
    QCOMPARE(book.at("issued").at("date-parts").at(0).at(0).get<int>(), 2023);
    QCOMPARE(QString::fromStdString(items.at(1).at("URL").get<std::string>()),
             QStringLiteral(
                 "http://www.kazakhstan.belembassy.org/rus/news/~page_m12=1~news_m12=461094"));
}

// The files a reader imports, read by the programs that import them: pandoc's citeproc (the
// CSL processor of Zotero's styles) formats the CSL-JSON and the BibTeX, bibutils converts
// BibTeX and RIS to MODS as reference managers' importers do. Every source arrives, with
// its author, title and address.
void TestCitationWriter::referenceManagersReadEveryEntry()
{
    PE_NEED_TOOLS(QStringLiteral("pandoc"), QStringLiteral("bib2xml"), QStringLiteral("ris2xml"));
    const CitationWriter writer(*m_dataset, english());
    QStringList ids;
    for (const Source &source : m_dataset->sources)
        ids.append(source.id);
    const int entries = int(ids.size()) + 1; // and the book
    const test::TempFiles files;
    const QString json = files.write(QStringLiteral("all.json"),
                                     writer.bibliography(ids, CitationStyle::CslJson).toUtf8());
    const QString bib = files.write(QStringLiteral("all.bib"),
                                    writer.bibliography(ids, CitationStyle::Bibtex).toUtf8());
    const QString ris = files.write(QStringLiteral("all.ris"),
                                    writer.bibliography(ids, CitationStyle::Ris).toUtf8());
    const QString document =
        files.write(QStringLiteral("cite-all.md"), QByteArray("---\nnocite: '@*'\n---\n"));
    for (const QString &file : {json, bib}) {
        QByteArray out;
        QString error;
        QVERIFY2(test::ExternalRenderers::run(QStringLiteral("pandoc"),
                                              {document, QStringLiteral("--citeproc"),
                                               QStringLiteral("--bibliography=") + file,
                                               QStringLiteral("--wrap=none"), QStringLiteral("-t"),
                                               QStringLiteral("plain")},
                                              &out, &error),
                 qPrintable(error));
        const QString text = QString::fromUtf8(out);
        QCOMPARE(int(text.trimmed().split(QStringLiteral("\n\n")).size()), entries);
        QVERIFY2(text.contains(QStringLiteral("Dylenok, Y.")), qPrintable(file));
        QVERIFY2(text.contains(QStringLiteral("Zalesskij, Boris")), qPrintable(file));
        QVERIFY2(text.contains(QStringLiteral("http://law.by/news/legal-news/2019/august/39065/")),
                 qPrintable(file));
        // Titles as the book gives them: a CSL processor must not title-case the French.
        QVERIFY2(text.contains(QStringLiteral("est devenu un distributeur exclusif")),
                 qPrintable(file));
    }
    for (const auto &[program, file] :
         {std::pair{QStringLiteral("bib2xml"), bib}, std::pair{QStringLiteral("ris2xml"), ris}}) {
        QByteArray out;
        QString error;
        QVERIFY2(test::ExternalRenderers::run(program, {file}, &out, &error), qPrintable(error));
        const QString mods = QString::fromUtf8(out);
        QCOMPARE(int(mods.count(QStringLiteral("<mods "))), entries);
        const qsizetype fn50 = mods.indexOf(QStringLiteral("<mods ID=\"fn-50\">"));
        QVERIFY2(fn50 >= 0, qPrintable(program));
        const QString record = mods.mid(fn50, mods.indexOf(QStringLiteral("</mods>"), fn50) - fn50);
        QVERIFY2(record.contains(QStringLiteral("<namePart type=\"family\">Dylenok</namePart>")),
                 qPrintable(record));
        QVERIFY2(record.contains(QStringLiteral("est devenu un distributeur exclusif")),
                 qPrintable(record));
        QVERIFY2(record.contains(QStringLiteral("belta.by/economics/view/")), qPrintable(record));
    }
}

void TestCitationWriter::everyKindOfRecordIsCited_data()
{
    QTest::addColumn<QString>("record");
    QTest::newRow("event") << "ev-1992-09-diplomatic-relations";
    QTest::newRow("figure") << "obs-2021-turnover-fn97";
    QTest::newRow("venture") << m_dataset->ventures.first().id;
    QTest::newRow("partnership") << m_dataset->pairings.first().id;
    QTest::newRow("source") << "fn-6";
}

// A record's citation is that of each of its sources, once each.
void TestCitationWriter::everyKindOfRecordIsCited()
{
    QFETCH(QString, record);
    const CitationWriter writer(*m_dataset, english());
    const QStringList sources = m_dataset->sourcesOf(record);
    QVERIFY(!sources.isEmpty());
    const QString ris = writer.bibliography(sources, CitationStyle::Ris);
    QCOMPARE(int(ris.count(QStringLiteral("TY  - ELEC")) + ris.count(QStringLiteral("TY  - GEN"))),
             int(QSet<QString>(sources.cbegin(), sources.cend()).size()));
    const QString chicago = writer.bibliography(sources, CitationStyle::Chicago);
    QCOMPARE(int(chicago.split(QLatin1Char('\n')).size()),
             int(QSet<QString>(sources.cbegin(), sources.cend()).size()));
}

QTEST_GUILESS_MAIN(TestCitationWriter)
#include "tst_citationwriter.moc"
