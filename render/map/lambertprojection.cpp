#include "render/map/lambertprojection.h"

#include <cmath>

namespace pe {

namespace {

constexpr double pi = 3.14159265358979323846;

double radians(double degrees)
{
    return degrees * pi / 180.0;
}

double tanHalf(double latitude)
{
    return std::tan(pi / 4 + radians(latitude) / 2);
}

} // namespace

LambertProjection::LambertProjection(double standard1, double standard2, double centralMeridian,
                                     double originLatitude)
    : m_standard1(standard1)
    , m_standard2(standard2)
    , m_centralMeridian(centralMeridian)
{
    const double phi1 = radians(standard1);
    const double phi2 = radians(standard2);
    // One standard parallel (the tangent cone) when the two meet.
    m_n = std::abs(standard1 - standard2) < 1e-9
              ? std::sin(phi1)
              : std::log(std::cos(phi1) / std::cos(phi2)) /
                    std::log(tanHalf(standard2) / tanHalf(standard1));
    m_f = std::cos(phi1) * std::pow(tanHalf(standard1), m_n) / m_n;
    m_rho0 = rho(originLatitude);
}

LambertProjection LambertProjection::fittedTo(const QRectF &lonLat)
{
    const double south = lonLat.top();
    const double north = lonLat.bottom();
    const double span = north - south;
    return LambertProjection(south + span / 6, north - span / 6, lonLat.center().x(),
                             lonLat.center().y());
}

double LambertProjection::rho(double latitude) const
{
    return earthRadiusKm * m_f / std::pow(tanHalf(latitude), m_n);
}

QPointF LambertProjection::project(const GeoPoint &point) const
{
    const double r = rho(point.lat);
    const double theta = m_n * radians(point.lon - m_centralMeridian);
    return QPointF(r * std::sin(theta), m_rho0 - r * std::cos(theta));
}

double LambertProjection::scaleFactor(double latitude) const
{
    return m_n * rho(latitude) / (earthRadiusKm * std::cos(radians(latitude)));
}

} // namespace pe
