#pragma once

#include "render/export/exportdocument.h"
#include "render/export/exportformat.h"

#include <QCoreApplication>
#include <QString>

class QMimeData;

namespace pe {

class ExportSource;

// Writes what the export dialog, Ctrl+Shift+C and `partnership-explorer export` ask for, one
// way for all three: a picture with its alt text in FILE.alt.txt beside it, or the CSV.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    // Through QSaveFile: on failure nothing is left half-written and error says why.
    static bool write(const QString &path, ExportFormat format, const ExportDocument &document,
                      const ExportOptions &options, ExportSource &source, QString *error);
    // The clipboard's content: the CSV as text, or the picture as an image plus its SVG
    // (vector editors take the SVG, everything else the bitmap).
    static QMimeData *mimeData(ExportFormat format, const ExportDocument &document,
                               const ExportOptions &options, ExportSource &source);
    static void copyToClipboard(ExportFormat format, const ExportDocument &document,
                                const ExportOptions &options, ExportSource &source);
    // The alt text file written beside a picture.
    static QString altTextPath(const QString &picturePath);
};

} // namespace pe
