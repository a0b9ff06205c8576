// SPDX-License-Identifier: GPL-3.0-or-later
// Live what-if in the main window: the Walk Access figures and the map's Analysis results layer
// follow a dragged facility before the button is released, and follow a gate closed or opened
// with one click.
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <gtest/gtest.h>

#include <QAction>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "core/project/project.h"
#include "ui/analysis/analysis_controller.h"
#include "ui/analysis/analysis_dock.h"
#include "ui/commands/update_feature.h"
#include "ui/document/project_document.h"
#include "ui/document/selection.h"
#include "ui/mainwindow/language_manager.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mapview/map_view.h"
#include "ui/render/map_composition.h"
#include "ui/tools/move_tool.h"
#include "ui/tools/tool_manager.h"

namespace yike::ui {
namespace {

/// What the Walk Access panel shows for the chosen category: its share rows, as numbers and
/// as the table's texts.
struct Figures {
    std::vector<access::CoverageShare> shares;
    std::vector<QString> cells;

    bool operator==(const Figures& other) const {
        if (cells != other.cells || shares.size() != other.shares.size()) return false;
        for (std::size_t i = 0; i < shares.size(); ++i) {
            if (shares[i].population != other.shares[i].population
                || shares[i].residents60Plus != other.shares[i].residents60Plus
                || shares[i].children0To14 != other.shares[i].children0To14)
                return false;
        }
        return true;
    }
};

class LiveWhatIfTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_window = std::make_unique<MainWindow>(&m_languages);
        m_window->resize(1600, 1000);
        ASSERT_TRUE(m_window->document()->loadSample());
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->findChild<QAction*>(QStringLiteral("analysisAction"))->trigger();
        ASSERT_TRUE(waitForRuns(1));
    }

    void TearDown() override { m_window.reset(); }

    AnalysisController& controller() const { return *m_window->analysisController(); }
    ProjectDocument& document() const { return *m_window->document(); }
    MapView* view() const { return m_window->mapView(); }
    QUndoStack& stack() const { return *document().undoStack(); }

    bool waitForRuns(int runs) {
        QSignalSpy changed(&controller(), &AnalysisController::resultChanged);
        for (int i = 0; i < 300 && (controller().fullRuns() < runs || controller().isRunning());
             ++i)
            changed.wait(100);
        return controller().fullRuns() >= runs && !controller().isRunning();
    }

    /// Lets the event loop run until the analysis applied more than `updates` edits.
    bool waitForUpdates(int updates) {
        for (int i = 0; i < 100 && controller().incrementalUpdates() <= updates; ++i)
            QTest::qWait(5);
        return controller().incrementalUpdates() > updates;
    }

