// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/analysis_session.h"

#include <string>

#include <gtest/gtest.h>

#include "core/access/coverage.h"
#include "core/access/walk_rings.h"
#include "core/project/project.h"
#include "core/sample/sample_district.h"

namespace yike::access {
namespace {

TEST(AnalysisSession, ReusesTheGraphWhenOnlyFacilitiesMoved) {
    project::Project district = sample::generateSampleDistrict();
    AnalysisSession first(district);
    first.buildGraph();
    ASSERT_GT(first.graph().nodeCount(), 0u);

    project::Facility moved = district.facilities().items().front();
    moved.position.lon += 0.001;
    district.updateFacility(moved);
    AnalysisSession second(district);
    EXPECT_TRUE(second.reuseGraphOf(first));
    EXPECT_EQ(&second.graph(), &first.graph()) << "the very same graph, shared";

    // A gate closed or a street added changes the network: the graph must be built again.
    project::Gate gate = district.gates().items().front();
    gate.openHours = project::kGateClosedHours;
    district.updateGate(gate);
    AnalysisSession third(district);
    EXPECT_FALSE(third.reuseGraphOf(first));
    project::Street path = district.streets().items().front();
    path.id = 0;
    district.addStreet(path);
    AnalysisSession fourth(district);
    EXPECT_FALSE(fourth.reuseGraphOf(second));

    // Nothing to take from a session whose graph was never built.
    AnalysisSession unbuilt(district);
    AnalysisSession fifth(district);
    EXPECT_FALSE(fifth.reuseGraphOf(unbuilt));
}

TEST(AnalysisSession, PreparedAnalysisWalksAsTheRunOne) {
    const project::Project district = sample::generateSampleDistrict();
    const project::Facility& centre = district.facilities().items().front();
    const WalkRingsRequest request = WalkRingsRequest::atFacility(centre.id);

    AnalysisSession prepared(district);
    prepared.buildGraph();
    const WalkRings fromPrepared = walkRings(prepared, request);
    EXPECT_EQ(prepared.analysis("adult"), nullptr) << "rings measure no facilities or homes";
    EXPECT_EQ(&prepared.prepared("adult"), &prepared.prepared("adult"));

    AnalysisSession run(district);
    run.buildGraph();
    ASSERT_NE(run.run("adult", {}), nullptr);
    EXPECT_EQ(&run.prepared("adult"), run.analysis("adult"));
    const WalkRings fromRun = walkRings(run, request);

    ASSERT_TRUE(fromPrepared.complete);
    ASSERT_EQ(fromPrepared.rings.size(), fromRun.rings.size());
    for (std::size_t i = 0; i < fromRun.rings.size(); ++i)
        EXPECT_EQ(fromPrepared.rings[i].polygons, fromRun.rings[i].polygons);
    EXPECT_EQ(fromPrepared.start.size(), fromRun.start.size());
}

}  // namespace
}  // namespace yike::access
