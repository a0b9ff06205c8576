// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/mbtiles_file.h"

#include <string>

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <sqlite3.h>

#include "tests/support/test_data.h"
#include "tests/ui/tiles/tile_test_support.h"
#include "ui/tiles/tile_layer.h"

namespace yike::ui {
namespace {

using test::ScratchDir;

const std::vector<std::pair<std::string, std::string>> kMetadata = {
    {"name", "新街口影像"}, {"format", "png"}, {"bounds", "118.70,32.00,118.90,32.10"},
    {"minzoom", "3"},       {"maxzoom", "14"}, {"attribution", "© 南京测绘"}};

TEST(MBTiles, ReadsMetadataAndATileWithTheRowFlipped) {
    const ScratchDir dir;
    const TileId id{3, 6, 3};
    const QString path = test::writeMBTiles(dir.path(), "nanjing.mbtiles", kMetadata, id,
                                            test::pngTile(QColor(10, 120, 200)));
    QString error;
    const auto file = MBTilesFile::open(path, &error);
    ASSERT_TRUE(file) << error.toStdString();
    EXPECT_EQ(file->metadata().name, QStringLiteral("新街口影像"));
    EXPECT_EQ(file->metadata().attribution, QStringLiteral("© 南京测绘"));
    EXPECT_EQ(file->metadata().format, QStringLiteral("png"));
    EXPECT_EQ(file->metadata().minZoom, 3);
    EXPECT_EQ(file->metadata().maxZoom, 14);
    ASSERT_TRUE(file->metadata().bounds.has_value());
    EXPECT_DOUBLE_EQ(file->metadata().bounds->minLon, 118.70);
    EXPECT_DOUBLE_EQ(file->metadata().bounds->maxLat, 32.10);

    const QByteArray bytes = file->tile(id);
    ASSERT_FALSE(bytes.isEmpty());
    const QImage image = QImage::fromData(bytes);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.pixelColor(128, 128), QColor(10, 120, 200));
    // The stored row read as an XYZ row is another tile, which the file does not have.
    EXPECT_TRUE(file->tile({3, 6, 4}).isEmpty());
    EXPECT_TRUE(file->tile({3, 9, 3}).isEmpty());
}

TEST(MBTiles, ZoomRangeFromTheTilesWhenTheMetadataLacksIt) {
    const ScratchDir dir;
    const QString path = test::writeMBTiles(dir.path(), "bare.mbtiles", {{"format", "png"}},
                                            {5, 26, 12}, test::pngTile(Qt::red));
    QString error;
    const auto file = MBTilesFile::open(path, &error);
    ASSERT_TRUE(file) << error.toStdString();
    EXPECT_EQ(file->metadata().minZoom, 5);
    EXPECT_EQ(file->metadata().maxZoom, 5);
    EXPECT_FALSE(file->metadata().bounds.has_value());
}

TEST(MBTiles, RefusesWhatIsNotARasterMBTilesFile) {
    const ScratchDir dir;
    QString error;
    EXPECT_FALSE(
        MBTilesFile::open(QString::fromStdString((dir / "absent.mbtiles").string()), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("absent.mbtiles"))) << error.toStdString();

    const QString text = QString::fromStdString((dir / "notes.mbtiles").string());
    {
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("these are not tiles, just words in a file that is long enough");
    }
    error.clear();
    EXPECT_FALSE(MBTilesFile::open(text, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("notes.mbtiles"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("SQLite"))) << error.toStdString();

    const std::string other = (dir / "other.sqlite").string();
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(other.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE places (name TEXT)", nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    error.clear();
    EXPECT_FALSE(MBTilesFile::open(QString::fromStdString(other), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("tiles table"))) << error.toStdString();

    const QString vector = test::writeMBTiles(dir.path(), "vector.mbtiles", {{"format", "pbf"}},
                                              {3, 1, 1}, QByteArray("\x1a\x02\x08\x01", 4));
    error.clear();
    EXPECT_FALSE(MBTilesFile::open(vector, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("vector tiles"))) << error.toStdString();
}

TEST(MBTiles, TileLayerDrawsTheFileAndLeavesAbsentTilesEmpty) {
    const ScratchDir dir;
    const TileId id{12, 3399, 1662};  // Xinjiekou, Nanjing
    const QString path = test::writeMBTiles(dir.path(), "layer.mbtiles", kMetadata, id,
                                            test::pngTile(QColor(0, 160, 80)));
    TileSource source;
    source.kind = TileSource::Kind::MBTiles;
    source.id = QStringLiteral("mbtiles-1");
    source.name = QStringLiteral("test");
    source.filePath = path;
    TileLayer layer(source);
    ASSERT_TRUE(layer.isUsable()) << layer.openError().toStdString();
    EXPECT_EQ(layer.minZoom(), 3);
    EXPECT_EQ(layer.maxZoom(), 14);
    EXPECT_EQ(layer.attribution(), QStringLiteral("© 南京测绘"));

    layer.setView(test::viewOnTile(id));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return layer.state(id) == TileLayer::TileState::Ready; }, 10'000));
    EXPECT_EQ(layer.cachedImage(id).pixelColor(5, 5), QColor(0, 160, 80));

    // Drawn where the tile lies in the view.
    QImage canvas(200, 200, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        layer.draw(painter, test::viewOnTile(id));
    }
    EXPECT_EQ(canvas.pixelColor(100, 100), QColor(0, 160, 80));

    const TileId absent{12, 3400, 1662};
    layer.setView(test::viewOnTile(absent));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return layer.state(absent) == TileLayer::TileState::Missing; }, 10'000));
    EXPECT_EQ(layer.failedTiles(), 0);
}

}  // namespace
}  // namespace yike::ui
