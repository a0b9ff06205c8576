// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/feature_index.h"

#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include "core/project/project.h"
#include "core/sample/synthetic_city.h"
#include "ui/render/access_layer.h"
#include "ui/render/map_renderer.h"
#include "ui/render/map_transform.h"

namespace yike::ui {
namespace {

const project::Project& smallCity() {
    static const project::Project city = sample::generateSyntheticCity({.scale = 0.01});
    return city;
}

/// The indices a full scan keeps: every feature whose bounds intersect `box`.
template <typename T>
std::vector<std::uint32_t> scanned(const project::FeatureCollection<T>& collection,
                                   const geo::BoundingBox& box) {
    std::vector<std::uint32_t> found;
    const std::vector<T>& items = collection.items();
    for (std::size_t i = 0; i < items.size(); ++i)
        if (featureBounds(items[i]).intersects(box)) found.push_back(static_cast<std::uint32_t>(i));
    return found;
}

/// Random boxes over `extent` (and a little beyond), from a few metres to most of it.
std::vector<geo::BoundingBox> randomBoxes(const geo::BoundingBox& extent, int count) {
    std::mt19937 random(20261203);
    std::uniform_real_distribution<double> unit(-0.1, 1.1);
    std::uniform_real_distribution<double> size(0.0001, 0.6);
    std::vector<geo::BoundingBox> boxes;
    const double width = extent.maxLon - extent.minLon;
    const double height = extent.maxLat - extent.minLat;
    for (int i = 0; i < count; ++i) {
        const double lon = extent.minLon + unit(random) * width;
        const double lat = extent.minLat + unit(random) * height;
        boxes.push_back({lon, lat, lon + size(random) * width, lat + size(random) * height});
    }
    return boxes;
}

template <typename T>
void expectQueriesMatchScan(const project::FeatureCollection<T>& collection,
                            const geo::BoundingBox& extent) {
    const LayerGrid<T> grid(collection);
    ASSERT_TRUE(grid.covers(collection));
    for (const geo::BoundingBox& box : randomBoxes(extent, 200))
        EXPECT_EQ(grid.query(box), scanned(collection, box));
    EXPECT_TRUE(grid.query(geo::BoundingBox{}).empty());  // the empty box meets nothing
}

QImage rendered(const project::Project& project, const MapFrame& frame) {
    QImage image(frame.transform.viewportSize().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    MapRenderer().render(painter, project, frame);
    painter.end();
    return image;
}

/// Views of the city: street level at its centre and at a corner, a district, the whole city;
/// with an analysis overlay on every compound and home, so that layer is culled too.
std::vector<MapFrame> views(const project::Project& project) {
    auto overlay = std::make_shared<AccessOverlay>();
    overlay->breaksMinutes = {5.0, 10.0, 15.0};
    double minutes = 0.0;
    for (const project::Compound& c : project.compounds().items())
        overlay->compoundMinutes.emplace(c.id, minutes += 1.5);
    for (const project::Building& b : project.buildings().items())
        overlay->buildingMinutes.emplace(b.id, static_cast<double>(b.id % 25));

    const geo::BoundingBox box = project.bounds();
    const QSizeF size(640, 400);
    std::vector<MapFrame> frames;
    const auto at = [&](double fx, double fy, double metresPerPixel) {
        MapFrame frame;
        frame.transform =
            MapTransform(mercatorFromLonLat({box.minLon + fx * (box.maxLon - box.minLon),
                                             box.minLat + fy * (box.maxLat - box.minLat)}),
                         metresPerPixel, size);
        frame.access = overlay;
        frames.push_back(frame);
    };
    at(0.5, 0.5, 0.6);
    at(0.02, 0.97, 0.6);
    at(0.3, 0.6, 3.0);
    MapFrame whole = MapFrame::forExtent(box, QRectF(QPointF(), size), 12.0);
    whole.access = overlay;
    frames.push_back(whole);
    return frames;
}

void expectSamePictures(const project::Project& project,
                        const std::shared_ptr<const MapFeatureIndex>& index) {
    for (MapFrame frame : views(project)) {
        // The first picture of a view is drawn before the icon and glyph caches are warm and
        // may differ from later ones by a few pixels, index or not: compare warm pictures.
        rendered(project, frame);
        const QImage scan = rendered(project, frame);
        frame.index = index;
        EXPECT_EQ(rendered(project, frame), scan)
            << "view at " << frame.transform.groundMetresPerPixel() << " m per pixel";
    }
}

TEST(LayerGrid, QueriesReturnExactlyTheFeaturesAFullScanKeeps) {
    const project::Project& city = smallCity();
    ASSERT_GT(city.streets().size(), 100u);
    ASSERT_GT(city.buildings().size(), 100u);
    const geo::BoundingBox extent = city.bounds();
    expectQueriesMatchScan(city.streets(), extent);
    expectQueriesMatchScan(city.buildings(), extent);
    expectQueriesMatchScan(city.compounds(), extent);
}

TEST(LayerGrid, EmptyLayerCoversEmptyLayersOnly) {
    const project::Project empty = project::Project::createDefault();
    const LayerGrid<project::Street> grid(empty.streets());
    EXPECT_TRUE(grid.covers(empty.streets()));
    EXPECT_TRUE(grid.query(smallCity().bounds()).empty());
    EXPECT_FALSE(grid.covers(smallCity().streets()));
}

TEST(MapFeatureIndex, PictureIsTheSameAsWithAFullScan) {
    const project::Project& city = smallCity();
    expectSamePictures(city, MapFeatureIndex::refreshed(nullptr, city));
}

TEST(MapFeatureIndex, CoversACopyOfTheProject) {
    const project::Project& city = smallCity();
    const auto index = MapFeatureIndex::refreshed(nullptr, city);
    const project::Project copy = city;
    EXPECT_NE(index->streets(copy), nullptr);
    EXPECT_NE(index->buildings(copy), nullptr);
    EXPECT_NE(index->compounds(copy), nullptr);
    EXPECT_EQ(MapFeatureIndex::refreshed(index, copy), index);
}

TEST(MapFeatureIndex, AfterEditsOnlyTheChangedLayersAreIndexedAgain) {
    project::Project city = smallCity();
    const auto before = MapFeatureIndex::refreshed(nullptr, city);
    const geo::BoundingBox box = city.bounds();
    const geo::LonLat centre{(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2};

    // A new street across the centre view, a building there removed, one moved into it.
    project::Street street;
    street.name = "New Street";
    street.highway = "primary";
    street.line = {{centre.lon - 0.002, centre.lat + 0.0003}, {centre.lon + 0.002, centre.lat}};
    city.addStreet(street);
    const std::vector<std::uint32_t> near = before->buildings(smallCity())
                                                ->query({centre.lon - 0.001, centre.lat - 0.001,
                                                         centre.lon + 0.001, centre.lat + 0.001});
    ASSERT_GE(near.size(), 2u);
    project::Building moved = city.buildings().items()[near[1]];
    city.removeBuilding(city.buildings().items()[near[0]].id);
    city.removeBuilding(moved.id);
    moved.id = 0;
    for (geo::LonLat& p : moved.outline.outer) p.lon += 0.0004;
    city.addBuilding(moved);

    // The old grids of the changed layers no longer answer for the project...
    EXPECT_EQ(before->streets(city), nullptr);
    EXPECT_EQ(before->buildings(city), nullptr);
    EXPECT_NE(before->compounds(city), nullptr);
    // ...so a frame still holding the old index draws what a full scan draws.
    expectSamePictures(city, before);

    const auto after = MapFeatureIndex::refreshed(before, city);
    ASSERT_NE(after, before);
    EXPECT_EQ(after->compounds(city), before->compounds(city));  // unchanged: reused
    ASSERT_NE(after->streets(city), nullptr);
    ASSERT_NE(after->buildings(city), nullptr);
    expectSamePictures(city, after);
    for (const geo::BoundingBox& query : randomBoxes(box, 100)) {
        EXPECT_EQ(after->streets(city)->query(query), scanned(city.streets(), query));
        EXPECT_EQ(after->buildings(city)->query(query), scanned(city.buildings(), query));
    }
    // The index of the project before the edits still answers for that project.
    EXPECT_NE(before->streets(smallCity()), nullptr);
}

}  // namespace
}  // namespace yike::ui
