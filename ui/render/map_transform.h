// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>

#include "core/geo/lon_lat.h"

namespace yike::ui {

/// Spherical Web Mercator (EPSG:3857): lon/lat degrees to metres east/north of (0, 0).
QPointF mercatorFromLonLat(geo::LonLat p);
/// The inverse of mercatorFromLonLat.
geo::LonLat lonLatFromMercator(QPointF m);

/**
 * Maps Web-Mercator metres to device pixels for a viewport: the viewport centre shows
 * `center()` and one pixel spans `metresPerPixel()` projected metres. Pixel y grows downwards.
 * A value type without widgets: MapPreview keeps one for its interaction, and a print frame
 * builds one for its rectangle on the page.
 */
class MapTransform {
public:
    MapTransform() = default;
    /// @pre metresPerPixel > 0
    MapTransform(QPointF centerMercator, double metresPerPixel, QSizeF viewportPx);

    /// The transform that shows the whole `box` inside `viewportPx`, keeping `marginPx` free
    /// on every side. An empty box gives an invalid transform.
    static MapTransform fitting(const geo::BoundingBox& box, QSizeF viewportPx,
                                double marginPx = 16.0);

    bool isValid() const { return m_metresPerPixel > 0.0 && !m_viewport.isEmpty(); }
    QPointF center() const { return m_center; }
    double metresPerPixel() const { return m_metresPerPixel; }
    QSizeF viewportSize() const { return m_viewport; }

    /// Ground metres per pixel at the viewport centre (projected metres shrink by cos(lat)).
    double groundMetresPerPixel() const;

    QPointF toPixel(geo::LonLat p) const;
    QPointF mercatorToPixel(QPointF m) const;
    QPointF pixelToMercator(QPointF px) const;
    geo::LonLat toLonLat(QPointF px) const;

    /// The lon/lat box the viewport shows.
    geo::BoundingBox visibleBounds() const;

    /// Keeps the centre; a resized viewport shows more or less of the map at the same scale.
    void setViewportSize(QSizeF viewportPx) { m_viewport = viewportPx; }
    /// Scales by `factor` (> 1 zooms in) keeping the map point under `anchorPx` in place.
    /// The scale is clamped to [kMinMetresPerPixel, kMaxMetresPerPixel].
    void zoomAt(QPointF anchorPx, double factor);
    /// Moves the map with the pointer: the map point at p moves to p + deltaPx.
    void panByPixels(QPointF deltaPx);

    static constexpr double kMinMetresPerPixel = 0.02;
    static constexpr double kMaxMetresPerPixel = 20000.0;

private:
    QPointF m_center;
    double m_metresPerPixel = 0.0;
    QSizeF m_viewport;
};

}  // namespace yike::ui
