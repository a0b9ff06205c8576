// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/import_population_grid.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/support/test_document.h"
#include "ui/commands/set_metadata.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

project::PopulationCell cell(double lon, double value) {
    project::PopulationCell c;
    c.outline = {{{lon, 32.04}, {lon + 0.001, 32.04}, {lon + 0.001, 32.041}, {lon, 32.041}}, {}};
    c.value = value;
    return c;
}

/// The grids and cells are the same, ids included (the id counters never go back on undo).
bool sameGrids(const project::Project& a, const project::Project& b) {
    return a.populationGrids().items() == b.populationGrids().items()
           && a.populationCells().items() == b.populationCells().items();
}

project::PopulationGrid grid(const std::string& source) {
    project::PopulationGrid g;
    g.source = source;
    return g;
}

TEST(ImportPopulationGrid, AddsReplacesAndUndoesExactly) {
    auto document = yike::test::makeTestDocument();
    ASSERT_TRUE(document->newProject());
    QUndoStack* stack = document->undoStack();
    const project::Project empty = document->project();

    stack->push(new ImportPopulationGrid(*document, grid("WorldPop"), {cell(118.78, 10), cell(118.781, 20)}));
    const project::Project first = document->project();
    ASSERT_EQ(first.populationGrids().size(), 1u);
    ASSERT_EQ(first.populationCells().size(), 2u);
    EXPECT_EQ(first.populationCells().items()[1].gridId, first.populationGrids().items()[0].id);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Import Population Grid"));

    // A second grid of people replaces the first.
    stack->push(new ImportPopulationGrid(*document, grid("GHS-POP"), {cell(118.79, 5)}));
    ASSERT_EQ(document->project().populationGrids().size(), 1u);
    EXPECT_EQ(document->project().populationGrids().items()[0].source, "GHS-POP");
    EXPECT_EQ(document->project().populationCells().size(), 1u);
    const project::Project second = document->project();

    stack->undo();
    EXPECT_TRUE(sameGrids(document->project(), first)) << "the replaced grid comes back as it was";
    stack->undo();
    EXPECT_TRUE(sameGrids(document->project(), empty));
    stack->redo();
    EXPECT_TRUE(sameGrids(document->project(), first)) << "same ids after redo";
    stack->redo();
    EXPECT_TRUE(sameGrids(document->project(), second));
}

TEST(SetMetadata, SetsAndRestoresAProjectSetting) {
    auto document = yike::test::makeTestDocument();
    ASSERT_TRUE(document->newProject());
    document->undoStack()->push(new SetMetadata(*document, project::meta::kPlotRatio, "2.4",
                                                QStringLiteral("Set Plot Ratio")));
    EXPECT_EQ(document->project().metadataValue(project::meta::kPlotRatio), "2.4");
    document->undoStack()->undo();
    EXPECT_EQ(document->project().metadataValue(project::meta::kPlotRatio), "");
}

}  // namespace
}  // namespace yike::ui
