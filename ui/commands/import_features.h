// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QUndoCommand>

#include "core/project/features.h"
#include "ui/document/selection.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Adds the features of an import (facilities, idle spaces, compounds) in one undo step, with
 * the project's bulk mutations (one Reset event per layer, so a hundred thousand features do not
 * make views update a hundred thousand times). The first redo lets the project assign the ids;
 * undo removes every one of them, newest first, and drops them from the selection; a later
 * redo adds them back under the same ids.
 */
class ImportFeatures : public QUndoCommand {
public:
    ImportFeatures(ProjectDocument& document, std::vector<project::Facility> facilities,
                   std::vector<project::IdleSpace> idleSpaces,
                   std::vector<project::Compound> compounds, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    int count() const;
    /// The added features (ids assigned after the first redo), e.g. to select them.
    std::vector<FeatureRef> refs() const;

private:
    ProjectDocument& m_document;
    std::vector<project::Facility> m_facilities;
    std::vector<project::IdleSpace> m_idleSpaces;
    std::vector<project::Compound> m_compounds;
};

}  // namespace yike::ui
