// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

#include <QPointF>
#include <QRectF>
#include <QString>

#include "core/geo/lon_lat.h"

namespace yike::ui {

class MapTransform;

/**
 * One tile of the Web-Mercator tile pyramid ("slippy map" scheme, as OpenStreetMap and
 * Tianditu's `w` matrix set): at zoom z the world is 2^z × 2^z tiles, x grows east from
 * 180° W, y grows south from 85.0511° N.
 */
struct TileId {
    int z = 0;
    int x = 0;
    int y = 0;

    /// The tile one zoom level up that contains this one (itself at zoom 0).
    TileId parent() const;
    /// Whether (x, y) lies inside the 2^z × 2^z grid.
    bool isValid() const;
    /// "z/x/y", for messages and cache file names.
    QString toString() const;

    friend bool operator==(const TileId&, const TileId&) = default;
    friend auto operator<=>(const TileId&, const TileId&) = default;
};

std::size_t qHash(const TileId& id, std::size_t seed = 0) noexcept;

/// The largest zoom level the tile maths accepts (2^30 tiles per side still fits an int).
inline constexpr int kMaxTileZoom = 30;

/// Number of tiles per side at zoom z: 2^z.
int tilesPerSide(int z);

/// The position of lon/lat in tile units at zoom z (x + fraction, y + fraction). Latitudes
/// beyond ±85.0511° are clamped to the pyramid's edge.
QPointF tilePointFromLonLat(geo::LonLat p, int z);
/// The inverse of tilePointFromLonLat.
geo::LonLat lonLatFromTilePoint(QPointF tilePoint, int z);
/// The tile containing lon/lat at zoom z (clamped into the grid).
TileId tileAt(geo::LonLat p, int z);

/// The lon/lat box of a tile.
geo::BoundingBox tileLonLatBounds(const TileId& id);
/// The tile's extent in Web-Mercator metres; QRectF's top() is the smaller (southern) y.
QRectF tileMercatorBounds(const TileId& id);

/// The TMS row of an XYZ row (and back: the flip is its own inverse). MBTiles files store
/// rows in TMS order, counted from the south.
int flipTileRow(int z, int y);

/**
 * The zoom level whose tiles of `tileSizePx` pixels show about one tile pixel per screen pixel
 * at `metresPerPixel` Web-Mercator metres per pixel (the nearest level, clamped to
 * [0, kMaxTileZoom]).
 */
int zoomForResolution(double metresPerPixel, int tileSizePx = 256);

/// The tiles at zoom z that overlap the viewport of `view`, nearest to its centre first.
std::vector<TileId> tilesCovering(const MapTransform& view, int z);

/// Where a tile lands in the viewport of `view`, in pixels (edges rounded to whole pixels so
/// neighbouring tiles meet without a seam).
QRectF tilePixelRect(const TileId& id, const MapTransform& view);

}  // namespace yike::ui
