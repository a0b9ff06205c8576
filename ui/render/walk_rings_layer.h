// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <QColor>
#include <QString>

#include "core/geo/lon_lat.h"

class QPainter;
class QRectF;

namespace yike::ui {

struct MapFrame;
struct MapStyle;

/**
 * What the Walk rings layer shows: the areas a walk from one place reaches in 5, 10 and 15
 * minutes (the engine's conservative polygons, access::walkRings), and a probed point with the
 * walking route to one facility through the gates it uses (access::probeRoute). A plain value
 * made by the probe controller; the renderer only reads it.
 */
struct WalkRingsOverlay {
    struct Ring {
        double minutes = 0.0;
        std::vector<geo::Polygon> polygons;
    };
    /// What the rings are, in the UI language: "社区卫生服务站 · 老年人".
    QString title;
    std::optional<geo::LonLat> centre;  ///< the rings' centre
    std::vector<Ring> rings;            ///< ascending minutes
    std::optional<geo::LonLat> probe;   ///< the probed point
    std::vector<geo::LonLat> route;     ///< the walk from the probe, in walking order
    std::vector<geo::LonLat> routeGates;  ///< the compound gates the route passes
    std::optional<geo::LonLat> routeEnd;  ///< the facility the route leads to

    bool isEmpty() const { return rings.empty() && !probe && route.empty(); }
    /// "≤ 10 min", in the UI language.
    QString ringLabel(std::size_t index) const;
};

/// The colour of ring `index` of `count` (inner, shortest walk, darkest).
QColor walkRingColour(std::size_t index, std::size_t count);
/// The route's colour.
QColor walkRouteColour();

/// Draws `overlay`: the rings from the outermost in, translucent with a solid rim, their
/// centre, then the route (haloed) with its gates and the probed point on top.
void drawWalkRingsLayer(QPainter& painter, const MapFrame& frame, const WalkRingsOverlay& overlay);

/// The legend symbol of the layer: three nested rings.
void sampleWalkRings(QPainter& painter, const QRectF& box, const MapStyle& style);

}  // namespace yike::ui
