// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_legend.h"

#include <algorithm>

#include <gtest/gtest.h>

#include <QImage>
#include <QLocale>
#include <QPainter>

#include "core/project/project.h"
#include "core/sample/sample_district.h"
#include "ui/render/map_renderer.h"

namespace yike::ui {
namespace {

const project::Project& sample() {
    static const project::Project district = sample::generateSampleDistrict();
    return district;
}

std::vector<MapLayer> layerRows(const std::vector<LegendRow>& rows) {
    std::vector<MapLayer> layers;
    for (const LegendRow& row : rows)
        if (!row.isIndented()) layers.push_back(row.layer);
    return layers;
}

std::vector<std::string> categoryRows(const std::vector<LegendRow>& rows) {
    std::vector<std::string> codes;
    for (const LegendRow& row : rows)
        if (row.isCategory()) codes.push_back(row.categoryCode);
    return codes;
}

// Restores the default locale when a test changes it.
struct LocaleGuard {
    QLocale saved;
    ~LocaleGuard() { QLocale::setDefault(saved); }
};

TEST(MapLegend, ListsVisibleLayersTopFirstThenCategoriesUnderFacilities) {
    const MapFrame frame;
    const std::vector<LegendRow> rows = legendRows(sample(), frame);
    ASSERT_FALSE(rows.empty());
    // Every listed layer with content, in reverse drawing order; never the attribution.
    std::vector<MapLayer> expected;
    const std::vector<MapLayer> order = defaultMapLayerOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (!findMapLayer(*it)->listed || !findMapLayer(*it)->legendSample) continue;
        if (*it == MapLayer::Green && sample().greenAreas().items().empty()) continue;
        if (*it == MapLayer::Buildings && sample().buildings().items().empty()) continue;
        // No analysis result, walk rings or evaluated circles in this frame.
        if (*it == MapLayer::Access || *it == MapLayer::WalkRings || *it == MapLayer::Circles)
            continue;
        expected.push_back(*it);
    }
    // The sample district has something on each of the other layers.
    EXPECT_EQ(layerRows(rows), expected);

    // Category rows follow the Facilities row, one per category present, with counts.
    const auto facilities = std::find_if(rows.begin(), rows.end(), [](const LegendRow& r) {
        return !r.isCategory() && r.layer == MapLayer::Facilities;
    });
    ASSERT_NE(facilities, rows.end());
    const std::vector<CategoryCount> present = facilityCategories(sample());
    ASSERT_GT(present.size(), 3u);
    int total = 0;
    for (std::size_t i = 0; i < present.size(); ++i) {
        const LegendRow& row = *(facilities + 1 + static_cast<std::ptrdiff_t>(i));
        EXPECT_EQ(row.categoryCode, present[i].code);
        EXPECT_EQ(row.count, present[i].count);
        EXPECT_EQ(row.group, sample().catalog().find(row.categoryCode)->group);
        EXPECT_FALSE(row.text.isEmpty());
        total += row.count;
    }
    EXPECT_EQ(total, static_cast<int>(sample().facilities().size()));
}

TEST(MapLegend, LeavesOutWhatIsNotDrawn) {
    MapFrame frame;
    frame.layers &= ~MapLayers(MapLayer::Streets);
    frame.opacity[MapLayer::Water] = 0.0;
    const std::string hidden = facilityCategories(sample()).front().code;
    frame.hiddenCategories = {hidden};
    const std::vector<LegendRow> rows = legendRows(sample(), frame);
    const std::vector<MapLayer> layers = layerRows(rows);
    EXPECT_EQ(std::count(layers.begin(), layers.end(), MapLayer::Streets), 0);
    EXPECT_EQ(std::count(layers.begin(), layers.end(), MapLayer::Water), 0);
    EXPECT_EQ(std::count(layers.begin(), layers.end(), MapLayer::Compounds), 1);
    const std::vector<std::string> codes = categoryRows(rows);
    EXPECT_EQ(std::count(codes.begin(), codes.end(), hidden), 0);
    EXPECT_EQ(codes.size(), facilityCategories(sample()).size() - 1);

    // Hiding every category hides the Facilities row too: nothing of it is drawn.
    for (const CategoryCount& c : facilityCategories(sample())) frame.hiddenCategories.insert(c.code);
    const std::vector<MapLayer> none = layerRows(legendRows(sample(), frame));
    EXPECT_EQ(std::count(none.begin(), none.end(), MapLayer::Facilities), 0);
    EXPECT_TRUE(categoryRows(legendRows(sample(), frame)).empty());
}

TEST(MapLegend, EmptyLayersHaveNoRow) {
    project::Project project = project::Project::createDefault();
    EXPECT_TRUE(legendRows(project, MapFrame{}).empty());
    project::Facility f;
    f.position = {118.78, 32.04};
    f.categoryCode = "pharmacy";
    project.addFacility(f);
    f.categoryCode = "not_in_the_catalogue";
    project.addFacility(f);
    const std::vector<LegendRow> rows = legendRows(project, MapFrame{});
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].layer, MapLayer::Facilities);
    EXPECT_EQ(rows[1].categoryCode, "pharmacy");
    EXPECT_EQ(rows[2].categoryCode, "not_in_the_catalogue");
    EXPECT_EQ(rows[2].text, QStringLiteral("not_in_the_catalogue")) << "unknown codes show as is";
}

