// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <vector>

#include <gtest/gtest.h>

#include <QUndoStack>

#include "core/catalog/catalog.h"
#include "core/project/project.h"
#include "tests/support/test_document.h"
#include "ui/commands/add_feature.h"
#include "ui/commands/set_catalog.h"
#include "ui/commands/update_feature.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

using project::ChangeEvent;
using project::Layer;

class UpdateFeatureTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->newProject());
        project::Project& p = m_document->project();
        project::Compound compound;
        compound.outline.outer = {{116.400, 39.900}, {116.401, 39.900}, {116.401, 39.901}};
        compound.name = "阳光小区";
        compound.population = 1200;
        m_compound = p.addCompound(compound);
        compound.name = "Second";
        m_otherCompound = p.addCompound(compound);
        project::Gate gate;
        gate.compoundId = m_compound;
        gate.position = {116.4005, 39.900};
        m_gate = p.addGate(gate);
        project::Facility facility;
        facility.position = {116.402, 39.902};
        facility.categoryCode = "pharmacy";
        facility.name = "药店";
        m_facility = p.addFacility(facility);
        project::IdleSpace space;
        space.position = {116.403, 39.903};
        space.floorAreaM2 = 80.0;
        m_space = p.addIdleSpace(space);
        m_listener = p.addListener([this](const ChangeEvent& e) { m_events.push_back(e); });
    }

    void TearDown() override { m_document->project().removeListener(m_listener); }

    project::Project& project() { return m_document->project(); }
    QUndoStack& stack() { return *m_document->undoStack(); }

    std::unique_ptr<ProjectDocument> m_document;
    project::FeatureId m_compound = 0;
    project::FeatureId m_otherCompound = 0;
    project::FeatureId m_gate = 0;
    project::FeatureId m_facility = 0;
    project::FeatureId m_space = 0;
    int m_listener = 0;
    std::vector<ChangeEvent> m_events;
};

TEST_F(UpdateFeatureTest, ChangesOneFacilityAndUndoRestoresIt) {
    const project::Facility before = *project().facilities().find(m_facility);
    project::Facility edited = before;
    edited.categoryCode = "clinic";
    edited.status = project::FacilityStatus::Planned;
    auto* command = new UpdateFacility(*m_document, edited, QStringLiteral("Category"));
    EXPECT_FALSE(command->changesNothing());
    EXPECT_EQ(command->text(), QStringLiteral("Set Category of “药店”"));
    stack().push(command);
    EXPECT_EQ(*project().facilities().find(m_facility), edited);
    ASSERT_EQ(m_events.size(), 1u);
    EXPECT_EQ(m_events[0].layer, Layer::Facilities);
    EXPECT_EQ(m_events[0].kind, ChangeEvent::Kind::Changed);
    EXPECT_EQ(m_events[0].id, m_facility);
    stack().undo();
    EXPECT_EQ(*project().facilities().find(m_facility), before);
    stack().redo();
    EXPECT_EQ(*project().facilities().find(m_facility), edited);
}

TEST_F(UpdateFeatureTest, EveryLayerRoundTripsThroughUndoAndRedo) {
    const project::Project original = project();
    project::Compound c = *project().compounds().find(m_compound);
    c.population = 3400;
    c.fenced = false;
    stack().push(new UpdateCompound(*m_document, c, QStringLiteral("Population")));
    project::Gate g = *project().gates().find(m_gate);
    g.compoundId = m_otherCompound;
    g.kind = project::GateKind::Vehicle;
    g.openHours = "06:00-22:00";
    stack().push(new UpdateGate(*m_document, g));
    project::IdleSpace s = *project().idleSpaces().find(m_space);
    s.floorAreaM2 = 120.5;
    s.kind = project::IdleSpaceKind::BoilerRoom;
    stack().push(new UpdateIdleSpace(*m_document, s));
    EXPECT_EQ(stack().count(), 3);
    EXPECT_EQ(project().compounds().find(m_compound)->population, 3400);
    EXPECT_EQ(project().gates().find(m_gate)->compoundId, m_otherCompound);
    EXPECT_DOUBLE_EQ(project().idleSpaces().find(m_space)->floorAreaM2, 120.5);
    const project::Project edited = project();
    while (stack().canUndo()) stack().undo();
    EXPECT_TRUE(project().sameContent(original));
    while (stack().canRedo()) stack().redo();
    EXPECT_TRUE(project().sameContent(edited));
}

