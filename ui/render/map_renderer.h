// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <QPointF>
#include <QRectF>
#include <QString>

#include "ui/render/map_layers.h"
#include "ui/render/map_style.h"
#include "ui/render/map_transform.h"

class QPainter;

namespace yike::project {
class Project;
}

namespace yike::ui {

struct AccessOverlay;
struct CirclesOverlay;
class MapFeatureIndex;
struct WalkRingsOverlay;
struct MapHighlight;

/**
 * What to draw and where: the part of the map (`transform`, in pixels of its own viewport),
 * where that viewport's top-left corner sits on the painter (`origin`), the visible layers, their
 * drawing order and opacity, the facility categories left out, and a symbol scale (1 on screen;
 * dpi / 96 when printing, so symbols keep their physical size).
 */
struct MapFrame {
    MapTransform transform;
    QPointF origin;
    MapLayers layers = kAllMapLayers;
    /// Drawing order, bottom to top; empty means the default order. Completed with
    /// completeMapLayerOrder, so a partial or outdated list still draws every layer.
    std::vector<MapLayer> order;
    /// Opacity per layer in [0, 1]; a layer not listed is opaque.
    std::map<MapLayer, double> opacity;
    /// Catalogue codes of the facility categories not drawn.
    std::set<std::string> hiddenCategories;
    double symbolScale = 1.0;
    bool paintBackground = true;
    /// The credit of a raster basemap drawn under this frame (see MapComposition::frame);
    /// shown on the attribution line with the project's own.
    QString basemapAttribution;
    /// What the Analysis results layer shows; null: nothing (no analysis has run).
    std::shared_ptr<const AccessOverlay> access;
    /// What the Walk rings layer shows; null: nothing.
    std::shared_ptr<const WalkRingsOverlay> walkRings;
    /// What the Living circles layer shows; null: nothing (no evaluation).
    std::shared_ptr<const CirclesOverlay> circles;
    /// Features a panel points out, drawn over every layer; null: none.
    std::shared_ptr<const MapHighlight> highlight;
    /// Spatial indexes of the project drawn, so only the features near the view are tested;
    /// null, or a layer changed since the index was built: every feature is tested. The picture
    /// is the same either way.
    std::shared_ptr<const MapFeatureIndex> index;

    /// The opacity of `layer`, clamped to [0, 1].
    double layerOpacity(MapLayer layer) const;

    /// A frame showing `extent` fitted into `target` (both axes at one scale, centred).
    static MapFrame forExtent(const geo::BoundingBox& extent, const QRectF& target,
                              double marginPx = 0.0);
};

/**
 * Draws a project onto any QPainter: a widget, a QImage, a PDF page. It holds no view state and
 * knows no widgets, so the interactive map and the print layout both call it (one renderer,
 * two callers). Rendering only reads the project.
 *
 * Layers are drawn in the frame's order (by default the order of mapLayers(): green areas,
 * water, compounds, building footprints when zoomed in, the analysis results (frame.access:
 * compounds and homes coloured by walking minutes), streets, a veil outside the study area
 * and its outline, idle spaces, gates, facilities coloured by catalogue group with planned ones
 * hollow, names placed without overlaps), the attribution on top. Raster basemap tiles are not
 * drawn here: a map composition is cut at the Basemap's place into the layers below and those
 * above (cutAtBasemap), and renderComposition or the map view paints the tiles between them
 * (frame.paintBackground off). A layer with opacity below 1 is drawn into an offscreen image
 * that is composited once, so its own overlapping strokes do not show through each other.
 */
class MapRenderer {
public:
    explicit MapRenderer(const MapStyle& style = MapStyle::standard());

    const MapStyle& style() const { return m_style; }

    void render(QPainter& painter, const project::Project& project, const MapFrame& frame) const;

    /// Draws one facility marker centred at `centre`: a circle in the colour of the catalogue
    /// `group`, hollow when `planned`, with the icon of `categoryCode` inside when `withIcon`.
    void drawFacilitySymbol(QPainter& painter, QPointF centre, std::string_view categoryCode,
                            std::string_view group, bool planned, bool withIcon,
                            double symbolScale) const;

    /// The attribution line the map must carry: the OpenStreetMap notice when the project's
    /// `attribution` metadata mentions OpenStreetMap, otherwise that metadata as written (may
    /// be empty, in which case nothing is drawn).
    static QString attributionText(const project::Project& project);

private:
    /// Draws one layer, opaque.
    void drawLayer(QPainter& painter, MapLayer layer, const project::Project& project,
                   const MapFrame& frame) const;
    /// Draws one layer into an offscreen image and composites it with `opacity` (0..1).
    void drawTranslucentLayer(QPainter& painter, MapLayer layer, double opacity,
                              const project::Project& project, const MapFrame& frame) const;
    void drawWater(QPainter& painter, const project::Project& project, const MapFrame& frame) const;
    void drawCompounds(QPainter& painter, const project::Project& project,
                       const MapFrame& frame) const;
    void drawIdleFootprints(QPainter& painter, const project::Project& project,
                            const MapFrame& frame) const;
    void drawStreets(QPainter& painter, const project::Project& project,
                     const MapFrame& frame) const;
    void drawStudyArea(QPainter& painter, const project::Project& project,
                       const MapFrame& frame) const;
    void drawIdleMarkers(QPainter& painter, const project::Project& project,
                         const MapFrame& frame) const;
    void drawGates(QPainter& painter, const project::Project& project, const MapFrame& frame) const;
    void drawFacilities(QPainter& painter, const project::Project& project,
                        const MapFrame& frame) const;
    void drawGreen(QPainter& painter, const project::Project& project, const MapFrame& frame) const;
    void drawBuildings(QPainter& painter, const project::Project& project,
                       const MapFrame& frame) const;
    void drawLabels(QPainter& painter, const project::Project& project,
                    const MapFrame& frame) const;
    void drawAttribution(QPainter& painter, const project::Project& project,
                         const MapFrame& frame) const;

    MapStyle m_style;
};

}  // namespace yike::ui
