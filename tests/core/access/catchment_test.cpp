// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/catchment.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/difference.hpp>
#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/is_valid.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/io/wkt/write.hpp>
#include <boost/geometry/strategies/strategies.hpp>
#include <gtest/gtest.h>

#include "core/access/reach_search.h"
#include "core/geo/local_frame.h"
#include "core/network/graph_builder.h"
#include "core/network/snapping.h"
#include "core/osm/osm_import.h"
#include "core/project/project.h"
#include "tests/core/access/random_network.h"
#include "tests/support/ascii_network.h"
#include "tests/support/test_data.h"

namespace yike::access {
namespace {

namespace bg = boost::geometry;
using Point = bg::model::d2::point_xy<double>;
using Polygon = bg::model::polygon<Point, false>;
using Polygons = bg::model::multi_polygon<Polygon>;

using network::EdgeId;
using network::Meters;
using network::NodeId;
using network::Seconds;
using test::AsciiNetwork;

project::WalkProfile walkingAt(double speed) {
    project::WalkProfile p;
    p.speedMps = speed;
    p.stairsFactor = 2.0;
    p.crossingDelayS = 0.0;
    return p;
}

/// The polygons in the graph's local frame, closed, as Boost.Geometry wants them.
Polygons toLocal(const std::vector<geo::Polygon>& polygons, const geo::LocalFrame& frame) {
    auto ring = [&](const geo::Ring& r, auto& out) {
        for (const geo::LonLat& p : r) {
            const geo::LocalXY xy = frame.toLocal(p);
            out.push_back(Point(xy.x, xy.y));
        }
        if (!r.empty()) out.push_back(out.front());
    };
    Polygons result;
    for (const geo::Polygon& p : polygons) {
        Polygon q;
        ring(p.outer, q.outer());
        for (const geo::Ring& h : p.holes) {
            q.inners().emplace_back();
            ring(h, q.inners().back());
        }
        result.push_back(std::move(q));
    }
    return result;
}

std::string wkt(const Polygons& p) {
    std::ostringstream s;
    s << bg::wkt(p);
    return s.str();
}

Point localOf(const network::StreetGraph& g, geo::LonLat p) {
    const geo::LocalXY xy = g.frame().toLocal(p);
    return {xy.x, xy.y};
}

bool inside(const Polygons& area, const Point& p) { return bg::covered_by(p, area); }

/// A source `metres` from node `ends[0]` along the edge `ends`.
SearchSource along(const AsciiNetwork& net, const char* ends, double metres) {
    const EdgeId e = net.edge(ends);
    const auto& g = net.graph();
    const double offset =
        g.edgeFirst(e) == net.node(ends[0]) ? metres : g.length(e).value() - metres;
    return SearchSource::onEdge(e, Meters(offset));
}

/// Runs a search from `sources` with `budget` seconds and hands it to a builder.
CatchmentBuilder catchmentOf(const network::StreetGraph& g, const network::WalkCost& costs,
                             const std::vector<SearchSource>& sources, double budget,
                             CatchmentOptions options = {}) {
    ReachSearch search(g, costs);
    search.start(Seconds(budget));
    for (const SearchSource& s : sources) search.addSource(s);
    search.run();
    CatchmentBuilder builder(g, costs, options);
    builder.setReach(search, sources);
    return builder;
}

// A-B and B-C are 50 m; at 1 m/s seconds equal metres.
constexpr const char* kLine = R"(
    A----B----C
)";

TEST(CatchmentBuilder, CutsAPartialEdgeAtTheReachedDistance) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    const CatchmentBuilder builder =
        catchmentOf(net.graph(), costs, {SearchSource::atNode(net.node('A'))}, 900.0);

