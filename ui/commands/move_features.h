// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QUndoCommand>

#include "core/project/features.h"
#include "ui/commands/feature_snapshot.h"
#include "ui/document/selection.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Shifts features by (dLon, dLat) degrees. A compound moves with its gates. Commands of the
 * same drag (equal non-zero `dragId` and equal features) merge, so one drag is one undo step;
 * the first command keeps the positions from before the drag.
 */
class MoveFeatures : public QUndoCommand {
public:
    MoveFeatures(ProjectDocument& document, const std::vector<FeatureRef>& refs, double dLon,
                 double dLat, int dragId = 0, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    bool isEmpty() const;
    int dragId() const { return m_dragId; }
    /// The next undo() also takes the command off the stack (a drag cancelled with Escape
    /// leaves neither an undo nor a redo step).
    void discardOnUndo() { m_discardOnUndo = true; }

private:
    void apply(const FeatureSnapshot& state);

    ProjectDocument& m_document;
    std::vector<FeatureRef> m_refs;
    FeatureSnapshot m_before;  ///< the features before the move (before the drag, once merged)
    FeatureSnapshot m_after;   ///< and after it
    int m_dragId;
    bool m_discardOnUndo = false;
};

}  // namespace yike::ui
