// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/move_features.h"

#include <algorithm>
#include <utility>

#include "core/project/project.h"
#include "ui/commands/feature_snapshot.h"
#include "ui/commands/command_ids.h"
#include "ui/commands/edit_geometry.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

MoveFeatures::MoveFeatures(ProjectDocument& document, const std::vector<FeatureRef>& refs,
                           double dLon, double dLat, int dragId, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_refs(refs), m_dLon(dLon), m_dLat(dLat),
      m_dragId(dragId) {
    std::sort(m_refs.begin(), m_refs.end());
    const project::Project& p = document.project();
    FeatureSnapshot snapshot = FeatureSnapshot::of(p, m_refs);
    m_facilities = std::move(snapshot.facilities);
    m_compounds = std::move(snapshot.compounds);
    m_gates = std::move(snapshot.gates);
    m_idleSpaces = std::move(snapshot.idleSpaces);
    setText(m_refs.size() == 1
                ? CommandsTr::tr("Move Feature")
                : CommandsTr::tr("Move %1 Features").arg(static_cast<qulonglong>(m_refs.size())));
}

bool MoveFeatures::isEmpty() const {
    return m_facilities.empty() && m_compounds.empty() && m_gates.empty() && m_idleSpaces.empty();
}

void MoveFeatures::apply(double dLon, double dLat) {
    project::Project& p = m_document.project();
    for (project::Facility f : m_facilities) {
        f.position = translated(f.position, dLon, dLat);
        p.updateFacility(f);
    }
    for (project::Compound c : m_compounds) {
        c.outline = translated(c.outline, dLon, dLat);
        p.updateCompound(c);
    }
    for (project::Gate g : m_gates) {
        g.position = translated(g.position, dLon, dLat);
        p.updateGate(g);
    }
    for (project::IdleSpace s : m_idleSpaces) {
        s.position = translated(s.position, dLon, dLat);
        if (s.footprint) s.footprint = translated(*s.footprint, dLon, dLat);
        p.updateIdleSpace(s);
    }
}

void MoveFeatures::redo() {
    apply(m_dLon, m_dLat);
}

void MoveFeatures::undo() {
    apply(0.0, 0.0);
    // QUndoStack deletes a command that turns obsolete while it is undone.
    if (m_discardOnUndo) setObsolete(true);
}

int MoveFeatures::id() const {
    return m_dragId != 0 ? static_cast<int>(CommandId::MoveFeatures) : -1;
}

bool MoveFeatures::mergeWith(const QUndoCommand* other) {
    const auto* move = dynamic_cast<const MoveFeatures*>(other);
    if (move == nullptr || move->m_dragId != m_dragId || move->m_refs != m_refs) return false;
    m_dLon += move->m_dLon;
    m_dLat += move->m_dLat;
    return true;
}

}  // namespace yike::ui
