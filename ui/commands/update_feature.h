// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

#include "core/project/features.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Replaces one feature's value with an edited copy (same id); undo puts the value from before
 * back. Used for attribute edits from the attribute table and the property editor. Edits never
 * merge: every committed field edit is one undo step, as a user expects from a form.
 * Instantiated for Facility, Compound, Gate and IdleSpace (see the aliases below).
 */
template <typename Feature>
class UpdateFeature : public QUndoCommand {
public:
    /**
     * `edited.id` names the feature to replace; its current value is kept for undo.
     * `fieldLabel` (translated, may be empty) names the edited field in the command text.
     * @throws project::ProjectLogicError when the project has no such feature.
     */
    UpdateFeature(ProjectDocument& document, Feature edited, const QString& fieldLabel = {},
                  QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const Feature& before() const { return m_before; }
    const Feature& after() const { return m_after; }
    /// Whether the edited copy equals the current value (pushing it would change nothing).
    bool changesNothing() const { return m_before == m_after; }

private:
    ProjectDocument& m_document;
    Feature m_before;
    Feature m_after;
};

using UpdateFacility = UpdateFeature<project::Facility>;
using UpdateCompound = UpdateFeature<project::Compound>;
using UpdateGate = UpdateFeature<project::Gate>;
using UpdateIdleSpace = UpdateFeature<project::IdleSpace>;

extern template class UpdateFeature<project::Facility>;
extern template class UpdateFeature<project::Compound>;
extern template class UpdateFeature<project::Gate>;
extern template class UpdateFeature<project::IdleSpace>;

}  // namespace yike::ui
