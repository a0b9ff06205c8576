// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>

#include "ui/tools/map_tool.h"

namespace yike::ui {

/// Drags the map with the left button.
class PanTool : public MapTool {
    Q_OBJECT

public:
    explicit PanTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;
    QCursor cursor() const override { return Qt::OpenHandCursor; }

    void mousePressed(QMouseEvent* event) override;
    void mouseMoved(QMouseEvent* event) override;
    void mouseReleased(QMouseEvent* event) override;

private:
    bool m_dragging = false;
    QPoint m_last;
};

}  // namespace yike::ui
