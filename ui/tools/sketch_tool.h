// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QPointF>

#include "core/geo/lon_lat.h"
#include "ui/tools/map_tool.h"

namespace yike::ui {

/**
 * Base of the tools that draw a line or an outline vertex by vertex: a click adds a vertex,
 * a double-click or Enter finishes, Esc cancels, Backspace removes the last vertex. A press
 * within a few pixels of the previous vertex is ignored, so the press that starts a
 * double-click does not add a duplicate. Subclasses decide what a finished sketch becomes.
 */
class SketchTool : public MapTool {
    Q_OBJECT

public:
    using MapTool::MapTool;

    const std::vector<geo::LonLat>& vertices() const { return m_vertices; }
    bool isDrawing() const { return !m_vertices.empty(); }

    void deactivate() override;
    void mousePressed(QMouseEvent* event) override;
    void mouseMoved(QMouseEvent* event) override;
    void mouseDoubleClicked(QMouseEvent* event) override;
    bool keyPressed(QKeyEvent* event) override;
    void paintOverlay(QPainter& painter) override;

    /// Finishes the sketch as if Enter were pressed; false when it has too few vertices.
    bool finish();
    void cancel();

protected:
    /// Whether the sketch is a closed outline (true) or an open line.
    virtual bool isClosed() const { return true; }
    virtual std::size_t minimumVertices() const { return 3; }
    /// Where a pointer position puts a vertex (subclasses snap).
    virtual geo::LonLat vertexFor(QPointF px) const;
    /// Turns a finished sketch into commands.
    virtual void commit(const std::vector<geo::LonLat>& vertices) = 0;
    /// Called after every change of the vertices or the pointer position.
    virtual void sketchChanged() {}
    std::optional<geo::LonLat> hoverPoint() const { return m_hover; }

private:
    void addVertex(QPointF px);

    std::vector<geo::LonLat> m_vertices;
    std::optional<geo::LonLat> m_hover;
};

}  // namespace yike::ui
