// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>

#include <QPointF>

#include "core/project/features.h"
#include "ui/tools/map_tool.h"

namespace yike::ui {

/**
 * Drags one corner of a compound outline. The compound's gates stay on the fence (see
 * SetCompoundOutline). Handles are shown for the selected compounds and for the compound under
 * the pointer. One drag is one undo step.
 */
class EditVerticesTool : public MapTool {
    Q_OBJECT

public:
    static constexpr double kGrabPx = 8.0;

    explicit EditVerticesTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;

    struct VertexRef {
        project::FeatureId compoundId = 0;
        std::size_t index = 0;
    };
    /// The compound corner within kGrabPx of `px` (selected compounds first).
    std::optional<VertexRef> vertexAt(QPointF px) const;

    void deactivate() override;
    void mousePressed(QMouseEvent* event) override;
    void mouseMoved(QMouseEvent* event) override;
    void mouseReleased(QMouseEvent* event) override;
    void paintOverlay(QPainter& painter) override;

private:
    std::optional<VertexRef> m_dragging;
    project::FeatureId m_hoverCompound = 0;
    int m_dragId = 0;
};

}  // namespace yike::ui
