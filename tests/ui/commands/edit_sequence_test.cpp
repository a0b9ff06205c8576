// SPDX-License-Identifier: GPL-3.0-or-later
// Random sequences of every document command with undo and redo, checked against a model: the
// project after each step is recorded per undo-stack index, so any undo or redo must give back
// the recorded state; saving and loading at any point gives the same project; the live analysis
// after any sequence equals a fresh one; undoing everything gives back the start and redoing
// everything the last state.
//
// Seeds are printed. YIKE_EDIT_SEED=N replays one sequence; YIKE_EDIT_SEQUENCES and
// YIKE_EDIT_STEPS make longer runs (defaults keep the test suite quick).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include "core/access/coverage.h"
#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "core/project/project_file.h"
#include "tests/support/random_edits.h"
#include "tests/support/test_document.h"
#include "ui/analysis/analysis_controller.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

std::uint64_t envNumber(const char* name, std::uint64_t fallback) {
    const char* text = std::getenv(name);
    return text && *text ? std::strtoull(text, nullptr, 10) : fallback;
}

// Where two layers first differ, or empty when their items are equal. Id counters are compared
// only when `counters` is set: they never go back (an id is not reused after undo), so a state
// reached again by undo or redo may have a higher counter than when it was first recorded.
template <typename T>
std::string layerDifference(const char* name, const project::FeatureCollection<T>& got,
                            const project::FeatureCollection<T>& want, bool counters) {
    std::ostringstream out;
    const auto& a = got.items();
    const auto& b = want.items();
    if (a.size() != b.size()) {
        out << name << ": " << a.size() << " items, expected " << b.size();
        return out.str();
    }
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i])) {
            out << name << "[" << i << "] (id " << a[i].id << ") differs from id " << b[i].id;
            return out.str();
        }
    if (counters && got.nextId() != want.nextId())
        out << name << ": next id " << got.nextId() << ", expected " << want.nextId();
    if (!counters && got.nextId() < want.nextId())
        out << name << ": next id went back to " << got.nextId() << " from " << want.nextId();
    return out.str();
}

std::string difference(const project::Project& got, const project::Project& want, bool counters) {
    for (const std::string& d : {
             layerDifference("facilities", got.facilities(), want.facilities(), counters),
             layerDifference("compounds", got.compounds(), want.compounds(), counters),
             layerDifference("gates", got.gates(), want.gates(), counters),
             layerDifference("idle spaces", got.idleSpaces(), want.idleSpaces(), counters),
             layerDifference("streets", got.streets(), want.streets(), counters),
             layerDifference("buildings", got.buildings(), want.buildings(), counters),
             layerDifference("water", got.waterAreas(), want.waterAreas(), counters),
             layerDifference("green", got.greenAreas(), want.greenAreas(), counters),
             layerDifference("grids", got.populationGrids(), want.populationGrids(), counters),
             layerDifference("cells", got.populationCells(), want.populationCells(), counters),
             layerDifference("scenarios", got.scenarios(), want.scenarios(), counters)})
        if (!d.empty()) return d;
    if (got.studyArea() != want.studyArea()) return "study area";
    if (!(got.catalog() == want.catalog())) return "catalogue";
    if (got.walkProfiles() != want.walkProfiles()) return "walk profiles";
    if (got.metadata() != want.metadata()) return "metadata";
    if (got.printLayouts() != want.printLayouts()) return "print layouts";
    if (got.circles() != want.circles()) return "living circles";
    if (counters && !got.sameContent(want)) return "sameContent() disagrees";
    return {};
}

bool sameMinutes(double a, double b) {
    if (std::isinf(a) || std::isinf(b)) return a == b;
    return std::abs(a - b) < 1e-6;
}

// Where the live result first differs from a fresh analysis, or empty.
std::string resultDifference(const access::CoverageResult& got, const access::CoverageResult& want) {
    std::ostringstream out;
    if (got.categories.size() != want.categories.size()) return "category count";
    if (got.compounds.size() != want.compounds.size()) return "compound count";
    if (got.buildings.size() != want.buildings.size()) return "building count";
    for (std::size_t k = 0; k < want.categories.size(); ++k) {
        if (got.categories[k].code != want.categories[k].code) return "category order";
        if (got.categories[k].blindSpots != want.categories[k].blindSpots)
            return "blind spots of " + want.categories[k].code;
        for (std::size_t c = 0; c < want.compounds.size(); ++c)
            if (got.compounds[c].id != want.compounds[c].id
                || !sameMinutes(got.compounds[c].minutes[k], want.compounds[c].minutes[k])) {
                out << "compound " << want.compounds[c].id << " to " << want.categories[k].code
                    << ": " << got.compounds[c].minutes[k] << " min, fresh "
                    << want.compounds[c].minutes[k];
                return out.str();
            }
        for (std::size_t b = 0; b < want.buildings.size(); ++b)
            if (!sameMinutes(got.buildings[b].minutes[k], want.buildings[b].minutes[k]))
                return "building " + std::to_string(b) + " to " + want.categories[k].code;
    }
    return {};
}

class EditSequenceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_scratch.isValid());
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
        m_controller = std::make_unique<AnalysisController>(m_document.get());
        m_controller->setIncludePlanned(true);
    }

    // Waits until the live analysis follows the project, then compares it with a fresh run.
    std::string checkAnalysis() {
        QSignalSpy changed(m_controller.get(), &AnalysisController::resultChanged);
        for (int i = 0; i < 600 && !m_controller->isUpToDate(); ++i) changed.wait(50);
        if (!m_controller->isUpToDate()) return "the analysis did not settle";
        const access::CoverageResult* live = m_controller->result();
        if (!live) return "no live result: " + m_controller->lastError().toStdString();
        const project::Project& p = m_document->project();
        const network::StreetGraph graph = network::buildFromProject(p);
        access::CoverageAnalysis fresh(p, graph, *m_controller->resultProfile(),
                                       m_controller->options());
        if (!fresh.run()) return "the fresh analysis failed";
        const std::string d = resultDifference(*live, fresh.result());
        return d.empty() ? d : "live analysis differs from a fresh one: " + d;
    }

    // Saves the document under a new name and loads the file back.
    std::string checkSaveAndLoad(int step) {
        const std::filesystem::path path =
            std::filesystem::path(m_scratch.path().toStdString())
            / ("step-" + std::to_string(step) + ".yike");
        if (DocumentResult saved = m_document->saveAs(QString::fromStdString(path.string())); !saved)
            return "save failed: " + saved.error().message.toStdString();
        const project::Project loaded =
            project::ProjectFile::open(path, project::ProjectFile::Mode::ReadOnly)->load();
        const std::string d = difference(loaded, m_document->project(), true);
        return d.empty() ? d : "saved and loaded project differs: " + d;
    }

    // Runs one sequence; returns the first failure with the steps that led to it.
    std::string runSequence(std::uint64_t seed, int steps) {
        const char* profiles[] = {"adult", "older", "child"};
        m_controller->setProfile(profiles[seed % 3]);
        m_controller->setActive(true);
        QUndoStack* stack = m_document->undoStack();
        std::vector<project::Project> states{m_document->project()};  // per undo-stack index
        std::deque<std::string> recent;
        yike::test::RandomEditor editor(*m_document, seed);
        const auto fail = [&](int step, const std::string& what) {
            std::string text = "seed " + std::to_string(seed) + ", step " + std::to_string(step)
                               + ": " + what + "\n  after:";
            for (const std::string& r : recent) text += "\n    " + r;
            return text;
        };
        for (int step = 1; step <= steps; ++step) {
            const int countBefore = stack->count();
            const int indexBefore = stack->index();
            const std::string did = editor.step();
            recent.push_back(did);
            if (recent.size() > 12) recent.pop_front();
            const int index = stack->index();
            const bool moved = did.rfind("undo", 0) == 0 || did.rfind("redo", 0) == 0;
            if (moved) {
                if (stack->count() != countBefore) return fail(step, "undo or redo changed the stack");
                const std::string d = difference(m_document->project(),
                                                 states[static_cast<std::size_t>(index)], false);
                if (!d.empty()) return fail(step, "state after " + did + " is not the recorded one: " + d);
            } else if (stack->count() == countBefore && index == indexBefore
                       && index < stack->count()) {
                // Nothing was pushed (an edit that would change nothing).
                const std::string d = difference(m_document->project(),
                                                 states[static_cast<std::size_t>(index)], false);
                if (!d.empty()) return fail(step, "an edit that pushed nothing changed: " + d);
            } else {
                // A push drops the steps above it; a merge changes the top step.
                if (stack->count() != index) return fail(step, "an edit left steps to redo");
                if (did == "drag cancelled") {
                    if (index != indexBefore) return fail(step, "a cancelled drag left a step");
                    const std::string d = difference(
                        m_document->project(), states[static_cast<std::size_t>(index)], false);
                    if (!d.empty()) return fail(step, "a cancelled drag moved something: " + d);
                }
                states.resize(static_cast<std::size_t>(index));
                states.push_back(m_document->project());
            }
            if (step % 15 == 0 || step == steps) {
                if (std::string d = checkSaveAndLoad(step); !d.empty()) return fail(step, d);
                if (std::string d = checkAnalysis(); !d.empty()) return fail(step, d);
            }
        }
        while (stack->canUndo()) stack->undo();
        if (std::string d = difference(m_document->project(), states.front(), false); !d.empty())
            return fail(steps, "undoing everything does not give back the start: " + d);
        if (std::string d = checkAnalysis(); !d.empty()) return fail(steps, "at the start: " + d);
        while (stack->canRedo()) stack->redo();
        if (std::string d = difference(m_document->project(), states.back(), false); !d.empty())
            return fail(steps, "redoing everything does not give the last state: " + d);
        if (std::string d = checkAnalysis(); !d.empty()) return fail(steps, "at the end: " + d);
        return {};
    }

    QTemporaryDir m_scratch;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<AnalysisController> m_controller;
};

TEST_F(EditSequenceTest, UndoRedoSaveAndAnalysisFollowEveryRandomSequence) {
    const std::uint64_t only = envNumber("YIKE_EDIT_SEED", 0);
    const std::uint64_t sequences = only ? 1 : envNumber("YIKE_EDIT_SEQUENCES", 4);
    const int steps = static_cast<int>(envNumber("YIKE_EDIT_STEPS", 60));
    for (std::uint64_t i = 0; i < sequences; ++i) {
        const std::uint64_t seed = only ? only : 20261203 + i;
        std::printf("edit sequence seed %llu, %d steps\n", static_cast<unsigned long long>(seed),
                    steps);
        std::fflush(stdout);
        if (i > 0) {
            SetUp();
            if (HasFatalFailure()) return;
        }
        const std::string failure = runSequence(seed, steps);
        ASSERT_TRUE(failure.empty()) << failure << "\n  replay: YIKE_EDIT_SEED=" << seed;
    }
}

}  // namespace
}  // namespace yike::ui
