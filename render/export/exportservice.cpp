#include "render/export/exportservice.h"

#include "render/export/csv.h"
#include "render/export/exportsource.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>

namespace pe {

bool ExportService::write(const QString &path, ExportFormat format, const ExportDocument &document,
                          const ExportOptions &options, ExportSource &source, QString *error)
{
    if (format == ExportFormat::Csv)
        return Exporter::writeText(path, Csv::encode(source.csvRows(), options.csv), error);
    ExportOptions pictureOptions = options;
    pictureOptions.format = format;
    if (!Exporter::write(path, document, pictureOptions, error))
        return false;
    // The alt text travels with the picture, for the article's CMS, and the long
    // description for a reader who wants every series and gap in words.
    if (!Exporter::writeText(altTextPath(path), (document.description + QLatin1Char('\n')).toUtf8(),
                             error))
        return false;
    const QString description =
        document.longDescription.isEmpty() ? document.description : document.longDescription;
    return Exporter::writeText(path + QStringLiteral(".desc.txt"),
                               (description + QLatin1Char('\n')).toUtf8(), error);
}

QMimeData *ExportService::mimeData(ExportFormat format, const ExportDocument &document,
                                   const ExportOptions &options, ExportSource &source)
{
    auto *mime = new QMimeData;
    if (format == ExportFormat::Csv) {
        mime->setText(Csv::text(source.csvRows(), options.csv));
        return mime;
    }
    mime->setImageData(Exporter::image(document, options));
    mime->setData(QStringLiteral("image/svg+xml"), Exporter::svg(document, options));
    return mime;
}

void ExportService::copyToClipboard(ExportFormat format, const ExportDocument &document,
                                    const ExportOptions &options, ExportSource &source)
{
    QGuiApplication::clipboard()->setMimeData(mimeData(format, document, options, source));
}

QString ExportService::altTextPath(const QString &picturePath)
{
    return picturePath + QStringLiteral(".alt.txt");
}

} // namespace pe
