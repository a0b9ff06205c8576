// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/accept_conversions.h"

#include <utility>

#include "ui/commands/import_features.h"
#include "ui/commands/tr.h"
#include "ui/commands/update_feature.h"

namespace yike::ui {

AcceptConversions::AcceptConversions(ProjectDocument& document,
                                     std::vector<project::Facility> facilities,
                                     const std::vector<project::IdleSpace>& updatedSpaces,
                                     QUndoCommand* parent)
    : QUndoCommand(parent) {
    const int count = static_cast<int>(facilities.size());
    // Children run in order on redo and in reverse on undo.
    m_facilities = new ImportFeatures(document, std::move(facilities), {}, {}, this);
    for (const project::IdleSpace& space : updatedSpaces)
        new UpdateIdleSpace(document, space, {}, this);
    setText(count == 1 ? CommandsTr::tr("Accept 1 Conversion")
                       : CommandsTr::tr("Accept %1 Conversions").arg(count));
}

std::vector<project::FeatureId> AcceptConversions::facilityIds() const {
    std::vector<project::FeatureId> ids;
    for (const FeatureRef& ref : m_facilities->refs()) ids.push_back(ref.id);
    return ids;
}

}  // namespace yike::ui
