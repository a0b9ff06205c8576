// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/wkt.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace yike::exchange {
namespace {

using ::testing::ElementsAre;

TEST(Wkt, WritesClosedRingsAndShortestNumbers) {
    EXPECT_EQ(toWkt(geo::LonLat{118.78, 32.04}), "POINT (118.78 32.04)");
    EXPECT_EQ(toWkt(geo::LineString{{1, 2}, {3.5, 4}}), "LINESTRING (1 2, 3.5 4)");
    const geo::Polygon p{{{0, 0}, {1, 0}, {1, 1}}, {{{0.2, 0.2}, {0.4, 0.2}, {0.4, 0.4}}}};
    EXPECT_EQ(toWkt(p), "POLYGON ((0 0, 1 0, 1 1, 0 0), (0.2 0.2, 0.4 0.2, 0.4 0.4, 0.2 0.2))");
}

TEST(Wkt, ReadsWhatItWritesExactly) {
    const geo::Polygon p{{{118.123456789012, 32.1}, {118.2, 32.1}, {118.2, 32.3}}, {}};
    const auto g = parseWkt(toWkt(p));
    ASSERT_TRUE(g);
    EXPECT_EQ(g->type, SourceGeometry::Type::Polygon);
    ASSERT_EQ(g->polygons.size(), 1u);
    EXPECT_EQ(g->polygons[0], p);
}

TEST(Wkt, ReadsTheCommonVariants) {
    EXPECT_THAT(parseWkt("point(1 2)")->points, ElementsAre(geo::LonLat{1, 2}));
    EXPECT_THAT(parseWkt("SRID=4326;POINT Z (1 2 3)")->points, ElementsAre(geo::LonLat{1, 2}));
    EXPECT_THAT(parseWkt("MULTIPOINT ((1 2), (3 4))")->points,
                ElementsAre(geo::LonLat{1, 2}, geo::LonLat{3, 4}));
    EXPECT_THAT(parseWkt("MULTIPOINT (1 2, 3 4)")->points,
                ElementsAre(geo::LonLat{1, 2}, geo::LonLat{3, 4}));
    EXPECT_EQ(
        parseWkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))")->polygons.size(),
        2u);
    EXPECT_EQ(parseWkt("LINESTRING (0 0, 1 1)")->type, SourceGeometry::Type::LineString);
    EXPECT_FALSE(parseWkt("POLYGON EMPTY"));
}

TEST(Wkt, RefusesMalformedText) {
    for (const char* text : {"", "CIRCLE (1 2)", "POINT (1)", "POINT 1 2", "POINT (1 2",
                             "POINT (1 2) x", "POLYGON ((0 0, a 1))"})
        EXPECT_THROW(parseWkt(text), WktError) << text;
}

}  // namespace
}  // namespace yike::exchange