    const CatchmentReach r = builder.reach(Seconds(70.0));
    ASSERT_EQ(r.spans.size(), 2u);
    EXPECT_TRUE(r.loneNodes.empty());
    for (const ReachedSpan& s : r.spans) {
        if (s.edge == net.edge("AB")) {
            EXPECT_NEAR(s.endM - s.beginM, 50.0, 1e-3);
        } else {
            ASSERT_EQ(s.edge, net.edge("BC"));
            // 20 m beyond B, measured from B's end of the edge.
            const bool fromB = net.graph().edgeFirst(s.edge) == net.node('B');
            EXPECT_NEAR(fromB ? s.endM : 50.0 - s.beginM, 20.0, 1e-3);
            EXPECT_NEAR(s.endM - s.beginM, 20.0, 1e-3);
        }
    }
}

TEST(CatchmentBuilder, BuffersTheReachedStreetsByTheWalkOff) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    CatchmentOptions options;
    options.walkOff = Meters(10.0);
    options.method = CatchmentMethod::Exact;
    const CatchmentBuilder builder =
        catchmentOf(net.graph(), costs, {SearchSource::atNode(net.node('A'))}, 900.0, options);
    const std::vector<geo::Polygon> polygons = builder.build(Seconds(70.0));
    ASSERT_EQ(polygons.size(), 1u);
    EXPECT_TRUE(polygons[0].holes.empty());

    // A 70 m corridor 20 m wide with half discs at both ends; the discs are inscribed 24-gons.
    const double disc = 12.0 * 100.0 * std::sin(2.0 * M_PI / 24.0);
    EXPECT_NEAR(geo::polygonAreaM2(polygons[0], net.graph().frame()), 70.0 * 20.0 + disc, 1.0);

    const Polygons area = toLocal(polygons, net.graph().frame());
    const Point a = localOf(net.graph(), net.position('A'));
    EXPECT_TRUE(inside(area, Point(a.x() + 75.0, a.y()))) << wkt(area);
    EXPECT_TRUE(inside(area, Point(a.x() + 30.0, a.y() + 9.0)));
    EXPECT_FALSE(inside(area, Point(a.x() + 85.0, a.y())));
    EXPECT_FALSE(inside(area, Point(a.x() + 30.0, a.y() + 11.0)));
    EXPECT_FALSE(inside(area, Point(a.x() - 11.0, a.y())));
}

TEST(CatchmentBuilder, RasterKeepsWholeCellsWithinTheWalkOff) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    CatchmentOptions options;
    options.walkOff = Meters(10.0);
    options.method = CatchmentMethod::Raster;
    options.cellFraction = 0.25;  // 2.5 m cells
    const CatchmentBuilder builder =
        catchmentOf(net.graph(), costs, {SearchSource::atNode(net.node('A'))}, 900.0, options);
    const std::vector<geo::Polygon> polygons = builder.build(Seconds(70.0));
    ASSERT_EQ(polygons.size(), 1u);
    EXPECT_TRUE(polygons[0].holes.empty());

    // Between the buffers of 10 m - 1.55 cells and of 10 m.
    const double area = geo::polygonAreaM2(polygons[0], net.graph().frame());
    const double lo = 10.0 - 1.55 * 2.5;
    EXPECT_GT(area, 70.0 * 2.0 * lo + M_PI * lo * lo);
    EXPECT_LT(area, 70.0 * 20.0 + M_PI * 100.0);

    const Polygons local = toLocal(polygons, net.graph().frame());
    ASSERT_TRUE(bg::is_valid(local)) << wkt(local);
    const Point a = localOf(net.graph(), net.position('A'));
    EXPECT_TRUE(inside(local, Point(a.x() + 75.0, a.y()))) << wkt(local);
    EXPECT_TRUE(inside(local, Point(a.x() + 30.0, a.y() + 6.0)));
    EXPECT_TRUE(inside(local, Point(a.x() + 30.0, a.y() - 6.0)));
    EXPECT_TRUE(inside(local, Point(a.x() - 6.0, a.y())));
    EXPECT_FALSE(inside(local, Point(a.x() + 80.5, a.y())));
    EXPECT_FALSE(inside(local, Point(a.x() + 30.0, a.y() + 10.5)));
    EXPECT_FALSE(inside(local, Point(a.x() + 30.0, a.y() - 10.5)));
    EXPECT_FALSE(inside(local, Point(a.x() - 10.5, a.y())));
}

