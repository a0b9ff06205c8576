// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QFlags>
#include <QString>
#include <QStringView>

class QPainter;
class QRectF;

namespace yike::ui {

struct MapStyle;

/// The layers the renderer can draw; a flags enum so a set of visible layers is one value.
/// Their default drawing order and titles are in mapLayers().
enum class MapLayer : unsigned {
    Water = 0x01,
    Compounds = 0x02,
    Streets = 0x04,
    StudyArea = 0x08,
    IdleSpaces = 0x10,
    Gates = 0x20,
    Facilities = 0x40,
    Attribution = 0x80,
    Basemap = 0x100,    ///< raster tiles, painted at their place in the order (cutAtBasemap)
    Green = 0x200,      ///< parks, gardens, pitches, lawns, woods
    Buildings = 0x400,  ///< building footprints, when zoomed in far enough
    Labels = 0x800,     ///< street, water, park and facility names
    Access = 0x1000,    ///< analysis results: walking minutes of compounds and homes
    WalkRings = 0x2000,  ///< walk rings around a place, a probed point and its route
    Circles = 0x4000,    ///< living circles coloured by their evaluation
};
Q_DECLARE_FLAGS(MapLayers, MapLayer)
Q_DECLARE_OPERATORS_FOR_FLAGS(MapLayers)

/// Every layer, including ones added later (unused bits are ignored).
inline constexpr MapLayers kAllMapLayers = MapLayers::fromInt(0xffff);

/// Draws the legend symbol of a layer into `box` (device-independent pixels), with `style`.
using LegendSampleFn = void (*)(QPainter& painter, const QRectF& box, const MapStyle& style);

/**
 * One entry of the layer registry: the single list from which the renderer's default drawing
 * order, the layers panel, the View → Layers menu and the legend are all made.
 */
struct MapLayerInfo {
    MapLayer layer;
    /// Stable identifier for settings files ("water"); never translated, never renamed.
    const char* key;
    /// English title, declared with QT_TRANSLATE_NOOP("Yike::Render", ...); see mapLayerTitle.
    const char* title;
    /// Whether the user sees the layer in the panel and the menu. Unlisted layers (the
    /// attribution line) are always drawn, on top.
    bool listed;
    /// Draws the layer's legend symbol; null when the layer has no legend row.
    LegendSampleFn legendSample;
};

/// The registry, in the default drawing order (bottom to top).
const std::vector<MapLayerInfo>& mapLayers();
/// The registry entry of `layer`, or null for a value that is not a single known layer.
const MapLayerInfo* findMapLayer(MapLayer layer);
/// The registry entry with settings key `key`, or null.
const MapLayerInfo* findMapLayer(QStringView key);
/// The title of `layer` in the current UI language.
QString mapLayerTitle(MapLayer layer);

/// The default drawing order, bottom to top.
std::vector<MapLayer> defaultMapLayerOrder();
/**
 * A full drawing order from a user's (possibly stale or partial) one: unknown and repeated
 * entries are dropped, a known layer that is missing is inserted just above the nearest layer
 * below it in the default order, and unlisted layers stay on top in their default order.
 */
std::vector<MapLayer> completeMapLayerOrder(const std::vector<MapLayer>& order);

}  // namespace yike::ui
