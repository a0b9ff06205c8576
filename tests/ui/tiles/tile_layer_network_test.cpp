// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/tile_layer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include "tests/support/test_data.h"
#include "tests/ui/tiles/tile_test_support.h"
#include "ui/tiles/disk_tile_cache.h"

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

// Tianditu's case: a base layer without names and a transparent names layer over it.
TileSource baseWithNames(const TileServer& server) {
    TileSource source = sourceFor(server);
    source.urlTemplate = server.urlTemplate(QStringLiteral("base"));
    source.overlayTemplates = {server.urlTemplate(QStringLiteral("names"))};
    return source;
}

QImage drawn(const TileLayer& layer, const TileId& id) {
    QImage canvas(200, 200, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    layer.draw(painter, test::viewOnTile(id));
    painter.end();
    return canvas;
}

TEST(TileLayerOverlay, BaseAndOverlayAreFetchedCachedAndDrawnInOrder) {
    const ScratchDir dir;
    const QColor base(40, 90, 160);
    const QColor names(220, 20, 20);
    TileServer server(TileServer::Mode::ServerError);
    server.route(QStringLiteral("base"), TileServer::Mode::Png, test::pngTile(base));
    server.route(QStringLiteral("names"), TileServer::Mode::Png, test::pngOverlayTile(names));
    const TileLayer::Options options = optionsIn(dir);
    QString overlayFolder;
    {
        TileLayer layer(baseWithNames(server), options);
        ASSERT_TRUE(layer.isUsable()) << layer.openError().toStdString();
        EXPECT_EQ(layer.overlayCount(), 1);
        overlayFolder = layer.diskCacheFolder(0);
        EXPECT_FALSE(overlayFolder.isEmpty());
        EXPECT_NE(overlayFolder, layer.diskCacheFolder());
        layer.setView(test::viewOnTile(kTile));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return layer.state(kTile) == TileLayer::TileState::Ready
                       && layer.overlayState(0, kTile) == TileLayer::TileState::Ready;
            },
            10'000));
        ASSERT_EQ(server.requestCount(), 2);
        EXPECT_TRUE(server.paths().contains(QStringLiteral("/base/15/27195/13302.png")));
        EXPECT_TRUE(server.paths().contains(QStringLiteral("/names/15/27195/13302.png")));
        EXPECT_EQ(layer.failedTiles(), 0);

        // The view shows tile pixels 28..228 of kTile: (50, 50) is in the overlay's opaque
        // quarter, (150, 150) where the overlay is transparent.
        const QImage canvas = drawn(layer, kTile);
        EXPECT_EQ(canvas.pixelColor(50, 50), names) << "the overlay is drawn over the base";
        EXPECT_EQ(canvas.pixelColor(150, 150), base) << "the base shows through the overlay";
    }
    // Each layer has its own disk cache, and both serve the next session offline.
    EXPECT_TRUE(DiskTileCache(options.diskCacheFolder, 1 << 20).contains(kTile));
    EXPECT_TRUE(DiskTileCache(overlayFolder, 1 << 20).contains(kTile));
    server.stop();
    TileLayer offline(baseWithNames(server), options);
    offline.setView(test::viewOnTile(kTile));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return offline.state(kTile) == TileLayer::TileState::Ready
                   && offline.overlayState(0, kTile) == TileLayer::TileState::Ready;
        },
        10'000));
    EXPECT_EQ(offline.diskLoads(), 2);
    EXPECT_EQ(offline.networkLoads(), 0);
    const QImage canvas = drawn(offline, kTile);
    EXPECT_EQ(canvas.pixelColor(50, 50), names);
    EXPECT_EQ(canvas.pixelColor(150, 150), base);
}

TEST(TileLayerOverlay, AFailingOverlayLeavesTheBaseDrawn) {
    const ScratchDir dir;
    const QColor base(40, 90, 160);
    TileServer server(TileServer::Mode::ServerError);
    server.route(QStringLiteral("base"), TileServer::Mode::Png, test::pngTile(base));
    TileLayer layer(baseWithNames(server), optionsIn(dir));
    QSignalSpy failed(&layer, &TileLayer::tileFailed);
    layer.setView(test::viewOnTile(kTile));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return layer.state(kTile) == TileLayer::TileState::Ready
                   && layer.overlayState(0, kTile) == TileLayer::TileState::Failed;
        },
        10'000));
    EXPECT_EQ(failed.count(), 1);
    EXPECT_TRUE(layer.cachedOverlayImage(0, kTile).isNull());
    const QImage canvas = drawn(layer, kTile);
    EXPECT_EQ(canvas.pixelColor(50, 50), base);
    EXPECT_EQ(canvas.pixelColor(150, 150), base);
}

// Tiles older than the maximum age: drawn from disk at once, then fetched again.

QString tilePath(const QString& folder, const TileId& id) {
    return QStringLiteral("%1/%2/%3/%4.tile").arg(folder).arg(id.z).arg(id.x).arg(id.y);
}

/// Stores `png` for `id` in `folder` as if it had been fetched `daysAgo` days ago.
void storeOldTile(const QString& folder, const TileId& id, const QByteArray& png, int daysAgo) {
    DiskTileCache cache(folder, qint64(64) << 20);
    ASSERT_TRUE(cache.write(id, png));
    QFile file(tilePath(folder, id));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-daysAgo),
                                 QFileDevice::FileModificationTime));
}

