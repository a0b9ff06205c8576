// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_document.h"
#include "ui/analysis/analysis_controller.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QUndoStack>

#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "ui/commands/add_feature.h"
#include "ui/commands/move_features.h"
#include "ui/commands/remove_features.h"
#include "ui/commands/update_feature.h"
#include "ui/document/project_document.h"
#include "ui/render/access_layer.h"

namespace yike::ui {
namespace {

bool sameMinutes(double a, double b) {
    if (std::isinf(a) || std::isinf(b)) return a == b;
    return std::abs(a - b) < 1e-6;
}

// Every compound's and home's minutes to every category agree between two results.
void expectSameMinutes(const access::CoverageResult& got, const access::CoverageResult& want) {
    ASSERT_EQ(got.categories.size(), want.categories.size());
    ASSERT_EQ(got.compounds.size(), want.compounds.size());
    ASSERT_EQ(got.buildings.size(), want.buildings.size());
    for (std::size_t c = 0; c < want.compounds.size(); ++c)
        for (std::size_t k = 0; k < want.categories.size(); ++k)
            EXPECT_TRUE(sameMinutes(got.compounds[c].minutes[k], want.compounds[c].minutes[k]))
                << "compound " << want.compounds[c].id << " category "
                << want.categories[k].code << ": " << got.compounds[c].minutes[k] << " vs "
                << want.compounds[c].minutes[k];
    for (std::size_t b = 0; b < want.buildings.size(); ++b)
        for (std::size_t k = 0; k < want.categories.size(); ++k)
            EXPECT_TRUE(sameMinutes(got.buildings[b].minutes[k], want.buildings[b].minutes[k]));
    for (std::size_t k = 0; k < want.categories.size(); ++k)
        EXPECT_EQ(got.categories[k].blindSpots, want.categories[k].blindSpots);
}

class AnalysisControllerTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
        m_controller = std::make_unique<AnalysisController>(m_document.get());
    }

    // Processes events until the controller has completed `runs` full runs.
    bool waitForRuns(int runs) {
        QSignalSpy changed(m_controller.get(), &AnalysisController::resultChanged);
        for (int i = 0; i < 300 && m_controller->fullRuns() < runs; ++i) changed.wait(100);
        return m_controller->fullRuns() >= runs && !m_controller->isRunning();
    }

    // The analysis of the document's project as it is now, run directly.
    access::CoverageResult fresh() const {
        const project::Project& p = m_document->project();
        const network::StreetGraph graph = network::buildFromProject(p);
        const project::WalkProfile* profile = m_controller->resultProfile();
        access::CoverageAnalysis analysis(p, graph, *profile, m_controller->options());
        EXPECT_TRUE(analysis.run());
        return analysis.result();
    }

    const project::Facility& someFacility() const {
        const auto& all = m_document->project().facilities().items();
        return all.at(all.size() / 2);
    }

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<AnalysisController> m_controller;
};

TEST_F(AnalysisControllerTest, InactiveItDoesNothing) {
    m_controller->run();
    EXPECT_FALSE(m_controller->isRunning());
    EXPECT_EQ(m_controller->result(), nullptr);
    EXPECT_EQ(m_controller->overlay(), nullptr);
}

TEST_F(AnalysisControllerTest, RunsInTheBackgroundAndMatchesADirectRun) {
    QSignalSpy started(m_controller.get(), &AnalysisController::runStarted);
    m_controller->setProfile("older");
    m_controller->setActive(true);
    EXPECT_EQ(started.count(), 1);
    EXPECT_TRUE(m_controller->isRunning()) << "the run does not block the caller";
    ASSERT_TRUE(waitForRuns(1));
    ASSERT_NE(m_controller->result(), nullptr);
    EXPECT_EQ(m_controller->resultProfile()->code, "older");
    expectSameMinutes(*m_controller->result(), fresh());

    // The overlay shows the first category with facilities, with every compound's minutes.
    const auto overlay = m_controller->overlay();
    ASSERT_NE(overlay, nullptr);
    const auto index = m_controller->categoryIndex();
    ASSERT_TRUE(index.has_value());
    const access::CategoryCoverage& shown = m_controller->result()->categories[*index];
    EXPECT_GT(shown.facilities, 0u);
    EXPECT_EQ(overlay->categoryCode, shown.code);
    EXPECT_EQ(overlay->targetMinutes, shown.targetMinutes);
    ASSERT_EQ(overlay->compoundMinutes.size(), m_controller->result()->compounds.size());
    for (const access::CompoundCoverage& c : m_controller->result()->compounds)
        EXPECT_TRUE(sameMinutes(overlay->compoundMinutes.at(c.id), c.minutes[*index]));
    EXPECT_EQ(overlay->buildingMinutes.size(), m_controller->result()->buildings.size());
}

