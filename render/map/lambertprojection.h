#pragma once

#include <QPointF>
#include <QRectF>

namespace pe {

// A point on the Earth in degrees (WGS84, taken as a sphere at the scales the map is drawn).
struct GeoPoint
{
    double lon = 0;
    double lat = 0;
};

// Lambert's conformal conic projection on a sphere. Conformal, so shapes read true; true to
// scale along two standard parallels, so a country wider than it is tall in mid-latitudes
// (Kazakhstan, Belarus) keeps its scale error within a few per cent everywhere.
class LambertProjection
{
public:
    LambertProjection() = default;
    // Degrees: the two standard parallels, the central meridian and the parallel the y axis
    // starts from.
    LambertProjection(double standard1, double standard2, double centralMeridian,
                      double originLatitude);
    // Fitted to an area (x: longitude, y: latitude): standard parallels a sixth of the span
    // in from its southern and northern edges, the usual rule that spreads the error evenly,
    // and the central meridian and origin in its middle, so north is up at its centre.
    static LambertProjection fittedTo(const QRectF &lonLat);

    // Kilometres on the plane from the origin, x east and y north.
    QPointF project(const GeoPoint &point) const;
    // Kilometres on the plane per kilometre on the ground at a latitude: 1 on the standard
    // parallels, a little less between them, more outside.
    double scaleFactor(double latitude) const;

    double standard1() const { return m_standard1; }
    double standard2() const { return m_standard2; }
    double centralMeridian() const { return m_centralMeridian; }

    static constexpr double earthRadiusKm = 6371.0;

private:
    double rho(double latitude) const;

    double m_standard1 = 45;
    double m_standard2 = 55;
    double m_centralMeridian = 0;
    double m_n = 0.78;
    double m_f = 1;
    double m_rho0 = 1;
};

} // namespace pe
