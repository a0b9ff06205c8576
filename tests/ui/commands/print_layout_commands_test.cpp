// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <QUndoStack>

#include "core/project/project.h"
#include "tests/support/test_document.h"
#include "ui/commands/remove_print_layout.h"
#include "ui/commands/set_print_layout.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

using project::PrintLayout;

const PrintLayout kGuideMap{"新街口 A3 导览图", "guide_map",
                            R"({"title":"新街口街道 \"15 分钟\" 生活圈","scale":5000})"};
const PrintLayout kReport{"Annual report", "report", R"({"pages":2})"};
const PrintLayout kEastPart{"东片区", "guide_map", "{}"};

class PrintLayoutCommandsTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->newProject());
        project().setPrintLayout(kGuideMap);
        project().setPrintLayout(kReport);
        project().setPrintLayout(kEastPart);
    }

    project::Project& project() { return m_document->project(); }
    QUndoStack& stack() { return *m_document->undoStack(); }

    std::vector<std::string> names() const {
        std::vector<std::string> result;
        for (const PrintLayout& l : m_document->project().printLayouts()) result.push_back(l.name);
        return result;
    }

    std::unique_ptr<ProjectDocument> m_document;
};

TEST_F(PrintLayoutCommandsTest, SetAddsALayoutAndUndoRemovesIt) {
    const project::Project before = project();
    const PrintLayout added{"社区卫生服务站 分布图", "guide_map", R"({"legend":["卫生站"]})"};
    auto* command = new SetPrintLayout(*m_document, added);
    EXPECT_FALSE(command->before().has_value());
    EXPECT_FALSE(command->changesNothing());
    EXPECT_EQ(command->text(), QStringLiteral("Add Print Layout “社区卫生服务站 分布图”"));
    stack().push(command);
    ASSERT_NE(project().printLayout(added.name), nullptr);
    EXPECT_EQ(*project().printLayout(added.name), added);
    EXPECT_EQ(names().back(), added.name);
    const project::Project after = project();
    stack().undo();
    EXPECT_EQ(project().printLayout(added.name), nullptr);
    EXPECT_TRUE(project().sameContent(before));
    stack().redo();
    EXPECT_TRUE(project().sameContent(after));
    EXPECT_TRUE(m_document->isModified());
}

TEST_F(PrintLayoutCommandsTest, SetReplacesInPlaceAndUndoGivesBackTheOldDefinition) {
    PrintLayout edited = kGuideMap;
    edited.definition = R"({"title":"新街口街道 “一刻钟” 便民生活圈","scale":2500})";
    auto* command = new SetPrintLayout(*m_document, edited);
    ASSERT_TRUE(command->before().has_value());
    EXPECT_EQ(*command->before(), kGuideMap);
    EXPECT_EQ(command->text(), QStringLiteral("Edit Print Layout “新街口 A3 导览图”"));
    stack().push(command);
    EXPECT_EQ(project().printLayout(kGuideMap.name)->definition, edited.definition);
    EXPECT_EQ(names(), (std::vector<std::string>{kGuideMap.name, kReport.name, kEastPart.name}));
    stack().undo();
    EXPECT_EQ(project().printLayout(kGuideMap.name)->definition, kGuideMap.definition);
    EXPECT_EQ(names(), (std::vector<std::string>{kGuideMap.name, kReport.name, kEastPart.name}));
    stack().redo();
    EXPECT_EQ(project().printLayout(kGuideMap.name)->definition, edited.definition);
    EXPECT_EQ(stack().count(), 1);

    const SetPrintLayout same(*m_document, edited);
    EXPECT_TRUE(same.changesNothing());
}

TEST_F(PrintLayoutCommandsTest, RemoveAndUndoPutsTheLayoutBackInItsPlace) {
    const project::Project before = project();
    auto* command = new RemovePrintLayout(*m_document, kReport.name);
    EXPECT_EQ(command->text(), QStringLiteral("Delete Print Layout “Annual report”"));
    stack().push(command);
    EXPECT_EQ(project().printLayout(kReport.name), nullptr);
    EXPECT_EQ(names(), (std::vector<std::string>{kGuideMap.name, kEastPart.name}));
    stack().undo();
    EXPECT_EQ(names(), (std::vector<std::string>{kGuideMap.name, kReport.name, kEastPart.name}));
    EXPECT_TRUE(project().sameContent(before));
    stack().redo();
    EXPECT_EQ(names(), (std::vector<std::string>{kGuideMap.name, kEastPart.name}));
}

TEST_F(PrintLayoutCommandsTest, StepsUndoInTurn) {
    // Edit, delete, then add another of the same name: every undo goes one step back.
    const project::Project original = project();
    PrintLayout edited = kEastPart;
    edited.definition = R"({"scale":10000})";
    stack().push(new SetPrintLayout(*m_document, edited));
    stack().push(new RemovePrintLayout(*m_document, kEastPart.name));
    PrintLayout report = kEastPart;
    report.kind = "report";
    stack().push(new SetPrintLayout(*m_document, report));
    EXPECT_EQ(project().printLayout(kEastPart.name)->kind, "report");
    stack().undo();
    EXPECT_EQ(project().printLayout(kEastPart.name), nullptr);
    stack().undo();
    EXPECT_EQ(*project().printLayout(kEastPart.name), edited);
    stack().undo();
    EXPECT_TRUE(project().sameContent(original));
    while (stack().canRedo()) stack().redo();
    EXPECT_EQ(*project().printLayout(kEastPart.name), report);
    EXPECT_EQ(names().back(), kEastPart.name);
}

TEST_F(PrintLayoutCommandsTest, BadInputIsRefusedBeforeAnythingIsPushed) {
    const std::uint64_t revision = project().revision();
    EXPECT_THROW(SetPrintLayout(*m_document, PrintLayout{"", "guide_map", "{}"}),
                 project::ProjectLogicError);
    EXPECT_THROW(SetPrintLayout(*m_document, PrintLayout{"草稿", "report", "\xFF"}),
                 project::ProjectLogicError);
    EXPECT_THROW(RemovePrintLayout(*m_document, "没有这个"), project::ProjectLogicError);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(project().revision(), revision);
}

}  // namespace
}  // namespace yike::ui
