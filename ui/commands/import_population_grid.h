// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QUndoCommand>

#include "core/project/project.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Adds a population grid with its cells as one undo step. A grid of the same kind already in
 * the project is replaced, and comes back on undo exactly as it was.
 */
class ImportPopulationGrid : public QUndoCommand {
public:
    ImportPopulationGrid(ProjectDocument& document, project::PopulationGrid grid,
                         std::vector<project::PopulationCell> cells, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The grid's id once redo() ran.
    project::FeatureId gridId() const { return m_gridId; }

private:
    ProjectDocument& m_document;
    project::PopulationGrid m_grid;
    std::vector<project::PopulationCell> m_cells;
    project::FeatureId m_gridId = 0;
    /// The added grid as removed by undo, put back by a later redo with its own ids.
    std::optional<project::Project::RemovedGrid> m_added;
    /// The grid of the same kind this one replaced.
    std::optional<project::Project::RemovedGrid> m_replaced;
};

}  // namespace yike::ui
