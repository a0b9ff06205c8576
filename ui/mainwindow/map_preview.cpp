// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/map_preview.h"

#include <cmath>

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "ui/document/project_document.h"
#include "ui/mainwindow/tr.h"

namespace yike::ui {
namespace {

constexpr double kZoomStep = 1.25;  // per wheel notch and per Zoom In / Zoom Out

}  // namespace

MapPreview::MapPreview(ProjectDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    connect(m_document, &ProjectDocument::projectReplaced, this, [this] {
        m_fitPending = true;
        update();
    });
    connect(m_document, &ProjectDocument::projectChanged, this, [this] { update(); });
}

QSize MapPreview::sizeHint() const {
    return {900, 650};
}

void MapPreview::setLayers(MapLayers layers) {
    if (layers == m_layers) return;
    m_layers = layers;
    update();
}

void MapPreview::setLayerVisible(MapLayer layer, bool visible) {
    setLayers(visible ? (m_layers | layer) : (m_layers & ~MapLayers(layer)));
}

void MapPreview::zoomToProject() {
    m_fitPending = true;
    fitIfPending();
    update();
}

void MapPreview::zoomIn() {
    fitIfPending();
    m_transform.zoomAt(QPointF(width() / 2.0, height() / 2.0), kZoomStep);
    update();
}

void MapPreview::zoomOut() {
    fitIfPending();
    m_transform.zoomAt(QPointF(width() / 2.0, height() / 2.0), 1.0 / kZoomStep);
    update();
}

void MapPreview::fitIfPending() {
    if (!m_fitPending || width() <= 0 || height() <= 0) return;
    const geo::BoundingBox bounds = m_document->project().bounds();
    if (bounds.isEmpty()) return;
    m_transform = MapTransform::fitting(bounds, QSizeF(size()), 24.0);
    m_fitPending = false;
}

void MapPreview::paintEvent(QPaintEvent*) {
    fitIfPending();
    QPainter painter(this);
    const MapStyle& style = m_renderer.style();
    painter.fillRect(rect(), style.background);
    if (m_document->project().bounds().isEmpty() || !m_transform.isValid()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         MainWindowTr::tr("This project has no map features yet."));
        return;
    }
    MapFrame frame;
    frame.transform = m_transform;
    frame.layers = m_layers;
    frame.paintBackground = false;
    m_renderer.render(painter, m_document->project(), frame);
}

void MapPreview::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_fitPending)
        fitIfPending();
    else
        m_transform.setViewportSize(QSizeF(size()));
}

void MapPreview::wheelEvent(QWheelEvent* event) {
    fitIfPending();
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0 || !m_transform.isValid()) return;
    m_transform.zoomAt(event->position(), std::pow(kZoomStep, notches));
    update();
    event->accept();
}

void MapPreview::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_dragging = true;
        m_lastDragPos = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void MapPreview::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        m_transform.panByPixels(QPointF(pos - m_lastDragPos));
        m_lastDragPos = pos;
        update();
    }
    if (m_transform.isValid()) {
        const geo::LonLat p = m_transform.toLonLat(event->position());
        Q_EMIT pointerMoved(p.lon, p.lat);
    }
    QWidget::mouseMoveEvent(event);
}

void MapPreview::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragging && (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton)) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void MapPreview::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && m_transform.isValid()) {
        m_transform.zoomAt(event->position(), 2.0);
        update();
    }
}

void MapPreview::leaveEvent(QEvent* event) {
    Q_EMIT pointerLeft();
    QWidget::leaveEvent(event);
}

void MapPreview::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) update();
    QWidget::changeEvent(event);
}

}  // namespace yike::ui
