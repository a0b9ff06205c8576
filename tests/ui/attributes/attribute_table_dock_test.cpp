// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/attribute_table_dock.h"

#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include "core/sample/sample_district.h"
#include "tests/ui/attributes/attribute_fixture.h"
#include "ui/attributes/feature_filter_model.h"
#include "ui/attributes/feature_table_model.h"

namespace yike::ui {
namespace {

using project::Layer;

class AttributeTableDockTest : public test::AttributeFixture {
protected:
    void SetUp() override {
        AttributeFixture::SetUp();
        dock = std::make_unique<AttributeTableDock>(document.get());
        dock->resize(900, 300);
        dock->show();
        processEvents();
        table = dock->tableView();
    }

    void TearDown() override {
        dock.reset();
        AttributeFixture::TearDown();
    }

    /// The view index of `id`'s cell in column `key` of the shown layer (invalid if hidden).
    QModelIndex viewIndex(project::FeatureId id, const char* key) const {
        const FeatureTableModel* model = dock->currentModel();
        const QModelIndex source =
            model->index(model->rowOf(id), model->columnOf(QString::fromLatin1(key)));
        return dock->filterModel()->mapFromSource(source);
    }

    void click(const QModelIndex& index, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                          table->visualRect(index).center());
    }

    std::vector<project::FeatureId> selectedRowIds() const {
        std::vector<project::FeatureId> ids;
        for (const QModelIndex& index : table->selectionModel()->selectedRows())
            ids.push_back(index.data(FeatureTableModel::FeatureIdRole).toLongLong());
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    std::vector<FeatureRef> refs(Layer layer, std::vector<project::FeatureId> ids) const {
        std::vector<FeatureRef> result;
        for (project::FeatureId id : ids) result.push_back({layer, id});
        std::sort(result.begin(), result.end());
        return result;
    }

    /// Opens the cell editor with F2, as a user does, and returns it.
    QWidget* openEditor(const QModelIndex& index) {
        click(index);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget* editor = nullptr;
        for (QWidget* child :
             table->viewport()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
            if (child->isVisible()) editor = child;
        return editor;
    }

    std::unique_ptr<AttributeTableDock> dock;
    QTableView* table = nullptr;
};

TEST_F(AttributeTableDockTest, EditingACellChangesTheProjectAndUndoRestoresIt) {
    const project::Facility before = *project().facilities().find(pharmacy);
    auto* editor = qobject_cast<QLineEdit*>(openEditor(viewIndex(pharmacy, "name")));
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    typeText(editor, QStringLiteral("同仁堂药店"));
    QTest::keyClick(editor, Qt::Key_Return);
    processEvents();
    EXPECT_EQ(project().facilities().find(pharmacy)->name, "同仁堂药店");
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(viewIndex(pharmacy, "name").data().toString(), QStringLiteral("同仁堂药店"));
    stack().undo();
    EXPECT_EQ(*project().facilities().find(pharmacy), before);
    EXPECT_EQ(viewIndex(pharmacy, "name").data().toString(), QStringLiteral("药店"));
}

TEST_F(AttributeTableDockTest, PopulationSpinBoxAndCategoryComboEditThroughCommands) {
    dock->setLayer(Layer::Compounds);
    auto* spin = qobject_cast<QSpinBox*>(openEditor(viewIndex(sunshine, "population")));
    ASSERT_NE(spin, nullptr);
    EXPECT_EQ(spin->minimum(), 0);
    spin->selectAll();
    typeText(spin, QStringLiteral("2500"));
    QTest::keyClick(spin, Qt::Key_Return);
    processEvents();
    EXPECT_EQ(project().compounds().find(sunshine)->population, 2500);

    dock->setLayer(Layer::Facilities);
    auto* combo = qobject_cast<QComboBox*>(openEditor(viewIndex(pharmacy, "category")));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), static_cast<int>(project().catalog().size()));
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("pharmacy"));
    const int clinic = combo->findData(QStringLiteral("community_health_station"));
    ASSERT_GE(clinic, 0);
    combo->setCurrentIndex(clinic);
    Q_EMIT combo->activated(clinic);  // what picking an item in the list does
    processEvents();
    EXPECT_EQ(project().facilities().find(pharmacy)->categoryCode, "community_health_station");
    EXPECT_EQ(stack().count(), 2);
    stack().undo();
    EXPECT_EQ(project().facilities().find(pharmacy)->categoryCode, "pharmacy");
    stack().undo();
    EXPECT_EQ(project().compounds().find(sunshine)->population, 1200);
}

TEST_F(AttributeTableDockTest, RefusedEditShowsTheReason) {
    dock->setLayer(Layer::Gates);
    auto* editor = qobject_cast<QLineEdit*>(openEditor(viewIndex(southGate, "openHours")));
    ASSERT_NE(editor, nullptr);
    typeText(editor, QStringLiteral("mornings"));
    QTest::keyClick(editor, Qt::Key_Return);
    processEvents();
    EXPECT_TRUE(dock->message().contains(QStringLiteral("mornings")));
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(project().gates().find(southGate)->openHours, "");
}

