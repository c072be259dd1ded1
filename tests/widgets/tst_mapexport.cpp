#include "render/export/exportcontext.h"
#include "render/export/exportservice.h"
#include "render/export/exportsource.h"
#include "tests/support/csvreader.h"
#include "tests/support/externalrenderers.h"
#include "tests/support/fixtures.h"
#include "tests/support/imagecomparison.h"
#include "tests/support/tempfiles.h"
#include "widgets/export/exportregistry.h"
#include "widgets/map/mapexportsource.h"
#include "widgets/shell/languagemanager.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace pe;
using pe::test::ExternalRenderers;
using pe::test::ImageComparison;

namespace {

struct Built
{
    std::unique_ptr<ExportSource> source;
    ExportDocument document;
};

Built build(const ExportContext &context)
{
    const ExportableView *view = ExportRegistry::find(QStringLiteral("map"));
    Built built;
    if (!view)
        return built;
    built.source = view->build(context);
    built.document = ExportRegistry::document(*view, *built.source, context);
    return built;
}

// Every text element of an SVG, as a browser would read it.
QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (xml.hasError() && error)
        *error = xml.errorString();
    return texts;
}

} // namespace

// The map as a journalist exports it: the same picture in PNG, SVG and PDF whatever opens
// it, in the reader's language, with its attribution, and the CSV of what it draws.
class TestMapExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameInEveryRenderer_data();
    void sameInEveryRenderer();
    void exportsInTwoLanguages();
    void csvHoldsWhatIsDrawn();
    void csvFollowsTheFilterAndLayers();
    void pageCarriesTitleLegendSourceAndAttribution();
    void datasetTextIsNeverMarkup();
    void selectionOnlyWhenAskedFor();

private:
    test::TempFiles m_files;
    ExportContext m_context;
};

void TestMapExport::initTestCase()
{
    QVERIFY(m_files.isValid());
    QString error;
    m_context.dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(m_context.dataset, qPrintable(error));
}

void TestMapExport::sameInEveryRenderer_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("format");
    // The slide in SVG only: at 1920×1080 poppler sets the page's title (drawn by the export
    // page, not the map) a pixel off Qt's, for every view.
    QTest::newRow("slide ru svg") << "ru"
                                  << "light" << QSize(1920, 1080) << ""
                                  << ""
                                  << "svg";
    for (const char *format : {"svg", "pdf"}) {
        QTest::addRow("article ru %s", format) << "ru"
                                               << "light" << QSize(1200, 675) << ""
                                               << "" << QString::fromLatin1(format);
        QTest::addRow("dark %s", format) << "en"
                                         << "dark" << QSize(1200, 675) << ""
                                         << "" << QString::fromLatin1(format);
        QTest::addRow("print, Kostanay Region, a partnership selected %s", format)
            << "fr"
            << "print" << QSize(1200, 675) << "kz-kostanay-region"
            << "pair-gomel-kostanay-2013" << QString::fromLatin1(format);
        QTest::addRow("square with an event's places %s", format)
            << "en"
            << "light" << QSize(1080, 1080) << ""
            << "ev-2012-kazbelaz-first-45t-truck" << QString::fromLatin1(format);
    }
}

// As tst_exportparity does for every view at the article size, for the cases only the map
// has: its frames at other proportions, a region outlined, a selection ringed, dark and
// print colours, Cyrillic labels.
void TestMapExport::sameInEveryRenderer()
{
    QFETCH(QString, language);
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    QFETCH(QString, place);
    QFETCH(QString, selected);
    QFETCH(QString, format);
    PE_NEED_TOOLS(format == QLatin1String("svg") ? QStringLiteral("rsvg-convert")
                                                 : QStringLiteral("pdftoppm"));
    LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    ExportContext context = m_context;
    context.dataLanguage = LanguageManager::dataLanguage(language);
    context.filter.place = place;
    context.selectedId = selected;
    context.showSelection = !selected.isEmpty();
    const Built built = build(context);
    QVERIFY(built.source);
    ExportOptions options;
    options.size = size;
    options.theme = ViewTheme::fromName(theme);

    const QString name =
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').replace(u',', u'-');
    const QString png = m_files.path(name + QStringLiteral(".png"));
    const QString vector = m_files.path(name + QLatin1Char('.') + format);
    QString error;
    QVERIFY2(ExportService::write(png, ExportFormat::Png, built.document, options, *built.source,
                                  &error),
             qPrintable(error));
    QVERIFY2(ExportService::write(vector, *formatFromKey(format), built.document, options,
                                  *built.source, &error),
             qPrintable(error));
    const QImage expected(png);
    QCOMPARE(expected.size(), size);
    const QImage actual = format == QLatin1String("svg")
                              ? ExternalRenderers::renderSvg(vector, size, &error)
                              : ExternalRenderers::renderPdf(vector, 96, &error);
    QVERIFY2(!actual.isNull(), qPrintable(error));
    QCOMPARE(actual.size(), size);
    // A map carries several times a chart's text (thirty places' names, the legend, long notes
    // in Russian) and poppler rasterises every glyph a little differently from Qt, which the
    // faint limit counts (6–8.5 % here against 4.4 % for the charts). Anything drawn in the
    // wrong place is held to the strong limit as strictly as for every view.
    test::RenderingTolerance tolerance;
    if (format == QLatin1String("pdf"))
        tolerance.faintFraction = 0.10;
    const ImageComparison::Result result = ImageComparison::compareRenderings(
        actual, expected, QStringLiteral("map-") + name, tolerance);
    qInfo("%s", qPrintable(result.message));
    QVERIFY2(result.matches, qPrintable(result.message));
}

