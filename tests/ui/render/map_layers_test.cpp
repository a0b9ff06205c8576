// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_layers.h"

#include <cmath>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include "core/project/project.h"
#include "ui/render/map_renderer.h"

namespace yike::ui {
namespace {

const geo::BoundingBox kBox{118.770, 32.030, 118.790, 32.048};

geo::Polygon square(double lon0, double lat0, double lon1, double lat1) {
    geo::Polygon p;
    p.outer = {{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}};
    return p;
}

QImage filled(const QColor& colour, int width = 400, int height = 300) {
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(colour);
    return image;
}

QImage render(const project::Project& project, const MapFrame& frame, QImage image) {
    QPainter painter(&image);
    MapRenderer().render(painter, project, frame);
    painter.end();
    return image;
}

bool near(const QColor& a, const QColor& b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

// A water area and a compound that overlap in the middle of kBox.
project::Project overlappingAreas() {
    project::Project project = project::Project::createDefault();
    project::WaterArea water;
    water.outline = square(118.772, 32.032, 118.784, 32.044);
    project.addWaterArea(water);
    project::Compound compound;
    compound.outline = square(118.776, 32.036, 118.788, 32.046);
    project.addCompound(compound);
    return project;
}

// Two wide streets crossing at the centre of kBox.
project::Project crossingStreets() {
    project::Project project = project::Project::createDefault();
    project::Street a;
    a.highway = "residential";
    a.line = {{118.772, 32.039}, {118.788, 32.039}};
    project.addStreet(a);
    project::Street b = a;
    b.line = {{118.780, 32.031}, {118.780, 32.047}};
    project.addStreet(b);
    return project;
}

TEST(MapLayers, RegistryListsEveryLayerOnceWithAKeyAndATitle) {
    std::set<unsigned> values;
    std::set<std::string> keys;
    for (const MapLayerInfo& info : mapLayers()) {
        EXPECT_TRUE(values.insert(static_cast<unsigned>(info.layer)).second);
        EXPECT_TRUE(keys.insert(info.key).second) << info.key;
        EXPECT_FALSE(mapLayerTitle(info.layer).isEmpty()) << info.key;
        EXPECT_EQ(findMapLayer(info.layer), &info);
        EXPECT_EQ(findMapLayer(QString::fromLatin1(info.key)), &info);
        // A single bit: the enum stays a flags enum.
        const auto bits = static_cast<unsigned>(info.layer);
        EXPECT_TRUE(bits != 0 && (bits & (bits - 1)) == 0) << info.key;
        EXPECT_TRUE(kAllMapLayers.testFlag(info.layer)) << info.key;
    }
    EXPECT_EQ(findMapLayer(QStringLiteral("no such layer")), nullptr);
    EXPECT_EQ(findMapLayer(MapLayer::Attribution)->listed, false);
}

TEST(MapLayers, DefaultOrderIsTheRegistryOrder) {
    const std::vector<MapLayer> order = defaultMapLayerOrder();
    ASSERT_EQ(order.size(), mapLayers().size());
    for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], mapLayers()[i].layer);
    EXPECT_EQ(completeMapLayerOrder({}), order);
    EXPECT_EQ(completeMapLayerOrder(order), order);
}

TEST(MapLayers, CompletingAnOrderKeepsTheUsersChoiceAndAddsWhatIsMissing) {
    // The user put water above facilities and named streets twice; the rest is missing.
    const std::vector<MapLayer> order = completeMapLayerOrder(
        {MapLayer::Facilities, MapLayer::Streets, MapLayer::Water, MapLayer::Streets,
         MapLayer::Attribution, static_cast<MapLayer>(0x40000000u)});
    ASSERT_EQ(order.size(), mapLayers().size());
    auto pos = [&](MapLayer layer) {
        return std::find(order.begin(), order.end(), layer) - order.begin();
    };
    EXPECT_LT(pos(MapLayer::Facilities), pos(MapLayer::Streets));
    EXPECT_LT(pos(MapLayer::Streets), pos(MapLayer::Water));
    // Compounds sit above water by default, so they go right above it.
    EXPECT_EQ(pos(MapLayer::Compounds), pos(MapLayer::Water) + 1);
    // The attribution line stays on top whatever the list says.
    EXPECT_EQ(order.back(), MapLayer::Attribution);
    for (const MapLayerInfo& info : mapLayers())
        EXPECT_EQ(std::count(order.begin(), order.end(), info.layer), 1) << info.key;
}

TEST(MapLayers, OrderDecidesWhichLayerEndsUpOnTop) {
    const project::Project project = overlappingAreas();
    MapFrame frame = MapFrame::forExtent(kBox, QRectF(0, 0, 400, 300));
    const QPoint overlap = frame.transform.toPixel({118.780, 32.040}).toPoint();
    const QPoint waterOnly = frame.transform.toPixel({118.774, 32.034}).toPoint();
    const MapStyle& style = MapStyle::standard();

    const QImage byDefault = render(project, frame, filled(style.background));
    EXPECT_EQ(byDefault.pixelColor(overlap), style.compoundFill) << "compounds above water";

    frame.order = {MapLayer::Compounds, MapLayer::Water};
    const QImage swapped = render(project, frame, filled(style.background));
    EXPECT_EQ(swapped.pixelColor(overlap), style.water) << "water above compounds";
    EXPECT_EQ(swapped.pixelColor(waterOnly), style.water);
}

TEST(MapLayers, HalfOpacityBlendsOverlappingStrokesOnce) {
    const project::Project project = crossingStreets();
    // Zoomed in on the crossing, so the streets are many pixels wide.
    MapFrame frame;
    frame.transform =
        MapTransform(mercatorFromLonLat({118.780, 32.039}), 0.5, QSizeF(400, 300));
    frame.paintBackground = false;
    frame.layers = MapLayer::Streets;
    const QPoint crossing = frame.transform.toPixel({118.780, 32.039}).toPoint();
    const QPoint single = frame.transform.toPixel({118.7795, 32.039}).toPoint();
    const QColor fill = MapStyle::standard().street("residential").fill;

    const QImage opaque = render(project, frame, filled(Qt::black));
    ASSERT_EQ(opaque.pixelColor(crossing), fill);
    ASSERT_EQ(opaque.pixelColor(single), fill);

    frame.opacity[MapLayer::Streets] = 0.5;
    const QImage half = render(project, frame, filled(Qt::black));
    // Over black, half of the fill colour; drawn twice it would be three quarters.
    const QColor once(fill.red() / 2, fill.green() / 2, fill.blue() / 2);
    EXPECT_TRUE(near(half.pixelColor(single), once, 2)) << half.pixelColor(single).name().toStdString();
    EXPECT_TRUE(near(half.pixelColor(crossing), once, 2))
        << "where the streets cross: " << half.pixelColor(crossing).name().toStdString();
}

TEST(MapLayers, TranslucentLayerLandsWhereTheOpaqueOneWould) {
    // A frame offset on the page, on an image of pixel ratio 2: the offscreen copy must be
    // composited back at the same place.
    const project::Project project = crossingStreets();
    MapFrame frame = MapFrame::forExtent(kBox, QRectF(100, 50, 200, 150));
    frame.paintBackground = false;
    frame.layers = MapLayer::Streets;
    auto image = [] {
        QImage i = filled(Qt::black, 800, 600);
        i.setDevicePixelRatio(2.0);
        return i;
    };
    const QImage opaque = render(project, frame, image());
    frame.opacity[MapLayer::Streets] = 0.5;
    const QImage half = render(project, frame, image());
    qsizetype compared = 0;
    for (int y = 0; y < opaque.height(); ++y)
        for (int x = 0; x < opaque.width(); ++x) {
            const QColor o = opaque.pixelColor(x, y);
            const QColor h = half.pixelColor(x, y);
            // Every pixel is half as bright (within rounding of anti-aliased edges).
            ASSERT_LE(std::abs(h.red() - o.red() / 2), 2) << x << "," << y;
            if (o.red() > 0) ++compared;
        }
    EXPECT_GT(compared, 500);
}

TEST(MapLayers, ZeroOpacityDrawsNothingAndIsClampedAboveOne) {
    const project::Project project = crossingStreets();
    MapFrame frame = MapFrame::forExtent(kBox, QRectF(0, 0, 400, 300));
    frame.paintBackground = false;
    frame.opacity[MapLayer::Streets] = 0.0;
    const QImage none = render(project, frame, filled(Qt::black));
    EXPECT_EQ(none, filled(Qt::black));
    frame.opacity[MapLayer::Streets] = 7.0;
    EXPECT_EQ(frame.layerOpacity(MapLayer::Streets), 1.0);
    EXPECT_EQ(frame.layerOpacity(MapLayer::Water), 1.0) << "unset means opaque";
}

TEST(MapLayers, HiddenCategoryIsNotDrawn) {
    project::Project project = project::Project::createDefault();
    project::Facility pharmacy;
    pharmacy.position = {118.775, 32.039};
    pharmacy.categoryCode = "pharmacy";
    project.addFacility(pharmacy);
    project::Facility cafe;
    cafe.position = {118.785, 32.039};
    cafe.categoryCode = "cafe";
    project.addFacility(cafe);

    const MapStyle& style = MapStyle::standard();
    MapFrame frame = MapFrame::forExtent(kBox, QRectF(0, 0, 400, 300));
    frame.hiddenCategories = {"pharmacy"};
    const QImage image = render(project, frame, filled(style.background));
    EXPECT_EQ(image.pixelColor(frame.transform.toPixel(pharmacy.position).toPoint()),
              style.background);
    EXPECT_EQ(image.pixelColor(frame.transform.toPixel(cafe.position).toPoint()),
              style.facilityColour(project.catalog().find("cafe")->group));
}

TEST(MapLayers, FacilitiesShowTheirIconWhenZoomedIn) {
    project::Project project = project::Project::createDefault();
    project::Facility station;
    station.position = {118.780, 32.039};
    station.categoryCode = "community_health_station";  // a solid cross
    project.addFacility(station);
    const MapStyle& style = MapStyle::standard();
    const QColor colour = style.facilityColour(project.catalog().find(station.categoryCode)->group);

    // Pixels of the marker colour within the icon marker's radius, and white pixels of the
    // glyph close to the centre (where a plain dot is all marker colour).
    auto census = [&](double metresPerPixel) {
        MapFrame frame;
        frame.transform = MapTransform(mercatorFromLonLat(station.position), metresPerPixel,
                                       QSizeF(200, 200));
        const QImage image = render(project, frame, filled(style.background, 200, 200));
        int marker = 0;
        int glyph = 0;
        for (int y = 0; y < 200; ++y)
            for (int x = 0; x < 200; ++x) {
                const double d = std::hypot(x + 0.5 - 100.0, y + 0.5 - 100.0);
                const QColor c = image.pixelColor(x, y);
                if (d <= style.facilityIconRadiusPx && near(c, colour, 10)) ++marker;
                if (d <= 3.0 && near(c, Qt::white, 8)) ++glyph;
            }
        return std::pair{marker, glyph};
    };
    const auto [closeMarker, closeGlyph] = census(0.5);
    EXPECT_GT(closeGlyph, 10) << "the white cross inside the marker";
    EXPECT_GT(closeMarker, 60) << "a larger marker around it";
    const auto [farMarker, farGlyph] = census(50.0);
    EXPECT_EQ(farGlyph, 0) << "a plain dot when zoomed out";
    EXPECT_GT(farMarker, 20);
    EXPECT_LT(farMarker, closeMarker);
}

}  // namespace
}  // namespace yike::ui
