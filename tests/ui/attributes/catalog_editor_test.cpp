// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/catalog_editor_dialog.h"

#include <memory>

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "core/catalog/catalog.h"
#include "tests/ui/attributes/attribute_fixture.h"
#include "ui/attributes/catalog_table_model.h"
#include "ui/attributes/feature_table_model.h"

namespace yike::ui {
namespace {

class CatalogEditorTest : public test::AttributeFixture {
protected:
    void SetUp() override {
        AttributeFixture::SetUp();
        dialog = std::make_unique<CatalogEditorDialog>(document.get());
        dialog->setConfirm([this](QWidget*, const QString&, const QString& text) {
            questions << text;
            return answer;
        });
        tester = std::make_unique<QAbstractItemModelTester>(
            dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        dialog->show();
        processEvents();
    }

    void TearDown() override {
        tester.reset();
        dialog.reset();
        AttributeFixture::TearDown();
    }

    int rowOf(const char* code) const {
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            if (dialog->model()->category(row).code == code) return row;
        return -1;
    }

    QModelIndex cell(int row, int column) const { return dialog->model()->index(row, column); }

    /// Edits a cell through its editor (F2, type, Enter), as a user does.
    void typeInto(int row, int column, const QString& text) {
        QTableView* table = dialog->table();
        const QModelIndex index = cell(row, column);
        table->scrollTo(index);
        table->setCurrentIndex(index);
        QTest::keyClick(table, Qt::Key_F2);
        QLineEdit* editor = nullptr;
        for (QWidget* child :
             table->viewport()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
            if (child->isVisible()) editor = qobject_cast<QLineEdit*>(child);
        ASSERT_NE(editor, nullptr);
        editor->selectAll();
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        else
            typeText(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        processEvents();
    }

    void press(const char* name) {
        auto* button = dialog->findChild<QPushButton*>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
        processEvents();
    }

    std::unique_ptr<CatalogEditorDialog> dialog;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QStringList questions;
    bool answer = false;
};

TEST_F(CatalogEditorTest, ShowsTheProjectCatalogueWithItsSources) {
    ASSERT_EQ(dialog->model()->rowCount(), static_cast<int>(project().catalog().size()));
    const int row = rowOf("convenience_store");
    ASSERT_GE(row, 0);
    const catalog::Category& c = *project().catalog().find("convenience_store");
    EXPECT_EQ(cell(row, CatalogTableModel::NameZh).data().toString(),
              QString::fromStdString(c.nameZh));
    ASSERT_FALSE(c.sources.empty());
    const QString sources = cell(row, CatalogTableModel::Sources).data().toString();
    const QString tip = cell(row, CatalogTableModel::Sources).data(Qt::ToolTipRole).toString();
    for (const catalog::Source& s : c.sources) {
        EXPECT_TRUE(sources.contains(QString::fromStdString(s.id)));
        EXPECT_TRUE(tip.contains(QString::fromStdString(s.where)));
    }
    EXPECT_EQ(cell(row, CatalogTableModel::Confidence).data().toString(),
              QString::fromStdString(c.confidence));
    // The selected category's sources are listed below the table.
    dialog->table()->selectRow(row);
    dialog->table()->setCurrentIndex(cell(row, 0));
    EXPECT_EQ(dialog->sourcesTable()->rowCount(), static_cast<int>(c.sources.size()));
    EXPECT_EQ(dialog->sourcesTable()->item(0, 1)->text(), QString::fromStdString(c.sources[0].where));
}

TEST_F(CatalogEditorTest, EditsApplyAsOneUndoStep) {
    const catalog::Catalog before = project().catalog();
    const int row = rowOf("pharmacy");
    typeInto(row, CatalogTableModel::WalkMinutes, QStringLiteral("7.5"));
    typeInto(row, CatalogTableModel::NameEn, QStringLiteral("Drugstore"));
    press("addCategoryButton");
    const int added = dialog->model()->rowCount() - 1;
    typeInto(added, CatalogTableModel::Code, QStringLiteral("barber_shop"));
    typeInto(added, CatalogTableModel::NameZh, QStringLiteral("理发店"));
    // A source for the new category, typed in the sources table.
    dialog->table()->setCurrentIndex(cell(added, 0));
    press("addSourceButton");
    QTableWidget* sources = dialog->sourcesTable();
    ASSERT_EQ(sources->rowCount(), 1);
    sources->setItem(0, 0, new QTableWidgetItem(QStringLiteral("S99")));
    sources->setItem(0, 1, new QTableWidgetItem(QStringLiteral("district survey 2026, p. 4")));
    EXPECT_EQ(project().catalog(), before);  // nothing applied before OK

    ASSERT_TRUE(dialog->apply());
    EXPECT_EQ(stack().count(), 1);
    const catalog::Category* pharmacyCategory = project().catalog().find("pharmacy");
    ASSERT_NE(pharmacyCategory, nullptr);
    EXPECT_EQ(pharmacyCategory->walkMinutes, 7.5);
    EXPECT_EQ(pharmacyCategory->nameEn, "Drugstore");
    const catalog::Category* barber = project().catalog().find("barber_shop");
    ASSERT_NE(barber, nullptr);
    EXPECT_EQ(barber->nameZh, "理发店");
    ASSERT_EQ(barber->sources.size(), 1u);
    EXPECT_EQ(barber->sources[0].id, "S99");
    EXPECT_EQ(barber->sources[0].where, "district survey 2026, p. 4");
    EXPECT_TRUE(questions.isEmpty());

    stack().undo();
    EXPECT_EQ(project().catalog(), before);
}

TEST_F(CatalogEditorTest, BadCodesAndFiguresAreRefusedWithClearMessages) {
    const int row = rowOf("pharmacy");
    typeInto(row, CatalogTableModel::Code, QStringLiteral("Pharmacy Shop"));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("lower_snake_case")));
    EXPECT_EQ(dialog->model()->category(row).code, "pharmacy");
    typeInto(row, CatalogTableModel::Code, QStringLiteral("supermarket"));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("already used")));
    typeInto(row, CatalogTableModel::WalkDistance, QStringLiteral("-300"));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("zero or more")));
    typeInto(row, CatalogTableModel::MinArea, QStringLiteral("big"));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("not a number")));
    EXPECT_EQ(dialog->model()->category(row), *project().catalog().find("pharmacy"));
    // An empty figure means "no figure".
    ASSERT_TRUE(dialog->model()->category(row).walkMinutes.has_value());
    typeInto(row, CatalogTableModel::WalkMinutes, QString());
    EXPECT_FALSE(dialog->model()->category(row).walkMinutes.has_value());
}

