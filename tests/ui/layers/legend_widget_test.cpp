// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/legend_widget.h"

#include <algorithm>
#include <memory>

#include <QCoreApplication>
#include <QEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include "tests/ui/layers/layer_fixture.h"
#include "ui/render/access_layer.h"
#include "ui/render/map_transform.h"

namespace yike::ui {
namespace {

class LegendWidgetTest : public test::LayerFixture {
protected:
    bool hasLayer(MapLayer layer) const {
        const auto& rows = legend->rows();
        return std::any_of(rows.begin(), rows.end(), [&](const LegendRow& r) {
            return !r.isCategory() && r.layer == layer;
        });
    }
    const LegendRow* category(const std::string& code) const {
        for (const LegendRow& r : legend->rows())
            if (r.categoryCode == code) return &r;
        return nullptr;
    }
    void SetUp() override {
        LayerFixture::SetUp();
        legend = std::make_unique<LegendWidget>(composition.get(), document.get());
    }
    void TearDown() override {
        legend.reset();
        LayerFixture::TearDown();
    }
    std::unique_ptr<LegendWidget> legend;
};

// No map view exists here: the legend reads the composition and the document alone.
TEST_F(LegendWidgetTest, ShowsWhatTheCompositionDraws) {
    EXPECT_EQ(legend->rows().size(),
              legendRows(document->project(), composition->frame(MapTransform())).size());
    EXPECT_TRUE(hasLayer(MapLayer::Water));
    QSignalSpy changed(legend.get(), &LegendWidget::changed);
    composition->setLayerVisible(MapLayer::Water, false);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(hasLayer(MapLayer::Water));
    composition->setLayerOpacity(MapLayer::Water, 0.5);
    composition->setLayerVisible(MapLayer::Water, true);
    EXPECT_TRUE(hasLayer(MapLayer::Water)) << "translucent layers are drawn";

    const std::string code = facilityCategories(document->project()).front().code;
    ASSERT_NE(category(code), nullptr);
    composition->setCategoryVisible(code, false);
    EXPECT_EQ(category(code), nullptr);
}

TEST_F(LegendWidgetTest, FollowsTheAnalysisOverlay) {
    EXPECT_FALSE(hasLayer(MapLayer::Access)) << "no analysis has run";
    auto overlay = std::make_shared<AccessOverlay>();
    overlay->breaksMinutes = {5.0, 10.0, 15.0};
    overlay->compoundMinutes.emplace(document->project().compounds().items().front().id, 7.0);
    composition->setAccessOverlay(overlay);
    EXPECT_TRUE(hasLayer(MapLayer::Access));
    composition->setAccessOverlay(nullptr);
    EXPECT_FALSE(hasLayer(MapLayer::Access));
}

TEST_F(LegendWidgetTest, ListsBuildingsOnlyAtScalesThatDrawThem) {
    const geo::BoundingBox bounds = document->project().bounds();
    const geo::LonLat middle{(bounds.minLon + bounds.maxLon) / 2.0,
                             (bounds.minLat + bounds.maxLat) / 2.0};
    project::Building building;
    building.outline.outer = {middle,
                              {middle.lon + 0.0002, middle.lat},
                              {middle.lon + 0.0002, middle.lat + 0.0002},
                              {middle.lon, middle.lat + 0.0002},
                              middle};
    document->project().addBuilding(building);
    EXPECT_TRUE(hasLayer(MapLayer::Buildings)) << "without a view: at every scale";
    const QPointF centre = mercatorFromLonLat(middle);
    QSignalSpy changed(legend.get(), &LegendWidget::changed);
    legend->setTransform(MapTransform(centre, 20.0, QSizeF(400, 300)));
    EXPECT_FALSE(hasLayer(MapLayer::Buildings)) << "zoomed out, footprints are not drawn";
    EXPECT_EQ(changed.count(), 1);
    legend->setTransform(MapTransform(centre, 15.0, QSizeF(400, 300)));
    EXPECT_EQ(changed.count(), 1) << "panning and zooming within one scale band costs nothing";
    legend->setTransform(MapTransform(centre, 1.0, QSizeF(400, 300)));
    EXPECT_TRUE(hasLayer(MapLayer::Buildings));
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(LegendWidgetTest, FollowsTheProjectAndUndo) {
    const std::string code = unusedCategory();
    EXPECT_EQ(category(code), nullptr);
    addFacility(code);
    ASSERT_NE(category(code), nullptr);
    EXPECT_EQ(category(code)->count, 1);
    document->undoStack()->undo();
    EXPECT_EQ(category(code), nullptr);
}

TEST_F(LegendWidgetTest, FollowsTheLanguage) {
    const std::string code = facilityCategories(document->project()).front().code;
    const QString english = category(code)->text;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(legend.get(), &change);
    EXPECT_NE(category(code)->text, english);
    EXPECT_EQ(category(code)->text.toStdString(),
              document->project().catalog().find(code)->nameZh);
}

TEST_F(LegendWidgetTest, PaintsItsRowsAndGrowsWithThem) {
    const QSize before = legend->minimumSize();
    EXPECT_GT(before.height(), static_cast<int>(legend->rows().size()) * 20);
    addFacility(unusedCategory());
    EXPECT_GT(legend->minimumSize().height(), before.height());
    legend->resize(legend->minimumSize());
    const QImage image = legend->grab().toImage();
    const QColor base = legend->palette().color(QPalette::Base);
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) != base) ++ink;
    EXPECT_GT(ink, static_cast<int>(legend->rows().size()) * 40);
}

TEST_F(LegendWidgetTest, EmptyProjectSaysSo) {
    ASSERT_TRUE(document->newProject());
    EXPECT_TRUE(legend->rows().empty());
}

}  // namespace
}  // namespace yike::ui
