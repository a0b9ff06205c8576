// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/layer_settings.h"

#include <algorithm>

#include <gtest/gtest.h>

#include <QSettings>
#include <QSignalSpy>

#include "ui/render/map_composition.h"

namespace yike::ui {
namespace {

// Each case keeps its settings in the test process's own folder (see the GUI test main).
class LayerSettingsTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

std::vector<MapLayer> withBasemapOnTop(std::vector<MapLayer> order) {
    order.erase(std::find(order.begin(), order.end(), MapLayer::Basemap));
    order.insert(std::find(order.begin(), order.end(), MapLayer::Labels) + 1, MapLayer::Basemap);
    return order;
}

TEST_F(LayerSettingsTest, VisibilityOrderOpacityAndCategoriesRoundTrip) {
    MapComposition saved;
    saved.setLayerVisible(MapLayer::Gates, false);
    saved.setLayerVisible(MapLayer::Labels, false);
    saved.setLayerOrder(withBasemapOnTop(saved.layerOrder()));
    saved.setLayerOpacity(MapLayer::Compounds, 0.6);
    saved.setLayerOpacity(MapLayer::Basemap, 0.35);
    saved.setHiddenCategories({"pharmacy", "kindergarten"});
    {
        QSettings settings;
        saveLayerSettings(saved, settings);
    }

    MapComposition restored;
    QSignalSpy changed(&restored, &MapComposition::changed);
    QSettings settings;
    restoreLayerSettings(restored, settings);
    EXPECT_GT(changed.count(), 0) << "a restored composition announces what it took";
    EXPECT_EQ(restored.layers(), saved.layers());
    EXPECT_EQ(restored.layerOrder(), saved.layerOrder());
    for (const MapLayerInfo& info : mapLayers())
        EXPECT_DOUBLE_EQ(restored.layerOpacity(info.layer), saved.layerOpacity(info.layer))
            << info.key;
    EXPECT_EQ(restored.hiddenCategories(), saved.hiddenCategories());
}

TEST_F(LayerSettingsTest, NoSettingsKeepTheDefaults) {
    MapComposition composition;
    QSignalSpy changed(&composition, &MapComposition::changed);
    QSettings settings;
    restoreLayerSettings(composition, settings);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(composition.layers(), kAllMapLayers);
    EXPECT_EQ(composition.layerOrder(), completeMapLayerOrder({}));
    EXPECT_TRUE(composition.hiddenCategories().empty());
}

TEST_F(LayerSettingsTest, BrokenSettingsAreIgnored) {
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("map/layers"));
        settings.setValue(QStringLiteral("hidden"), QStringList{QStringLiteral("no_such_layer"),
                                                                QStringLiteral("water")});
        settings.setValue(QStringLiteral("order"),
                          QStringList{QStringLiteral("compounds"), QStringLiteral("streets"),
                                      QStringLiteral("bogus"), QStringLiteral("facilities"),
                                      QStringLiteral("water")});
        QVariantMap opacity;
        opacity.insert(QStringLiteral("streets"), QStringLiteral("not a number"));
        opacity.insert(QStringLiteral("compounds"), 7.5);
        opacity.insert(QStringLiteral("gates"), 0.3);
        settings.setValue(QStringLiteral("opacity"), opacity);
        settings.setValue(QStringLiteral("hiddenCategories"),
                          QStringList{QStringLiteral(" "), QStringLiteral(" pharmacy ")});
        settings.endGroup();
    }
    MapComposition fresh;
    QSettings settings;
    restoreLayerSettings(fresh, settings);
    EXPECT_FALSE(fresh.layers().testFlag(MapLayer::Water));
    EXPECT_TRUE(fresh.layers().testFlag(MapLayer::Streets));
    const std::vector<MapLayer>& order = fresh.layerOrder();
    EXPECT_EQ(order.size(), mapLayers().size()) << "complete, without the unknown key";
    const auto pos = [&](MapLayer l) {
        return std::find(order.begin(), order.end(), l) - order.begin();
    };
    EXPECT_GT(pos(MapLayer::Water), pos(MapLayer::Facilities)) << "water was saved on top";
    EXPECT_GT(pos(MapLayer::Facilities), pos(MapLayer::Streets));
    EXPECT_DOUBLE_EQ(fresh.layerOpacity(MapLayer::Streets), 1.0);
    EXPECT_DOUBLE_EQ(fresh.layerOpacity(MapLayer::Compounds), 1.0);
    EXPECT_DOUBLE_EQ(fresh.layerOpacity(MapLayer::Gates), 0.3);
    EXPECT_EQ(fresh.hiddenCategories(), std::set<std::string>{"pharmacy"});
}

}  // namespace
}  // namespace yike::ui
