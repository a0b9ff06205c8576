// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/remove_features.h"

#include <algorithm>
#include <set>

#include "core/project/project.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

RemoveFeatures::RemoveFeatures(ProjectDocument& document, const std::vector<FeatureRef>& refs,
                               QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document) {
    const project::Project& p = document.project();
    std::set<project::FeatureId> compounds;
    std::set<project::FeatureId> gates;
    for (const FeatureRef& ref : refs) {
        switch (ref.layer) {
            case project::Layer::Facilities:
                if (const auto* f = p.facilities().find(ref.id)) m_facilities.push_back(*f);
                break;
            case project::Layer::Compounds:
                if (const auto* c = p.compounds().find(ref.id)) {
                    m_compounds.push_back(*c);
                    compounds.insert(c->id);
                }
                break;
            case project::Layer::Gates:
                if (p.gates().find(ref.id) != nullptr) gates.insert(ref.id);
                break;
            case project::Layer::IdleSpaces:
                if (const auto* s = p.idleSpaces().find(ref.id)) m_idleSpaces.push_back(*s);
                break;
            default:
                break;
        }
    }
    for (const project::Gate& gate : p.gates().items())
        if (gates.count(gate.id) != 0 || compounds.count(gate.compoundId) != 0)
            m_gates.push_back(gate);
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
