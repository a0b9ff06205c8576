// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/local_frame.h"

#include <gtest/gtest.h>

namespace yike::geo {
namespace {

TEST(LocalFrame, RoundTripsWithinAMillimetre) {
    const LocalFrame frame({118.78, 32.04});
    for (double dx : {-2500.0, -10.0, 0.0, 730.5, 2500.0}) {
        for (double dy : {-2500.0, 0.0, 1200.25, 2500.0}) {
            const LonLat p = frame.toLonLat({dx, dy});
            const LocalXY back = frame.toLocal(p);
            EXPECT_NEAR(back.x, dx, 1e-3);
            EXPECT_NEAR(back.y, dy, 1e-3);
        }
    }
}

TEST(LocalFrame, AgreesWithHaversineOverADistrict) {
    // 2 km east and 1.5 km north of Xinjiekou: the tangent plane and the great circle agree to
    // better than 0.5 % (the sphere itself differs from the ellipsoid by up to ~0.3 %).
    const LocalFrame frame({118.78, 32.04});
    const LonLat p = frame.toLonLat({2000.0, 1500.0});
    EXPECT_NEAR(haversineM(frame.origin(), p), 2500.0, 2500.0 * 0.005);
}

TEST(LocalFrame, OneDegreeOfLatitudeIsAbout111Km) {
    EXPECT_NEAR(LocalFrame({0.0, 0.0}).metresPerDegreeLat(), 110574.0, 2.0);
    EXPECT_NEAR(LocalFrame({0.0, 45.0}).metresPerDegreeLon(), 78847.0, 2.0);
}

TEST(PolygonArea, SquareWithHole) {
    const LocalFrame frame({112.94, 28.23});
    auto square = [&](double half) {
        return Ring{frame.toLonLat({-half, -half}), frame.toLonLat({half, -half}),
                    frame.toLonLat({half, half}), frame.toLonLat({-half, half})};
    };
    const Polygon poly{square(50.0), {square(10.0)}};
    EXPECT_NEAR(polygonAreaM2(poly, frame), 100.0 * 100.0 - 20.0 * 20.0, 1e-3);
}

TEST(RingCentroid, AreaCentroidNotVertexMean) {
    const LocalFrame frame({118.78, 32.04});
    auto ring = [&](std::initializer_list<LocalXY> points) {
        Ring r;
        for (const LocalXY& p : points) r.push_back(frame.toLonLat(p));
        return r;
    };
    const LocalXY box = ringCentroid(ring({{0, 0}, {40, 0}, {40, 20}, {0, 20}}), frame);
    EXPECT_NEAR(box.x, 20.0, 0.01);
    EXPECT_NEAR(box.y, 10.0, 0.01);
    // An L shape: (300 m² at x=15 + 200 m² at x=5) / 500 m², and the same for y.
    const LocalXY l =
        ringCentroid(ring({{0, 0}, {30, 0}, {30, 10}, {10, 10}, {10, 30}, {0, 30}}), frame);
    EXPECT_NEAR(l.x, 11.0, 0.01);
    EXPECT_NEAR(l.y, 11.0, 0.01);
    // No area: the vertex mean.
    const LocalXY line = ringCentroid(ring({{0, 0}, {10, 0}, {20, 0}}), frame);
    EXPECT_NEAR(line.x, 10.0, 0.01);
    EXPECT_NEAR(line.y, 0.0, 0.01);
}

TEST(BoundingBox, ExtendsAndContains) {
    BoundingBox box;
    EXPECT_TRUE(box.isEmpty());
    box.extend(LonLat{1.0, 2.0});
    box.extend(LonLat{3.0, -1.0});
    EXPECT_FALSE(box.isEmpty());
    EXPECT_TRUE(box.contains({2.0, 0.0}));
    EXPECT_FALSE(box.contains({4.0, 0.0}));
    EXPECT_EQ(box, (BoundingBox{1.0, -1.0, 3.0, 2.0}));
    EXPECT_TRUE(box.intersects({3.0, 2.0, 5.0, 5.0})) << "touching corners count";
    EXPECT_FALSE(box.intersects({3.1, 0.0, 5.0, 1.0}));
    EXPECT_FALSE(box.intersects(BoundingBox{})) << "an empty box meets nothing";
    EXPECT_FALSE(BoundingBox{}.intersects(box));
}

}  // namespace
}  // namespace yike::geo
