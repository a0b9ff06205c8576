// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_transform.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace yike::ui {
namespace {

constexpr double kEarthRadiusM = 6378137.0;  // WGS 84 semi-major axis, as EPSG:3857 uses
constexpr double kMaxLat = 85.0511287798;    // where the square Web-Mercator world ends

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}
double degrees(double radians) {
    return radians * 180.0 / std::numbers::pi;
}

}  // namespace

QPointF mercatorFromLonLat(geo::LonLat p) {
    const double lat = std::clamp(p.lat, -kMaxLat, kMaxLat);
    const double x = kEarthRadiusM * radians(p.lon);
    const double y =
        kEarthRadiusM * std::log(std::tan(std::numbers::pi / 4.0 + radians(lat) / 2.0));
    return {x, y};
}

geo::LonLat lonLatFromMercator(QPointF m) {
    const double lon = degrees(m.x() / kEarthRadiusM);
    const double lat =
        degrees(2.0 * std::atan(std::exp(m.y() / kEarthRadiusM)) - std::numbers::pi / 2.0);
    return {lon, lat};
}

MapTransform::MapTransform(QPointF centerMercator, double metresPerPixel, QSizeF viewportPx)
    : m_center(centerMercator), m_metresPerPixel(metresPerPixel), m_viewport(viewportPx) {}

MapTransform MapTransform::fitting(const geo::BoundingBox& box, QSizeF viewportPx,
                                   double marginPx) {
    if (box.isEmpty() || viewportPx.isEmpty()) return {};
    const QPointF lo = mercatorFromLonLat({box.minLon, box.minLat});
    const QPointF hi = mercatorFromLonLat({box.maxLon, box.maxLat});
    const double usableW = std::max(1.0, viewportPx.width() - 2.0 * marginPx);
    const double usableH = std::max(1.0, viewportPx.height() - 2.0 * marginPx);
    // A single point (or a line along one axis) still gets a sensible street-level scale.
    const double spanX = std::max(hi.x() - lo.x(), 50.0);
    const double spanY = std::max(hi.y() - lo.y(), 50.0);
    const double mpp = std::clamp(std::max(spanX / usableW, spanY / usableH), kMinMetresPerPixel,
                                  kMaxMetresPerPixel);
    return MapTransform((lo + hi) / 2.0, mpp, viewportPx);
}

double MapTransform::groundMetresPerPixel() const {
    return m_metresPerPixel * std::cos(radians(lonLatFromMercator(m_center).lat));
}

QPointF MapTransform::toPixel(geo::LonLat p) const {
    return mercatorToPixel(mercatorFromLonLat(p));
}

QPointF MapTransform::mercatorToPixel(QPointF m) const {
    const double x = (m.x() - m_center.x()) / m_metresPerPixel + m_viewport.width() / 2.0;
    const double y = (m_center.y() - m.y()) / m_metresPerPixel + m_viewport.height() / 2.0;
    return {x, y};
}

QPointF MapTransform::pixelToMercator(QPointF px) const {
    const double x = m_center.x() + (px.x() - m_viewport.width() / 2.0) * m_metresPerPixel;
    const double y = m_center.y() - (px.y() - m_viewport.height() / 2.0) * m_metresPerPixel;
    return {x, y};
}

geo::LonLat MapTransform::toLonLat(QPointF px) const {
    return lonLatFromMercator(pixelToMercator(px));
}

geo::BoundingBox MapTransform::visibleBounds() const {
    geo::BoundingBox box;
    if (!isValid()) return box;
    box.extend(toLonLat({0.0, 0.0}));
    box.extend(toLonLat({m_viewport.width(), m_viewport.height()}));
    return box;
}

void MapTransform::zoomAt(QPointF anchorPx, double factor) {
    if (!isValid() || !(factor > 0.0)) return;
    const QPointF anchor = pixelToMercator(anchorPx);
    m_metresPerPixel =
        std::clamp(m_metresPerPixel / factor, kMinMetresPerPixel, kMaxMetresPerPixel);
    // Put the anchor back under the pointer: solve mercatorToPixel(anchor) == anchorPx.
    const QPointF offset = anchorPx - QPointF(m_viewport.width() / 2.0, m_viewport.height() / 2.0);
    m_center = QPointF(anchor.x() - offset.x() * m_metresPerPixel,
                       anchor.y() + offset.y() * m_metresPerPixel);
}

void MapTransform::panByPixels(QPointF deltaPx) {
    m_center += QPointF(-deltaPx.x() * m_metresPerPixel, deltaPx.y() * m_metresPerPixel);
}

}  // namespace yike::ui
