// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "ui/tools/sketch_tool.h"

namespace yike::ui {

/**
 * Draws a residential compound vertex by vertex (at least three). A vertex within
 * kSnapPx of a vertex of an existing compound takes that vertex's exact position, so
 * neighbouring compounds share their corners. New compounds are fenced and named "New compound".
 */
class DrawCompoundTool : public SketchTool {
    Q_OBJECT

public:
    static constexpr double kSnapPx = 8.0;

    explicit DrawCompoundTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;

protected:
    geo::LonLat vertexFor(QPointF px) const override;
    void commit(const std::vector<geo::LonLat>& vertices) override;
};

/// The vertex of an existing compound within `tolerancePx` of `px`, if any (nearest wins).
std::optional<geo::LonLat> snapToCompoundVertex(const MapView& view, QPointF px,
                                                double tolerancePx);

}  // namespace yike::ui