TEST_F(CatalogEditorTest, ShowsTheSourcedAreasAndEditsThem) {
    const int row = rowOf("wet_market");
    ASSERT_GE(row, 0);
    const catalog::Category shipped = *project().catalog().find("wet_market");
    ASSERT_TRUE(shipped.areaSource.has_value());
    EXPECT_EQ(cell(row, CatalogTableModel::MinArea).data().toString(), QStringLiteral("500"));
    EXPECT_EQ(cell(row, CatalogTableModel::MaxArea).data().toString(), QStringLiteral("1,000"));
    EXPECT_EQ(cell(row, CatalogTableModel::AreaKind).data().toString(),
              QStringLiteral("Floor area"));
    EXPECT_EQ(cell(row, CatalogTableModel::AreaKind).data(Qt::EditRole).toString(),
              QStringLiteral("floor"));
    EXPECT_EQ(cell(row, CatalogTableModel::AreaSource).data().toString(),
              QStringLiteral("Beijing · local (via reprint)"));
    // The quote and the page are in the tooltip of the minimum.
    const QString tip = cell(row, CatalogTableModel::MinArea).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QString::fromStdString(shipped.areaSource->quote)))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QString::fromStdString(shipped.areaSource->url)));
    // The area source is shown, never edited.
    const QModelIndex source = cell(row, CatalogTableModel::AreaSource);
    EXPECT_FALSE(dialog->model()->flags(source).testFlag(Qt::ItemIsEditable));
    EXPECT_EQ(source.data(FeatureTableModel::EditorRole).toInt(),
              static_cast<int>(FieldEditor::ReadOnly));
    EXPECT_FALSE(dialog->model()->setData(source, QStringLiteral("Shanghai")));
    // Five kinds of area to choose from, and "not stated".
    const QVariantList kinds =
        cell(row, CatalogTableModel::AreaKind).data(FeatureTableModel::ChoicesRole).toList();
    ASSERT_EQ(kinds.size(), 6);
    EXPECT_EQ(kinds[2].toMap().value(QStringLiteral("value")).toString(), QStringLiteral("usable"));
    EXPECT_EQ(kinds[2].toMap().value(QStringLiteral("text")).toString(),
              QStringLiteral("Usable area"));
    // Below the table: the quote, where it applies and a link to the page.
    dialog->table()->setCurrentIndex(cell(row, 0));
    const QString shown = dialog->areaSourceView()->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("Beijing · local (via reprint)")));
    EXPECT_TRUE(shown.contains(QStringLiteral("<a href=\"http://news.xinxunwang.com/")))
        << shown.toStdString();
    dialog->table()->setCurrentIndex(cell(rowOf("supermarket"), 0));
    EXPECT_TRUE(dialog->areaSourceView()->text().contains(QStringLiteral("No source")));

    typeInto(row, CatalogTableModel::MaxArea, QStringLiteral("1200"));
    typeInto(row, CatalogTableModel::Siting, QStringLiteral("ground floor"));
    ASSERT_TRUE(dialog->model()->setData(cell(row, CatalogTableModel::AreaKind),
                                         QStringLiteral("usable")));
    EXPECT_FALSE(dialog->model()->setData(cell(row, CatalogTableModel::AreaKind),
                                          QStringLiteral("roof")));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("not a kind of area")));
    typeInto(row, CatalogTableModel::MinArea, QStringLiteral("1500"));
    EXPECT_FALSE(dialog->apply());
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("smaller than the minimum")));
    typeInto(row, CatalogTableModel::MinArea, QStringLiteral("500"));

    ASSERT_TRUE(dialog->apply());
    EXPECT_EQ(stack().count(), 1);
    const catalog::Category& edited = *project().catalog().find("wet_market");
    EXPECT_EQ(edited.maxAreaM2, 1200.0);
    EXPECT_EQ(edited.areaKind, "usable");
    EXPECT_EQ(edited.siting, "ground floor");
    EXPECT_EQ(edited.areaSource, shipped.areaSource);
    stack().undo();
    EXPECT_EQ(*project().catalog().find("wet_market"), shipped);
}