TEST(CatchmentBuilder, RasterFallsBackToTheExactBufferOnAnOversizedGrid) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    CatchmentOptions options;
    options.walkOff = Meters(10.0);
    options.method = CatchmentMethod::Raster;
    options.maxCells = 100;
    const CatchmentBuilder builder =
        catchmentOf(net.graph(), costs, {SearchSource::atNode(net.node('A'))}, 900.0, options);
    const std::vector<geo::Polygon> polygons = builder.build(Seconds(70.0));
    ASSERT_EQ(polygons.size(), 1u);
    const double disc = 12.0 * 100.0 * std::sin(2.0 * M_PI / 24.0);
    EXPECT_NEAR(geo::polygonAreaM2(polygons[0], net.graph().frame()), 70.0 * 20.0 + disc, 1.0);
}

TEST(CatchmentBuilder, RasterStaysValidWhereCellsMeetAtACorner) {
    // Two streets about 22 m apart diagonally: for some walk-offs their cells touch only at
    // corners, and the result must stay valid either way.
    constexpr const char* kDiagonal = R"(
    A-B
       
       C-D
)";
    const AsciiNetwork net(kDiagonal, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    for (const double fraction : {0.2, 0.25, 0.3, 0.35}) {
        for (double walkOff = 5.0; walkOff <= 15.0; walkOff += 0.25) {
            CatchmentOptions options;
            options.walkOff = Meters(walkOff);
            options.cellFraction = fraction;
            const CatchmentBuilder builder = catchmentOf(
                net.graph(), costs,
                {SearchSource::atNode(net.node('A')), SearchSource::atNode(net.node('D'))}, 900.0,
                options);
            const Polygons area = toLocal(builder.build(Seconds(100.0)), net.graph().frame());
            EXPECT_TRUE(bg::is_valid(area)) << fraction << ' ' << walkOff << ' ' << wkt(area);
            for (const char node : {'A', 'B', 'C', 'D'})
                EXPECT_TRUE(inside(area, localOf(net.graph(), net.position(node))));
        }
    }
}

TEST(CatchmentBuilder, ReachesBothWaysAroundASourceOnAnEdge) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    const CatchmentBuilder builder =
        catchmentOf(net.graph(), costs, {along(net, "AB", 30.0)}, 900.0);
    // 15 s reach 15 m either way: A (30 m away) and B (20 m away) stay out.
    const CatchmentReach r = builder.reach(Seconds(15.0));
    ASSERT_EQ(r.spans.size(), 1u);
    EXPECT_TRUE(r.loneNodes.empty());
    const double fromA0 =
        net.graph().edgeFirst(r.spans[0].edge) == net.node('A') ? r.spans[0].beginM
                                                                : 50.0 - r.spans[0].endM;
    EXPECT_NEAR(fromA0, 15.0, 1e-3);
    EXPECT_NEAR(r.spans[0].endM - r.spans[0].beginM, 30.0, 1e-3);

    // 25 s: B is reached (after 20 s) and walks 5 m on towards C.
    const CatchmentReach wider = builder.reach(Seconds(25.0));
    ASSERT_EQ(wider.spans.size(), 2u);
    for (const ReachedSpan& s : wider.spans)
        EXPECT_NEAR(s.endM - s.beginM, s.edge == net.edge("BC") ? 5.0 : 45.0, 1e-3);
}

