// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/graph_builder.h"

#include <gtest/gtest.h>

#include "core/geo/local_frame.h"
#include "core/project/project.h"
#include "tests/support/ascii_network.h"

namespace yike::network {
namespace {

using test::AsciiNetwork;

Way way(std::vector<geo::LonLat> points, WayKind kind = WayKind::Footway) {
    WayFacts facts;
    facts.kind = kind;
    return {std::move(points), facts, 0};
}

bool connected(const StreetGraph& g, NodeId a, NodeId b) {
    return g.component(a) == g.component(b);
}

TEST(GraphBuilder, SplitsWaysAtSharedVertices) {
    // One way A-B-C, another B-D: B is shared, so A-B-C becomes two edges.
    const AsciiNetwork at(R"(
        A   B   C

            D
    )",
                          10.0);
    GraphBuilder builder;
    builder.addWay(way({at.position('A'), at.position('B'), at.position('C')}));
    builder.addWay(way({at.position('B'), at.position('D')}));
    const StreetGraph g = builder.build();
    EXPECT_EQ(g.nodeCount(), 4u);
    EXPECT_EQ(g.edgeCount(), 3u);
    const NodeId b = g.findNode(at.position('B'));
    ASSERT_TRUE(b.isValid());
    EXPECT_EQ(g.arcs(b).size(), 3u);
    EXPECT_TRUE(g.findEdge(g.findNode(at.position('A')), b).isValid());
    EXPECT_TRUE(g.findEdge(b, g.findNode(at.position('C'))).isValid());
}

TEST(GraphBuilder, KeepsUnsharedVerticesAsGeometry) {
    const AsciiNetwork at(R"(
        A       C
            B
    )",
                          10.0);
    GraphBuilder builder;
    builder.addWay(way({at.position('A'), at.position('B'), at.position('C')}));
    const StreetGraph g = builder.build();
    ASSERT_EQ(g.edgeCount(), 1u);
    EXPECT_EQ(g.nodeCount(), 2u);
    const EdgeId e(0);
    ASSERT_EQ(g.geometry(e).size(), 3u);
    EXPECT_EQ(g.geometry(e)[1], at.position('B'));
    EXPECT_EQ(g.lonLat(g.edgeFirst(e)), g.geometry(e).front());
    EXPECT_EQ(g.lonLat(g.edgeSecond(e)), g.geometry(e).back());
}

TEST(GraphBuilder, LengthFollowsTheGeometry) {
    const geo::LocalFrame frame({118.78, 32.04});
    const std::vector<geo::LonLat> zigzag{frame.toLonLat({0, 0}), frame.toLonLat({300, 400}),
                                          frame.toLonLat({300, 0}), frame.toLonLat({1000, 0})};
    GraphBuilder builder;
    builder.addWay(way(zigzag));
    const StreetGraph g = builder.build();
    ASSERT_EQ(g.edgeCount(), 1u);
    double haversine = 0.0;
    for (std::size_t i = 1; i < zigzag.size(); ++i)
        haversine += geo::haversineM(zigzag[i - 1], zigzag[i]);
    // 500 + 400 + 700 m in the tangent plane; the ellipsoid lengths agree to 10 cm, and the
    // spherical haversine to 0.5 %.
    EXPECT_NEAR(g.length(EdgeId(0)).value(), 1600.0, 0.1);
    EXPECT_NEAR(g.length(EdgeId(0)).value(), haversine, haversine * 0.005);
}

TEST(GraphBuilder, JoinsVerticesAtOsmPrecisionOnly) {
    const geo::LonLat p{116.3, 39.99};
    for (const auto& [shift, joined] : {std::pair{3e-8, true}, std::pair{3e-7, false}}) {
        GraphBuilder builder;
        builder.addWay(way({{116.299, 39.99}, p}));
        builder.addWay(way({{p.lon + shift, p.lat}, {116.301, 39.99}}));
        const StreetGraph g = builder.build();
        EXPECT_EQ(g.nodeCount(), joined ? 3u : 4u) << "shift " << shift;
        EXPECT_EQ(g.componentCount(), joined ? 1u : 2u) << "shift " << shift;
    }
}

TEST(GraphBuilder, CrossingWithoutSharedVertexDoesNotConnect) {
    // A bridge: C-D passes over A-B without a common vertex.
    const AsciiNetwork at(R"(
          C
        A   B
          D
    )",
                          10.0);
    GraphBuilder builder;
    builder.addWay(way({at.position('A'), at.position('B')}));
    builder.addWay(way({at.position('C'), at.position('D')}));
    const StreetGraph g = builder.build();
    EXPECT_EQ(g.edgeCount(), 2u);
    EXPECT_EQ(g.componentCount(), 2u);
}