TEST_F(CatalogEditorTest, OkRefusesAnInvalidTableAndLosesNothing) {
    const int row = rowOf("cafe");
    ASSERT_GE(row, 0);
    typeInto(row, CatalogTableModel::NameZh, QString());
    typeInto(row, CatalogTableModel::NameEn, QString());
    typeInto(row, CatalogTableModel::Confidence, QStringLiteral("local survey"));
    QPushButton* ok = nullptr;
    for (QPushButton* button : dialog->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("OK")) ok = button;
    ASSERT_NE(ok, nullptr);
    QTest::mouseClick(ok, Qt::LeftButton);
    processEvents();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("name")));
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(dialog->model()->category(row).confidence, "local survey");  // kept for fixing
    EXPECT_EQ(dialog->table()->currentIndex().row(), row);
    typeInto(row, CatalogTableModel::NameZh, QStringLiteral("咖啡店"));
    QTest::mouseClick(ok, Qt::LeftButton);
    processEvents();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(project().catalog().find("cafe")->confidence, "local survey");
}

TEST_F(CatalogEditorTest, RemovingACategoryInUseNeedsConfirmation) {
    const std::size_t size = project().catalog().size();
    const int row = rowOf("pharmacy");
    dialog->table()->selectRow(row);
    answer = false;
    press("removeCategoryButton");
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions[0].contains(QStringLiteral("pharmacy")));
    EXPECT_TRUE(questions[0].contains(QStringLiteral("1 facility")));
    EXPECT_EQ(rowOf("pharmacy"), row);  // refused

    answer = true;
    press("removeCategoryButton");
    EXPECT_EQ(rowOf("pharmacy"), -1);
    // An unused category goes without a question.
    dialog->table()->selectRow(rowOf("car_wash"));
    press("removeCategoryButton");
    EXPECT_EQ(questions.size(), 2);
    EXPECT_EQ(rowOf("car_wash"), -1);

    ASSERT_TRUE(dialog->apply());
    EXPECT_EQ(questions.size(), 2);  // already confirmed
    EXPECT_EQ(project().catalog().size(), size - 2);
    EXPECT_EQ(project().facilities().find(pharmacy)->categoryCode, "pharmacy");
    EXPECT_EQ(dialog->orphanedFacilities(), 1);
    EXPECT_EQ(dialog->summary(),
              QStringLiteral("1 facility keeps a category code that is no longer in the catalogue."));
    EXPECT_EQ(stack().count(), 1);
    stack().undo();
    EXPECT_NE(project().catalog().find("pharmacy"), nullptr);
}

TEST_F(CatalogEditorTest, RenamingAUsedCodeAsksOnApply) {
    typeInto(rowOf("supermarket"), CatalogTableModel::Code, QStringLiteral("grocery"));
    answer = false;
    EXPECT_FALSE(dialog->apply());
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions[0].contains(QStringLiteral("supermarket")));
    EXPECT_EQ(stack().count(), 0);
    answer = true;
    EXPECT_TRUE(dialog->apply());
    EXPECT_EQ(dialog->orphanedFacilities(), 1);
    EXPECT_NE(project().catalog().find("grocery"), nullptr);
}

TEST_F(CatalogEditorTest, RestoreBuiltInCatalogue) {
    std::vector<catalog::Category> trimmed(project().catalog().categories().begin() + 3,
                                           project().catalog().categories().end());
    project().setCatalog(catalog::Catalog(trimmed));
    CatalogEditorDialog fresh(document.get());
    fresh.setConfirm([](QWidget*, const QString&, const QString&) { return true; });
    EXPECT_EQ(fresh.model()->rowCount(), static_cast<int>(trimmed.size()));
    auto* restore = fresh.findChild<QPushButton*>(QStringLiteral("restoreCatalogButton"));
    ASSERT_NE(restore, nullptr);
    QTest::mouseClick(restore, Qt::LeftButton);
    EXPECT_EQ(fresh.model()->rowCount(), static_cast<int>(catalog::builtinCatalog().size()));
    ASSERT_TRUE(fresh.apply());
    EXPECT_EQ(project().catalog(), catalog::builtinCatalog());
    EXPECT_EQ(stack().undoText(), QStringLiteral("Restore Built-in Catalogue"));
}

TEST_F(CatalogEditorTest, UnchangedTableAddsNoStep) {
    EXPECT_TRUE(dialog->apply());
    EXPECT_EQ(stack().count(), 0);
}

}  // namespace
}  // namespace yike::ui
