// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the render module's drawing code: projection of rings to pixels, culling
// against the view and simplification. Internal to ui/render.

#include <vector>

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

#include "core/geo/lon_lat.h"
#include "core/project/features.h"
#include "ui/render/map_renderer.h"

namespace yike::ui::paint {

QPolygonF toPixels(const std::vector<geo::LonLat>& points, const MapTransform& t);
/// A polygon with its holes as a path (odd-even fill); empty for a degenerate outer ring.
QPainterPath polygonPath(const geo::Polygon& polygon, const MapTransform& t);
/// The frame's viewport in its own pixels, from (0, 0).
QRectF viewportRect(const MapFrame& frame);
/// Whether a point symbol at `px` with `margin` pixels of size can be seen.
bool nearViewport(QPointF px, const MapFrame& frame, double margin);
/// The map's sans-serif font with CJK fallbacks, at `pixelSize`.
QFont mapFont(double pixelSize);
/// The visible lon/lat box, grown by `marginPx` pixels on every side.
geo::BoundingBox visibleBox(const MapFrame& frame, double marginPx);
/// The rough size in pixels of a lon/lat box (Web Mercator stretches north-south by
/// 1 / cos(lat)); cheap enough to call for every footprint.
QSizeF pixelSizeOf(const geo::BoundingBox& box, const MapFrame& frame);
/// A line or ring in pixels without the vertices closer than `minStepPx` to the last one kept
/// (a line keeps its last vertex): far fewer segments to stroke when zoomed out.
QPolygonF simplifiedPixels(const std::vector<geo::LonLat>& points, const MapTransform& t,
                           double minStepPx);
/// Whether the frame draws `layer` at all (visible and not fully transparent).
bool layerShown(const MapFrame& frame, MapLayer layer);
/// The colour `t` (0..1) of the way from `a` to `b`, opaque.
QColor mixColours(const QColor& a, const QColor& b, double t);
/// The centre of mass of a ring (pixels); the box centre for a degenerate ring.
QPointF ringCentroid(const QPolygonF& ring);

}  // namespace yike::ui::paint