TEST(CatchmentBuilder, ClosedStreetsLeaveACircleAroundTheSource) {
    network::WayFacts forbidden;
    forbidden.kind = network::WayKind::Footway;
    forbidden.footForbidden = true;
    const AsciiNetwork net(kLine, 10.0, {{"AB", forbidden}});
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    CatchmentOptions options;
    options.walkOff = Meters(10.0);
    options.method = CatchmentMethod::Exact;
    const CatchmentBuilder builder =
        catchmentOf(net.graph(), costs, {SearchSource::atNode(net.node('A'))}, 900.0, options);
    const CatchmentReach r = builder.reach(Seconds(300.0));
    ASSERT_EQ(r.loneNodes.size(), 1u);
    EXPECT_EQ(r.loneNodes[0], net.node('A'));
    const std::vector<geo::Polygon> polygons = builder.build(Seconds(300.0));
    ASSERT_EQ(polygons.size(), 1u);
    EXPECT_NEAR(geo::polygonAreaM2(polygons[0], net.graph().frame()),
                12.0 * 100.0 * std::sin(2.0 * M_PI / 24.0), 0.5);

    // The raster: a disc between radii 10 m - 1.55 cells and 10 m.
    options.method = CatchmentMethod::Raster;
    const CatchmentBuilder raster =
        catchmentOf(net.graph(), costs, {SearchSource::atNode(net.node('A'))}, 900.0, options);
    const std::vector<geo::Polygon> disc = raster.build(Seconds(300.0));
    ASSERT_EQ(disc.size(), 1u);
    EXPECT_TRUE(disc[0].holes.empty());
    const double area = geo::polygonAreaM2(disc[0], net.graph().frame());
    const double lo = 10.0 - 1.55 * 2.5;
    EXPECT_GT(area, M_PI * lo * lo);
    EXPECT_LT(area, M_PI * 100.0);
    EXPECT_TRUE(inside(toLocal(disc, net.graph().frame()),
                       localOf(net.graph(), net.position('A'))));
}

// A block of 220 m by 40 m inside a loop of streets 240 m by 60 m.
constexpr const char* kBlock = R"(
    A-----------B
    |           |
    |           |
    D-----------C
)";