TEST(GraphBuilder, NumbersComponentsBySize) {
    const AsciiNetwork net(R"(
        X-Y     A---B---C
                    |
                    D
    )",
                           10.0);
    const StreetGraph& g = net.graph();
    ASSERT_EQ(g.componentCount(), 2u);
    EXPECT_EQ(g.component(net.node('A')), 0u);
    EXPECT_EQ(g.component(net.node('D')), 0u);
    EXPECT_EQ(g.componentSize(0), 4u);
    EXPECT_EQ(g.component(net.node('X')), 1u);
    EXPECT_EQ(g.componentSize(1), 2u);
}

TEST(GraphBuilder, ArcsRunBothWaysOfEveryEdge) {
    const AsciiNetwork net(R"(
        A---B---C
        |   |  /
        D---E-F
    )",
                           10.0);
    const StreetGraph& g = net.graph();
    EXPECT_EQ(g.arcCount(), 2 * g.edgeCount());
    for (std::uint32_t e = 0; e < g.edgeCount(); ++e) {
        const EdgeId edge(e);
        const ArcId forward = g.edgeArc(edge, true);
        const ArcId backward = g.edgeArc(edge, false);
        EXPECT_EQ(g.arcEdge(forward), edge);
        EXPECT_EQ(g.arcEdge(backward), edge);
        EXPECT_TRUE(g.arcIsForward(forward));
        EXPECT_FALSE(g.arcIsForward(backward));
        EXPECT_EQ(g.arcHead(forward), g.edgeSecond(edge));
        EXPECT_EQ(g.arcHead(backward), g.edgeFirst(edge));
    }
    std::size_t counted = 0;
    for (std::uint32_t n = 0; n < g.nodeCount(); ++n) {
        for (const ArcId arc : g.arcs(NodeId(n))) {
            const EdgeId edge = g.arcEdge(arc);
            const NodeId tail = g.arcIsForward(arc) ? g.edgeFirst(edge) : g.edgeSecond(edge);
            EXPECT_EQ(tail, NodeId(n));
            ++counted;
        }
    }
    EXPECT_EQ(counted, g.arcCount());
}

TEST(GraphBuilder, DropsWaysWithoutTwoPositions) {
    GraphBuilder builder;
    builder.addWay(way({{116.3, 39.99}}));
    builder.addWay(way({{116.3, 39.99}, {116.3, 39.99}}));
    builder.addWay(way({{116.3, 39.99}, {116.301, 39.99}}));
    const StreetGraph g = builder.build();
    EXPECT_EQ(builder.stats().waysDropped, 2u);
    EXPECT_EQ(g.edgeCount(), 1u);
}

TEST(GraphBuilder, ClosedWayIsALoopThroughItsSharedVertex) {
    const AsciiNetwork at(R"(
        A   B

        D   C   E
    )",
                          10.0);
    GraphBuilder builder;
    builder.addWay(way({at.position('A'), at.position('B'), at.position('C'), at.position('D'),
                        at.position('A')}));
    builder.addWay(way({at.position('C'), at.position('E')}));
    const StreetGraph g = builder.build();
    // The ring is cut at A (its ends) and at C (shared): two edges A..C plus C-E.
    EXPECT_EQ(g.nodeCount(), 3u);
    EXPECT_EQ(g.edgeCount(), 3u);
}

