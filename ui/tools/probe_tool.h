// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/lon_lat.h"
#include "ui/tools/map_tool.h"

namespace yike::ui {

/**
 * Points at a place to ask what is within walking reach of it: a click sends the clicked
 * position (probed()); the Walk Probe panel measures the minutes from there and the Walk rings
 * layer marks it. The tool changes nothing in the project.
 */
class ProbeTool : public MapTool {
    Q_OBJECT

public:
    explicit ProbeTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;

    void mousePressed(QMouseEvent* event) override;

Q_SIGNALS:
    /// The user clicked `point` on the map.
    void probed(yike::geo::LonLat point);
};

}  // namespace yike::ui
