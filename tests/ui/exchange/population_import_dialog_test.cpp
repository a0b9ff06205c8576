// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/population_import_dialog.h"

#include <fstream>

#include <gtest/gtest.h>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

#include "tests/support/test_data.h"
#include "tests/support/test_document.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

const std::filesystem::path kWuhanGrid =
    yike::test::sharedPath("data/population/wuhan-worldpop-age20plus/wuhan_pop_age20plus_sum.tif");

/// A compound with one building near Jianghan Road, Wuhan.
project::Project wuhanDistrict() {
    project::Project p = project::Project::createDefault();
    project::Compound c;
    c.outline = {{{114.268, 30.588}, {114.272, 30.588}, {114.272, 30.592}, {114.268, 30.592}}, {}};
    c.name = "江汉小区";
    p.addCompound(c);
    project::Building b;
    b.outline = {{{114.2685, 30.5885}, {114.2690, 30.5885}, {114.2690, 30.5890}, {114.2685, 30.5890}}, {}};
    b.kind = "yes";
    p.addBuilding(b);
    return p;
}

bool waitForFinish(PopulationImportDialog& dialog, QSignalSpy& finished) {
    for (int i = 0; i < 200 && dialog.isImporting(); ++i) finished.wait(50);
    return !dialog.isImporting() && finished.count() == 1;
}

TEST(PopulationImportDialog, ImportsTheWorldPopGridAsOneUndoStep) {
    YIKE_REQUIRE_SHARED_FILE(kWuhanGrid);
    auto document = yike::test::makeTestDocument();
    ASSERT_TRUE(document->newFromProject(wuhanDistrict()));
    PopulationImportDialog dialog(document.get());
    dialog.setFilePath(QString::fromStdString(kWuhanGrid.string()));
    const QString info = dialog.findChild<QLabel*>(QStringLiteral("infoLabel"))->text();
    EXPECT_TRUE(info.contains(QStringLiteral("EPSG:4326"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("persons aged 20+"))) << info.toStdString();
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());

    dialog.setSource(QStringLiteral("WorldPop"));
    dialog.setYear(2020);
    QSignalSpy finished(&dialog, &PopulationImportDialog::finished);
    dialog.startImport();
    ASSERT_TRUE(waitForFinish(dialog, finished));
    EXPECT_TRUE(finished.front().front().toBool()) << dialog.statusText().toStdString();
    const project::Project& p = document->project();
    ASSERT_EQ(p.populationGrids().size(), 1u);
    EXPECT_EQ(p.populationGrids().items()[0].source, "WorldPop");
    EXPECT_EQ(p.populationGrids().items()[0].year, 2020);
    EXPECT_EQ(p.populationGrids().items()[0].notes, "persons aged 20+ per grid cell");
    EXPECT_GT(p.populationCells().size(), 10u);
    EXPECT_TRUE(dialog.reportText().contains(QStringLiteral("Residents in the project now")))
        << dialog.reportText().toStdString();
    EXPECT_TRUE(dialog.reportText().contains(QStringLiteral("no study area")));
    EXPECT_EQ(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    EXPECT_TRUE(document->project().populationGrids().items().empty());
}

TEST(PopulationImportDialog, SaysWhyAFileCannotBeImported) {
    const yike::test::ScratchDir dir;
    auto document = yike::test::makeTestDocument();
    ASSERT_TRUE(document->loadSample());
    PopulationImportDialog dialog(document.get());
    const auto text = dir / "people.csv";
    std::ofstream(text) << "name,people\n江汉,120\n";
    dialog.setFilePath(QString::fromStdString(text.string()));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("is not a raster"))) << dialog.statusText().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());

    if (!std::filesystem::exists(kWuhanGrid)) GTEST_SKIP() << "shared data absent: " << kWuhanGrid;
    // The generated sample district is not in Wuhan.
    dialog.setFilePath(QString::fromStdString(kWuhanGrid.string()));
    QSignalSpy finished(&dialog, &PopulationImportDialog::finished);
    dialog.startImport();
    ASSERT_TRUE(waitForFinish(dialog, finished));
    EXPECT_FALSE(finished.front().front().toBool());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("does not cover"))) << dialog.statusText().toStdString();
    EXPECT_EQ(document->undoStack()->count(), 0);
}

}  // namespace
}  // namespace yike::ui
