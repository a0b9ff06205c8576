// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_document.h"
#include "ui/exchange/export_layer_dialog.h"

#include <fstream>
#include <iterator>
#include <memory>

#include <gtest/gtest.h>

#include <QComboBox>
#include <QPushButton>
#include <QTest>

#include "core/exchange/layer_export.h"
#include "tests/support/test_data.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

using project::Layer;

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class ExportLayerDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
    }
    const test::ScratchDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
};

TEST_F(ExportLayerDialogTest, WritesTheChosenLayerInTheChosenFormat) {
    ExportLayerDialog dialog(m_document.get());
    dialog.show();
    const auto* layers = dialog.findChild<QComboBox*>(QStringLiteral("layerCombo"));
    EXPECT_EQ(layers->count(), 7);
    EXPECT_EQ(layers->itemText(0),
              QStringLiteral("Facilities (%1)").arg(m_document->project().facilities().size()));

    dialog.setLayer(Layer::IdleSpaces);
    dialog.setFormat(exchange::ExportFormat::Csv);
    const auto target = m_dir / "idle.geojson";
    dialog.setFilePath(QString::fromStdString(target.string()));
    dialog.setFormat(exchange::ExportFormat::GeoJson);
    dialog.setFormat(exchange::ExportFormat::Csv);
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("idle.csv")))
        << dialog.filePath().toStdString();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(readFile(m_dir / "idle.csv"),
              exchange::exportCsv(m_document->project(), Layer::IdleSpaces));
}

TEST_F(ExportLayerDialogTest, ADefaultFileNameFollowsTheLayer) {
    ExportLayerDialog dialog(m_document.get());
    dialog.setFilePath(QString::fromStdString((m_dir / "facilities.geojson").string()));
    dialog.setLayer(Layer::Streets);
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("streets.geojson")));
    ASSERT_TRUE(dialog.exportFile());
    EXPECT_EQ(readFile(m_dir / "streets.geojson"),
              exchange::exportGeoJson(m_document->project(), Layer::Streets));
}

TEST_F(ExportLayerDialogTest, ReportsAFolderThatCannotBeWritten) {
    ExportLayerDialog dialog(m_document.get());
    dialog.setFilePath(QString::fromStdString((m_dir / "no" / "such" / "f.geojson").string()));
    EXPECT_FALSE(dialog.exportFile());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("cannot be written")))
        << dialog.statusText().toStdString();
}

}  // namespace
}  // namespace yike::ui