void TestMapExport::exportsInTwoLanguages()
{
    QHash<QString, QStringList> texts;
    QHash<QString, QList<QStringList>> csv;
    for (const QString language : {"en", "ru"}) {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        ExportContext context = m_context;
        context.dataLanguage = language;
        Built built = build(context);
        ExportOptions options;
        options.format = ExportFormat::Svg;
        const QByteArray svg = Exporter::svg(built.document, options);
        QString error;
        texts.insert(language, svgTexts(svg, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        csv.insert(language, built.source->csvRows());
    }
    const QString en = texts.value(QStringLiteral("en")).join(u'\n');
    const QString ru = texts.value(QStringLiteral("ru")).join(u'\n');
    // The dataset's names in the language, the map's own words too.
    for (const char *name : {"Minsk", "Astana", "Kostanay", "Partnerships per region",
                             "Boundaries: Natural Earth", "joint ventures on the map"})
        QVERIFY2(en.contains(QString::fromUtf8(name)), name);
    // A run of text changes script between Cyrillic and Latin: "Границы: " and "Natural Earth"
    // are two text elements.
    for (const char *name : {"Минск", "Астана", "Костанай", "Партнёрства по регионам",
                             "Границы:", "Natural Earth", "совместные предприятия Беларуси"})
        QVERIFY2(ru.contains(QString::fromUtf8(name)), name);
    QVERIFY(!ru.contains(QStringLiteral("Partnerships per region")));
    // The same rows and records (ordered by the names, so by each language's alphabet), the
    // headers and names translated.
    const QList<QStringList> enRows = csv.value(QStringLiteral("en"));
    const QList<QStringList> ruRows = csv.value(QStringLiteral("ru"));
    QCOMPARE(enRows.size(), ruRows.size());
    QVERIFY(enRows.first() != ruRows.first());
    const auto records = [](const QList<QStringList> &rows) {
        QHash<QString, QString> byLayerAndPlaces; // layer and place ids → record ids
        for (int row = 1; row < rows.size(); ++row)
            byLayerAndPlaces.insert(
                rows.at(row).at(0) + u'|' + rows.at(row).at(3) + u'|' +
                    (rows.at(row).at(3).isEmpty() ? rows.at(row).at(5) : QString()),
                rows.at(row).at(5));
        return byLayerAndPlaces;
    };
    QCOMPARE(records(ruRows), records(enRows));
    QCOMPARE(records(enRows).size(), enRows.size() - 1);
}

void TestMapExport::csvHoldsWhatIsDrawn()
{
    MapExportSource source(m_context);
    const MapScene &scene = source.scene();
    const CsvRows rows = source.csvRows();
    QCOMPARE(rows.first().mid(0, 6),
             QStringList({"Layer", "Name", "Country", "Places", "Count", "Record ids"}));
    QCOMPARE(rows.first().mid(6), Csv::sourceColumnsHeader());
    QHash<QString, int> perLayer;
    QSet<QString> pairings;
    QSet<QString> ventures;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), rows.first().size());
        ++perLayer[row.at(0)];
        const QStringList ids = row.at(5).split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(row.at(4).toInt(), int(ids.size()));
        QVERIFY(!row.at(6).isEmpty()); // every row names its sources
        for (const QString &id : ids) {
            if (m_context.dataset->pairing(id))
                pairings.insert(id);
            else if (m_context.dataset->venture(id))
                ventures.insert(id);
            else
                QFAIL(qPrintable(id));
        }
    }
    int shaded = 0;
    for (const MapScene::Region &region : scene.regions)
        shaded += region.count() > 0;
    QCOMPARE(perLayer.value(QStringLiteral("region")), shaded);
    QCOMPARE(perLayer.value(QStringLiteral("arc")), int(scene.arcs.size()));
    QCOMPARE(perLayer.value(QStringLiteral("pin")), int(scene.pins.size()));
    QCOMPARE(perLayer.value(QStringLiteral("unplaced")), 2);
    // No record is lost: each one is on some row.
    QCOMPARE(pairings.size(), m_context.dataset->pairings.size());
    QCOMPARE(ventures.size(), m_context.dataset->ventures.size());

    // What a script reads back from the file.
    const QString path = m_files.path(QStringLiteral("map.csv"));
    QString error;
    QVERIFY2(ExportService::write(path, ExportFormat::Csv, ExportDocument(), ExportOptions(),
                                  source, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::optional<QList<QStringList>> read =
        test::CsvReader::parse(file.readAll(), u',', &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, rows);
}

void TestMapExport::csvFollowsTheFilterAndLayers()
{
    ExportContext context = m_context;
    context.filter.place = QStringLiteral("by-gomel-region");
    context.hiddenSeries.insert(QStringLiteral("map"), {QStringLiteral("pins")});
    MapExportSource source(context);
    const CsvRows rows = source.csvRows();
    for (int i = 1; i < rows.size(); ++i) {
        QVERIFY(rows.at(i).at(0) != QLatin1String("pin"));
        if (rows.at(i).at(0) == QLatin1String("arc"))
            QVERIFY2(rows.at(i).at(3).contains(QStringLiteral("by-gomel")) ||
                         rows.at(i).at(3).contains(QStringLiteral("by-vetka-district")),
                     qPrintable(rows.at(i).at(3)));
    }
    MapExportSource all(m_context);
    QVERIFY(rows.size() < all.csvRows().size());
    QVERIFY(source.altText().size() <= 300);
    QVERIFY(!source.sourceIds().isEmpty());
    QVERIFY(source.sourceIds().size() < all.sourceIds().size());
}

void TestMapExport::pageCarriesTitleLegendSourceAndAttribution()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    const Built built = build(m_context);
    QCOMPARE(built.document.title,
             QStringLiteral("Belarus–Kazakhstan partnerships and joint ventures on the map"));
    QVERIFY2(built.document.subtitle.contains(QStringLiteral("52 partnerships")),
             qPrintable(built.document.subtitle));
    QVERIFY(built.document.sourceLine.contains(QStringLiteral("Zalesskij")));
    QVERIFY2(built.document.notes.contains(QStringLiteral("Turkestan Region (with Shymkent)")),
             qPrintable(built.document.notes));
    QVERIFY(built.document.description.size() <= 300);
    for (const QSize size : {QSize(1200, 675), QSize(1920, 1080), QSize(800, 800)}) {
        ExportOptions options;
        options.size = size;
        QStringList texts;
        for (const TextProbe::Run &run : Exporter::textRuns(built.document, options))
            texts.append(run.text);
        const QString all = texts.join(u'\n');
        // The title may wrap: its first words.
        for (const QString &expected :
             {QStringLiteral("Belarus–Kazakhstan"), QStringLiteral("Boundaries: Natural Earth"),
              QStringLiteral("Partnerships per region"), QStringLiteral("Minsk"),
              QStringLiteral("Astana")})
            QVERIFY2(all.contains(expected), qPrintable(expected));
        QVERIFY(all.contains(QStringLiteral("Zalesskij")));
        QVERIFY(Exporter::smallestTextPoints(built.document, options) >= Exporter::legiblePoints);
    }
}

