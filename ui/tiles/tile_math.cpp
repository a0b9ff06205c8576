// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/tile_math.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>

#include "ui/render/map_transform.h"

namespace yike::ui {
namespace {

constexpr double kEarthRadiusM = 6378137.0;
constexpr double kHalfWorldM = std::numbers::pi * kEarthRadiusM;  // 20037508.34 m
constexpr std::size_t kMaxTilesPerView = 4096;

int clampToGrid(double value, int z) {
    const double last = static_cast<double>(tilesPerSide(z) - 1);
    return static_cast<int>(std::clamp(std::floor(value), 0.0, last));
}

}  // namespace

TileId TileId::parent() const {
    if (z <= 0) return *this;
    return {z - 1, x >> 1, y >> 1};
}

bool TileId::isValid() const {
    return z >= 0 && z <= kMaxTileZoom && x >= 0 && y >= 0 && x < tilesPerSide(z)
           && y < tilesPerSide(z);
}

QString TileId::toString() const {
    return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y);
}

std::size_t qHash(const TileId& id, std::size_t seed) noexcept {
    const auto packed = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(id.z)) << 58)
                        ^ (static_cast<std::uint64_t>(static_cast<std::uint32_t>(id.x)) << 29)
                        ^ static_cast<std::uint64_t>(static_cast<std::uint32_t>(id.y));
    return std::hash<std::uint64_t>{}(packed) ^ seed;
}

int tilesPerSide(int z) {
    return 1 << std::clamp(z, 0, kMaxTileZoom);
}

// Tile coordinates are Web-Mercator metres (the map's own projection) rescaled: x from the
// antimeridian eastwards, y from the northern edge southwards, 2^z tiles per side.
QPointF tilePointFromLonLat(geo::LonLat p, int z) {
    const double n = tilesPerSide(z);
    const QPointF m = mercatorFromLonLat(p);
    return {(m.x() + kHalfWorldM) / (2.0 * kHalfWorldM) * n,
            (kHalfWorldM - m.y()) / (2.0 * kHalfWorldM) * n};
}

geo::LonLat lonLatFromTilePoint(QPointF tilePoint, int z) {
    const double n = tilesPerSide(z);
    return lonLatFromMercator({tilePoint.x() / n * 2.0 * kHalfWorldM - kHalfWorldM,
                               kHalfWorldM - tilePoint.y() / n * 2.0 * kHalfWorldM});
}

TileId tileAt(geo::LonLat p, int z) {
    const QPointF t = tilePointFromLonLat(p, z);
    return {z, clampToGrid(t.x(), z), clampToGrid(t.y(), z)};
}

geo::BoundingBox tileLonLatBounds(const TileId& id) {
    const geo::LonLat northWest = lonLatFromTilePoint(QPointF(id.x, id.y), id.z);
    const geo::LonLat southEast = lonLatFromTilePoint(QPointF(id.x + 1, id.y + 1), id.z);
    return {northWest.lon, southEast.lat, southEast.lon, northWest.lat};
}

QRectF tileMercatorBounds(const TileId& id) {
    const double size = 2.0 * kHalfWorldM / tilesPerSide(id.z);
    const double west = -kHalfWorldM + id.x * size;
    const double north = kHalfWorldM - id.y * size;
    return {west, north - size, size, size};
}

int flipTileRow(int z, int y) {
    return tilesPerSide(z) - 1 - y;
}

int zoomForResolution(double metresPerPixel, int tileSizePx) {
    if (!(metresPerPixel > 0.0) || tileSizePx <= 0) return 0;
    const double z = std::log2(2.0 * kHalfWorldM / (tileSizePx * metresPerPixel));
    return static_cast<int>(std::clamp(std::lround(z), 0L, static_cast<long>(kMaxTileZoom)));
}

std::vector<TileId> tilesCovering(const MapTransform& view, int z) {
    std::vector<TileId> tiles;
    if (!view.isValid()) return tiles;
    z = std::clamp(z, 0, kMaxTileZoom);
    const double n = tilesPerSide(z);
    const QPointF topLeft = view.pixelToMercator(QPointF(0.0, 0.0));
    const QPointF bottomRight =
        view.pixelToMercator(QPointF(view.viewportSize().width(), view.viewportSize().height()));
    auto column = [&](double mx) { return (mx + kHalfWorldM) / (2.0 * kHalfWorldM) * n; };
    auto row = [&](double my) { return (kHalfWorldM - my) / (2.0 * kHalfWorldM) * n; };
    const double x0 = column(topLeft.x());
    const double x1 = column(bottomRight.x());
    const double y0 = row(topLeft.y());
    const double y1 = row(bottomRight.y());
    if (x1 <= 0.0 || y1 <= 0.0 || x0 >= n || y0 >= n) return tiles;  // off the world
    const int firstX = clampToGrid(x0, z);
    const int lastX = clampToGrid(std::nextafter(x1, x0), z);
    const int firstY = clampToGrid(y0, z);
    const int lastY = clampToGrid(std::nextafter(y1, y0), z);
    const std::size_t count =
        static_cast<std::size_t>(lastX - firstX + 1) * static_cast<std::size_t>(lastY - firstY + 1);
    if (count > kMaxTilesPerView) return tiles;  // a zoom far too deep for this view
    tiles.reserve(count);
    for (int y = firstY; y <= lastY; ++y)
        for (int x = firstX; x <= lastX; ++x) tiles.push_back({z, x, y});
    const QPointF centre((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    auto distance = [&centre](const TileId& t) {
        return std::hypot(t.x + 0.5 - centre.x(), t.y + 0.5 - centre.y());
    };
    std::stable_sort(tiles.begin(), tiles.end(),
                     [&](const TileId& a, const TileId& b) { return distance(a) < distance(b); });
    return tiles;
}

QRectF tilePixelRect(const TileId& id, const MapTransform& view) {
    const QRectF m = tileMercatorBounds(id);
    const QPointF topLeft = view.mercatorToPixel(QPointF(m.left(), m.bottom()));
    const QPointF bottomRight = view.mercatorToPixel(QPointF(m.right(), m.top()));
    return QRectF(QPointF(std::round(topLeft.x()), std::round(topLeft.y())),
                  QPointF(std::round(bottomRight.x()), std::round(bottomRight.y())));
}

}  // namespace yike::ui