TEST(DiskTileCacheExpiry, ReadsFlagTilesOlderThanTheMaximumAge) {
    const ScratchDir dir;
    const QString folder = QString::fromStdString((dir / "cache").string());
    const QByteArray png = test::pngTile(Qt::green);
    const TileId fresh{15, 1, 1};
    DiskTileCache cache(folder, 1 << 20);
    EXPECT_EQ(cache.maxAge(), std::chrono::seconds(std::chrono::days(30)));
    ASSERT_TRUE(cache.write(fresh, png));
    storeOldTile(folder, kTile, png, 31);
    bool stale = true;
    EXPECT_EQ(cache.read(fresh, &stale), png);
    EXPECT_FALSE(stale);
    EXPECT_EQ(cache.read(kTile, &stale), png) << "an old tile is still returned";
    EXPECT_TRUE(stale);
    // Within a longer maximum age, or with none, it is not stale.
    EXPECT_EQ(DiskTileCache(folder, 1 << 20, std::chrono::days(60)).read(kTile, &stale), png);
    EXPECT_FALSE(stale);
    EXPECT_EQ(DiskTileCache(folder, 1 << 20, std::chrono::seconds(0)).read(kTile, &stale), png);
    EXPECT_FALSE(stale);
}

TEST(TileLayerExpiry, AnOldTileIsDrawnAtOnceAndReplacedByAFreshOne) {
    const ScratchDir dir;
    const TileLayer::Options options = optionsIn(dir);
    const QColor old(30, 160, 60);
    const QColor fresh(200, 30, 30);
    storeOldTile(options.diskCacheFolder, kTile, test::pngTile(old), 31);
    const TileId recent{kTile.z, kTile.x + 1, kTile.y};
    DiskTileCache(options.diskCacheFolder, options.diskCacheBytes)
        .write(recent, test::pngTile(old));

    TileServer server(TileServer::Mode::Png, test::pngTile(fresh));
    {
        TileLayer layer(sourceFor(server), options);
        QSignalSpy failed(&layer, &TileLayer::tileFailed);
        layer.setView(test::viewOnTile(kTile));
        ASSERT_TRUE(QTest::qWaitFor([&] { return layer.refreshedTiles() == 1; }, 10'000));
        EXPECT_EQ(layer.staleDiskLoads(), 1);
        EXPECT_EQ(layer.cachedImage(kTile).pixelColor(10, 10), fresh);
        EXPECT_EQ(drawn(layer, kTile).pixelColor(100, 100), fresh);
        ASSERT_EQ(server.requestCount(), 1);
        EXPECT_EQ(server.paths().front(), QStringLiteral("/15/27195/13302.png"));

        // A tile within the maximum age is not asked for.
        layer.setView(test::viewOnTile(recent));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return layer.state(recent) == TileLayer::TileState::Ready; }, 10'000));
        QTest::qWait(100);
        EXPECT_EQ(server.requestCount(), 1);
        EXPECT_EQ(layer.cachedImage(recent).pixelColor(10, 10), old);
        EXPECT_EQ(failed.count(), 0);
    }  // the layer finishes its disk write before it goes
    // The fresh tile replaced the old one on disk.
    bool stale = true;
    const QByteArray stored =
        DiskTileCache(options.diskCacheFolder, options.diskCacheBytes).read(kTile, &stale);
    EXPECT_FALSE(stale);
    EXPECT_EQ(QImage::fromData(stored).pixelColor(10, 10), fresh);
}

TEST(TileLayerExpiry, AFailedRefetchKeepsTheOldTileAndIsNoFailure) {
    const QColor old(30, 160, 60);
    for (const TileServer::Mode mode : {TileServer::Mode::Silent, TileServer::Mode::ServerError}) {
        SCOPED_TRACE(mode == TileServer::Mode::Silent ? "silent server" : "server error");
        const ScratchDir dir;
        TileLayer::Options options = optionsIn(dir);
        options.timeoutMs = 300;
        storeOldTile(options.diskCacheFolder, kTile, test::pngTile(old), 45);
        TileServer server(mode);
        TileLayer layer(sourceFor(server), options);
        QSignalSpy failed(&layer, &TileLayer::tileFailed);
        QSignalSpy announced(&layer, &TileLayer::firstFailure);
        layer.setView(test::viewOnTile(kTile));
        // Drawn from disk while the server is asked again.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return layer.state(kTile) == TileLayer::TileState::Ready; }, 10'000));
        EXPECT_EQ(layer.staleDiskLoads(), 1);
        EXPECT_EQ(drawn(layer, kTile).pixelColor(100, 100), old);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return server.requestCount() == 1 && layer.activeRequests() == 0; }, 10'000));
        // The refetch failed: the old tile stays, in memory and on disk, and nobody is told.
        EXPECT_EQ(layer.state(kTile), TileLayer::TileState::Ready);
        EXPECT_EQ(drawn(layer, kTile).pixelColor(100, 100), old);
        EXPECT_EQ(layer.failedTiles(), 0);
        EXPECT_EQ(failed.count(), 0);
        EXPECT_EQ(announced.count(), 0);
        EXPECT_EQ(layer.refreshedTiles(), 0);
        // It is not asked for again at every repaint.
        layer.setView(test::viewOnTile(kTile));
        QTest::qWait(100);
        EXPECT_EQ(server.requestCount(), 1);
        bool stale = false;
        const QByteArray stored =
            DiskTileCache(options.diskCacheFolder, options.diskCacheBytes).read(kTile, &stale);
        EXPECT_TRUE(stale);
        EXPECT_EQ(QImage::fromData(stored).pixelColor(10, 10), old);
    }
}

}  // namespace
}  // namespace yike::ui
