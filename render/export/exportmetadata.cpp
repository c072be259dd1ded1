#include "render/export/exportmetadata.h"

#include "render/export/exportdocument.h"

#include <QPageSize>
#include <QPdfWriter>
#include <QXmlStreamWriter>

namespace pe {

namespace {

const QString rdfNamespace = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString dcNamespace = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString xmpNamespace = QStringLiteral("http://ns.adobe.com/xap/1.0/");

bool allowedInXml(char32_t c)
{
    if (c < 0x20)
        return c == 0x09 || c == 0x0A || c == 0x0D;
    return c != 0xFFFE && c != 0xFFFF;
}

void writeRdf(QXmlStreamWriter &xml, const ExportDocument &document)
{
    const QString pe = QString::fromLatin1(ExportMetadata::namespaceUri);
    xml.writeNamespace(rdfNamespace, QStringLiteral("rdf"));
    xml.writeNamespace(dcNamespace, QStringLiteral("dc"));
    xml.writeNamespace(xmpNamespace, QStringLiteral("xmp"));
    xml.writeNamespace(pe, QStringLiteral("pe"));
    xml.writeStartElement(rdfNamespace, QStringLiteral("RDF"));
    xml.writeStartElement(rdfNamespace, QStringLiteral("Description"));
    xml.writeAttribute(rdfNamespace, QStringLiteral("about"), QString());

    // Dublin Core's title and description are language alternatives in XMP.
    const auto alternative = [&](const QString &name, const QString &text) {
        if (text.isEmpty())
            return;
        xml.writeStartElement(dcNamespace, name);
        xml.writeStartElement(rdfNamespace, QStringLiteral("Alt"));
        xml.writeStartElement(rdfNamespace, QStringLiteral("li"));
        xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        xml.writeCharacters(ExportMetadata::xmlSafe(text));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    };
    const auto simple = [&](const QString &ns, const QString &name, const QString &text) {
        if (!text.isEmpty())
            xml.writeTextElement(ns, name, ExportMetadata::xmlSafe(text));
    };
    alternative(QStringLiteral("title"), document.title);
    // The description is the long one (series, gaps, qualifiers), as in the SVG's <desc>;
    // the short alt text, for a figure's alternative, is kept beside it.
    alternative(QStringLiteral("description"), !document.longDescription.isEmpty()
                                                   ? document.longDescription
                                                   : document.description);
    simple(dcNamespace, QStringLiteral("source"), document.sourceLine);
    simple(xmpNamespace, QStringLiteral("CreatorTool"), ExportMetadata::creatorTool());
    simple(pe, QStringLiteral("altText"), document.description);
    simple(pe, QStringLiteral("application"), ExportMetadata::applicationName());
    simple(pe, QStringLiteral("version"), ExportMetadata::applicationVersion());
    simple(pe, QStringLiteral("datasetTitle"), document.datasetTitle);
    simple(pe, QStringLiteral("datasetSha256"), document.datasetSha256);
    xml.writeEndElement(); // rdf:Description
    xml.writeEndElement(); // rdf:RDF
}

} // namespace

QString ExportMetadata::applicationName()
{
    return QStringLiteral("Partnership Explorer");
}

QString ExportMetadata::applicationVersion()
{
    return QStringLiteral(PE_VERSION);
}

QString ExportMetadata::creatorTool()
{
    return applicationName() + QLatin1Char(' ') + applicationVersion();
}

QString ExportMetadata::xmlSafe(const QString &text)
{
    // Code unit by code unit: toUcs4() would turn an unpaired surrogate into U+FFFD and hide
    // it from the check, while the text itself still holds it.
    QString kept;
    kept.reserve(text.size());
    bool dropped = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            kept += c;
            kept += text.at(++i);
        } else if (c.isSurrogate() || !allowedInXml(c.unicode())) {
            dropped = true;
        } else {
            kept += c;
        }
    }
    return dropped ? kept : text;
}

QString ExportMetadata::xmlText(const QString &text)
{
    // toHtmlEscaped covers & < > and quotes: character data and attribute values alike.
    return xmlSafe(text).toHtmlEscaped();
}

QByteArray ExportMetadata::withoutForbiddenCharacters(const QByteArray &utf8)
{
    // Byte-wise is safe in UTF-8: bytes below 0x20 never occur inside a multi-byte
    // sequence, and U+FFFE and U+FFFF are the only sequences EF BF BE and EF BF BF.
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c < 0x20 && !allowedInXml(c))
            continue;
        if (c == 0xEF && i + 2 < utf8.size() &&
            static_cast<unsigned char>(utf8.at(i + 1)) == 0xBF &&
            (static_cast<unsigned char>(utf8.at(i + 2)) & 0xFE) == 0xBE) {
            i += 2;
            continue;
        }
        out.append(char(c));
    }
    return out;
}

QByteArray ExportMetadata::rdf(const ExportDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    writeRdf(xml, document);
    return bytes.trimmed(); // the writer starts with a line break
}

QByteArray ExportMetadata::addToSvg(const QByteArray &svg, const ExportDocument &document)
{
    // After QSvgGenerator's <desc>, the first element it writes after the root's start tag
    // and <title>; neither can hold "</desc>", their text having been escaped.
    static const QByteArray endOfDesc("</desc>\n");
    const qsizetype at = svg.indexOf(endOfDesc);
    if (at < 0)
        return svg;
    QByteArray out = svg.left(at + endOfDesc.size());
    out += "<metadata>\n";
    out += rdf(document);
    out += "\n</metadata>\n";
    out += svg.mid(at + endOfDesc.size());
    return out;
}

QByteArray ExportMetadata::xmpPacket(const ExportDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    // The packet wrapper XMP readers scan a file for; the id is the one XMP fixes.
    xml.writeProcessingInstruction(
        QStringLiteral("xpacket"),
        QStringLiteral("begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    xml.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    xml.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    writeRdf(xml, document);
    xml.writeEndElement();
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"r\""));
    return bytes.trimmed();
}

void ExportMetadata::setUpPdf(QPdfWriter &writer, const QString &title, const QPageSize &page)
{
    writer.setResolution(logicalDpi);
    // What the PDF's Info says, which cannot hold every character.
    writer.setTitle(xmlSafe(title));
    writer.setCreator(creatorTool());
    writer.setPageSize(page);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
}

} // namespace pe
