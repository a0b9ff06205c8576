// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QPointF>

#include "ui/document/selection.h"
#include "ui/tools/map_tool.h"

namespace yike::ui {

/**
 * Drags features: pressing on a selected feature moves the whole selection, pressing on an
 * unselected one selects and moves it. Compounds move with their gates. A gate dragged on its
 * own slides along its compound's fence, never leaving it. One drag is one undo step.
 */
class MoveTool : public MapTool {
    Q_OBJECT

public:
    explicit MoveTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;
    QCursor cursor() const override { return Qt::SizeAllCursor; }

    void deactivate() override;
    void mousePressed(QMouseEvent* event) override;
    void mouseMoved(QMouseEvent* event) override;
    void mouseReleased(QMouseEvent* event) override;

private:
    void slideGate(QPointF px);

    std::vector<FeatureRef> m_moving;
    project::FeatureId m_slidingGate = 0;
    QPointF m_last;
    int m_dragId = 0;
};

}  // namespace yike::ui
