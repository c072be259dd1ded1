#pragma once

#include "render/viewtheme.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QString>

class QPaintDevice;

namespace pe {

// Colours, type and sizes of the map for one theme on one device: a sober base map (water,
// land, borders in greys) under one blue ramp for the regions, the timeline's "regions"
// colour for the partnerships' arcs and an orange for the ventures' pins, all from the
// app's palette and changed with the theme as every view's colours are.
struct MapStyle
{
    Q_DECLARE_TR_FUNCTIONS(MapStyle)

public:
    static MapStyle of(const ViewTheme &theme, const QPaintDevice *device);

    // Regions shaded in fixed classes, the same whatever the filter, so two maps compare:
    // none, 1, 2–3, 4–6, 7 or more partnerships.
    static constexpr int classCount = 5;
    static int classOf(int count);
    static QString classLabel(int cls);
    // Arcs: 1, 2, 3 or more partnerships between the same two places.
    static constexpr int arcClassCount = 3;
    static int arcClassOf(int count) { return count >= 3 ? 2 : count - 1 < 0 ? 0 : count - 1; }

    QColor regionFill(int cls) const;
    qreal arcWidth(int count) const;

    ViewTheme theme;
    qreal u = 1; // spacing unit: a logical pixel at the base type size of the screen
    QColor water;
    QColor land;   // neighbouring countries
    QColor border; // between neighbouring countries
    QColor regionEdge;
    QColor countryEdge;
    QColor arc;
    QColor arcCasing;
    QColor pin;
    QColor pinEdge;
    QColor placeDot;
    QColor highlight;
    QColor labelText;
    QColor mutedText;
    QColor labelPlate; // behind a label, for it to read over arcs and shading
    QColor frame;
    QFont townFont;
    QFont capitalFont;
    QFont regionFont;
    QFont neighbourFont;
    QFont legendFont;
    QFont legendHeadingFont;
    QFont pinFont;

private:
    QColor m_ramp[classCount];
};

} // namespace pe
