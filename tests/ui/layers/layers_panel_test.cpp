// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/layers_panel.h"

#include <memory>

#include <QAction>
#include <QMenu>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "tests/ui/layers/layer_fixture.h"
#include "ui/layers/layer_actions.h"
#include "ui/layers/layer_tree_model.h"

namespace yike::ui {
namespace {

class LayersPanelTest : public test::LayerFixture {
protected:
    void SetUp() override {
        LayerFixture::SetUp();
        menu = std::make_unique<QMenu>();
        actions = std::make_unique<LayerActions>(composition.get(), menu.get());
        panel = std::make_unique<LayersPanel>(composition.get(), document.get());
        panel->resize(320, 480);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
    }
    void TearDown() override {
        panel.reset();
        actions.reset();
        menu.reset();
        LayerFixture::TearDown();
    }

    template <typename T>
    T* child(const char* name) const {
        T* found = panel->findChild<T*>(QLatin1StringView(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    // Toggles the check box of `index` the way a user does from the keyboard.
    void pressSpaceOn(const QModelIndex& index) {
        QTreeView* tree = panel->tree();
        tree->setFocus();
        tree->setCurrentIndex(index);
        QTest::keyClick(tree->viewport(), Qt::Key_Space);
    }

    std::unique_ptr<QMenu> menu;
    std::unique_ptr<LayerActions> actions;
    std::unique_ptr<LayersPanel> panel;
};

TEST_F(LayersPanelTest, CheckBoxTogglesTheLayerInTheCompositionAndTheMenu) {
    QAction* action = actions->action(MapLayer::Compounds);
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(action->isChecked());
    ASSERT_TRUE(menu->actions().contains(action));

    pressSpaceOn(panel->model()->indexOf(MapLayer::Compounds));
    EXPECT_FALSE(composition->layers().testFlag(MapLayer::Compounds));
    EXPECT_FALSE(composition->frame(MapTransform()).layers.testFlag(MapLayer::Compounds));
    EXPECT_FALSE(action->isChecked());

    // The other way round: the menu action checks the box again.
    action->trigger();
    EXPECT_TRUE(composition->layers().testFlag(MapLayer::Compounds));
    EXPECT_EQ(panel->model()->indexOf(MapLayer::Compounds).data(Qt::CheckStateRole).toInt(),
              Qt::Checked);
}

TEST_F(LayersPanelTest, CategoryCheckBoxHidesTheCategory) {
    const QModelIndex category =
        panel->model()->index(1, 0, panel->model()->indexOf(MapLayer::Facilities));
    const std::string code =
        category.data(LayerTreeModel::CategoryCodeRole).toString().toStdString();
    pressSpaceOn(category);
    EXPECT_TRUE(composition->hiddenCategories().count(code));
    EXPECT_TRUE(composition->layers().testFlag(MapLayer::Facilities))
        << "only the category is hidden";
    pressSpaceOn(category);
    EXPECT_TRUE(composition->hiddenCategories().empty());
}

TEST_F(LayersPanelTest, ButtonsReorderTheFrameAndTheMenu) {
    auto* up = child<QToolButton>("moveLayerUpButton");
    auto* down = child<QToolButton>("moveLayerDownButton");
    ASSERT_TRUE(up && down);
    LayerTreeModel* model = panel->model();
    const int bottom = model->rowCount() - 1;
    const auto layerAtRow = [&](int row) { return *model->layerAt(model->index(row, 0)); };
    panel->setCurrentLayer(layerAtRow(bottom));
    EXPECT_FALSE(down->isEnabled()) << "the bottom layer cannot go lower";
    panel->setCurrentLayer(layerAtRow(0));
    EXPECT_FALSE(up->isEnabled()) << "the top layer cannot go higher";

    panel->setCurrentLayer(MapLayer::Water);
    const int row = model->indexOf(MapLayer::Water).row();
    ASSERT_GE(row, 2);
    const MapLayer above1 = layerAtRow(row - 1);
    const MapLayer above2 = layerAtRow(row - 2);
    ASSERT_TRUE(up->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QTest::mouseClick(up, Qt::LeftButton);
    EXPECT_EQ(model->indexOf(MapLayer::Water).row(), row - 2);
    EXPECT_EQ(panel->currentLayer(), MapLayer::Water) << "the moved layer stays current";
    // Water is now drawn above the two layers it passed.
    const std::vector<MapLayer> order = composition->frame(MapTransform()).order;
    const auto pos = [&](MapLayer l) { return std::find(order.begin(), order.end(), l) - order.begin(); };
    EXPECT_GT(pos(MapLayer::Water), pos(above1));
    EXPECT_GT(pos(MapLayer::Water), pos(above2));
    // The menu lists the layers in the same order as the panel.
    const QList<QAction*> listed = menu->actions();
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_EQ(listed.value(r), actions->action(layerAtRow(r))) << r;

    QTest::mouseClick(down, Qt::LeftButton);
    EXPECT_EQ(model->indexOf(MapLayer::Water).row(), row - 1);
}

TEST_F(LayersPanelTest, SliderSetsTheOpacityOfTheCurrentLayer) {
    auto* slider = child<QSlider>("opacitySlider");
    ASSERT_NE(slider, nullptr);
    panel->setCurrentLayer(MapLayer::Streets);
    EXPECT_EQ(slider->value(), 100);
    slider->setValue(40);
    EXPECT_DOUBLE_EQ(composition->layerOpacity(MapLayer::Streets), 0.4);
    EXPECT_DOUBLE_EQ(composition->layerOpacity(MapLayer::Water), 1.0);
    panel->setCurrentLayer(MapLayer::Water);
    EXPECT_EQ(slider->value(), 100) << "the slider shows the current layer";
    panel->setCurrentLayer(MapLayer::Streets);
    EXPECT_EQ(slider->value(), 40);
}

TEST_F(LayersPanelTest, StateSurvivesARestart) {
    const std::string hidden = facilityCategories(document->project()).front().code;
    composition->setLayerVisible(MapLayer::Gates, false);
    panel->setCurrentLayer(MapLayer::Facilities);
    panel->moveCurrentDown();
    composition->setLayerOpacity(MapLayer::Compounds, 0.6);
    composition->setCategoryVisible(hidden, false);

    // A new window: new composition, new panel reading the settings.
    MapComposition restored;
    LayersPanel again(&restored, document.get());
    EXPECT_EQ(restored.layers(), composition->layers());
    EXPECT_EQ(restored.layerOrder(), composition->layerOrder());
    EXPECT_DOUBLE_EQ(restored.layerOpacity(MapLayer::Compounds), 0.6);
    EXPECT_DOUBLE_EQ(restored.layerOpacity(MapLayer::Streets), 1.0);
    EXPECT_EQ(restored.hiddenCategories(), std::set<std::string>{hidden});
    EXPECT_EQ(again.model()->indexOf(MapLayer::Facilities).row(),
              panel->model()->indexOf(MapLayer::Facilities).row());
}

TEST_F(LayersPanelTest, NewCategoryRowsAppearExpandedUnderFacilities) {
    const std::string code = unusedCategory();
    addFacility(code);
    const QModelIndex row = panel->model()->indexOfCategory(code);
    ASSERT_TRUE(row.isValid());
    EXPECT_TRUE(panel->tree()->isExpanded(row.parent()));
    EXPECT_TRUE(panel->tree()->visualRect(row).isValid());
    document->undoStack()->undo();
    EXPECT_FALSE(panel->model()->indexOfCategory(code).isValid());
}

}  // namespace
}  // namespace yike::ui