TEST(WayFacts, ComeFromOsmTags) {
    EXPECT_EQ(wayFactsFromTags({{"highway", "living_street"}}).kind, WayKind::LivingStreet);
    EXPECT_EQ(wayFactsFromTags({{"highway", "unclassified"}}).kind, WayKind::Residential);
    EXPECT_EQ(wayFactsFromTags({{"highway", "motorway"}}).kind, WayKind::Other);
    const WayFacts steps = wayFactsFromTags({{"highway", "steps"}});
    EXPECT_EQ(steps.kind, WayKind::Steps);
    EXPECT_TRUE(steps.steps);
    const WayFacts signals = wayFactsFromTags(
        {{"highway", "footway"}, {"footway", "crossing"}, {"crossing", "traffic_signals"}});
    EXPECT_EQ(signals.kind, WayKind::Crossing);
    EXPECT_EQ(signals.crossing, Crossing::Signals);
    EXPECT_EQ(wayFactsFromTags({{"highway", "footway"}, {"footway", "crossing"}}).crossing,
              Crossing::Unmarked);
    EXPECT_EQ(wayFactsFromTags({{"highway", "footway"}, {"crossing", "zebra"}}).crossing,
              Crossing::Marked);
    EXPECT_TRUE(wayFactsFromTags({{"highway", "footway"}, {"bridge", "yes"}}).bridge);
    EXPECT_FALSE(wayFactsFromTags({{"highway", "footway"}, {"bridge", "no"}}).bridge);
    EXPECT_TRUE(wayFactsFromTags({{"highway", "service"}, {"access", "private"}}).footForbidden);
    EXPECT_FALSE(wayFactsFromTags({{"highway", "service"}, {"access", "private"}, {"foot", "yes"}})
                     .footForbidden);
    EXPECT_TRUE(wayFactsFromTags({{"highway", "path"}, {"foot", "no"}}).footForbidden);
    EXPECT_STREQ(toCode(WayKind::LivingStreet), "living_street");
}

// A fenced square compound pqrs, 100 m wide, with a street A-B straight through it
// (y = -50 m; the fence runs along x = 90 m and x = 190 m).
//
//          p         q
//
//   A-------------------------B
//
//          s         r
constexpr const char* kCompound = R"(
         p         q




 A-------------------------B




         s         r
)";

Fence fenceOf(const AsciiNetwork& net, std::vector<FenceGate> gates = {}) {
    return {77, {net.ring("pqrs"), {}}, std::move(gates)};
}

TEST(GraphBuilderFences, StreetThroughAFenceWithoutGateIsCut) {
    const AsciiNetwork plain(kCompound, 10.0);
    const AsciiNetwork net(kCompound, 10.0, {}, {fenceOf(plain)});
    const StreetGraph& g = net.graph();
    EXPECT_EQ(net.stats().fenceCuts, 2u);
    EXPECT_EQ(net.stats().gatePassages, 0u);
    EXPECT_EQ(g.edgeCount(), 3u);
    EXPECT_EQ(g.componentCount(), 3u);
    EXPECT_FALSE(connected(g, net.node('A'), net.node('B')));
    std::size_t inside = 0;
    for (std::uint32_t e = 0; e < g.edgeCount(); ++e) {
        if (g.facts(EdgeId(e)).compoundId == 77) {
            ++inside;
            EXPECT_NEAR(g.length(EdgeId(e)).value(), 100.0, 0.1);
        }
    }
    EXPECT_EQ(inside, 1u);
}

TEST(GraphBuilderFences, StreetPassesOnlyAtTheGate) {
    const AsciiNetwork plain(kCompound, 10.0);
    // A pedestrian gate on the west side, 2 m north of where the street crosses.
    const geo::LonLat gatePosition = plain.at(90.0, -48.0);
    const AsciiNetwork net(kCompound, 10.0, {},
                           {fenceOf(plain, {{501, gatePosition, project::GateKind::Pedestrian}})});
    const StreetGraph& g = net.graph();
    EXPECT_EQ(net.stats().gatePassages, 1u);
    EXPECT_EQ(net.stats().fenceCuts, 1u);
    EXPECT_EQ(g.componentCount(), 2u);
    EXPECT_FALSE(connected(g, net.node('A'), net.node('B')));

    // The passage: two nodes at the gate, a zero-length edge carrying the gate.
    EdgeId passage;
    for (std::uint32_t e = 0; e < g.edgeCount(); ++e)
        if (g.facts(EdgeId(e)).isGatePassage()) passage = EdgeId(e);
    ASSERT_TRUE(passage.isValid());
    EXPECT_EQ(g.facts(passage).gate->gateId, 501);
    EXPECT_EQ(g.facts(passage).gate->compoundId, 77);
    EXPECT_EQ(g.length(passage).value(), 0.0);
    EXPECT_EQ(g.lonLat(g.edgeFirst(passage)), gatePosition);
    EXPECT_EQ(g.lonLat(g.edgeSecond(passage)), gatePosition);
    EXPECT_TRUE(connected(g, net.node('A'), g.edgeFirst(passage)));
    // From A through the gate into the inside piece, which is cut off again at the east side.
    EdgeId inside;
    for (std::uint32_t e = 0; e < g.edgeCount(); ++e)
        if (g.facts(EdgeId(e)).compoundId == 77) inside = EdgeId(e);
    ASSERT_TRUE(inside.isValid());
    EXPECT_NEAR(g.length(inside).value(), 100.0, 0.5);
    EXPECT_TRUE(connected(g, net.node('A'), g.edgeFirst(inside)));
}

