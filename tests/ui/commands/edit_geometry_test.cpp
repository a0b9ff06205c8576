// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/edit_geometry.h"

#include <gtest/gtest.h>

#include "core/geo/local_frame.h"

namespace yike::ui {
namespace {

const geo::Ring kSquare{{116.400, 39.900}, {116.401, 39.900}, {116.401, 39.901}, {116.400, 39.901}};

TEST(EditGeometry, ProjectsOntoTheNearestEdge) {
    const RingProjection on = projectOntoRing(kSquare, {116.4005, 39.89995});
    EXPECT_EQ(on.edge, 0u);
    EXPECT_NEAR(on.point.lon, 116.4005, 1e-12);
    EXPECT_NEAR(on.point.lat, 39.900, 1e-12);
    EXPECT_NEAR(on.t, 0.5, 1e-9);
    EXPECT_NEAR(on.distanceM, 0.00005 * geo::LocalFrame({116.4005, 39.9}).metresPerDegreeLat(), 0.01);
}

TEST(EditGeometry, ClampsToTheCornerBeyondAnEdge) {
    const RingProjection on = projectOntoRing(kSquare, {116.4012, 39.8998});
    EXPECT_NEAR(on.point.lon, 116.401, 1e-12);
    EXPECT_NEAR(on.point.lat, 39.900, 1e-12);
}

TEST(EditGeometry, CentroidOfASquareIsItsCentre) {
    const geo::LonLat c = ringCentroid(kSquare);
    EXPECT_NEAR(c.lon, 116.4005, 1e-9);
    EXPECT_NEAR(c.lat, 39.9005, 1e-9);
}

}  // namespace
}  // namespace yike::ui
