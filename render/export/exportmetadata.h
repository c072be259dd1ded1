#pragma once

#include <QByteArray>
#include <QString>

class QPageSize;
class QPdfWriter;

namespace pe {

struct ExportDocument;

// What an exported picture says about itself besides its drawing: its title and alt text,
// the application and version that made it, the dataset it was drawn from (title, SHA-256
// of the file) and the sources it shows. One RDF description (Dublin Core, XMP's
// CreatorTool and a few terms of our own), written into an SVG's <metadata> and as a PDF's
// XMP packet, so that a file found on a newsroom's drive can be traced back to its data.
//
// Dataset text reaches every one of these, so none of it may become markup: it is escaped,
// and the characters XML 1.0 cannot hold even escaped (C0 controls but tab and line breaks,
// U+FFFE, U+FFFF) are dropped, which QSvgGenerator does not do.
class ExportMetadata
{
public:
    static constexpr const char *namespaceUri = "urn:partnership-explorer:export:1";
    // Logical units are pixels at 96 per inch, as on the web: 1200×675 is an article image.
    static constexpr int logicalDpi = 96;

    // Every PDF the app writes: logical units, its title and creator, the page, no margins.
    static void setUpPdf(QPdfWriter &writer, const QString &title, const QPageSize &page);

    static QString applicationName();
    static QString applicationVersion();
    // "Partnership Explorer 1.2.0": the PDF's Creator and XMP's CreatorTool.
    static QString creatorTool();

    // text as XML character data: escaped, without what XML forbids.
    static QString xmlText(const QString &text);
    // text without the characters XML forbids, for XML written by another writer.
    static QString xmlSafe(const QString &text);
    static QByteArray withoutForbiddenCharacters(const QByteArray &utf8);

    // The rdf:RDF element (UTF-8, no XML declaration).
    static QByteArray rdf(const ExportDocument &document);
    // svg as QSvgGenerator writes it, with the description in <metadata> after its <desc>.
    static QByteArray addToSvg(const QByteArray &svg, const ExportDocument &document);
    // The description as an XMP packet, for QPdfWriter::setDocumentXmpMetadata.
    static QByteArray xmpPacket(const ExportDocument &document);
};

} // namespace pe