TEST(GraphBuilderFences, GateFartherThanToleranceDoesNotOpenTheFence) {
    const AsciiNetwork plain(kCompound, 10.0);
    const AsciiNetwork net(
        kCompound, 10.0, {},
        {fenceOf(plain, {{501, plain.at(90.0, -45.0), project::GateKind::Pedestrian}})});
    EXPECT_EQ(net.stats().gatePassages, 0u);
    EXPECT_EQ(net.stats().fenceCuts, 2u);
}

TEST(GraphBuilderFences, InternalPathsStayAndLeaveOnlyThroughGates) {
    // C and E lie on the fence, D inside; the only gate is at E.
    constexpr const char* kDrawing = R"(
         p         q




 A-------C----D----E-------B




         s         r
)";
    const AsciiNetwork plain(kDrawing, 10.0);
    const AsciiNetwork net(
        kDrawing, 10.0, {},
        {fenceOf(plain, {{9, plain.position('E'), project::GateKind::Pedestrian}})});
    const StreetGraph& g = net.graph();
    EXPECT_FALSE(connected(g, net.node('A'), net.node('D')));
    EXPECT_TRUE(connected(g, net.node('D'), net.node('B')));
    EXPECT_EQ(net.stats().gatePassages, 1u);
    EXPECT_EQ(net.stats().fenceCuts, 1u);
    std::size_t inside = 0;
    for (std::uint32_t e = 0; e < g.edgeCount(); ++e)
        if (g.facts(EdgeId(e)).compoundId == 77) ++inside;
    EXPECT_EQ(inside, 2u);  // C-D and D-E
}

TEST(GraphBuilderFences, WaysTouchingTheFenceFromOutsideAreNotCut) {
    // A way comes to the fence at C and turns back out: it never enters, so nothing is cut.
    const AsciiNetwork plain(kCompound, 10.0);
    GraphBuilder builder;
    builder.addWay(way({plain.at(10.0, -30.0), plain.at(90.0, -30.0), plain.at(10.0, -60.0)}));
    builder.addFence(fenceOf(plain));
    const StreetGraph g = builder.build();
    EXPECT_EQ(builder.stats().fenceCuts, 0u);
    EXPECT_EQ(g.componentCount(), 1u);
    EXPECT_EQ(g.edgeCount(), 2u);
}

TEST(GraphBuilderFences, BuildsFromAProject) {
    const AsciiNetwork plain(kCompound, 10.0);
    project::Project project;
    project::Street street;
    street.line = {plain.position('A'), plain.position('B')};
    street.highway = "residential";
    street.tags = {{"sidewalk", "both"}};
    project.addStreet(street);
    project::Compound compound;
    compound.outline = {plain.ring("pqrs"), {}};
    compound.fenced = true;
    const project::FeatureId compoundId = project.addCompound(compound);
    project::Gate gate;
    gate.position = plain.at(190.0, -50.0);
    gate.compoundId = compoundId;
    gate.kind = project::GateKind::Vehicle;
    const project::FeatureId gateId = project.addGate(gate);

    BuildStats stats;
    const StreetGraph g = buildFromProject(project, &stats);
    EXPECT_EQ(stats.gatePassages, 1u);
    EXPECT_EQ(stats.fenceCuts, 1u);
    bool found = false;
    for (std::uint32_t e = 0; e < g.edgeCount(); ++e) {
        const WayFacts& facts = g.facts(EdgeId(e));
        if (!facts.gate) {
            EXPECT_EQ(facts.kind, WayKind::Residential);
            continue;
        }
        found = true;
        EXPECT_EQ(facts.gate->gateId, gateId);
        EXPECT_EQ(facts.gate->kind, project::GateKind::Vehicle);
    }
    EXPECT_TRUE(found);

    // An unfenced compound does not cut anything.
    compound.id = compoundId;
    compound.fenced = false;
    project.updateCompound(compound);
    const StreetGraph open = buildFromProject(project, &stats);
    EXPECT_EQ(stats.fenceCuts, 0u);
    EXPECT_EQ(open.componentCount(), 1u);
}

}  // namespace
}  // namespace yike::network
