#pragma once

#include "models/terms.h"

#include <QColor>

namespace pe {

// Colours shared by every view and export, chosen to stay distinguishable for readers with
// colour-vision deficiencies (Okabe–Ito and Paul Tol's palettes) and in greyscale print.
namespace palette {

// Event categories: the timeline's lanes, markers and legend.
QColor category(Category category);
// A trade indicator's chart series; indicators no trade chart draws get turnover's.
QColor indicator(Indicator indicator);
// Chart series.
QColor turnover();      // dark blue
QColor exports();       // orange
QColor imports();       // sky blue
QColor balance();       // bluish green
QColor supplementary(); // reddish purple: figures not from the book
QColor highlight();     // vermillion: selection, year marker
QColor era();           // background band of a cooperation programme

} // namespace palette
} // namespace pe
