// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/paint_support.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace yike::ui::paint {

QPolygonF toPixels(const std::vector<geo::LonLat>& points, const MapTransform& t) {
    QPolygonF polygon;
    polygon.reserve(static_cast<qsizetype>(points.size()));
    for (const geo::LonLat& p : points) polygon.append(t.toPixel(p));
    return polygon;
}

QPainterPath polygonPath(const geo::Polygon& polygon, const MapTransform& t) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (polygon.outer.size() < 3) return path;
    path.addPolygon(toPixels(polygon.outer, t));
    path.closeSubpath();
    for (const geo::Ring& hole : polygon.holes) {
        if (hole.size() < 3) continue;
        path.addPolygon(toPixels(hole, t));
        path.closeSubpath();
    }
    return path;
}

QRectF viewportRect(const MapFrame& frame) {
    return {QPointF(0.0, 0.0), frame.transform.viewportSize()};
}

bool nearViewport(QPointF px, const MapFrame& frame, double margin) {
    return viewportRect(frame).adjusted(-margin, -margin, margin, margin).contains(px);
}

QFont mapFont(double pixelSize) {
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC")});
    font.setPixelSize(std::max(1, static_cast<int>(pixelSize + 0.5)));
    return font;
}

geo::BoundingBox visibleBox(const MapFrame& frame, double marginPx) {
    const QSizeF size = frame.transform.viewportSize();
    const geo::LonLat a = frame.transform.toLonLat(QPointF(-marginPx, -marginPx));
    const geo::LonLat b =
        frame.transform.toLonLat(QPointF(size.width() + marginPx, size.height() + marginPx));
    return {std::min(a.lon, b.lon), std::min(a.lat, b.lat), std::max(a.lon, b.lon),
            std::max(a.lat, b.lat)};
}

QSizeF pixelSizeOf(const geo::BoundingBox& box, const MapFrame& frame) {
    constexpr double kMetresPerDegree = 6378137.0 * std::numbers::pi / 180.0;
    const double mpp = frame.transform.metresPerPixel();
    const double midLat = (box.minLat + box.maxLat) / 2.0 * std::numbers::pi / 180.0;
    const double stretch = 1.0 / std::max(std::cos(midLat), 1e-6);
    return {(box.maxLon - box.minLon) * kMetresPerDegree / mpp,
            (box.maxLat - box.minLat) * kMetresPerDegree * stretch / mpp};
}

QPolygonF simplifiedPixels(const std::vector<geo::LonLat>& points, const MapTransform& t,
                           double minStepPx) {
    QPolygonF out;
    out.reserve(static_cast<qsizetype>(points.size()));
    const double min2 = minStepPx * minStepPx;
    QPointF last;
    bool skipped = false;
    for (const geo::LonLat& p : points) {
        last = t.toPixel(p);
        if (!out.isEmpty()) {
            const QPointF d = last - out.constLast();
            skipped = d.x() * d.x() + d.y() * d.y() < min2;
            if (skipped) continue;
        }
        out.append(last);
    }
    if (skipped) out.append(last);
    return out;
}

bool layerShown(const MapFrame& frame, MapLayer layer) {
    return frame.layers.testFlag(layer) && frame.layerOpacity(layer) > 0.0;
}

QPointF ringCentroid(const QPolygonF& ring) {
    double a2 = 0.0;
    double cx = 0.0;
    double cy = 0.0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF p = ring.at(i);
        const QPointF q = ring.at((i + 1) % ring.size());
        const double cross = p.x() * q.y() - q.x() * p.y();
        a2 += cross;
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    if (std::abs(a2) < 1e-9) return ring.boundingRect().center();
    return {cx / (3.0 * a2), cy / (3.0 * a2)};
}

QColor mixColours(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

}  // namespace yike::ui::paint
