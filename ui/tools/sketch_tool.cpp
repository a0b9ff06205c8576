// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/sketch_tool.h"

#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "ui/mapview/map_view.h"
#include "ui/tools/tr.h"

namespace yike::ui {
namespace {

constexpr double kDuplicatePx = 3.0;
const QColor kSketchColour(0xd6, 0x1f, 0x69);

}  // namespace

void SketchTool::deactivate() {
    cancel();
    MapTool::deactivate();
}

void SketchTool::cancel() {
    m_vertices.clear();
    m_hover.reset();
    sketchChanged();
    repaint();
}

geo::LonLat SketchTool::vertexFor(QPointF px) const {
    return view()->transform().toLonLat(px);
}

void SketchTool::addVertex(QPointF px) {
    const geo::LonLat p = vertexFor(px);
    if (!m_vertices.empty()) {
        const QPointF last = view()->transform().toPixel(m_vertices.back());
        const QPointF here = view()->transform().toPixel(p);
        if (std::hypot(last.x() - here.x(), last.y() - here.y()) <= kDuplicatePx) return;
    }
    m_vertices.push_back(p);
}

void SketchTool::mousePressed(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    addVertex(event->position());
    m_hover = vertexFor(event->position());
    sketchChanged();
    repaint();
}

void SketchTool::mouseMoved(QMouseEvent* event) {
    m_hover = vertexFor(event->position());
    if (isDrawing()) sketchChanged();
    repaint();
}

void SketchTool::mouseDoubleClicked(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    addVertex(event->position());
    finish();
}

bool SketchTool::finish() {
    if (m_vertices.size() < minimumVertices()) {
        Q_EMIT statusMessage(ToolsTr::tr("At least %1 points are needed.")
                                 .arg(static_cast<qulonglong>(minimumVertices())));
        return false;
    }
    const std::vector<geo::LonLat> done = std::move(m_vertices);
    m_vertices.clear();
    commit(done);
    sketchChanged();
    repaint();
    return true;
}

bool SketchTool::keyPressed(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!isDrawing()) return false;
            finish();
            return true;
        case Qt::Key_Escape:
            if (!isDrawing()) return false;
            cancel();
            return true;
        case Qt::Key_Backspace:
            if (!isDrawing()) return false;
            m_vertices.pop_back();
            sketchChanged();
            repaint();
            return true;
        default:
            return false;
    }
}

void SketchTool::paintOverlay(QPainter& painter) {
    if (m_vertices.empty()) return;
    const MapTransform& t = view()->transform();
    QPolygonF line;
    for (const geo::LonLat& v : m_vertices) line.append(t.toPixel(v));
    if (m_hover) line.append(t.toPixel(*m_hover));
    if (isClosed() && line.size() >= 3) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(kSketchColour.red(), kSketchColour.green(), kSketchColour.blue(), 40));
        painter.drawPolygon(line);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kSketchColour, 2.0));
    painter.drawPolyline(line);
    if (isClosed() && line.size() >= 3) {
        painter.setPen(QPen(kSketchColour, 1.0, Qt::DashLine));
        painter.drawLine(line.back(), line.front());
    }
    painter.setPen(QPen(kSketchColour, 1.5));
    painter.setBrush(Qt::white);
    for (const geo::LonLat& v : m_vertices) painter.drawEllipse(t.toPixel(v), 3.5, 3.5);
}

}  // namespace yike::ui
