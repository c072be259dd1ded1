#include "models/datasetloader.h"
#include "render/export/exportcontext.h"
#include "render/export/exportmetadata.h"
#include "render/export/exportservice.h"
#include "render/export/exportsource.h"
#include "tests/support/externalrenderers.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempfiles.h"
#include "widgets/export/exportregistry.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace pe;
using pe::test::ExternalRenderers;

namespace {

// Text a dataset or a journalist could give that must never become markup: tags, entities,
// a CDATA end, quotes, PDF string delimiters, and characters XML cannot hold at all.
const QString hostile =
    QStringLiteral("A <b>bold</b> &amp; \"quoted\" 'text' ]]> </title><script>alert(1)</script> "
                   "(paren) \\ back \u0001\u0007 \uFFFE é Ж <!-- end");

// An exported file's metadata, one entry per term ("dc:title", "pe:datasetSha256"), and the
// SVG's own title and description ("svg:title", "svg:desc").
struct Metadata
{
    QHash<QString, QString> terms;
    QStringList elements; // every element's local name, to find markup that got in
    QString error;
};

Metadata readMetadata(const QByteArray &xml)
{
    static const QHash<QString, QString> prefixes = {
        {QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc")},
        {QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("xmp")},
        {QString::fromLatin1(ExportMetadata::namespaceUri), QStringLiteral("pe")},
        {QStringLiteral("http://www.w3.org/2000/svg"), QStringLiteral("svg")},
    };
    Metadata result;
    QXmlStreamReader reader(xml);
    QStringList open; // the innermost term each element is part of
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            result.elements.append(reader.name().toString());
            const QString prefix = prefixes.value(reader.namespaceUri().toString());
            const QString name = reader.name().toString();
            const bool term = !prefix.isEmpty() &&
                              (prefix != QLatin1String("svg") || name == QLatin1String("title") ||
                               name == QLatin1String("desc"));
            open.append(term ? prefix + QLatin1Char(':') + name
                             : (open.isEmpty() ? QString() : open.last()));
        } else if (reader.isEndElement()) {
            open.removeLast();
        } else if (reader.isCharacters() && !reader.isWhitespace() && !open.isEmpty() &&
                   !open.last().isEmpty()) {
            result.terms[open.last()] += reader.text();
        }
    }
    if (reader.hasError())
        result.error =
            QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return result;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// pdfinfo's value for key ("Title"), or a null string.
QString pdfInfoValue(const QString &info, const QString &key)
{
    const QStringList lines = info.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

struct Built
{
    std::unique_ptr<ExportSource> source;
    ExportDocument document;
};

Built build(const QString &key, const ExportContext &context)
{
    Built built;
    const ExportableView *view = ExportRegistry::find(key);
    built.source = view->build(context);
    built.document = ExportRegistry::document(*view, *built.source, context);
    return built;
}

} // namespace

// What an exported file says about itself (application, version, dataset title and hash,
// sources), and that no text of a dataset or of the export dialog can become markup in it.
class TestExportMetadata : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void datasetHashIsTheFilesHash();
    void svgNamesItsDataset();
    void pdfNamesItsDataset();
    void hostileTextStaysText_data();
    void hostileTextStaysText();

private:
    test::TempFiles m_files;
    ExportContext m_context;
};

void TestExportMetadata::initTestCase()
{
    QVERIFY(m_files.isValid());
    QString error;
    m_context.dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(m_context.dataset, qPrintable(error));
}

