// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_composition.h"

#include <algorithm>
#include <utility>

namespace yike::ui {

MapComposition::MapComposition(QObject* parent) : QObject(parent) {}

MapComposition::~MapComposition() = default;

void MapComposition::announce(void (MapComposition::*signal)()) {
    // The revision moves first, so a handler of either signal sees the new one.
    ++m_revision;
    Q_EMIT(this->*signal)();
    Q_EMIT changed();
}

void MapComposition::setLayers(MapLayers layers) {
    if (layers == m_layers) return;
    m_layers = layers;
    announce(&MapComposition::layersChanged);
}

void MapComposition::setLayerVisible(MapLayer layer, bool visible) {
    setLayers(visible ? (m_layers | layer) : (m_layers & ~MapLayers(layer)));
}

void MapComposition::setLayerOrder(const std::vector<MapLayer>& order) {
    std::vector<MapLayer> complete = completeMapLayerOrder(order);
    if (complete == m_layerOrder) return;
    m_layerOrder = std::move(complete);
    announce(&MapComposition::layersChanged);
}

double MapComposition::layerOpacity(MapLayer layer) const {
    const auto it = m_layerOpacity.find(layer);
    return it == m_layerOpacity.end() ? 1.0 : it->second;
}

void MapComposition::setLayerOpacity(MapLayer layer, double opacity) {
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == layerOpacity(layer)) return;
    // Opaque layers are not listed, so a frame's opacity map stays small.
    if (opacity >= 1.0)
        m_layerOpacity.erase(layer);
    else
        m_layerOpacity[layer] = opacity;
    announce(&MapComposition::layersChanged);
}

bool MapComposition::isLayerShown(MapLayer layer) const {
    return m_layers.testFlag(layer) && layerOpacity(layer) > 0.0;
}

void MapComposition::setHiddenCategories(const std::set<std::string>& codes) {
    if (codes == m_hiddenCategories) return;
    m_hiddenCategories = codes;
    announce(&MapComposition::hiddenCategoriesChanged);
}

void MapComposition::setCategoryVisible(const std::string& code, bool visible) {
    std::set<std::string> codes = m_hiddenCategories;
    if (visible)
        codes.erase(code);
    else
        codes.insert(code);
    setHiddenCategories(codes);
}

void MapComposition::setHighlight(std::shared_ptr<const MapHighlight> highlight) {
    if (highlight == m_highlight) return;
    m_highlight = std::move(highlight);
    announce(&MapComposition::highlightChanged);
}

void MapComposition::setWalkRings(std::shared_ptr<const WalkRingsOverlay> overlay) {
    if (overlay == m_walkRings) return;
    m_walkRings = std::move(overlay);
    announce(&MapComposition::walkRingsChanged);
}

void MapComposition::setCircles(std::shared_ptr<const CirclesOverlay> overlay) {
    if (overlay == m_circles) return;
    m_circles = std::move(overlay);
    announce(&MapComposition::circlesChanged);
}

void MapComposition::setAccessOverlay(std::shared_ptr<const AccessOverlay> overlay) {
    if (overlay == m_accessOverlay) return;
    m_accessOverlay = std::move(overlay);
    announce(&MapComposition::accessOverlayChanged);
}

void MapComposition::setBasemap(MapBasemap* basemap) {
    if (basemap == m_basemap) return;
    if (m_basemap) m_basemap->disconnect(this);
    m_basemap = basemap;
    if (basemap) {
        connect(basemap, &MapBasemap::tilesChanged, this, &MapComposition::basemapTilesChanged);
        // By the time destroyed() arrives the pointer is already null.
        connect(basemap, &QObject::destroyed, this,
                [this] { announce(&MapComposition::basemapChanged); });
    }
    announce(&MapComposition::basemapChanged);
}

bool MapComposition::isBasemapShown() const {
    return m_basemap && m_basemap->isUsable() && isLayerShown(MapLayer::Basemap);
}

MapLayers MapComposition::layersBelowBasemap() const {
    MapLayers below;
    if (!isBasemapShown()) return below;
    for (MapLayer layer : m_layerOrder) {
        if (layer == MapLayer::Basemap) break;
        if (isLayerShown(layer)) below |= layer;
    }
    return below;
}

MapFrame MapComposition::frame(const MapTransform& transform) const {
    MapFrame frame;
    frame.transform = transform;
    frame.layers = m_layers;
    frame.order = m_layerOrder;
    frame.opacity = m_layerOpacity;
    frame.hiddenCategories = m_hiddenCategories;
    frame.access = m_accessOverlay;
    frame.highlight = m_highlight;
    frame.walkRings = m_walkRings;
    frame.circles = m_circles;
    if (isBasemapShown()) {
        frame.paintBackground = false;
        frame.basemapAttribution = m_basemap->attribution();
    }
    return frame;
}

}  // namespace yike::ui
