// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QWidget>

#include "ui/render/map_renderer.h"
#include "ui/render/map_transform.h"

namespace yike::ui {

class ProjectDocument;

/**
 * A plain widget showing the document's project through MapRenderer: fits the project bounds
 * when a project is loaded, zooms with the mouse wheel around the pointer and pans by dragging.
 * It only reads the project. The full interactive map canvas (tools, selection) replaces it later.
 */
class MapPreview : public QWidget {
    Q_OBJECT

public:
    explicit MapPreview(ProjectDocument* document, QWidget* parent = nullptr);

    MapLayers layers() const { return m_layers; }
    void setLayers(MapLayers layers);
    void setLayerVisible(MapLayer layer, bool visible);
    const MapTransform& transform() const { return m_transform; }

    QSize sizeHint() const override;

public Q_SLOTS:
    void zoomToProject();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    /// The geographic position under the pointer, in degrees.
    void pointerMoved(double lon, double lat);
    void pointerLeft();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fitIfPending();

    ProjectDocument* m_document;
    MapRenderer m_renderer;
    MapTransform m_transform;
    MapLayers m_layers = kAllMapLayers;
    bool m_fitPending = true;
    bool m_dragging = false;
    QPoint m_lastDragPos;
};

}  // namespace yike::ui
