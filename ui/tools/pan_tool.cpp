// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/pan_tool.h"

#include <QMouseEvent>

#include "ui/mapview/map_view.h"
#include "ui/tools/tr.h"

namespace yike::ui {

PanTool::PanTool(MapView* view, QObject* parent)
    : MapTool(view, QStringLiteral("panTool"), QIcon(QStringLiteral(":/icons/tool-pan.svg")),
              QKeySequence(Qt::Key_H), parent) {}

QString PanTool::name() const {
    return ToolsTr::tr("Pan");
}

QString PanTool::statusHint() const {
    return ToolsTr::tr("Drag to move the map. The wheel zooms; arrow keys pan.");
}

void PanTool::mousePressed(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    m_dragging = true;
    m_last = event->position().toPoint();
    view()->setCursor(Qt::ClosedHandCursor);
}

void PanTool::mouseMoved(QMouseEvent* event) {
    if (!m_dragging) return;
    const QPoint pos = event->position().toPoint();
    view()->panBy(QPointF(pos - m_last));
    m_last = pos;
}

void PanTool::mouseReleased(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_dragging) return;
    m_dragging = false;
    view()->setCursor(cursor());
}

}  // namespace yike::ui
