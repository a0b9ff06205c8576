// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "core/access/reach_search.h"
#include "core/geo/local_frame.h"
#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "core/network/walk_cost.h"

/// Random street networks and a brute-force reference search for the access tests.
namespace yike::test {

/// Random points in a square of `sizeM`, each joined to a few of its nearest neighbours, some
/// ways bent, with random facts: steps, signalised crossings, vehicle gates, forbidden ways.
/// Parallel edges, dead ends and small islands all occur.
inline network::StreetGraph randomNetwork(std::mt19937_64& rng, std::size_t nodeCount,
                                          double sizeM = 1000.0) {
    const geo::LocalFrame frame({121.47, 31.23});
    std::uniform_real_distribution<double> coordinate(0.0, sizeM);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> neighbours(1, 3);
    std::vector<geo::LocalXY> points(nodeCount);
    for (auto& p : points) p = {coordinate(rng), coordinate(rng)};

    network::GraphBuilder builder;
    for (std::size_t i = 0; i < nodeCount; ++i) {
        std::vector<std::pair<double, std::size_t>> byDistance;
        for (std::size_t j = 0; j < nodeCount; ++j)
            if (j != i)
                byDistance.emplace_back(
                    std::hypot(points[i].x - points[j].x, points[i].y - points[j].y), j);
        const auto k = std::min<std::size_t>(std::size_t(neighbours(rng)), byDistance.size());
        std::partial_sort(byDistance.begin(), byDistance.begin() + long(k), byDistance.end());
        for (std::size_t n = 0; n < k; ++n) {
            const geo::LocalXY a = points[i];
            const geo::LocalXY b = points[byDistance[n].second];
            network::Way way;
            way.points.push_back(frame.toLonLat(a));
            if (unit(rng) < 0.3)
                way.points.push_back(frame.toLonLat({(a.x + b.x) / 2 + 20 * (unit(rng) - 0.5),
                                                     (a.y + b.y) / 2 + 20 * (unit(rng) - 0.5)}));
            way.points.push_back(frame.toLonLat(b));
            const double r = unit(rng);
            way.facts.kind = network::WayKind::Footway;
            if (r < 0.15) {
                way.facts.kind = network::WayKind::Steps;
                way.facts.steps = true;
            } else if (r < 0.25) {
                way.facts.kind = network::WayKind::Crossing;
                way.facts.crossing = network::Crossing::Signals;
            } else if (r < 0.30) {
                way.facts.gate =
                    network::GatePassage{std::int64_t(i), 1, project::GateKind::Vehicle};
            } else if (r < 0.32) {
                way.facts.footForbidden = true;
            }
            builder.addWay(std::move(way));
        }
    }
    return builder.build();
}

/// A square grid of side x side nodes, `spacingM` apart, all footways: one big component.
inline network::StreetGraph gridNetwork(std::size_t side, double spacingM) {
    const geo::LocalFrame frame({121.47, 31.23});
    network::GraphBuilder builder;
    auto at = [&](std::size_t i, std::size_t j) {
        return frame.toLonLat({double(i) * spacingM, double(j) * spacingM});
    };
    for (std::size_t i = 0; i < side; ++i) {
        for (std::size_t j = 0; j < side; ++j) {
            if (i + 1 < side) builder.addWay({{at(i, j), at(i + 1, j)}, {}, 0});
            if (j + 1 < side) builder.addWay({{at(i, j), at(i, j + 1)}, {}, 0});
        }
    }
    return builder.build();
}

inline project::WalkProfile randomProfile(std::mt19937_64& rng) {
    std::uniform_real_distribution<double> speed(0.8, 1.5);
    std::bernoulli_distribution coin(0.5);
    project::WalkProfile p;
    p.code = "random";
    p.speedMps = speed(rng);
    p.stairsFactor = 2.0;
    p.crossingDelayS = 30.0;
    p.vehicleGatesPassable = coin(rng);
    return p;
}

/// A random source: a node, or a position on an edge (sometimes exactly at an end).
inline access::SearchSource randomSource(std::mt19937_64& rng, const network::StreetGraph& g) {
    std::uniform_int_distribution<std::uint32_t> node(0, std::uint32_t(g.nodeCount() - 1));
    std::uniform_int_distribution<std::uint32_t> edge(0, std::uint32_t(g.edgeCount() - 1));
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double r = unit(rng);
    if (r < 0.3) return access::SearchSource::atNode(network::NodeId(node(rng)));
    const network::EdgeId e(edge(rng));
    const double length = g.length(e).value();
    const double offset = r < 0.35 ? 0.0 : r < 0.4 ? length : unit(rng) * length;
    return access::SearchSource::onEdge(e, network::Meters(offset));
}

/// Brute force: relax every arc until nothing changes (Bellman-Ford), from the same seeds.
/// Times are float sums in path order, as the searches compute them, so results match exactly.
inline std::vector<float> referenceTimes(const network::StreetGraph& g,
                                         const network::WalkCost& costs,
                                         const std::vector<access::SearchSource>& sources,
                                         float budget) {
    constexpr float kInf = std::numeric_limits<float>::infinity();
    std::vector<float> d(g.nodeCount(), kInf);
    for (const access::SearchSource& s : sources) {
        const access::SourceSeeds seeds = access::sourceSeeds(g, costs, s);
        for (std::size_t i = 0; i < seeds.count; ++i) {
            const std::uint32_t v = seeds.seeds[i].node.value();
            d[v] = std::min(d[v], seeds.seeds[i].seconds);
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (std::uint32_t u = 0; u < g.nodeCount(); ++u) {
            if (d[u] == kInf) continue;
            for (const network::ArcId arc : g.arcs(network::NodeId(u))) {
                const float nd = d[u] + costs.arcSeconds()[arc.value()];
                const std::uint32_t w = g.arcHead(arc).value();
                if (nd < d[w]) {
                    d[w] = nd;
                    changed = true;
                }
            }
        }
    }
    for (float& t : d)
        if (!(t <= budget)) t = kInf;
    return d;
}

}  // namespace yike::test
