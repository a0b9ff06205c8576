// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <gtest/gtest.h>

#include <QPoint>
#include <QTest>
#include <QUndoStack>

#include "core/project/project.h"
#include "tests/support/test_document.h"
#include "ui/document/project_document.h"
#include "ui/mapview/map_view.h"
#include "ui/tools/tool_manager.h"

namespace yike::ui::test {

/// A MapView of 800 × 600 pixels over a small empty project whose study area spans about
/// 850 m × 1,100 m in Beijing, with the standard tools; no autosave.
class CanvasTest : public ::testing::Test {
protected:
    void SetUp() override {
        document = yike::test::makeTestDocument();
        ASSERT_TRUE(document->newProject());
        geo::Polygon area;
        area.outer = {{116.400, 39.900}, {116.410, 39.900}, {116.410, 39.910}, {116.400, 39.910}};
        document->project().setStudyArea(area);
        view = std::make_unique<MapView>(document.get());
        view->resize(800, 600);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        view->zoomToProject();
        ASSERT_TRUE(view->transform().isValid());
        tools = std::make_unique<ToolManager>(view.get());
        tools->addStandardTools();
    }

    void TearDown() override {
        tools.reset();
        view.reset();
        document.reset();
    }

    template <typename T>
    T* activate() {
        T* tool = tools->tool<T>();
        tools->setActiveTool(tool);
        return tool;
    }

    void click(QPoint px, Qt::KeyboardModifiers modifiers = {}) {
        QTest::mouseClick(view.get(), Qt::LeftButton, modifiers, px);
    }
    void doubleClick(QPoint px) {
        QTest::mouseDClick(view.get(), Qt::LeftButton, {}, px);
        // QTest leaves the button "held" after a double-click; let it go.
        QTest::mouseRelease(view.get(), Qt::LeftButton, {}, px);
    }
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {}) {
        QTest::mousePress(view.get(), Qt::LeftButton, modifiers, from);
        const QPoint step = (to - from) / 3;
        QTest::mouseMove(view.get(), from + step);
        QTest::mouseMove(view.get(), from + 2 * step);
        QTest::mouseMove(view.get(), to);
        QTest::mouseRelease(view.get(), Qt::LeftButton, modifiers, to);
    }
    geo::LonLat lonLatAt(QPoint px) const { return view->transform().toLonLat(QPointF(px)); }
    const project::Project& project() const { return document->project(); }
    QUndoStack& stack() const { return *document->undoStack(); }

    std::unique_ptr<ProjectDocument> document;
    std::unique_ptr<MapView> view;
    std::unique_ptr<ToolManager> tools;
};

}  // namespace yike::ui::test
