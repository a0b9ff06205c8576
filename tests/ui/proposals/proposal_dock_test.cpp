// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_document.h"
#include "ui/proposals/proposal_dock.h"

#include <algorithm>
#include <memory>

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "core/access/analysis_session.h"
#include "ui/analysis/analysis_controller.h"
#include "ui/commands/move_features.h"
#include "ui/document/project_document.h"
#include "ui/proposals/proposal_controller.h"
#include "ui/render/highlight_layer.h"

namespace yike::ui {
namespace {

using proposals::kCohortCount;

bool waitForResult(ProposalController& controller) {
    QSignalSpy changed(&controller, &ProposalController::resultChanged);
    QSignalSpy stopped(&controller, &ProposalController::runStopped);
    for (int i = 0; i < 600 && controller.isRunning(); ++i) changed.wait(100);
    return !controller.isRunning() && stopped.isEmpty() && controller.result() != nullptr;
}

std::vector<const project::Facility*> proposalFacilities(const project::Project& p) {
    std::vector<const project::Facility*> out;
    for (const project::Facility& f : p.facilities().items())
        if (f.source == "proposal") out.push_back(&f);
    return out;
}

/// Residents of each cohort within the category's target, each at its walking pace, measured
/// afresh on `project` with planned facilities counted.
std::array<double, kCohortCount> withinTarget(const project::Project& project,
                                              const ProposalRun& run, const std::string& code) {
    access::AnalysisSession session(project);
    session.buildGraph();
    access::CoverageOptions coverage = run.options.coverage;
    coverage.includePlanned = true;
    const auto& categories = run.instance.categories;
    const auto info = std::find_if(categories.begin(), categories.end(),
                                   [&](const proposals::CategoryInfo& c) { return c.code == code; });
    std::array<double, kCohortCount> within{};
    for (std::size_t g = 0; g < kCohortCount; ++g) {
        const access::CoverageAnalysis& a = *session.run(run.instance.profiles[g], coverage);
        std::size_t c = 0;
        while (a.result().categories[c].code != code) ++c;
        for (std::size_t h = 0; h < a.homeCount(); ++h) {
            if (!(a.homeMinutes(h, c) <= info->targetMinutes)) continue;
            const access::HomeResidents r = a.homeResidents(h);
            within[g] += g == 1 ? r.residents60Plus
                       : g == 2 ? r.children0To14
                                : std::max(0.0, r.residents - r.residents60Plus - r.children0To14);
        }
    }
    return within;
}

class ProposalDockTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
        m_window = std::make_unique<QMainWindow>();
        m_controller = new ProposalController(m_document.get(), m_window.get());
        m_dock = new ProposalDock(m_controller, m_window.get());
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        m_window->resize(1200, 800);
        m_window->show();
    }
    void TearDown() override { m_window.reset(); }

    /// Runs with a budget of 50 万元 and waits for the result.
    std::shared_ptr<const ProposalRun> runProposal() {
        m_dock->budgetSpin()->setValue(50.0);
        m_dock->runButton()->click();
        EXPECT_TRUE(m_controller->isRunning());
        EXPECT_TRUE(m_dock->cancelButton()->isVisibleTo(m_dock)) << "Cancel while it runs";
        if (!waitForResult(*m_controller)) return nullptr;
        return m_controller->result();
    }

    /// Two lines in different spaces and categories.
    std::pair<std::size_t, std::size_t> twoLines(const ProposalRun& run) {
        const auto& lines = run.proposal.lines;
        for (std::size_t j = 1; j < lines.size(); ++j)
            if (lines[j].conversion.space != lines[0].conversion.space &&
                lines[j].conversion.category != lines[0].conversion.category)
                return {0, j};
        ADD_FAILURE() << "the sample's proposal has no two such lines";
        return {0, 0};
    }

    void selectLine(std::size_t line) {
        m_dock->linesTree()->clearSelection();
        m_dock->linesTree()->topLevelItem(int(line))->setSelected(true);
    }

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QMainWindow> m_window;
    ProposalController* m_controller = nullptr;
    ProposalDock* m_dock = nullptr;
};

