// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <QObject>
#include <QPointer>

#include "ui/render/map_basemap.h"
#include "ui/render/map_layers.h"
#include "ui/render/map_renderer.h"

namespace yike::ui {

struct AccessOverlay;
struct CirclesOverlay;
struct WalkRingsOverlay;
struct MapHighlight;

/**
 * What the map shows, apart from where it looks: which layers are visible, their drawing order
 * and opacity, the facility categories left out, the walk-access overlay of the Analysis
 * results layer, and the raster basemap drawn at the Basemap layer's place. It holds no
 * project and no view: frame() turns it into a MapFrame for any part of the map, and
 * renderComposition draws it onto any painter.
 *
 * This is the state the map view, the layers panel, the View → Layers menu, the legend and a
 * printed page share (as QGIS's QgsMapSettings is shared by its canvas and its layouts, and
 * Marble's MarbleMap by its widget and its printing). The view only adds where it looks and how
 * the user moves it. Every change is announced, first by its own signal, then by changed();
 * setting a value it already has announces nothing. These are display settings, not project
 * data, so they are not undoable. GUI thread only; pictures are drawn from its frames, which
 * are plain values that worker threads may use.
 */
class MapComposition : public QObject {
    Q_OBJECT

public:
    explicit MapComposition(QObject* parent = nullptr);
    ~MapComposition() override;

    /// The visible layers; all by default.
    MapLayers layers() const { return m_layers; }
    void setLayers(MapLayers layers);
    void setLayerVisible(MapLayer layer, bool visible);
    /// The drawing order, bottom to top, always complete (see completeMapLayerOrder).
    const std::vector<MapLayer>& layerOrder() const { return m_layerOrder; }
    void setLayerOrder(const std::vector<MapLayer>& order);
    /// Opacity of `layer` in [0, 1]; 1 unless set.
    double layerOpacity(MapLayer layer) const;
    void setLayerOpacity(MapLayer layer, double opacity);
    /// Whether `layer` is drawn at all: visible and not fully transparent.
    bool isLayerShown(MapLayer layer) const;

    /// Catalogue codes of the facility categories neither drawn nor picked.
    const std::set<std::string>& hiddenCategories() const { return m_hiddenCategories; }
    void setHiddenCategories(const std::set<std::string>& codes);
    void setCategoryVisible(const std::string& code, bool visible);

    /// What the Analysis results layer draws; null: nothing (no analysis has run).
    const std::shared_ptr<const AccessOverlay>& accessOverlay() const { return m_accessOverlay; }
    void setAccessOverlay(std::shared_ptr<const AccessOverlay> overlay);

    /// What the Walk rings layer draws; null: nothing.
    const std::shared_ptr<const WalkRingsOverlay>& walkRings() const { return m_walkRings; }
    void setWalkRings(std::shared_ptr<const WalkRingsOverlay> overlay);
    /// What the Living circles layer draws; null: nothing.
    const std::shared_ptr<const CirclesOverlay>& circles() const { return m_circles; }
    void setCircles(std::shared_ptr<const CirclesOverlay> overlay);

    /// What a panel points out on the map, over every layer; null: nothing.
    const std::shared_ptr<const MapHighlight>& highlight() const { return m_highlight; }
    void setHighlight(std::shared_ptr<const MapHighlight> highlight);
    /// The raster basemap drawn as the Basemap layer; null for none. Not owned: a basemap that
    /// is deleted is forgotten (with basemapChanged()).
    MapBasemap* basemap() const { return m_basemap; }
    void setBasemap(MapBasemap* basemap);
    /// Whether raster tiles are drawn: a usable basemap, its layer visible and not transparent.
    bool isBasemapShown() const;
    /// The drawn layers the order puts under the basemap; none when it is at the bottom or
    /// not shown (then every layer is drawn over the tiles).
    MapLayers layersBelowBasemap() const;

    /**
     * A frame of this composition for the part of the map `transform` shows, at its origin,
     * with symbol scale 1: the visible layers, their order and opacity, the hidden categories
     * and the overlay. While the basemap is shown the frame paints no background (the tiles
     * are the background) and carries the basemap's credit for the attribution line.
     */
    MapFrame frame(const MapTransform& transform) const;

    /// Counts the changes: a picture drawn at one revision is still right at the same one.
    std::uint64_t revision() const { return m_revision; }

Q_SIGNALS:
    /// Layer visibility, order or opacity changed.
    void layersChanged();
    void hiddenCategoriesChanged();
    void accessOverlayChanged();
    void highlightChanged();
    void walkRingsChanged();
    void circlesChanged();
    /// Another basemap was set, or the basemap was deleted.
    void basemapChanged();
    /// Anything above changed: a picture of the composition must be drawn again.
    void changed();
    /// The basemap has new tiles at hand; the composition itself is unchanged.
    void basemapTilesChanged();

private:
    /// Counts a change, then emits its own `signal` and changed().
    void announce(void (MapComposition::*signal)());

    MapLayers m_layers = kAllMapLayers;
    std::vector<MapLayer> m_layerOrder = completeMapLayerOrder({});
    std::map<MapLayer, double> m_layerOpacity;
    std::set<std::string> m_hiddenCategories;
    std::shared_ptr<const AccessOverlay> m_accessOverlay;
    std::shared_ptr<const MapHighlight> m_highlight;
    std::shared_ptr<const WalkRingsOverlay> m_walkRings;
    std::shared_ptr<const CirclesOverlay> m_circles;
    QPointer<MapBasemap> m_basemap;
    std::uint64_t m_revision = 1;
};

}  // namespace yike::ui
