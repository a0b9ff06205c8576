// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLocale>
#include <QTest>
#include <QUndoStack>

#include "core/project/project.h"
#include "tests/support/test_document.h"
#include "ui/document/project_document.h"

namespace yike::ui::test {

/// A document with a few features of every editable layer, with Chinese names, in an English
/// user interface (en_US number formatting).
class AttributeFixture : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        document = yike::test::makeTestDocument();
        ASSERT_TRUE(document->newProject());
        project::Project& p = document->project();
        auto addFacility = [&p](const char* name, const char* code, double lon) {
            project::Facility f;
            f.name = name;
            f.categoryCode = code;
            f.position = {lon, 39.905};
            f.source = "survey 2026-05";
            return p.addFacility(f);
        };
        healthStation = addFacility("社区卫生服务站", "community_health_station", 116.401);
        pharmacy = addFacility("药店", "pharmacy", 116.402);
        convenience = addFacility("阿里便利店", "convenience_store", 116.403);
        supermarket = addFacility("北京超市", "supermarket", 116.404);
        kindergarten = addFacility("中心幼儿园", "kindergarten", 116.405);

        project::Compound c;
        c.outline.outer = {{116.400, 39.900}, {116.401, 39.900}, {116.401, 39.901},
                           {116.400, 39.901}};
        c.name = "阳光小区";
        c.population = 1200;
        c.residents60Plus = 300;
        sunshine = p.addCompound(c);
        c.name = "和平里";
        c.population = 800;
        peace = p.addCompound(c);

        project::Gate g;
        g.compoundId = sunshine;
        g.position = {116.4005, 39.900};
        g.name = "南门";
        southGate = p.addGate(g);

        project::IdleSpace s;
        s.position = {116.406, 39.906};
        s.name = "锅炉房";
        s.kind = project::IdleSpaceKind::BoilerRoom;
        s.floorAreaM2 = 85.0;
        boilerRoom = p.addIdleSpace(s);
    }

    void TearDown() override {
        document.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    project::Project& project() { return document->project(); }
    QUndoStack& stack() { return *document->undoStack(); }
    /// Types `text` into `widget`: key presses for ASCII, an input method commit (as a Chinese
    /// input method sends) for anything else.
    static void typeText(QWidget* widget, const QString& text) {
        bool ascii = true;
        for (QChar c : text)
            if (c.unicode() > 0x7e) ascii = false;
        if (ascii) {
            QTest::keyClicks(widget, text);
            return;
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(widget, &commit);
    }

    static void processEvents() {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    std::unique_ptr<ProjectDocument> document;
    project::FeatureId healthStation = 0;
    project::FeatureId pharmacy = 0;
    project::FeatureId convenience = 0;
    project::FeatureId supermarket = 0;
    project::FeatureId kindergarten = 0;
    project::FeatureId sunshine = 0;
    project::FeatureId peace = 0;
    project::FeatureId southGate = 0;
    project::FeatureId boilerRoom = 0;
};

}  // namespace yike::ui::test