TEST(CatchmentBuilder, KeepsTheHoleOfAnEnclosedBlock) {
    const AsciiNetwork net(kBlock, 20.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    for (const CatchmentMethod method : {CatchmentMethod::Exact, CatchmentMethod::Raster}) {
        SCOPED_TRACE(method == CatchmentMethod::Exact ? "exact" : "raster");
        CatchmentOptions options;
        options.walkOff = Meters(10.0);
        options.method = method;
        const CatchmentBuilder builder = catchmentOf(
            net.graph(), costs, {SearchSource::atNode(net.node('A'))}, 900.0, options);
        const std::vector<geo::Polygon> polygons = builder.build(Seconds(900.0));
        ASSERT_EQ(polygons.size(), 1u);
        ASSERT_EQ(polygons[0].holes.size(), 1u);
        const double hole = geo::ringAreaM2(polygons[0].holes[0], net.graph().frame());
        if (method == CatchmentMethod::Exact) {
            EXPECT_NEAR(hole, 220.0 * 40.0, 1.0);
        } else {
            // All beyond 10 m of the streets, and none within 10 m - 1.55 cells of 2.5 m.
            const double lo = 10.0 - 1.55 * 2.5;
            EXPECT_GT(hole, 220.0 * 40.0 - 1e-6);
            EXPECT_LT(hole, (240.0 - 2.0 * lo) * (60.0 - 2.0 * lo));
            EXPECT_TRUE(bg::is_valid(toLocal(polygons, net.graph().frame())));
        }
        // Not yet round the block: A walks 150 s each way, 300 m of the 600 m loop, no hole.
        const std::vector<geo::Polygon> part = builder.build(Seconds(150.0));
        ASSERT_EQ(part.size(), 1u);
        EXPECT_TRUE(part[0].holes.empty());
    }
}

TEST(CatchmentBuilder, PartialSpansAtTheBudgetEqualThoseOfTheSearch) {
    const std::uint64_t seed = test::testSeed();
    for (std::uint64_t round = 0; round < 20; ++round) {
        SCOPED_TRACE(::testing::Message() << "seed " << seed << " round " << round);
        std::mt19937_64 rng(seed + 7 * round);
        const network::StreetGraph g = test::randomNetwork(rng, 120 + 5 * round);
        const network::WalkCost costs(g, test::randomProfile(rng));
        std::vector<SearchSource> sources;
        for (int s = 0; s < 3; ++s) sources.push_back(test::randomSource(rng, g));
        const float budget = std::uniform_real_distribution<float>(60.0f, 600.0f)(rng);
        ReachSearch search(g, costs);
        search.start(Seconds(budget));
        for (const SearchSource& s : sources) search.addSource(s);
        search.run();
        CatchmentBuilder builder(g, costs);
        builder.setReach(search, sources);

        std::vector<ReachedSpan> mine;
        for (const ReachedSpan& s : builder.reach(Seconds(budget)).spans)
            if (!(s.beginM <= 0.0f && s.endM >= float(g.length(s.edge).value())))
                mine.push_back(s);
        const std::vector<ReachedSpan> theirs = search.partialEdges();
        ASSERT_EQ(mine.size(), theirs.size());
        for (std::size_t i = 0; i < mine.size(); ++i) {
            EXPECT_EQ(mine[i].edge, theirs[i].edge);
            EXPECT_NEAR(mine[i].beginM, theirs[i].beginM, 1e-3);
            EXPECT_NEAR(mine[i].endM, theirs[i].endM, 1e-3);
        }
    }
}

/// Network seconds to the point `m` metres along `edge`, from brute-force node times and the
/// sources on the edge (independent of the builder).
double timeAlong(const network::StreetGraph& g, const network::WalkCost& costs,
                 const std::vector<float>& nodeSeconds, const std::vector<SearchSource>& sources,
                 EdgeId edge, double m) {
    const double length = g.length(edge).value();
    const double forward = costs.seconds(g.edgeArc(edge, true)).value();
    const double backward = costs.seconds(g.edgeArc(edge, false)).value();
    const double f = length > 0.0 ? std::clamp(m / length, 0.0, 1.0) : 0.0;
    auto part = [](double fraction, double arc) { return fraction > 0.0 ? fraction * arc : 0.0; };
    double t = std::min(double(nodeSeconds[g.edgeFirst(edge).value()]) + part(f, forward),
                        double(nodeSeconds[g.edgeSecond(edge).value()]) + part(1.0 - f, backward));
    for (const SearchSource& s : sources) {
        if (!s.isOnEdge() || s.edge() != edge) continue;
        const double o = length > 0.0 ? std::clamp(s.offset().value() / length, 0.0, 1.0) : 0.0;
        // Spans hold float offsets: within 1 mm of the source is the source (time 0), even on
        // an edge closed both ways.
        if (std::abs(f - o) * length <= 1e-3) return 0.0;
        t = std::min(t, f >= o ? part(f - o, forward) : part(o - f, backward));
    }
    return t;
}

/// The nearest point to `p` on the span, as (straight distance, metres along the edge).
std::pair<double, double> nearestOnSpan(const network::StreetGraph& g, const ReachedSpan& span,
                                        const Point& p) {
    const auto geometry = g.geometry(span.edge);
    std::pair<double, double> best{std::numeric_limits<double>::infinity(), 0.0};
    double start = 0.0;
    for (std::size_t i = 0; i + 1 < geometry.size(); ++i) {
        const double segment = network::segmentLengthM(geometry[i], geometry[i + 1]);
        const double lo = std::clamp(double(span.beginM) - start, 0.0, segment);
        const double hi = std::clamp(double(span.endM) - start, 0.0, segment);
        const bool overlaps =
            double(span.endM) >= start && double(span.beginM) <= start + segment;
        if (overlaps) {
            const Point a = localOf(g, geometry[i]);
            const Point b = localOf(g, geometry[i + 1]);
            const double dx = b.x() - a.x();
            const double dy = b.y() - a.y();
            const double len2 = dx * dx + dy * dy;
            double f = len2 > 0.0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0.0;
            const double fLo = segment > 0.0 ? lo / segment : 0.0;
            const double fHi = segment > 0.0 ? hi / segment : 0.0;
            f = std::clamp(f, fLo, fHi);
            const double d = std::hypot(a.x() + f * dx - p.x(), a.y() + f * dy - p.y());
            if (d < best.first) best = {d, start + f * segment};
        }
        start += segment;
    }
    return best;
}

TEST(CatchmentBuilder, NoPointInsideIsFartherThanThresholdPlusWalkOff) {
    const std::uint64_t seed = test::testSeed();
    for (std::uint64_t round = 0; round < 16; ++round) {
        const CatchmentMethod method =
            round % 2 == 0 ? CatchmentMethod::Raster : CatchmentMethod::Exact;
        SCOPED_TRACE(::testing::Message() << "seed " << seed << " round " << round << " method "
                                          << (method == CatchmentMethod::Exact ? "exact"
                                                                               : "raster"));
        std::mt19937_64 rng(seed + 31 * (round / 2));
        const network::StreetGraph g = test::randomNetwork(rng, 150, 800.0);
        const network::WalkCost costs(g, test::randomProfile(rng));
        const double speed = costs.profile().speedMps;
        std::vector<SearchSource> sources;
        for (int s = std::uniform_int_distribution<int>(1, 3)(rng); s > 0; --s)
            sources.push_back(test::randomSource(rng, g));
        CatchmentOptions options;
        options.walkOff = Meters(std::uniform_real_distribution<double>(10.0, 60.0)(rng));
        options.method = method;
        if (method == CatchmentMethod::Raster)
            options.cellFraction = std::uniform_real_distribution<double>(0.05, 0.35)(rng);
        const CatchmentBuilder builder = catchmentOf(g, costs, sources, 600.0, options);
        const std::vector<float> reference = test::referenceTimes(
            g, costs, sources, std::numeric_limits<float>::infinity());

        for (const double threshold : {150.0, 300.0, 600.0}) {
            SCOPED_TRACE(::testing::Message() << "threshold " << threshold);
            const CatchmentReach pieces = builder.reach(Seconds(threshold));
            const Polygons area = toLocal(builder.build(Seconds(threshold)), g.frame());
            ASSERT_TRUE(bg::is_valid(area)) << wkt(area);

            // Every reached node lies inside.
            for (std::uint32_t v = 0; v < g.nodeCount(); ++v) {
                if (reference[v] <= float(threshold)) {
                    EXPECT_TRUE(inside(area, localOf(g, g.lonLat(NodeId(v))))) << "node " << v;
                }
            }
            if (area.empty()) continue;

            bg::model::box<Point> box;
            bg::envelope(area, box);
            std::uniform_real_distribution<double> x(box.min_corner().x(), box.max_corner().x());
            std::uniform_real_distribution<double> y(box.min_corner().y(), box.max_corner().y());
            int checked = 0;
            for (int attempt = 0; attempt < 2000 && checked < 150; ++attempt) {
                const Point p(x(rng), y(rng));
                if (!inside(area, p)) continue;
                ++checked;
                double bestDistance = std::numeric_limits<double>::infinity();
                double bestTime = 0.0;
                for (const ReachedSpan& span : pieces.spans) {
                    const auto [d, m] = nearestOnSpan(g, span, p);
                    if (d < bestDistance) {
                        bestDistance = d;
                        bestTime = timeAlong(g, costs, reference, sources, span.edge, m);
                    }
                }
                for (const NodeId node : pieces.loneNodes) {
                    const Point q = localOf(g, g.lonLat(node));
                    const double d = std::hypot(q.x() - p.x(), q.y() - p.y());
                    if (d < bestDistance) {
                        bestDistance = d;
                        bestTime = reference[node.value()];
                    }
                }
                // In metres walked at the profile speed, 1 cm of tolerance.
                EXPECT_LE(bestTime * speed + bestDistance,
                          threshold * speed + options.walkOff.value() + 0.01)
                    << "point " << p.x() << ' ' << p.y() << " time " << bestTime
                    << " distance " << bestDistance;
            }
        }
    }
}

TEST(CatchmentBuilder, StopsWhenCancelledAndReportsProgress) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    const CatchmentBuilder builder =
        catchmentOf(net.graph(), costs, {SearchSource::atNode(net.node('A'))}, 900.0);
    const std::vector<Seconds> thresholds{Seconds(20.0), Seconds(60.0), Seconds(90.0)};

    std::vector<double> fractions;
    RunControl control;
    control.progress = [&](double f) { fractions.push_back(f); };
    const CatchmentResult all = builder.build(thresholds, control);
    EXPECT_TRUE(all.complete);
    ASSERT_EQ(all.catchments.size(), 3u);
    for (const Catchment& c : all.catchments) EXPECT_FALSE(c.polygons.empty());
    ASSERT_FALSE(fractions.empty());
    EXPECT_DOUBLE_EQ(fractions.back(), 1.0);

    std::atomic<bool> cancel{true};
    RunControl cancelled;
    cancelled.cancel = &cancel;
    const CatchmentResult none = builder.build(thresholds, cancelled);
    EXPECT_FALSE(none.complete);
    ASSERT_EQ(none.catchments.size(), 3u);
    for (const Catchment& c : none.catchments) EXPECT_TRUE(c.polygons.empty());
}

