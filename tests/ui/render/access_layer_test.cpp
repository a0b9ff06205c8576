// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/access_layer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include "core/access/coverage.h"
#include "core/project/project.h"
#include "ui/render/map_legend.h"
#include "ui/render/map_renderer.h"

namespace yike::ui {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const geo::BoundingBox kBox{118.770, 32.030, 118.790, 32.048};

geo::Polygon square(double lon, double lat, double half) {
    geo::Polygon p;
    p.outer = {{lon - half, lat - half}, {lon + half, lat - half}, {lon + half, lat + half},
               {lon - half, lat + half}};
    return p;
}

AccessOverlay overlayWith(std::vector<double> breaks, double target) {
    AccessOverlay overlay;
    overlay.categoryCode = "pharmacy";
    overlay.title = QStringLiteral("Pharmacy · Older people");
    overlay.breaksMinutes = std::move(breaks);
    overlay.targetMinutes = target;
    return overlay;
}

// The colour a translucent fill leaves over an opaque background.
QColor over(const QColor& fill, const QColor& background) {
    const double a = fill.alphaF();
    return QColor::fromRgbF(static_cast<float>(fill.redF() * a + background.redF() * (1 - a)),
                            static_cast<float>(fill.greenF() * a + background.greenF() * (1 - a)),
                            static_cast<float>(fill.blueF() * a + background.blueF() * (1 - a)));
}

bool near(const QColor& a, const QColor& b, int tolerance = 4) {
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

TEST(AccessOverlay, IsMadeFromOneCategoryOfACoverageResult) {
    access::CoverageResult result;
    result.thresholdsMinutes = {15.0, 5.0, 10.0};
    access::CategoryCoverage pharmacy;
    pharmacy.code = "pharmacy";
    pharmacy.targetMinutes = 10.0;
    access::CategoryCoverage clinic;
    clinic.code = "clinic";
    clinic.targetMinutes = 15.0;
    result.categories = {pharmacy, clinic};
    access::CompoundCoverage near;
    near.id = 7;
    near.minutes = {4.0, 12.0};
    access::CompoundCoverage cut;
    cut.id = 8;
    cut.minutes = {kInf, 3.0};
    result.compounds = {near, cut};
    access::BuildingCoverage home;
    home.id = 70;
    home.compoundId = 7;
    home.minutes = {4.5, 11.0};
    result.buildings = {home};

    const auto overlay = makeAccessOverlay(result, 1, QStringLiteral("Clinic · older people"));
    ASSERT_NE(overlay, nullptr);
    EXPECT_EQ(overlay->categoryCode, "clinic");
    EXPECT_EQ(overlay->title, QStringLiteral("Clinic · older people"));
    EXPECT_EQ(overlay->breaksMinutes, (std::vector<double>{5.0, 10.0, 15.0})) << "ascending";
    EXPECT_DOUBLE_EQ(overlay->targetMinutes, 15.0);
    EXPECT_DOUBLE_EQ(overlay->compoundMinutes.at(7), 12.0) << "the chosen category's minutes";
    EXPECT_DOUBLE_EQ(overlay->compoundMinutes.at(8), 3.0);
    EXPECT_DOUBLE_EQ(overlay->buildingMinutes.at(70), 11.0);
    EXPECT_TRUE(std::isinf(makeAccessOverlay(result, 0, {})->compoundMinutes.at(8)))
        << "unreachable stays unreachable";
}

TEST(AccessOverlay, ClassesFollowTheBreaks) {
    const AccessOverlay overlay = overlayWith({5.0, 10.0, 15.0}, 15.0);
    ASSERT_EQ(overlay.classCount(), 5u);
    EXPECT_EQ(overlay.classOf(0.0), 0u);
    EXPECT_EQ(overlay.classOf(5.0), 0u) << "a break belongs to the class it closes";
    EXPECT_EQ(overlay.classOf(5.01), 1u);
    EXPECT_EQ(overlay.classOf(10.0), 1u);
    EXPECT_EQ(overlay.classOf(14.9), 2u);
    EXPECT_EQ(overlay.classOf(15.2), 3u);
    EXPECT_EQ(overlay.classOf(59.0), 3u);
    EXPECT_EQ(overlay.classOf(kInf), 4u);
    EXPECT_EQ(overlay.classLabel(0), QStringLiteral("Up to 5 min"));
    EXPECT_EQ(overlay.classLabel(1), QStringLiteral("5 to 10 min"));
    EXPECT_EQ(overlay.classLabel(3), QStringLiteral("More than 15 min"));
    EXPECT_EQ(overlay.classLabel(4), QStringLiteral("Not reachable"));
}

TEST(AccessOverlay, ColoursAreDistinctAndGetLighterWithDistance) {
    for (std::size_t classes : {3u, 5u, 7u}) {
        std::vector<QRgb> seen;
        for (std::size_t i = 0; i < classes; ++i) seen.push_back(accessClassColour(i, classes).rgb());
        std::sort(seen.begin(), seen.end());
        EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end()) << classes << " classes";
        // The greens within the breaks lighten from the nearest class outwards.
        for (std::size_t i = 1; i + 2 < classes; ++i)
            EXPECT_GT(accessClassColour(i, classes).lightness(),
                      accessClassColour(i - 1, classes).lightness());
    }
}

TEST(AccessLayer, FillsCompoundsAndHomesByTheirMinutes) {
    project::Project project = project::Project::createDefault();
    project::Compound nearCompound;
    nearCompound.outline = square(118.775, 32.039, 0.002);
    const project::FeatureId nearId = project.addCompound(nearCompound);
    project::Compound farCompound;
    farCompound.outline = square(118.785, 32.039, 0.002);
    const project::FeatureId farId = project.addCompound(farCompound);
    project::Building home;
    home.outline = square(118.7855, 32.0395, 0.0003);
    const project::FeatureId homeId = project.addBuilding(home);

    AccessOverlay overlay = overlayWith({5.0, 10.0, 15.0}, 10.0);
    overlay.compoundMinutes = {{nearId, 4.0}, {farId, kInf}};
    overlay.buildingMinutes = {{homeId, 12.0}};
    const QColor background = MapStyle::standard().background;

    // Zoomed out: the compounds carry the colours, the homes are not drawn.
    MapFrame frame = MapFrame::forExtent(kBox, QRectF(0, 0, 400, 300));
    frame.layers = MapLayers(MapLayer::Access);
    frame.access = std::make_shared<const AccessOverlay>(overlay);
    QImage image(400, 300, QImage::Format_ARGB32);
    image.fill(background);
    {
        QPainter painter(&image);
        MapRenderer().render(painter, project, frame);
    }
    const QColor nearFill = accessCompoundFill(0, 5);
    const QColor farFill = accessCompoundFill(4, 5);
    const QPoint nearPx = frame.transform.toPixel({118.7735, 32.0375}).toPoint();
    const QPoint farPx = frame.transform.toPixel({118.7835, 32.0375}).toPoint();
    EXPECT_TRUE(near(image.pixelColor(nearPx), over(nearFill, background)))
        << image.pixelColor(nearPx).name().toStdString();
    EXPECT_TRUE(near(image.pixelColor(farPx), over(farFill, background)))
        << image.pixelColor(farPx).name().toStdString();
    // The unreachable compound is a blind spot: its rim is the blind-spot red.
    const QPoint rimPx = frame.transform.toPixel({118.785, 32.037}).toPoint();
    EXPECT_TRUE(near(image.pixelColor(rimPx), accessBlindSpotColour(), 40))
        << image.pixelColor(rimPx).name().toStdString();
    const QPoint homePx = frame.transform.toPixel({118.7855, 32.0395}).toPoint();
    EXPECT_TRUE(near(image.pixelColor(homePx), over(farFill, background)))
        << "homes are left out at this zoom";

    // Zoomed in: the home shows its own class (10-15 min) over its compound's colour.
    frame = MapFrame::forExtent({118.7848, 32.0389, 118.7862, 32.0401}, QRectF(0, 0, 400, 300));
    frame.layers = MapLayers(MapLayer::Access);
    frame.access = std::make_shared<const AccessOverlay>(overlay);
    ASSERT_LE(frame.transform.groundMetresPerPixel(),
              MapStyle::standard().buildingMaxGroundMetresPerPixel);
    image.fill(background);
    {
        QPainter painter(&image);
        MapRenderer().render(painter, project, frame);
    }
    QColor homeFill = accessClassColour(2, 5);
    homeFill.setAlpha(0xe0);
    const QPoint homeZoomed = frame.transform.toPixel({118.7855, 32.0395}).toPoint();
    EXPECT_TRUE(near(image.pixelColor(homeZoomed), over(homeFill, over(farFill, background))))
        << image.pixelColor(homeZoomed).name().toStdString();
}

TEST(AccessLayer, MinutesAreWrittenInCompoundsWithRoomForThem) {
    project::Project project = project::Project::createDefault();
    project::Compound big;
    big.outline = square(118.775, 32.039, 0.002);
    const project::FeatureId bigId = project.addCompound(big);
    project::Compound cut = big;
    cut.outline = square(118.785, 32.039, 0.002);
    const project::FeatureId cutId = project.addCompound(cut);
    project::Compound tiny;
    tiny.outline = square(118.780, 32.045, 0.00005);
    const project::FeatureId tinyId = project.addCompound(tiny);
    AccessOverlay overlay = overlayWith({5.0, 10.0, 15.0}, 10.0);
    overlay.compoundMinutes = {{bigId, 3.2}, {cutId, kInf}, {tinyId, 1.0}};

    const MapFrame frame = MapFrame::forExtent(kBox, QRectF(0, 0, 400, 300));
    const std::vector<AccessLabel> labels = accessLabels(project, frame, overlay);
    ASSERT_EQ(labels.size(), 2u) << "the tiny compound has no room for a label";
    EXPECT_EQ(labels[0].text, QStringLiteral("4 min")) << "minutes round up, as the classes do";
    EXPECT_LT((labels[0].at - frame.transform.toPixel({118.775, 32.039})).manhattanLength(), 1.5);
    EXPECT_EQ(labels[1].text, QStringLiteral("Not reachable"));

    // Drawn by the Labels layer, and only while the analysis layer is shown.
    MapFrame withLabels = frame;
    withLabels.layers = MapLayers(MapLayer::Labels) | MapLayer::Access;
    withLabels.access = std::make_shared<const AccessOverlay>(overlay);
    QImage a(400, 300, QImage::Format_ARGB32);
    QImage b(400, 300, QImage::Format_ARGB32);
    a.fill(Qt::white);
    b.fill(Qt::white);
    withLabels.paintBackground = false;
    withLabels.opacity[MapLayer::Access] = 0.0;  // hidden: no fills, no labels
    {
        QPainter pa(&a);
        MapRenderer().render(pa, project, withLabels);
    }
    EXPECT_EQ(a.pixelColor(labels[0].at.toPoint()), QColor(Qt::white));
    withLabels.opacity.clear();
    {
        QPainter pb(&b);
        MapRenderer().render(pb, project, withLabels);
    }
    const QRect around = QRectF(labels[0].at - QPointF(20, 8), QSizeF(40, 16)).toRect();
    int dark = 0;
    for (int y = around.top(); y <= around.bottom(); ++y)
        for (int x = around.left(); x <= around.right(); ++x)
            dark += b.pixelColor(x, y).lightness() < 90;
    EXPECT_GT(dark, 10) << "text drawn over the compound";
}

TEST(AccessLayer, WithoutAnOverlayNothingIsDrawn) {
    project::Project project = project::Project::createDefault();
    project::Compound compound;
    compound.outline = square(118.78, 32.039, 0.003);
    project.addCompound(compound);
    MapFrame frame = MapFrame::forExtent(kBox, QRectF(0, 0, 200, 150));
    frame.layers = MapLayers(MapLayer::Access);
    QImage image(200, 150, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        frame.paintBackground = false;
        MapRenderer().render(painter, project, frame);
    }
    EXPECT_EQ(image.pixelColor(100, 75), QColor(Qt::white));
}

TEST(AccessLayer, LegendListsEveryClassAndTheBlindSpotRim) {
    project::Project project = project::Project::createDefault();
    project::Compound compound;
    compound.outline = square(118.78, 32.039, 0.003);
    const project::FeatureId id = project.addCompound(compound);
    AccessOverlay overlay = overlayWith({5.0, 10.0, 15.0}, 10.0);
    overlay.compoundMinutes = {{id, 7.0}};
    MapFrame frame;
    const std::vector<LegendRow> without = legendRows(project, frame);
    EXPECT_TRUE(std::none_of(without.begin(), without.end(),
                             [](const LegendRow& r) { return r.layer == MapLayer::Access; }))
        << "no analysis, no row";
    frame.access = std::make_shared<const AccessOverlay>(overlay);
    const std::vector<LegendRow> rows = legendRows(project, frame);
    const auto first = std::find_if(rows.begin(), rows.end(),
                                    [](const LegendRow& r) { return r.layer == MapLayer::Access; });
    ASSERT_NE(first, rows.end());
    ASSERT_EQ(std::count_if(rows.begin(), rows.end(),
                            [](const LegendRow& r) { return r.layer == MapLayer::Access; }),
              7);
    EXPECT_FALSE(first->isSwatch());
    EXPECT_TRUE(first->text.contains(overlay.title));
    for (std::size_t i = 0; i < 5; ++i) {
        const LegendRow& row = *(first + 1 + static_cast<std::ptrdiff_t>(i));
        EXPECT_EQ(row.swatch, accessCompoundFill(i, 5)) << "as the map fills compounds";
        EXPECT_EQ(row.text, overlay.classLabel(i));
    }
    const LegendRow& rim = *(first + 6);
    EXPECT_EQ(rim.rim, accessBlindSpotColour());
    EXPECT_TRUE(rim.text.contains(QStringLiteral("10")));

    // The legend draws the rows it lists: the swatch of the nearest class is on the image.
    QImage image(legendSize(rows, {}).toSize() + QSize(2, 2), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        drawLegend(painter, {0, 0}, rows, MapRenderer());
    }
    const qsizetype at = first - rows.begin() + 1;
    const QPoint swatchCentre(16 + 15, static_cast<int>(at) * 24 + 12);
    EXPECT_TRUE(near(image.pixelColor(swatchCentre), over(accessCompoundFill(0, 5), Qt::white)))
        << image.pixelColor(swatchCentre).name().toStdString();
}

TEST(MapLegend, BuildingsAreListedOnlyWhereTheyAreDrawn) {
    project::Project project = project::Project::createDefault();
    project::Building building;
    building.outline = square(118.78, 32.039, 0.0003);
    project.addBuilding(building);
    const auto hasBuildings = [&](const MapFrame& frame) {
        const std::vector<LegendRow> rows = legendRows(project, frame);
        return std::any_of(rows.begin(), rows.end(),
                           [](const LegendRow& r) { return r.layer == MapLayer::Buildings; });
    };
    const MapFrame district = MapFrame::forExtent({118.70, 32.00, 118.86, 32.10}, QRectF(0, 0, 400, 300));
    ASSERT_GT(district.transform.groundMetresPerPixel(),
              MapStyle::standard().buildingMaxGroundMetresPerPixel);
    EXPECT_FALSE(hasBuildings(district));
    const MapFrame street = MapFrame::forExtent({118.779, 32.038, 118.781, 32.040}, QRectF(0, 0, 400, 300));
    EXPECT_TRUE(hasBuildings(street));
    EXPECT_TRUE(hasBuildings(MapFrame{})) << "a frame without a view (a print layout) lists it";
}

}  // namespace
}  // namespace yike::ui
