#include "widgets/map/mapexportsource.h"

#include "models/items/pairingmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/venturemodel.h"
#include "render/export/exportcontext.h"

#include <QSet>

namespace pe {

namespace {

// Alt text must stay short enough for an article's alt attribute.
constexpr int maxAltText = 300;

} // namespace

MapExportSource::MapExportSource(const ExportContext &context)
    : m_dataset(context.dataset)
    , m_pairings(std::make_unique<PairingModel>())
    , m_ventures(std::make_unique<VentureModel>())
    , m_filteredPairings(std::make_unique<RecordFilterModel>())
    , m_filteredVentures(std::make_unique<RecordFilterModel>())
    , m_layers(MapLayers::withHidden(context.hiddenSeries.value(QStringLiteral("map"))))
    , m_fontScale(context.fontScale)
{
    m_pairings->setLanguage(context.dataLanguage);
    m_pairings->setDataset(context.dataset);
    m_ventures->setLanguage(context.dataLanguage);
    m_ventures->setDataset(context.dataset);
    m_filteredPairings->setSourceModel(m_pairings.get());
    m_filteredPairings->setFilter(context.filter);
    m_filteredVentures->setSourceModel(m_ventures.get());
    m_filteredVentures->setFilter(context.filter);
    if (m_dataset) {
        const PlaceAreas areas(*m_dataset, m_renderer.baseMap());
        m_scene = MapScene::build(*m_dataset, m_renderer.baseMap(), areas,
                                  recordIdsOf(m_filteredPairings.get()),
                                  recordIdsOf(m_filteredVentures.get()), context.dataLanguage);
    }
    // The filter's region is part of what the reader asked for; a click made while browsing
    // is drawn only when they ask for the selection.
    m_emphasis.filterPlace = context.filter.place;
    if (context.showSelection && m_dataset) {
        if (const Event *event = m_dataset->event(context.selectedId))
            m_emphasis.places = event->places;
        else if (m_dataset->pairing(context.selectedId) || m_dataset->venture(context.selectedId))
            m_emphasis.record = context.selectedId;
    }
}

MapExportSource::~MapExportSource() = default;

void MapExportSource::paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme)
{
    ViewTheme scaled = theme;
    scaled.baseFontPointSize *= m_fontScale;
    m_renderer.paint(painter, rect, scaled, m_scene, m_layers, m_emphasis);
}

QStringList MapExportSource::sourcesOf(const QStringList &records) const
{
    QStringList ids;
    if (!m_dataset)
        return ids;
    QSet<QString> seen;
    for (const QString &record : records) {
        for (const QString &source : m_dataset->sourcesOf(record)) {
            if (!seen.contains(source)) {
                seen.insert(source);
                ids.append(source);
            }
        }
    }
    return ids;
}

CsvRows MapExportSource::csvRows()
{
    CsvRows rows;
    rows.append(QStringList{tr("Layer"), tr("Name"), tr("Country"), tr("Places"), tr("Count"),
                            tr("Record ids")} +
                Csv::sourceColumnsHeader());
    const auto countryName = [this](Side side) {
        return side == Side::Belarus ? m_scene.belarusName : m_scene.kazakhstanName;
    };
    // Layer keys stay English, like ids: scripts select rows by them (docs/map.md).
    const auto row = [&](const QString &layer, const QString &name, const QString &country,
                         const QStringList &places, const QStringList &records) {
        rows.append(QStringList{layer, name, country, places.join(QLatin1Char(' ')),
                                QString::number(records.size()), records.join(QLatin1Char(' '))} +
                    Csv::sourceColumns(m_dataset.get(), sourcesOf(records)));
    };
    if (m_layers.regions) {
        for (const MapScene::Region &region : m_scene.regions) {
            if (region.count() > 0)
                row(QStringLiteral("region"), region.name, countryName(region.country),
                    region.places, region.pairings);
        }
    }
    if (m_layers.arcs) {
        for (const MapScene::Arc &arc : m_scene.arcs)
            row(QStringLiteral("arc"), arc.name, QString(), {arc.belarusPlace, arc.kazakhPlace},
                arc.pairings);
        if (!m_scene.pairingsWithoutArc.isEmpty())
            row(QStringLiteral("unplaced"), tr("Partnerships with a side that names no place"),
                QString(), {}, m_scene.pairingsWithoutArc);
    }
    if (m_layers.pins) {
        for (const MapScene::Pin &pin : m_scene.pins) {
            const auto location = m_scene.locations.value(pin.place);
            row(QStringLiteral("pin"), pin.name, countryName(location.country), {pin.place},
                pin.ventures);
        }
        if (!m_scene.venturesWithoutPin.isEmpty())
            row(QStringLiteral("unplaced"), tr("Joint ventures that name no town or region"),
                QString(), {}, m_scene.venturesWithoutPin);
    }
    return rows;
}

