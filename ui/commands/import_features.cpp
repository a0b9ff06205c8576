// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/import_features.h"

#include <set>
#include <utility>

#include "core/project/project.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

ImportFeatures::ImportFeatures(ProjectDocument& document, std::vector<project::Facility> facilities,
                               std::vector<project::IdleSpace> idleSpaces,
                               std::vector<project::Compound> compounds, QUndoCommand* parent)
    : QUndoCommand(parent),
      m_document(document),
      m_facilities(std::move(facilities)),
      m_idleSpaces(std::move(idleSpaces)),
      m_compounds(std::move(compounds)) {
    // Separate singular and plural sources: English has no catalogue for plural forms.
    setText(count() == 1 ? CommandsTr::tr("Import 1 Feature")
                         : CommandsTr::tr("Import %1 Features").arg(count()));
}

int ImportFeatures::count() const {
    return static_cast<int>(m_facilities.size() + m_idleSpaces.size() + m_compounds.size());
}

void ImportFeatures::redo() {
    // One Reset per layer rather than an event per feature: views update once, however many.
    project::Project& p = m_document.project();
    const auto assign = [](auto& features, const std::vector<project::FeatureId>& ids) {
        for (std::size_t i = 0; i < ids.size(); ++i) features[i].id = ids[i];
    };
    assign(m_compounds, p.addCompounds(m_compounds));
    assign(m_facilities, p.addFacilities(m_facilities));
    assign(m_idleSpaces, p.addIdleSpaces(m_idleSpaces));
}

void ImportFeatures::undo() {
    project::Project& p = m_document.project();
    const auto newestFirst = [](const auto& features) {
        std::vector<project::FeatureId> ids;
        ids.reserve(features.size());
        for (auto it = features.rbegin(); it != features.rend(); ++it) ids.push_back(it->id);
        return ids;
    };
    p.removeIdleSpaces(newestFirst(m_idleSpaces));
    p.removeFacilities(newestFirst(m_facilities));
    p.removeCompounds(newestFirst(m_compounds));
    // A Reset does not prune the selection as single removals do: drop the features here.
    Selection* selection = m_document.selection();
    if (selection->isEmpty()) return;
    const std::vector<FeatureRef> gone = refs();
    const std::set<FeatureRef> removed(gone.begin(), gone.end());
    std::vector<FeatureRef> kept;
    for (const FeatureRef& ref : selection->items())
        if (removed.count(ref) == 0) kept.push_back(ref);
    if (kept.size() != selection->items().size()) selection->set(std::move(kept));
}

std::vector<FeatureRef> ImportFeatures::refs() const {
    std::vector<FeatureRef> out;
    out.reserve(static_cast<std::size_t>(count()));
    for (const auto& c : m_compounds) out.push_back({project::Layer::Compounds, c.id});
    for (const auto& f : m_facilities) out.push_back({project::Layer::Facilities, f.id});
    for (const auto& s : m_idleSpaces) out.push_back({project::Layer::IdleSpaces, s.id});
    return out;
}

}  // namespace yike::ui