void TestMapExport::datasetTextIsNeverMarkup()
{
    auto dataset = std::make_shared<Dataset>(*m_context.dataset);
    for (Place &place : dataset->places) {
        if (place.id == QLatin1String("kz-astana"))
            place.name.en = QStringLiteral("<b>Astana</b> & \"Co\"");
    }
    dataset->index();
    ExportContext context = m_context;
    context.dataset = dataset;
    const Built built = build(context);
    ExportOptions options;
    options.format = ExportFormat::Svg;
    QString error;
    const QStringList texts = svgTexts(Exporter::svg(built.document, options), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(texts.contains(QStringLiteral("<b>Astana</b> & \"Co\"")),
             qPrintable(texts.join(u'|')));
}

void TestMapExport::selectionOnlyWhenAskedFor()
{
    ExportContext context = m_context;
    context.selectedId = QStringLiteral("pair-gomel-kostanay-2013");
    ExportOptions options;
    const QImage plain = Exporter::image(build(m_context).document, options);
    const QImage browsing = Exporter::image(build(context).document, options);
    QCOMPARE(browsing, plain);
    context.showSelection = true;
    const QImage asked = Exporter::image(build(context).document, options);
    QVERIFY(asked != plain);
}

QTEST_MAIN(TestMapExport)
#include "tst_mapexport.moc"
