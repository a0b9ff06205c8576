// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/china_crs.h"

#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "core/geo/local_frame.h"

namespace yike::geo {
namespace {

struct Pair {
    const char* where;
    LonLat from;
    LonLat to;
};

// WGS-84 → GCJ-02 pairs published with implementations of the same formula:
// - Beijing (Tiananmen): wandergis/coordtransform, README and test/app.js,
//   wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164].
// - Shanghai, Shenzhen, Beijing: googollee/eviltransform, go/transform_test.go (the same
//   vectors appear in its C, C#, Ruby and Haskell tests).
const Pair kWgsToGcj[] = {
    {"Beijing (coordtransform)", {116.404, 39.915}, {116.41024449916938, 39.91640428150164}},
    {"Shanghai (eviltransform)", {121.5272106, 31.1774276}, {121.531541859215, 31.17530398364597}},
    {"Shenzhen (eviltransform)", {113.912316, 22.543847}, {113.9171764808363, 22.540796131694766}},
    {"Beijing (eviltransform)", {116.377817, 39.911954}, {116.38404722455657, 39.91334545536069}},
};

// Metres between two positions.
double metres(LonLat a, LonLat b) {
    return haversineM(a, b);
}

TEST(ChinaCrs, Wgs84ToGcj02MatchesPublishedPairs) {
    for (const Pair& p : kWgsToGcj) {
        SCOPED_TRACE(p.where);
        const LonLat gcj = wgs84ToGcj02(p.from);
        EXPECT_NEAR(gcj.lon, p.to.lon, 1e-9);
        EXPECT_NEAR(gcj.lat, p.to.lat, 1e-9);
    }
}

TEST(ChinaCrs, Gcj02ToWgs84RecoversPublishedPairsExactly) {
    // The published one-step inverse is off by a metre or two; the iterative one returns the
    // WGS-84 side of each pair to well under a millimetre.
    for (const Pair& p : kWgsToGcj) {
        SCOPED_TRACE(p.where);
        const LonLat wgs = gcj02ToWgs84(p.to);
        EXPECT_LT(metres(wgs, p.from), 1e-3);
    }
    // wandergis/coordtransform README: the one-step gcj02towgs84(116.404, 39.915) gives
    // [116.39775550083061, 39.91359571849836]; the exact inverse lies within a few metres of it
    // and, unlike it, maps forward back onto the input.
    const LonLat exact = gcj02ToWgs84({116.404, 39.915});
    EXPECT_LT(metres(exact, {116.39775550083061, 39.91359571849836}), 5.0);
    EXPECT_GT(metres(exact, {116.39775550083061, 39.91359571849836}), 0.01);
    EXPECT_LT(metres(wgs84ToGcj02(exact), {116.404, 39.915}), 1e-4);
}

TEST(ChinaCrs, Gcj02ToBd09MatchesPublishedPair) {
    // wandergis/coordtransform README: gcj02tobd09(116.404, 39.915) =
    // [116.41036949371029, 39.92133699351021].
    const LonLat bd = gcj02ToBd09({116.404, 39.915});
    EXPECT_NEAR(bd.lon, 116.41036949371029, 1e-9);
    EXPECT_NEAR(bd.lat, 39.92133699351021, 1e-9);
    // Its one-step inverse bd09togcj02(116.404, 39.915) = [116.39762729119315,
    // 39.90865673957631]; the iterative inverse agrees to a metre and is exact forward.
    const LonLat gcj = bd09ToGcj02({116.404, 39.915});
    EXPECT_LT(metres(gcj, {116.39762729119315, 39.90865673957631}), 1.0);
    EXPECT_LT(metres(gcj02ToBd09(gcj), {116.404, 39.915}), 1e-4);
}

TEST(ChinaCrs, JiangsuCityMatchesAllThreeSystems) {
    // hujiulong/gcoord, test/fixtures/china-cities.json, 泰州市 (Jiangsu, 130 km east of
    // Nanjing): WGS84 [119.9183831, 32.4580023], GCJ02 [119.9231242, 32.4557802],
    // BD09 [119.9296902, 32.4615531], each rounded to 7 decimals (about 1 cm). The GCJ-02 value
    // comes from a map service, whose offset carries a small term the published formula leaves
    // out (its stated accuracy is 1-2 m), so WGS-84 ↔ GCJ-02 agrees to a metre; GCJ-02 ↔ BD-09
    // has no such term and agrees to the rounding.
    const LonLat wgs{119.9183831, 32.4580023};
    const LonLat gcj{119.9231242, 32.4557802};
    const LonLat bd{119.9296902, 32.4615531};
    EXPECT_LT(metres(gcj02ToBd09(gcj), bd), 0.05);
    EXPECT_LT(metres(bd09ToGcj02(bd), gcj), 0.05);
    EXPECT_LT(metres(wgs84ToGcj02(wgs), gcj), 1.0);
    EXPECT_LT(metres(gcj02ToWgs84(gcj), wgs), 1.0);
    EXPECT_LT(metres(bd09ToWgs84(bd), wgs), 1.0);
    EXPECT_LT(metres(wgs84ToBd09(wgs), bd), 1.0);
    EXPECT_EQ(toWgs84(bd, ChinaCrs::Bd09), bd09ToWgs84(bd));
    EXPECT_EQ(toWgs84(gcj, ChinaCrs::Gcj02), gcj02ToWgs84(gcj));
    EXPECT_EQ(fromWgs84(wgs, ChinaCrs::Bd09), wgs84ToBd09(wgs));
    EXPECT_EQ(fromWgs84(wgs, ChinaCrs::Gcj02), wgs84ToGcj02(wgs));
    EXPECT_EQ(toWgs84(wgs, ChinaCrs::Wgs84), wgs);
}

TEST(ChinaCrs, NanjingOffsetHasTheKnownSize) {
    // At Xinjiekou the GCJ-02 offset is some 500 m, mostly eastward (no published pair was
    // found for Nanjing; the size and direction are what every Nanjing map shows).
    const LonLat wgs{118.7784, 32.0418};
    const LonLat gcj = wgs84ToGcj02(wgs);
    EXPECT_GT(gcj.lon - wgs.lon, 0.004);
    EXPECT_LT(std::abs(gcj.lat - wgs.lat), 0.003);
    EXPECT_GT(metres(gcj, wgs), 400.0);
    EXPECT_LT(metres(gcj, wgs), 700.0);
}

TEST(ChinaCrs, RoundTripsWithinACentimetreAcrossChina) {
    double worstGcj = 0.0;
    double worstBd = 0.0;
    for (double lon = 73.5; lon <= 135.0; lon += 0.7) {
        for (double lat = 18.2; lat <= 53.5; lat += 0.45) {
            const LonLat p{lon, lat};
            worstGcj = std::max(worstGcj, metres(gcj02ToWgs84(wgs84ToGcj02(p)), p));
            worstGcj = std::max(worstGcj, metres(wgs84ToGcj02(gcj02ToWgs84(p)), p));
            worstBd = std::max(worstBd, metres(bd09ToWgs84(wgs84ToBd09(p)), p));
            worstBd = std::max(worstBd, metres(gcj02ToBd09(bd09ToGcj02(p)), p));
        }
    }
    EXPECT_LT(worstGcj, 0.01);
    EXPECT_LT(worstBd, 0.01);
}

TEST(ChinaCrs, LeavesPointsOutsideChinaUnchanged) {
    for (const LonLat p :
         {LonLat{-0.1246, 51.5007}, LonLat{139.7671, 35.6812}, LonLat{151.2093, -33.8688},
          LonLat{-74.006, 40.7128}, LonLat{70.0, 35.0}, LonLat{100.0, 56.5}}) {
        EXPECT_TRUE(isOutsideChina(p));
        EXPECT_EQ(wgs84ToGcj02(p), p);
        EXPECT_EQ(gcj02ToWgs84(p), p);
        EXPECT_EQ(toWgs84(p, ChinaCrs::Gcj02), p);
    }
    EXPECT_FALSE(isOutsideChina({118.78, 32.04}));
    EXPECT_NE(wgs84ToGcj02({118.78, 32.04}), (LonLat{118.78, 32.04}));
}

TEST(ChinaCrs, CodesRoundTrip) {
    for (ChinaCrs crs : {ChinaCrs::Wgs84, ChinaCrs::Gcj02, ChinaCrs::Bd09})
        EXPECT_EQ(chinaCrsFromCode(toCode(crs)), crs);
    EXPECT_EQ(chinaCrsFromCode("GCJ-02"), ChinaCrs::Gcj02);
    EXPECT_EQ(chinaCrsFromCode("BD09"), ChinaCrs::Bd09);
    EXPECT_EQ(chinaCrsFromCode("WGS-84"), ChinaCrs::Wgs84);
    EXPECT_EQ(chinaCrsFromCode("utm50"), std::nullopt);
}

}  // namespace
}  // namespace yike::geo
