// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/population/cell_geometry.h"

#include <clocale>

#include <gtest/gtest.h>

namespace yike::population {
namespace {

const geo::BoundingBox kBox{114.0, 30.0, 114.1, 30.1};

Quad square(double minLon, double minLat, double size) {
    return {geo::LonLat{minLon, minLat}, geo::LonLat{minLon + size, minLat},
            geo::LonLat{minLon + size, minLat + size}, geo::LonLat{minLon, minLat + size}};
}

TEST(CellGeometry, SquaresInsideAcrossAndOutsideTheBox) {
    EXPECT_TRUE(quadOverlapsBox(square(114.02, 30.02, 0.01), kBox)) << "inside";
    EXPECT_TRUE(quadOverlapsBox(square(113.95, 30.05, 0.1), kBox)) << "across the west edge";
    EXPECT_TRUE(quadOverlapsBox(square(113.9, 29.9, 0.4), kBox)) << "around the whole box";
    EXPECT_FALSE(quadOverlapsBox(square(114.2, 30.02, 0.01), kBox)) << "east of it";
    EXPECT_FALSE(quadOverlapsBox(square(114.02, 29.5, 0.01), kBox)) << "south of it";
}

TEST(CellGeometry, TouchingIsNotOverlapping) {
    EXPECT_FALSE(quadOverlapsBox(square(114.1, 30.05, 0.01), kBox)) << "shares the east edge";
    EXPECT_FALSE(quadOverlapsBox(square(114.1, 30.1, 0.01), kBox)) << "shares a corner";
    EXPECT_FALSE(quadOverlapsBox(square(113.99, 29.99, 0.01), kBox)) << "corner to corner";
    EXPECT_TRUE(quadOverlapsBox(square(114.099, 30.05, 0.01), kBox));
}

TEST(CellGeometry, RotatedQuadNearACornerIsToldApartByItsOwnEdges) {
    // A diamond whose bounding box overlaps the box's north-east corner while the diamond
    // itself stays outside: only the diamond's own edge normals separate them.
    const Quad diamond{geo::LonLat{114.12, 30.1}, geo::LonLat{114.14, 30.12},
                       geo::LonLat{114.12, 30.14}, geo::LonLat{114.1, 30.12}};
    const geo::BoundingBox touching{114.0, 30.0, 114.105, 30.105};
    EXPECT_FALSE(quadOverlapsBox(diamond, touching));
    const geo::BoundingBox reaching{114.0, 30.0, 114.115, 30.115};
    EXPECT_TRUE(quadOverlapsBox(diamond, reaching));
}

TEST(CellGeometry, DegenerateQuadsAndEmptyBoxesOverlapNothing) {
    const Quad flat{geo::LonLat{114.05, 30.05}, geo::LonLat{114.06, 30.05},
                    geo::LonLat{114.07, 30.05}, geo::LonLat{114.05, 30.05}};
    EXPECT_FALSE(quadOverlapsBox(flat, kBox));
    EXPECT_FALSE(quadOverlapsBox(square(114.02, 30.02, 0.01), geo::BoundingBox{}));
}

TEST(CellGeometry, RingsRunCounterClockwise) {
    const Quad ccw = square(114.0, 30.0, 0.001);
    EXPECT_GT(twiceSignedArea(ccw), 0.0);
    EXPECT_NEAR(twiceSignedArea(ccw), 2e-6, 1e-15);
    const Quad cw{ccw[0], ccw[3], ccw[2], ccw[1]};
    EXPECT_LT(twiceSignedArea(cw), 0.0);
    EXPECT_EQ(counterClockwiseRing(ccw), geo::Ring(ccw.begin(), ccw.end()));
    EXPECT_EQ(counterClockwiseRing(cw), geo::Ring(ccw.begin(), ccw.end()))
        << "reversed, starting at the same corner";
}

TEST(CellGeometry, DescribesBoxesWithAPointWhateverTheLocale) {
    const char* previous = std::setlocale(LC_NUMERIC, nullptr);
    const std::string saved = previous ? previous : "C";
    std::setlocale(LC_NUMERIC, "de_DE.UTF-8");  // may not exist; the text must not care
    EXPECT_EQ(describeBox(geo::BoundingBox{113.6920829, 29.9720834, 115.0770829, 31.3620834}),
              "lon 113.692083 to 115.077083, lat 29.972083 to 31.362083");
    std::setlocale(LC_NUMERIC, saved.c_str());
}

}  // namespace
}  // namespace yike::population
