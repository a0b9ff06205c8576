// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <QImage>
#include <QPoint>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include "ui/document/selection.h"
#include "ui/render/map_renderer.h"
#include "ui/render/map_transform.h"
#include "ui/tiles/tile_layer.h"

namespace yike::project {
class Project;
}

namespace yike::ui {

class MapInteraction;
class ProjectDocument;

/**
 * The interactive map: shows the document's project in Web Mercator, pans (middle-button drag,
 * arrow keys, left drag when no tool is set) and zooms (wheel around the pointer, + and -,
 * to the project, the selection or the study area), and draws a scale bar.
 *
 * The static layers are drawn by MapRenderer into an image on a worker thread, from an
 * immutable copy of the project taken on the GUI thread whenever the project changes. The
 * image is kept with the view state it was drawn for (extent, size, content stamp, layers);
 * while a newer one renders, the old image is drawn scaled and shifted to the current view, so
 * panning stays fluid. The selection highlight and the active tool's overlay (MapInteraction)
 * are painted on top in every paint, never into the cached image.
 *
 * Raster basemap tiles (setTileLayer) are painted at the Basemap layer's place in the drawing
 * order, with its opacity. At the bottom (the usual case) they go under the one image, drawn
 * without a background; higher up, the worker renders the layers below the basemap and those
 * above it as two images, and the tiles are painted between them.
 *
 * It only reads the project; tools change it through undo commands. GUI thread only.
 */
class MapView : public QWidget {
    Q_OBJECT

public:
    static constexpr double kPickTolerancePx = 5.0;

    explicit MapView(ProjectDocument* document, QWidget* parent = nullptr);
    ~MapView() override;

    ProjectDocument* document() const { return m_document; }

    MapLayers layers() const { return m_layers; }
    void setLayers(MapLayers layers);
    void setLayerVisible(MapLayer layer, bool visible);
    /// The drawing order, bottom to top, always complete (see completeMapLayerOrder).
    const std::vector<MapLayer>& layerOrder() const { return m_layerOrder; }
    void setLayerOrder(const std::vector<MapLayer>& order);
    /// Opacity of `layer` in [0, 1]; 1 unless set.
    double layerOpacity(MapLayer layer) const;
    void setLayerOpacity(MapLayer layer, double opacity);
    /// Catalogue codes of the facility categories neither drawn nor picked.
    const std::set<std::string>& hiddenCategories() const { return m_hiddenCategories; }
    void setHiddenCategories(const std::set<std::string>& codes);
    void setCategoryVisible(const std::string& code, bool visible);
    /// What the Analysis results layer draws (shared with the render thread); null: nothing.
    void setAccessOverlay(std::shared_ptr<const AccessOverlay> overlay);
    const std::shared_ptr<const AccessOverlay>& accessOverlay() const { return m_accessOverlay; }
    /// A frame for the current view with the view's layer settings (without its image cache).
    MapFrame frame() const;

    /// The raster basemap drawn as the Basemap layer; null for none. Not owned: the view
    /// forgets a layer that is deleted.
    void setTileLayer(TileLayer* layer);
    TileLayer* tileLayer() const { return m_tileLayer; }

    /// The current view; invalid until the widget has a size and the project has features.
    const MapTransform& transform() const;
    void setTransform(const MapTransform& transform);

    /// The tool receiving input; null lets left drags pan. Not owned.
    void setInteraction(MapInteraction* interaction);
    MapInteraction* interaction() const { return m_interaction; }

    /// The top-most visible editable feature within `tolerancePx` of `px`.
    std::optional<FeatureRef> featureAt(QPointF px, double tolerancePx = kPickTolerancePx) const;
    /// The visible editable features lying wholly inside `box` (widget pixels).
    std::vector<FeatureRef> featuresIn(const QRectF& box) const;

    /// Whether the cached image was drawn for exactly the current view and project content.
    bool isRenderCurrent() const;
    /// Processes events until isRenderCurrent() or the timeout; for tests and screenshots.
    bool waitForRender(int timeoutMs = 10'000);
    /// Milliseconds the last background render took (-1 before the first).
    qint64 lastRenderMs() const { return m_lastRenderMs; }

    QSize sizeHint() const override;

public Q_SLOTS:
    void zoomToProject();
    void zoomToSelection();
    void zoomToStudyArea();
    void zoomIn();
    void zoomOut();
    void panBy(QPointF deltaPx);

Q_SIGNALS:
    /// The geographic position under the pointer, in degrees.
    void pointerMoved(double lon, double lat);
    void pointerLeft();
    void transformChanged();
    /// A background render finished after `milliseconds`.
    void rendered(qint64 milliseconds);
    /// Layer visibility, order or opacity, the hidden categories or the analysis overlay
    /// changed.
    void layersChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct RenderKey {
        QPointF center;
        double metresPerPixel = 0.0;
        QSize size;
        qreal pixelRatio = 1.0;
        std::uint64_t stamp = 0;
        MapLayers layers;
        std::uint64_t layerStamp = 0;
        friend bool operator==(const RenderKey&, const RenderKey&) = default;
    };

    RenderKey currentKey() const;
    void fitIfPending();
    void fitTo(const geo::BoundingBox& box);
    void contentChanged();
    void viewChanged();
    void layerSettingsChanged();
    void startRender();
    void finishRender(const QImage& image, const QImage& aboveImage, const RenderKey& key,
                      qint64 milliseconds);
    /// Draws `image`, rendered for m_imageKey, where its extent lies in the current view.
    void drawCachedImage(QPainter& painter, const QImage& image) const;
    /// Whether raster tiles are drawn now.
    bool basemapShown() const;
    /// The drawn layers the order puts under the basemap; none when it is at the bottom (or
    /// not shown), and the map is then one image over the tiles.
    MapLayers layersBelowBasemap() const;
    void drawTiles(QPainter& painter);
    bool hasContent() const;
    void drawSelection(QPainter& painter) const;

    ProjectDocument* m_document;
    MapRenderer m_renderer;
    MapTransform m_transform;
    MapLayers m_layers = kAllMapLayers;
    std::vector<MapLayer> m_layerOrder = completeMapLayerOrder({});
    std::map<MapLayer, double> m_layerOpacity;
    std::set<std::string> m_hiddenCategories;
    std::shared_ptr<const AccessOverlay> m_accessOverlay;
    std::uint64_t m_layerStamp = 1;  // counts order, opacity and category changes
    MapInteraction* m_interaction = nullptr;
    bool m_fitPending = true;
    bool m_panning = false;
    QPoint m_lastPanPos;

    std::uint64_t m_stamp = 1;
    // The worker reads a copy of the project taken after each change: cheap, since copies
    // share every feature layer that has not changed since (see project::FeatureCollection).
    std::shared_ptr<const project::Project> m_snapshot;
    QPointer<TileLayer> m_tileLayer;
    mutable std::uint64_t m_contentStamp = 0;  // m_stamp when m_hasContent was computed
    mutable bool m_hasContent = false;
    std::uint64_t m_snapshotStamp = 0;
    QThreadPool m_pool;
    bool m_rendering = false;
    QImage m_image;       // every layer; or those under the basemap when m_aboveImage is set
    QImage m_aboveImage;  // the layers over the basemap when it is not the bottom layer
    RenderKey m_imageKey;
    double m_tileRatio = 1.0;  // the device pixel ratio the tile layer was last given
    qint64 m_lastRenderMs = -1;
    bool m_loggedFirstRender = false;
};

}  // namespace yike::ui
