// libFuzzer entry point: whatever dataset the loader accepts, every view exports to SVG and
// CSV without crashing, and every SVG is well-formed XML (a strict parser reads it to the
// end). Text from a dataset that became markup, or a character XML cannot hold, aborts.
// Seed it with tests/data and resources/data.
#include "models/datasetloader.h"
#include "render/export/csv.h"
#include "render/export/exportcontext.h"
#include "render/export/exportdocument.h"
#include "render/export/exportsource.h"
#include "widgets/export/exportregistry.h"

#include <QApplication>
#include <QXmlStreamReader>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

bool wellFormed(const QByteArray &xml, QString *why)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (!reader.hasError())
        return true;
    *why = QStringLiteral("line %1, column %2: %3")
               .arg(reader.lineNumber())
               .arg(reader.columnNumber())
               .arg(reader.errorString());
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The views draw with fonts and build their widgets unseen: an offscreen application.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pe::LoadResult result = pe::DatasetLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));
    if (!result.ok())
        return 0;
    pe::ExportContext context;
    context.dataset = result.dataset;
    pe::ExportOptions options;
    options.format = pe::ExportFormat::Svg;
    options.size = QSize(600, 400); // small: the drawing, not the pixels, is under test
    for (const pe::ExportableView &view : pe::ExportRegistry::views()) {
        const std::unique_ptr<pe::ExportSource> source = view.build(context);
        if (view.supports(pe::ExportFormat::Csv))
            (void)pe::Csv::encode(source->csvRows());
        if (!view.supports(pe::ExportFormat::Svg))
            continue;
        const pe::ExportDocument document = pe::ExportRegistry::document(view, *source, context);
        const QByteArray svg = pe::Exporter::svg(document, options);
        QString why;
        if (svg.isEmpty() || !wellFormed(svg, &why)) {
            std::fprintf(stderr, "%s: the SVG is not well-formed XML: %s\n", qPrintable(view.key),
                         qPrintable(why));
            std::abort();
        }
    }
    return 0;
}
