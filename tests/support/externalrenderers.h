#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace pe::test {

// The programs that stand for a journalist's tools: librsvg's rsvg-convert draws an SVG as
// browsers and Inkscape do (without Qt's SVG renderer, which forgives what they do not),
// poppler's pdftoppm and pdfinfo read a PDF as any viewer does. A suite that needs them skips
// where they are missing, unless PE_REQUIRE_EXPORT_TOOLS=1 (scripts/setup.sh test sets it),
// where a missing tool is a failure: a machine set up for testing must not pass by skipping.
class ExternalRenderers
{
public:
    static bool required();
    // The programs of tools not found in PATH, comma-separated; empty when all are there.
    static QString missing(const QStringList &tools);

    // Runs program, waits for it (a minute at most); false with *error set when it cannot
    // start, times out or exits with a status other than 0.
    static bool run(const QString &program, const QStringList &arguments, QByteArray *out,
                    QString *error);

    // rsvg-convert -w W -h H: the SVG drawn at pixels, or a null image with *error set.
    static QImage renderSvg(const QString &svgPath, const QSize &pixels, QString *error);
    // pdftoppm -png -r DPI -singlefile: the PDF's first page drawn at dpi.
    static QImage renderPdf(const QString &pdfPath, int dpi, QString *error);
    // pdfinfo's "Key: value" lines, or with xmp (pdfinfo -meta) the XMP packet instead.
    static QString pdfInfo(const QString &pdfPath, bool xmp, QString *error);
};

} // namespace pe::test

// In a test function: skips (or fails, when the tools are required) unless every tool of the
// list is installed.
#define PE_NEED_TOOLS(...)                                                                         \
    do {                                                                                           \
        const QString peMissingTools = pe::test::ExternalRenderers::missing({__VA_ARGS__});        \
        if (!peMissingTools.isEmpty()) {                                                           \
            const QByteArray peWhy =                                                               \
                (QStringLiteral("not installed: ") + peMissingTools).toLocal8Bit();                \
            if (pe::test::ExternalRenderers::required())                                           \
                QFAIL(peWhy.constData());                                                          \
            QSKIP(peWhy.constData());                                                              \
        }                                                                                          \
    } while (false)
