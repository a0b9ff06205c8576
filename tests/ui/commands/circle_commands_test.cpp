// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <QUndoStack>

#include "core/project/project.h"
#include "tests/support/test_document.h"
#include "ui/commands/remove_circle.h"
#include "ui/commands/set_circle.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

using project::Circle;
using project::CircleKind;

Circle community() {
    Circle c;
    c.name = "汉中路社区";
    c.kind = CircleKind::Area;
    c.area = {
        geo::Polygon{{{118.77, 32.03}, {118.79, 32.03}, {118.79, 32.05}, {118.77, 32.05}}, {}}};
    c.satisfactionPercent = 86.5;
    c.households = 4210;
    return c;
}

Circle clinicWalk() {
    Circle c;
    c.name = "Clinic walk";
    c.kind = CircleKind::Centre;
    c.centreFacility = 1;
    c.minutes = 10.0;
    c.profileCode = "older";
    return c;
}

Circle plaza() {
    Circle c;
    c.name = "新街口广场";
    c.kind = CircleKind::Centre;
    c.centrePoint = geo::LonLat{118.7825, 32.0385};
    return c;
}

class CircleCommandsTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->newProject());
        project().setCircle(community());
        project().setCircle(clinicWalk());
        project().setCircle(plaza());
    }

    project::Project& project() { return m_document->project(); }
    QUndoStack& stack() { return *m_document->undoStack(); }

    std::vector<std::string> names() const {
        std::vector<std::string> result;
        for (const Circle& c : m_document->project().circles()) result.push_back(c.name);
        return result;
    }

    std::unique_ptr<ProjectDocument> m_document;
};

TEST_F(CircleCommandsTest, SetAddsACircleAndUndoRemovesIt) {
    const project::Project before = project();
    Circle added = plaza();
    added.name = "华侨路社区";
    added.satisfactionPercent = 0.0;
    auto* command = new SetCircle(*m_document, added);
    EXPECT_FALSE(command->before().has_value());
    EXPECT_FALSE(command->renames());
    EXPECT_FALSE(command->changesNothing());
    EXPECT_EQ(command->text(), QStringLiteral("Add Living Circle “华侨路社区”"));
    stack().push(command);
    ASSERT_NE(project().circle(added.name), nullptr);
    EXPECT_EQ(*project().circle(added.name), added);
    EXPECT_EQ(names().back(), added.name);
    const project::Project after = project();
    stack().undo();
    EXPECT_EQ(project().circle(added.name), nullptr);
    EXPECT_TRUE(project().sameContent(before));
    stack().redo();
    EXPECT_TRUE(project().sameContent(after));
    EXPECT_TRUE(m_document->isModified());
}

TEST_F(CircleCommandsTest, SetReplacesInPlaceAndUndoGivesBackTheOldFigures) {
    Circle edited = clinicWalk();
    edited.satisfactionPercent = 70.0;
    edited.households = 980;
    auto* command = new SetCircle(*m_document, edited);
    ASSERT_TRUE(command->before().has_value());
    EXPECT_EQ(*command->before(), clinicWalk());
    EXPECT_FALSE(command->renames());
    EXPECT_EQ(command->text(), QStringLiteral("Edit Living Circle “Clinic walk”"));
    stack().push(command);
    EXPECT_EQ(*project().circle("Clinic walk"), edited);
    EXPECT_EQ(names(), (std::vector<std::string>{"汉中路社区", "Clinic walk", "新街口广场"}));
    stack().undo();
    EXPECT_EQ(*project().circle("Clinic walk"), clinicWalk());
    EXPECT_FALSE(project().circle("Clinic walk")->households.has_value());
    EXPECT_EQ(names(), (std::vector<std::string>{"汉中路社区", "Clinic walk", "新街口广场"}));
    stack().redo();
    EXPECT_EQ(*project().circle("Clinic walk"), edited);
    EXPECT_EQ(stack().count(), 1);

    const SetCircle same(*m_document, edited);
    EXPECT_TRUE(same.changesNothing());
    const SetCircle sameByName(*m_document, "Clinic walk", edited);
    EXPECT_TRUE(sameByName.changesNothing());
}

TEST_F(CircleCommandsTest, RenameIsOneStepThatKeepsThePlace) {
    const project::Project before = project();
    Circle renamed = community();
    renamed.name = "汉中路社区（含五台山）";
    auto* command = new SetCircle(*m_document, "汉中路社区", renamed);
    EXPECT_TRUE(command->renames());
    EXPECT_EQ(command->before()->name, "汉中路社区");
    EXPECT_EQ(command->text(),
              QStringLiteral("Rename Living Circle “汉中路社区” to “汉中路社区（含五台山）”"));
    stack().push(command);
    EXPECT_EQ(names(),
              (std::vector<std::string>{"汉中路社区（含五台山）", "Clinic walk", "新街口广场"}));
    EXPECT_EQ(project().circle("汉中路社区"), nullptr);
    const project::Project after = project();

    // One undo step gives the old circle back under its old name, where it was.
    EXPECT_EQ(stack().count(), 1);
    stack().undo();
    EXPECT_TRUE(project().sameContent(before));
    EXPECT_EQ(names(), (std::vector<std::string>{"汉中路社区", "Clinic walk", "新街口广场"}));
    stack().redo();
    EXPECT_TRUE(project().sameContent(after));
}

