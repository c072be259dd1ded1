#pragma once

#include "render/map/maplayout.h"

#include <QWidget>

class QCheckBox;

namespace pe {

// The map's layers as check boxes above it: regions, partnerships, ventures, names.
class MapLayerBar : public QWidget
{
    Q_OBJECT

public:
    explicit MapLayerBar(QWidget *parent = nullptr);

    MapLayers layers() const;
    void setLayers(const MapLayers &layers);

signals:
    void layersChanged(const pe::MapLayers &layers);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QCheckBox *m_regions;
    QCheckBox *m_arcs;
    QCheckBox *m_pins;
    QCheckBox *m_labels;
};

} // namespace pe