TEST_F(ProposalDockTest, RunAcceptTwoUndoOneAndTheAfterCoverageIsWhatWasClaimed) {
    const auto run = runProposal();
    ASSERT_TRUE(run);
    const proposals::Proposal& p = run->proposal;
    ASSERT_GE(p.lines.size(), 2u);
    EXPECT_EQ(m_dock->linesTree()->topLevelItemCount(), int(p.lines.size()));
    EXPECT_LE(p.totalCostYuan, 500'000.0) << "the budget holds";
    EXPECT_EQ(m_dock->totalsTable()->rowCount(), int(p.totals.size()));
    EXPECT_TRUE(m_dock->summaryLabel()->text().contains(QStringLiteral("Fast heuristic")));

    const auto [a, b] = twoLines(*run);
    const project::Project before = m_document->project();
    const int undoBefore = m_document->undoStack()->count();
    selectLine(a);
    m_dock->acceptSelectedButton()->click();
    selectLine(b);
    m_dock->acceptSelectedButton()->click();
    EXPECT_EQ(m_document->undoStack()->count(), undoBefore + 2) << "one undo step each";
    EXPECT_EQ(proposalFacilities(m_document->project()).size(), 2u);
    EXPECT_TRUE(m_controller->isAccepted(a));
    EXPECT_TRUE(m_controller->isAccepted(b));
    EXPECT_FALSE(m_controller->isStale()) << "accepting does not make the proposal outdated";

    m_document->undoStack()->undo();
    const auto planned = proposalFacilities(m_document->project());
    ASSERT_EQ(planned.size(), 1u);
    const proposals::ProposalLine& line = p.lines[a];
    const project::Facility& f = *planned.front();
    EXPECT_EQ(f.categoryCode, line.conversion.category);
    EXPECT_EQ(f.status, project::FacilityStatus::Planned);
    EXPECT_EQ(f.attributes.at("idle_space"), std::to_string(line.conversion.space));
    const project::IdleSpace* space = m_document->project().idleSpaces().find(line.conversion.space);
    EXPECT_EQ(space->proposedFor, std::vector<std::string>{line.conversion.category});
    EXPECT_EQ(f.position, space->position);
    EXPECT_TRUE(m_document->project().idleSpaces().find(p.lines[b].conversion.space)->proposedFor.empty())
        << "undo took the second space's record back too";
    EXPECT_TRUE(m_controller->isAccepted(a));
    EXPECT_FALSE(m_controller->isAccepted(b));
    EXPECT_TRUE(m_dock->linesTree()->topLevelItem(int(a))->text(0).startsWith(QStringLiteral("✓")));

    // After: exactly the residents the line claimed are newly within target, per cohort.
    const std::array<double, kCohortCount> was = withinTarget(before, *run, line.conversion.category);
    const std::array<double, kCohortCount> now =
        withinTarget(m_document->project(), *run, line.conversion.category);
    const bool firstOfCategory = std::none_of(p.lines.begin(), p.lines.begin() + std::ptrdiff_t(a),
                                              [&](const proposals::ProposalLine& l) {
                                                  return l.conversion.category == line.conversion.category;
                                              });
    ASSERT_TRUE(firstOfCategory) << "the first line's gain does not depend on lines above it";
    for (std::size_t g = 0; g < kCohortCount; ++g)
        EXPECT_NEAR(now[g] - was[g], line.newlyCovered[g], 1e-6) << "cohort " << g;

    // The Walk Access analysis counting planned facilities sees the after state.
    AnalysisController analysis(m_document.get());
    analysis.setIncludePlanned(true);
    analysis.setProfile(run->instance.profiles[0]);
    QSignalSpy done(&analysis, &AnalysisController::resultChanged);
    analysis.setActive(true);
    for (int i = 0; i < 300 && analysis.fullRuns() == 0; ++i) done.wait(100);
    ASSERT_TRUE(analysis.result());
    const auto& categories = analysis.result()->categories;
    const auto c = std::find_if(categories.begin(), categories.end(),
                                [&](const access::CategoryCoverage& x) { return x.code == line.conversion.category; });
    ASSERT_NE(c, categories.end());
    EXPECT_GE(c->facilities, 1u) << "the planned facility counts";
}

TEST_F(ProposalDockTest, SelectingALineHighlightsItsSpaceAndNewlyServedHomes) {
    const auto run = runProposal();
    ASSERT_TRUE(run);
    QSignalSpy highlights(m_dock, &ProposalDock::highlightChanged);
    selectLine(0);
    ASSERT_FALSE(highlights.isEmpty());
    const auto highlight =
        highlights.last().front().value<std::shared_ptr<const MapHighlight>>();
    ASSERT_TRUE(highlight);
    const proposals::ProposalLine& line = run->proposal.lines[0];
    ASSERT_EQ(highlight->places.size(), 1u);
    EXPECT_EQ(highlight->places.front(),
              m_document->project().idleSpaces().find(line.conversion.space)->position);
    EXPECT_EQ(highlight->buildings.size() + highlight->compounds.size() + highlight->points.size(),
              line.newlyCoveredHomes.size())
        << "every newly served home is pointed out";
    EXPECT_TRUE(m_dock->detailsLabel()->text().contains(QStringLiteral("Convert")));
    m_dock->linesTree()->clearSelection();
    EXPECT_FALSE(highlights.last().front().value<std::shared_ptr<const MapHighlight>>());
}

TEST_F(ProposalDockTest, RejectRunsAgainWithoutTheLine) {
    const auto run = runProposal();
    ASSERT_TRUE(run);
    const proposals::Conversion rejected = run->proposal.lines[0].conversion;
    selectLine(0);
    m_dock->rejectButton()->click();
    ASSERT_TRUE(waitForResult(*m_controller));
    const auto again = m_controller->result();
    ASSERT_NE(again, run);
    for (const proposals::ProposalLine& l : again->proposal.lines)
        EXPECT_NE(l.conversion, rejected);
    EXPECT_TRUE(m_dock->statusLabel()->text().contains(QStringLiteral("rejected")));
}

TEST_F(ProposalDockTest, ExportsCsvAndJsonAndNoticesAnOutdatedResult) {
    const auto run = runProposal();
    ASSERT_TRUE(run);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("proposal.csv"));
    const QString json = dir.filePath(QStringLiteral("proposal.json"));
    ASSERT_TRUE(m_dock->exportCsv(csv));
    ASSERT_TRUE(m_dock->exportJson(json));
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "Excel needs the byte-order mark";
    EXPECT_EQ(bytes.count('\n'), qsizetype(run->proposal.lines.size() + 1));
    QFile jsonFile(json);
    ASSERT_TRUE(jsonFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(jsonFile.readAll().contains("\"conversions\""));
    EXPECT_FALSE(m_dock->exportCsv(dir.filePath(QStringLiteral("no/such/folder/p.csv"))));

    // Moving an existing facility bears on the result: the panel says so.
    EXPECT_FALSE(m_controller->isStale());
    const project::Facility& f = m_document->project().facilities().items().front();
    m_document->undoStack()->push(
        new MoveFeatures(*m_document, {{project::Layer::Facilities, f.id}}, 0.001, 0.0));
    EXPECT_TRUE(m_controller->isStale());
    EXPECT_TRUE(m_dock->statusLabel()->text().contains(QStringLiteral("changed since")));
    m_document->undoStack()->undo();
    EXPECT_FALSE(m_controller->isStale()) << "undone, the project is as the run read it";
}

TEST_F(ProposalDockTest, WritesTheReportInTheBackgroundAndCancelLeavesNoFile) {
    const auto run = runProposal();
    ASSERT_TRUE(run);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QSignalSpy finished(m_dock, &ProposalDock::reportFinished);
    ASSERT_TRUE(m_dock->exportReport(pdf));
    EXPECT_TRUE(m_dock->cancelButton()->isVisibleTo(m_dock)) << "Cancel while it writes";
    EXPECT_FALSE(m_dock->runButton()->isEnabled());
    EXPECT_FALSE(m_dock->exportReport(pdf)) << "one report at a time";
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_TRUE(finished.front().front().toBool());
    EXPECT_TRUE(m_dock->statusLabel()->text().contains(pdf));
    EXPECT_TRUE(m_dock->runButton()->isEnabled());
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    // Cancelled at once: no file, and nothing left behind once the worker has stopped.
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    finished.clear();
    ASSERT_TRUE(m_dock->exportReport(cancelled));
    m_dock->cancelButton()->click();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.front().front().toBool());
    EXPECT_TRUE(m_dock->statusLabel()->text().contains(QStringLiteral("Cancelled")));
    QDir folder(dir.path());
    for (int i = 0; i < 100 && folder.entryList(QDir::Files).size() > 1; ++i) QTest::qWait(100);
    QTest::qWait(500);
    EXPECT_EQ(folder.entryList(QDir::Files), QStringList{QStringLiteral("report.pdf")});

    // A place that cannot be written: the reason, in the interface language.
    finished.clear();
    ASSERT_TRUE(m_dock->exportReport(dir.filePath(QStringLiteral("no/such/folder/r.pdf"))));
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_FALSE(finished.front().front().toBool());
    EXPECT_TRUE(m_dock->statusLabel()->text().startsWith(QStringLiteral("Could not write")))
        << m_dock->statusLabel()->text().toStdString();
}