TEST_F(CircleCommandsTest, EditWithRenameChangesTheCircleAndItsName) {
    const project::Project before = project();
    Circle edited = plaza();
    edited.name = "新街口 10 分钟";
    edited.minutes = 10.0;
    edited.households = 0;
    auto* command = new SetCircle(*m_document, "新街口广场", edited);
    EXPECT_EQ(command->text(),
              QStringLiteral("Edit and Rename Living Circle “新街口广场” to “新街口 10 分钟”"));
    stack().push(command);
    EXPECT_EQ(names(), (std::vector<std::string>{"汉中路社区", "Clinic walk", "新街口 10 分钟"}));
    EXPECT_EQ(*project().circle("新街口 10 分钟"), edited);
    stack().undo();
    EXPECT_TRUE(project().sameContent(before));
    EXPECT_EQ(*project().circle("新街口广场"), plaza());
}

TEST_F(CircleCommandsTest, RemoveAndUndoPutsTheCircleBackInItsPlace) {
    const project::Project before = project();
    auto* command = new RemoveCircle(*m_document, "Clinic walk");
    EXPECT_EQ(command->text(), QStringLiteral("Delete Living Circle “Clinic walk”"));
    EXPECT_EQ(command->circle(), clinicWalk());
    stack().push(command);
    EXPECT_EQ(project().circle("Clinic walk"), nullptr);
    EXPECT_EQ(names(), (std::vector<std::string>{"汉中路社区", "新街口广场"}));
    stack().undo();
    EXPECT_EQ(names(), (std::vector<std::string>{"汉中路社区", "Clinic walk", "新街口广场"}));
    EXPECT_TRUE(project().sameContent(before));
    stack().redo();
    EXPECT_EQ(names(), (std::vector<std::string>{"汉中路社区", "新街口广场"}));
}

TEST_F(CircleCommandsTest, StepsUndoInTurn) {
    // Rename, delete the renamed one, add another under the old name: every undo goes one step
    // back, and redo replays them all.
    const project::Project original = project();
    Circle renamed = clinicWalk();
    renamed.name = "卫生站 10 分钟";
    stack().push(new SetCircle(*m_document, "Clinic walk", renamed));
    stack().push(new RemoveCircle(*m_document, "卫生站 10 分钟"));
    Circle another = plaza();
    another.name = "Clinic walk";
    stack().push(new SetCircle(*m_document, another));
    EXPECT_EQ(names(), (std::vector<std::string>{"汉中路社区", "新街口广场", "Clinic walk"}));
    stack().undo();
    EXPECT_EQ(project().circle("Clinic walk"), nullptr);
    stack().undo();
    EXPECT_EQ(names(), (std::vector<std::string>{"汉中路社区", "卫生站 10 分钟", "新街口广场"}));
    stack().undo();
    EXPECT_TRUE(project().sameContent(original));
    while (stack().canRedo()) stack().redo();
    EXPECT_EQ(*project().circle("Clinic walk"), another);
    EXPECT_EQ(names(), (std::vector<std::string>{"汉中路社区", "新街口广场", "Clinic walk"}));
}

TEST_F(CircleCommandsTest, BadInputIsRefusedBeforeAnythingIsPushed) {
    const std::uint64_t revision = project().revision();
    Circle blank = plaza();
    blank.name = "  ";
    EXPECT_THROW(SetCircle(*m_document, blank), project::ProjectLogicError);
    Circle noCentre = plaza();
    noCentre.centrePoint.reset();
    EXPECT_THROW(SetCircle(*m_document, noCentre), project::ProjectLogicError);
    Circle tooSatisfied = community();
    tooSatisfied.satisfactionPercent = 101.0;
    EXPECT_THROW(SetCircle(*m_document, tooSatisfied), project::ProjectLogicError);
    // Renaming onto another circle's name, or editing a circle that is not there.
    Circle taken = community();
    taken.name = "Clinic walk";
    EXPECT_THROW(SetCircle(*m_document, "汉中路社区", taken), project::ProjectLogicError);
    EXPECT_THROW(SetCircle(*m_document, "没有这个", community()), project::ProjectLogicError);
    EXPECT_THROW(RemoveCircle(*m_document, "没有这个"), project::ProjectLogicError);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(project().revision(), revision);
}

}  // namespace
}  // namespace yike::ui