TEST_F(AnalysisControllerTest, ChoosingACategoryNeedsNoNewRun) {
    m_controller->setActive(true);
    ASSERT_TRUE(waitForRuns(1));
    const auto& categories = m_controller->result()->categories;
    ASSERT_GT(categories.size(), 2u);
    const std::string other = categories.back().code;
    QSignalSpy changed(m_controller.get(), &AnalysisController::resultChanged);
    m_controller->setCategory(other);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(m_controller->isRunning());
    EXPECT_EQ(m_controller->overlay()->categoryCode, other);
    EXPECT_EQ(m_controller->fullRuns(), 1);
}

TEST_F(AnalysisControllerTest, FacilityEditsAreAppliedAtOnceAndEqualAFreshRun) {
    m_controller->setActive(true);
    ASSERT_TRUE(waitForRuns(1));
    const project::Facility facility = someFacility();
    m_controller->setCategory(facility.categoryCode);
    const auto before = m_controller->overlay();

    // Move it 400 m east: the result follows synchronously, without a full run.
    m_document->undoStack()->push(new MoveFeatures(
        *m_document, {{project::Layer::Facilities, facility.id}}, 0.0045, 0.0));
    EXPECT_EQ(m_controller->incrementalUpdates(), 1);
    EXPECT_FALSE(m_controller->isRunning());
    EXPECT_NE(m_controller->overlay(), before) << "a new overlay for the map";
    expectSameMinutes(*m_controller->result(), fresh());

    // Undo, delete, undo the deletion: each one an incremental repair.
    m_document->undoStack()->undo();
    expectSameMinutes(*m_controller->result(), fresh());
    m_document->undoStack()->push(
        new RemoveFeatures(*m_document, {{project::Layer::Facilities, facility.id}}));
    expectSameMinutes(*m_controller->result(), fresh());
    m_document->undoStack()->undo();
    expectSameMinutes(*m_controller->result(), fresh());
    EXPECT_EQ(m_controller->incrementalUpdates(), 4);

    // A new facility of an existing category too.
    project::Facility added = facility;
    added.id = 0;
    added.position.lat += 0.004;
    m_document->undoStack()->push(new AddFeature(*m_document, added));
    EXPECT_EQ(m_controller->incrementalUpdates(), 5);
    expectSameMinutes(*m_controller->result(), fresh());
    EXPECT_EQ(m_controller->fullRuns(), 1);
    EXPECT_FALSE(m_controller->isRunning());
}

TEST_F(AnalysisControllerTest, ALiveEditAppliesOnlyTheNewestPositionOncePerEventPass) {
    m_controller->setActive(true);
    ASSERT_TRUE(waitForRuns(1));
    const project::Facility facility = someFacility();
    m_controller->setCategory(facility.categoryCode);
    QSignalSpy changed(m_controller.get(), &AnalysisController::resultChanged);

    // Three moves of one drag arrive before the event loop runs again: one repair, from the
    // last position.
    m_controller->beginLiveEdit();
    for (int i = 0; i < 3; ++i)
        m_document->undoStack()->push(new MoveFeatures(
            *m_document, {{project::Layer::Facilities, facility.id}}, 0.0015, 0.0, 4711));
    EXPECT_EQ(m_controller->incrementalUpdates(), 0) << "nothing yet: the moves are noted";
    EXPECT_EQ(changed.count(), 0);
    ASSERT_TRUE(changed.wait(1000));
    EXPECT_EQ(m_controller->incrementalUpdates(), 1);
    EXPECT_EQ(changed.count(), 1);
    expectSameMinutes(*m_controller->result(), fresh());

    // The end of the live edit applies what is still pending before it returns.
    m_document->undoStack()->push(new MoveFeatures(
        *m_document, {{project::Layer::Facilities, facility.id}}, 0.0, 0.002, 4711));
    m_controller->endLiveEdit();
    EXPECT_EQ(m_controller->incrementalUpdates(), 2);
    expectSameMinutes(*m_controller->result(), fresh());
    EXPECT_EQ(m_document->undoStack()->count(), 1) << "the drag's moves merged";

    // Outside a live edit, edits are applied at once again.
    m_document->undoStack()->undo();
    EXPECT_EQ(m_controller->incrementalUpdates(), 3);
    expectSameMinutes(*m_controller->result(), fresh());
    EXPECT_EQ(m_controller->fullRuns(), 1);
}