void TestExportMetadata::datasetHashIsTheFilesHash()
{
    // Computed once by the loader from the bytes it read: the built-in dataset's are the
    // shipped file's, compiled into the executable.
    QCOMPARE(m_context.dataset->sha256.toLatin1(), sha256Of(test::Fixtures::shippedPath()));
    QCOMPARE(m_context.dataset->sha256.toLatin1(), sha256Of(DatasetLoader::builtInPath()));
    const auto small = test::Fixtures::small();
    QVERIFY(small);
    QCOMPARE(small->sha256.toLatin1(),
             sha256Of(test::Fixtures::path(QStringLiteral("small.json"))));
    QCOMPARE(small->sha256.size(), 64);
    // One more space is another file.
    QFile file(test::Fixtures::path(QStringLiteral("small.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const LoadResult spaced = DatasetLoader::loadBytes(file.readAll() + ' ', QStringLiteral("x"));
    QVERIFY(spaced.ok());
    QVERIFY(spaced.dataset->sha256 != small->sha256);
}

void TestExportMetadata::svgNamesItsDataset()
{
    const Built built = build(QStringLiteral("turnover"), m_context);
    const QString path = m_files.path(QStringLiteral("turnover.svg"));
    QString error;
    QVERIFY2(ExportService::write(path, ExportFormat::Svg, built.document, ExportOptions(),
                                  *built.source, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Metadata metadata = readMetadata(file.readAll());
    QVERIFY2(metadata.error.isEmpty(), qPrintable(metadata.error));
    const QHash<QString, QString> &terms = metadata.terms;
    QCOMPARE(terms.value(QStringLiteral("pe:datasetSha256")).toLatin1(),
             sha256Of(test::Fixtures::shippedPath()));
    QCOMPARE(terms.value(QStringLiteral("pe:datasetTitle")),
             m_context.dataset->title.text(QStringLiteral("en")));
    QCOMPARE(terms.value(QStringLiteral("pe:application")), QStringLiteral("Partnership Explorer"));
    QCOMPARE(terms.value(QStringLiteral("pe:version")), QStringLiteral(PE_VERSION));
    QCOMPARE(terms.value(QStringLiteral("xmp:CreatorTool")),
             QStringLiteral("Partnership Explorer " PE_VERSION));
    QCOMPARE(terms.value(QStringLiteral("dc:source")), built.document.sourceLine);
    QVERIFY(terms.value(QStringLiteral("dc:source")).contains(QStringLiteral("Vecteur")));
    QCOMPARE(terms.value(QStringLiteral("dc:title")), built.document.title);
    QCOMPARE(terms.value(QStringLiteral("svg:title")), built.document.title);
    // The description is the long one, in the metadata as in the SVG's <desc>; the alt text
    // is beside it (and in FILE.alt.txt).
    QVERIFY(built.document.longDescription.size() > built.document.description.size());
    QCOMPARE(terms.value(QStringLiteral("dc:description")), built.document.longDescription);
    QCOMPARE(terms.value(QStringLiteral("pe:altText")), built.document.description);
    QCOMPARE(terms.value(QStringLiteral("svg:desc")), built.document.longDescription);
}

void TestExportMetadata::pdfNamesItsDataset()
{
    PE_NEED_TOOLS(QStringLiteral("pdfinfo"));
    const Built built = build(QStringLiteral("regional-trade"), m_context);
    const QString path = m_files.path(QStringLiteral("regional.pdf"));
    QString error;
    QVERIFY2(ExportService::write(path, ExportFormat::Pdf, built.document, ExportOptions(),
                                  *built.source, &error),
             qPrintable(error));
    const QString info = ExternalRenderers::pdfInfo(path, false, &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    QCOMPARE(pdfInfoValue(info, QStringLiteral("Title")), built.document.title);
    QCOMPARE(pdfInfoValue(info, QStringLiteral("Creator")),
             QStringLiteral("Partnership Explorer " PE_VERSION));

    const QString xmp = ExternalRenderers::pdfInfo(path, true, &error);
    QVERIFY2(xmp.startsWith(QStringLiteral("<?xpacket")), qPrintable(error + xmp.left(200)));
    const Metadata metadata = readMetadata(xmp.toUtf8());
    QVERIFY2(metadata.error.isEmpty(), qPrintable(metadata.error));
    QCOMPARE(metadata.terms.value(QStringLiteral("pe:datasetSha256")).toLatin1(),
             sha256Of(test::Fixtures::shippedPath()));
    QCOMPARE(metadata.terms.value(QStringLiteral("pe:version")), QStringLiteral(PE_VERSION));
    QCOMPARE(metadata.terms.value(QStringLiteral("dc:source")), built.document.sourceLine);
    QCOMPARE(metadata.terms.value(QStringLiteral("dc:title")), built.document.title);
    QCOMPARE(metadata.terms.value(QStringLiteral("dc:description")),
             built.document.longDescription);
    QCOMPARE(metadata.terms.value(QStringLiteral("pe:altText")), built.document.description);
}

void TestExportMetadata::hostileTextStaysText_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("svg") << "svg";
    QTest::newRow("pdf") << "pdf";
}

void TestExportMetadata::hostileTextStaysText()
{
    QFETCH(QString, format);
    // The dataset's own title and an event's title, as a loaded file would have them.
    QFile file(test::Fixtures::path(QStringLiteral("small.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject title = root.value(QLatin1String("title")).toObject();
    title.insert(QLatin1String("en"), hostile);
    root.insert(QLatin1String("title"), title);
    const LoadResult loaded =
        DatasetLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("hostile.json"));
    QVERIFY(loaded.ok());
    ExportContext context;
    context.dataset = loaded.dataset;
    Built built = build(QStringLiteral("timeline"), context);
    // And what a journalist types in the export dialog.
    built.document.title = hostile;
    built.document.subtitle = hostile;
    built.document.notes = hostile;
    built.document.description = hostile + QStringLiteral(" (alt)");
    built.document.longDescription = built.document.description;
    built.document.sourceLine = hostile + QStringLiteral(" (source)");
    const QString safe = ExportMetadata::xmlSafe(hostile);
    QCOMPARE(safe.size(), hostile.size() - 3); // the two controls and U+FFFE

    const QString path = m_files.path(QStringLiteral("hostile.") + format);
    ExportFormat exportFormat = ExportFormat::Svg;
    QVERIFY(ExportOptions::formatFromName(format, &exportFormat));
    QString error;
    QVERIFY2(ExportService::write(path, exportFormat, built.document, ExportOptions(),
                                  *built.source, &error),
             qPrintable(error));

    Metadata metadata;
    if (format == QLatin1String("svg")) {
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        metadata = readMetadata(svg.readAll());
        QVERIFY2(metadata.error.isEmpty(), qPrintable(metadata.error));
        QCOMPARE(metadata.terms.value(QStringLiteral("svg:title")), safe);
        QCOMPARE(metadata.terms.value(QStringLiteral("svg:desc")), safe + QStringLiteral(" (alt)"));
        // librsvg reads it too (it refuses a file with a control character in it).
        PE_NEED_TOOLS(QStringLiteral("rsvg-convert"));
        const QImage drawn = ExternalRenderers::renderSvg(path, QSize(600, 338), &error);
        QVERIFY2(!drawn.isNull(), qPrintable(error));
    } else {
        PE_NEED_TOOLS(QStringLiteral("pdfinfo"));
        const QString info = ExternalRenderers::pdfInfo(path, false, &error);
        QVERIFY2(!info.isEmpty(), qPrintable(error));
        // The Info dictionary says what the XMP says, parentheses and backslashes included.
        QCOMPARE(pdfInfoValue(info, QStringLiteral("Title")), safe);
        const QString xmp = ExternalRenderers::pdfInfo(path, true, &error);
        QVERIFY2(xmp.startsWith(QStringLiteral("<?xpacket")), qPrintable(error + xmp.left(200)));
        metadata = readMetadata(xmp.toUtf8());
        QVERIFY2(metadata.error.isEmpty(), qPrintable(metadata.error));
    }
    QCOMPARE(metadata.terms.value(QStringLiteral("dc:title")), safe);
    QCOMPARE(metadata.terms.value(QStringLiteral("dc:description")),
             safe + QStringLiteral(" (alt)"));
    QCOMPARE(metadata.terms.value(QStringLiteral("dc:source")), safe + QStringLiteral(" (source)"));
    QCOMPARE(metadata.terms.value(QStringLiteral("pe:datasetTitle")), safe);
    // Not one element came from the text.
    QVERIFY2(!metadata.elements.contains(QStringLiteral("script")) &&
                 !metadata.elements.contains(QStringLiteral("b")),
             qPrintable(metadata.elements.join(QLatin1Char(' '))));
}

QTEST_MAIN(TestExportMetadata)
#include "tst_exportmetadata.moc"
