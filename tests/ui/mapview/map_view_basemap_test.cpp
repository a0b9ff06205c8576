// SPDX-License-Identifier: GPL-3.0-or-later
// The raster basemap under the map: drawn by the view beneath the rendered image, with its
// credit on the attribution line, following the Basemap layer's visibility and opacity.
#include "tests/support/test_document.h"
#include "ui/mapview/map_view.h"

#include <algorithm>
#include <memory>
#include <ostream>

#include <gtest/gtest.h>

#include <QColor>
#include <QTest>

#include "core/project/project.h"
#include "tests/support/test_data.h"
#include "tests/ui/render/basemap_scene.h"
#include "tests/ui/tiles/tile_test_support.h"
#include "ui/document/project_document.h"
#include "ui/render/map_composition.h"
#include "ui/render/map_style.h"
#include "ui/tiles/tile_layer.h"

// Colours in failure messages as #rrggbb rather than bytes.
static void PrintTo(const QColor& colour, std::ostream* out) {
    *out << colour.name(QColor::HexArgb).toStdString();
}

namespace yike::ui {
namespace {

const QColor kTileColour(255, 0, 255);

class MapViewBasemapTest : public ::testing::Test {
protected:
    void SetUp() override {
        document = yike::test::makeTestDocument();
        ASSERT_TRUE(document->loadSample());
        view = std::make_unique<MapView>(document.get());
        view->resize(640, 480);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        ASSERT_TRUE(view->transform().isValid());

        // An MBTiles file with every tile the view needs, in one loud colour.
        const int z = zoomForResolution(view->transform().metresPerPixel());
        std::vector<std::pair<TileId, QByteArray>> tiles;
        const QByteArray png = test::pngTile(kTileColour);
        for (const TileId& id : tilesCovering(view->transform(), z)) tiles.push_back({id, png});
        ASSERT_FALSE(tiles.empty());
        source.kind = TileSource::Kind::MBTiles;
        source.id = QStringLiteral("mbtiles-1");
        source.name = QStringLiteral("test");
        source.filePath = test::writeMBTiles(
            dir.path(), "view.mbtiles", {{"format", "png"}, {"attribution", "测试底图"}}, tiles);
        layer = std::make_unique<TileLayer>(source);
        ASSERT_TRUE(layer->isUsable()) << layer->openError().toStdString();
    }

    int tilePixels() {
        const QImage shot = view->grab().toImage();
        int n = 0;
        for (int y = 0; y < shot.height(); y += 2)
            for (int x = 0; x < shot.width(); x += 2) n += shot.pixelColor(x, y) == kTileColour;
        return n;
    }

    bool allTilesReady() {
        const int z = layer->zoomFor(view->transform());
        for (const TileId& id : tilesCovering(view->transform(), z))
            if (layer->state(id) != TileLayer::TileState::Ready) return false;
        return true;
    }

    test::ScratchDir dir;
    TileSource source;
    std::unique_ptr<ProjectDocument> document;
    std::unique_ptr<MapView> view;
    std::unique_ptr<TileLayer> layer;
};

TEST_F(MapViewBasemapTest, TilesShowUnderTheMapWithTheirCredit) {
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(tilePixels(), 0);
    EXPECT_TRUE(view->frame().paintBackground);

    view->composition()->setBasemap(layer.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return allTilesReady(); }, 10'000));
    ASSERT_TRUE(view->waitForRender());
    const MapFrame frame = view->frame();
    EXPECT_FALSE(frame.paintBackground) << "the tiles are the background";
    EXPECT_EQ(frame.basemapAttribution, QStringLiteral("测试底图"));
    const int shown = tilePixels();
    EXPECT_GT(shown, 1000) << "tiles show between the streets and areas";
    EXPECT_LT(shown, 160 * 120) << "the vector map is drawn over them";

    // The Basemap layer's switch and opacity apply.
    view->composition()->setLayerVisible(MapLayer::Basemap, false);
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(tilePixels(), 0);
    EXPECT_TRUE(view->frame().paintBackground);
    EXPECT_TRUE(view->frame().basemapAttribution.isEmpty());
    view->composition()->setLayerVisible(MapLayer::Basemap, true);
    view->composition()->setLayerOpacity(MapLayer::Basemap, 0.0);
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(tilePixels(), 0);
    view->composition()->setLayerOpacity(MapLayer::Basemap, 1.0);
    ASSERT_TRUE(view->waitForRender());
    EXPECT_GT(tilePixels(), 1000);

    // A deleted layer is forgotten.
    layer.reset();
    EXPECT_EQ(view->composition()->basemap(), nullptr);
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(tilePixels(), 0);
    EXPECT_TRUE(view->frame().paintBackground);
}

TEST_F(MapViewBasemapTest, ThePannedViewAsksForItsTiles) {
    view->composition()->setBasemap(layer.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return allTilesReady(); }, 10'000));
    view->panBy({300.0, 0.0});
    // Tiles west of the file's coverage do not exist: they end up missing, not failed.
    const int z = layer->zoomFor(view->transform());
    const std::vector<TileId> now = tilesCovering(view->transform(), z);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const TileId& id : now)
                if (layer->state(id) == TileLayer::TileState::Loading
                    || layer->state(id) == TileLayer::TileState::Unknown)
                    return false;
            return true;
        },
        10'000));
    int missing = 0;
    for (const TileId& id : now) missing += layer->state(id) == TileLayer::TileState::Missing;
    EXPECT_GT(missing, 0);
    EXPECT_EQ(layer->failedTiles(), 0);
}

