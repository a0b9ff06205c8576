// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_composition.h"

#include <algorithm>
#include <memory>

#include <gtest/gtest.h>

#include <QSignalSpy>

#include "tests/ui/render/basemap_scene.h"
#include "tests/ui/render/solid_basemap.h"
#include "ui/render/access_layer.h"
#include "ui/render/composition_render.h"
#include "ui/render/map_renderer.h"

namespace yike::ui {
namespace {

const geo::BoundingBox kBox{118.770, 32.030, 118.790, 32.048};

MapTransform someView() {
    return MapTransform::fitting(kBox, QSizeF(400, 300));
}

/// The composition's order with the Basemap moved to just above `below`.
std::vector<MapLayer> basemapAbove(const MapComposition& composition, MapLayer below) {
    return test::basemapAbove(composition.layerOrder(), below);
}

/// Counts every signal of one composition.
struct Spies {
    explicit Spies(MapComposition& c)
        : layers(&c, &MapComposition::layersChanged),
          categories(&c, &MapComposition::hiddenCategoriesChanged),
          overlay(&c, &MapComposition::accessOverlayChanged),
          basemap(&c, &MapComposition::basemapChanged),
          changed(&c, &MapComposition::changed),
          tiles(&c, &MapComposition::basemapTilesChanged) {}
    int total() const {
        return static_cast<int>(layers.count() + categories.count() + overlay.count()
                                + basemap.count() + changed.count() + tiles.count());
    }
    QSignalSpy layers;
    QSignalSpy categories;
    QSignalSpy overlay;
    QSignalSpy basemap;
    QSignalSpy changed;
    QSignalSpy tiles;
};

TEST(MapComposition, StartsWithEveryLayerOpaqueInTheDefaultOrder) {
    const MapComposition composition;
    EXPECT_EQ(composition.layers(), kAllMapLayers);
    EXPECT_EQ(composition.layerOrder(), completeMapLayerOrder(defaultMapLayerOrder()));
    for (const MapLayerInfo& info : mapLayers()) {
        EXPECT_DOUBLE_EQ(composition.layerOpacity(info.layer), 1.0) << info.key;
        EXPECT_TRUE(composition.isLayerShown(info.layer)) << info.key;
    }
    EXPECT_TRUE(composition.hiddenCategories().empty());
    EXPECT_EQ(composition.accessOverlay(), nullptr);
    EXPECT_EQ(composition.basemap(), nullptr);
    EXPECT_FALSE(composition.isBasemapShown());

    const MapFrame frame = composition.frame(someView());
    EXPECT_TRUE(frame.transform.isValid());
    EXPECT_EQ(frame.layers, kAllMapLayers);
    EXPECT_TRUE(frame.paintBackground);
    EXPECT_EQ(frame.symbolScale, 1.0);
    EXPECT_TRUE(frame.basemapAttribution.isEmpty());
}

TEST(MapComposition, EveryChangeIsAnnouncedOnceAndRepeatsAreSilent) {
    MapComposition composition;
    Spies spies(composition);
    std::uint64_t revision = composition.revision();
    // Each step: the change, then the signal it must raise (besides changed()).
    const auto expectAnnounced = [&](QSignalSpy& own, const char* what) {
        EXPECT_EQ(own.count(), 1) << what;
        EXPECT_EQ(spies.changed.count(), 1) << what;
        EXPECT_EQ(spies.total(), 2) << what << ": one specific signal and changed()";
        EXPECT_GT(composition.revision(), revision) << what;
        revision = composition.revision();
        for (QSignalSpy* spy : {&spies.layers, &spies.categories, &spies.overlay, &spies.basemap,
                                &spies.changed, &spies.tiles})
            spy->clear();
    };

    composition.setLayerVisible(MapLayer::Water, false);
    expectAnnounced(spies.layers, "visibility");
    composition.setLayerOrder(basemapAbove(composition, MapLayer::Compounds));
    expectAnnounced(spies.layers, "order");
    composition.setLayerOpacity(MapLayer::Streets, 0.4);
    expectAnnounced(spies.layers, "opacity");
    composition.setCategoryVisible("pharmacy", false);
    expectAnnounced(spies.categories, "category");
    composition.setAccessOverlay(std::make_shared<const AccessOverlay>());
    expectAnnounced(spies.overlay, "overlay");
    test::SolidBasemap basemap(Qt::red);
    composition.setBasemap(&basemap);
    expectAnnounced(spies.basemap, "basemap");

    // The same values again: nothing to draw again, so nothing is said.
    composition.setLayerVisible(MapLayer::Water, false);
    composition.setLayers(composition.layers());
    composition.setLayerOrder(composition.layerOrder());
    composition.setLayerOpacity(MapLayer::Streets, 0.4);
    composition.setCategoryVisible("pharmacy", false);
    composition.setHiddenCategories({"pharmacy"});
    composition.setAccessOverlay(composition.accessOverlay());
    composition.setBasemap(&basemap);
    EXPECT_EQ(spies.total(), 0);
    EXPECT_EQ(composition.revision(), revision);
}

TEST(MapComposition, OpacityIsClampedAndOpaqueLayersAreNotListed) {
    MapComposition composition;
    composition.setLayerOpacity(MapLayer::Water, 1.7);
    EXPECT_DOUBLE_EQ(composition.layerOpacity(MapLayer::Water), 1.0);
    composition.setLayerOpacity(MapLayer::Water, -0.2);
    EXPECT_DOUBLE_EQ(composition.layerOpacity(MapLayer::Water), 0.0);
    EXPECT_FALSE(composition.isLayerShown(MapLayer::Water)) << "visible but transparent";
    EXPECT_TRUE(composition.layers().testFlag(MapLayer::Water));
    composition.setLayerOpacity(MapLayer::Water, 1.0);
    EXPECT_TRUE(composition.frame(someView()).opacity.empty());
}

TEST(MapComposition, AnOrderIsAlwaysCompleted) {
    MapComposition composition;
    composition.setLayerOrder({MapLayer::Facilities, MapLayer::Water, MapLayer::Facilities});
    const std::vector<MapLayer>& order = composition.layerOrder();
    EXPECT_EQ(order.size(), completeMapLayerOrder({}).size()) << "each layer once";
    const auto at = [&](MapLayer layer) { return std::find(order.begin(), order.end(), layer); };
    EXPECT_LT(at(MapLayer::Facilities), at(MapLayer::Water)) << "the given order is kept";
    EXPECT_EQ(order.back(), MapLayer::Attribution) << "unlisted layers stay on top";
}

TEST(MapComposition, TheFrameCarriesWhatIsDrawn) {
    MapComposition composition;
    composition.setLayerVisible(MapLayer::Gates, false);
    composition.setLayerOrder(basemapAbove(composition, MapLayer::Water));
    composition.setLayerOpacity(MapLayer::Compounds, 0.25);
    composition.setHiddenCategories({"clinic", "pharmacy"});
    auto overlay = std::make_shared<const AccessOverlay>();
    composition.setAccessOverlay(overlay);

    const MapTransform view = someView();
    const MapFrame frame = composition.frame(view);
    EXPECT_EQ(frame.transform.center(), view.center());
    EXPECT_EQ(frame.transform.metresPerPixel(), view.metresPerPixel());
    EXPECT_EQ(frame.layers, composition.layers());
    EXPECT_EQ(frame.order, composition.layerOrder());
    EXPECT_DOUBLE_EQ(frame.layerOpacity(MapLayer::Compounds), 0.25);
    EXPECT_EQ(frame.hiddenCategories, composition.hiddenCategories());
    EXPECT_EQ(frame.access, overlay);
    EXPECT_TRUE(frame.paintBackground) << "no basemap: the renderer paints the background";
}

TEST(MapComposition, TheBasemapIsCutWhereTheOrderPutsIt) {
    MapComposition composition;
    test::SolidBasemap basemap(Qt::red);
    composition.setBasemap(&basemap);
    ASSERT_TRUE(composition.isBasemapShown());
    const MapTransform view = someView();

    // At the bottom (the default): every layer over the tiles, the tiles are the background.
    EXPECT_EQ(composition.layersBelowBasemap(), MapLayers());
    BasemapCut cut = cutAtBasemap(composition, view);
    EXPECT_TRUE(cut.tiles);
    EXPECT_EQ(cut.under.layers, MapLayers());
    EXPECT_TRUE(cut.under.paintBackground);
    EXPECT_EQ(cut.over.layers, composition.layers());
    EXPECT_FALSE(cut.over.paintBackground);
    EXPECT_EQ(cut.over.basemapAttribution, QStringLiteral("Solid tiles"));
    EXPECT_FALSE(composition.frame(view).paintBackground);

    // Above the compounds: green, water and compounds under the tiles; hidden ones left out.
    composition.setLayerOrder(basemapAbove(composition, MapLayer::Compounds));
    composition.setLayerVisible(MapLayer::Water, false);
    const MapLayers below = MapLayers(MapLayer::Green) | MapLayer::Compounds;
    EXPECT_EQ(composition.layersBelowBasemap(), below);
    cut = cutAtBasemap(composition, view);
    EXPECT_EQ(cut.under.layers, below);
    EXPECT_TRUE(cut.under.paintBackground);
    EXPECT_EQ(cut.over.layers & below, MapLayers());
    EXPECT_TRUE(cut.over.layers.testFlag(MapLayer::Streets));
    EXPECT_TRUE(cut.over.layers.testFlag(MapLayer::Attribution));

    // A hidden or transparent basemap is no basemap: one frame with every layer.
    composition.setLayerOpacity(MapLayer::Basemap, 0.0);
    EXPECT_FALSE(composition.isBasemapShown());
    cut = cutAtBasemap(composition, view);
    EXPECT_FALSE(cut.tiles);
    EXPECT_EQ(cut.under.layers, composition.layers());
    EXPECT_TRUE(cut.under.paintBackground);
    EXPECT_EQ(cut.over.layers, MapLayers());
    EXPECT_TRUE(cut.under.basemapAttribution.isEmpty());
}

TEST(MapComposition, AnUnusableBasemapIsNotShown) {
    MapComposition composition;
    test::SolidBasemap broken(Qt::red, false);
    composition.setBasemap(&broken);
    EXPECT_EQ(composition.basemap(), &broken);
    EXPECT_FALSE(composition.isBasemapShown());
    EXPECT_TRUE(composition.frame(someView()).paintBackground);
}

TEST(MapComposition, ADeletedBasemapIsForgotten) {
    MapComposition composition;
    auto basemap = std::make_unique<test::SolidBasemap>(Qt::red);
    composition.setBasemap(basemap.get());
    QSignalSpy changed(&composition, &MapComposition::basemapChanged);
    basemap.reset();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(composition.basemap(), nullptr);
    EXPECT_FALSE(composition.isBasemapShown());
}

TEST(MapComposition, NewTilesAreForwardedWithoutAChange) {
    MapComposition composition;
    test::SolidBasemap basemap(Qt::red);
    composition.setBasemap(&basemap);
    Spies spies(composition);
    const std::uint64_t revision = composition.revision();
    basemap.arrive();
    EXPECT_EQ(spies.tiles.count(), 1);
    EXPECT_EQ(spies.changed.count(), 0);
    EXPECT_EQ(composition.revision(), revision);

    // A replaced basemap no longer speaks for the composition.
    test::SolidBasemap other(Qt::blue);
    composition.setBasemap(&other);
    spies.tiles.clear();
    basemap.arrive();
    EXPECT_EQ(spies.tiles.count(), 0);
}

}  // namespace
}  // namespace yike::ui
