// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QUndoCommand>

#include "core/project/features.h"
#include "ui/document/selection.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Deletes features of the editable layers in one step. Removing a compound removes its gates
 * too (the project requires it). Undo puts every feature back under its old id.
 */
class RemoveFeatures : public QUndoCommand {
public:
    /// Unknown refs are ignored; see isEmpty().
    RemoveFeatures(ProjectDocument& document, const std::vector<FeatureRef>& refs,
                   QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    bool isEmpty() const { return count() == 0; }
    /// Number of features removed, gates of removed compounds included.
    int count() const;

private:
    ProjectDocument& m_document;
    std::vector<project::Facility> m_facilities;
    std::vector<project::Compound> m_compounds;
    std::vector<project::Gate> m_gates;
    std::vector<project::IdleSpace> m_idleSpaces;
};

}  // namespace yike::ui
