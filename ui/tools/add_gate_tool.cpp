// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/add_gate_tool.h"

#include <cmath>

#include <QMouseEvent>
#include <QPainter>

#include "ui/commands/add_feature.h"
#include "ui/commands/edit_geometry.h"
#include "ui/document/project_document.h"
#include "ui/mapview/map_view.h"
#include "ui/tools/tr.h"

namespace yike::ui {

AddGateTool::AddGateTool(MapView* view, QObject* parent)
    : MapTool(view, QStringLiteral("addGateTool"), QIcon(QStringLiteral(":/icons/tool-gate.svg")),
              QKeySequence(Qt::Key_G), parent) {}

QString AddGateTool::name() const {
    return ToolsTr::tr("Add Gate");
}

QString AddGateTool::statusHint() const {
    return ToolsTr::tr("Click on a compound's fence to add a pedestrian gate.");
}

std::optional<AddGateTool::Placement> AddGateTool::placementAt(QPointF px) const {
    const MapTransform& t = view()->transform();
    const geo::LonLat here = t.toLonLat(px);
    std::optional<Placement> best;
    double bestPx = kSnapPx;
    for (const project::Compound& c : document()->project().compounds().items()) {
        if (c.outline.outer.size() < 2) continue;
        const RingProjection on = projectOntoRing(c.outline.outer, here);
        const QPointF p = t.toPixel(on.point);
        const double d = std::hypot(p.x() - px.x(), p.y() - px.y());
        if (d <= bestPx) {
            bestPx = d;
            best = Placement{c.id, on.point};
        }
    }
    return best;
}

void AddGateTool::deactivate() {
    m_hover.reset();
    MapTool::deactivate();
}

void AddGateTool::mousePressed(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const std::optional<Placement> placement = placementAt(event->position());
    if (!placement) {
        Q_EMIT statusMessage(
            ToolsTr::tr("No compound fence within %1 pixels: a gate must lie on a fence.")
                .arg(static_cast<int>(kSnapPx)));
        return;
    }
    project::Gate gate;
    gate.compoundId = placement->compoundId;
    gate.position = placement->position;
    gate.kind = project::GateKind::Pedestrian;
    auto* command = new AddGate(*document(), gate);
    pushCommand(command);
    document()->selection()->set({{project::Layer::Gates, command->featureId()}});
}

void AddGateTool::mouseMoved(QMouseEvent* event) {
    m_hover = placementAt(event->position());
    repaint();
}

void AddGateTool::paintOverlay(QPainter& painter) {
    if (!m_hover) return;
    const QPointF c = view()->transform().toPixel(m_hover->position);
    painter.setPen(QPen(QColor(0xd6, 0x1f, 0x69), 2.0));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(c.x() - 4.0, c.y() - 4.0, 8.0, 8.0));
}

}  // namespace yike::ui
