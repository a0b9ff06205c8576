// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_document.h"
#include "ui/commands/import_features.h"

#include <memory>
#include <vector>

#include <gtest/gtest.h>

#include <QUndoStack>

#include "core/project/project.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

using project::Layer;

// The features of the editable layers; id counters may differ (they never go back).
bool sameFeatures(const project::Project& a, const project::Project& b) {
    return a.facilities().items() == b.facilities().items()
           && a.idleSpaces().items() == b.idleSpaces().items()
           && a.compounds().items() == b.compounds().items()
           && a.gates().items() == b.gates().items();
}

class ImportFeaturesTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
    }

    project::Project& project() { return m_document->project(); }
    std::unique_ptr<ProjectDocument> m_document;
};

TEST_F(ImportFeaturesTest, AddsEverythingInOneStepAndUndoRemovesIt) {
    const project::Project before = project();
    std::vector<project::Facility> facilities(3);
    for (std::size_t i = 0; i < facilities.size(); ++i) {
        facilities[i].position = {112.93 + 0.001 * static_cast<double>(i), 28.23};
        facilities[i].categoryCode = "pharmacy";
        facilities[i].name = "药店" + std::to_string(i);
    }
    std::vector<project::IdleSpace> idle(1);
    idle[0].position = {112.94, 28.24};
    std::vector<project::Compound> compounds(1);
    compounds[0].outline.outer = {{112.95, 28.25}, {112.951, 28.25}, {112.951, 28.251}};

    auto* command = new ImportFeatures(*m_document, facilities, idle, compounds);
    EXPECT_EQ(command->count(), 5);
    EXPECT_EQ(command->text(), QStringLiteral("Import 5 Features"));
    m_document->undoStack()->push(command);
    EXPECT_EQ(m_document->undoStack()->count(), 1);
    EXPECT_EQ(project().facilities().size(), before.facilities().size() + 3);
    EXPECT_EQ(project().idleSpaces().size(), before.idleSpaces().size() + 1);
    EXPECT_EQ(project().compounds().size(), before.compounds().size() + 1);

    const std::vector<FeatureRef> refs = command->refs();
    ASSERT_EQ(refs.size(), 5u);
    EXPECT_EQ(refs[0].layer, Layer::Compounds);
    for (const FeatureRef& r : refs) EXPECT_NE(r.id, 0);
    const project::Facility* first = project().facilities().find(refs[1].id);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->name, "药店0");
    const project::Project after = project();

    // One Reset per layer, not one event per feature; undo also leaves the selection clean.
    std::vector<project::ChangeEvent> events;
    QObject::connect(m_document.get(), &ProjectDocument::projectChanged,
                     [&](const project::ChangeEvent& e) { events.push_back(e); });
    m_document->selection()->set(refs);
    m_document->selection()->add({{Layer::Gates, project().gates().items()[0].id}});
    m_document->undoStack()->undo();
    EXPECT_TRUE(sameFeatures(project(), before));
    ASSERT_EQ(events.size(), 3u);
    for (const project::ChangeEvent& e : events)
        EXPECT_EQ(e.kind, project::ChangeEvent::Kind::Reset);
    EXPECT_EQ(m_document->selection()->items(),
              (std::vector<FeatureRef>{{Layer::Gates, project().gates().items()[0].id}}));
    m_document->undoStack()->redo();
    EXPECT_TRUE(sameFeatures(project(), after)) << "redo puts them back under the same ids";
    EXPECT_EQ(command->refs(), refs);
}

TEST_F(ImportFeaturesTest, NamesASingleFeature) {
    std::vector<project::Facility> one(1);
    one[0].categoryCode = "cafe";
    const ImportFeatures command(*m_document, one, {}, {});
    EXPECT_EQ(command.text(), QStringLiteral("Import 1 Feature"));
}

}  // namespace
}  // namespace yike::ui
