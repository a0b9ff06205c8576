// SPDX-License-Identifier: GPL-3.0-or-later
// yike-bench-search FILE.osm.pbf [--export DIR]
// The engine workload of the benchmarks: 20 categories x 25 facilities at fixed seeded
// positions on the largest network component, 15 minutes at 1.2 m/s (1,080 m). Prints the
// time of each step; with --export, writes the graph, the sources and our times so that
// bench/compare.py can run the same workload through networkx and igraph.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "core/access/catchment.h"
#include "core/access/coverage.h"
#include "core/access/nearest_times.h"
#include "core/access/reach_search.h"
#include "core/access/reach_sets.h"
#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "core/network/walk_cost.h"
#include "core/osm/osm_import.h"
#include "core/project/project.h"

namespace {

using namespace yike;

constexpr std::size_t kCategories = 20;
constexpr std::size_t kPerCategory = 25;
constexpr double kBudgetS = 900.0;  // 15 min; at 1.2 m/s that is 1,080 m

/// splitmix64: a fixed, portable sequence, so every run uses the same positions.
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

/// Random positions on edges of the largest component (component 0).
std::vector<access::SearchSource> seededSources(const network::StreetGraph& graph,
                                                std::size_t count, Rng& rng) {
    std::vector<network::EdgeId> edges;
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e) {
        const network::EdgeId edge(e);
        if (graph.component(graph.edgeFirst(edge)) == 0 && graph.length(edge).value() > 0.0)
            edges.push_back(edge);
    }
    std::vector<access::SearchSource> sources;
    for (std::size_t i = 0; i < count; ++i) {
        const network::EdgeId edge = edges[rng.below(edges.size())];
        sources.push_back(access::SearchSource::onEdge(
            edge, network::Meters(rng.unit() * graph.length(edge).value())));
    }
    return sources;
}

