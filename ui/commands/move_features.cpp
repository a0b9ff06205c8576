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
    : QUndoCommand(parent), m_document(document), m_refs(refs), m_dragId(dragId) {
    std::sort(m_refs.begin(), m_refs.end());
    m_before = FeatureSnapshot::of(document.project(), m_refs);
    m_after = m_before;
    for (project::Facility& f : m_after.facilities)
        f.position = translated(f.position, dLon, dLat);
    for (project::Compound& c : m_after.compounds) c.outline = translated(c.outline, dLon, dLat);
    for (project::Gate& g : m_after.gates) g.position = translated(g.position, dLon, dLat);
    for (project::IdleSpace& s : m_after.idleSpaces) {
        s.position = translated(s.position, dLon, dLat);
        if (s.footprint) s.footprint = translated(*s.footprint, dLon, dLat);
    }
    setText(m_refs.size() == 1
                ? CommandsTr::tr("Move Feature")
                : CommandsTr::tr("Move %1 Features").arg(static_cast<qulonglong>(m_refs.size())));
}

bool MoveFeatures::isEmpty() const {
    return m_before.facilities.empty() && m_before.compounds.empty() && m_before.gates.empty()
           && m_before.idleSpaces.empty();
}

void MoveFeatures::apply(const FeatureSnapshot& state) {
    project::Project& p = m_document.project();
    for (const project::Facility& f : state.facilities) p.updateFacility(f);
    for (const project::Compound& c : state.compounds) p.updateCompound(c);
    for (const project::Gate& g : state.gates) p.updateGate(g);
    for (const project::IdleSpace& s : state.idleSpaces) p.updateIdleSpace(s);
}

void MoveFeatures::redo() {
    apply(m_after);
}

void MoveFeatures::undo() {
    apply(m_before);
    // QUndoStack deletes a command that turns obsolete while it is undone.
    if (m_discardOnUndo) setObsolete(true);
}

int MoveFeatures::id() const {
    return m_dragId != 0 ? static_cast<int>(CommandId::MoveFeatures) : -1;
}

bool MoveFeatures::mergeWith(const QUndoCommand* other) {
    const auto* move = dynamic_cast<const MoveFeatures*>(other);
    if (move == nullptr || move->m_dragId != m_dragId || move->m_refs != m_refs) return false;
    // Where the later move put the features, bit for bit: adding up the offsets instead would
    // round differently from the moves the user saw, and redo would not give that state back.
    m_after = move->m_after;
    return true;
}

}  // namespace yike::ui
