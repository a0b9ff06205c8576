// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QSignalSpy>

#include "core/geo/local_frame.h"
#include "tests/ui/tools/canvas_fixture.h"
#include "ui/commands/edit_geometry.h"
#include "ui/tools/add_facility_tool.h"
#include "ui/tools/add_gate_tool.h"
#include "ui/tools/add_idle_space_tool.h"
#include "ui/tools/draw_compound_tool.h"
#include "ui/tools/edit_vertices_tool.h"
#include "ui/tools/measure_tool.h"
#include "ui/tools/move_tool.h"
#include "ui/tools/pan_tool.h"
#include "ui/tools/select_tool.h"

namespace yike::ui {
namespace {

using project::Layer;

class ToolsTest : public test::CanvasTest {
protected:
    project::FeatureId drawSquare(QPoint topLeft, int side) {
        activate<DrawCompoundTool>();
        click(topLeft);
        click(topLeft + QPoint(side, 0));
        click(topLeft + QPoint(side, side));
        click(topLeft + QPoint(0, side));
        QTest::keyClick(view.get(), Qt::Key_Return);
        return project().compounds().items().back().id;
    }
};

TEST_F(ToolsTest, ToolActionsAreExclusiveAndDriveTheView) {
    EXPECT_TRUE(tools->actionGroup()->isExclusive());
    EXPECT_EQ(tools->activeTool(), tools->tool<SelectTool>());
    tools->tool<PanTool>()->action()->trigger();
    EXPECT_EQ(tools->activeTool(), tools->tool<PanTool>());
    EXPECT_EQ(view->interaction(), tools->tool<PanTool>());
    EXPECT_FALSE(tools->tool<SelectTool>()->action()->isChecked());
    EXPECT_EQ(tools->tool<SelectTool>()->shortcut(), QKeySequence(Qt::Key_V));
    for (MapTool* tool : tools->tools()) {
        EXPECT_FALSE(tool->action()->text().isEmpty());
        EXPECT_FALSE(tool->statusHint().isEmpty());
    }
}

TEST_F(ToolsTest, PanToolDragsTheMap) {
    activate<PanTool>();
    const geo::LonLat before = lonLatAt({300, 300});
    drag({300, 300}, {360, 330});
    const geo::LonLat after = lonLatAt({360, 330});
    EXPECT_NEAR(after.lon, before.lon, 1e-9);
    EXPECT_NEAR(after.lat, before.lat, 1e-9);
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(ToolsTest, FacilityGetsTheChosenCategoryAndItsName) {
    auto* tool = activate<AddFacilityTool>();
    auto* combo = tools->optionsWidget()->findChild<QComboBox*>(QStringLiteral("facilityCategoryCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(static_cast<std::size_t>(combo->count()), project().catalog().size());
    // Each category shows its own map symbol: two of one group differ only by their icon.
    const QImage pharmacy =
        combo->itemIcon(combo->findData(QStringLiteral("pharmacy"))).pixmap(18, 18).toImage();
    const QImage school =
        combo->itemIcon(combo->findData(QStringLiteral("primary_school"))).pixmap(18, 18).toImage();
    ASSERT_FALSE(pharmacy.isNull());
    EXPECT_NE(pharmacy, school);
    combo->setCurrentIndex(combo->findData(QStringLiteral("supermarket")));
    EXPECT_EQ(tool->categoryCode(), "supermarket");
    click({100, 100});
    ASSERT_EQ(project().facilities().size(), 1u);
    const project::Facility& f = project().facilities().items().front();
    EXPECT_EQ(f.categoryCode, "supermarket");
    EXPECT_EQ(f.name, project().catalog().find("supermarket")->nameEn);
    EXPECT_TRUE(document->selection()->contains({Layer::Facilities, f.id}));
}

TEST_F(ToolsTest, CompoundVerticesSnapToExistingCorners) {
    drawSquare({300, 200}, 100);
    const geo::LonLat corner = project().compounds().items().front().outline.outer[1];
    // A second compound starting 5 px from the first one's top-right corner.
    activate<DrawCompoundTool>();
    click({405, 203});
    click({500, 200});
    click({500, 300});
    QTest::keyClick(view.get(), Qt::Key_Return);
    ASSERT_EQ(project().compounds().size(), 2u);
    const project::Compound& second = project().compounds().items().back();
    EXPECT_EQ(second.outline.outer.front(), corner);
    EXPECT_NE(second.outline.outer[1], project().compounds().items().front().outline.outer[2]);
    EXPECT_EQ(second.name, "New compound");
}

TEST_F(ToolsTest, EscCancelsAndBackspaceRemovesTheLastVertex) {
    auto* tool = activate<DrawCompoundTool>();
    click({100, 100});
    click({200, 100});
    click({200, 200});
    EXPECT_EQ(tool->vertices().size(), 3u);
    QTest::keyClick(view.get(), Qt::Key_Backspace);
    EXPECT_EQ(tool->vertices().size(), 2u);
    QTest::keyClick(view.get(), Qt::Key_Return);
    EXPECT_EQ(project().compounds().size(), 0u) << "two corners are not a compound";
    QTest::keyClick(view.get(), Qt::Key_Escape);
    EXPECT_FALSE(tool->isDrawing());
    EXPECT_EQ(project().compounds().size(), 0u);
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(ToolsTest, GateFarFromAnyFenceIsRefused) {
    drawSquare({300, 200}, 100);
    activate<AddGateTool>();
    QSignalSpy messages(tools.get(), &ToolManager::statusMessage);
    click({350, 250});  // the middle of the compound, 50 px from every edge
    click({300, 100});  // far outside
    EXPECT_EQ(project().gates().size(), 0u);
    EXPECT_EQ(messages.count(), 2);
    click({300 + 50, 200 + 14});  // 14 px inside the top edge
    ASSERT_EQ(project().gates().size(), 1u);
    EXPECT_NEAR(view->transform().toPixel(project().gates().items().front().position).y(), 200.0, 1e-6);
}

TEST_F(ToolsTest, BoxSelectionAndShiftAdd) {
    const project::FeatureId compound = drawSquare({300, 200}, 100);
    activate<AddFacilityTool>();
    click({100, 100});
    click({600, 500});
    const project::FeatureId first = project().facilities().items()[0].id;
    const project::FeatureId second = project().facilities().items()[1].id;
    activate<SelectTool>();
    drag({50, 50}, {450, 350});
    EXPECT_EQ(document->selection()->items(),
              (std::vector<FeatureRef>{{Layer::Facilities, first}, {Layer::Compounds, compound}}));
    click({600, 500}, Qt::ShiftModifier);
    EXPECT_EQ(document->selection()->items().size(), 3u);
    click({100, 103});
    EXPECT_EQ(document->selection()->items(), (std::vector<FeatureRef>{{Layer::Facilities, first}}));
    click({700, 100});
    EXPECT_TRUE(document->selection()->isEmpty());
    EXPECT_EQ(second, project().facilities().items()[1].id);
}

TEST_F(ToolsTest, DeleteRemovesACompoundWithItsGatesInOneStep) {
    const project::FeatureId compound = drawSquare({300, 200}, 100);
    activate<AddGateTool>();
    click({350, 200});
    click({400, 250});
    ASSERT_EQ(project().gates().size(), 2u);
    const int steps = stack().count();
    activate<SelectTool>();
    click({350, 250});
    ASSERT_EQ(document->selection()->items(), (std::vector<FeatureRef>{{Layer::Compounds, compound}}));
    tools->deleteAction()->trigger();
    EXPECT_EQ(project().compounds().size(), 0u);
    EXPECT_EQ(project().gates().size(), 0u);
    EXPECT_EQ(stack().count(), steps + 1);
    stack().undo();
    EXPECT_NE(project().compounds().find(compound), nullptr);
    EXPECT_EQ(project().gates().size(), 2u);
}

TEST_F(ToolsTest, MovingACompoundTakesItsGates) {
    const project::FeatureId compound = drawSquare({300, 200}, 100);
    activate<AddGateTool>();
    click({350, 200});
    const int steps = stack().count();
    activate<MoveTool>();
    drag({330, 260}, {390, 300});
    EXPECT_EQ(stack().count(), steps + 1);
    const project::Compound* c = project().compounds().find(compound);
    EXPECT_NEAR(view->transform().toPixel(c->outline.outer[0]).x(), 360.0, 1e-6);
    const QPointF gate = view->transform().toPixel(project().gates().items().front().position);
    EXPECT_NEAR(gate.x(), 410.0, 1e-6);
    EXPECT_NEAR(gate.y(), 240.0, 0.01);
}

TEST_F(ToolsTest, ADraggedGateSlidesAlongItsFence) {
    const project::FeatureId compound = drawSquare({300, 200}, 100);
    activate<AddGateTool>();
    click({350, 200});
    const project::Gate before = project().gates().items().front();
    const int steps = stack().count();
    activate<MoveTool>();
    // Dragged off the fence, to the outside of the east side: it lands on the east side.
    drag({350, 200}, {420, 260});
    EXPECT_EQ(stack().count(), steps + 1) << "one drag, one undo step";
    const project::Gate& after = project().gates().items().front();
    EXPECT_EQ(after.compoundId, compound);
    const QPointF px = view->transform().toPixel(after.position);
    EXPECT_NEAR(px.x(), 400.0, 0.01);
    EXPECT_NEAR(px.y(), 260.0, 0.01);
    // The compound itself did not move.
    EXPECT_NEAR(view->transform().toPixel(project().compounds().find(compound)->outline.outer[0]).x(),
                300.0, 1e-6);
    EXPECT_TRUE(document->selection()->contains({Layer::Gates, after.id}));
    stack().undo();
    EXPECT_EQ(project().gates().items().front(), before);
}

TEST_F(ToolsTest, EscapeDuringADragPutsEverythingBackWithoutAnUndoStep) {
    activate<AddFacilityTool>();
    click({200, 200});
    const project::Facility before = project().facilities().items().front();
    const int steps = stack().count();
    auto* tool = activate<MoveTool>();
    QSignalSpy started(tool, &MoveTool::dragStarted);
    QSignalSpy finished(tool, &MoveTool::dragFinished);
    QTest::mousePress(view.get(), Qt::LeftButton, {}, {200, 200});
    EXPECT_TRUE(tool->isDragging());
    EXPECT_EQ(started.count(), 1);
    QTest::mouseMove(view.get(), {250, 220});
    QTest::mouseMove(view.get(), {300, 260});
    EXPECT_NE(project().facilities().items().front().position, before.position)
        << "the facility follows the pointer";
    EXPECT_EQ(stack().count(), steps + 1);
    QTest::keyClick(view.get(), Qt::Key_Escape);
    EXPECT_FALSE(tool->isDragging());
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(project().facilities().items().front(), before);
    EXPECT_EQ(stack().count(), steps);
    EXPECT_FALSE(stack().canRedo());
    QTest::mouseRelease(view.get(), Qt::LeftButton, {}, {300, 260});
    EXPECT_EQ(project().facilities().items().front(), before);
    EXPECT_EQ(finished.count(), 1);

    // A drag released normally is still one step, and says so once.
    drag({200, 200}, {260, 230});
    EXPECT_EQ(stack().count(), steps + 1);
    EXPECT_EQ(started.count(), 2);
    EXPECT_EQ(finished.count(), 2);
    stack().undo();
    EXPECT_EQ(project().facilities().items().front(), before);
}

TEST_F(ToolsTest, GateOpenActionClosesAndOpensTheSelectedGate) {
    drawSquare({300, 200}, 100);
    activate<AddGateTool>();
    click({350, 200});
    const project::Gate gate = project().gates().items().front();
    QAction* action = tools->gateOpenAction();
    document->selection()->clear();
    EXPECT_FALSE(action->isEnabled());
    document->selection()->set({{Layer::Gates, gate.id}});
    ASSERT_TRUE(action->isEnabled());
    EXPECT_EQ(action->text(), QStringLiteral("&Close Gate"));
    const int steps = stack().count();
    action->trigger();
    EXPECT_TRUE(project::gateAlwaysClosed(project().gates().find(gate.id)->openHours));
    EXPECT_EQ(stack().count(), steps + 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Close Gate"));
    EXPECT_EQ(action->text(), QStringLiteral("&Open Gate"));
    stack().undo();
    EXPECT_EQ(*project().gates().find(gate.id), gate);
    EXPECT_EQ(action->text(), QStringLiteral("&Close Gate"));
    stack().redo();
    action->trigger();
    EXPECT_EQ(project().gates().find(gate.id)->openHours, "");
    EXPECT_EQ(stack().undoText(), QStringLiteral("Open Gate"));
    // Anything else selected with it: no toggle.
    document->selection()->set({{Layer::Gates, gate.id}, {Layer::Compounds, gate.compoundId}});
    EXPECT_FALSE(action->isEnabled());
}

TEST_F(ToolsTest, EditingACornerKeepsGatesOnTheFence) {
    const project::FeatureId compound = drawSquare({300, 200}, 100);
    activate<AddGateTool>();
    click({350, 200});
    const int steps = stack().count();
    activate<EditVerticesTool>();
    drag({400, 200}, {430, 170});
    EXPECT_EQ(stack().count(), steps + 1);
    const project::Compound* c = project().compounds().find(compound);
    const QPointF corner = view->transform().toPixel(c->outline.outer[1]);
    EXPECT_NEAR(corner.x(), 430.0, 1e-6);
    EXPECT_NEAR(corner.y(), 170.0, 1e-6);
    const RingProjection on =
        projectOntoRing(c->outline.outer, project().gates().items().front().position);
    EXPECT_LT(on.distanceM, 0.01);
    stack().undo();
    EXPECT_NEAR(view->transform().toPixel(project().compounds().find(compound)->outline.outer[1]).x(),
                400.0, 1e-6);
}

TEST_F(ToolsTest, IdleSpaceAsPointOrFootprint) {
    auto* tool = activate<AddIdleSpaceTool>();
    tool->setKind(project::IdleSpaceKind::BoilerRoom);
    click({100, 100});
    ASSERT_EQ(project().idleSpaces().size(), 1u);
    EXPECT_EQ(project().idleSpaces().items()[0].kind, project::IdleSpaceKind::BoilerRoom);
    EXPECT_EQ(project().idleSpaces().items()[0].floorAreaM2, 0.0);
    EXPECT_FALSE(project().idleSpaces().items()[0].footprint.has_value());

    tool->setMode(AddIdleSpaceTool::Mode::Footprint);
    click({200, 200});
    click({240, 200});
    click({240, 230});
    doubleClick({200, 230});
    ASSERT_EQ(project().idleSpaces().size(), 2u);
    const project::IdleSpace& s = project().idleSpaces().items()[1];
    ASSERT_TRUE(s.footprint.has_value());
    const double groundPx = view->transform().groundMetresPerPixel();
    EXPECT_NEAR(s.floorAreaM2, 40.0 * 30.0 * groundPx * groundPx, 0.02 * s.floorAreaM2);
    const QPointF centre = view->transform().toPixel(s.position);
    EXPECT_NEAR(centre.x(), 220.0, 0.5);
    EXPECT_NEAR(centre.y(), 215.0, 0.5);
}

TEST_F(ToolsTest, MeasureSumsGroundDistances) {
    auto* tool = activate<MeasureTool>();
    click({100, 100});
    click({400, 100});
    doubleClick({400, 500});
    const double expected = geo::haversineM(lonLatAt({100, 100}), lonLatAt({400, 100}))
                            + geo::haversineM(lonLatAt({400, 100}), lonLatAt({400, 500}));
    EXPECT_NEAR(tool->lastLengthM(), expected, 1e-6);
    EXPECT_EQ(stack().count(), 0) << "measuring does not edit";
}

}  // namespace
}  // namespace yike::ui
