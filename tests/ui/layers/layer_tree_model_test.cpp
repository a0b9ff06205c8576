// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/layer_tree_model.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include "tests/ui/layers/layer_fixture.h"

namespace yike::ui {
namespace {

class LayerTreeModelTest : public test::LayerFixture {
protected:
    void SetUp() override {
        LayerFixture::SetUp();
        model = std::make_unique<LayerTreeModel>(composition.get(), document.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void TearDown() override {
        tester.reset();
        model.reset();
        LayerFixture::TearDown();
    }

    std::vector<MapLayer> panelRows() const {
        std::vector<MapLayer> rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows.push_back(static_cast<MapLayer>(
                model->index(r, 0).data(LayerTreeModel::LayerRole).toInt()));
        return rows;
    }

    std::unique_ptr<LayerTreeModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(LayerTreeModelTest, ListsTheListedLayersTopFirst) {
    std::vector<MapLayer> expected;
    const std::vector<MapLayer> order = defaultMapLayerOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        if (findMapLayer(*it)->listed) expected.push_back(*it);
    EXPECT_EQ(panelRows(), expected);
    const QModelIndex facilities = model->indexOf(MapLayer::Facilities);
    EXPECT_EQ(facilities.data().toString(), QStringLiteral("Facilities"));
    EXPECT_EQ(facilities.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_FALSE(facilities.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(model->index(facilities.row(), LayerTreeModel::CountColumn).data().toULongLong(),
              document->project().facilities().size());
}

TEST_F(LayerTreeModelTest, CategoryRowsShowIconNameAndCount) {
    const QModelIndex facilities = model->indexOf(MapLayer::Facilities);
    const std::vector<CategoryCount> present = facilityCategories(document->project());
    ASSERT_EQ(model->rowCount(facilities), static_cast<int>(present.size()));
    for (int r = 0; r < model->rowCount(facilities); ++r) {
        const QModelIndex row = model->index(r, 0, facilities);
        const CategoryCount& expected = present[static_cast<std::size_t>(r)];
        EXPECT_EQ(row.data(LayerTreeModel::CategoryCodeRole).toString().toStdString(),
                  expected.code);
        EXPECT_EQ(row.data().toString().toStdString(),
                  document->project().catalog().find(expected.code)->nameEn);
        EXPECT_EQ(model->index(r, LayerTreeModel::CountColumn, facilities).data().toInt(),
                  expected.count);
        EXPECT_FALSE(row.data(Qt::DecorationRole).value<QIcon>().isNull());
        EXPECT_EQ(row.data(Qt::CheckStateRole).toInt(), Qt::Checked);
        EXPECT_EQ(model->parent(row), facilities);
    }
}

TEST_F(LayerTreeModelTest, CategoryNamesFollowTheLanguage) {
    const QModelIndex row = model->indexOfCategory(facilityCategories(document->project())[0].code);
    const std::string code = row.data(LayerTreeModel::CategoryCodeRole).toString().toStdString();
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->retranslate();
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(row.data().toString().toStdString(),
              document->project().catalog().find(code)->nameZh);
}

TEST_F(LayerTreeModelTest, CheckBoxesDriveTheComposition) {
    const QModelIndex water = model->indexOf(MapLayer::Water);
    ASSERT_TRUE(model->setData(water, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(composition->layers().testFlag(MapLayer::Water));
    EXPECT_EQ(water.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    // ...and the composition drives the check boxes.
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    composition->setLayerVisible(MapLayer::Water, true);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(water.data(Qt::CheckStateRole).toInt(), Qt::Checked);

    const QModelIndex category = model->index(0, 0, model->indexOf(MapLayer::Facilities));
    const std::string code = category.data(LayerTreeModel::CategoryCodeRole).toString().toStdString();
    ASSERT_TRUE(model->setData(category, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(composition->hiddenCategories(), std::set<std::string>{code});
    EXPECT_EQ(composition->frame(MapTransform()).hiddenCategories, std::set<std::string>{code});
    EXPECT_EQ(category.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
}

TEST_F(LayerTreeModelTest, MovingARowChangesTheDrawingOrder) {
    QPersistentModelIndex facilities = model->indexOf(MapLayer::Facilities);
    QPersistentModelIndex firstCategory = model->index(0, 0, facilities);
    const int row = facilities.row();
    const std::vector<MapLayer> before = panelRows();
    ASSERT_GE(before.size(), static_cast<std::size_t>(row + 3));
    ASSERT_TRUE(model->moveLayer(MapLayer::Facilities, +2));
    EXPECT_EQ(facilities.row(), row + 2) << "persistent indexes follow the row";
    EXPECT_EQ(firstCategory.parent(), QModelIndex(facilities));
    // In the composition the order is bottom to top: Facilities now sits under the two layers that
    // were below it.
    const std::vector<MapLayer>& order = composition->layerOrder();
    const auto pos = [&](MapLayer l) { return std::find(order.begin(), order.end(), l) - order.begin(); };
    const auto r = static_cast<std::size_t>(row);
    EXPECT_LT(pos(MapLayer::Facilities), pos(before[r + 1]));
    EXPECT_LT(pos(MapLayer::Facilities), pos(before[r + 2]));
    EXPECT_EQ(composition->frame(MapTransform()).order, order);
    EXPECT_FALSE(model->canMove(panelRows().front(), -1));
    EXPECT_FALSE(model->canMove(panelRows().back(), +1));
    EXPECT_FALSE(model->moveLayer(panelRows().back(), +1));
}

TEST_F(LayerTreeModelTest, DragAndDropMovesALayer) {
    const std::vector<MapLayer> before = panelRows();
    const QModelIndex water = model->indexOf(MapLayer::Water);
    std::unique_ptr<QMimeData> data(model->mimeData({water}));
    ASSERT_NE(data, nullptr);
    // Dropped between the first and second rows.
    ASSERT_TRUE(model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    EXPECT_EQ(panelRows()[1], MapLayer::Water);
    EXPECT_EQ(panelRows()[0], before[0]);
    EXPECT_EQ(panelRows().size(), before.size());
    // Category rows and foreign data are not drop targets.
    const QModelIndex category = model->index(0, 0, model->indexOf(MapLayer::Facilities));
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, category));
    QMimeData foreign;
    foreign.setText(QStringLiteral("water"));
    EXPECT_FALSE(model->dropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
    // Dropped below the last row.
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_EQ(panelRows().back(), MapLayer::Water);
}

TEST_F(LayerTreeModelTest, CategoryRowsFollowTheProjectThroughUndo) {
    const std::string code = unusedCategory();
    ASSERT_FALSE(code.empty());
    const QModelIndex facilities = model->indexOf(MapLayer::Facilities);
    const int before = model->rowCount(facilities);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);

    addFacility(code);
    EXPECT_EQ(model->rowCount(facilities), before + 1);
    const QModelIndex row = model->indexOfCategory(code);
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(model->index(row.row(), LayerTreeModel::CountColumn, facilities).data().toInt(), 1);
    EXPECT_EQ(inserted.count(), 1);

    // A second one only changes the count.
    addFacility(code);
    EXPECT_EQ(model->rowCount(facilities), before + 1);
    EXPECT_EQ(model->index(model->indexOfCategory(code).row(), LayerTreeModel::CountColumn,
                           facilities).data().toInt(), 2);

    document->undoStack()->undo();
    document->undoStack()->undo();
    EXPECT_EQ(model->rowCount(facilities), before);
    EXPECT_FALSE(model->indexOfCategory(code).isValid());
    EXPECT_EQ(removed.count(), 1);
    document->undoStack()->redo();
    EXPECT_TRUE(model->indexOfCategory(code).isValid());
    EXPECT_EQ(reset.count(), 0) << "single changes are reported row by row";

    // Opening another project replaces the rows.
    ASSERT_TRUE(document->newProject());
    EXPECT_EQ(model->rowCount(facilities), 0);
}

TEST_F(LayerTreeModelTest, OpacityIsReadAndWrittenThroughTheComposition) {
    const QModelIndex streets = model->indexOf(MapLayer::Streets);
    EXPECT_DOUBLE_EQ(streets.data(LayerTreeModel::OpacityRole).toDouble(), 1.0);
    ASSERT_TRUE(model->setData(streets, 0.25, LayerTreeModel::OpacityRole));
    EXPECT_DOUBLE_EQ(composition->layerOpacity(MapLayer::Streets), 0.25);
    EXPECT_DOUBLE_EQ(composition->frame(MapTransform()).layerOpacity(MapLayer::Streets), 0.25);
    EXPECT_TRUE(streets.data(Qt::ToolTipRole).toString().contains(QStringLiteral("25%")));
}

}  // namespace
}  // namespace yike::ui
