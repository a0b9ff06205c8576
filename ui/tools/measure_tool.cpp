// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/measure_tool.h"

#include <QMouseEvent>
#include <QPainter>

#include "core/geo/local_frame.h"
#include "ui/mapview/map_view.h"
#include "ui/render/scale_bar.h"
#include "ui/tools/tr.h"

namespace yike::ui {

MeasureTool::MeasureTool(MapView* view, QObject* parent)
    : SketchTool(view, QStringLiteral("measureTool"),
                 QIcon(QStringLiteral(":/icons/tool-measure.svg")), QKeySequence(Qt::Key_M),
                 parent) {}

QString MeasureTool::name() const {
    return ToolsTr::tr("Measure Distance");
}

QString MeasureTool::statusHint() const {
    return ToolsTr::tr("Click points along the way; double-click or Enter ends the measurement.");
}

double MeasureTool::lengthM(const std::vector<geo::LonLat>& points) {
    double total = 0.0;
    for (std::size_t i = 1; i < points.size(); ++i) total += geo::haversineM(points[i - 1], points[i]);
    return total;
}

void MeasureTool::deactivate() {
    m_finished.clear();
    SketchTool::deactivate();
}

void MeasureTool::mousePressed(QMouseEvent* event) {
    if (!isDrawing()) m_finished.clear();
    SketchTool::mousePressed(event);
}

void MeasureTool::commit(const std::vector<geo::LonLat>& vertices) {
    m_finished = vertices;
    m_finishedM = lengthM(vertices);
    Q_EMIT statusMessage(ToolsTr::tr("Distance: %1").arg(formatDistance(m_finishedM)));
}

void MeasureTool::sketchChanged() {
    if (!isDrawing()) return;
    std::vector<geo::LonLat> points = vertices();
    if (hoverPoint()) points.push_back(*hoverPoint());
    Q_EMIT statusMessage(ToolsTr::tr("Distance: %1").arg(formatDistance(lengthM(points))));
}

void MeasureTool::paintOverlay(QPainter& painter) {
    SketchTool::paintOverlay(painter);
    const MapTransform& t = view()->transform();
    std::vector<geo::LonLat> points = isDrawing() ? vertices() : m_finished;
    if (isDrawing() && hoverPoint()) points.push_back(*hoverPoint());
    if (points.size() < 2) return;
    if (!isDrawing()) {
        QPolygonF line;
        for (const geo::LonLat& p : points) line.append(t.toPixel(p));
        painter.setPen(QPen(QColor(0xd6, 0x1f, 0x69), 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(line);
    }
    const QString label = formatDistance(lengthM(points));
    const QPointF at = t.toPixel(points.back()) + QPointF(10.0, -10.0);
    const QFontMetricsF fm(painter.font());
    const QRectF box(at.x(), at.y() - fm.height(), fm.horizontalAdvance(label) + 10.0,
                     fm.height() + 4.0);
    painter.setPen(QPen(QColor(0xd6, 0x1f, 0x69), 1.0));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 3.0, 3.0);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, label);
}

}  // namespace yike::ui
