// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

#include <QUndoCommand>

#include "core/project/features.h"
#include "ui/document/selection.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Deletes features of the editable layers in one step. Removing a compound removes its gates
 * too (the project requires it). Undo puts every feature back under its old id at its old
 * place in its layer.
 *
 * A few features go one by one, each with its own change event, which views apply cheaply.
 * Above kBulkThreshold they go through the project's bulk calls: one Reset event per layer, so
 * that views rebuild once instead of updating thousands of times, and undo restores each layer
 * exactly, order included.
 */
class RemoveFeatures : public QUndoCommand {
public:
    /// More features than this are removed and restored with one Reset event per layer.
    static constexpr int kBulkThreshold = 50;

    /// Unknown refs are ignored, repeated ones count once; see isEmpty().
    RemoveFeatures(ProjectDocument& document, const std::vector<FeatureRef>& refs,
                   QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    bool isEmpty() const { return count() == 0; }
    /// Number of features removed, gates of removed compounds included.
    int count() const;

private:
    bool isBulk() const { return count() > kBulkThreshold; }
    std::vector<FeatureRef> refs() const;

    ProjectDocument& m_document;
    std::vector<project::Facility> m_facilities;
    std::vector<project::Compound> m_compounds;
    std::vector<project::Gate> m_gates;
    std::vector<project::IdleSpace> m_idleSpaces;
    // Where the removal took each feature from, parallel to the features above.
    std::vector<std::size_t> m_facilityIndices;
    std::vector<std::size_t> m_compoundIndices;
    std::vector<std::size_t> m_gateIndices;
    std::vector<std::size_t> m_idleSpaceIndices;
};

}  // namespace yike::ui
