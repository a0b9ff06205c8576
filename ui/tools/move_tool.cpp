// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/move_tool.h"

#include <QMouseEvent>

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
    m_moving.clear();
    m_slidingGate = 0;
    MapTool::deactivate();
}

void MoveTool::mousePressed(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const std::optional<FeatureRef> hit = view()->featureAt(event->position());
    if (!hit) return;
    Selection* selection = document()->selection();
    m_dragId = nextDragId();
    if (hit->layer == project::Layer::Gates) {
        selection->set({*hit});
        m_moving.clear();
        m_slidingGate = hit->id;
        return;
    }
    if (!selection->contains(*hit)) selection->set({*hit});
    m_moving.clear();
    for (const FeatureRef& ref : selection->items())
        if (ref.layer != project::Layer::Gates) m_moving.push_back(ref);
    m_last = event->position();
}

void MoveTool::slideGate(QPointF px) {
    const project::Project& p = document()->project();
    const project::Gate* gate = p.gates().find(m_slidingGate);
    const project::Compound* compound = gate ? p.compounds().find(gate->compoundId) : nullptr;
    if (compound == nullptr || compound->outline.outer.size() < 2) return;
    const geo::LonLat to =
        projectOntoRing(compound->outline.outer, view()->transform().toLonLat(px)).point;
    if (to == gate->position) return;
    pushCommand(new MoveFeatures(*document(), {{project::Layer::Gates, gate->id}},
                                 to.lon - gate->position.lon, to.lat - gate->position.lat,
                                 m_dragId));
}

void MoveTool::mouseMoved(QMouseEvent* event) {
    if (!event->buttons().testFlag(Qt::LeftButton)) return;
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
    pushCommand(new MoveFeatures(*document(), m_moving, to.lon - from.lon, to.lat - from.lat,
                                 m_dragId));
}

void MoveTool::mouseReleased(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    if (m_slidingGate != 0) {
        slideGate(event->position());
        m_slidingGate = 0;
        return;
    }
    if (m_moving.empty()) return;
    mouseMoved(event);
    m_moving.clear();
}

}  // namespace yike::ui
