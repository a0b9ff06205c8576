// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_document.h"
#include "ui/commands/remove_features.h"

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <QUndoStack>

#include "core/project/project.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

using project::ChangeEvent;
using project::Layer;

bool exists(const project::Project& p, const FeatureRef& ref) {
    switch (ref.layer) {
        case Layer::Facilities:
            return p.facilities().find(ref.id) != nullptr;
        case Layer::Compounds:
            return p.compounds().find(ref.id) != nullptr;
        case Layer::Gates:
            return p.gates().find(ref.id) != nullptr;
        case Layer::IdleSpaces:
            return p.idleSpaces().find(ref.id) != nullptr;
        default:
            return false;
    }
}

/// A document with 1,000 facilities, 20 compounds with two gates each and 10 idle spaces.
class RemoveFeaturesTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->newProject());
        project::Project& p = project();
        for (int i = 0; i < 1000; ++i) {
            project::Facility f;
            f.position = {116.40 + 0.0001 * i, 39.90};
            f.categoryCode = i % 2 == 0 ? "pharmacy" : "convenience_store";
            f.name = "设施" + std::to_string(i);
            f.attributes["编号"] = std::to_string(i);
            p.addFacility(f);
        }
        for (int i = 0; i < 20; ++i) {
            project::Compound c;
            const double lon = 116.40 + 0.002 * i;
            c.outline.outer = {
                {lon, 39.91}, {lon + 0.001, 39.91}, {lon + 0.001, 39.911}, {lon, 39.911}};
            c.name = "小区" + std::to_string(i);
            c.population = 1000 + i;
            const project::FeatureId compound = p.addCompound(c);
            for (int k = 0; k < 2; ++k) {
                project::Gate g;
                g.compoundId = compound;
                g.position = {lon + 0.0005 * k, 39.91};
                g.name = k == 0 ? "南门" : "北门";
                p.addGate(g);
            }
        }
        for (int i = 0; i < 10; ++i) {
            project::IdleSpace s;
            s.position = {116.41, 39.92 + 0.0001 * i};
            s.floorAreaM2 = 50.0 + i;
            p.addIdleSpace(s);
        }
    }

    project::Project& project() { return m_document->project(); }
    QUndoStack& stack() { return *m_document->undoStack(); }

    /// Records the change events the document forwards from now on.
    std::vector<ChangeEvent>& recordEvents() {
        QObject::connect(m_document.get(), &ProjectDocument::projectChanged,
                         [this](const ChangeEvent& e) { m_events.push_back(e); });
        return m_events;
    }

    std::unique_ptr<ProjectDocument> m_document;
    std::vector<ChangeEvent> m_events;
};

