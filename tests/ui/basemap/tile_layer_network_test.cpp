// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/basemap/tile_layer.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include "tests/support/test_data.h"
#include "tests/ui/basemap/tile_test_support.h"
#include "ui/basemap/disk_tile_cache.h"

namespace yike::ui {
namespace {

using test::ScratchDir;
using test::TileServer;

const TileId kTile{15, 27195, 13302};  // Xinjiekou, Nanjing

TileSource sourceFor(const TileServer& server) {
    TileSource source;
    source.id = QStringLiteral("xyz-test");
    source.name = QStringLiteral("local");
    source.urlTemplate = server.urlTemplate();
    source.attribution = QStringLiteral("© test tiles");
    return source;
}

TileLayer::Options optionsIn(const ScratchDir& dir) {
    TileLayer::Options options;
    options.diskCacheFolder = QString::fromStdString((dir / "cache").string());
    return options;
}

TEST(TileLayerNetwork, TileArrivesIsCachedOnDiskAndServedFromThereOffline) {
    const ScratchDir dir;
    TileServer server(TileServer::Mode::Png, test::pngTile(QColor(200, 30, 30)));
    const TileLayer::Options options = optionsIn(dir);
    {
        TileLayer layer(sourceFor(server), options);
        ASSERT_TRUE(layer.isUsable()) << layer.openError().toStdString();
        QSignalSpy changed(&layer, &TileLayer::tilesChanged);
        layer.setView(test::viewOnTile(kTile));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return layer.state(kTile) == TileLayer::TileState::Ready; }, 10'000));
        EXPECT_GE(changed.count(), 1);
        EXPECT_EQ(layer.networkLoads(), 1);
        EXPECT_EQ(layer.diskLoads(), 0);
        EXPECT_EQ(layer.cachedImage(kTile).pixelColor(10, 10), QColor(200, 30, 30));
        ASSERT_EQ(server.requestCount(), 1);
        EXPECT_EQ(server.paths().front(), QStringLiteral("/15/27195/13302.png"));
        EXPECT_TRUE(server.userAgents().front().startsWith("Yike/"))
            << server.userAgents().front().toStdString();
        EXPECT_EQ(server.userAgents().front(), TileLayer::userAgent());
    }  // the layer finishes its disk write before it goes
    const DiskTileCache cache(options.diskCacheFolder, options.diskCacheBytes);
    EXPECT_TRUE(cache.contains(kTile));
    server.stop();

    TileLayer offline(sourceFor(server), options);
    QSignalSpy failed(&offline, &TileLayer::tileFailed);
    offline.setView(test::viewOnTile(kTile));
    ASSERT_TRUE(QTest::qWaitFor([&] { return offline.state(kTile) == TileLayer::TileState::Ready; },
                                10'000));
    EXPECT_EQ(offline.diskLoads(), 1);
    EXPECT_EQ(offline.networkLoads(), 0);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(server.requestCount(), 1);
    QImage canvas(200, 200, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        offline.draw(painter, test::viewOnTile(kTile));
    }
    EXPECT_EQ(canvas.pixelColor(100, 100), QColor(200, 30, 30));
}

TEST(TileLayerNetwork, ServerErrorsAreCountedAndAnnouncedOnce) {
    const ScratchDir dir;
    TileServer server(TileServer::Mode::ServerError);
    TileLayer layer(sourceFor(server), optionsIn(dir));
    QSignalSpy failed(&layer, &TileLayer::tileFailed);
    QSignalSpy announced(&layer, &TileLayer::firstFailure);
    // A view over four tiles (its centre on a tile corner).
    const QRectF tile = tileMercatorBounds(kTile);
    const MapTransform view(QPointF(tile.right(), tile.top()), tile.width() / 256.0,
                            QSizeF(300, 300));
    const std::vector<TileId> wanted = tilesCovering(view, 15);
    ASSERT_EQ(wanted.size(), 4u);
    layer.setView(view);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 4; }, 10'000));
    for (const TileId& id : wanted) EXPECT_EQ(layer.state(id), TileLayer::TileState::Failed);
    EXPECT_EQ(layer.failedTiles(), 4);
    ASSERT_EQ(announced.count(), 1);
    const QString message = announced.front().front().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("500"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("local"))) << message.toStdString();
    EXPECT_TRUE(failed.front().at(3).toString().contains(QStringLiteral("500")));
    // A failed tile is not asked for again at every repaint.
    layer.setView(view);
    QTest::qWait(100);
    EXPECT_EQ(server.requestCount(), 4);
    // Nothing reached the disk cache.
    EXPECT_FALSE(DiskTileCache(optionsIn(dir).diskCacheFolder, 1 << 20).contains(wanted.front()));
}

TEST(TileLayerNetwork, ASilentServerNeverBlocksTheEventLoop) {
    const ScratchDir dir;
    TileServer server(TileServer::Mode::Silent);
    TileLayer::Options options = optionsIn(dir);
    options.timeoutMs = 400;
    TileLayer layer(sourceFor(server), options);
    QSignalSpy failed(&layer, &TileLayer::tileFailed);
    int ticks = 0;
    int ticksWhenFailed = -1;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    QObject::connect(&layer, &TileLayer::tileFailed, [&] {
        if (ticksWhenFailed < 0) ticksWhenFailed = ticks;
    });
    timer.start(10);
    layer.setView(test::viewOnTile(kTile));
    EXPECT_EQ(layer.state(kTile), TileLayer::TileState::Loading);  // setView returned at once
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 20'000));
    // The timer kept firing while the request hung.
    EXPECT_GT(ticksWhenFailed, 0);
    EXPECT_EQ(layer.state(kTile), TileLayer::TileState::Failed);
    EXPECT_EQ(server.requestCount(), 1);
    const QString reason = failed.front().at(3).toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("0.4"))) << reason.toStdString();
    EXPECT_EQ(layer.activeRequests(), 0);
}

