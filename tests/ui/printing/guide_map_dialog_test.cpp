// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/guide_map_dialog.h"

#include <filesystem>
#include <fstream>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

#include "core/access/analysis_session.h"
#include "core/project/project.h"
#include "tests/support/test_data.h"
#include "tests/support/test_document.h"
#include "ui/print/guide_map_page.h"
#include "ui/printing/page_preview.h"

namespace yike::ui {
namespace {

class GuideMapDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
        for (const project::Facility& f : m_document->project().facilities().items())
            if (f.categoryCode == "community_service_station") m_station = f.id;
        ASSERT_NE(m_station, 0u);
        m_dialog = std::make_unique<GuideMapDialog>(m_document.get());
        m_dialog->resize(1000, 800);
        ASSERT_TRUE(waitForPage());
        QSignalSpy ready(m_dialog.get(), &GuideMapDialog::pageReady);
        m_dialog->setCentre(guidemap::GuideMapRequest::atFacility(m_station));
        ASSERT_TRUE(ready.wait(20000));
    }

    bool waitForPage() {
        QSignalSpy ready(m_dialog.get(), &GuideMapDialog::pageReady);
        return m_dialog->page() || ready.wait(20000);
    }

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<GuideMapDialog> m_dialog;
    project::FeatureId m_station = 0;
};

TEST_F(GuideMapDialogTest, PreviewsTheEnginesGuideMapForTheOlderWalkersByDefault) {
    const GuideMapPage* page = m_dialog->page();
    ASSERT_TRUE(page);
    EXPECT_EQ(m_dialog->request().profileCode, "older");
    access::AnalysisSession session(m_document->project());
    session.buildGraph();
    const guidemap::GuideMapContent content =
        guidemap::buildGuideMap(session, guidemap::GuideMapRequest::atFacility(m_station));
    ASSERT_EQ(page->entries().size(), content.directory.size());
    for (std::size_t i = 0; i < content.directory.size(); ++i) {
        EXPECT_EQ(page->entries()[i].facilityId, content.directory[i].facilityId);
        EXPECT_EQ(page->entries()[i].minutes, content.directory[i].minutes);
    }
    EXPECT_TRUE(page->title().contains(
        QString::fromStdString(m_document->project().facilities().find(m_station)->name)));
}

TEST_F(GuideMapDialogTest, DraggingAFrameMovesItAndUndoPutsItBack) {
    m_dialog->show();
    PagePreview* preview = m_dialog->preview();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    const PageLayout before = m_dialog->pageLayout();
    const QRectF north = before.frame(FrameKind::NorthArrow)->rectMm;
    const QPoint from = preview->toWidget(north.center()).toPoint();
    const QPoint to = from + QPoint(-40, 30);
    QTest::mousePress(preview, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), preview->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(preview, &move);
    QTest::mouseRelease(preview, Qt::LeftButton, {}, to);

    const QRectF moved = m_dialog->pageLayout().frame(FrameKind::NorthArrow)->rectMm;
    EXPECT_NEAR(moved.left() - north.left(), -40.0 / preview->pixelsPerMm(), 0.5);
    EXPECT_NEAR(moved.top() - north.top(), 30.0 / preview->pixelsPerMm(), 0.5);
    EXPECT_EQ(moved.size(), north.size());
    // The page printed is the edited one.
    EXPECT_EQ(m_dialog->page()->layout().frame(FrameKind::NorthArrow)->rectMm, moved);

    // Nudge with the keyboard, then undo both edits.
    QTest::keyClick(preview, Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_NEAR(m_dialog->pageLayout().frame(FrameKind::NorthArrow)->rectMm.left(),
                moved.left() + 10.0, 1e-9);
    m_dialog->layoutUndoStack()->undo();
    m_dialog->layoutUndoStack()->undo();
    EXPECT_EQ(m_dialog->pageLayout(), before);
    m_dialog->layoutUndoStack()->redo();
    EXPECT_EQ(m_dialog->pageLayout().frame(FrameKind::NorthArrow)->rectMm, moved);
}

TEST_F(GuideMapDialogTest, LayoutSettingsAreUndoableEdits) {
    PageLayout layout = m_dialog->pageLayout();
    layout.style = PageStyle::Grayscale;
    layout.title = QStringLiteral("幸福里导引图");
    m_dialog->setPageLayout(layout);
    EXPECT_EQ(m_dialog->page()->title(), QStringLiteral("幸福里导引图"));
    EXPECT_EQ(m_dialog->page()->layout().style, PageStyle::Grayscale);
    m_dialog->layoutUndoStack()->undo();
    EXPECT_EQ(m_dialog->page()->layout().style, PageStyle::Sign);
    EXPECT_NE(m_dialog->page()->title(), QStringLiteral("幸福里导引图"));
}

TEST_F(GuideMapDialogTest, ExportsInTheBackgroundAndCancelWritesNothing) {
    yike::test::ScratchDir dir;
    const QString pdf = QString::fromStdString((dir.path() / "guide.pdf").string());
    QSignalSpy finished(m_dialog.get(), &GuideMapDialog::exportFinished);
    m_dialog->exportPage(pdf);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_GT(std::filesystem::file_size(dir.path() / "guide.pdf"), 10000u);

    // A large PNG, cancelled at once: no file, and the dialog says so.
    PageLayout a1 = defaultGuideMapLayout(Paper::A1);
    m_dialog->setPageLayout(a1);
    finished.clear();
    m_dialog->exportPage(QString::fromStdString((dir.path() / "big.png").string()));
    EXPECT_TRUE(m_dialog->isBusy());
    m_dialog->cancelWork();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    QTest::qWait(200);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "big.png"));

    finished.clear();
    m_dialog->exportPage(QStringLiteral("guide.jpg"));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.at(0).at(0).toBool());
}

