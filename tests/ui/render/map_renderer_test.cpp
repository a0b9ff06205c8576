// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_renderer.h"

#include <cmath>

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include "core/project/project.h"
#include "core/sample/sample_district.h"
#include "ui/render/highlight_layer.h"

namespace yike::ui {
namespace {

const QColor kBackground = MapStyle::standard().background;
const geo::BoundingBox kBox{118.770, 32.030, 118.790, 32.048};

QImage blankImage(int width = 640, int height = 480) {
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(kBackground);
    return image;
}

// Pixels of `image` inside `area` that differ from the background colour.
qsizetype changedPixels(const QImage& image, const QRect& area) {
    const QRgb background = kBackground.rgba();
    qsizetype count = 0;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y)
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            if (image.pixel(x, y) != background) ++count;
    return count;
}

qsizetype changedPixels(const QImage& image) {
    return changedPixels(image, image.rect());
}

// Pixels close to `colour` (each channel within `tolerance`).
qsizetype pixelsNear(const QImage& image, const QColor& colour, int tolerance = 8) {
    qsizetype count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance
                && std::abs(c.green() - colour.green()) <= tolerance
                && std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

QImage render(const project::Project& project, const MapFrame& frame, QImage image) {
    QPainter painter(&image);
    MapRenderer().render(painter, project, frame);
    painter.end();
    return image;
}

const project::Project& sample() {
    static const project::Project district = sample::generateSampleDistrict();
    return district;
}

TEST(MapRenderer, PaintsTheSampleDistrict) {
    const QImage image = blankImage();
    const MapFrame frame = MapFrame::forExtent(sample().bounds(), QRectF(image.rect()), 8.0);
    const QImage result = render(sample(), frame, image);
    const qsizetype total = qsizetype{result.width()} * result.height();
    // The fitted frame is filled with background, so count what is not background.
    MapFrame withoutBackground = frame;
    withoutBackground.paintBackground = false;
    const QImage features = render(sample(), withoutBackground, blankImage());
    EXPECT_GT(changedPixels(features), total / 10) << "streets, compounds and water cover the map";
    EXPECT_GT(pixelsNear(features, MapStyle::standard().facilityColour("basic")), 20)
        << "basic facilities are drawn in their group colour";
    EXPECT_GT(changedPixels(result), total / 10);
}

TEST(MapRenderer, HiddenLayersAreNotDrawn) {
    MapFrame frame = MapFrame::forExtent(sample().bounds(), QRectF(0, 0, 640, 480), 8.0);
    frame.paintBackground = false;
    const qsizetype all = changedPixels(render(sample(), frame, blankImage()));
    frame.layers = MapLayer::Facilities;
    const qsizetype facilitiesOnly = changedPixels(render(sample(), frame, blankImage()));
    frame.layers = MapLayers();
    const qsizetype none = changedPixels(render(sample(), frame, blankImage()));
    EXPECT_GT(all, facilitiesOnly);
    EXPECT_GT(facilitiesOnly, 0);
    EXPECT_EQ(none, 0);
}

TEST(MapRenderer, DrawsIntoTheTargetRectangleOnly) {
    MapFrame frame = MapFrame::forExtent(sample().bounds(), QRectF(320, 0, 320, 240), 4.0);
    const QImage result = render(sample(), frame, blankImage());
    EXPECT_EQ(changedPixels(result, QRect(0, 0, 320, 480)), 0);
    EXPECT_EQ(changedPixels(result, QRect(320, 240, 320, 240)), 0);
    EXPECT_GT(changedPixels(result, QRect(320, 0, 320, 240)), 0);
}

TEST(MapRenderer, InvalidFrameDrawsNothing) {
    const QImage result = render(sample(), MapFrame{}, blankImage());
    EXPECT_EQ(changedPixels(result), 0);
}

TEST(MapRenderer, AttributionNamesOpenStreetMapWhenTheDataComesFromIt) {
    project::Project project;
    EXPECT_EQ(MapRenderer::attributionText(project), QString());
    project.setMetadataValue(project::meta::kAttribution,
                             "Map data © OpenStreetMap contributors, ODbL 1.0");
    EXPECT_EQ(MapRenderer::attributionText(project),
              QStringLiteral("© OpenStreetMap contributors"));
    project.setMetadataValue(project::meta::kAttribution, "extract from openstreetmap.org");
    EXPECT_EQ(MapRenderer::attributionText(project),
              QStringLiteral("© OpenStreetMap contributors"));
    project.setMetadataValue(project::meta::kAttribution, "  Survey by Gulou district, 2026 ");
    EXPECT_EQ(MapRenderer::attributionText(project),
              QStringLiteral("Survey by Gulou district, 2026"));
}

TEST(MapRenderer, SampleDistrictDoesNotClaimOpenStreetMap) {
    EXPECT_FALSE(MapRenderer::attributionText(sample()).contains(QStringLiteral("OpenStreetMap")));
}

TEST(MapRenderer, DrawsTheAttributionInTheLowerRightCorner) {
    project::Project project;
    MapFrame frame = MapFrame::forExtent(kBox, QRectF(0, 0, 400, 300));
    frame.paintBackground = false;
    const QRect corner(250, 270, 150, 30);

    EXPECT_EQ(changedPixels(render(project, frame, blankImage(400, 300)), corner), 0)
        << "no attribution metadata, nothing to draw";

    project.setMetadataValue(project::meta::kAttribution, "© OpenStreetMap contributors");
    const QImage withAttribution = render(project, frame, blankImage(400, 300));
    EXPECT_GT(changedPixels(withAttribution, corner), 50);
    EXPECT_EQ(changedPixels(withAttribution, QRect(0, 0, 400, 200)), 0);

    frame.layers &= ~MapLayers(MapLayer::Attribution);
    EXPECT_EQ(changedPixels(render(project, frame, blankImage(400, 300)), corner), 0);
}

TEST(MapRenderer, PlannedFacilitiesAreHollow) {
    project::Project project = project::Project::createDefault();
    const std::string code = project.catalog().categories().front().code;
    project::Facility existing;
    existing.position = {118.775, 32.039};
    existing.categoryCode = code;
    project.addFacility(existing);
    project::Facility planned = existing;
    planned.position = {118.785, 32.039};
    planned.status = project::FacilityStatus::Planned;
    project.addFacility(planned);

    MapFrame frame = MapFrame::forExtent(kBox, QRectF(0, 0, 400, 300));
    const QImage image = render(project, frame, blankImage(400, 300));
    const QPoint existingCentre = frame.transform.toPixel(existing.position).toPoint();
    const QPoint plannedCentre = frame.transform.toPixel(planned.position).toPoint();
    const QColor colour =
        MapStyle::standard().facilityColour(project.catalog().categories().front().group);
    EXPECT_EQ(image.pixelColor(existingCentre), colour);
    EXPECT_EQ(image.pixelColor(plannedCentre), MapStyle::standard().facilityOutline);
}

TEST(MapRenderer, DrawsAHighlightOverEveryLayer) {
    const project::Project& p = sample();
    const MapFrame plain = MapFrame::forExtent(p.bounds(), QRectF(0, 0, 640, 480), 8.0);
    const QColor magenta(0xc0, 0x1f, 0xb8);
    const qsizetype without = pixelsNear(render(p, plain, blankImage()), magenta, 12);

    auto highlight = std::make_shared<MapHighlight>();
    const project::IdleSpace& space = p.idleSpaces().items().front();
    highlight->places.push_back(space.position);
    highlight->compounds.insert(p.compounds().items().front().id);
    MapFrame frame = plain;
    frame.highlight = highlight;
    const QImage image = render(p, frame, blankImage());
    EXPECT_GT(pixelsNear(image, magenta, 12), without + 200) << "the ring and the compound";
    // The ring is centred on the space, with the space's own marker inside it.
    const QPointF at = frame.transform.toPixel(space.position);
    const QRect ring(int(at.x()) - 16, int(at.y()) - 16, 33, 33);
    EXPECT_GT(pixelsNear(image.copy(ring), magenta, 12), 40);
}

}  // namespace
}  // namespace yike::ui