QStringList MapExportSource::sourceIds()
{
    QStringList records;
    if (m_layers.regions) {
        for (const MapScene::Region &region : m_scene.regions)
            records += region.pairings;
    }
    if (m_layers.arcs) {
        for (const MapScene::Arc &arc : m_scene.arcs)
            records += arc.pairings;
        records += m_scene.pairingsWithoutArc;
    }
    if (m_layers.pins) {
        for (const MapScene::Pin &pin : m_scene.pins)
            records += pin.ventures;
        records += m_scene.venturesWithoutPin;
    }
    return sourcesOf(records);
}

QString MapExportSource::subtitle()
{
    return tr("%n partnership(s)", nullptr, m_scene.pairingCount) + tr(", ") +
           tr("%n joint venture(s)", nullptr, m_scene.ventureCount) +
           tr("; regions shaded by their partnerships");
}

QString MapExportSource::notes()
{
    QStringList merged;
    for (const MapScene::Region &region : m_scene.regions) {
        if (region.places.size() > 1)
            merged.append(region.name);
    }
    QString text = tr("Arcs join the places the two sides of a partnership name; arcs to a "
                      "region meet at its centre. Belarus is drawn at a larger scale than "
                      "Kazakhstan.");
    if (!merged.isEmpty())
        text += QLatin1Char(' ') +
                tr("Regions as before 2018 (Natural Earth): %1.").arg(merged.join(tr("; ")));
    text += QLatin1Char(' ') +
            tr("Places carry the names the dataset gives them today: it gives former names "
               "without dates.");
    return text;
}

QString MapExportSource::altText()
{
    const MapScene &s = m_scene;
    if (s.pairingCount == 0 && s.ventureCount == 0)
        return tr("Map of Belarus and Kazakhstan by region: no partnership or joint venture "
                  "matches the filters.");
    const MapScene::Region *busiest = nullptr;
    for (const MapScene::Region &region : s.regions) {
        if (region.count() > 0 && (!busiest || region.count() > busiest->count()))
            busiest = &region;
    }
    QString text =
        tr("Map of Belarus and Kazakhstan by region: %n partnership(s)", nullptr, s.pairingCount);
    if (busiest)
        text += tr(", most in %1 (%2)").arg(busiest->name).arg(busiest->count());
    text += tr("; %n drawn as arcs between the partners' places", nullptr,
               s.pairingCount - int(s.pairingsWithoutArc.size()));
    text += tr("; %n joint venture(s)", nullptr, s.ventureCount);
    if (!s.pins.isEmpty())
        text += tr(", most at %1 (%2)").arg(s.pins.first().name).arg(s.pins.first().count());
    text += QLatin1Char('.');
    if (text.size() > maxAltText)
        text = tr("Map of Belarus and Kazakhstan by region: %n partnership(s) and their arcs, ",
                  nullptr, s.pairingCount) +
               tr("%n joint venture(s) as pins.", nullptr, s.ventureCount);
    return text.left(maxAltText);
}

QString MapExportSource::longDescription()
{
    const MapScene &s = m_scene;
    QStringList lines{altText()};
    QStringList regions;
    for (const MapScene::Region &region : s.regions) {
        if (region.count() > 0)
            regions.append(tr("%1: %2").arg(region.name).arg(region.count()));
    }
    if (!regions.isEmpty())
        lines.append(tr("Partnerships per region: %1.").arg(regions.join(tr("; "))));
    QStringList arcs;
    for (const MapScene::Arc &arc : s.arcs)
        arcs.append(tr("%1: %2").arg(arc.name).arg(arc.count()));
    if (!arcs.isEmpty())
        lines.append(tr("Arcs: %1.").arg(arcs.join(tr("; "))));
    QStringList pins;
    for (const MapScene::Pin &pin : s.pins)
        pins.append(tr("%1: %2").arg(pin.name).arg(pin.count()));
    if (!pins.isEmpty())
        lines.append(tr("Joint ventures per place: %1.").arg(pins.join(tr("; "))));
    if (!s.pairingsWithoutArc.isEmpty())
        lines.append(tr("%n partnership(s) with a side that names no place are counted in their "
                        "regions but not drawn as arcs.",
                        nullptr, int(s.pairingsWithoutArc.size())));
    if (!s.venturesWithoutPin.isEmpty())
        lines.append(tr("%n joint venture(s) that name(s) no town or region have no pin.", nullptr,
                        int(s.venturesWithoutPin.size())));
    lines.append(notes());
    return lines.join(QLatin1Char('\n'));
}

} // namespace pe
