// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include "core/geo/lon_lat.h"
#include "ui/render/map_renderer.h"

class QPainter;

namespace yike::project {
class Project;
}

namespace yike::ui {

class MapComposition;

/**
 * One picture of a composition as two vector frames around its raster basemap, painted bottom
 * to top: `under` (the background and the layers the order puts under the tiles), the tiles
 * when `tiles` is set (see drawBasemap), then `over` (the layers above them, on no background).
 * Without tiles `under` holds every layer and `over` none; with the basemap at the bottom
 * `under` is the background alone.
 *
 * The map view renders each frame into an image on its worker and paints the tiles between
 * the images; renderComposition draws the same frames straight onto its painter. Plain values:
 * a worker thread may draw them.
 */
struct BasemapCut {
    MapFrame under;
    MapFrame over;
    bool tiles = false;
};

/// The cut of `composition` for the part of the map `transform` shows (origin (0, 0), symbol
/// scale 1; set both on the frames to draw elsewhere).
BasemapCut cutAtBasemap(const MapComposition& composition, const MapTransform& transform);

/// Draws the composition's basemap tiles at hand for `transform`, in its pixels from (0, 0),
/// with the Basemap layer's opacity; nothing while it is not shown.
void drawBasemap(QPainter& painter, const MapComposition& composition,
                 const MapTransform& transform);

/**
 * Draws `project` as `composition` shows it onto any painter (a widget, an image, a PDF or SVG
 * page): the part of the map `transform` shows, its viewport's top-left corner at `origin`,
 * symbols and pen widths times `symbolScale`. Vector layers stay vectors on vector devices:
 * nothing is drawn through an intermediate image except a layer with opacity below 1 (which
 * MapRenderer composites once, so its own strokes do not show through each other), facility
 * icons and the basemap's raster tiles (those at hand; a page asks its basemap for no tiles).
 * The scale bar is not part of the map; see drawScaleBar.
 */
void renderComposition(QPainter& painter, const project::Project& project,
                       const MapComposition& composition, const MapTransform& transform,
                       QPointF origin = {}, double symbolScale = 1.0);

/**
 * Draws the lon/lat `extent` of `project` as `composition` shows it, fitted into `target` on
 * the painter (both axes at one scale, centred). `target` is in the painter's units, `dpi` of
 * them to the inch (0: the painter device's logical DPI), and symbols keep their size on
 * paper: symbol scale dpi / 96.
 */
void renderComposition(QPainter& painter, const project::Project& project,
                       const MapComposition& composition, const geo::BoundingBox& extent,
                       const QRectF& target, double dpi = 0.0);

}  // namespace yike::ui
