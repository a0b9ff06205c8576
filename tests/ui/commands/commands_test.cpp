// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>
#include <vector>

#include <gtest/gtest.h>

#include <QUndoStack>

#include "core/geo/local_frame.h"
#include "core/project/project.h"
#include "tests/support/test_document.h"
#include "ui/commands/add_feature.h"
#include "ui/commands/edit_geometry.h"
#include "ui/commands/move_features.h"
#include "ui/commands/remove_features.h"
#include "ui/commands/set_compound_outline.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

using project::Layer;

// The editable layers of two projects equal, item by item in their order (undo puts a deleted
// feature back where it was).
bool sameFeatures(const project::Project& a, const project::Project& b) {
    return a.facilities().items() == b.facilities().items()
           && a.compounds().items() == b.compounds().items()
           && a.gates().items() == b.gates().items()
           && a.idleSpaces().items() == b.idleSpaces().items();
}

class CommandsTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->newProject());
        project::Project& p = m_document->project();
        project::Compound compound;
        compound.outline.outer = {{116.400, 39.900}, {116.401, 39.900}, {116.401, 39.901},
                                  {116.400, 39.901}};
        compound.name = "A";
        m_compound = p.addCompound(compound);
        project::Gate gate;
        gate.compoundId = m_compound;
        gate.position = {116.4005, 39.900};
        m_gate = p.addGate(gate);
        project::Facility facility;
        facility.position = {116.402, 39.902};
        facility.categoryCode = "pharmacy";
        facility.name = "药店";
        m_facility = p.addFacility(facility);
    }

    project::Project& project() { return m_document->project(); }
    QUndoStack& stack() { return *m_document->undoStack(); }

    std::unique_ptr<ProjectDocument> m_document;
    project::FeatureId m_compound = 0;
    project::FeatureId m_gate = 0;
    project::FeatureId m_facility = 0;
};

TEST_F(CommandsTest, AddFacilityUndoRedoKeepsTheId) {
    const project::Project before = project();
    project::Facility f;
    f.position = {116.403, 39.903};
    f.categoryCode = "clinic";
    auto* command = new AddFacility(*m_document, f);
    stack().push(command);
    const project::FeatureId id = command->featureId();
    ASSERT_NE(project().facilities().find(id), nullptr);
    const project::Project after = project();
    stack().undo();
    EXPECT_TRUE(sameFeatures(project(), before));
    stack().redo();
    EXPECT_TRUE(project().sameContent(after));
    EXPECT_EQ(project().facilities().find(id)->position, f.position);
}

TEST_F(CommandsTest, AddCompoundGateAndIdleSpace) {
    const project::Project before = project();
    project::Compound c;
    c.outline.outer = {{116.41, 39.91}, {116.411, 39.91}, {116.411, 39.911}};
    auto* addCompound = new AddCompound(*m_document, c);
    stack().push(addCompound);
    project::Gate g;
    g.compoundId = addCompound->featureId();
    g.position = {116.4105, 39.91};
    stack().push(new AddGate(*m_document, g));
    project::IdleSpace s;
    s.position = {116.405, 39.905};
    s.kind = project::IdleSpaceKind::BoilerRoom;
    stack().push(new AddIdleSpace(*m_document, s));
    EXPECT_EQ(project().compounds().size(), 2u);
    EXPECT_EQ(project().gates().size(), 2u);
    EXPECT_EQ(project().idleSpaces().size(), 1u);
    const project::Project after = project();
    while (stack().canUndo()) stack().undo();
    EXPECT_TRUE(sameFeatures(project(), before));
    while (stack().canRedo()) stack().redo();
    EXPECT_TRUE(project().sameContent(after));
}

