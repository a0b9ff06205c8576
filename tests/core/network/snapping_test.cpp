// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/snapping.h"

#include <gtest/gtest.h>

#include "core/network/graph_builder.h"
#include "tests/support/ascii_network.h"

namespace yike::network {
namespace {

using test::AsciiNetwork;

/// Offset measured from A, whichever end of the edge the builder made first.
double offsetFrom(const StreetGraph& g, NodeId a, const EdgePosition& p) {
    return g.edgeFirst(p.edge) == a ? p.offset.value()
                                    : g.length(p.edge).value() - p.offset.value();
}

TEST(EdgeSnapper, SnapsToTheMiddleOfAnEdge) {
    // x is 30 m along A-B and 7 m beside it; it must stay mid-block, not move to A.
    const AsciiNetwork net(R"(
        A----------B
    )",
                           10.0);
    const StreetGraph& g = net.graph();
    const EdgeSnapper snapper(g);
    const geo::LonLat x = net.at(80.0 + 30.0, 7.0);
    const SnapResult r = snapper.snap(x, Meters(25.0));
    ASSERT_TRUE(r.isSnapped());
    EXPECT_EQ(r.position.edge, net.edge("AB"));
    EXPECT_NEAR(offsetFrom(g, net.node('A'), r.position), 30.0, 0.05);
    EXPECT_NEAR(r.position.snapDistance.value(), 7.0, 0.01);
    EXPECT_NEAR(geo::haversineM(r.position.point, net.at(110.0, 0.0)), 0.0, 0.05);
    EXPECT_FALSE(r.skippedSmallComponent);
}

TEST(EdgeSnapper, OffsetsFollowBentGeometry) {
    const AsciiNetwork at(R"(
        A   B

            C
    )",
                          10.0);
    GraphBuilder builder;
    builder.addWay({{at.position('A'), at.position('B'), at.position('C')}, {}, 0});
    const StreetGraph g = builder.build();
    const EdgeSnapper snapper(g);
    // 5 m down the second leg (B-C), 3 m east of it.
    const SnapResult r = snapper.snap(at.at(120.0 + 3.0, -5.0), Meters(10.0));
    ASSERT_TRUE(r.isSnapped());
    EXPECT_NEAR(offsetFrom(g, g.findNode(at.position('A')), r.position), 40.0 + 5.0, 0.05);
    EXPECT_NEAR(r.position.snapDistance.value(), 3.0, 0.01);
}

TEST(EdgeSnapper, ReportsTooFarInsteadOfMovingThePoint) {
    const AsciiNetwork net(R"(
        A----------B
    )",
                           10.0);
    const EdgeSnapper snapper(net.graph());
    const SnapResult r = snapper.snap(net.at(100.0, 400.0), Meters(50.0));
    EXPECT_EQ(r.status, SnapStatus::TooFar);
    EXPECT_NEAR(r.position.snapDistance.value(), 400.0, 0.05);
}

TEST(EdgeSnapper, SkipsTinyComponentsAndSaysSo) {
    // The island X-Y is nearest to f, but it has two nodes only; C-E-D has three.
    const AsciiNetwork net(R"(
           X-Y
            f

        C----E----D
    )",
                           10.0);
    const SnapResult any = EdgeSnapper(net.graph()).snap(net.position('f'), Meters(100.0));
    ASSERT_TRUE(any.isSnapped());
    EXPECT_EQ(any.position.edge, net.edge("XY"));

    const EdgeSnapper strict(net.graph(), SnapOptions{3});
    const SnapResult r = strict.snap(net.position('f'), Meters(100.0));
    ASSERT_TRUE(r.isSnapped());
    EXPECT_TRUE(r.skippedSmallComponent);
    EXPECT_EQ(r.position.edge, net.edge("CE"));
    EXPECT_NEAR(r.position.snapDistance.value(), 20.0, 0.05);
}

TEST(EdgeSnapper, AllComponentsTooSmallMeansNoEdge) {
    const AsciiNetwork net(R"(
        X-Y
    )",
                           10.0);
    const SnapResult r =
        EdgeSnapper(net.graph(), SnapOptions{3}).snap(net.position('X'), Meters(100.0));
    EXPECT_EQ(r.status, SnapStatus::NoEdge);
    EXPECT_TRUE(r.skippedSmallComponent);
    EXPECT_EQ(EdgeSnapper(StreetGraph()).snap({8.69, 49.41}, Meters(100.0)).status,
              SnapStatus::NoEdge);
}

}  // namespace
}  // namespace yike::network
