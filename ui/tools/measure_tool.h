// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/tools/sketch_tool.h"

namespace yike::ui {

/**
 * Measures a polyline on the ground (great-circle distances between clicked points). The
 * running total, including the segment to the pointer, is drawn at the pointer and sent to the
 * status bar; double-click or Enter keeps the result on screen until the next click.
 */
class MeasureTool : public SketchTool {
    Q_OBJECT

public:
    explicit MeasureTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;

    /// Length of `points` as a polyline, metres.
    static double lengthM(const std::vector<geo::LonLat>& points);
    /// The last finished measurement in metres (0 before the first).
    double lastLengthM() const { return m_finishedM; }

    void mousePressed(QMouseEvent* event) override;
    void paintOverlay(QPainter& painter) override;
    void deactivate() override;

protected:
    bool isClosed() const override { return false; }
    std::size_t minimumVertices() const override { return 2; }
    void commit(const std::vector<geo::LonLat>& vertices) override;
    void sketchChanged() override;

private:
    std::vector<geo::LonLat> m_finished;
    double m_finishedM = 0.0;
};

}  // namespace yike::ui
