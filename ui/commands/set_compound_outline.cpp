// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_compound_outline.h"

#include <utility>

#include "core/project/project.h"
#include "ui/commands/command_ids.h"
#include "ui/commands/edit_geometry.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

SetCompoundOutline::SetCompoundOutline(ProjectDocument& document, project::FeatureId compoundId,
                                       geo::Polygon outline, int dragId, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_outline(std::move(outline)),
      m_dragId(dragId) {
    const project::Project& p = document.project();
    if (const auto* c = p.compounds().find(compoundId)) m_before = *c;
    for (const project::Gate& gate : p.gates().items())
        if (gate.compoundId == compoundId) m_gatesBefore.push_back(gate);
    setText(CommandsTr::tr("Edit Compound Outline"));
}

void SetCompoundOutline::redo() {
    project::Project& p = m_document.project();
    project::Compound after = m_before;
    after.outline = m_outline;
    p.updateCompound(after);
    if (m_gatesAfter.empty()) m_gatesAfter = gatesOn(m_outline);
    for (const project::Gate& gate : m_gatesAfter) p.updateGate(gate);
}

std::vector<project::Gate> SetCompoundOutline::gatesOn(const geo::Polygon& outline) const {
    const geo::Ring& oldRing = m_before.outline.outer;
    const geo::Ring& newRing = outline.outer;
    std::vector<project::Gate> gates = m_gatesBefore;
    for (project::Gate& gate : gates) {
        if (oldRing.size() >= 2 && oldRing.size() == newRing.size()) {
            const RingProjection on = projectOntoRing(oldRing, gate.position);
            const geo::LonLat a = newRing[on.edge];
            const geo::LonLat b = newRing[(on.edge + 1) % newRing.size()];
            gate.position = {a.lon + on.t * (b.lon - a.lon), a.lat + on.t * (b.lat - a.lat)};
        } else if (newRing.size() >= 2) {
            gate.position = projectOntoRing(newRing, gate.position).point;
        }
    }
    return gates;
}

void SetCompoundOutline::undo() {
    project::Project& p = m_document.project();
    p.updateCompound(m_before);
    for (const project::Gate& gate : m_gatesBefore) p.updateGate(gate);
}

int SetCompoundOutline::id() const {
    return m_dragId != 0 ? static_cast<int>(CommandId::SetCompoundOutline) : -1;
}

bool SetCompoundOutline::mergeWith(const QUndoCommand* other) {
    const auto* edit = dynamic_cast<const SetCompoundOutline*>(other);
    if (edit == nullptr || edit->m_dragId != m_dragId || edit->m_before.id != m_before.id)
        return false;
    m_outline = edit->m_outline;
    // The gates where the later edit put them (it has been done): placing them again from the
    // outline before the drag could put them elsewhere, and redo would not give the drag's
    // result back.
    m_gatesAfter = edit->m_gatesAfter;
    return true;
}

}  // namespace yike::ui
