#pragma once

#include "render/export/csv.h"
#include "render/export/exportformat.h"
#include "render/export/textprobe.h"
#include "render/viewtheme.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QRectF;

namespace pe {

// What an exported picture holds: a view's drawing laid out for the target size, with the
// title, subtitle, notes and source line drawn in.
struct ExportDocument
{
    QString title;
    QString subtitle;
    QString notes;
    QString sourceLine;
    QString description; // alt text (at most 300 characters); dc:description in the metadata
    // Series, gaps and qualifiers for a reader who wants all of it: the SVG's <desc> and
    // FILE.desc.txt. Empty: the alt text.
    QString longDescription;
    // The dataset drawn from, named in the file's metadata (see ExportMetadata).
    QString datasetTitle;
    QString datasetSha256;
    // Draws the view itself (plot, axes, legend) into the rect it is given.
    std::function<void(QPainter *, const QRectF &, const ViewTheme &)> paintBody;
};

struct ExportOptions
{
    using Format = ExportFormat; // a picture format: Png, Svg or Pdf
    Format format = Format::Png;
    QSize size = QSize(1200, 675); // logical pixels (CSS-like, 96 per inch)
    qreal scale = 1.0;             // PNG pixel density: 1×–3×
    ViewTheme theme = ViewTheme::light();
    CsvDialect csv; // a CSV's bytes: plain for scripts unless the reader asks for Excel's

    // Accepts png, svg or pdf (any case); false for anything else, csv included.
    static bool formatFromName(const QString &name, Format *format);
};

// Lays an ExportDocument out and writes it as PNG, SVG or PDF. One layout routine serves
// all three formats and the live preview, so what the dialog shows is what is written.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    static constexpr int minSide = 200;
    static constexpr int maxSide = 8000;

    // Draws the whole page (background, title, body, notes, source line) into rect.
    static void paint(QPainter *painter, const QRectF &rect, const ExportDocument &document,
                      const ViewTheme &theme);
    static QImage image(const ExportDocument &document, const ExportOptions &options);
    // The smallest type on the page, in points at the page's printed size (0: no text).
    static qreal smallestTextPoints(const ExportDocument &document, const ExportOptions &options);
    // Every run of text on the page and where it lands: labels that collide show here.
    static QList<TextProbe::Run> textRuns(const ExportDocument &document,
                                          const ExportOptions &options);
    // Below this a printed chart is hard to read; the export dialog warns.
    static constexpr qreal legiblePoints = 9.0;
    // The smallest type a view draws, as a fraction of the theme's base size.
    static constexpr qreal smallestViewType = 0.75;
    static QByteArray svg(const ExportDocument &document, const ExportOptions &options);

    // The file's bytes in options.format (png, svg or pdf); false and why when the options
    // are out of range or the drawing fails.
    static bool encode(const ExportDocument &document, const ExportOptions &options,
                       QByteArray *bytes, QString *error);
    // Through OutputFiles: only a regular file is written, all of it or nothing, and error
    // says why not.
    static bool write(const QString &path, const ExportDocument &document,
                      const ExportOptions &options, QString *error);
    static bool writeText(const QString &path, const QByteArray &bytes, QString *error);

    // Spacing scale for a page: 1.0 at 1200×675, larger on larger pages.
    static qreal pageScale(const QSizeF &size);
};

} // namespace pe
