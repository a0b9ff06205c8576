// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/tile_math.h"

#include <cmath>
#include <set>

#include <gtest/gtest.h>

#include "ui/render/map_transform.h"
#include "ui/tiles/tile_source.h"

namespace yike::ui {
namespace {

constexpr double kHalfWorldM = 20037508.342789244;

// Reference tile positions computed independently (Python, the slippy-map formula with
// ln(tan φ + sec φ)); London at zoom 10 is the well-known tile 10/511/340.
TEST(TileMath, LonLatToTileAtSeveralZooms) {
    struct Case {
        geo::LonLat p;
        int z;
        double x;
        double y;
    };
    const Case cases[] = {
        {{118.7787, 32.0416}, 0, 0.8299408333333333, 0.4059570569182608},
        {{118.7787, 32.0416}, 5, 26.558106666666667, 12.990625821384345},
        {{118.7787, 32.0416}, 12, 3399.4376533333334, 1662.8001051371962},
        {{118.7787, 32.0416}, 18, 217564.00981333334, 106419.20672878055},
        {{-0.1276, 51.5072}, 10, 511.6370488888889, 340.5070491610469},
        {{-157.8583, 21.3069}, 14, 1007.6933688888882, 7199.143920852576},
    };
    for (const Case& c : cases) {
        const QPointF t = tilePointFromLonLat(c.p, c.z);
        EXPECT_NEAR(t.x(), c.x, 1e-7 * std::max(1.0, c.x)) << c.z;
        EXPECT_NEAR(t.y(), c.y, 1e-7 * std::max(1.0, c.y)) << c.z;
        const TileId id = tileAt(c.p, c.z);
        EXPECT_EQ(id.x, static_cast<int>(std::floor(c.x)));
        EXPECT_EQ(id.y, static_cast<int>(std::floor(c.y)));
        // And back.
        const geo::LonLat back = lonLatFromTilePoint(t, c.z);
        EXPECT_NEAR(back.lon, c.p.lon, 1e-9);
        EXPECT_NEAR(back.lat, c.p.lat, 1e-9);
    }
    EXPECT_EQ(tileAt({-0.1276, 51.5072}, 10), (TileId{10, 511, 340}));
}

TEST(TileMath, EdgesOfTheWorld) {
    EXPECT_EQ(tilePointFromLonLat({0.0, 0.0}, 1), QPointF(1.0, 1.0));
    EXPECT_NEAR(tilePointFromLonLat({-180.0, 85.0511287798}, 4).x(), 0.0, 1e-9);
    EXPECT_NEAR(tilePointFromLonLat({-180.0, 85.0511287798}, 4).y(), 0.0, 1e-6);
    // Beyond the pyramid: clamped into the grid.
    EXPECT_EQ(tileAt({180.0, -89.0}, 3), (TileId{3, 7, 7}));
    EXPECT_EQ(tileAt({-200.0, 89.0}, 3), (TileId{3, 0, 0}));
    EXPECT_TRUE((TileId{3, 7, 7}).isValid());
    EXPECT_FALSE((TileId{3, 8, 0}).isValid());
    EXPECT_FALSE((TileId{3, 0, -1}).isValid());
    EXPECT_EQ((TileId{5, 11, 7}).parent(), (TileId{4, 5, 3}));
    EXPECT_EQ((TileId{0, 0, 0}).parent(), (TileId{0, 0, 0}));
}

TEST(TileMath, TileBoundsAgreeWithTheMapProjection) {
    const TileId id = tileAt({118.7787, 32.0416}, 15);
    const geo::BoundingBox box = tileLonLatBounds(id);
    EXPECT_LE(box.minLon, 118.7787);
    EXPECT_GE(box.maxLon, 118.7787);
    EXPECT_LE(box.minLat, 32.0416);
    EXPECT_GE(box.maxLat, 32.0416);
    // The Web-Mercator extent is the same box through the renderer's own projection.
    const QRectF m = tileMercatorBounds(id);
    const QPointF sw = mercatorFromLonLat({box.minLon, box.minLat});
    const QPointF ne = mercatorFromLonLat({box.maxLon, box.maxLat});
    EXPECT_NEAR(m.left(), sw.x(), 1e-6);
    EXPECT_NEAR(m.top(), sw.y(), 1e-6);
    EXPECT_NEAR(m.right(), ne.x(), 1e-6);
    EXPECT_NEAR(m.bottom(), ne.y(), 1e-6);
    EXPECT_NEAR(m.width(), 2.0 * kHalfWorldM / 32768.0, 1e-9);
}

TEST(TileMath, TmsRowsAreFlipped) {
    EXPECT_EQ(flipTileRow(0, 0), 0);
    EXPECT_EQ(flipTileRow(1, 0), 1);
    EXPECT_EQ(flipTileRow(3, 0), 7);
    EXPECT_EQ(flipTileRow(3, 3), 4);
    for (int z : {1, 7, 15})
        for (int y : {0, 1, (1 << z) / 3, (1 << z) - 1})
            EXPECT_EQ(flipTileRow(z, flipTileRow(z, y)), y);
    // A {-y} template asks for the TMS row.
    TileSource tms;
    tms.urlTemplate = QStringLiteral("https://tiles.example.org/{z}/{x}/{-y}.png");
    EXPECT_EQ(tms.tileUrl({3, 6, 3}).toString(),
              QStringLiteral("https://tiles.example.org/3/6/4.png"));
}

TEST(TileMath, ZoomForResolution) {
    for (int z : {0, 3, 12, 15, 19}) {
        const double exact = 2.0 * kHalfWorldM / (256.0 * std::pow(2.0, z));
        EXPECT_EQ(zoomForResolution(exact), z);
        EXPECT_EQ(zoomForResolution(exact * 1.3), z);
        EXPECT_EQ(zoomForResolution(exact * 0.7), z + 1);
        EXPECT_EQ(zoomForResolution(exact, 512), std::max(0, z - 1));
    }
    EXPECT_EQ(zoomForResolution(0.0), 0);
    EXPECT_EQ(zoomForResolution(1e-9), kMaxTileZoom);
}

TEST(TileMath, TilesCoveringAViewCoverItExactlyOnce) {
    const MapTransform view(mercatorFromLonLat({118.7787, 32.0416}), 4.7, QSizeF(1600.0, 1000.0));
    const int z = zoomForResolution(view.metresPerPixel());
    EXPECT_EQ(z, 15);
    const std::vector<TileId> tiles = tilesCovering(view, z);
    ASSERT_FALSE(tiles.empty());
    // The first tile holds the view's centre.
    EXPECT_TRUE(tilePixelRect(tiles.front(), view).contains(QPointF(800.0, 500.0)));
    std::set<TileId> unique(tiles.begin(), tiles.end());
    EXPECT_EQ(unique.size(), tiles.size());
    // Every tile touches the viewport, and every viewport pixel lies in exactly one tile.
    const QRectF viewport(0.0, 0.0, 1600.0, 1000.0);
    for (const TileId& id : tiles) EXPECT_TRUE(tilePixelRect(id, view).intersects(viewport));
    for (double x = 0.5; x < 1600.0; x += 37.0) {
        for (double y = 0.5; y < 1000.0; y += 41.0) {
            int hits = 0;
            for (const TileId& id : tiles) hits += tilePixelRect(id, view).contains(QPointF(x, y));
            EXPECT_EQ(hits, 1) << x << "," << y;
        }
    }
    // Neighbouring tiles meet on whole pixels, without a seam.
    const QRectF a = tilePixelRect(tiles.front(), view);
    const QRectF right = tilePixelRect({z, tiles.front().x + 1, tiles.front().y}, view);
    EXPECT_EQ(a.right(), right.left());
    EXPECT_EQ(a.left(), std::round(a.left()));
}

TEST(TileSource, UrlsSubdomainsAndValidation) {
    const TileSource osm = TileSource::openStreetMap();
    EXPECT_TRUE(osm.isValid()) << osm.problem().toStdString();
    EXPECT_EQ(osm.tileUrl({15, 27195, 13302}).toString(),
              QStringLiteral("https://tile.openstreetmap.org/15/27195/13302.png"));

    const TileSource tianditu = TileSource::tianditu(QStringLiteral("abc123"));
    EXPECT_TRUE(tianditu.isValid()) << tianditu.problem().toStdString();
    const QString url = tianditu.tileUrl({15, 27195, 13302}).toString();
    EXPECT_TRUE(url.startsWith(QStringLiteral("https://t"))) << url.toStdString();
    EXPECT_TRUE(url.contains(QStringLiteral("TILEMATRIX=15&TILEROW=13302&TILECOL=27195")))
        << url.toStdString();
    EXPECT_TRUE(url.endsWith(QStringLiteral("&tk=abc123"))) << url.toStdString();
    // Subdomains spread over neighbouring tiles, deterministically.
    std::set<QString> hosts;
    for (int x = 0; x < 8; ++x) hosts.insert(tianditu.tileUrl({15, 27195 + x, 13302}).host());
    EXPECT_EQ(hosts.size(), 8u);
    EXPECT_EQ(tianditu.tileUrl({3, 1, 2}), tianditu.tileUrl({3, 1, 2}));
    // Two keys, two caches; the same template, one cache.
    EXPECT_NE(tianditu.cacheKey(), TileSource::tianditu(QStringLiteral("other")).cacheKey());
    EXPECT_EQ(osm.cacheKey(), TileSource::openStreetMap().cacheKey());
    EXPECT_TRUE(osm.overlayTemplates.isEmpty());

    // Tianditu's base (vec_w) has no names: its annotation layer (cva_w) is drawn over it, on
    // the same grid, from the same servers, with the same key, cached apart.
    ASSERT_EQ(tianditu.overlayTemplates.size(), 1);
    EXPECT_TRUE(url.contains(QStringLiteral("/vec_w/wmts?"))) << url.toStdString();
    EXPECT_TRUE(url.contains(QStringLiteral("LAYER=vec&"))) << url.toStdString();
    const QString names = tianditu.overlayUrl(0, {15, 27195, 13302}).toString();
    EXPECT_TRUE(names.contains(QStringLiteral(".tianditu.gov.cn/cva_w/wmts?")))
        << names.toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("LAYER=cva&"))) << names.toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("TILEMATRIXSET=w&"))) << names.toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("TILEMATRIX=15&TILEROW=13302&TILECOL=27195")))
        << names.toStdString();
    EXPECT_TRUE(names.endsWith(QStringLiteral("&tk=abc123"))) << names.toStdString();
    EXPECT_EQ(tianditu.overlayUrl(0, {15, 27195, 13302}).host(),
              tianditu.tileUrl({15, 27195, 13302}).host());
    std::set<QString> nameHosts;
    for (int x = 0; x < 8; ++x)
        nameHosts.insert(tianditu.overlayUrl(0, {15, 27195 + x, 13302}).host());
    EXPECT_EQ(nameHosts,
              (std::set<QString>{
                  QStringLiteral("t0.tianditu.gov.cn"), QStringLiteral("t1.tianditu.gov.cn"),
                  QStringLiteral("t2.tianditu.gov.cn"), QStringLiteral("t3.tianditu.gov.cn"),
                  QStringLiteral("t4.tianditu.gov.cn"), QStringLiteral("t5.tianditu.gov.cn"),
                  QStringLiteral("t6.tianditu.gov.cn"), QStringLiteral("t7.tianditu.gov.cn")}));
    EXPECT_TRUE(tianditu.overlayUrl(1, {15, 27195, 13302}).isEmpty());
    EXPECT_NE(tianditu.overlayCacheKey(0), tianditu.cacheKey());
    EXPECT_NE(tianditu.overlayCacheKey(0),
              TileSource::tianditu(QStringLiteral("other")).overlayCacheKey(0));
    TileSource badOverlay = tianditu;
    badOverlay.overlayTemplates.append(QStringLiteral("https://names.example.org/{z}/{x}.png"));
    EXPECT_FALSE(badOverlay.isValid());
    EXPECT_TRUE(badOverlay.problem().contains(QStringLiteral("2"))) << "names the overlay";

    TileSource bad;
    bad.urlTemplate = QStringLiteral("https://tiles.example.org/{z}/{x}.png");
    EXPECT_FALSE(bad.isValid());
    bad.urlTemplate = QStringLiteral("ftp://tiles.example.org/{z}/{x}/{y}.png");
    EXPECT_FALSE(bad.isValid());
    bad.urlTemplate = QStringLiteral("https://{s}.tiles.example.org/{z}/{x}/{y}.png");
    EXPECT_FALSE(bad.isValid());
    bad.subdomains = {QStringLiteral("a"), QStringLiteral("b")};
    EXPECT_TRUE(bad.isValid()) << bad.problem().toStdString();
    bad.maxZoom = 40;
    EXPECT_FALSE(bad.isValid());
}

TEST(TileSource, SettingsRoundTrip) {
    TileSource source = TileSource::tianditu(QStringLiteral("k"));
    source.id = QStringLiteral("xyz-3");
    const std::optional<TileSource> back = TileSource::fromVariant(source.toVariant());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, source);
    QVariantMap broken = source.toVariant();
    broken[QStringLiteral("url")] = QStringLiteral("not a template");
    EXPECT_FALSE(TileSource::fromVariant(broken).has_value());
    broken = source.toVariant();
    broken[QStringLiteral("kind")] = QStringLiteral("wms");
    EXPECT_FALSE(TileSource::fromVariant(broken).has_value());
}

}  // namespace
}  // namespace yike::ui
