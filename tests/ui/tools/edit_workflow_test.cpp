// SPDX-License-Identifier: GPL-3.0-or-later
#include <filesystem>

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

#include "core/geo/local_frame.h"
#include "core/project/project_file.h"
#include "tests/ui/tools/canvas_fixture.h"
#include "ui/tools/add_facility_tool.h"
#include "ui/tools/add_gate_tool.h"
#include "ui/tools/draw_compound_tool.h"
#include "ui/tools/move_tool.h"

namespace yike::ui {
namespace {

constexpr double kDegreeTolerance = 1e-7;

// Distance in metres from `p` to the outline, in a local frame at the outline's first corner.
double distanceToOutlineM(const geo::Ring& ring, geo::LonLat p) {
    const geo::LocalFrame frame(ring.front());
    const geo::LocalXY q = frame.toLocal(p);
    double best = 1e300;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const geo::LocalXY a = frame.toLocal(ring[i]);
        const geo::LocalXY b = frame.toLocal(ring[(i + 1) % ring.size()]);
        const double dx = b.x - a.x;
        const double dy = b.y - a.y;
        double t = ((q.x - a.x) * dx + (q.y - a.y) * dy) / (dx * dx + dy * dy);
        t = std::clamp(t, 0.0, 1.0);
        best = std::min(best, std::hypot(a.x + t * dx - q.x, a.y + t * dy - q.y));
    }
    return best;
}

using EditWorkflow = test::CanvasTest;

// The whole editing story with real mouse events: place a facility, draw a compound, put two
// gates on its fence, drag the facility, undo and redo, save and read the file back.
TEST_F(EditWorkflow, PlaceDrawGateMoveUndoSaveAndReopen) {
    // A facility where the map is clicked.
    activate<AddFacilityTool>();
    const QPoint facilityPx(200, 150);
    click(facilityPx);
    ASSERT_EQ(project().facilities().size(), 1u);
    const project::Facility placed = project().facilities().items().front();
    const geo::LonLat expected = lonLatAt(facilityPx);
    EXPECT_NEAR(placed.position.lon, expected.lon, kDegreeTolerance);
    EXPECT_NEAR(placed.position.lat, expected.lat, kDegreeTolerance);
    EXPECT_EQ(placed.status, project::FacilityStatus::Existing);
    EXPECT_FALSE(placed.categoryCode.empty());
    EXPECT_EQ(stack().count(), 1);

    // A compound: four clicks, then a double-click on the last corner.
    activate<DrawCompoundTool>();
    const QPoint corners[] = {{400, 200}, {600, 200}, {600, 400}, {400, 400}};
    for (const QPoint& p : corners) click(p);
    doubleClick(corners[3]);
    ASSERT_EQ(project().compounds().size(), 1u);
    const project::Compound compound = project().compounds().items().front();
    ASSERT_EQ(compound.outline.outer.size(), 4u);
    EXPECT_TRUE(compound.fenced);
    EXPECT_EQ(stack().count(), 2);

    // Two gates, clicked a few pixels off two different edges.
    activate<AddGateTool>();
    click({500, 204});
    click({596, 330});
    ASSERT_EQ(project().gates().size(), 2u);
    for (const project::Gate& gate : project().gates().items()) {
        EXPECT_EQ(gate.compoundId, compound.id);
        EXPECT_LT(distanceToOutlineM(compound.outline.outer, gate.position), 0.01);
    }
    EXPECT_EQ(stack().count(), 4);

    // Drag the facility: one undo step however many mouse moves.
    activate<MoveTool>();
    const QPoint to(260, 190);
    drag(facilityPx, to);
    EXPECT_EQ(stack().count(), 5);
    const geo::LonLat from = lonLatAt(facilityPx);
    const geo::LonLat target = lonLatAt(to);
    const geo::LonLat moved = project().facilities().items().front().position;
    EXPECT_NEAR(moved.lon, placed.position.lon + (target.lon - from.lon), kDegreeTolerance);
    EXPECT_NEAR(moved.lat, placed.position.lat + (target.lat - from.lat), kDegreeTolerance);

    stack().undo();
    EXPECT_EQ(project().facilities().items().front().position, placed.position);
    stack().redo();
    EXPECT_EQ(project().facilities().items().front().position, moved);

    // Save, then read the file back.
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    const QString path = QDir(scratch.path()).filePath(QStringLiteral("edited.yike"));
    ASSERT_TRUE(document->saveAs(path));
    EXPECT_FALSE(document->isModified());
    const auto file = project::ProjectFile::open(std::filesystem::path(path.toStdString()),
                                                 project::ProjectFile::Mode::ReadOnly);
    const project::Project reopened = file->load();
    ASSERT_EQ(reopened.facilities().size(), 1u);
    EXPECT_NEAR(reopened.facilities().items().front().position.lon, moved.lon, 1e-9);
    EXPECT_NEAR(reopened.facilities().items().front().position.lat, moved.lat, 1e-9);
    ASSERT_EQ(reopened.compounds().size(), 1u);
    ASSERT_EQ(reopened.gates().size(), 2u);
    for (const project::Gate& gate : reopened.gates().items())
        EXPECT_EQ(gate.compoundId, reopened.compounds().items().front().id);
}

}  // namespace
}  // namespace yike::ui
