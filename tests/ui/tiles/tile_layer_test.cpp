// SPDX-License-Identifier: GPL-3.0-or-later
// The tile layer on high-resolution screens: the zoom level is chosen for device pixels.
#include "ui/tiles/tile_layer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <gtest/gtest.h>

#include "tests/support/test_data.h"
#include "tests/ui/tiles/tile_test_support.h"

namespace yike::ui {
namespace {

const TileId kTile{15, 27195, 13302};  // Xinjiekou, Nanjing

TileLayer::Options noDiskCache() {
    TileLayer::Options options;
    options.diskCache = false;
    return options;
}

TEST(TileLayerZoom, ZoomIsChosenForDevicePixelsUpToTheMaximum) {
    // A view at the resolution of zoom 15 tiles: one tile pixel per view pixel.
    const MapTransform view = test::viewOnTile(kTile);
    TileSource source = TileSource::openStreetMap();
    {
        const TileLayer layer(source, noDiskCache());
        EXPECT_EQ(layer.zoomFor(view), 15);
        EXPECT_EQ(layer.zoomFor(view, 1.0), 15);
        EXPECT_EQ(layer.zoomFor(view, 2.0), 16) << "two device pixels per view pixel";
        EXPECT_EQ(layer.zoomFor(view, 4.0), 17);
        EXPECT_EQ(layer.zoomFor(view, 1.25), 15) << "the nearest level";
        EXPECT_EQ(layer.zoomFor(view, 0.0), 15) << "a meaningless ratio counts as 1";
    }
    source.maxZoom = 15;
    const TileLayer capped(source, noDiskCache());
    EXPECT_EQ(capped.zoomFor(view, 1.0), 15);
    EXPECT_EQ(capped.zoomFor(view, 2.0), 15) << "capped at the source's maximum zoom";
}

TEST(TileLayerZoom, ASharpScreenGetsTheNextLevelsTiles) {
    // Zoom 15 in one colour, its four zoom 16 children in another.
    const test::ScratchDir dir;
    const QColor coarse(200, 30, 30);
    const QColor fine(40, 90, 160);
    std::vector<std::pair<TileId, QByteArray>> tiles{{kTile, test::pngTile(coarse)}};
    for (int i = 0; i < 4; ++i)
        tiles.push_back({{16, 2 * kTile.x + (i & 1), 2 * kTile.y + (i >> 1)}, test::pngTile(fine)});
    TileSource source;
    source.kind = TileSource::Kind::MBTiles;
    source.id = QStringLiteral("mbtiles-1");
    source.name = QStringLiteral("levels");
    source.filePath = test::writeMBTiles(dir.path(), "levels.mbtiles", {{"format", "png"}}, tiles);
    TileLayer layer(source);
    ASSERT_TRUE(layer.isUsable()) << layer.openError().toStdString();
    const MapTransform view = test::viewOnTile(kTile);

    const auto canvas = [](double ratio) {
        QImage image(static_cast<int>(200 * ratio), static_cast<int>(200 * ratio),
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::white);
        return image;
    };

    const auto drawAt = [&](double ratio) {
        QImage image = canvas(ratio);
        QPainter painter(&image);
        layer.draw(painter, view);
        painter.end();
        return image;
    };

    // On a 2× screen the zoom 16 tiles are asked for, not zoom 15.
    layer.setView(view, 2.0);
    const TileId child = tileAt(view.toLonLat(QPointF(100.0, 100.0)), 16);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return layer.state(child) == TileLayer::TileState::Ready; }, 10'000));
    EXPECT_EQ(layer.state(kTile), TileLayer::TileState::Unknown) << "zoom 15 is not needed";
    // On a 1× screen, zoom 15.
    layer.setView(view, 1.0);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return layer.state(kTile) == TileLayer::TileState::Ready; }, 10'000));

    // With both levels at hand, the painter's pixel ratio decides which is drawn.
    EXPECT_EQ(drawAt(2.0).pixelColor(200, 200), fine);
    EXPECT_EQ(drawAt(1.0).pixelColor(100, 100), coarse);
}

}  // namespace
}  // namespace yike::ui
