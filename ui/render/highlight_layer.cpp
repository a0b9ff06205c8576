// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/highlight_layer.h"

#include <QPainterPath>
#include <QPen>

#include "ui/render/map_renderer.h"
#include "ui/render/paint_support.h"

namespace yike::ui {
namespace {

using paint::pixelSizeOf;
using paint::polygonPath;
using paint::visibleBox;

// Magenta: no layer uses it, so a highlight reads over the green-to-red access classes.
const QColor kHighlight(0xc0, 0x1f, 0xb8);

}  // namespace

void drawHighlight(QPainter& painter, const project::Project& project, const MapFrame& frame,
                   const MapHighlight& highlight) {
    if (highlight.isEmpty() || !frame.transform.isValid()) return;
    const double s = frame.symbolScale;
    const geo::BoundingBox visible = visibleBox(frame, 20.0 * s);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor fill = kHighlight;
    fill.setAlpha(110);
    painter.setPen(QPen(kHighlight, 2.0 * s));
    painter.setBrush(fill);
    const auto drawOutline = [&](const geo::Polygon& outline) {
        if (!geo::boundsOf(outline.outer).intersects(visible)) return;
        painter.drawPath(polygonPath(outline, frame.transform));
    };
    if (!highlight.compounds.empty())
        for (const project::Compound& c : project.compounds().items())
            if (highlight.compounds.count(c.id)) drawOutline(c.outline);
    if (!highlight.buildings.empty()) {
        // A building may be a few pixels at district scale: a dot at its centre keeps it seen.
        const double dot = 3.0 * s;
        for (const project::Building& b : project.buildings().items()) {
            if (!highlight.buildings.count(b.id)) continue;
            const geo::BoundingBox box = geo::boundsOf(b.outline.outer);
            if (!box.intersects(visible)) continue;
            const QSizeF size = pixelSizeOf(box, frame);
            if (size.width() < 2.0 * dot && size.height() < 2.0 * dot)
                painter.drawEllipse(frame.transform.toPixel({(box.minLon + box.maxLon) / 2.0,
                                                              (box.minLat + box.maxLat) / 2.0}),
                                    dot, dot);
            else
                drawOutline(b.outline);
        }
    }
    for (const geo::LonLat& p : highlight.points)
        painter.drawEllipse(frame.transform.toPixel(p), 3.0 * s, 3.0 * s);
    // The places: a white-haloed ring, large enough to find at any zoom.
    painter.setBrush(Qt::NoBrush);
    for (const geo::LonLat& p : highlight.places) {
        const QPointF at = frame.transform.toPixel(p);
        painter.setPen(QPen(Qt::white, 6.0 * s));
        painter.drawEllipse(at, 14.0 * s, 14.0 * s);
        painter.setPen(QPen(kHighlight, 3.0 * s));
        painter.drawEllipse(at, 14.0 * s, 14.0 * s);
    }
    painter.restore();
}

}  // namespace yike::ui
