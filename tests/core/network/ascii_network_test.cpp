// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ascii_network.h"

#include <cmath>
#include <type_traits>

#include <gtest/gtest.h>

#include "core/geo/local_frame.h"

namespace yike::test {
namespace {

using network::EdgeId;
using network::Meters;
using network::NodeId;
using network::Seconds;

// The unit types do not mix: no conversions between them or from plain numbers.
static_assert(!std::is_convertible_v<NodeId, network::EdgeId>);
static_assert(!std::is_convertible_v<std::uint32_t, NodeId>);
static_assert(!std::is_convertible_v<Meters, Seconds>);
static_assert(!std::is_convertible_v<double, Meters>);
template <typename A, typename B>
concept Addable = requires(A a, B b) {
    a + b;
};
static_assert(Addable<Meters, Meters>);
static_assert(!Addable<Meters, Seconds>);
static_assert(!Addable<Seconds, double>);

TEST(AsciiNetwork, BuildsTheDrawnStreets) {
    const AsciiNetwork net(R"(
        A---B
            |
            C   x
    )",
                           10.0);
    const auto& g = net.graph();
    EXPECT_EQ(g.nodeCount(), 3u);
    EXPECT_EQ(g.edgeCount(), 2u);
    EXPECT_NEAR(g.length(net.edge("AB")).value(), 40.0, 0.05);
    EXPECT_NEAR(g.length(net.edge("BC")).value(), 20.0, 0.05);
    EXPECT_FALSE(net.edge("AC").isValid());
    EXPECT_THROW(net.node('x'), std::invalid_argument);  // a point, not a node
    EXPECT_NEAR(network::segmentLengthM(net.position('C'), net.position('x')), 40.0, 0.01);
}

TEST(AsciiNetwork, DiagonalsAndFacts) {
    network::WayFacts steps;
    steps.kind = network::WayKind::Steps;
    steps.steps = true;
    const AsciiNetwork net(R"(
        A   B
         \ /
          C
    )",
                           10.0, {{"CB", steps}});
    EXPECT_NEAR(net.graph().length(net.edge("AC")).value(), 2.0 * std::sqrt(2.0) * 10.0, 0.05);
    EXPECT_TRUE(net.graph().facts(net.edge("BC")).steps);
    EXPECT_FALSE(net.graph().facts(net.edge("AC")).steps);
}

}  // namespace
}  // namespace yike::test
