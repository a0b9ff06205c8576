// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QUndoCommand>

#include "core/project/features.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Replaces a compound's outline and keeps its gates on the fence: a gate stays on the same
 * edge at the same fraction of its length when the vertex count is unchanged, otherwise it
 * moves to the nearest point of the new outline. Commands of one vertex drag (equal non-zero
 * `dragId`, same compound) merge into one undo step.
 */
class SetCompoundOutline : public QUndoCommand {
public:
    SetCompoundOutline(ProjectDocument& document, project::FeatureId compoundId,
                       geo::Polygon outline, int dragId = 0, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    bool isValid() const { return m_before.id != 0; }

private:
    /// The compound's gates moved onto `outline` from where they were before.
    std::vector<project::Gate> gatesOn(const geo::Polygon& outline) const;

    ProjectDocument& m_document;
    project::Compound m_before;
    std::vector<project::Gate> m_gatesBefore;
    /// Where the first redo put them (that of the latest edit of a drag, once merged).
    std::vector<project::Gate> m_gatesAfter;
    geo::Polygon m_outline;
    int m_dragId;
};

}  // namespace yike::ui
