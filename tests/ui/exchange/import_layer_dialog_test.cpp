// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_document.h"
#include "ui/exchange/import_layer_dialog.h"

#include <fstream>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "core/geo/china_crs.h"
#include "core/geo/local_frame.h"
#include "core/project/project_file.h"
#include "tests/support/test_data.h"
#include "ui/document/project_document.h"
#include "ui/exchange/exchange_actions.h"

namespace yike::ui {
namespace {

using exchange::Field;
using project::Layer;

// 名称,类别,经度,纬度 in GBK, the names too; GCJ-02 positions of the published Tiananmen and
// Shanghai pairs (tests/core/geo/china_crs_test.cpp), then rows that cannot be imported.
const std::string kGbkSurvey =
    "\xC3\xFB\xB3\xC6,\xC0\xE0\xB1\xF0,\xBE\xAD\xB6\xC8,\xCE\xB3\xB6\xC8\r\n"
    "\xD2\xA9\xB5\xEA"
    "A,\xD2\xA9\xB5\xEA,116.41024449916938,39.91640428150164\r\n"
    "Shop B,convenience_store,121.531541859215,31.17530398364597\r\n"
    "Net cafe,\xCD\xF8\xB0\xC9,118.78,32.04\r\n"
    "Swapped,pharmacy,32.04,118.78\r\n";

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

QString qpath(const std::filesystem::path& p) {
    return QString::fromStdString(p.string());
}

class ImportLayerDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
        m_facilities = m_document->project().facilities().size();
    }

    QComboBox* combo(ImportLayerDialog& d, const char* name) {
        return d.findChild<QComboBox*>(QString::fromUtf8(name));
    }

    const test::ScratchDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::size_t m_facilities = 0;
};

TEST_F(ImportLayerDialogTest, PreviewsAGbkTableWithGuessedColumnsAndConvertedPositions) {
    writeFile(m_dir / "survey.csv", kGbkSurvey);
    ImportLayerDialog dialog(m_document.get());
    dialog.setFilePath(qpath(m_dir / "survey.csv"));

    EXPECT_EQ(dialog.column(Field::Lon), QStringLiteral("经度"));
    EXPECT_EQ(dialog.column(Field::Lat), QStringLiteral("纬度"));
    EXPECT_EQ(dialog.column(Field::Name), QStringLiteral("名称"));
    EXPECT_EQ(dialog.column(Field::Category), QStringLiteral("类别"));
    EXPECT_EQ(dialog.column(Field::Status), QString());
    EXPECT_EQ(combo(dialog, "encodingCombo")->itemText(0),
              QStringLiteral("Automatic (detected: GB18030 (GBK))"));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("comma-separated")))
        << dialog.statusText().toStdString();

    dialog.setCrs(geo::ChinaCrs::Gcj02);
    const auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    ASSERT_NE(preview, nullptr);
    ASSERT_EQ(preview->rowCount(), 4);
    ASSERT_EQ(preview->columnCount(), 1 + 4 + 3);
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("药店A"));
    // The GCJ-02 position is shown converted back to the published WGS-84 one.
    EXPECT_EQ(preview->item(0, 5)->text(), QStringLiteral("116.404000"));
    EXPECT_EQ(preview->item(0, 6)->text(), QStringLiteral("39.915000"));
    EXPECT_EQ(preview->item(0, 7)->text(), QStringLiteral("OK"));
    EXPECT_TRUE(preview->item(2, 7)->text().contains(QStringLiteral("网吧")));
    EXPECT_TRUE(preview->item(3, 7)->text().contains(QStringLiteral("swapped")));
    EXPECT_TRUE(
        dialog.statusText().contains(QStringLiteral("2 can be imported and 2 will be skipped")))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(dialog.canImport());
}

