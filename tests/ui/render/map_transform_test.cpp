// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_transform.h"

#include <cmath>

#include <gtest/gtest.h>

namespace yike::ui {
namespace {

constexpr double kPixelTolerance = 1e-6;
constexpr double kDegreeTolerance = 1e-9;
constexpr double kMetreTolerance = 0.01;

// Xinjiekou, Nanjing: a realistic latitude for the scale factor.
const geo::BoundingBox kDistrict{118.770, 32.030, 118.790, 32.048};

TEST(MapTransform, MercatorMatchesKnownValues) {
    EXPECT_NEAR(mercatorFromLonLat({180.0, 0.0}).x(), 20037508.3428, kMetreTolerance);
    EXPECT_NEAR(mercatorFromLonLat({0.0, 0.0}).y(), 0.0, kMetreTolerance);
    // EPSG:3857 of 45 deg N is 5,621,521.486 m.
    EXPECT_NEAR(mercatorFromLonLat({0.0, 45.0}).y(), 5621521.486, kMetreTolerance);
    const geo::LonLat back = lonLatFromMercator(mercatorFromLonLat({118.78, 32.04}));
    EXPECT_NEAR(back.lon, 118.78, kDegreeTolerance);
    EXPECT_NEAR(back.lat, 32.04, kDegreeTolerance);
}

TEST(MapTransform, FittingKeepsTheBoxInsideTheMargin) {
    const MapTransform t = MapTransform::fitting(kDistrict, QSizeF(800, 600), 20.0);
    ASSERT_TRUE(t.isValid());
    const QPointF lowerLeft = t.toPixel({kDistrict.minLon, kDistrict.minLat});
    const QPointF upperRight = t.toPixel({kDistrict.maxLon, kDistrict.maxLat});
    EXPECT_GE(lowerLeft.x(), 20.0 - kPixelTolerance);
    EXPECT_LE(lowerLeft.y(), 580.0 + kPixelTolerance);
    EXPECT_LE(upperRight.x(), 780.0 + kPixelTolerance);
    EXPECT_GE(upperRight.y(), 20.0 - kPixelTolerance);
    // North is up: the northern edge has the smaller pixel y.
    EXPECT_LT(upperRight.y(), lowerLeft.y());
    // One axis touches the margin exactly.
    const bool widthBound = std::abs(lowerLeft.x() - 20.0) < 1e-6;
    const bool heightBound = std::abs(upperRight.y() - 20.0) < 1e-6;
    EXPECT_TRUE(widthBound || heightBound);
}

TEST(MapTransform, EmptyBoxGivesInvalidTransform) {
    EXPECT_FALSE(MapTransform::fitting(geo::BoundingBox{}, QSizeF(800, 600)).isValid());
    EXPECT_FALSE(MapTransform::fitting(kDistrict, QSizeF(0, 0)).isValid());
}

TEST(MapTransform, PixelRoundTrip) {
    const MapTransform t = MapTransform::fitting(kDistrict, QSizeF(640, 480));
    const geo::LonLat p{118.7811, 32.0433};
    const geo::LonLat back = t.toLonLat(t.toPixel(p));
    EXPECT_NEAR(back.lon, p.lon, kDegreeTolerance);
    EXPECT_NEAR(back.lat, p.lat, kDegreeTolerance);
}

TEST(MapTransform, ZoomKeepsTheAnchorUnderThePointer) {
    MapTransform t = MapTransform::fitting(kDistrict, QSizeF(640, 480));
    const QPointF anchor(100.0, 400.0);
    const geo::LonLat before = t.toLonLat(anchor);
    const double scaleBefore = t.metresPerPixel();
    t.zoomAt(anchor, 2.0);
    EXPECT_NEAR(t.metresPerPixel(), scaleBefore / 2.0, 1e-9);
    const QPointF after = t.toPixel(before);
    EXPECT_NEAR(after.x(), anchor.x(), kPixelTolerance);
    EXPECT_NEAR(after.y(), anchor.y(), kPixelTolerance);
}

TEST(MapTransform, ZoomIsClamped) {
    MapTransform t = MapTransform::fitting(kDistrict, QSizeF(640, 480));
    for (int i = 0; i < 100; ++i) t.zoomAt(QPointF(320, 240), 10.0);
    EXPECT_DOUBLE_EQ(t.metresPerPixel(), MapTransform::kMinMetresPerPixel);
}

TEST(MapTransform, PanMovesTheMapWithThePointer) {
    MapTransform t = MapTransform::fitting(kDistrict, QSizeF(640, 480));
    const geo::LonLat p{118.78, 32.04};
    const QPointF before = t.toPixel(p);
    t.panByPixels(QPointF(30.0, -12.0));
    const QPointF after = t.toPixel(p);
    EXPECT_NEAR(after.x() - before.x(), 30.0, kPixelTolerance);
    EXPECT_NEAR(after.y() - before.y(), -12.0, kPixelTolerance);
}

TEST(MapTransform, GroundScaleShrinksWithLatitude) {
    const MapTransform t = MapTransform::fitting(kDistrict, QSizeF(640, 480));
    // cos(32.04 deg) = 0.8477
    EXPECT_NEAR(t.groundMetresPerPixel() / t.metresPerPixel(), 0.8477, 1e-3);
}

TEST(MapTransform, VisibleBoundsContainTheFittedBox) {
    const MapTransform t = MapTransform::fitting(kDistrict, QSizeF(640, 480));
    const geo::BoundingBox visible = t.visibleBounds();
    EXPECT_TRUE(visible.contains({kDistrict.minLon, kDistrict.minLat}));
    EXPECT_TRUE(visible.contains({kDistrict.maxLon, kDistrict.maxLat}));
}

}  // namespace
}  // namespace yike::ui
