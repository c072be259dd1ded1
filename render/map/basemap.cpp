#include "render/map/basemap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>

#include <cmath>
#include <limits>

namespace pe {

namespace {

// [lon0, lat0, dlon1, dlat1, ...] in units of quantum: a polygon or polyline in degrees.
QPolygonF decode(const QJsonArray &values, double quantum)
{
    QPolygonF points;
    points.reserve(values.size() / 2);
    qint64 x = 0;
    qint64 y = 0;
    for (qsizetype i = 0; i + 1 < values.size(); i += 2) {
        x += values.at(i).toInteger();
        y += values.at(i + 1).toInteger();
        points.append(QPointF(double(x) * quantum, double(y) * quantum));
    }
    return points;
}

QList<QPolygonF> decodeAll(const QJsonArray &lists, double quantum, bool close)
{
    QList<QPolygonF> result;
    for (const QJsonValue list : lists) {
        QPolygonF points = decode(list.toArray(), quantum);
        if (points.size() < 2)
            continue;
        if (close && points.first() != points.last())
            points.append(points.first());
        result.append(points);
    }
    return result;
}

std::optional<Side> sideOf(const QString &code)
{
    if (code == QLatin1String("BY"))
        return Side::Belarus;
    if (code == QLatin1String("KZ"))
        return Side::Kazakhstan;
    return std::nullopt;
}

// Distance from p to segment ab, in degrees with longitude shrunk by the latitude's cosine.
double distance(const QPointF &p, QPointF a, QPointF b)
{
    const double k = std::cos(p.y() * 3.14159265358979323846 / 180.0);
    a.rx() *= k;
    b.rx() *= k;
    const QPointF q(p.x() * k, p.y());
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(q - a, ab) / length2, 0.0, 1.0) : 0.0;
    return QLineF(q, a + t * ab).length();
}

} // namespace

const BaseMap &BaseMap::builtIn()
{
    static const BaseMap map = [] {
        QFile file(QStringLiteral(":/map/boundaries.json"));
        if (!file.open(QIODevice::ReadOnly))
            return BaseMap();
        return fromJson(file.readAll());
    }();
    return map;
}

BaseMap BaseMap::fromJson(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return BaseMap();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return fail(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != 1)
        return fail(QStringLiteral("unknown format"));
    const double quantum = root.value(QLatin1String("quantum")).toDouble();
    if (!(quantum > 0))
        return fail(QStringLiteral("no quantum"));

    BaseMap map;
    for (const QJsonValue value : root.value(QLatin1String("areas")).toArray()) {
        const QJsonObject object = value.toObject();
        const std::optional<Side> country =
            sideOf(object.value(QLatin1String("country")).toString());
        if (!country)
            return fail(QStringLiteral("an area of no known country"));
        Area area{object.value(QLatin1String("id")).toString(), *country,
                  object.value(QLatin1String("name")).toString(),
                  decodeAll(object.value(QLatin1String("rings")).toArray(), quantum, true),
                  QRectF()};
        for (const QPolygonF &ring : std::as_const(area.rings))
            area.bounds = area.bounds.isNull() ? ring.boundingRect()
                                               : area.bounds.united(ring.boundingRect());
        if (area.rings.isEmpty())
            return fail(QStringLiteral("area %1 has no shape").arg(area.id));
        map.m_areas.append(area);
    }
    const QJsonObject outlines = root.value(QLatin1String("outlines")).toObject();
    map.m_outlineBelarus = decodeAll(outlines.value(QLatin1String("BY")).toArray(), quantum, false);
    map.m_outlineKazakhstan =
        decodeAll(outlines.value(QLatin1String("KZ")).toArray(), quantum, false);
    const QJsonObject inner = root.value(QLatin1String("inner")).toObject();
    map.m_innerBelarus = decodeAll(inner.value(QLatin1String("BY")).toArray(), quantum, false);
    map.m_innerKazakhstan = decodeAll(inner.value(QLatin1String("KZ")).toArray(), quantum, false);
    map.m_land = decodeAll(root.value(QLatin1String("land")).toArray(), quantum, true);
    map.m_borders = decodeAll(root.value(QLatin1String("borders")).toArray(), quantum, false);
    for (const QJsonValue value : root.value(QLatin1String("labels")).toArray()) {
        const QJsonObject object = value.toObject();
        map.m_labels.append(
            {object.value(QLatin1String("name")).toString(),
             {object.value(QLatin1String("lon")).toDouble(),
              object.value(QLatin1String("lat")).toDouble()},
             object.value(QLatin1String("kind")).toString() == QLatin1String("water")
                 ? Label::Kind::Water
                 : Label::Kind::Country});
    }
    for (const QJsonValue value : root.value(QLatin1String("capitals")).toArray()) {
        const QJsonObject object = value.toObject();
        if (const auto country = sideOf(object.value(QLatin1String("country")).toString()))
            map.m_capitals.append({*country, object.value(QLatin1String("name")).toString()});
    }
    const QJsonArray extent = root.value(QLatin1String("extent")).toArray();
    if (extent.size() == 4)
        map.m_extent = QRectF(QPointF(extent.at(0).toDouble(), extent.at(1).toDouble()),
                              QPointF(extent.at(2).toDouble(), extent.at(3).toDouble()));
    map.m_attribution = root.value(QLatin1String("attribution")).toString();
    if (map.m_areas.isEmpty())
        return fail(QStringLiteral("no areas"));
    return map;
}

const QList<QPolygonF> &BaseMap::outline(Side country) const
{
    return country == Side::Belarus ? m_outlineBelarus : m_outlineKazakhstan;
}

const QList<QPolygonF> &BaseMap::innerBorders(Side country) const
{
    return country == Side::Belarus ? m_innerBelarus : m_innerKazakhstan;
}

QRectF BaseMap::bounds(Side country) const
{
    QRectF bounds;
    for (const Area &area : m_areas) {
        if (area.country == country)
            bounds = bounds.isNull() ? area.bounds : bounds.united(area.bounds);
    }
    return bounds;
}

bool BaseMap::contains(const Area &area, const QPointF &point)
{
    if (!area.bounds.contains(point))
        return false;
    bool inside = false;
    for (const QPolygonF &ring : area.rings)
        inside ^= ring.containsPoint(point, Qt::OddEvenFill);
    return inside;
}

int BaseMap::areaAt(const GeoPoint &point) const
{
    const QPointF p(point.lon, point.lat);
    for (int i = 0; i < m_areas.size(); ++i) {
        if (contains(m_areas.at(i), p))
            return i;
    }
    return -1;
}

int BaseMap::nearestArea(const GeoPoint &point, Side country) const
{
    const QPointF p(point.lon, point.lat);
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < m_areas.size(); ++i) {
        const Area &area = m_areas.at(i);
        if (area.country != country)
            continue;
        for (const QPolygonF &ring : area.rings) {
            for (int k = 1; k < ring.size(); ++k) {
                const double d = distance(p, ring.at(k - 1), ring.at(k));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
    }
    return best;
}

} // namespace pe
