// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_document.h"
#include "ui/mapview/map_view.h"

#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include <QImage>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include "core/project/project.h"
#include "tests/ui/render/basemap_scene.h"
#include "tests/ui/render/solid_basemap.h"
#include "ui/document/project_document.h"
#include "ui/render/composition_render.h"
#include "ui/render/map_composition.h"
#include "ui/render/scale_bar.h"

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

TEST_F(MapViewTest, AGivenCompositionIsSharedNotOwned) {
    auto shared = std::make_unique<MapComposition>();
    {
        MapView other(document.get(), shared.get());
        other.resize(200, 150);
        EXPECT_EQ(other.composition(), shared.get());
        ASSERT_TRUE(other.waitForRender());
        shared->setLayerVisible(MapLayer::Streets, false);
        EXPECT_FALSE(other.isRenderCurrent()) << "a change of the composition is drawn again";
        EXPECT_FALSE(other.frame().layers.testFlag(MapLayer::Streets));
        ASSERT_TRUE(other.waitForRender());
    }
    EXPECT_TRUE(shared->layers().testFlag(MapLayer::Facilities)) << "outlives the view";
    EXPECT_NE(view->composition(), shared.get()) << "a view without one has its own";
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

// The screen and a page are drawn by the same functions: what the view shows is what
// renderComposition and drawScaleBar paint for its transform on any other painter.
class MapViewPictureTest : public MapViewTest {
protected:
    void SetUp() override {
        MapViewTest::SetUp();
        MapComposition* composition = view->composition();
        composition->setLayerOpacity(MapLayer::Compounds, 0.7);
        const project::Facility& first = document->project().facilities().items().front();
        composition->setCategoryVisible(first.categoryCode, false);
    }

    QImage screen() {
        EXPECT_TRUE(view->waitForRender());
        return view->grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }

    /// The view's composition drawn for its transform on an image, with the scale bar, on a
    /// fresh thread as the view draws its map on a worker: names come out a shade different
    /// once the drawing thread has drawn them before (Qt's glyph cache).
    QImage page() {
        QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        std::thread worker([&] {
            QPainter painter(&image);
            renderComposition(painter, document->project(), *view->composition(),
                              view->transform());
            drawScaleBar(painter, view->transform(), QPointF(12.0, view->height() - 14.0),
                         view->font());
        });
        worker.join();
        return image;
    }

    /// The pixels of which a channel differs by more than `tolerance`.
    static int pixelsDiffering(const QImage& a, const QImage& b, int tolerance) {
        int n = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y);
                const QRgb q = b.pixel(x, y);
                n += std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                               std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))})
                     > tolerance;
            }
        return n;
    }
};

TEST_F(MapViewPictureTest, TheViewShowsWhatAPageOfItsCompositionShows) {
    const QImage shown = screen();
    ASSERT_EQ(shown.size(), view->size());
    const QImage drawn = page();
    EXPECT_TRUE(shown == drawn) << pixelsDiffering(shown, drawn, 0) << " pixels differ";
}

TEST_F(MapViewPictureTest, TilesAreCompositedAsOnAPage) {
    // Tiles between the compounds and the streets: the view paints two images around them, a
    // page draws the layers straight; only rounding in compositing may differ.
    const QImage screenWithoutTiles = screen();
    test::SolidBasemap basemap(QColor(200, 40, 160));
    MapComposition* composition = view->composition();
    composition->setBasemap(&basemap);
    composition->setLayerOrder(test::basemapAbove(composition->layerOrder(), MapLayer::Compounds));
    composition->setLayerOpacity(MapLayer::Basemap, 0.8);
    EXPECT_EQ(basemap.requests(), 1) << "the view asks the basemap for its tiles";
    EXPECT_EQ(basemap.requestedView().center(), view->transform().center());
    const QImage shown = screen();
    const QImage drawn = page();
    EXPECT_LT(pixelsDiffering(shown, drawn, 2), shown.width() * shown.height() / 100)
        << "only anti-aliased edges over the tiles may round differently";
    EXPECT_GT(pixelsDiffering(shown, screenWithoutTiles, 2), shown.width() * shown.height() / 2)
        << "the tiles show";
    composition->setBasemap(nullptr);
}

}  // namespace
}  // namespace yike::ui
