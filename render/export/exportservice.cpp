#include "render/export/exportservice.h"

#include "models/files/outputfiles.h"
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
    OutputFiles files;
    if (format == ExportFormat::Csv) {
        files.add(path, Csv::encode(source.csvRows(), options.csv));
        return files.commit(error);
    }
    ExportOptions pictureOptions = options;
    pictureOptions.format = format;
    QByteArray picture;
    if (!Exporter::encode(document, pictureOptions, &picture, error))
        return false;
    // The alt text travels with the picture, for the article's CMS, and the long
    // description for a reader who wants every series and gap in words: the three are
    // written together or not at all, so no picture is left without its alt text.
    const QString description =
        document.longDescription.isEmpty() ? document.description : document.longDescription;
    files.add(path, picture);
    files.add(altTextPath(path), (document.description + QLatin1Char('\n')).toUtf8());
    files.add(descriptionPath(path), (description + QLatin1Char('\n')).toUtf8());
    return files.commit(error);
}

QStringList ExportService::writtenPaths(const QString &path, ExportFormat format)
{
    if (format == ExportFormat::Csv)
        return {path};
    return {path, altTextPath(path), descriptionPath(path)};
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

QString ExportService::descriptionPath(const QString &picturePath)
{
    return picturePath + QStringLiteral(".desc.txt");
}

} // namespace pe