TEST(TileLayerNetwork, LimitsParallelRequestsAndCancelsWhatLeavesTheView) {
    const ScratchDir dir;
    TileServer server(TileServer::Mode::Silent);
    TileLayer::Options options = optionsIn(dir);
    options.maxParallelRequests = 2;
    options.timeoutMs = 60'000;
    TileLayer layer(sourceFor(server), options);
    QSignalSpy failed(&layer, &TileLayer::tileFailed);
    const MapTransform first(mercatorFromLonLat({118.7787, 32.0416}), 4.7, QSizeF(1600, 1000));
    const std::vector<TileId> firstTiles = tilesCovering(first, layer.zoomFor(first));
    ASSERT_GT(firstTiles.size(), 10u);
    layer.setView(first);
    const int total = static_cast<int>(firstTiles.size());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return layer.activeRequests() == 2 && layer.queuedRequests() == total - 2; },
        10'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() == 2; }, 10'000));
    // The nearest tiles to the centre go first.
    EXPECT_EQ(layer.state(firstTiles[0]), TileLayer::TileState::Loading);

    // The view moves to Honolulu: Nanjing's requests are cancelled, not failed.
    const MapTransform second(mercatorFromLonLat({-157.8583, 21.3069}), 4.7, QSizeF(400, 300));
    const std::vector<TileId> secondTiles = tilesCovering(second, layer.zoomFor(second));
    layer.setView(second);
    for (const TileId& id : firstTiles) EXPECT_EQ(layer.state(id), TileLayer::TileState::Unknown);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() == 4; }, 10'000));
    EXPECT_EQ(layer.activeRequests(), 2);
    EXPECT_EQ(layer.queuedRequests(), static_cast<int>(secondTiles.size()) - 2);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(layer.failedTiles(), 0);
    QTest::qWait(50);
    EXPECT_EQ(server.requestCount(), 4);
}

TEST(TileLayerNetwork, ParentTileStandsInWhileChildrenLoad) {
    const ScratchDir dir;
    TileServer server(TileServer::Mode::Png, test::pngTile(QColor(40, 90, 160)));
    TileLayer layer(sourceFor(server), optionsIn(dir));
    const TileId parent = kTile.parent();
    layer.setView(test::viewOnTile(parent));
    ASSERT_TRUE(QTest::qWaitFor([&] { return layer.state(parent) == TileLayer::TileState::Ready; },
                                10'000));
    server.stop();  // the children will not come

    const MapTransform child = test::viewOnTile(kTile);
    layer.setView(child);
    EXPECT_NE(layer.state(kTile), TileLayer::TileState::Ready);
    QImage canvas(200, 200, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        layer.draw(painter, child);
    }
    EXPECT_EQ(canvas.pixelColor(100, 100), QColor(40, 90, 160));
}

}  // namespace
}  // namespace yike::ui