TEST_F(AttributeTableDockTest, ChineseSearchFiltersRowsWithoutTouchingTheSelection) {
    document->selection()->set({{Layer::Facilities, pharmacy}});
    processEvents();
    typeText(dock->searchEdit(), QStringLiteral("卫生"));
    EXPECT_EQ(dock->filterModel()->rowCount(), 1);
    EXPECT_EQ(dock->filterModel()->index(0, 0).data(FeatureTableModel::FeatureIdRole).toLongLong(),
              healthStation);
    EXPECT_EQ(document->selection()->items(), refs(Layer::Facilities, {pharmacy}));
    dock->searchEdit()->clear();
    EXPECT_EQ(dock->filterModel()->rowCount(), 5);
    // The still-selected facility is selected again once it is shown.
    EXPECT_EQ(selectedRowIds(), std::vector<project::FeatureId>{pharmacy});
}

TEST_F(AttributeTableDockTest, SelectingRowsSelectsTheFeatures) {
    click(viewIndex(pharmacy, "name"));
    EXPECT_EQ(document->selection()->items(), refs(Layer::Facilities, {pharmacy}));
    click(viewIndex(supermarket, "name"), Qt::ControlModifier);
    EXPECT_EQ(document->selection()->items(), refs(Layer::Facilities, {pharmacy, supermarket}));
    click(viewIndex(kindergarten, "id"));
    EXPECT_EQ(document->selection()->items(), refs(Layer::Facilities, {kindergarten}));
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    EXPECT_EQ(document->selection()->items().size(), 5u);
}

TEST_F(AttributeTableDockTest, SelectionOnTheMapSelectsAndRevealsRows) {
    // Many rows, so that scrolling matters.
    ASSERT_TRUE(document->loadSample());
    processEvents();
    const auto& facilities = project().facilities().items();
    ASSERT_GT(facilities.size(), 20u);
    const project::FeatureId last = facilities.back().id;
    table->scrollToTop();
    document->selection()->set({{Layer::Facilities, last}, {Layer::Compounds, 1}});
    processEvents();
    EXPECT_EQ(selectedRowIds(), std::vector<project::FeatureId>{last});
    const QRect visible = table->viewport()->rect();
    EXPECT_TRUE(visible.intersects(table->visualRect(viewIndex(last, "name"))));
    EXPECT_GT(table->verticalScrollBar()->value(), 0);
    // The map's selection is kept whole (the compound is not dropped).
    EXPECT_EQ(document->selection()->items().size(), 2u);

    // A selection of another layer only switches the table to that layer.
    const project::FeatureId gate = project().gates().items().front().id;
    document->selection()->set({{Layer::Gates, gate}});
    processEvents();
    EXPECT_EQ(dock->layer(), Layer::Gates);
    EXPECT_EQ(dock->layerCombo()->currentData().toInt(), static_cast<int>(Layer::Gates));
    EXPECT_EQ(selectedRowIds(), std::vector<project::FeatureId>{gate});
    document->selection()->clear();
    processEvents();
    EXPECT_TRUE(selectedRowIds().empty());
}

TEST_F(AttributeTableDockTest, SortingKeepsTheSelectionAndTheDocumentUntouched) {
    click(viewIndex(supermarket, "name"));
    const auto before = document->selection()->items();
    table->horizontalHeader()->setSortIndicator(dock->currentModel()->columnOf(u"name"),
                                                Qt::AscendingOrder);
    EXPECT_EQ(dock->filterModel()->index(0, dock->currentModel()->columnOf(u"name")).data().toString(),
              QStringLiteral("阿里便利店"));
    EXPECT_EQ(selectedRowIds(), std::vector<project::FeatureId>{supermarket});
    EXPECT_EQ(document->selection()->items(), before);
}

TEST_F(AttributeTableDockTest, DoubleClickAsksToZoomToTheFeature) {
    QSignalSpy activated(dock.get(), &AttributeTableDock::featureActivated);
    const QModelIndex index = viewIndex(kindergarten, "name");
    // A double click is a click followed by the double-click event.
    click(index);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                       table->visualRect(index).center());
    ASSERT_EQ(activated.count(), 1);
    const auto ref = activated.at(0).at(0).value<FeatureRef>();
    EXPECT_EQ(ref.layer, Layer::Facilities);
    EXPECT_EQ(ref.id, kindergarten);
    EXPECT_EQ(stack().count(), 0);  // a double click does not start an edit
}

TEST_F(AttributeTableDockTest, CheckBoxTogglesFencedAndTheModelStaysConsistent) {
    dock->setLayer(Layer::Compounds);
    QAbstractItemModelTester tester(dock->filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex fenced = viewIndex(sunshine, "fenced");
    table->setCurrentIndex(fenced);
    QTest::keyClick(table, Qt::Key_Space);
    EXPECT_FALSE(project().compounds().find(sunshine)->fenced);
    stack().undo();
    EXPECT_TRUE(project().compounds().find(sunshine)->fenced);
    EXPECT_EQ(viewIndex(sunshine, "fenced").data(Qt::CheckStateRole).toInt(),
              static_cast<int>(Qt::Checked));
}

}  // namespace
}  // namespace yike::ui