// The Basemap row of the layers panel can sit anywhere in the drawing order: the window
// draws the tiles there, with the row's opacity.
class MapViewBasemapOrderTest : public ::testing::Test {
protected:
    void SetUp() override {
        document = yike::test::makeTestDocument();
        ASSERT_TRUE(document->newProject());
        using Scene = test::CompoundUnderStreet;
        Scene::addTo(document->project());

        view = std::make_unique<MapView>(document.get());
        view->resize(300, 300);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        ASSERT_TRUE(view->transform().isValid());
        ASSERT_TRUE(view->waitForRender());

        const MapTransform& t = view->transform();
        inside = t.toPixel(Scene::kInside).toPoint();
        onStreet = t.toPixel(Scene::kOnStreet).toPoint();
        outside = t.toPixel(Scene::kOutside).toPoint();
        ASSERT_TRUE(view->rect().contains(outside));
        ASSERT_GT(inside.y() - onStreet.y(), 20);
        ASSERT_GT(outside.y() - inside.y(), 20);

        // Solid red tiles over the whole view, at the one level the file offers.
        const int z = zoomForResolution(t.metresPerPixel());
        std::vector<std::pair<TileId, QByteArray>> tiles;
        const QByteArray png = test::pngTile(kRed);
        for (const TileId& id : tilesCovering(t, z)) tiles.push_back({id, png});
        TileSource source;
        source.kind = TileSource::Kind::MBTiles;
        source.id = QStringLiteral("mbtiles-1");
        source.name = QStringLiteral("red");
        source.filePath = test::writeMBTiles(dir.path(), "red.mbtiles", {{"format", "png"}}, tiles);
        layer = std::make_unique<TileLayer>(source);
        ASSERT_TRUE(layer->isUsable()) << layer->openError().toStdString();
        view->composition()->setBasemap(layer.get());
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                for (const TileId& id : tilesCovering(t, layer->zoomFor(t)))
                    if (layer->state(id) != TileLayer::TileState::Ready) return false;
                return true;
            },
            10'000));
        ASSERT_TRUE(view->waitForRender());
    }

    QColor pixel(QPoint at) { return view->grab().toImage().pixelColor(at); }

    /// The view's order with the Basemap moved to just above `below`.
    std::vector<MapLayer> basemapAbove(MapLayer below) const {
        return test::basemapAbove(view->composition()->layerOrder(), below);
    }

    static QColor mix(const QColor& a, const QColor& b, double t) {
        return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                                static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                                static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
    }

    static void expectNear(const QColor& actual, const QColor& expected, int tolerance = 3) {
        EXPECT_NEAR(actual.red(), expected.red(), tolerance) << actual.name().toStdString();
        EXPECT_NEAR(actual.green(), expected.green(), tolerance) << actual.name().toStdString();
        EXPECT_NEAR(actual.blue(), expected.blue(), tolerance) << actual.name().toStdString();
    }

    const QColor kRed{255, 0, 0};
    test::ScratchDir dir;
    std::unique_ptr<ProjectDocument> document;
    std::unique_ptr<MapView> view;
    std::unique_ptr<TileLayer> layer;
    QPoint inside;
    QPoint onStreet;
    QPoint outside;
};

TEST_F(MapViewBasemapOrderTest, TilesAreDrawnWhereTheLayerOrderPutsThem) {
    const MapStyle& style = MapStyle::standard();
    // At the bottom (the default): the compound covers the tiles, which show around it.
    ASSERT_EQ(view->composition()->layerOrder().front(), MapLayer::Basemap);
    EXPECT_EQ(pixel(inside), style.compoundFill);
    EXPECT_EQ(pixel(outside), kRed);
    const QColor street = pixel(onStreet);
    EXPECT_NE(street, style.compoundFill);
    EXPECT_NE(street, kRed);

    // Above the compounds: the tiles cover them, and the street (above the tiles) still shows.
    view->composition()->setLayerOrder(basemapAbove(MapLayer::Compounds));
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(pixel(inside), kRed);
    EXPECT_EQ(pixel(outside), kRed);
    EXPECT_EQ(pixel(onStreet), street);

    // Half transparent: the compound shows through the tiles.
    view->composition()->setLayerOpacity(MapLayer::Basemap, 0.5);
    ASSERT_TRUE(view->waitForRender());
    expectNear(pixel(inside), mix(style.compoundFill, kRed, 0.5));
    expectNear(pixel(outside), mix(style.background, kRed, 0.5));
    EXPECT_EQ(pixel(onStreet), street);

    // Back at the bottom, half transparent: over the background only, under the compound.
    view->composition()->setLayerOrder(defaultMapLayerOrder());
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(pixel(inside), style.compoundFill);
    expectNear(pixel(outside), mix(style.background, kRed, 0.5));

    // On top of every listed layer, opaque: red everywhere, the street too.
    view->composition()->setLayerOpacity(MapLayer::Basemap, 1.0);
    view->composition()->setLayerOrder(basemapAbove(MapLayer::Labels));
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(pixel(inside), kRed);
    EXPECT_EQ(pixel(onStreet), kRed);
}

TEST_F(MapViewBasemapOrderTest, BothImagesFollowAPanBeforeTheyAreRenderedAgain) {
    view->composition()->setLayerOrder(basemapAbove(MapLayer::Compounds));
    ASSERT_TRUE(view->waitForRender());
    const QColor street = pixel(onStreet);
    ASSERT_NE(street, kRed);
    ASSERT_EQ(pixel(onStreet + QPoint(0, 40)), kRed);
    // Panned down by 40 px: until the new render arrives the old images are drawn shifted,
    // the street (in the image above the tiles) with them.
    view->panBy({0.0, 40.0});
    ASSERT_FALSE(view->isRenderCurrent());
    EXPECT_EQ(pixel(onStreet + QPoint(0, 40)), street);
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(pixel(onStreet + QPoint(0, 40)), street);
}

}  // namespace
}  // namespace yike::ui
