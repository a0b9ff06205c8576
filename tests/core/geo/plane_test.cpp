// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/plane.h"

#include <cmath>

#include <gtest/gtest.h>

namespace yike::geo {
namespace {

const LocalFrame kFrame({114.27, 30.59});

LonLat at(double x, double y) { return kFrame.toLonLat({x, y}); }

Polygon square(double x0, double y0, double size) {
    return {{at(x0, y0), at(x0 + size, y0), at(x0 + size, y0 + size), at(x0, y0 + size)}, {}};
}

TEST(Plane, PointInRingAndDistances) {
    const LocalRing ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    EXPECT_TRUE(insideRing(ring, {5, 5}));
    EXPECT_FALSE(insideRing(ring, {15, 5}));
    EXPECT_FALSE(insideRing({{0, 0}, {1, 1}}, {0.5, 0.5})) << "two points are no ring";
    LocalRing closed = ring;
    closed.push_back(ring.front());
    EXPECT_TRUE(insideRing(closed, {5, 5})) << "a repeated first vertex changes nothing";
    EXPECT_DOUBLE_EQ(distanceToSegment({5, 3}, {0, 0}, {10, 0}), 3.0);
    EXPECT_DOUBLE_EQ(distanceToSegment({13, 4}, {0, 0}, {10, 0}), 5.0) << "past the end";
    EXPECT_DOUBLE_EQ(distanceToRing({5, 5}, ring), 5.0);
    EXPECT_DOUBLE_EQ(distanceToRing({-3, 5}, ring), 3.0);
    EXPECT_DOUBLE_EQ(ringArea(ring), 100.0);
    EXPECT_DOUBLE_EQ(ringArea({{0, 0}, {0, 10}, {10, 10}, {10, 0}}), 100.0) << "either orientation";
}

TEST(Plane, PolygonWithAHole) {
    Polygon donut = square(0, 0, 100);
    donut.holes.push_back(square(40, 40, 20).outer);
    const LocalPolygon p = LocalPolygon::from(donut, kFrame);
    EXPECT_TRUE(p.contains({10, 10}));
    EXPECT_FALSE(p.contains({50, 50})) << "in the hole";
    EXPECT_FALSE(p.contains({150, 50}));
    EXPECT_NEAR(p.area(), 10000.0 - 400.0, 0.5);
    EXPECT_NEAR(p.distanceToOutline({50, 50}), 10.0, 0.01) << "to the hole's edge";
    EXPECT_TRUE(p.boxOverlaps(90, 90, 200, 200));
    EXPECT_FALSE(p.boxOverlaps(101, 0, 200, 200));
}

TEST(Plane, IntersectionAreas) {
    const LocalPolygon a = LocalPolygon::from(square(0, 0, 100), kFrame);
    EXPECT_NEAR(intersectionArea(a, LocalPolygon::from(square(50, 50, 100), kFrame)), 2500.0, 1.0);
    EXPECT_NEAR(intersectionArea(a, LocalPolygon::from(square(200, 0, 10), kFrame)), 0.0, 1e-9);
    EXPECT_NEAR(intersectionArea(a, a), a.area(), 1.0);
    // A rotated square (a population cell in a projected grid) over a corner.
    const LocalPolygon diamond{{{100, -50}, {150, 0}, {100, 50}, {50, 0}}, {}, 50, -50, 150, 50};
    EXPECT_NEAR(intersectionArea(a, diamond), 1250.0, 1.0);
    Polygon donut = square(0, 0, 100);
    donut.holes.push_back(square(25, 25, 50).outer);
    EXPECT_NEAR(intersectionArea(LocalPolygon::from(donut, kFrame), a), 7500.0, 2.0)
        << "the hole is not counted";
}

}  // namespace
}  // namespace yike::geo
