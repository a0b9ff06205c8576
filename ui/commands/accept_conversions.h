// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QUndoCommand>

#include "core/project/features.h"

namespace yike::ui {

class ImportFeatures;
class ProjectDocument;

/**
 * Accepts conversions of a proposal as one undo step: adds their planned facilities and
 * replaces the idle spaces with copies that record what they are proposed for (both made by
 * proposals::plannedChanges). Undo removes the facilities and restores the spaces.
 */
class AcceptConversions : public QUndoCommand {
public:
    /// @throws project::ProjectLogicError when the project lacks one of the spaces
    AcceptConversions(ProjectDocument& document, std::vector<project::Facility> facilities,
                      const std::vector<project::IdleSpace>& updatedSpaces,
                      QUndoCommand* parent = nullptr);

    /// The planned facilities with the ids the project gave them (after the first redo).
    std::vector<project::FeatureId> facilityIds() const;

private:
    ImportFeatures* m_facilities;
};

}  // namespace yike::ui
