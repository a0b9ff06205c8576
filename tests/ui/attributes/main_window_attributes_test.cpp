// SPDX-License-Identifier: GPL-3.0-or-later
// The attribute docks and the catalogue editor as the main window wires them.
#include <memory>

#include <gtest/gtest.h>

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include "core/geo/lon_lat.h"
#include "tests/support/test_data.h"
#include "ui/attributes/attribute_table_dock.h"
#include "ui/attributes/feature_filter_model.h"
#include "ui/attributes/feature_table_model.h"
#include "ui/attributes/property_editor_dock.h"
#include "ui/mainwindow/language_manager.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mapview/map_view.h"

namespace yike::ui {
namespace {

class MainWindowAttributesTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        ASSERT_TRUE(languages.setLanguage(QStringLiteral("en"), false));
        window = create();
    }

    void TearDown() override {
        window.reset();
        QSettings().clear();
    }

    std::unique_ptr<MainWindow> create() {
        MainWindow::Options options;
        options.document.recoveryDirectory = QString::fromStdString((scratch / "recovery").string());
        options.document.autosave = false;
        return std::make_unique<MainWindow>(&languages, nullptr, options);
    }

    template <typename T>
    T* child(const char* name) const {
        return window->findChild<T*>(QString::fromLatin1(name));
    }

    yike::test::ScratchDir scratch;
    LanguageManager languages;
    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowAttributesTest, ViewAndToolsMenusOpenTheDocksAndTheCatalogue) {
    auto* table = child<QAction>("attributeTableAction");
    auto* properties = child<QAction>("propertiesAction");
    auto* catalogue = child<QAction>("catalogAction");
    ASSERT_NE(table, nullptr);
    ASSERT_NE(properties, nullptr);
    ASSERT_NE(catalogue, nullptr);
    EXPECT_EQ(table->shortcut(), QKeySequence(Qt::Key_F6));
    EXPECT_EQ(properties->shortcut(), QKeySequence(Qt::Key_F7));
    EXPECT_EQ(table->text(), QStringLiteral("&Attribute Table"));
    EXPECT_EQ(catalogue->text(), QStringLiteral("Standards &Catalogue…"));
    EXPECT_TRUE(child<QMenu>("viewMenu")->actions().contains(table));
    EXPECT_TRUE(child<QMenu>("viewMenu")->actions().contains(properties));
    EXPECT_TRUE(child<QMenu>("toolsMenu")->actions().contains(catalogue));
    // No other action of the window uses the docks' shortcuts.
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action == table || action == properties) continue;
        for (const QKeySequence& key : action->shortcuts()) {
            EXPECT_NE(key, table->shortcut()) << action->objectName().toStdString();
            EXPECT_NE(key, properties->shortcut()) << action->objectName().toStdString();
        }
    }

    window->show();
    EXPECT_FALSE(window->attributeTableDock()->isVisible());
    table->trigger();
    EXPECT_TRUE(window->attributeTableDock()->isVisible());
    // A dock resets its toggle action's text when its title changes; the menu text stays.
    window->attributeTableDock()->setWindowTitle(QStringLiteral("Another title"));
    EXPECT_EQ(table->text(), QStringLiteral("&Attribute Table"));
}

TEST_F(MainWindowAttributesTest, DockStateIsKeptInTheWindowState) {
    window->show();
    child<QAction>("attributeTableAction")->trigger();
    ASSERT_TRUE(window->attributeTableDock()->isVisible());
    const QByteArray state = window->saveState();
    window.reset();
    window = create();
    window->show();
    EXPECT_FALSE(window->attributeTableDock()->isVisible());
    ASSERT_TRUE(window->restoreState(state));
    EXPECT_TRUE(window->attributeTableDock()->isVisible());
}

TEST_F(MainWindowAttributesTest, DoubleClickInTheTableZoomsTheMapToTheFeature) {
    window->startUp();
    window->resize(1200, 800);
    window->show();
    child<QAction>("attributeTableAction")->trigger();
    QCoreApplication::processEvents();
    AttributeTableDock* dock = window->attributeTableDock();
    QTableView* table = dock->tableView();
    const project::Project& p = window->document()->project();
    ASSERT_GT(p.facilities().size(), 1u);
    const project::Facility& target = p.facilities().items()[1];
    const QModelIndex source = dock->currentModel()->index(
        dock->currentModel()->rowOf(target.id), dock->currentModel()->columnOf(u"name"));
    const QModelIndex index = dock->filterModel()->mapFromSource(source);
    table->scrollTo(index);
    const double before = window->mapView()->transform().metresPerPixel();
    // A double click is a click followed by the double-click event.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                      table->visualRect(index).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                       table->visualRect(index).center());
    ASSERT_EQ(window->document()->selection()->items().size(), 1u);
    EXPECT_EQ(window->document()->selection()->items().front().id, target.id);
    const MapTransform& t = window->mapView()->transform();
    EXPECT_LT(t.metresPerPixel(), before);
    const QPointF at = t.toPixel(target.position);
    const QSizeF size = window->mapView()->size();
    EXPECT_NEAR(at.x(), size.width() / 2.0, 2.0);
    EXPECT_NEAR(at.y(), size.height() / 2.0, 2.0);
    // The property editor shows the feature.
    QCoreApplication::processEvents();
    ASSERT_TRUE(window->propertyEditorDock()->feature().has_value());
    EXPECT_EQ(window->propertyEditorDock()->feature()->id, target.id);
}

}  // namespace
}  // namespace yike::ui
