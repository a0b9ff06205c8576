// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/move_tool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QUndoStack>

#include "ui/commands/edit_geometry.h"
#include "ui/commands/move_features.h"
#include "ui/document/project_document.h"
#include "ui/mapview/map_view.h"
#include "ui/tools/tr.h"

namespace yike::ui {

MoveTool::MoveTool(MapView* view, QObject* parent)
    : MapTool(view, QStringLiteral("moveTool"), QIcon(QStringLiteral(":/icons/tool-move.svg")),
              QKeySequence(Qt::Key_T), parent) {}

QString MoveTool::name() const {
    return ToolsTr::tr("Move");
}

QString MoveTool::statusHint() const {
    return ToolsTr::tr("Drag a facility, idle space or compound to move it; compounds keep "
                       "their gates. Drag a gate to slide it along its fence.");
}

void MoveTool::deactivate() {
    // Switching tools mid-drag keeps what was dragged so far (one undo step).
    finishDrag();
    MapTool::deactivate();
}

void MoveTool::finishDrag() {
    m_moving.clear();
    m_slidingGate = 0;
    m_command = nullptr;
    if (!m_dragging) return;
    m_dragging = false;
    Q_EMIT dragFinished();
}

void MoveTool::push(MoveFeatures* command) {
    QUndoStack* stack = document()->undoStack();
    pushCommand(command);
    // The first command of the drag stays on the stack; the later ones merge into it.
    if (m_command == nullptr && stack->index() > 0 && stack->command(stack->index() - 1) == command)
        m_command = command;
}

void MoveTool::cancelDrag() {
    if (!m_dragging) return;
    QUndoStack* stack = document()->undoStack();
    if (m_command != nullptr && stack->index() > 0
        && stack->command(stack->index() - 1) == m_command) {
        m_command->discardOnUndo();
        stack->undo();
    }
    finishDrag();
}

bool MoveTool::keyPressed(QKeyEvent* event) {
    if (event->key() != Qt::Key_Escape || !m_dragging) return false;
    cancelDrag();
    return true;
}

void MoveTool::mousePressed(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const std::optional<FeatureRef> hit = view()->featureAt(event->position());
    if (!hit) return;
    finishDrag();  // a press without its release (focus lost) ends the previous drag
    Selection* selection = document()->selection();
    m_dragId = nextDragId();
    if (hit->layer == project::Layer::Gates) {
        selection->set({*hit});
        m_slidingGate = hit->id;
    } else {
        if (!selection->contains(*hit)) selection->set({*hit});
        for (const FeatureRef& ref : selection->items())
            if (ref.layer != project::Layer::Gates) m_moving.push_back(ref);
        m_last = event->position();
        if (m_moving.empty()) return;
    }
    m_dragging = true;
    Q_EMIT dragStarted();
}

void MoveTool::slideGate(QPointF px) {
    const project::Project& p = document()->project();
    const project::Gate* gate = p.gates().find(m_slidingGate);
    const project::Compound* compound = gate ? p.compounds().find(gate->compoundId) : nullptr;
    if (compound == nullptr || compound->outline.outer.size() < 2) return;
    const geo::LonLat to =
        projectOntoRing(compound->outline.outer, view()->transform().toLonLat(px)).point;
    if (to == gate->position) return;
    push(new MoveFeatures(*document(), {{project::Layer::Gates, gate->id}},
                          to.lon - gate->position.lon, to.lat - gate->position.lat, m_dragId));
}

void MoveTool::mouseMoved(QMouseEvent* event) {
    if (!m_dragging || !event->buttons().testFlag(Qt::LeftButton)) return;
    if (m_slidingGate != 0) {
        slideGate(event->position());
        return;
    }
    if (m_moving.empty()) return;
    const MapTransform& t = view()->transform();
    const geo::LonLat from = t.toLonLat(m_last);
    const geo::LonLat to = t.toLonLat(event->position());
    m_last = event->position();
    if (from == to) return;
    push(new MoveFeatures(*document(), m_moving, to.lon - from.lon, to.lat - from.lat, m_dragId));
}

void MoveTool::mouseReleased(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_dragging) return;
    if (m_slidingGate != 0) {
        slideGate(event->position());
    } else {
        // The release event no longer holds the button; move to its position all the same.
        const MapTransform& t = view()->transform();
        const geo::LonLat from = t.toLonLat(m_last);
        const geo::LonLat to = t.toLonLat(event->position());
        if (from != to)
            push(new MoveFeatures(*document(), m_moving, to.lon - from.lon, to.lat - from.lat,
                                  m_dragId));
    }
    finishDrag();
}

}  // namespace yike::ui