TEST(MapLegend, FollowsTheDrawingOrder) {
    MapFrame frame;
    frame.order = {MapLayer::Facilities, MapLayer::Water,     MapLayer::Gates,
                   MapLayer::Compounds,  MapLayer::StudyArea, MapLayer::Streets,
                   MapLayer::IdleSpaces};
    const std::vector<MapLayer> complete = completeMapLayerOrder(frame.order);
    const auto pos = [&](MapLayer l) {
        return std::find(complete.begin(), complete.end(), l) - complete.begin();
    };
    const std::vector<MapLayer> layers = layerRows(legendRows(sample(), frame));
    ASSERT_GE(layers.size(), frame.order.size());
    for (std::size_t i = 1; i < layers.size(); ++i)
        EXPECT_GT(pos(layers[i - 1]), pos(layers[i])) << "each row is drawn above the next";
    for (MapLayer layer : frame.order)
        EXPECT_EQ(std::count(layers.begin(), layers.end(), layer), 1);
    // Facilities, put under water, come after it in the legend.
    EXPECT_GT(std::find(layers.begin(), layers.end(), MapLayer::Facilities) - layers.begin(),
              std::find(layers.begin(), layers.end(), MapLayer::Water) - layers.begin());
}

TEST(MapLegend, CategoryNamesFollowTheLanguage) {
    LocaleGuard guard;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(categoryTitle(sample(), "pharmacy"), QStringLiteral("药店"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(categoryTitle(sample(), "pharmacy"), QStringLiteral("Pharmacy"));
}

TEST(MapLegend, DrawsEveryRowWithItsSymbol) {
    const MapFrame frame;
    const std::vector<LegendRow> rows = legendRows(sample(), frame);
    LegendStyle style;
    const QSizeF size = legendSize(rows, style);
    EXPECT_DOUBLE_EQ(size.height(), static_cast<double>(rows.size()) * style.rowHeightPx);
    EXPECT_GT(size.width(), style.symbolWidthPx);

    QImage image(size.toSize() + QSize(2, 2), QImage::Format_ARGB32);
    image.fill(Qt::white);
    const MapRenderer renderer;
    {
        QPainter painter(&image);
        drawLegend(painter, QPointF(0, 0), rows, renderer, style);
    }
    const MapStyle& map = renderer.style();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        SCOPED_TRACE(rows[i].text.toStdString());
        const double top = static_cast<double>(i) * style.rowHeightPx;
        const double indent = rows[i].isCategory() ? style.indentPx : 0.0;
        const QRect symbol = QRectF(indent, top, style.symbolWidthPx, style.rowHeightPx).toRect();
        const QRect text = QRectF(indent + style.symbolWidthPx + style.gapPx, top, 60.0,
                                  style.rowHeightPx).toRect();
        int symbolInk = 0;
        int textInk = 0;
        int groupColour = 0;
        const QColor colour = map.facilityColour(rows[i].group);
        for (int y = symbol.top(); y <= symbol.bottom(); ++y)
            for (int x = symbol.left(); x <= symbol.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c != Qt::white) ++symbolInk;
                if (c == colour) ++groupColour;
            }
        for (int y = text.top(); y <= text.bottom(); ++y)
            for (int x = text.left(); x <= text.right(); ++x)
                if (image.pixelColor(x, y) != Qt::white) ++textInk;
        EXPECT_GT(symbolInk, 10);
        EXPECT_GT(textInk, 10);
        if (rows[i].isCategory()) {
            EXPECT_GT(groupColour, 20) << "the marker in its group colour";
        }
    }
}

}  // namespace
}  // namespace yike::ui
