// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include "core/project/features.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Adds one feature to its layer. The first redo lets the project assign the id; undo removes
 * the feature and a later redo adds it back under that same id. A gate's compound must exist.
 * Instantiated for Facility, Compound, Gate and IdleSpace (see the aliases below).
 */
template <typename Feature>
class AddFeature : public QUndoCommand {
public:
    AddFeature(ProjectDocument& document, Feature feature, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The id of the added feature (0 before the first redo).
    project::FeatureId featureId() const { return m_feature.id; }
    const Feature& feature() const { return m_feature; }

private:
    ProjectDocument& m_document;
    Feature m_feature;
};

using AddFacility = AddFeature<project::Facility>;
using AddCompound = AddFeature<project::Compound>;
using AddGate = AddFeature<project::Gate>;
using AddIdleSpace = AddFeature<project::IdleSpace>;

extern template class AddFeature<project::Facility>;
extern template class AddFeature<project::Compound>;
extern template class AddFeature<project::Gate>;
extern template class AddFeature<project::IdleSpace>;

}  // namespace yike::ui
