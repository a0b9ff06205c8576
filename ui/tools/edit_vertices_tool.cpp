// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/edit_vertices_tool.h"

#include <cmath>

#include <QMouseEvent>
#include <QPainter>

#include "ui/commands/set_compound_outline.h"
#include "ui/document/project_document.h"
#include "ui/mapview/map_view.h"
#include "ui/tools/tr.h"

namespace yike::ui {

EditVerticesTool::EditVerticesTool(MapView* view, QObject* parent)
    : MapTool(view, QStringLiteral("editVerticesTool"),
              QIcon(QStringLiteral(":/icons/tool-vertices.svg")), QKeySequence(Qt::Key_E),
              parent) {}

QString EditVerticesTool::name() const {
    return ToolsTr::tr("Edit Corners");
}

QString EditVerticesTool::statusHint() const {
    return ToolsTr::tr("Drag a corner of a compound to reshape it; its gates stay on the fence.");
}

std::optional<EditVerticesTool::VertexRef> EditVerticesTool::vertexAt(QPointF px) const {
    const MapTransform& t = view()->transform();
    const Selection* selection = document()->selection();
    std::optional<VertexRef> best;
    double bestDistance = kGrabPx;
    bool bestSelected = false;
    for (const project::Compound& c : document()->project().compounds().items()) {
        const bool selected = selection->contains({project::Layer::Compounds, c.id});
        for (std::size_t i = 0; i < c.outline.outer.size(); ++i) {
            const QPointF p = t.toPixel(c.outline.outer[i]);
            const double d = std::hypot(p.x() - px.x(), p.y() - px.y());
            if (d > kGrabPx) continue;
            if ((selected && !bestSelected) || (selected == bestSelected && d <= bestDistance)) {
                best = VertexRef{c.id, i};
                bestDistance = d;
                bestSelected = selected;
            }
        }
    }
    return best;
}

void EditVerticesTool::deactivate() {
    m_dragging.reset();
    m_hoverCompound = 0;
    MapTool::deactivate();
}

void EditVerticesTool::mousePressed(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    m_dragging = vertexAt(event->position());
    if (!m_dragging) {
        const std::optional<FeatureRef> hit = view()->featureAt(event->position());
        if (hit && hit->layer == project::Layer::Compounds) document()->selection()->set({*hit});
        return;
    }
    document()->selection()->set({{project::Layer::Compounds, m_dragging->compoundId}});
    m_dragId = nextDragId();
}

void EditVerticesTool::mouseMoved(QMouseEvent* event) {
    if (!m_dragging) {
        const std::optional<FeatureRef> hit = view()->featureAt(event->position(), kGrabPx);
        const project::FeatureId hover =
            hit && hit->layer == project::Layer::Compounds ? hit->id : 0;
        if (hover != m_hoverCompound) {
            m_hoverCompound = hover;
            repaint();
        }
        return;
    }
    if (!event->buttons().testFlag(Qt::LeftButton)) return;
    const project::Compound* c = document()->project().compounds().find(m_dragging->compoundId);
    if (c == nullptr || m_dragging->index >= c->outline.outer.size()) {
        m_dragging.reset();
        return;
    }
    geo::Polygon outline = c->outline;
    outline.outer[m_dragging->index] = view()->transform().toLonLat(event->position());
    pushCommand(new SetCompoundOutline(*document(), c->id, outline, m_dragId));
}

void EditVerticesTool::mouseReleased(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_dragging) return;
    mouseMoved(event);
    m_dragging.reset();
}

void EditVerticesTool::paintOverlay(QPainter& painter) {
    const MapTransform& t = view()->transform();
    const Selection* selection = document()->selection();
    painter.setPen(QPen(QColor(0xd6, 0x1f, 0x69), 1.5));
    painter.setBrush(Qt::white);
    for (const project::Compound& c : document()->project().compounds().items()) {
        if (c.id != m_hoverCompound && !selection->contains({project::Layer::Compounds, c.id}))
            continue;
        for (const geo::LonLat& v : c.outline.outer) {
            const QPointF p = t.toPixel(v);
            painter.drawRect(QRectF(p.x() - 4.0, p.y() - 4.0, 8.0, 8.0));
        }
    }
}

}  // namespace yike::ui
