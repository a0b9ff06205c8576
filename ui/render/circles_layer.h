// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
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
 * What the Living circles layer shows: the district map of an evaluation, every circle's area
 * filled in the colour of its class (its grade, or how much of it reaches one service), with
 * its name and value. A plain value made by the evaluation panel; the renderer only reads it.
 */
struct CirclesOverlay {
    struct Class {
        QString label;
        QColor colour;
    };
    struct Circle {
        QString name;
        std::vector<geo::Polygon> polygons;
        std::size_t cls = 0;  ///< index into classes
        QString value;        ///< written under the name: "提升型", "82 %"
    };
    /// What the colours mean, in the UI language: "Grade: national".
    QString title;
    std::vector<Class> classes;  ///< worst first
    std::vector<Circle> circles;

    bool isEmpty() const { return circles.empty(); }
};

/// Class `cls` of `count` on a ramp from red (worst) through amber to green (best).
QColor circleClassColour(std::size_t cls, std::size_t count);

/// Draws `overlay`: the largest circles first, each filled translucent in its class colour with
/// a solid rim, then every name and value at its largest part's centre, haloed.
void drawCirclesLayer(QPainter& painter, const MapFrame& frame, const CirclesOverlay& overlay);

/// The legend symbol of the layer: two overlapping circles.
void sampleCircles(QPainter& painter, const QRectF& box, const MapStyle& style);

}  // namespace yike::ui
