#include "render/export/exportdocument.h"

#include "models/files/outputfiles.h"
#include "render/export/deterministichashorder.h"
#include "render/export/exportmetadata.h"
#include "render/export/pngencoder.h"
#include "render/export/textprobe.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHashFunctions>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextLayout>

#include <cmath>

namespace pe {

namespace {

constexpr int logicalDpi = ExportMetadata::logicalDpi;

// Height the wrapped text takes at this width on device; draws it when painter is not null.
qreal drawWrapped(QPainter *painter, const QPaintDevice *device, const QString &text,
                  const QFont &font, const QColor &colour, const QRectF &rect)
{
    if (text.isEmpty())
        return 0;
    // Laid out for the device drawn on, not for the screen, whose resolution may differ.
    QTextLayout layout(text, font, const_cast<QPaintDevice *>(device));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    const qreal leading = QFontMetricsF(font).leading();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        height += leading;
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter) {
        painter->setPen(colour);
        layout.draw(painter, rect.topLeft());
    }
    return height;
}

} // namespace

bool ExportOptions::formatFromName(const QString &name, Format *format)
{
    const std::optional<ExportFormat> parsed = formatFromKey(name);
    if (!parsed || !isPicture(*parsed))
        return false;
    *format = *parsed;
    return true;
}

qreal Exporter::pageScale(const QSizeF &size)
{
    return std::clamp(std::min(size.width() / 1200.0, size.height() / 675.0), 0.2, 3.0);
}

void Exporter::paint(QPainter *painter, const QRectF &rect, const ExportDocument &document,
                     const ViewTheme &baseTheme)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, baseTheme.background);

    // Spacing follows the page; type follows it too, but not below what reads in print: the
    // smallest label a view draws (3/4 of its base size) stays at 9 pt, so a small page gets
    // relatively larger type and a title that shrinks less than the page. Up to twice the
    // page's own proportion: on a page smaller still the type shrinks, and the export dialog
    // warns.
    const qreal u = pageScale(rect.size());
    ViewTheme theme = baseTheme;
    const qreal proportional = 9.5 * u;
    theme.baseFontPointSize =
        std::max(proportional, std::min(legiblePoints / smallestViewType, 2 * proportional));
    const qreal bodyType = theme.baseFontPointSize;
    const qreal margin = 28 * u;
    const QRectF page = rect.adjusted(margin, margin * 0.9, -margin, -margin * 0.8);

    // Sizes rounded to whole pixels of the device, as the views' fonts are (ViewTheme::font).
    const QPaintDevice *device = painter->device();
    const auto pageFont = [&theme, device](qreal points, int weight) {
        ViewTheme sized = theme;
        sized.baseFontPointSize = points;
        return sized.font(1.0, weight, device);
    };
    const QFont titleFont = pageFont(std::max(21.85 * u, 1.35 * bodyType), QFont::Bold);
    const QFont subtitleFont = pageFont(std::max(13.8 * u, bodyType), QFont::Normal);
    const QFont notesFont = pageFont(std::max(10.45 * u, legiblePoints), QFont::Normal);
    const QFont sourceFont = pageFont(std::max(10.0 * u, legiblePoints), QFont::Normal);

    qreal y = page.top();
    y += drawWrapped(painter, device, document.title, titleFont, theme.text,
                     QRectF(page.left(), y, page.width(), 0));
    if (!document.subtitle.isEmpty()) {
        y += 4 * u;
        y += drawWrapped(painter, device, document.subtitle, subtitleFont, theme.mutedText,
                         QRectF(page.left(), y, page.width(), 0));
    }
    y += 14 * u;

    // Footer from the bottom up: source line, then notes above it.
    const qreal sourceHeight = drawWrapped(nullptr, device, document.sourceLine, sourceFont,
                                           theme.mutedText, QRectF(0, 0, page.width(), 0));
    const qreal notesHeight = drawWrapped(nullptr, device, document.notes, notesFont,
                                          theme.mutedText, QRectF(0, 0, page.width(), 0));
    qreal footerTop = page.bottom() - sourceHeight;
    drawWrapped(painter, device, document.sourceLine, sourceFont, theme.mutedText,
                QRectF(page.left(), footerTop, page.width(), 0));
    if (notesHeight > 0) {
        footerTop -= notesHeight + 6 * u;
        drawWrapped(painter, device, document.notes, notesFont, theme.mutedText,
                    QRectF(page.left(), footerTop, page.width(), 0));
    }
    footerTop -= 10 * u;
    painter->setPen(QPen(theme.grid, std::max(1.0, u)));
    painter->drawLine(QPointF(page.left(), footerTop), QPointF(page.right(), footerTop));

    const QRectF body(page.left(), y, page.width(), std::max(10.0, footerTop - y - 8 * u));
    if (document.paintBody) {
        painter->save();
        painter->setClipRect(body);
        document.paintBody(painter, body, theme);
        painter->restore();
    }
    painter->restore();
}