TEST_F(CommandsTest, DeletingACompoundDeletesItsGatesAndUndoRestoresTheSameIds) {
    const project::Project before = project();
    auto* command = new RemoveFeatures(*m_document, {{Layer::Compounds, m_compound},
                                                     {Layer::Facilities, m_facility}});
    EXPECT_EQ(command->count(), 3);
    stack().push(command);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(project().compounds().size(), 0u);
    EXPECT_EQ(project().gates().size(), 0u);
    EXPECT_EQ(project().facilities().size(), 0u);
    const project::Project after = project();
    stack().undo();
    ASSERT_NE(project().compounds().find(m_compound), nullptr);
    ASSERT_NE(project().gates().find(m_gate), nullptr);
    ASSERT_NE(project().facilities().find(m_facility), nullptr);
    EXPECT_EQ(project().gates().find(m_gate)->compoundId, m_compound);
    EXPECT_TRUE(sameFeatures(project(), before));
    stack().redo();
    EXPECT_TRUE(project().sameContent(after));
}

TEST_F(CommandsTest, DeletingTheSelectionDropsItFromTheSelection) {
    m_document->selection()->set({{Layer::Facilities, m_facility}});
    stack().push(new RemoveFeatures(*m_document, m_document->selection()->items()));
    EXPECT_TRUE(m_document->selection()->isEmpty());
}

TEST_F(CommandsTest, MovesOfOneDragMergeIntoOneStep) {
    const project::Project before = project();
    const std::vector<FeatureRef> refs{{Layer::Compounds, m_compound}, {Layer::Facilities, m_facility}};
    stack().push(new MoveFeatures(*m_document, refs, 0.0001, 0.0, 7));
    stack().push(new MoveFeatures(*m_document, refs, 0.0001, -0.0002, 7));
    EXPECT_EQ(stack().count(), 1);
    EXPECT_NEAR(project().facilities().find(m_facility)->position.lon, 116.4022, 1e-12);
    EXPECT_NEAR(project().facilities().find(m_facility)->position.lat, 39.9018, 1e-12);
    // The gate moved with its compound.
    EXPECT_NEAR(project().gates().find(m_gate)->position.lon, 116.4007, 1e-12);
    EXPECT_NEAR(project().compounds().find(m_compound)->outline.outer[0].lat, 39.8998, 1e-12);
    const project::Project after = project();

    stack().push(new MoveFeatures(*m_document, refs, 0.0001, 0.0, 8));
    EXPECT_EQ(stack().count(), 2) << "another drag is another step";
    stack().undo();
    EXPECT_TRUE(project().sameContent(after));
    stack().undo();
    EXPECT_TRUE(project().sameContent(before));
    stack().redo();
    EXPECT_TRUE(project().sameContent(after));
}

TEST_F(CommandsTest, MovesWithoutDragIdNeverMerge) {
    const std::vector<FeatureRef> refs{{Layer::Facilities, m_facility}};
    stack().push(new MoveFeatures(*m_document, refs, 0.0001, 0.0));
    stack().push(new MoveFeatures(*m_document, refs, 0.0001, 0.0));
    EXPECT_EQ(stack().count(), 2);
}

TEST_F(CommandsTest, SetCompoundOutlineKeepsGatesOnTheFenceAndMerges) {
    const project::Project before = project();
    geo::Polygon outline = project().compounds().find(m_compound)->outline;
    outline.outer[1] = {116.4012, 39.8995};
    stack().push(new SetCompoundOutline(*m_document, m_compound, outline, 3));
    outline.outer[1] = {116.4015, 39.8990};
    stack().push(new SetCompoundOutline(*m_document, m_compound, outline, 3));
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(project().compounds().find(m_compound)->outline, outline);
    const geo::LonLat gate = project().gates().find(m_gate)->position;
    const RingProjection on = projectOntoRing(outline.outer, gate);
    EXPECT_LT(on.distanceM, 0.01);
    EXPECT_EQ(on.edge, 0u);
    EXPECT_NEAR(on.t, 0.5, 1e-6) << "the gate keeps its place along the edge";
    const project::Project after = project();
    stack().undo();
    EXPECT_TRUE(project().sameContent(before));
    stack().redo();
    EXPECT_TRUE(project().sameContent(after));
}

}  // namespace
}  // namespace yike::ui
