// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QPointF>

#include "core/project/features.h"
#include "ui/tools/map_tool.h"

namespace yike::ui {

/**
 * Places a pedestrian gate on a compound's fence: the click snaps to the nearest point of the
 * nearest compound edge within kSnapPx; farther clicks are refused with a status message.
 */
class AddGateTool : public MapTool {
    Q_OBJECT

public:
    static constexpr double kSnapPx = 15.0;

    explicit AddGateTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;

    struct Placement {
        project::FeatureId compoundId = 0;
        geo::LonLat position;
    };
    /// Where a click at `px` would put the gate, if anywhere.
    std::optional<Placement> placementAt(QPointF px) const;

    void deactivate() override;
    void mousePressed(QMouseEvent* event) override;
    void mouseMoved(QMouseEvent* event) override;
    void paintOverlay(QPainter& painter) override;

private:
    std::optional<Placement> m_hover;
};

}  // namespace yike::ui
