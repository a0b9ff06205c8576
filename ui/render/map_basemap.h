// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QPainter;

namespace yike::ui {

class MapTransform;

/**
 * A raster basemap as the map composition sees it: something that draws tiles for a view and
 * says when more of them have arrived. The composition paints it at the Basemap layer's place
 * in the drawing order, with that layer's opacity (see renderComposition).
 *
 * This interface keeps the render module free of the tile engine: TileLayer (ui/tiles)
 * implements it with XYZ servers, MBTiles files and caches, and tests implement it with a
 * solid colour. Tiles load asynchronously, so draw() paints only what is at hand; whoever shows
 * the map asks for a view's tiles with setView() and repaints on tilesChanged(). GUI thread
 * only.
 */
class MapBasemap : public QObject {
    Q_OBJECT

public:
    ~MapBasemap() override;

    /// False when the basemap cannot draw anything (a file that did not open); it is then
    /// treated as absent.
    virtual bool isUsable() const = 0;
    /// The credit the map must carry while the basemap is drawn; may be empty.
    virtual QString attribution() const = 0;
    /// Asks for what `view` shows on a device with `devicePixelRatio` device pixels per view
    /// pixel; what arrives is announced by tilesChanged().
    virtual void setView(const MapTransform& view, double devicePixelRatio = 1.0) = 0;
    /// Draws the tiles at hand for `view` onto `painter`, in the view's pixels from (0, 0).
    virtual void draw(QPainter& painter, const MapTransform& view) const = 0;

Q_SIGNALS:
    /// New tiles are at hand: a view showing them should repaint.
    void tilesChanged();

protected:
    explicit MapBasemap(QObject* parent = nullptr);
};

}  // namespace yike::ui
