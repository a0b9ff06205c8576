// SPDX-License-Identifier: GPL-3.0-or-later
// yike-bench-proposals FILE.osm.pbf [SPACES] [EXACT_SECONDS]: conversion proposals on a real
// district with SPACES idle spaces (default 1000) made deterministically from its buildings
// (10-600 m², cost from area) and the first 30 catalogue categories: time and memory of the
// instance (walk analyses for three cohorts and the coverage matrix) and of the heuristic, and
// the heuristic's gap to CBC on the same instance and on the first 50, 100 and 300 spaces.
// EXACT_SECONDS 0 leaves out CBC and the smaller instances, so that the peak memory is not
// CBC's.
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "bench/bench_util.h"
#include "core/access/analysis_session.h"
#include "core/osm/osm_import.h"
#include "core/project/project.h"
#include "core/proposals/proposal.h"

namespace {

using namespace yike;

project::Project withIdleSpaces(const project::Project& source, std::size_t count) {
    project::Project p = source;
    const auto& buildings = source.buildings().items();
    const std::size_t step = std::max<std::size_t>(1, buildings.size() / count);
    std::vector<project::IdleSpace> spaces;
    for (std::size_t i = 0; i < buildings.size() && spaces.size() < count; i += step) {
        const geo::Ring& ring = buildings[i].outline.outer;
        geo::LonLat centre{0, 0};
        for (const geo::LonLat& v : ring) {
            centre.lon += v.lon / double(ring.size());
            centre.lat += v.lat / double(ring.size());
        }
        project::IdleSpace s;
        s.name = "space " + std::to_string(spaces.size() + 1);
        s.position = centre;
        s.floorAreaM2 = 10.0 + double((i * 7919u) % 591u);
        s.estimatedCostYuan = 20000.0 + 1800.0 * s.floorAreaM2;
        s.storey = 1 + int(i % 3);
        s.hasLift = i % 2 == 0;
        s.kind = project::IdleSpaceKind(i % 7);
        spaces.push_back(std::move(s));
    }
    p.addIdleSpaces(std::move(spaces));
    return p;
}

proposals::ProposalOptions benchOptions(const project::Project& p) {
    proposals::ProposalOptions o;
    for (const catalog::Category& c : p.catalog().categories()) {
        if (o.categories.size() == 30) break;
        o.categories.push_back(c.code);
    }
    o.budgetYuan = 5'000'000.0;
    return o;
}

void gapOn(const project::Project& district, std::size_t spaces, double exactSeconds) {
    const project::Project p = withIdleSpaces(district, spaces);
    access::AnalysisSession session(p);
    session.buildGraph();
    const auto options = benchOptions(p);
    std::optional<proposals::Instance> instance;
    const double build = bench::medianSeconds(1, [&] { instance = proposals::buildInstance(session, options); });
    const double instanceMemory = bench::peakRssMiB();
    proposals::Solution heuristic;
    const double solve = bench::medianSeconds(1, [&] { heuristic = proposals::solveHeuristic(*instance); });
    const std::string name = "proposals " + std::to_string(spaces) + " spaces";
    bench::printFigure(name + ": instance", build, "s", "walk analyses x3 + coverage matrix");
    bench::printFigure(name + ": heuristic", solve, "s", "target <= 2 s with the instance");
    bench::printFigure(name + ": peak memory", bench::peakRssMiB(), "MiB",
                       "with the instance built: " + std::to_string(int(instanceMemory)) + " MiB");
    std::printf("  %zu options, %zu demand elements, %zu spaces unusable, %zu chosen, objective %.0f\n",
                instance->options.size(), instance->elements.size(), instance->unusable.size(),
                heuristic.chosen.size(), heuristic.objective);
    if (exactSeconds <= 0.0) return;
    if (!proposals::exactSolverAvailable()) {
        std::printf("  exact: not built (coinor-libcbc-dev missing)\n");
        return;
    }
    const proposals::ExactResult exact = proposals::solveExact(*instance, &heuristic, exactSeconds);
    const double gapToBest = exact.solution.objective > 0
                                 ? (exact.solution.objective - heuristic.objective) / exact.solution.objective
                                 : 0.0;
    const double gapToBound = exact.bound > 0 ? (exact.bound - heuristic.objective) / exact.bound : 0.0;
    bench::printFigure(name + ": heuristic gap to CBC's best", 100.0 * gapToBest, "%",
                       exact.optimal ? "proved optimal" : "not proved within the limit");
    bench::printFigure(name + ": heuristic gap to CBC's bound", 100.0 * gapToBound, "%",
                       "target <= 1 %");
    std::printf("  %s: %.1f s, objective %.0f, bound %.0f\n", exact.solver.c_str(), exact.seconds,
                exact.solution.objective, exact.bound);
}

}  // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.osm.pbf [SPACES] [EXACT_SECONDS]\n", argv[0]);
        return 2;
    }
    const std::filesystem::path file = argv[1];
    if (!std::filesystem::exists(file)) {
        std::printf("skipped: %s is absent\n", file.string().c_str());
        return 0;
    }
    const std::size_t spaces = argc > 2 ? std::size_t(std::atoi(argv[2])) : 1000;
    const double exactSeconds = argc > 3 ? std::atof(argv[3]) : 120.0;
    project::Project district = project::Project::createDefault();
    osm::importOsm(file, district);
    std::printf("%s: %zu buildings, %zu compounds, %zu facilities, %zu streets\n",
                file.filename().c_str(), district.buildings().size(), district.compounds().size(),
                district.facilities().size(), district.streets().size());
    for (const std::size_t n : {std::size_t(50), std::size_t(100), std::size_t(300)})
        if (n < spaces && exactSeconds > 0.0) gapOn(district, n, exactSeconds);
    gapOn(district, spaces, exactSeconds);
    return 0;
}
