// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/remove_features.h"

#include <algorithm>
#include <set>
#include <utility>

#include "core/project/project.h"
#include "ui/commands/feature_snapshot.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

/// Keeps the first of features listed more than once.
template <typename T>
std::vector<T> unique(std::vector<T> features) {
    std::set<project::FeatureId> seen;
    features.erase(std::remove_if(features.begin(), features.end(),
                                  [&](const T& f) { return !seen.insert(f.id).second; }),
                   features.end());
    return features;
}

template <typename T>
std::vector<project::FeatureId> idsOf(const std::vector<T>& features) {
    std::vector<project::FeatureId> ids;
    ids.reserve(features.size());
    for (const T& f : features) ids.push_back(f.id);
    return ids;
}

}  // namespace

RemoveFeatures::RemoveFeatures(ProjectDocument& document, const std::vector<FeatureRef>& refs,
                               QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document) {
    const project::Project& p = document.project();
    FeatureSnapshot snapshot = FeatureSnapshot::of(p, refs);
    m_facilities = unique(std::move(snapshot.facilities));
    m_compounds = unique(std::move(snapshot.compounds));
    m_gates = std::move(snapshot.gates);  // one each already
    m_idleSpaces = unique(std::move(snapshot.idleSpaces));
    setText(count() == 1 ? CommandsTr::tr("Delete Feature")
                         : CommandsTr::tr("Delete %1 Features").arg(count()));
}

int RemoveFeatures::count() const {
    return static_cast<int>(m_facilities.size() + m_compounds.size() + m_gates.size()
                            + m_idleSpaces.size());
}

std::vector<FeatureRef> RemoveFeatures::refs() const {
    std::vector<FeatureRef> out;
    out.reserve(static_cast<std::size_t>(count()));
    for (const auto& f : m_facilities) out.push_back({project::Layer::Facilities, f.id});
    for (const auto& c : m_compounds) out.push_back({project::Layer::Compounds, c.id});
    for (const auto& g : m_gates) out.push_back({project::Layer::Gates, g.id});
    for (const auto& s : m_idleSpaces) out.push_back({project::Layer::IdleSpaces, s.id});
    return out;
}

void RemoveFeatures::redo() {
    project::Project& p = m_document.project();
    if (!isBulk()) {
        // One by one, noting where each feature was when it went, for undo.
        m_gateIndices.clear();
        m_compoundIndices.clear();
        m_facilityIndices.clear();
        m_idleSpaceIndices.clear();
        for (const auto& g : m_gates) m_gateIndices.push_back(p.removeGate(g.id));
        for (const auto& c : m_compounds) m_compoundIndices.push_back(p.removeCompound(c.id));
        for (const auto& f : m_facilities) m_facilityIndices.push_back(p.removeFacility(f.id));
        for (const auto& s : m_idleSpaces) m_idleSpaceIndices.push_back(p.removeIdleSpace(s.id));
        return;
    }
    // A Reset does not prune the selection as single removals do: drop the features from it
    // first, in one change, while they still exist for whoever follows the selection.
    m_document.selection()->remove(refs());
    m_gateIndices = p.removeGates(idsOf(m_gates));
    m_compoundIndices = p.removeCompounds(idsOf(m_compounds));
    m_facilityIndices = p.removeFacilities(idsOf(m_facilities));
    m_idleSpaceIndices = p.removeIdleSpaces(idsOf(m_idleSpaces));
}

void RemoveFeatures::undo() {
    project::Project& p = m_document.project();
    if (!isBulk()) {
        // Newest removal first, each back at the index it had then: every layer is exactly as
        // before, order included. Compounds before their gates.
        for (std::size_t i = m_compounds.size(); i-- > 0;)
            p.restoreCompound(m_compounds[i], m_compoundIndices[i]);
        for (std::size_t i = m_gates.size(); i-- > 0;) p.restoreGate(m_gates[i], m_gateIndices[i]);
        for (std::size_t i = m_facilities.size(); i-- > 0;)
            p.restoreFacility(m_facilities[i], m_facilityIndices[i]);
        for (std::size_t i = m_idleSpaces.size(); i-- > 0;)
            p.restoreIdleSpace(m_idleSpaces[i], m_idleSpaceIndices[i]);
        return;
    }
    // The project is as redo() left it, so the indices it returned put everything back in place.
    p.restoreCompounds(m_compounds, m_compoundIndices);
    p.restoreGates(m_gates, m_gateIndices);
    p.restoreFacilities(m_facilities, m_facilityIndices);
    p.restoreIdleSpaces(m_idleSpaces, m_idleSpaceIndices);
}

}  // namespace yike::ui