QImage Exporter::image(const ExportDocument &document, const ExportOptions &options)
{
    const QSize pixels(qRound(options.size.width() * options.scale),
                       qRound(options.size.height() * options.scale));
    // Opaque: every export has a background, and PNG encodes RGB faster and smaller.
    QImage image(pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(options.scale);
    // Fixed density so that point sizes mean the same on every machine, whatever its screen.
    const int dotsPerMeter = qRound(logicalDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(options.theme.background);
    QPainter painter(&image);
    if (painter.isActive())
        paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)), document, options.theme);
    return image;
}

qreal Exporter::smallestTextPoints(const ExportDocument &document, const ExportOptions &options)
{
    return TextProbe::smallestPointSize(options.size, [&](QPainter *painter) {
        paint(painter, QRectF(QPointF(0, 0), QSizeF(options.size)), document, options.theme);
    });
}

QList<TextProbe::Run> Exporter::textRuns(const ExportDocument &document,
                                         const ExportOptions &options)
{
    return TextProbe::runs(options.size, [&](QPainter *painter) {
        paint(painter, QRectF(QPointF(0, 0), QSizeF(options.size)), document, options.theme);
    });
}

QByteArray Exporter::svg(const ExportDocument &document, const ExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(logicalDpi);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    // Qt 6.4 writes the title and description into the file as they are, markup and all:
    // they are given to it escaped.
    generator.setTitle(ExportMetadata::xmlText(document.title));
    const QString desc = !document.longDescription.isEmpty() ? document.longDescription
                         : !document.description.isEmpty()   ? document.description
                                                             : document.subtitle;
    generator.setDescription(ExportMetadata::xmlText(desc));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)), document, options.theme);
    painter.end();
    // Drawn text is escaped by the generator, but a control character in it would still
    // make the file unreadable to every XML parser.
    return ExportMetadata::addToSvg(ExportMetadata::withoutForbiddenCharacters(buffer.data()),
                                    document);
}

bool Exporter::writeText(const QString &path, const QByteArray &bytes, QString *error)
{
    return OutputFiles::write(path, bytes, error);
}

bool Exporter::write(const QString &path, const ExportDocument &document,
                     const ExportOptions &options, QString *error)
{
    QByteArray bytes;
    return encode(document, options, &bytes, error) && OutputFiles::write(path, bytes, error);
}

bool Exporter::encode(const ExportDocument &document, const ExportOptions &options,
                      QByteArray *bytes, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (options.size.width() < minSide || options.size.height() < minSide ||
        options.size.width() > maxSide || options.size.height() > maxSide)
        return fail(tr("size %1×%2 is out of range: each side must be %3 to %4 pixels")
                        .arg(options.size.width())
                        .arg(options.size.height())
                        .arg(minSide)
                        .arg(maxSide));
    // Written so that NaN, which compares false with everything, is out of range too.
    if (!(options.scale >= 1.0 && options.scale <= 3.0))
        return fail(tr("scale %1 is out of range: expected 1 to 3").arg(options.scale));

    bytes->clear();
    switch (options.format) {
    case ExportOptions::Format::Png: {
        QImage picture = image(document, options);
        // The file says how large to print it: its logical size (2× pixels at 192 dpi).
        const int printDotsPerMeter = qRound(logicalDpi * options.scale / 0.0254);
        picture.setDotsPerMeterX(printDotsPerMeter);
        picture.setDotsPerMeterY(printDotsPerMeter);
        *bytes = PngEncoder::encode(picture);
        if (bytes->isEmpty())
            return fail(tr("cannot encode the PNG image"));
        return true;
    }
    case ExportOptions::Format::Svg: {
        *bytes = svg(document, options);
        if (bytes->isEmpty())
            return fail(tr("cannot draw the SVG image"));
        return true;
    }
    case ExportOptions::Format::Pdf: {
        // Into memory, then written like every other file: QPdfWriter reports no write error.
        QBuffer buffer(bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            const DeterministicHashOrder sameFontOrder;
            QPdfWriter writer(&buffer);
            const QSizeF points(options.size.width() * 72.0 / logicalDpi,
                                options.size.height() * 72.0 / logicalDpi);
            ExportMetadata::setUpPdf(
                writer, document.title,
                QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
            writer.setDocumentXmpMetadata(ExportMetadata::xmpPacket(document));
            QPainter painter;
            if (!painter.begin(&writer))
                return fail(tr("cannot start drawing the PDF"));
            const QRect target = painter.viewport();
            // Paint in logical pixels whatever the writer's device units are.
            painter.setWindow(QRect(QPoint(0, 0), options.size));
            painter.setViewport(target);
            paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)), document, options.theme);
            painter.end();
        }
        if (bytes->isEmpty())
            return fail(tr("cannot draw the PDF"));
        return true;
    }
    case ExportOptions::Format::Csv:
        break;
    }
    return fail(tr("%1 is not a picture format").arg(formatKey(options.format)));
}

} // namespace pe