    Figures figures() const {
        Figures f;
        const access::CoverageResult* result = controller().result();
        const std::optional<std::size_t> index = controller().categoryIndex();
        if (result == nullptr || !index) return f;
        f.shares = result->categories[*index].shares;
        const QTableWidget* table = m_window->analysisDock()->sharesTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QTableWidgetItem* item = table->item(row, column);
                f.cells.push_back(item ? item->text() : QString());
            }
        }
        return f;
    }

    /// The facility of the category with the fewest facilities that the pointer picks, away
    /// from the top-left corner it is dragged to; that category is shown. Null when none is.
    const project::Facility* pickableFacility() {
        const project::Project& p = document().project();
        std::map<std::string, int> counts;
        for (const project::Facility& f : p.facilities().items()) ++counts[f.categoryCode];
        const project::Facility* best = nullptr;
        for (const project::Facility& f : p.facilities().items()) {
            const QPointF px = view()->transform().toPixel(f.position);
            if (px.x() < 80 || px.y() < 80 || px.x() > view()->width() - 40
                || px.y() > view()->height() - 40)
                continue;
            const std::optional<FeatureRef> hit = view()->featureAt(px);
            if (!hit || hit->layer != project::Layer::Facilities || hit->id != f.id) continue;
            if (best == nullptr || counts[f.categoryCode] < counts[best->categoryCode]) best = &f;
        }
        if (best != nullptr) controller().setCategory(best->categoryCode);
        if (best == nullptr)
            ADD_FAILURE() << "view " << view()->width() << "x" << view()->height() << " valid "
                          << view()->transform().isValid();
        return best;
    }

    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(LiveWhatIfTest, FiguresFollowTheDragAndOneUndoRestoresThem) {
    const project::Facility* picked = pickableFacility();
    ASSERT_NE(picked, nullptr);
    const project::Facility original = *picked;
    m_window->toolManager()->setActiveTool(m_window->toolManager()->tool<MoveTool>());
    const Figures before = figures();
    const auto overlayBefore = controller().overlay();
    ASSERT_FALSE(before.shares.empty());
    const int steps = stack().count();
    const int runs = controller().fullRuns();

    // Press on the facility and carry it to a corner of the map, far from where it was.
    const QPoint from = view()->transform().toPixel(original.position).toPoint();
    const QPoint to(20, 20);
    QTest::mousePress(view(), Qt::LeftButton, {}, from);
    std::vector<Figures> during;
    for (int i = 1; i <= 4; ++i) {
        const int updates = controller().incrementalUpdates();
        QTest::mouseMove(view(), from + (to - from) * i / 4);
        ASSERT_TRUE(waitForUpdates(updates)) << "move " << i;
        during.push_back(figures());
    }
    // Before the release, the panel and the map show the dragged state.
    EXPECT_FALSE(during.back() == before);
    EXPECT_NE(controller().overlay(), overlayBefore);
    EXPECT_EQ(m_window->mapView()->composition()->accessOverlay(), controller().overlay());
    EXPECT_TRUE(controller().isLiveEditing());

    QTest::mouseRelease(view(), Qt::LeftButton, {}, to);
    EXPECT_FALSE(controller().isLiveEditing());
    EXPECT_EQ(stack().count(), steps + 1) << "one drag, one undo step";
    EXPECT_TRUE(figures() == during.back()) << "the release point is the last move's";
    const QPointF landed = view()->transform().toPixel(
        document().project().facilities().find(original.id)->position);
    // The press was on the facility's pixel rounded to whole pixels.
    EXPECT_NEAR(landed.x(), to.x(), 1.0);
    EXPECT_NEAR(landed.y(), to.y(), 1.0);

    stack().undo();
    EXPECT_EQ(*document().project().facilities().find(original.id), original);
    EXPECT_TRUE(figures() == before);
    EXPECT_EQ(controller().fullRuns(), runs) << "every step was an incremental repair";
    EXPECT_FALSE(controller().isRunning());
}

TEST_F(LiveWhatIfTest, EscapeCancelsTheDragAndRestoresTheFigures) {
    const project::Facility* picked = pickableFacility();
    ASSERT_NE(picked, nullptr);
    const project::Facility original = *picked;
    m_window->toolManager()->setActiveTool(m_window->toolManager()->tool<MoveTool>());
    const Figures before = figures();
    const int steps = stack().count();
    const int index = stack().index();

    const QPoint from = view()->transform().toPixel(original.position).toPoint();
    const QPoint to(20, 20);
    QTest::mousePress(view(), Qt::LeftButton, {}, from);
    const int updates = controller().incrementalUpdates();
    QTest::mouseMove(view(), (from + to) / 2);
    QTest::mouseMove(view(), to);
    ASSERT_TRUE(waitForUpdates(updates));
    EXPECT_FALSE(figures() == before);

    QTest::keyClick(view(), Qt::Key_Escape);
    EXPECT_FALSE(m_window->toolManager()->tool<MoveTool>()->isDragging());
    EXPECT_EQ(*document().project().facilities().find(original.id), original);
    EXPECT_TRUE(figures() == before);
    EXPECT_EQ(stack().count(), steps) << "a cancelled drag leaves no undo step";
    EXPECT_EQ(stack().index(), index);
    EXPECT_FALSE(stack().canRedo());
    // The rest of the gesture does nothing.
    QTest::mouseMove(view(), to + QPoint(20, 20));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, to + QPoint(20, 20));
    EXPECT_EQ(*document().project().facilities().find(original.id), original);
    EXPECT_EQ(stack().count(), steps);
}

