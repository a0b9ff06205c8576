// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/move_tool.h"

#include <QMouseEvent>

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
                       "their gates.");
}

void MoveTool::deactivate() {
    m_moving.clear();
    MapTool::deactivate();
}

void MoveTool::mousePressed(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const std::optional<FeatureRef> hit = view()->featureAt(event->position());
    if (!hit || hit->layer == project::Layer::Gates) return;
    Selection* selection = document()->selection();
    if (!selection->contains(*hit)) selection->set({*hit});
    m_moving.clear();
    for (const FeatureRef& ref : selection->items())
        if (ref.layer != project::Layer::Gates) m_moving.push_back(ref);
    m_last = event->position();
    m_dragId = nextDragId();
}

void MoveTool::mouseMoved(QMouseEvent* event) {
    if (m_moving.empty() || !event->buttons().testFlag(Qt::LeftButton)) return;
    const MapTransform& t = view()->transform();
    const geo::LonLat from = t.toLonLat(m_last);
    const geo::LonLat to = t.toLonLat(event->position());
    m_last = event->position();
    if (from == to) return;
    pushCommand(new MoveFeatures(*document(), m_moving, to.lon - from.lon, to.lat - from.lat,
                                 m_dragId));
}

void MoveTool::mouseReleased(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_moving.empty()) return;
    mouseMoved(event);
    m_moving.clear();
}

}  // namespace yike::ui
