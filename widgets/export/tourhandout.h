#pragma once

#include "models/tours/tour.h"
#include "render/export/exportcontext.h"
#include "render/viewtheme.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

class QPainter;
class QRectF;

namespace pe {

// A tour printed for the class: one A4 page per step with the step's picture as the slide
// shows it, the question of a reveal, the caption, the lecturer's notes and each source in
// full. The command line (`export --tour`) and the tour editor write the same file.
class TourHandout
{
    Q_DECLARE_TR_FUNCTIONS(TourHandout)

public:
    // A4 portrait in logical pixels (96 per inch), as the other exports measure.
    static QSizeF pageSize();

    // What an export of the step's view needs: its filter, lines, years, record and year,
    // with the selection drawn (the slide shows it).
    static ExportContext stepContext(const TourStep &step, const ExportContext &base);
    // The export key that pictures a view ("ventures" → "venture-output"); empty when the
    // view is a table with no picture.
    static QString pictureKey(const QString &viewKey);

    // base holds the dataset and the language; the step's own state is added to it.
    static void paintPage(QPainter *painter, const QRectF &page, const Tour &tour, int step,
                          const ExportContext &base, const ViewTheme &theme);
    // Through OutputFiles: a regular file only; on failure the old file is kept and error
    // says why.
    static bool write(const QString &path, const Tour &tour, const ExportContext &base,
                      const ViewTheme &theme, QString *error);
};

} // namespace pe
