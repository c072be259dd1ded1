#pragma once

#include "render/export/csv.h"
#include "render/viewtheme.h"

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QPainter;
class QRectF;

namespace pe {

// One view, built for one export from an ExportContext: it owns the models it draws from,
// and describes itself in the four ways an export needs. Charts, the timeline and tables each
// implement it once; the export registry says which one stands behind each view key.
class ExportSource
{
public:
    virtual ~ExportSource() = default;

    // Draws the view itself (plot, axes, legend; no title) into rect of any paint device.
    virtual void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme) = 0;
    // The numbers or rows behind the view: a header row, then one row per record.
    virtual CsvRows csvRows() = 0;
    // A plain-language description, for screen readers and the article's alt text: at most
    // 300 characters.
    virtual QString altText() = 0;
    // Everything a reader of the picture could want in words (series, gaps, qualifiers).
    virtual QString longDescription() { return altText(); }
    // The sources of the records shown, in first-seen order, without repeats.
    virtual QStringList sourceIds() = 0;
    // What the data itself says under the title ("93 events, 1992–2022, by category").
    virtual QString subtitle() = 0;
    // What the picture's symbols mean, for the notes under it, as far as it draws them
    // ("hollow markers: …" only where there are any); empty: the view's default notes.
    virtual QString notes() { return {}; }
};

// The sources of every row of a model of records (SourcesRole), in first-seen order: what a
// list-like view (the timeline, a table) shows.
QStringList sourceIdsOfRows(const QAbstractItemModel &model);

} // namespace pe