TEST(CatchmentBuilder, NanjingCatchmentsAreValidAndNested) {
    const auto file = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(file);
    project::Project project;
    osm::importOsm(file, project);
    const network::StreetGraph g = network::buildFromProject(project);
    ASSERT_GT(g.nodeCount(), 100u);
    ASSERT_FALSE(project.facilities().items().empty());
    const network::WalkCost costs(g, walkingAt(1.2));

    network::SnapOptions snapOptions;
    snapOptions.minComponentNodes = 50;
    const network::EdgeSnapper snapper(g, snapOptions);
    std::vector<SearchSource> sources;
    for (const project::Facility& f : project.facilities().items()) {
        const network::SnapResult snapped = snapper.snap(f.position, Meters(100.0));
        if (snapped.isSnapped()) {
            sources.push_back(SearchSource::at(snapped.position));
            break;
        }
    }
    ASSERT_EQ(sources.size(), 1u);
    const CatchmentBuilder builder = catchmentOf(g, costs, sources, 900.0);
    const std::vector<Seconds> thresholds{Seconds(300.0), Seconds(600.0), Seconds(900.0)};
    const CatchmentResult result = builder.build(thresholds);
    ASSERT_TRUE(result.complete);

    std::vector<Polygons> areas;
    for (const Catchment& c : result.catchments) {
        areas.push_back(toLocal(c.polygons, g.frame()));
        EXPECT_FALSE(areas.back().empty());
        EXPECT_TRUE(bg::is_valid(areas.back())) << "threshold " << c.threshold.value();
    }
    // 15 minutes at 1.2 m/s is 1080 m of street: the catchment spans several blocks.
    EXPECT_GT(bg::area(areas.back()), 2e5);
    for (std::size_t i = 0; i + 1 < areas.size(); ++i) {
        Polygons outside;
        bg::difference(areas[i], areas[i + 1], outside);
        // Circles are inscribed polygons whose vertices fall at different angles for different
        // cut points, so a sliver of well under a metre may stick out.
        EXPECT_LE(bg::area(outside), 1e-3 * bg::area(areas[i])) << "threshold index " << i;
        EXPECT_LT(bg::area(areas[i]), bg::area(areas[i + 1]));
    }
}

}  // namespace
}  // namespace yike::access
