// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/analysis_session.h"

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

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

/// Every figure of two results, to the last bit.
void expectIdentical(const CoverageResult& a, const CoverageResult& b) {
    ASSERT_TRUE(a.complete);
    ASSERT_TRUE(b.complete);
    ASSERT_EQ(a.categories.size(), b.categories.size());
    for (std::size_t c = 0; c < a.categories.size(); ++c) {
        EXPECT_EQ(a.categories[c].code, b.categories[c].code);
        EXPECT_EQ(a.categories[c].blindSpots, b.categories[c].blindSpots);
        ASSERT_EQ(a.categories[c].shares.size(), b.categories[c].shares.size());
        for (std::size_t t = 0; t < a.categories[c].shares.size(); ++t) {
            EXPECT_EQ(a.categories[c].shares[t].population, b.categories[c].shares[t].population);
            EXPECT_EQ(a.categories[c].shares[t].residents60Plus,
                      b.categories[c].shares[t].residents60Plus);
            EXPECT_EQ(a.categories[c].shares[t].children0To14,
                      b.categories[c].shares[t].children0To14);
        }
    }
    ASSERT_EQ(a.compounds.size(), b.compounds.size());
    for (std::size_t k = 0; k < a.compounds.size(); ++k) {
        EXPECT_EQ(a.compounds[k].minutes, b.compounds[k].minutes) << "compound " << k;
        EXPECT_EQ(a.compounds[k].categoriesWithinTarget, b.compounds[k].categoriesWithinTarget);
    }
    ASSERT_EQ(a.buildings.size(), b.buildings.size());
    for (std::size_t k = 0; k < a.buildings.size(); ++k)
        EXPECT_EQ(a.buildings[k].minutes, b.buildings[k].minutes) << "building " << k;
    ASSERT_EQ(a.gridHomes.size(), b.gridHomes.size());
    for (std::size_t k = 0; k < a.gridHomes.size(); ++k)
        EXPECT_EQ(a.gridHomes[k].minutes, b.gridHomes[k].minutes) << "grid home " << k;
}

TEST(AnalysisSession, RunningProfilesTogetherGivesWhatEachRunGives) {
    const project::Project district = sample::generateSampleDistrict();
    AnalysisSession together(district);
    together.buildGraph();
    RunControl control;
    control.threads = 2;
    double lastProgress = 0.0;
    control.progress = [&](double f) {
        EXPECT_GE(f, lastProgress);
        lastProgress = f;
    };
    const std::vector<CoverageAnalysis*> all =
        together.runAll({"older", "adult", "child", "older"}, {}, control);
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[0], all[3]) << "a profile named twice runs once";
    EXPECT_EQ(all[1], together.analysis("adult"));
    EXPECT_DOUBLE_EQ(lastProgress, 1.0);

    for (const char* code : {"adult", "older", "child"}) {
        SCOPED_TRACE(code);
        AnalysisSession alone(district);
        alone.buildGraph();
        RunControl serial;
        serial.threads = 1;
        const CoverageAnalysis* one = alone.run(code, {}, serial);
        ASSERT_NE(one, nullptr);
        ASSERT_NE(together.analysis(code), nullptr);
        expectIdentical(together.analysis(code)->result(), one->result());
    }
}

TEST(AnalysisSession, AnalysesOnlyReadGiveTheSameFiguresAndRefuseRepairs) {
    const project::Project district = sample::generateSampleDistrict();
    AnalysisSession repairable(district);
    repairable.buildGraph();
    AnalysisSession readOnly(district);
    ASSERT_TRUE(readOnly.reuseGraphOf(repairable));
    CoverageOptions options;
    options.repairable = false;
    const std::vector<CoverageAnalysis*> read = readOnly.runAll({"adult", "child"}, options);
    ASSERT_EQ(read.size(), 2u);
    for (const char* code : {"adult", "child"}) {
        SCOPED_TRACE(code);
        const CoverageAnalysis* full = repairable.run(code, {});
        ASSERT_NE(full, nullptr);
        expectIdentical(readOnly.analysis(code)->result(), full->result());
    }
    project::Facility moved = district.facilities().items().front();
    moved.position.lon += 0.0005;
    EXPECT_THROW(read[0]->updateFacility(moved), std::logic_error);
    EXPECT_THROW(read[0]->removeFacility(moved.id), std::logic_error);
    EXPECT_NO_THROW(repairable.analysis("adult")->updateFacility(moved));
}

TEST(AnalysisSession, CancelledRunKeepsNothing) {
    const project::Project district = sample::generateSampleDistrict();
    AnalysisSession session(district);
    session.buildGraph();
    const std::atomic<bool> cancel{true};
    RunControl control;
    control.cancel = &cancel;
    EXPECT_TRUE(session.runAll({"adult", "child"}, {}, control).empty());
    EXPECT_EQ(session.analysis("adult"), nullptr);
    EXPECT_EQ(session.run("child", {}, control), nullptr);
    EXPECT_EQ(session.analysis("child"), nullptr);

    // Stopped half way, on two threads: nothing kept either, and a later run is whole.
    std::atomic<bool> stop{false};
    RunControl halfWay;
    halfWay.threads = 2;
    halfWay.cancel = &stop;
    halfWay.progress = [&](double f) {
        if (f > 0.3) stop = true;
    };
    EXPECT_TRUE(session.runAll({"adult", "older", "child"}, {}, halfWay).empty());
    EXPECT_EQ(session.analysis("older"), nullptr);
    const std::vector<CoverageAnalysis*> again = session.runAll({"adult", "older"}, {});
    ASSERT_EQ(again.size(), 2u);
    EXPECT_TRUE(again[1]->result().complete);
}

}  // namespace
}  // namespace yike::access
