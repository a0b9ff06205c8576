// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include "ui/tools/map_tool.h"

namespace yike::ui {

/**
 * Selects features: a click picks the top-most feature within a few pixels (or clears the
 * selection on empty ground), a drag selects every feature inside the box; Shift adds to the
 * selection (a Shift-click on a selected feature removes it).
 */
class SelectTool : public MapTool {
    Q_OBJECT

public:
    explicit SelectTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;
    QCursor cursor() const override { return Qt::ArrowCursor; }

    void deactivate() override;
    void mousePressed(QMouseEvent* event) override;
    void mouseMoved(QMouseEvent* event) override;
    void mouseReleased(QMouseEvent* event) override;
    bool keyPressed(QKeyEvent* event) override;
    void paintOverlay(QPainter& painter) override;

private:
    bool m_pressed = false;
    bool m_boxing = false;
    QPointF m_start;
    QPointF m_current;
};

}  // namespace yike::ui
