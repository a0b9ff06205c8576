// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/circles_layer.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include "ui/render/map_renderer.h"
#include "ui/render/paint_support.h"

namespace yike::ui {
namespace {

const QColor kWorst(0xc6, 0x28, 0x28);
const QColor kMiddle(0xf2, 0xa9, 0x00);
const QColor kBest(0x2e, 0x8b, 0x3a);

double areaOf(const geo::Polygon& polygon) {
    double twice = 0.0;
    const auto& ring = polygon.outer;
    for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
        const geo::LonLat& a = ring[i];
        const geo::LonLat& b = ring[(i + 1) % n];
        twice += a.lon * b.lat - b.lon * a.lat;
    }
    return std::abs(twice) / 2.0;
}

double areaOf(const CirclesOverlay::Circle& circle) {
    double sum = 0.0;
    for (const geo::Polygon& p : circle.polygons) sum += areaOf(p);
    return sum;
}

void haloText(QPainter& painter, QPointF at, const QString& text, const QColor& ink) {
    QPainterPath path;
    const QFontMetricsF metrics(painter.font());
    path.addText(at - QPointF(metrics.horizontalAdvance(text) / 2.0, 0.0), painter.font(), text);
    painter.setPen(QPen(QColor(255, 255, 255, 230), 3.0, Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawPath(path);
}

}  // namespace

QColor circleClassColour(std::size_t cls, std::size_t count) {
    if (count <= 1) return kBest;
    const double t = std::clamp(double(cls) / double(count - 1), 0.0, 1.0);
    return t < 0.5 ? paint::mixColours(kWorst, kMiddle, t * 2.0) : paint::mixColours(kMiddle, kBest, (t - 0.5) * 2.0);
}

void drawCirclesLayer(QPainter& painter, const MapFrame& frame, const CirclesOverlay& overlay) {
    if (overlay.isEmpty() || !frame.transform.isValid()) return;
    const double s = frame.symbolScale;
    const MapTransform& t = frame.transform;
    std::vector<const CirclesOverlay::Circle*> order;
    for (const CirclesOverlay::Circle& c : overlay.circles) order.push_back(&c);
    // Large first, so a small circle inside a large one stays visible on top.
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
        return areaOf(*a) > areaOf(*b);
    });
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const CirclesOverlay::Circle* c : order) {
        const QColor colour = c->cls < overlay.classes.size() ? overlay.classes[c->cls].colour
                                                              : QColor(Qt::gray);
        QColor fill = colour;
        fill.setAlpha(80);
        // Thin: a walk area's outline follows every street it reaches.
        painter.setPen(QPen(colour.darker(130), 1.0 * s));
        painter.setBrush(fill);
        for (const geo::Polygon& p : c->polygons) painter.drawPath(paint::polygonPath(p, t));
    }
    painter.setFont(paint::mapFont(13.0 * s));
    const double line = QFontMetricsF(painter.font()).height();
    for (const CirclesOverlay::Circle* c : order) {
        const geo::Polygon* largest = nullptr;
        for (const geo::Polygon& p : c->polygons)
            if (!largest || areaOf(p) > areaOf(*largest)) largest = &p;
        if (!largest || largest->outer.size() < 3) continue;
        const QPolygonF ring = paint::toPixels(largest->outer, t);
        const QRectF box = ring.boundingRect();
        if (box.width() < 40.0 * s || !paint::viewportRect(frame).intersects(box)) continue;
        const QPointF at = paint::ringCentroid(ring);
        haloText(painter, at, c->name, QColor(0x20, 0x20, 0x20));
        if (!c->value.isEmpty()) haloText(painter, at + QPointF(0.0, line), c->value,
                                          QColor(0x20, 0x20, 0x20));
    }
    painter.restore();
}

void sampleCircles(QPainter& painter, const QRectF& box, const MapStyle&) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double r = std::min(box.width() / 3.0, box.height() / 2.0) - 0.5;
    const QPointF c = box.center();
    QColor a = circleClassColour(0, 3), b = circleClassColour(2, 3);
    a.setAlpha(90);
    b.setAlpha(90);
    painter.setPen(QPen(circleClassColour(0, 3).darker(120), 1.2));
    painter.setBrush(a);
    painter.drawEllipse(c - QPointF(r * 0.5, 0.0), r, r);
    painter.setPen(QPen(circleClassColour(2, 3).darker(120), 1.2));
    painter.setBrush(b);
    painter.drawEllipse(c + QPointF(r * 0.5, 0.0), r, r);
    painter.restore();
}

}  // namespace yike::ui
