#include "widgets/map/maplayerbar.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace pe {

MapLayerBar::MapLayerBar(QWidget *parent)
    : QWidget(parent)
    , m_regions(new QCheckBox)
    , m_arcs(new QCheckBox)
    , m_pins(new QCheckBox)
    , m_labels(new QCheckBox)
{
    setObjectName(QStringLiteral("mapLayers"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    const QList<std::pair<QCheckBox *, const char *>> boxes = {{m_regions, "regionsLayer"},
                                                               {m_arcs, "arcsLayer"},
                                                               {m_pins, "pinsLayer"},
                                                               {m_labels, "labelsLayer"}};
    for (const auto &[box, name] : boxes) {
        box->setObjectName(QLatin1String(name));
        box->setChecked(true);
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] { emit layersChanged(layers()); });
    }
    layout->addStretch(1);
    retranslateUi();
}

MapLayers MapLayerBar::layers() const
{
    MapLayers layers;
    layers.regions = m_regions->isChecked();
    layers.arcs = m_arcs->isChecked();
    layers.pins = m_pins->isChecked();
    layers.labels = m_labels->isChecked();
    return layers;
}

void MapLayerBar::setLayers(const MapLayers &layers)
{
    if (layers == this->layers())
        return;
    {
        const QSignalBlocker a(m_regions), b(m_arcs), c(m_pins), d(m_labels);
        m_regions->setChecked(layers.regions);
        m_arcs->setChecked(layers.arcs);
        m_pins->setChecked(layers.pins);
        m_labels->setChecked(layers.labels);
    }
    emit layersChanged(layers);
}

void MapLayerBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MapLayerBar::retranslateUi()
{
    m_regions->setText(tr("Regions"));
    m_regions->setToolTip(tr("Shade each region by the partnerships that involve it"));
    m_arcs->setText(tr("Partnerships"));
    m_arcs->setToolTip(tr("Draw each partnership as an arc between the two sides' places"));
    m_pins->setText(tr("Ventures"));
    m_pins->setToolTip(tr("Pin joint ventures and plants at their places"));
    m_labels->setText(tr("Names"));
    m_labels->setToolTip(tr("Show places and their names"));
}

} // namespace pe
