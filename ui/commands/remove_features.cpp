// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/remove_features.h"

#include <algorithm>
#include <utility>

#include "core/project/project.h"
#include "ui/commands/feature_snapshot.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

RemoveFeatures::RemoveFeatures(ProjectDocument& document, const std::vector<FeatureRef>& refs,
                               QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document) {
    const project::Project& p = document.project();
    FeatureSnapshot snapshot = FeatureSnapshot::of(p, refs);
    m_facilities = std::move(snapshot.facilities);
    m_compounds = std::move(snapshot.compounds);
    m_gates = std::move(snapshot.gates);
    m_idleSpaces = std::move(snapshot.idleSpaces);
    setText(count() == 1 ? CommandsTr::tr("Delete Feature")
                         : CommandsTr::tr("Delete %1 Features").arg(count()));
}

int RemoveFeatures::count() const {
    return static_cast<int>(m_facilities.size() + m_compounds.size() + m_gates.size()
                            + m_idleSpaces.size());
}

void RemoveFeatures::redo() {
    project::Project& p = m_document.project();
    for (const auto& g : m_gates) p.removeGate(g.id);
    for (const auto& c : m_compounds) p.removeCompound(c.id);
    for (const auto& f : m_facilities) p.removeFacility(f.id);
    for (const auto& s : m_idleSpaces) p.removeIdleSpace(s.id);
}

void RemoveFeatures::undo() {
    project::Project& p = m_document.project();
    for (const auto& c : m_compounds) p.addCompound(c);
    for (const auto& g : m_gates) p.addGate(g);
    for (const auto& f : m_facilities) p.addFacility(f);
    for (const auto& s : m_idleSpaces) p.addIdleSpace(s);
}

}  // namespace yike::ui
