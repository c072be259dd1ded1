#pragma once

#include "models/tours/tour.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pe {

// Writes a tour as the file TourLoader reads (docs/tours.md): the same fields in the same
// order as the built-in tours, texts only in the languages they are written in, so that a
// tour saved and opened again is the tour that was saved.
class TourWriter
{
    Q_DECLARE_TR_FUNCTIONS(TourWriter)

public:
    static QByteArray toJson(const Tour &tour);
    // Through OutputFiles (a regular file only): the old file stays whole if anything fails;
    // error says why.
    static bool save(const Tour &tour, const QString &path, QString *error);
};

} // namespace pe
