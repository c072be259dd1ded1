#pragma once

#include "models/dataset.h"
#include "render/map/maplayout.h"
#include "render/map/maprenderer.h"
#include "render/map/mapscene.h"
#include "render/map/placeareas.h"
#include "render/viewtheme.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace pe {

// The partnership on a map: the widget around a MapScene built from the filtered
// partnerships and ventures, drawn by a MapRenderer (the same routine as every export). The
// view handles input, tooltips, focus and accessibility through the layout it drew.
//
// Mouse: a click on a region filters every view to it (again: to the next place the region
// holds, then no region); on an arc or a pin it opens its record in the details (again: the
// next of its records). Keys: arrows step through regions, arcs and pins; Tab and Shift+Tab
// move between those three groups before leaving the map; Home/End; Enter or Space act as
// a click.
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setDataset(std::shared_ptr<const Dataset> dataset);
    // The language of the dataset's names: en, fr or ru.
    void setLanguage(const QString &language);
    // The filtered partnerships and ventures (RecordFilterModels): what the map draws.
    void setModels(QAbstractItemModel *pairings, QAbstractItemModel *ventures);

    void setLayers(const MapLayers &layers);
    MapLayers layers() const { return m_layers; }
    // The window's current record: an event's places are ringed, a partnership's arc and a
    // venture's pin drawn in the highlight colour. Emits nothing.
    void setCurrentId(const QString &id);
    QString currentId() const { return m_currentId; }
    // The place the filters show, outlined on the map.
    void setFilterPlace(const QString &placeId);

    void setTheme(const ViewTheme &theme);
    ViewTheme theme() const;
    void setFontScale(qreal scale);

    // Draws the map with the selection as it is into rect of any device.
    void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme);

    const MapScene &scene();
    // What the arrows and a screen reader step through: regions, arcs, pins of the layers shown.
    QList<MapScene::Item> items();
    int focusItem() const { return m_focus; }
    void setFocusItem(int item);
    // Widget coordinates of an item as drawn; its words for a screen reader.
    QRect itemRect(int item);
    QString itemText(int item);
    // What a click or Enter on the item does.
    void activateItem(int item);
    // The item under a point of the widget, or -1.
    int itemAt(const QPointF &pos);
    // Widget coordinates of a place drawn on the map (null when it is not drawn): for tests
    // and for anchoring popups.
    QPointF placePoint(const QString &placeId);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A region was chosen: filter to this place (empty: no region).
    void placeActivated(const QString &placeId);
    // A partnership or venture was chosen for the details.
    void recordActivated(const QString &id);
    void focusItemChanged(int item);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void retranslateUi();
    void invalidateScene();
    void invalidateLayout();
    const MapLayout &currentLayout();
    ViewTheme scaled(const ViewTheme &theme) const;
    MapEmphasis emphasis() const;
    QStringList highlightedPlaces() const;
    QString toolTipAt(const QPointF &pos);
    QString placeAt(const QPointF &pos);
    // The first item of the next (or previous) group after the focus item; -1 at the end.
    int neighbourGroupItem(bool next);

    std::shared_ptr<const Dataset> m_dataset;
    QString m_language = QStringLiteral("en");
    QPointer<QAbstractItemModel> m_pairings;
    QPointer<QAbstractItemModel> m_ventures;
    MapRenderer m_renderer;
    PlaceAreas m_areas;
    bool m_areasStale = true;
    MapScene m_scene;
    bool m_sceneStale = true;
    std::optional<MapLayout> m_layout;
    MapLayers m_layers;
    QString m_currentId;
    QString m_filterPlace;
    int m_focus = -1;
    ViewTheme m_theme;
    bool m_hasTheme = false;
    qreal m_fontScale = 1.0;
};

} // namespace pe