TEST_F(AnalysisControllerTest, ClosingAGateRunsAtOnceAndTheClosedGateIsNotWalkedThrough) {
    m_controller->setActive(true);
    ASSERT_TRUE(waitForRuns(1));
    // A gate of a fenced compound closed: its residents leave through the others.
    const project::Project& before = m_document->project();
    const auto& gates = before.gates().items();
    const auto fenced = std::find_if(gates.begin(), gates.end(), [&](const project::Gate& g) {
        const project::Compound* c = before.compounds().find(g.compoundId);
        return c != nullptr && c->fenced && g.kind == project::GateKind::Pedestrian;
    });
    ASSERT_NE(fenced, gates.end());
    project::Gate gate = *fenced;
    gate.openHours = project::kGateClosedHours;
    m_document->undoStack()->push(new UpdateFeature<project::Gate>(*m_document, gate));
    EXPECT_TRUE(m_controller->isRunning()) << "no pause before the run";
    ASSERT_TRUE(waitForRuns(2));
    expectSameMinutes(*m_controller->result(), fresh());
    // The same project with the gate open again differs (the sample's gates are each the
    // nearest way out for some home).
    project::Project p = m_document->project();
    project::Gate reopened = gate;
    reopened.openHours.clear();
    p.updateGate(reopened);
    const network::StreetGraph graph = network::buildFromProject(p);
    access::CoverageAnalysis openAnalysis(p, graph, *m_controller->resultProfile(),
                                          m_controller->options());
    ASSERT_TRUE(openAnalysis.run());
    const auto& withClosed = m_controller->result()->compounds;
    const auto& withOpen = openAnalysis.result().compounds;
    bool differs = false;
    for (std::size_t c = 0; c < withOpen.size(); ++c)
        for (std::size_t k = 0; k < withOpen[c].minutes.size(); ++k)
            differs = differs || !sameMinutes(withClosed[c].minutes[k], withOpen[c].minutes[k]);
    EXPECT_TRUE(differs);

    // Moving a gate is not a what-if toggle: it waits for the pause.
    gate.position.lon += 0.00001;
    m_document->undoStack()->push(new UpdateFeature<project::Gate>(*m_document, gate));
    EXPECT_FALSE(m_controller->isRunning());
    ASSERT_TRUE(waitForRuns(3));
}

TEST_F(AnalysisControllerTest, ChangesToTheWalkItselfStartAFullRun) {
    m_controller->setActive(true);
    ASSERT_TRUE(waitForRuns(1));
    // A compound recording a population: every share changes, so the whole analysis reruns.
    const project::Compound compound = m_document->project().compounds().items().front();
    project::Compound changed = compound;
    changed.population = compound.population + 5000;
    m_document->undoStack()->push(new UpdateFeature<project::Compound>(*m_document, changed));
    EXPECT_EQ(m_controller->incrementalUpdates(), 0);
    ASSERT_TRUE(waitForRuns(2));
    EXPECT_EQ(m_controller->result()->compounds.front().population, compound.population + 5000);
    expectSameMinutes(*m_controller->result(), fresh());
    EXPECT_EQ(m_controller->graphBuilds(), 2) << "a compound is part of the walk network";
}