TEST_F(UpdateFeatureTest, SuccessiveEditsOfOneFieldAreSeparateSteps) {
    for (int population : {1300, 1400, 1500}) {
        project::Compound c = *project().compounds().find(m_compound);
        c.population = population;
        stack().push(new UpdateCompound(*m_document, c, QStringLiteral("Population")));
    }
    EXPECT_EQ(stack().count(), 3);
    stack().undo();
    EXPECT_EQ(project().compounds().find(m_compound)->population, 1400);
    stack().undo();
    EXPECT_EQ(project().compounds().find(m_compound)->population, 1300);
}

TEST_F(UpdateFeatureTest, UnnamedFeatureAndDefaultTexts) {
    project::IdleSpace s = *project().idleSpaces().find(m_space);
    s.owner = "街道";
    UpdateIdleSpace withField(*m_document, s, QStringLiteral("Owner"));
    EXPECT_EQ(withField.text(), QStringLiteral("Set Owner"));
    UpdateIdleSpace withoutField(*m_document, s);
    EXPECT_EQ(withoutField.text(), QStringLiteral("Edit Idle Space"));
    const UpdateIdleSpace same(*m_document, *project().idleSpaces().find(m_space));
    EXPECT_TRUE(same.changesNothing());
}

TEST_F(UpdateFeatureTest, MissingFeatureIsRefusedBeforeAnythingChanges) {
    project::Facility ghost;
    ghost.id = 9999;
    EXPECT_THROW(UpdateFacility(*m_document, ghost), project::ProjectLogicError);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_TRUE(m_events.empty());
}

TEST_F(UpdateFeatureTest, UndoAfterTheFeatureWasReAddedRestoresTheSameId) {
    // Edit, then undo back past an AddFacility and redo: the update applies to the re-added
    // feature because ids are kept.
    project::Facility f;
    f.position = {116.41, 39.91};
    f.categoryCode = "clinic";
    auto* add = new AddFacility(*m_document, f);
    stack().push(add);
    project::Facility edited = *project().facilities().find(add->featureId());
    edited.name = "社区卫生服务站";
    stack().push(new UpdateFacility(*m_document, edited, QStringLiteral("Name")));
    stack().undo();
    stack().undo();
    EXPECT_EQ(project().facilities().find(edited.id), nullptr);
    stack().redo();
    stack().redo();
    EXPECT_EQ(project().facilities().find(edited.id)->name, "社区卫生服务站");
}

TEST(SetCatalogTest, ReplacesTheCatalogueAsOneStepAndKeepsFacilities) {
    ProjectDocument::Options options;
    options.autosave = false;
    ProjectDocument document(options);
    ASSERT_TRUE(document.newProject());
    project::Facility f;
    f.categoryCode = "pharmacy";
    const project::FeatureId id = document.project().addFacility(f);
    const catalog::Catalog before = document.project().catalog();
    ASSERT_NE(before.find("pharmacy"), nullptr);

    std::vector<catalog::Category> categories;
    for (const catalog::Category& c : before.categories())
        if (c.code != "pharmacy") categories.push_back(c);
    categories.front().walkMinutes = 7.0;
    const catalog::Catalog after(categories);
    auto* command = new SetCatalog(document, after);
    EXPECT_EQ(command->text(), QStringLiteral("Edit Standards Catalogue"));
    document.undoStack()->push(command);
    EXPECT_EQ(document.project().catalog(), after);
    EXPECT_EQ(document.project().facilities().find(id)->categoryCode, "pharmacy");
    document.undoStack()->undo();
    EXPECT_EQ(document.project().catalog(), before);
    document.undoStack()->redo();
    EXPECT_EQ(document.project().catalog(), after);

    auto* restore = new SetCatalog(document, catalog::builtinCatalog());
    EXPECT_EQ(restore->text(), QStringLiteral("Restore Built-in Catalogue"));
    document.undoStack()->push(restore);
    EXPECT_EQ(document.project().catalog(), catalog::builtinCatalog());
    EXPECT_EQ(document.undoStack()->count(), 2);
}

}  // namespace
}  // namespace yike::ui
