// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_document.h"
#include "ui/mapview/map_view.h"

#include <memory>

#include <gtest/gtest.h>

#include <QKeyEvent>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include "core/project/project.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

class MapViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale::c());
        document = yike::test::makeTestDocument();
        ASSERT_TRUE(document->loadSample());
        view = std::make_unique<MapView>(document.get());
        view->resize(800, 600);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        ASSERT_TRUE(view->transform().isValid());
    }

    int differingPixels(const QImage& a, const QImage& b) {
        int n = 0;
        for (int y = 0; y < a.height(); y += 3)
            for (int x = 0; x < a.width(); x += 3)
                if (a.pixel(x, y) != b.pixel(x, y)) ++n;
        return n;
    }

    std::unique_ptr<ProjectDocument> document;
    std::unique_ptr<MapView> view;
};

TEST_F(MapViewTest, RendersInTheBackgroundAndReportsTheTime) {
    QSignalSpy rendered(view.get(), &MapView::rendered);
    ASSERT_TRUE(view->waitForRender());
    EXPECT_GE(view->lastRenderMs(), 0);
    EXPECT_GE(rendered.count(), 1);
    std::printf("full render of the sample district at 800x600: %lld ms\n",
                static_cast<long long>(view->lastRenderMs()));
}

TEST_F(MapViewTest, ANewRevisionOrViewRendersAgain) {
    ASSERT_TRUE(view->waitForRender());
    view->panBy({40.0, 0.0});
    EXPECT_FALSE(view->isRenderCurrent());
    ASSERT_TRUE(view->waitForRender());
    project::Facility f;
    f.position = view->transform().toLonLat({400.0, 300.0});
    f.categoryCode = "pharmacy";
    document->project().addFacility(f);
    EXPECT_FALSE(view->isRenderCurrent());
    ASSERT_TRUE(view->waitForRender());
}

TEST_F(MapViewTest, WhileRenderingTheOldImageFollowsThePan) {
    ASSERT_TRUE(view->waitForRender());
    const QImage before = view->grab().toImage();
    view->panBy({30.0, 20.0});
    // The cached image, shifted by the pan, is what the next paint shows before the new one.
    const QImage shifted = view->grab().toImage();
    const QRgb original = before.pixel(300, 250);
    EXPECT_EQ(shifted.pixel(330, 270), original);
    ASSERT_TRUE(view->waitForRender());
}

TEST_F(MapViewTest, WheelZoomKeepsThePointUnderThePointer) {
    const QPointF anchor(250.0, 180.0);
    const geo::LonLat before = view->transform().toLonLat(anchor);
    const double mpp = view->transform().metresPerPixel();
    QWheelEvent wheel(anchor, view->mapToGlobal(anchor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.get(), &wheel);
    EXPECT_LT(view->transform().metresPerPixel(), mpp);
    const geo::LonLat after = view->transform().toLonLat(anchor);
    EXPECT_NEAR(after.lon, before.lon, 1e-9);
    EXPECT_NEAR(after.lat, before.lat, 1e-9);
}

TEST_F(MapViewTest, ArrowKeysAndMiddleButtonPan) {
    const QPointF centre = view->transform().center();
    QTest::keyClick(view.get(), Qt::Key_Right);
    EXPECT_GT(view->transform().center().x(), centre.x());
    const geo::LonLat grabbed = view->transform().toLonLat({200.0, 200.0});
    QTest::mousePress(view.get(), Qt::MiddleButton, {}, {200, 200});
    QTest::mouseMove(view.get(), {250, 230});
    QTest::mouseRelease(view.get(), Qt::MiddleButton, {}, {250, 230});
    const geo::LonLat now = view->transform().toLonLat({250.0, 230.0});
    EXPECT_NEAR(now.lon, grabbed.lon, 1e-9);
    EXPECT_NEAR(now.lat, grabbed.lat, 1e-9);
}

TEST_F(MapViewTest, PicksTheFacilityUnderThePointer) {
    const project::Facility& f = document->project().facilities().items().front();
    const QPointF px = view->transform().toPixel(f.position);
    const std::optional<FeatureRef> hit = view->featureAt(px + QPointF(2.0, 2.0));
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->layer, project::Layer::Facilities);
    const project::Facility* picked = document->project().facilities().find(hit->id);
    ASSERT_NE(picked, nullptr);
    const QPointF pickedPx = view->transform().toPixel(picked->position);
    EXPECT_LT(std::hypot(pickedPx.x() - px.x() - 2.0, pickedPx.y() - px.y() - 2.0), 10.0);
}

TEST_F(MapViewTest, ZoomToSelectionAndStudyArea) {
    const project::Facility& f = document->project().facilities().items().front();
    document->selection()->set({{project::Layer::Facilities, f.id}});
    view->zoomToSelection();
    const QPointF px = view->transform().toPixel(f.position);
    EXPECT_NEAR(px.x(), 400.0, 1.0);
    EXPECT_NEAR(px.y(), 300.0, 1.0);
    if (document->project().studyArea()) {
        view->zoomToStudyArea();
        EXPECT_TRUE(view->transform().isValid());
    }
}

}  // namespace
}  // namespace yike::ui
