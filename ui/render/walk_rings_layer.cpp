// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/walk_rings_layer.h"

#include <algorithm>

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include "ui/render/map_renderer.h"
#include "ui/render/paint_support.h"
#include "ui/render/tr.h"

namespace yike::ui {
namespace {

// Blues to violet, away from the access layer's greens and reds and the highlight's magenta.
const QColor kInner(0x1f, 0x4e, 0xa8);
const QColor kOuter(0x6f, 0xa8, 0xdc);
const QColor kRoute(0xe0, 0x6c, 0x00);

}  // namespace

QString WalkRingsOverlay::ringLabel(std::size_t index) const {
    if (index >= rings.size()) return {};
    return RenderTr::tr("≤ %1 min").arg(QLocale().toString(rings[index].minutes, 'g', 4));
}

QColor walkRingColour(std::size_t index, std::size_t count) {
    if (count <= 1) return kInner;
    return paint::mixColours(kInner, kOuter, double(index) / double(count - 1));
}

QColor walkRouteColour() { return kRoute; }

void drawWalkRingsLayer(QPainter& painter, const MapFrame& frame,
                        const WalkRingsOverlay& overlay) {
    if (overlay.isEmpty() || !frame.transform.isValid()) return;
    const double s = frame.symbolScale;
    const MapTransform& t = frame.transform;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const std::size_t count = overlay.rings.size();
    for (std::size_t i = count; i-- > 0;) {
        const QColor colour = walkRingColour(i, count);
        QColor fill = colour;
        fill.setAlpha(45);
        painter.setPen(QPen(colour, 2.0 * s));
        painter.setBrush(fill);
        for (const geo::Polygon& polygon : overlay.rings[i].polygons)
            painter.drawPath(paint::polygonPath(polygon, t));
    }
    if (overlay.centre && count > 0) {
        painter.setPen(QPen(Qt::white, 2.0 * s));
        painter.setBrush(kInner);
        painter.drawEllipse(t.toPixel(*overlay.centre), 5.0 * s, 5.0 * s);
    }
    if (overlay.route.size() >= 2) {
        const QPolygonF line = paint::toPixels(overlay.route, t);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 7.0 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(line);
        painter.setPen(QPen(kRoute, 4.0 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(line);
        // Gates passed: a white square with the route's rim, as the gate symbol is drawn.
        painter.setPen(QPen(kRoute, 2.0 * s));
        painter.setBrush(Qt::white);
        for (const geo::LonLat& gate : overlay.routeGates) {
            const QPointF at = t.toPixel(gate);
            painter.drawRect(QRectF(at.x() - 5.0 * s, at.y() - 5.0 * s, 10.0 * s, 10.0 * s));
        }
    }
    if (overlay.routeEnd) {
        painter.setPen(QPen(kRoute, 3.0 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(t.toPixel(*overlay.routeEnd), 11.0 * s, 11.0 * s);
    }
    if (overlay.probe) {
        // A pin: a haloed dot with a cross-hair, found at any zoom.
        const QPointF at = t.toPixel(*overlay.probe);
        painter.setPen(QPen(Qt::white, 5.0 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, 9.0 * s, 9.0 * s);
        painter.setPen(QPen(Qt::black, 2.0 * s));
        painter.drawEllipse(at, 9.0 * s, 9.0 * s);
        painter.drawLine(at - QPointF(13.0 * s, 0.0), at - QPointF(5.0 * s, 0.0));
        painter.drawLine(at + QPointF(5.0 * s, 0.0), at + QPointF(13.0 * s, 0.0));
        painter.drawLine(at - QPointF(0.0, 13.0 * s), at - QPointF(0.0, 5.0 * s));
        painter.drawLine(at + QPointF(0.0, 5.0 * s), at + QPointF(0.0, 13.0 * s));
        painter.setPen(Qt::NoPen);
        painter.setBrush(kRoute);
        painter.drawEllipse(at, 3.0 * s, 3.0 * s);
    }
    painter.restore();
}

void sampleWalkRings(QPainter& painter, const QRectF& box, const MapStyle&) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPointF c = box.center();
    const double r = std::min(box.width(), box.height()) / 2.0 - 1.0;
    for (std::size_t i = 3; i-- > 0;) {
        const QColor colour = walkRingColour(i, 3);
        QColor fill = colour;
        fill.setAlpha(60);
        painter.setPen(QPen(colour, 1.2));
        painter.setBrush(fill);
        const double ri = r * double(i + 1) / 3.0;
        painter.drawEllipse(c, ri, ri);
    }
    painter.restore();
}

}  // namespace yike::ui