TEST_F(AnalysisControllerTest, AFacilityOfANewCategoryStartsAFullRun) {
    m_controller->setActive(true);
    ASSERT_TRUE(waitForRuns(1));
    project::Facility odd = someFacility();
    odd.id = 0;
    odd.categoryCode = "a_code_the_catalogue_lacks";
    m_document->undoStack()->push(new AddFeature(*m_document, odd));
    EXPECT_EQ(m_controller->incrementalUpdates(), 0);
    ASSERT_TRUE(waitForRuns(2));
    const auto& categories = m_controller->result()->categories;
    EXPECT_TRUE(std::any_of(categories.begin(), categories.end(), [](const auto& c) {
        return c.code == "a_code_the_catalogue_lacks";
    }));
    expectSameMinutes(*m_controller->result(), fresh());
    EXPECT_EQ(m_controller->graphBuilds(), 1) << "only a facility changed: the graph is reused";
}

TEST_F(AnalysisControllerTest, EditsDuringARunRestartIt) {
    m_controller->setActive(true);
    ASSERT_TRUE(m_controller->isRunning());
    const project::Facility facility = someFacility();
    m_document->undoStack()->push(new MoveFeatures(
        *m_document, {{project::Layer::Facilities, facility.id}}, 0.003, 0.0));
    ASSERT_TRUE(waitForRuns(1));
    EXPECT_EQ(m_controller->fullRuns(), 1) << "the outdated run was dropped, not delivered";
    expectSameMinutes(*m_controller->result(), fresh());
}

TEST_F(AnalysisControllerTest, CancelKeepsThePreviousResult) {
    QSignalSpy stopped(m_controller.get(), &AnalysisController::runStopped);
    m_controller->setActive(true);
    m_controller->cancel();
    EXPECT_FALSE(m_controller->isRunning());
    ASSERT_EQ(stopped.count(), 1);
    EXPECT_TRUE(stopped.front().front().toString().isEmpty()) << "a cancel is not an error";
    EXPECT_EQ(m_controller->result(), nullptr);

    m_controller->run();
    ASSERT_TRUE(waitForRuns(1));
    const access::CoverageResult* kept = m_controller->result();
    m_controller->setIncludePlanned(true);  // starts a new run...
    ASSERT_TRUE(m_controller->isRunning());
    m_controller->cancel();                 // ...stopped at once
    EXPECT_EQ(m_controller->result(), kept);
    // A late answer of the cancelled job is ignored.
    QSignalSpy changed(m_controller.get(), &AnalysisController::resultChanged);
    changed.wait(1500);
    EXPECT_EQ(m_controller->fullRuns(), 1);
    EXPECT_EQ(m_controller->result(), kept);
}

TEST_F(AnalysisControllerTest, DeactivatingOrReplacingTheProjectDropsTheResult) {
    m_controller->setActive(true);
    ASSERT_TRUE(waitForRuns(1));
    ASSERT_TRUE(m_document->newProject());
    EXPECT_EQ(m_controller->result(), nullptr) << "a result of the previous project is gone";
    ASSERT_TRUE(m_document->loadSample());
    ASSERT_TRUE(waitForRuns(2));
    m_controller->setActive(false);
    EXPECT_EQ(m_controller->result(), nullptr);
    EXPECT_EQ(m_controller->overlay(), nullptr);
}

TEST_F(AnalysisControllerTest, AProjectWithoutStreetsGivesAnEmptyResultNotAnError) {
    ASSERT_TRUE(m_document->newProject());
    m_controller->setActive(true);
    ASSERT_TRUE(waitForRuns(1));
    EXPECT_TRUE(m_controller->lastError().isEmpty());
    EXPECT_TRUE(m_controller->result()->compounds.empty());
}

TEST_F(AnalysisControllerTest, DestroyedWhileRunningWaitsForItsWorker) {
    m_controller->setActive(true);
    ASSERT_TRUE(m_controller->isRunning());
    m_controller.reset();  // must neither crash nor leave the worker writing freed memory
    SUCCEED();
}

}  // namespace
}  // namespace yike::ui
