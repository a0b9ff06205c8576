// SPDX-License-Identifier: GPL-3.0-or-later
// A composition drawn onto painters other than the screen's: images, SVG and PDF pages.
#include "ui/render/composition_render.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include <gtest/gtest.h>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include "core/project/project.h"
#include "core/sample/sample_district.h"
#include "tests/ui/render/basemap_scene.h"
#include "tests/ui/render/solid_basemap.h"
#include "ui/render/map_composition.h"

namespace yike::ui {
namespace {

const project::Project& sample() {
    static const project::Project district = sample::generateSampleDistrict();
    return district;
}

QImage painted(QSize size, const std::function<void(QPainter&)>& draw) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    draw(painter);
    painter.end();
    return image;
}

/// Whether `c` is opaque and within `tolerance` of `colour` in every channel.
bool near(const QColor& c, const QColor& colour, int tolerance = 6) {
    return std::abs(c.red() - colour.red()) <= tolerance
           && std::abs(c.green() - colour.green()) <= tolerance
           && std::abs(c.blue() - colour.blue()) <= tolerance && c.alpha() == 255;
}

/// The box around the pixels of `image` near `colour`.
QRect boxOf(const QImage& image, const QColor& colour) {
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (near(image.pixelColor(x, y), colour)) box |= QRect(x, y, 1, 1);
    return box;
}

/// A composition that is not the default one: a layer hidden, one translucent, a category
/// left out.
void varied(MapComposition& composition) {
    composition.setLayerVisible(MapLayer::Gates, false);
    composition.setLayerOpacity(MapLayer::Compounds, 0.6);
    composition.setCategoryVisible(sample().facilities().items().front().categoryCode, false);
}

TEST(RenderComposition, DrawsTheCompositionsFrameWithTheMapRenderer) {
    MapComposition composition;
    varied(composition);
    const QSize size(640, 480);
    const MapTransform view = MapTransform::fitting(sample().bounds(), QSizeF(size), 8.0);
    const auto rendered = [&] {
        return painted(size, [&](QPainter& p) {
            MapRenderer().render(p, sample(), composition.frame(view));
        });
    };
    // The first names drawn in a thread fill Qt's glyph cache and come out a shade different
    // from later ones: compare warm pictures.
    rendered();
    const QImage composed = painted(
        size, [&](QPainter& p) { renderComposition(p, sample(), composition, view); });
    EXPECT_TRUE(composed == rendered()) << "without a basemap the composition is one frame";
}

class CompositionBasemapTest : public ::testing::Test {
protected:
    void SetUp() override {
        using Scene = test::CompoundUnderStreet;
        Scene::addTo(project);
        view = MapTransform::fitting(project.bounds(), QSizeF(300, 300), 24.0);
        inside = view.toPixel(Scene::kInside).toPoint();
        onStreet = view.toPixel(Scene::kOnStreet).toPoint();
        outside = view.toPixel(Scene::kOutside).toPoint();
        composition.setBasemap(&basemap);
    }

    QImage draw() {
        return painted(QSize(300, 300),
                       [&](QPainter& p) { renderComposition(p, project, composition, view); });
    }

