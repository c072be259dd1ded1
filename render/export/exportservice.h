#pragma once

#include "render/export/exportdocument.h"
#include "render/export/exportformat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMimeData;

namespace pe {

class ExportSource;

// Writes what the export dialog, Ctrl+Shift+C and `partnership-explorer export` ask for, one
// way for all three: a picture with its alt text in FILE.alt.txt beside it, or the CSV.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    // Through OutputFiles: a picture, its alt text and its description are written all three
    // or none; only regular files are written; on failure nothing is left half-written, the
    // files that were there stay, and error says why.
    static bool write(const QString &path, ExportFormat format, const ExportDocument &document,
                      const ExportOptions &options, ExportSource &source, QString *error);
    // The clipboard's content: the CSV as text, or the picture as an image plus its SVG
    // (vector editors take the SVG, everything else the bitmap).
    static QMimeData *mimeData(ExportFormat format, const ExportDocument &document,
                               const ExportOptions &options, ExportSource &source);
    static void copyToClipboard(ExportFormat format, const ExportDocument &document,
                                const ExportOptions &options, ExportSource &source);
    // The alt text file written beside a picture, and the long description's.
    static QString altTextPath(const QString &picturePath);
    static QString descriptionPath(const QString &picturePath);
    // Every file write() writes for path: a picture's alt text and description beside it.
    static QStringList writtenPaths(const QString &path, ExportFormat format);
};

} // namespace pe