TEST_F(RemoveFeaturesTest, ThousandsGoAndComeBackWithOneResetPerLayer) {
    project::Project& p = project();
    // An older id at the end of the facilities (added back under its id): the bulk undo must
    // restore that order too.
    const project::FeatureId moved = p.facilities().items()[10].id;
    const project::Facility copy = *p.facilities().find(moved);
    p.removeFacility(moved);
    p.addFacility(copy);
    ASSERT_EQ(p.facilities().items().back().id, moved);
    const project::Project before = p;

    // Every other facility (the moved one too), five compounds (with their ten gates), one
    // gate of a compound that stays and three idle spaces.
    std::vector<FeatureRef> refs;
    for (std::size_t i = 0; i < p.facilities().size(); i += 2)
        refs.push_back({Layer::Facilities, p.facilities().items()[i].id});
    refs.push_back({Layer::Facilities, moved});
    for (std::size_t i = 0; i < 20; i += 4)
        refs.push_back({Layer::Compounds, p.compounds().items()[i].id});
    const project::Gate keptCompoundGate = p.gates().items()[3];
    refs.push_back({Layer::Gates, keptCompoundGate.id});
    for (std::size_t i : {0u, 5u, 9u})
        refs.push_back({Layer::IdleSpaces, p.idleSpaces().items()[i].id});
    refs.push_back({Layer::Facilities, moved});  // listed twice, counted once

    // The selection holds what goes and one facility that stays.
    const FeatureRef stays{Layer::Facilities, p.facilities().items()[1].id};
    std::vector<FeatureRef> selected = refs;
    selected.push_back(stays);
    m_document->selection()->set(selected);

    auto* command = new RemoveFeatures(*m_document, refs);
    ASSERT_EQ(command->count(), 501 + 5 + 11 + 3);
    EXPECT_EQ(command->text(), QStringLiteral("Delete 520 Features"));
    std::vector<ChangeEvent>& events = recordEvents();
    stack().push(command);

    EXPECT_EQ(p.facilities().size(), 499u);
    EXPECT_EQ(p.compounds().size(), 15u);
    EXPECT_EQ(p.gates().size(), 29u);
    EXPECT_EQ(p.idleSpaces().size(), 7u);
    for (const FeatureRef& ref : refs) EXPECT_FALSE(exists(p, ref)) << ref.id;
    for (const project::Gate& g : p.gates().items())
        EXPECT_NE(p.compounds().find(g.compoundId), nullptr) << "no gate without its compound";
    // What stays keeps its order and fields.
    std::vector<project::Facility> kept;
    for (std::size_t i = 1; i < before.facilities().size(); i += 2)
        if (before.facilities().items()[i].id != moved)
            kept.push_back(before.facilities().items()[i]);
    EXPECT_EQ(p.facilities().items(), kept);

    ASSERT_EQ(events.size(), 4u) << "one Reset per layer, not one event per feature";
    EXPECT_EQ(events[0].layer, Layer::Gates);
    EXPECT_EQ(events[1].layer, Layer::Compounds);
    for (const ChangeEvent& e : events) EXPECT_EQ(e.kind, ChangeEvent::Kind::Reset);
    EXPECT_EQ(m_document->selection()->items(), std::vector<FeatureRef>{stays})
        << "the selection drops what went, and only that";
    const project::Project after = p;

    events.clear();
    stack().undo();
    EXPECT_TRUE(p.sameContent(before)) << "every feature back, in its old place, same fields";
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(events[0].layer, Layer::Compounds) << "compounds before their gates";
    EXPECT_EQ(events[1].layer, Layer::Gates);
    for (const ChangeEvent& e : events) EXPECT_EQ(e.kind, ChangeEvent::Kind::Reset);
    for (const FeatureRef& ref : refs) EXPECT_TRUE(exists(p, ref)) << "found by id again";

    events.clear();
    stack().redo();
    EXPECT_TRUE(p.sameContent(after));
    EXPECT_EQ(events.size(), 4u);
    stack().undo();
    EXPECT_TRUE(p.sameContent(before));
}

TEST_F(RemoveFeaturesTest, AFewGoOneByOne) {
    project::Project& p = project();
    const project::Project before = p;
    std::vector<FeatureRef> refs;
    for (int i = 0; i < RemoveFeatures::kBulkThreshold; ++i) {
        const std::size_t every3rd = static_cast<std::size_t>(i) * 3;
        refs.push_back({Layer::Facilities, p.facilities().items()[every3rd].id});
    }
    m_document->selection()->set(refs);
    std::vector<ChangeEvent>& events = recordEvents();
    stack().push(new RemoveFeatures(*m_document, refs));
    ASSERT_EQ(events.size(), refs.size()) << "views get one cheap event per feature";
    for (std::size_t i = 0; i < refs.size(); ++i) {
        EXPECT_EQ(events[i].kind, ChangeEvent::Kind::Removed);
        EXPECT_EQ(events[i].id, refs[i].id);
    }
    EXPECT_TRUE(m_document->selection()->isEmpty());
    events.clear();
    stack().undo();
    ASSERT_EQ(events.size(), refs.size());
    for (const ChangeEvent& e : events) EXPECT_EQ(e.kind, ChangeEvent::Kind::Added);
    EXPECT_TRUE(p.sameContent(before)) << "every facility back where it was";
}

TEST_F(RemoveFeaturesTest, UnknownRefsAreIgnored) {
    const project::Project before = project();
    RemoveFeatures command(*m_document, {{Layer::Facilities, 999'999}, {Layer::Gates, 999'999}});
    EXPECT_TRUE(command.isEmpty());
    command.redo();
    EXPECT_TRUE(project().sameContent(before));
}

}  // namespace
}  // namespace yike::ui