TEST_F(ImportLayerDialogTest, ImportsAsOneUndoStepAndSelectsTheNewFeatures) {
    writeFile(m_dir / "survey.csv", kGbkSurvey);
    ImportLayerDialog dialog(m_document.get());
    dialog.show();
    dialog.setFilePath(qpath(m_dir / "survey.csv"));
    dialog.setCrs(geo::ChinaCrs::Gcj02);
    QUndoStack* stack = m_document->undoStack();
    const int steps = stack->count();
    const project::Project before = m_document->project();

    EXPECT_TRUE(dialog.importFile());
    const project::Project& p = m_document->project();
    ASSERT_EQ(p.facilities().size(), m_facilities + 2);
    EXPECT_EQ(stack->count(), steps + 1);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Import 2 Features"));
    const project::Facility& a = p.facilities().items()[m_facilities];
    EXPECT_EQ(a.name, "药店A");
    EXPECT_EQ(a.categoryCode, "pharmacy");
    EXPECT_EQ(a.source, "survey.csv");
    EXPECT_LT(geo::haversineM(a.position, {116.404, 39.915}), 0.001);
    const project::Facility& b = p.facilities().items()[m_facilities + 1];
    EXPECT_LT(geo::haversineM(b.position, {121.5272106, 31.1774276}), 0.001);
    EXPECT_EQ(m_document->selection()->items(),
              (std::vector<FeatureRef>{{Layer::Facilities, a.id}, {Layer::Facilities, b.id}}));

    // The rejected rows are reported, and the report can be copied.
    EXPECT_EQ(dialog.lastReport().rejected.size(), 2u);
    const QString report = dialog.reportText();
    EXPECT_TRUE(report.contains(QStringLiteral("line 4: the catalogue has no category “网吧”")))
        << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("line 5: ")));
    const auto* reportEdit = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportText"));
    EXPECT_EQ(reportEdit->toPlainText(), report);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copyReportButton")),
                      Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), report);

    stack->undo();
    EXPECT_EQ(p.facilities().items(), before.facilities().items());
    EXPECT_TRUE(m_document->selection()->isEmpty());
    stack->redo();
    EXPECT_EQ(p.facilities().size(), m_facilities + 2);
    EXPECT_EQ(p.facilities().items()[m_facilities].id, a.id);
}

TEST_F(ImportLayerDialogTest, ImportButtonClosesTheDialogWhenEveryRowIsImported) {
    writeFile(m_dir / "ok.csv",
              "lng,lat,name,type\n112.93,28.23,A,pharmacy\n112.94,28.24,B,药店\n");
    ImportLayerDialog dialog(m_document.get());
    dialog.show();
    dialog.setFilePath(qpath(m_dir / "ok.csv"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(m_document->project().facilities().size(), m_facilities + 2);
    EXPECT_EQ(m_document->selection()->count(Layer::Facilities), 2);
}

TEST_F(ImportLayerDialogTest, FollowsTheMappingTheUserChooses) {
    writeFile(m_dir / "odd.csv", "a,b,c,d\n112.93,28.23,A,pharmacy\n");
    ImportLayerDialog dialog(m_document.get());
    dialog.setFilePath(qpath(m_dir / "odd.csv"));
    EXPECT_FALSE(dialog.canImport());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("longitude and latitude")));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());

    // Choosing through the combo boxes, as a user does.
    QComboBox* lon = combo(dialog, "column_lon");
    ASSERT_NE(lon, nullptr);
    lon->setCurrentIndex(lon->findText(QStringLiteral("a")));
    dialog.setColumn(Field::Lat, QStringLiteral("b"));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("category")));
    dialog.setColumn(Field::Category, QStringLiteral("d"));
    dialog.setColumn(Field::Name, QStringLiteral("c"));
    EXPECT_TRUE(dialog.canImport()) << dialog.statusText().toStdString();
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    ASSERT_TRUE(dialog.importFile());
    EXPECT_EQ(m_document->project().facilities().items().back().name, "A");
    EXPECT_EQ(m_document->project().facilities().items().back().position,
              (geo::LonLat{112.93, 28.23}));
}

TEST_F(ImportLayerDialogTest, AnEncodingChoiceThatDoesNotFitIsReported) {
    writeFile(m_dir / "survey.csv", kGbkSurvey);
    ImportLayerDialog dialog(m_document.get());
    dialog.setFilePath(qpath(m_dir / "survey.csv"));
    dialog.setEncoding(exchange::TextEncoding::Utf8);
    EXPECT_FALSE(dialog.canImport());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("not valid UTF-8 text (line 1")))
        << dialog.statusText().toStdString();
    EXPECT_FALSE(dialog.importFile());
    EXPECT_EQ(m_document->project().facilities().size(), m_facilities);
    dialog.setEncoding(exchange::TextEncoding::Gb18030);
    EXPECT_TRUE(dialog.canImport());
}