TEST_F(ProposalDockTest, AProjectWithoutIdleSpacesSaysWhatToDo) {
    ASSERT_TRUE(m_document->newProject());
    m_dock->runButton()->click();
    QSignalSpy stopped(m_controller, &ProposalController::runStopped);
    for (int i = 0; i < 100 && m_controller->isRunning(); ++i) stopped.wait(100);
    EXPECT_EQ(m_controller->result(), nullptr);
    EXPECT_TRUE(m_dock->statusLabel()->text().contains(QStringLiteral("no idle spaces")))
        << m_dock->statusLabel()->text().toStdString();
}

TEST_F(ProposalDockTest, ProveTheBestReportsTheExactSolversVerdict) {
    if (!proposals::exactSolverAvailable()) {
        EXPECT_FALSE(m_dock->exactCheck()->isEnabled()) << "not offered without a solver";
        GTEST_SKIP() << "built without CBC";
    }
    m_dock->exactCheck()->setChecked(true);
    const auto run = runProposal();
    ASSERT_TRUE(run);
    ASSERT_TRUE(run->proposal.exact);
    EXPECT_TRUE(run->proposal.heuristicGap().has_value());
    EXPECT_TRUE(m_dock->summaryLabel()->text().contains(QStringLiteral("CBC")))
        << m_dock->summaryLabel()->text().toStdString();
    EXPECT_GE(run->proposal.objective, run->proposal.heuristicObjective - 1e-6)
        << "the better of the two is kept";
}

}  // namespace
}  // namespace yike::ui
