// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <QImage>
#include <QPoint>
#include <QThreadPool>
#include <QWidget>

#include "ui/document/selection.h"
#include "ui/render/map_renderer.h"
#include "ui/render/map_transform.h"

namespace yike::project {
class Project;
}

namespace yike::ui {

class MapComposition;
class MapInteraction;
class ProjectDocument;

/**
 * The interactive map: shows the document's project in Web Mercator, pans (middle-button drag,
 * arrow keys, left drag when no tool is set) and zooms (wheel around the pointer, + and -,
 * to the project, the selection or the study area), and draws a scale bar.
 *
 * What it shows (layers, their order and opacity, hidden categories, the analysis overlay, the
 * raster basemap) is a MapComposition, which the layers panel, the legend and print share;
 * the view only adds where it looks and how the user moves it, as QGIS's map canvas adds to
 * its map settings and Marble's widget to its map.
 *
 * The static layers are drawn by MapRenderer into images on a worker thread, from an immutable
 * copy of the project taken on the GUI thread whenever the project changes, and from the
 * composition's frames cut at the basemap (cutAtBasemap): the layers under the tiles and those
 * over them, painted with the tiles between them, as renderComposition draws them on a page.
 * The worker keeps spatial indexes of that copy (MapFeatureIndex), so a frame tests only the
 * streets, buildings and compounds near the view; after an edit it indexes again only the
 * layers that changed.
 * The images are kept with the view state they were drawn for (extent, size, content stamp,
 * composition revision); while newer ones render, the old images are drawn scaled and shifted
 * to the current view, so panning stays fluid. The selection highlight and the active tool's
 * overlay (MapInteraction) are painted on top in every paint, never into the cached images.
 *
 * It asks the composition's basemap for the tiles of its view. It only reads the project;
 * tools change it through undo commands. GUI thread only.
 */
class MapView : public QWidget {
    Q_OBJECT

public:
    static constexpr double kPickTolerancePx = 5.0;

    /// A view with a composition of its own.
    explicit MapView(ProjectDocument* document, QWidget* parent = nullptr);
    /// A view showing `composition`, which it does not own and which must outlive it.
    MapView(ProjectDocument* document, MapComposition* composition, QWidget* parent = nullptr);
    ~MapView() override;

    ProjectDocument* document() const { return m_document; }
    /// What the view shows; the layers panel, the legend and the menus change it there.
    MapComposition* composition() const { return m_composition; }
    /// The composition's frame for the current view (without the view's image cache).
    MapFrame frame() const;

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

    /// Whether the cached images were drawn for exactly the current view, project content and
    /// composition.
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
        std::uint64_t composition = 0;  // the composition's revision
        friend bool operator==(const RenderKey&, const RenderKey&) = default;
    };

    RenderKey currentKey() const;
    void fitIfPending();
    void fitTo(const geo::BoundingBox& box);
    void contentChanged();
    void viewChanged();
    /// Asks the composition's basemap for the tiles of the current view.
    void requestTiles();
    void startRender();
    void finishRender(const QImage& under, const QImage& over, bool tiles, const RenderKey& key,
                      qint64 milliseconds, std::shared_ptr<const MapFeatureIndex> index);
    /// Draws `image`, rendered for m_imageKey, where its extent lies in the current view.
    void drawCachedImage(QPainter& painter, const QImage& image) const;
    void drawTiles(QPainter& painter);
    bool hasContent() const;
    void drawSelection(QPainter& painter) const;

    ProjectDocument* m_document;
    MapComposition* m_composition;
    MapRenderer m_renderer;
    MapTransform m_transform;
    MapInteraction* m_interaction = nullptr;
    bool m_fitPending = true;
    bool m_panning = false;
    QPoint m_lastPanPos;

    std::uint64_t m_stamp = 1;
    // The worker reads a copy of the project taken after each change: cheap, since copies
    // share every feature layer that has not changed since (see project::FeatureCollection).
    std::shared_ptr<const project::Project> m_snapshot;
    mutable std::uint64_t m_contentStamp = 0;  // m_stamp when m_hasContent was computed
    mutable bool m_hasContent = false;
    std::uint64_t m_snapshotStamp = 0;
    // Spatial indexes of the last snapshot drawn. The worker refreshes them for the snapshot it
    // draws, indexing again only the layers that changed (MapFeatureIndex::refreshed).
    std::shared_ptr<const MapFeatureIndex> m_index;
    QThreadPool m_pool;
    bool m_rendering = false;
    // The composition cut at its basemap (cutAtBasemap): the layers under the tiles (null when
    // that is the background alone, which paintEvent fills), and those over them (null when
    // no tiles were drawn). m_imageTiles: the tiles go between them.
    QImage m_underImage;
    QImage m_overImage;
    bool m_imageTiles = false;
    RenderKey m_imageKey;
    bool m_hasImages = false;
    double m_tileRatio = 1.0;  // the device pixel ratio the basemap was last given
    qint64 m_lastRenderMs = -1;
    bool m_loggedFirstRender = false;
};

}  // namespace yike::ui
