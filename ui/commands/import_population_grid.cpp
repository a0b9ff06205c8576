// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/import_population_grid.h"

#include <utility>

#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

ImportPopulationGrid::ImportPopulationGrid(ProjectDocument& document, project::PopulationGrid grid,
                                           std::vector<project::PopulationCell> cells,
                                           QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_grid(std::move(grid)), m_cells(std::move(cells)) {
    setText(CommandsTr::tr("Import Population Grid"));
}

void ImportPopulationGrid::redo() {
    project::Project& project = m_document.project();
    if (const project::PopulationGrid* old = project.populationGrid(m_grid.kind))
        m_replaced = project.removePopulationGrid(old->id);
    if (m_added) {
        project.restorePopulationGrid(std::move(*m_added));
        m_added.reset();
        return;
    }
    m_gridId = project.addPopulationGrid(m_grid, m_cells);
    // The copies are only needed for the first redo; undo keeps what it removes.
    m_cells = {};
}

void ImportPopulationGrid::undo() {
    project::Project& project = m_document.project();
    m_added = project.removePopulationGrid(m_gridId);
    if (m_replaced) {
        project.restorePopulationGrid(std::move(*m_replaced));
        m_replaced.reset();
    }
}

}  // namespace yike::ui
