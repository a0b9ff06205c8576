// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/select_tool.h"

#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "ui/document/project_document.h"
#include "ui/mapview/map_view.h"
#include "ui/tools/tr.h"

namespace yike::ui {
namespace {

constexpr double kDragThresholdPx = 4.0;

}  // namespace

SelectTool::SelectTool(MapView* view, QObject* parent)
    : MapTool(view, QStringLiteral("selectTool"),
              QIcon(QStringLiteral(":/icons/tool-select.svg")), QKeySequence(Qt::Key_V), parent) {}

QString SelectTool::name() const {
    return ToolsTr::tr("Select");
}

QString SelectTool::statusHint() const {
    return ToolsTr::tr("Click a feature or drag a box to select; Shift adds to the selection.");
}

void SelectTool::deactivate() {
    m_pressed = false;
    m_boxing = false;
    MapTool::deactivate();
}

void SelectTool::mousePressed(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    m_pressed = true;
    m_boxing = false;
    m_start = m_current = event->position();
}

void SelectTool::mouseMoved(QMouseEvent* event) {
    if (!m_pressed) return;
    m_current = event->position();
    const QPointF d = m_current - m_start;
    if (!m_boxing && std::hypot(d.x(), d.y()) >= kDragThresholdPx) m_boxing = true;
    if (m_boxing) repaint();
}

void SelectTool::mouseReleased(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_pressed) return;
    m_pressed = false;
    m_current = event->position();
    Selection* selection = document()->selection();
    const bool adding = event->modifiers().testFlag(Qt::ShiftModifier);
    if (m_boxing) {
        m_boxing = false;
        const std::vector<FeatureRef> found = view()->featuresIn(QRectF(m_start, m_current));
        if (adding)
            selection->add(found);
        else
            selection->set(found);
        repaint();
        return;
    }
    const std::optional<FeatureRef> hit = view()->featureAt(m_current);
    if (adding) {
        if (hit) selection->toggle(*hit);
    } else if (hit) {
        selection->set({*hit});
    } else {
        selection->clear();
    }
}

bool SelectTool::keyPressed(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape && !document()->selection()->isEmpty()) {
        document()->selection()->clear();
        return true;
    }
    return false;
}

void SelectTool::paintOverlay(QPainter& painter) {
    if (!m_boxing) return;
    painter.setPen(QPen(QColor(0x00, 0x7a, 0xff), 1.0, Qt::DashLine));
    painter.setBrush(QColor(0x00, 0x7a, 0xff, 30));
    painter.drawRect(QRectF(m_start, m_current).normalized());
}

}  // namespace yike::ui
