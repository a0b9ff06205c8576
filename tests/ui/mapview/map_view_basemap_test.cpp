// SPDX-License-Identifier: GPL-3.0-or-later
// The raster basemap under the map: drawn by the view beneath the rendered image, with its
// credit on the attribution line, following the Basemap layer's visibility and opacity.
#include "ui/mapview/map_view.h"

#include <memory>

#include <gtest/gtest.h>

#include <QTest>

#include "tests/support/test_data.h"
#include "tests/ui/basemap/tile_test_support.h"
#include "ui/basemap/tile_layer.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

const QColor kTileColour(255, 0, 255);

class MapViewBasemapTest : public ::testing::Test {
protected:
    void SetUp() override {
        ProjectDocument::Options options;
        options.autosave = false;
        document = std::make_unique<ProjectDocument>(options);
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

    view->setTileLayer(layer.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return allTilesReady(); }, 10'000));
    ASSERT_TRUE(view->waitForRender());
    const MapFrame frame = view->frame();
    EXPECT_FALSE(frame.paintBackground) << "the tiles are the background";
    EXPECT_EQ(frame.basemapAttribution, QStringLiteral("测试底图"));
    const int shown = tilePixels();
    EXPECT_GT(shown, 1000) << "tiles show between the streets and areas";
    EXPECT_LT(shown, 160 * 120) << "the vector map is drawn over them";

    // The Basemap layer's switch and opacity apply.
    view->setLayerVisible(MapLayer::Basemap, false);
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(tilePixels(), 0);
    EXPECT_TRUE(view->frame().paintBackground);
    EXPECT_TRUE(view->frame().basemapAttribution.isEmpty());
    view->setLayerVisible(MapLayer::Basemap, true);
    view->setLayerOpacity(MapLayer::Basemap, 0.0);
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(tilePixels(), 0);
    view->setLayerOpacity(MapLayer::Basemap, 1.0);
    ASSERT_TRUE(view->waitForRender());
    EXPECT_GT(tilePixels(), 1000);

    // A deleted layer is forgotten.
    layer.reset();
    EXPECT_EQ(view->tileLayer(), nullptr);
    ASSERT_TRUE(view->waitForRender());
    EXPECT_EQ(tilePixels(), 0);
    EXPECT_TRUE(view->frame().paintBackground);
}

TEST_F(MapViewBasemapTest, ThePannedViewAsksForItsTiles) {
    view->setTileLayer(layer.get());
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

}  // namespace
}  // namespace yike::ui