    const QColor kRed{255, 0, 0};
    project::Project project;
    MapComposition composition;
    test::SolidBasemap basemap{kRed};
    MapTransform view;
    QPoint inside;
    QPoint onStreet;
    QPoint outside;
};

TEST_F(CompositionBasemapTest, TilesAreDrawnAtTheBasemapsPlaceWithItsOpacity) {
    const MapStyle& style = MapStyle::standard();
    QImage image = draw();
    EXPECT_EQ(image.pixelColor(inside), style.compoundFill) << "over the tiles at the bottom";
    EXPECT_EQ(image.pixelColor(outside), kRed);
    const QColor street = image.pixelColor(onStreet);
    EXPECT_NE(street, kRed);

    composition.setLayerOrder(test::basemapAbove(composition.layerOrder(), MapLayer::Compounds));
    image = draw();
    EXPECT_EQ(image.pixelColor(inside), kRed) << "the tiles cover the compound";
    EXPECT_EQ(image.pixelColor(onStreet), street) << "the street is drawn over the tiles";

    composition.setLayerOpacity(MapLayer::Basemap, 0.5);
    image = draw();
    const QColor half = image.pixelColor(inside);
    EXPECT_NEAR(half.red(), (style.compoundFill.red() + 255) / 2, 3);
    EXPECT_NEAR(half.green(), style.compoundFill.green() / 2, 3);

    composition.setLayerVisible(MapLayer::Basemap, false);
    image = draw();
    EXPECT_EQ(image.pixelColor(outside), style.background);
    EXPECT_TRUE(boxOf(image, kRed).isEmpty());
}

TEST(RenderComposition, FitsTheExtentIntoTheTargetAtItsResolution) {
    project::Project project = project::Project::createDefault();
    project::Facility facility;
    facility.position = {118.780, 32.039};
    facility.categoryCode = project.catalog().categories().front().code;
    project.addFacility(facility);
    const QColor colour =
        MapStyle::standard().facilityColour(project.catalog().categories().front().group);
    const MapComposition composition;
    // About 2 km across: facilities are plain dots at either resolution.
    const geo::BoundingBox extent{118.770, 32.030, 118.790, 32.048};
    const QRectF target(100.0, 50.0, 400.0, 300.0);
    const auto at = [&](double dpi) {
        return painted(QSize(600, 400), [&](QPainter& p) {
            renderComposition(p, project, composition, extent, target, dpi);
        });
    };
    const QImage screen = at(96.0);
    for (int y = 0; y < screen.height(); ++y)
        for (int x = 0; x < screen.width(); ++x)
            ASSERT_EQ(qAlpha(screen.pixel(x, y)) == 255, target.contains(QPointF(x + 0.5, y + 0.5)))
                << "the map fills the target and nothing else, at " << x << "," << y;
    // At twice the resolution a symbol keeps its size on paper: twice as wide in pixels.
    const int dot = boxOf(screen, colour).width();
    ASSERT_GT(dot, 4);
    EXPECT_NEAR(boxOf(at(192.0), colour).width(), 2 * dot, 2);
}

TEST(RenderComposition, AnSvgPageHoldsPathsNotAPictureOfTheMap) {
    MapComposition composition;
    varied(composition);
    composition.setLayerOpacity(MapLayer::Compounds, 1.0);
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(800, 600));
    svg.setViewBox(QRect(0, 0, 800, 600));
    {
        QPainter painter(&svg);
        renderComposition(painter, sample(), composition, sample().bounds(),
                          QRectF(0, 0, 800, 600), 96.0);
    }
    const QString xml = QString::fromUtf8(buffer.data());
    const qsizetype shapes = xml.count(QStringLiteral("<path")) + xml.count(QStringLiteral("<polyline"))
                             + xml.count(QStringLiteral("<polygon"));
    EXPECT_GT(shapes, 300) << "streets, compounds, water and symbols as vector shapes";
    // Icons may be images; nothing as large as the map is.
    const QRegularExpression image(QStringLiteral("<image[^>]*width=\"([0-9.]+)\""));
    for (auto it = image.globalMatch(xml); it.hasNext();)
        EXPECT_LT(it.next().captured(1).toDouble(), 100.0);
}

TEST(RenderComposition, APdfPageHoldsNoPictureOfTheMap) {
    const MapComposition composition;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        QPainter painter(&pdf);
        renderComposition(painter, sample(), composition, sample().bounds(),
                          QRectF(QPointF(), QSizeF(pdf.width(), pdf.height())), 300.0);
    }
    const QByteArray bytes = buffer.data();
    ASSERT_TRUE(bytes.startsWith("%PDF"));
    // Image XObjects are the facility icons at most: a few dozen pixels, never a page.
    const QRegularExpression width(QStringLiteral("/Subtype /Image[^>]*/Width ([0-9]+)"));
    int images = 0;
    for (auto it = width.globalMatch(QString::fromLatin1(bytes)); it.hasNext(); ++images)
        EXPECT_LT(it.next().captured(1).toInt(), 200);
    // The drawing itself is in the page's content stream, as path operators.
    qsizetype pathOperators = 0;
    const QByteArray begin("stream\n");
    const QByteArray finish("\nendstream");
    for (qsizetype at = bytes.indexOf(begin); at >= 0; at = bytes.indexOf(begin, at)) {
        at += begin.size();
        const qsizetype end = bytes.indexOf(finish, at);
        if (end < 0) break;
        // Streams are zlib data; qUncompress wants the expected size up front and grows a
        // buffer that is too small. Streams that are not zlib data (JPEG icons) give nothing.
        if (bytes.mid(at, 2) == QByteArray("x\x9c", 2)) {
            QByteArray framed("\x00\x10\x00\x00", 4);
            framed += bytes.mid(at, end - at);
            const QByteArray content = qUncompress(framed);
            pathOperators += content.count(" l\n") + content.count(" c\n");
        }
        at = end + finish.size();
    }
    EXPECT_GT(pathOperators, 2000) << images << " images";
}

}  // namespace
}  // namespace yike::ui