TEST_F(GuideMapDialogTest, KeepsNamedLayoutsInTheProjectAsUndoSteps) {
    PageLayout layout = m_dialog->pageLayout();
    layout.style = PageStyle::HighContrast;
    layout.title = QStringLiteral("入口展板");
    m_dialog->setPageLayout(layout);
    ASSERT_TRUE(m_dialog->saveLayoutAs(QStringLiteral("社区入口 A3")));
    const project::PrintLayout* stored = m_document->project().printLayout("社区入口 A3");
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->kind, kGuideMapLayoutKind);
    const std::optional<PageLayout> back =
        pageLayoutFromJson(QString::fromStdString(stored->definition));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->style, PageStyle::HighContrast);
    EXPECT_EQ(back->title, QStringLiteral("入口展板"));

    // Back to the default, then open the kept one.
    m_dialog->setPageLayout(defaultGuideMapLayout());
    ASSERT_TRUE(m_dialog->openLayout(QStringLiteral("社区入口 A3")));
    EXPECT_EQ(m_dialog->page()->layout().style, PageStyle::HighContrast);
    EXPECT_FALSE(m_dialog->saveLayoutAs(QStringLiteral("  ")));
    EXPECT_FALSE(m_dialog->openLayout(QStringLiteral("没有这个")));

    // Keeping it was one step of the document's undo stack.
    m_document->undoStack()->undo();
    EXPECT_EQ(m_document->project().printLayout("社区入口 A3"), nullptr);
}

TEST_F(GuideMapDialogTest, SaysWhyACentreCannotBeMapped) {
    QSignalSpy failed(m_dialog.get(), &GuideMapDialog::pageFailed);
    m_dialog->setCentre(guidemap::GuideMapRequest::atPoint({0.0, 0.0}));  // far from any street
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
    EXPECT_EQ(m_dialog->page(), nullptr);
    EXPECT_EQ(m_dialog->statusText(), failed.at(0).at(0).toString());
}

TEST_F(GuideMapDialogTest, FollowsChangesOfTheProject) {
    const std::size_t before = m_dialog->page()->entries().size();
    // Remove a listed facility other than the centre, as the user would (one undo step).
    project::FeatureId victim = 0;
    for (const guidemap::DirectoryEntry& e : m_dialog->page()->entries())
        if (e.facilityId != m_station) victim = e.facilityId;
    ASSERT_NE(victim, 0u);
    QSignalSpy ready(m_dialog.get(), &GuideMapDialog::pageReady);
    project::Project edited = m_document->project();
    edited.removeFacility(victim);
    ASSERT_TRUE(m_document->newFromProject(std::move(edited)));
    ASSERT_TRUE(ready.wait(20000));
    EXPECT_EQ(m_dialog->page()->entries().size(), before - 1);
}

}  // namespace
}  // namespace yike::ui
