// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace yike::ui {

/**
 * What a MapView forwards to the active map tool: mouse and key input in widget pixels, and a
 * chance to draw transient feedback (rubber bands, previews, handles) above the cached map
 * image. The view keeps panning with the middle button, the wheel and the arrow keys for
 * itself. MapTool (ui/tools) implements this; the view does not own it.
 */
class MapInteraction {
public:
    virtual ~MapInteraction() = default;

    virtual void mousePressed(QMouseEvent* event) = 0;
    virtual void mouseMoved(QMouseEvent* event) = 0;
    virtual void mouseReleased(QMouseEvent* event) = 0;
    virtual void mouseDoubleClicked(QMouseEvent* event) = 0;
    /// Returns whether the key was used; unused keys go to the view (pan, zoom).
    virtual bool keyPressed(QKeyEvent* event) = 0;
    /// Draws the tool's overlay in widget pixels; called at the end of every paint.
    virtual void paintOverlay(QPainter& painter) = 0;

protected:
    MapInteraction() = default;
    MapInteraction(const MapInteraction&) = default;
    MapInteraction& operator=(const MapInteraction&) = default;
};

}  // namespace yike::ui