TEST_F(LiveWhatIfTest, ClosingAGateChangesTheFiguresAtOnceAndUndoRestoresThem) {
    // The most populous fenced compound with gates: all but one of them closed first, so
    // closing the last one leaves its residents no way out.
    const project::Project& p = document().project();
    std::map<project::FeatureId, std::vector<project::Gate>> gatesOf;
    for (const project::Gate& g : p.gates().items()) gatesOf[g.compoundId].push_back(g);
    const project::Compound* compound = nullptr;
    for (const project::Compound& c : p.compounds().items()) {
        if (c.fenced && gatesOf.count(c.id) && (compound == nullptr || c.population > compound->population))
            compound = &c;
    }
    ASSERT_NE(compound, nullptr) << "the sample has fenced compounds with gates";
    const std::vector<project::Gate> gates = gatesOf[compound->id];
    const project::FeatureId compoundId = compound->id;
    for (std::size_t i = 1; i < gates.size(); ++i) {
        project::Gate closed = gates[i];
        closed.openHours = project::kGateClosedHours;
        stack().push(new UpdateGate(document(), closed));
    }
    ASSERT_TRUE(waitForRuns(controller().fullRuns() + (gates.size() > 1 ? 1 : 0)));
    const project::Gate gate = gates.front();
    const Figures before = figures();
    const int runs = controller().fullRuns();

    QAction* toggle = m_window->toolManager()->gateOpenAction();
    EXPECT_FALSE(toggle->isEnabled()) << "no gate selected";
    document().selection()->set({{project::Layer::Gates, gate.id}});
    ASSERT_TRUE(toggle->isEnabled());
    EXPECT_EQ(toggle->text(), QStringLiteral("&Close Gate"));
    const int steps = stack().count();
    toggle->trigger();
    EXPECT_EQ(document().project().gates().find(gate.id)->openHours, project::kGateClosedHours);
    EXPECT_EQ(stack().count(), steps + 1);
    EXPECT_EQ(toggle->text(), QStringLiteral("&Open Gate"));
    EXPECT_TRUE(controller().isRunning()) << "the run starts at once, without the pause";
    ASSERT_TRUE(waitForRuns(runs + 1));
    std::printf("[ info ] gate toggle: full run %.0f ms on the sample\n",
                controller().lastRunSeconds() * 1000.0);
    EXPECT_FALSE(figures() == before);
    const auto& compounds = controller().result()->compounds;
    const auto closedIn = std::find_if(compounds.begin(), compounds.end(),
                                       [&](const auto& c) { return c.id == compoundId; });
    ASSERT_NE(closedIn, compounds.end());
    EXPECT_FALSE(closedIn->hasOrigin);

    stack().undo();
    EXPECT_EQ(*document().project().gates().find(gate.id), gate);
    ASSERT_TRUE(waitForRuns(runs + 2));
    EXPECT_TRUE(figures() == before);
    EXPECT_EQ(toggle->text(), QStringLiteral("&Close Gate"));

    // Opening a closed gate clears its hours: open at every hour.
    stack().redo();
    ASSERT_TRUE(waitForRuns(runs + 3));
    toggle->trigger();
    EXPECT_TRUE(document().project().gates().find(gate.id)->openHours.empty());
    ASSERT_TRUE(waitForRuns(runs + 4));
    EXPECT_TRUE(figures() == before);
}

}  // namespace
}  // namespace yike::ui
