// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/walk_cost.h"

#include <cmath>

#include <gtest/gtest.h>

#include "tests/support/ascii_network.h"

namespace yike::network {
namespace {

using test::AsciiNetwork;

project::WalkProfile profile(double speed, double stairs, double crossingDelay,
                             bool vehicleGates = true) {
    project::WalkProfile p;
    p.code = "test";
    p.speedMps = speed;
    p.stairsFactor = stairs;
    p.crossingDelayS = crossingDelay;
    p.vehicleGatesPassable = vehicleGates;
    return p;
}

WayFacts withKind(WayKind kind) {
    WayFacts f;
    f.kind = kind;
    f.steps = kind == WayKind::Steps;
    return f;
}

WayFacts gate(project::FeatureId id, project::GateKind kind) {
    WayFacts f;
    f.gate = GatePassage{id, 1, kind};
    return f;
}

double seconds(const WalkCost& cost, const StreetGraph& g, EdgeId e, bool forward = true) {
    return cost.seconds(g.edgeArc(e, forward)).value();
}

// Steps B-C, a signalised crossing C-D, a vehicle gate D-E and a pedestrian gate E-F.
const char* const kStreet = R"(
    A----B----C----D----E----F
)";

AsciiNetwork street() {
    WayFacts signals = withKind(WayKind::Crossing);
    signals.crossing = Crossing::Signals;
    return AsciiNetwork(kStreet, 10.0,
                        {{"BC", withKind(WayKind::Steps)},
                         {"CD", signals},
                         {"DE", gate(7, project::GateKind::Vehicle)},
                         {"EF", gate(8, project::GateKind::Pedestrian)}});
}

TEST(WalkCost, LengthOverSpeedTimesStairsPlusSignals) {
    const AsciiNetwork net = street();
    const StreetGraph& g = net.graph();
    const WalkCost cost(g, profile(1.25, 2.0, 30.0));
    ASSERT_EQ(cost.arcCount(), g.arcCount());
    EXPECT_NEAR(seconds(cost, g, net.edge("AB")), 40.0, 0.01);
    EXPECT_NEAR(seconds(cost, g, net.edge("BC")), 80.0, 0.01);
    EXPECT_NEAR(seconds(cost, g, net.edge("CD")), 70.0, 0.01);
    EXPECT_NEAR(seconds(cost, g, net.edge("CD"), false), 70.0, 0.01);
}

TEST(WalkCost, VehicleGatesFollowTheProfile) {
    const AsciiNetwork net = street();
    const StreetGraph& g = net.graph();
    const WalkCost open(g, profile(1.0, 2.0, 0.0, true));
    const WalkCost closed(g, profile(1.0, 2.0, 0.0, false));
    EXPECT_NEAR(seconds(open, g, net.edge("DE")), 50.0, 0.01);
    EXPECT_TRUE(std::isinf(seconds(closed, g, net.edge("DE"))));
    EXPECT_TRUE(std::isinf(seconds(closed, g, net.edge("DE"), false)));
    EXPECT_NEAR(seconds(closed, g, net.edge("EF")), 50.0, 0.01);  // pedestrian gates stay open
}

TEST(WalkCost, GateHookClosesGates) {
    const AsciiNetwork net = street();
    const StreetGraph& g = net.graph();
    WalkCostOptions options;
    options.isGateOpen = [](project::FeatureId id) { return id != 8; };
    const WalkCost night(g, profile(1.0, 2.0, 0.0), options);
    EXPECT_TRUE(std::isinf(seconds(night, g, net.edge("EF"))));
    EXPECT_NEAR(seconds(night, g, net.edge("DE")), 50.0, 0.01);
}

TEST(WalkCost, ProfilesShareOneGraph) {
    const AsciiNetwork net = street();
    const StreetGraph& g = net.graph();
    const WalkCost adult(g, profile(1.2, 2.0, 30.0));
    const WalkCost older(g, profile(0.92, 2.5, 30.0));
    for (std::uint32_t a = 0; a < g.arcCount(); ++a)
        EXPECT_GE(older.arcSeconds()[a], adult.arcSeconds()[a]);
    EXPECT_NEAR(seconds(older, g, net.edge("BC")), 50.0 / 0.92 * 2.5, 0.01);
}

TEST(WalkCost, ForbiddenWaysAreImpassable) {
    WayFacts privateWay = withKind(WayKind::Service);
    privateWay.footForbidden = true;
    const AsciiNetwork net(R"(
        A----B----C
    )",
                           10.0, {{"BC", privateWay}});
    const WalkCost cost(net.graph(), profile(1.0, 2.0, 0.0));
    EXPECT_NEAR(seconds(cost, net.graph(), net.edge("AB")), 50.0, 0.01);
    EXPECT_TRUE(std::isinf(seconds(cost, net.graph(), net.edge("BC"))));
}

TEST(WalkCost, RejectsANonPositiveSpeed) {
    const AsciiNetwork net = street();
    EXPECT_THROW(WalkCost(net.graph(), profile(0.0, 2.0, 0.0)), std::invalid_argument);
}

}  // namespace
}  // namespace yike::network
