// SPDX-License-Identifier: GPL-3.0-or-later
// The vector basemap: green areas, building footprints, names, the basemap's credit.
#include "ui/render/map_renderer.h"

#include <cmath>

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include "core/project/project.h"

namespace yike::ui {
namespace {

const MapStyle& style() {
    return MapStyle::standard();
}

geo::Polygon box(double lon0, double lat0, double lon1, double lat1) {
    geo::Polygon p;
    p.outer = {{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}};
    return p;
}

QImage render(const project::Project& project, const MapFrame& frame, int w = 400, int h = 300) {
    QImage image(w, h, QImage::Format_ARGB32);
    image.fill(style().background);
    QPainter painter(&image);
    MapRenderer().render(painter, project, frame);
    painter.end();
    return image;
}

bool near(const QColor& a, const QColor& b, int tolerance = 6) {
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

int darkPixels(const QImage& image, const QRect& area) {
    int count = 0;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y)
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            count += qGray(image.pixel(x, y)) < 110;
    return count;
}

// About 1.2 km × 0.9 km around Xinjiekou: district scale.
const geo::BoundingBox kDistrict{118.772, 32.036, 118.785, 32.045};
// About 120 m × 90 m: street scale.
const geo::BoundingBox kStreet{118.7780, 32.0400, 118.7793, 32.0409};

TEST(BasemapRendering, GreenAreasAreFilledByKind) {
    project::Project project;
    project::GreenArea park;
    park.outline = box(118.773, 32.037, 118.777, 32.040);
    park.kind = "park";
    project.addGreenArea(park);
    project::GreenArea wood;
    wood.outline = box(118.779, 32.041, 118.783, 32.044);
    wood.kind = "wood";
    project.addGreenArea(wood);
    const MapFrame frame = MapFrame::forExtent(kDistrict, QRectF(0, 0, 400, 300));
    const QImage image = render(project, frame);
    EXPECT_TRUE(near(image.pixelColor(frame.transform.toPixel({118.775, 32.0385}).toPoint()),
                     style().greenPark));
    EXPECT_TRUE(near(image.pixelColor(frame.transform.toPixel({118.781, 32.0425}).toPoint()),
                     style().greenWooded));
    EXPECT_FALSE(near(style().greenPark, style().greenWooded));

    MapFrame hidden = frame;
    hidden.layers &= ~MapLayers(MapLayer::Green);
    const QImage without = render(project, hidden);
    EXPECT_TRUE(near(without.pixelColor(frame.transform.toPixel({118.775, 32.0385}).toPoint()),
                     style().background));
}

TEST(BasemapRendering, BuildingsOnlyWhenZoomedIn) {
    project::Project project;
    project::Building building;
    building.outline = box(118.7784, 32.0403, 118.7789, 32.0406);  // ~47 m × 33 m
    building.kind = "apartments";
    project.addBuilding(building);
    // A second, far away: outside the street view, culled.
    project::Building far;
    far.outline = box(118.900, 32.100, 118.901, 32.101);
    project.addBuilding(far);

    const MapFrame street = MapFrame::forExtent(kStreet, QRectF(0, 0, 400, 300));
    ASSERT_LE(street.transform.groundMetresPerPixel(), style().buildingMaxGroundMetresPerPixel);
    const QPoint centre = street.transform.toPixel({118.77865, 32.04045}).toPoint();
    EXPECT_TRUE(near(render(project, street).pixelColor(centre), style().buildingFill));

    const geo::BoundingBox wide{118.70, 31.98, 118.86, 32.10};
    const MapFrame district = MapFrame::forExtent(wide, QRectF(0, 0, 400, 300));
    ASSERT_GT(district.transform.groundMetresPerPixel(), style().buildingMaxGroundMetresPerPixel);
    const QImage zoomedOut = render(project, district);
    const QPoint there = district.transform.toPixel({118.77865, 32.04045}).toPoint();
    EXPECT_TRUE(near(zoomedOut.pixelColor(there), style().background));

    MapFrame hidden = street;
    hidden.layers &= ~MapLayers(MapLayer::Buildings);
    EXPECT_TRUE(near(render(project, hidden).pixelColor(centre), style().background));
}

TEST(BasemapRendering, StreetNamesAppearWhenZoomedInAndOnlyWithTheirLayers) {
    project::Project project;
    project::Street street;
    street.highway = "secondary";
    street.name = "汉中路";
    street.line = {{118.7700, 32.0405}, {118.7900, 32.0405}};
    project.addStreet(street);
    const MapFrame frame = MapFrame::forExtent(kStreet, QRectF(0, 0, 400, 300));
    const QPoint middle = frame.transform.toPixel({118.77865, 32.0405}).toPoint();
    const QRect around(middle.x() - 60, middle.y() - 12, 120, 24);

    EXPECT_GT(darkPixels(render(project, frame), around), 15)
        << "the name is written on the street";

    MapFrame noLabels = frame;
    noLabels.layers &= ~MapLayers(MapLayer::Labels);
    EXPECT_EQ(darkPixels(render(project, noLabels), around), 0);
    MapFrame noStreets = frame;
    noStreets.layers &= ~MapLayers(MapLayer::Streets);
    EXPECT_EQ(darkPixels(render(project, noStreets), around), 0);

    const geo::BoundingBox wide{118.60, 31.90, 118.95, 32.20};
    const MapFrame far = MapFrame::forExtent(wide, QRectF(0, 0, 400, 300));
    ASSERT_GT(far.transform.groundMetresPerPixel(), style().streetLabelMaxGroundMetresPerPixel);
    EXPECT_EQ(darkPixels(render(project, far), QRect(0, 0, 400, 300)), 0);
}

TEST(BasemapRendering, ParkAndWaterNamesInsideTheirAreas) {
    project::Project project;
    project::GreenArea park;
    park.outline = box(118.773, 32.037, 118.780, 32.043);
    park.kind = "park";
    park.name = "朝天宫";
    project.addGreenArea(park);
    const MapFrame frame = MapFrame::forExtent(kDistrict, QRectF(0, 0, 400, 300));
    const QPoint centre = frame.transform.toPixel({118.7765, 32.040}).toPoint();
    const QRect around(centre.x() - 40, centre.y() - 10, 80, 20);
    const QImage named = render(project, frame);
    int greenInk = 0;
    for (int y = around.top(); y <= around.bottom(); ++y)
        for (int x = around.left(); x <= around.right(); ++x)
            greenInk += near(named.pixelColor(x, y), style().greenLabelText, 40);
    EXPECT_GT(greenInk, 5);
    park.id = 0;
    park.name.clear();
    project::Project unnamed;
    unnamed.addGreenArea(park);
    EXPECT_EQ(darkPixels(render(unnamed, frame), around), 0);
}

TEST(BasemapRendering, FacilityNamesOnlyWhenZoomedInClosely) {
    project::Project project = project::Project::createDefault();
    project::Facility clinic;
    clinic.position = {118.7784, 32.04045};
    clinic.categoryCode = project.catalog().categories().front().code;
    clinic.name = "社区卫生服务站";
    project.addFacility(clinic);
    const MapFrame close = MapFrame::forExtent(kStreet, QRectF(0, 0, 400, 300));
    ASSERT_LE(close.transform.groundMetresPerPixel(), style().facilityLabelMaxGroundMetresPerPixel);
    const QPoint marker = close.transform.toPixel(clinic.position).toPoint();
    const QRect right(marker.x() + 12, marker.y() - 8, 90, 16);
    EXPECT_GT(darkPixels(render(project, close), right), 15);

    MapFrame hidden = close;
    hidden.hiddenCategories.insert(clinic.categoryCode);
    EXPECT_EQ(darkPixels(render(project, hidden), right), 0);
}

TEST(BasemapRendering, MinorStreetsZoomedOutAreThinPlainLinesThatStillShow) {
    project::Project project;
    project::Street street;
    street.highway = "residential";
    street.line = {{118.60, 32.05}, {118.75, 32.0501}, {118.95, 32.05}};
    project.addStreet(street);
    const geo::BoundingBox wide{118.55, 31.95, 119.00, 32.15};
    const MapFrame frame = MapFrame::forExtent(wide, QRectF(0, 0, 400, 300));
    ASSERT_GT(frame.transform.groundMetresPerPixel(), style().streetOverviewGroundMetresPerPixel);
    const QImage image = render(project, frame);
    const int y = frame.transform.toPixel({118.75, 32.05}).toPoint().y();
    int drawn = 0;
    for (int x = 0; x < 400; ++x)
        for (int dy = -2; dy <= 2; ++dy)
            drawn += near(image.pixelColor(x, y + dy), style().street("residential").casing, 30);
    EXPECT_GT(drawn, 200) << "the street is drawn in its darker casing colour, not white";
}

TEST(BasemapRendering, TheBasemapCreditJoinsTheAttributionLine) {
    project::Project project;
    project.setMetadataValue(project::meta::kAttribution, "© OpenStreetMap contributors");
    project::Street street;
    street.line = {{118.7700, 32.0405}, {118.7900, 32.0405}};
    project.addStreet(street);
    MapFrame frame = MapFrame::forExtent(kStreet, QRectF(0, 0, 400, 300));
    frame.layers = MapLayers(MapLayer::Attribution);
    const QImage plain = render(project, frame);
    frame.basemapAttribution = QStringLiteral("天地图");
    const QImage credited = render(project, frame);
    // The line grows to the left: pixels there change, the right end stays.
    const QRect bottom(0, 270, 400, 30);
    EXPECT_GT(darkPixels(credited, bottom), darkPixels(plain, bottom));
    // The same credit twice is shown once.
    frame.basemapAttribution = QStringLiteral("© OpenStreetMap contributors");
    EXPECT_EQ(render(project, frame), plain);
}

}  // namespace
}  // namespace yike::ui