TEST_F(ImportLayerDialogTest, ReportsFilesThatCannotBeRead) {
    ImportLayerDialog dialog(m_document.get());
    EXPECT_EQ(dialog.statusText(), QStringLiteral("Choose a file to import."));
    dialog.setFilePath(qpath(m_dir / "missing.csv"));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("cannot be read")));
    writeFile(m_dir / "bad.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [,]}");
    dialog.setFilePath(qpath(m_dir / "bad.geojson"));
    EXPECT_TRUE(
        dialog.statusText().startsWith(QStringLiteral("The file is not valid JSON: line 2")))
        << dialog.statusText().toStdString();
    EXPECT_FALSE(dialog.importFile());
    EXPECT_EQ(m_document->undoStack()->count(), 0);
}

TEST_F(ImportLayerDialogTest, ImportsCompoundsFromGeoJson) {
    writeFile(m_dir / "c.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"小区名称":"新村","人口":2000},
       "geometry":{"type":"Polygon","coordinates":[[[112.93,28.23],[112.931,28.23],[112.931,28.231],[112.93,28.23]]]}}]})");
    const std::size_t compounds = m_document->project().compounds().size();
    ImportLayerDialog dialog(m_document.get());
    dialog.setFilePath(qpath(m_dir / "c.geojson"));
    dialog.setLayer(Layer::Compounds);
    EXPECT_EQ(dialog.column(Field::Name), QStringLiteral("小区名称"));
    EXPECT_EQ(dialog.column(Field::Population), QStringLiteral("人口"));
    const auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    EXPECT_EQ(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Feature"));
    ASSERT_TRUE(dialog.importFile());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(m_document->project().compounds().size(), compounds + 1);
    EXPECT_EQ(m_document->project().compounds().items().back().population, 2000);
    EXPECT_EQ(m_document->selection()->count(Layer::Compounds), 1);
}

TEST_F(ImportLayerDialogTest, PreviewsOnlyTheFirstRowsButImportsThemAll) {
    std::string text = "lon,lat,name,category\n";
    for (int i = 0; i < 1000; ++i)
        text += "112.9" + std::to_string(i % 10) + ",28.2,F" + std::to_string(i) + ",pharmacy\n";
    writeFile(m_dir / "many.csv", text);
    ImportLayerDialog dialog(m_document.get());
    dialog.setFilePath(qpath(m_dir / "many.csv"));
    EXPECT_EQ(dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"))->rowCount(),
              static_cast<int>(ImportLayerDialog::kPreviewRows));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("first 200 rows")));
    ASSERT_TRUE(dialog.importFile());
    EXPECT_EQ(m_document->project().facilities().size(), m_facilities + 1000);
    EXPECT_EQ(m_document->project().facilities().items().back().name, "F999");
}

TEST_F(ImportLayerDialogTest, TheFileMenuActionOpensTheDialog) {
    QWidget window;
    ExchangeActions actions(m_document.get(), &window);
    EXPECT_EQ(actions.importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    EXPECT_EQ(actions.importAction()->text(), QStringLiteral("&Table or GeoJSON…"));
    EXPECT_EQ(actions.importMenu()->title(), QStringLiteral("&Import"));
    EXPECT_TRUE(actions.importMenu()->actions().contains(actions.importAction()));

    writeFile(m_dir / "ok.csv", "lng,lat,name,type\n112.93,28.23,A,pharmacy\n");
    bool driven = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<ImportLayerDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) return;
        driven = true;
        dialog->setFilePath(qpath(m_dir / "ok.csv"));
        dialog->importFile();  // closes the dialog: every row is imported
    });
    actions.importAction()->trigger();
    EXPECT_TRUE(driven);
    EXPECT_EQ(m_document->project().facilities().size(), m_facilities + 1);
}

TEST_F(ImportLayerDialogTest, ImportIsDisabledForReadOnlyProjects) {
    const auto file = m_dir / "p.yike";
    project::ProjectFile::writeCopy(file, m_document->project());
    ProjectDocument::Options options;
    options.autosave = false;
    ProjectDocument readOnly(options);
    ASSERT_TRUE(readOnly.openReadOnly(qpath(file)));
    QWidget window;
    ExchangeActions actions(&readOnly, &window);
    EXPECT_FALSE(actions.importAction()->isEnabled());
    EXPECT_TRUE(actions.exportAction()->isEnabled());
    writeFile(m_dir / "ok.csv", "lng,lat,name,type\n112.93,28.23,A,pharmacy\n");
    ImportLayerDialog dialog(&readOnly);
    dialog.setFilePath(qpath(m_dir / "ok.csv"));
    EXPECT_FALSE(dialog.canImport());
}

}  // namespace
}  // namespace yike::ui
