// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/synthetic_city.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <stdexcept>
#include <vector>

#include <gtest/gtest.h>

#include "core/access/coverage.h"
#include "core/geo/local_frame.h"
#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "core/project/features.h"
#include "core/project/project.h"
#include "core/project/project_file.h"
#include "tests/support/test_data.h"

namespace yike::sample {
namespace {

using geo::LocalXY;
using project::Project;

constexpr double kSmallScale = 0.01;  // 30 compounds, 3,000 homes, 200 facilities

const Project& smallCity() {
    static const Project p = generateSyntheticCity({.scale = kSmallScale});
    return p;
}

double distanceToSegment(LocalXY p, LocalXY a, LocalXY b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

TEST(SyntheticCity, SameSeedSameCity) {
    const Project again = generateSyntheticCity({.scale = kSmallScale});
    EXPECT_TRUE(again.sameContent(smallCity()));
    const Project other = generateSyntheticCity({.seed = 7, .scale = kSmallScale});
    EXPECT_FALSE(other.sameContent(smallCity()));
}

TEST(SyntheticCity, FullScaleCounts) {
    const SyntheticCityCounts full = syntheticCityCounts(1.0);
    EXPECT_EQ(full.compounds, 3000u);
    EXPECT_EQ(full.compounds * full.homesPerCompound, 300000u);
    EXPECT_EQ(full.facilities, 20000u);
    EXPECT_GE(full.gridColumns * full.gridRows, full.compounds + full.compounds / 12);
    EXPECT_THROW(syntheticCityCounts(0.0), std::invalid_argument);
    EXPECT_THROW(syntheticCityCounts(-1.0), std::invalid_argument);
    EXPECT_THROW(syntheticCityCounts(kMaxCityScale * 2), std::invalid_argument);
}

TEST(SyntheticCity, CountsFollowTheScale) {
    for (const double scale : {0.004, kSmallScale}) {
        SCOPED_TRACE(scale);
        const Project p =
            scale == kSmallScale ? smallCity() : generateSyntheticCity({.scale = scale});
        const auto compounds = static_cast<std::size_t>(std::llround(3000 * scale));
        EXPECT_EQ(p.compounds().size(), compounds);
        EXPECT_EQ(p.buildings().size(), 100 * compounds);
        EXPECT_EQ(p.facilities().size(), static_cast<std::size_t>(std::llround(20000 * scale)));
        // About a million nodes at full scale: the same per compound at any scale.
        const network::StreetGraph graph = network::buildFromProject(p);
        const double nodesAtFullScale = static_cast<double>(graph.nodeCount()) / scale;
        EXPECT_GT(nodesAtFullScale, 900'000.0);
        EXPECT_LT(nodesAtFullScale, 1'150'000.0);
    }
}

TEST(SyntheticCity, EveryCompoundHasGatesOnItsFence) {
    const Project& p = smallCity();
    const geo::LocalFrame frame(p.studyArea()->outer.front());
    std::map<project::FeatureId, int> gates;
    for (const project::Gate& g : p.gates().items()) {
        const project::Compound* c = p.compounds().find(g.compoundId);
        ASSERT_NE(c, nullptr);
        ++gates[c->id];
        const LocalXY at = frame.toLocal(g.position);
        double best = INFINITY;
        const geo::Ring& ring = c->outline.outer;
        for (std::size_t i = 0; i < ring.size(); ++i)
            best = std::min(best, distanceToSegment(at, frame.toLocal(ring[i]),
                                                    frame.toLocal(ring[(i + 1) % ring.size()])));
        EXPECT_LT(best, 0.01) << g.name;
    }
    for (const project::Compound& c : p.compounds().items()) {
        EXPECT_TRUE(c.fenced);
        EXPECT_GE(gates[c.id], 1) << c.name;
        EXPECT_LE(gates[c.id], 4) << c.name;
        EXPECT_GT(c.population, 0);
        EXPECT_GT(c.residents60Plus, 0);
        EXPECT_GT(c.children0To14, 0);
    }
}

TEST(SyntheticCity, HomesAndFacilitiesReachEachOther) {
    const Project& p = smallCity();
    network::BuildStats stats;
    const network::StreetGraph graph = network::buildFromProject(p, &stats);
    EXPECT_EQ(graph.componentCount(), 1u);
    EXPECT_EQ(stats.gatePassages, p.gates().size());
    EXPECT_EQ(stats.fenceCuts, 0u);

    access::CoverageAnalysis analysis(p, graph, *p.walkProfile("adult"));
    ASSERT_TRUE(analysis.run());
    const access::CoverageResult& result = analysis.result();
    EXPECT_TRUE(result.unsnapped.empty());
    ASSERT_EQ(result.buildings.size(), p.buildings().size());
    const auto store = std::find_if(result.categories.begin(), result.categories.end(),
                                    [](const auto& c) { return c.code == "convenience_store"; });
    ASSERT_NE(store, result.categories.end());
    const auto k = static_cast<std::size_t>(store - result.categories.begin());
    for (const access::BuildingCoverage& b : result.buildings) {
        ASSERT_TRUE(b.hasOrigin);
        EXPECT_TRUE(std::isfinite(b.minutes[k]));
    }
    for (const access::CompoundCoverage& c : result.compounds) EXPECT_TRUE(c.hasOrigin);
}

TEST(SyntheticCity, TheFileOpens) {
    const test::ScratchDir dir;
    project::ProjectFile::writeCopy(dir / "city.yike", smallCity());
    const auto file =
        project::ProjectFile::open(dir / "city.yike", project::ProjectFile::Mode::ReadOnly);
    EXPECT_TRUE(file->load().sameContent(smallCity()));
}

}  // namespace
}  // namespace yike::sample