void exportWorkload(const std::filesystem::path& dir, const network::StreetGraph& graph,
                    const network::WalkCost& costs,
                    const std::vector<std::vector<access::SearchSource>>& byCategory,
                    const access::NearestTimes& times, double speed, double ourSeconds) {
    std::filesystem::create_directories(dir);
    std::ofstream arcs(dir / "arcs.csv");
    arcs << "tail,head,seconds\n";
    arcs.precision(9);
    for (std::uint32_t u = 0; u < graph.nodeCount(); ++u)
        for (network::ArcId arc : graph.arcs(network::NodeId(u))) {
            const double s = costs.seconds(arc).value();
            if (std::isfinite(s)) arcs << u << ',' << graph.arcHead(arc).value() << ',' << s << '\n';
        }
    std::ofstream seeds(dir / "sources.csv");
    seeds << "category,node,seconds\n";
    seeds.precision(9);
    for (std::size_t c = 0; c < byCategory.size(); ++c)
        for (const access::SearchSource& s : byCategory[c]) {
            const access::SourceSeeds ss = access::sourceSeeds(graph, costs, s);
            for (std::size_t i = 0; i < ss.count; ++i)
                seeds << c << ',' << ss.seeds[i].node.value() << ',' << ss.seeds[i].seconds << '\n';
        }
    std::ofstream ours(dir / "ours.csv");
    ours << "category,node,seconds\n";
    ours.precision(9);
    for (std::size_t c = 0; c < times.categoryCount(); ++c) {
        const auto seconds = times.seconds(c);
        for (std::size_t n = 0; n < seconds.size(); ++n)
            if (std::isfinite(seconds[n])) ours << c << ',' << n << ',' << seconds[n] << '\n';
    }
    std::ofstream meta(dir / "workload.txt");
    meta << "budget_s " << kBudgetS << "\nspeed_m_per_s " << speed << "\nnodes " << graph.nodeCount()
         << "\nours_seconds " << ourSeconds << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2 && !(argc == 4 && std::string(argv[2]) == "--export")) {
        std::fprintf(stderr, "usage: %s FILE.osm.pbf [--export DIR]\n", argv[0]);
        return 2;
    }
    const std::filesystem::path file = argv[1];
    if (!std::filesystem::exists(file)) {
        std::printf("skipped: %s is absent\n", file.string().c_str());
        return 0;
    }
    const std::string name = file.filename().string();
    std::printf("== %s\n", name.c_str());

    project::Project project;
    network::StreetGraph graph;
    const double toGraph = bench::medianSeconds(3, [&] {
        project = project::Project::createDefault();
        osm::importOsm(file, project);
        graph = network::buildFromProject(project);
    });
    bench::printFigure("OSM file to routable graph (median of 3)", toGraph, "s", "target <= 2 s");
    std::printf("  graph: %zu nodes, %zu edges, %zu components (largest %zu nodes)\n",
                graph.nodeCount(), graph.edgeCount(), graph.componentCount(),
                graph.componentSize(0));

    const project::WalkProfile& adult = *project.walkProfile("adult");
    const network::WalkCost costs(graph, adult);
    Rng rng{20261123};
    std::vector<std::vector<access::SearchSource>> byCategory;
    std::vector<access::SearchSource> all;
    for (std::size_t c = 0; c < kCategories; ++c) {
        byCategory.push_back(seededSources(graph, kPerCategory, rng));
        all.insert(all.end(), byCategory.back().begin(), byCategory.back().end());
    }
    const network::Seconds budget(kBudgetS);

    double ourNearest = 0.0;
    for (unsigned threads : {1u, 0u}) {
        access::RunControl control;
        control.threads = threads;
        const double t = bench::medianSeconds(7, [&] {
            access::NearestTimes times(graph, costs, byCategory, budget, control);
        });
        bench::printFigure(std::string("nearest-facility times, 20 categories, ")
                               + (threads == 1 ? "1 thread" : "all cores"),
                           t, "s", "target <= 0.05 s");
        ourNearest = t;
    }
    {
        const double t = bench::medianSeconds(7, [&] {
            access::reachSets(graph, costs, all, budget, {}, access::ReachSetOptions{false});
        });
        bench::printFigure("500 reach sets (nodes)", t, "s", "target <= 0.05 s");
    }
    access::ReachSetsResult sets;
    {
        const double t = bench::medianSeconds(7, [&] {
            sets = access::reachSets(graph, costs, all, budget);
        });
        bench::printFigure("500 reach sets (nodes and partial edges)", t, "s");
    }
    {
        std::size_t rings = 0;
        const double t = bench::medianSeconds(1, [&] {
            access::CatchmentBuilder builder(graph, costs);
            for (std::size_t i = 0; i < all.size(); ++i) {
                builder.setReach(sets.sets[i].nodes, std::span(&all[i], 1));
                rings += builder.build(budget).size();
            }
        });
        bench::printFigure("500 catchment polygons, 15 min", t, "s", "target <= 1.5 s");
        std::printf("  %zu polygons\n", rings);
    }
    access::NearestTimes times(graph, costs, byCategory, budget);
    {
        std::vector<double> ms;
        for (int i = 0; i < 200; ++i) {
            const std::size_t c = rng.below(kCategories);
            const std::size_t index = rng.below(kPerCategory);
            const access::SearchSource to = seededSources(graph, 1, rng).front();
            ms.push_back(1000.0 * bench::medianSeconds(1, [&] { times.moveSource(c, index, to); }));
        }
        std::sort(ms.begin(), ms.end());
        bench::printFigure("move one facility: update times (median of 200)", ms[ms.size() / 2],
                           "ms", "target <= 5 ms");
        bench::printFigure("move one facility: update times (worst of 200)", ms.back(), "ms");
    }
    if (!project.facilities().items().empty()) {
        access::CoverageAnalysis coverage(project, graph, adult);
        const double full = bench::medianSeconds(1, [&] { coverage.run(); });
        bench::printFigure("coverage of the imported facilities, full run", full, "s");
        std::printf("  %zu facilities, %zu compounds, %zu home buildings timed\n",
                    project.facilities().size(), project.compounds().size(),
                    coverage.result().buildings.size());
        std::vector<double> ms;
        const auto& facilities = project.facilities().items();
        for (int i = 0; i < 100; ++i) {
            project::Facility moved = facilities[rng.below(facilities.size())];
            moved.position.lon += (rng.unit() - 0.5) * 0.004;
            moved.position.lat += (rng.unit() - 0.5) * 0.004;
            ms.push_back(1000.0 * bench::medianSeconds(1, [&] { coverage.updateFacility(moved); }));
        }
        std::sort(ms.begin(), ms.end());
        bench::printFigure("move one facility: update times and coverage (median of 100)",
                           ms[ms.size() / 2], "ms", "target <= 5 ms");
        bench::printFigure("move one facility: update times and coverage (worst of 100)",
                           ms.back(), "ms");
    }
    if (argc == 4) {
        access::NearestTimes fresh(graph, costs, byCategory, budget);
        exportWorkload(argv[3], graph, costs, byCategory, fresh, adult.speedMps, ourNearest);
        std::printf("  workload written to %s\n", argv[3]);
    }
    return 0;
}
