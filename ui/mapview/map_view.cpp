// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mapview/map_view.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QElapsedTimer>
#include <QEvent>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include "core/project/project.h"
#include "ui/document/project_document.h"
#include "ui/mapview/map_interaction.h"
#include "ui/mapview/tr.h"
#include "ui/render/composition_render.h"
#include "ui/render/feature_index.h"
#include "ui/render/map_composition.h"
#include "ui/render/scale_bar.h"

Q_LOGGING_CATEGORY(lcMapView, "yike.mapview", QtInfoMsg)

namespace yike::ui {
namespace {

constexpr double kZoomStep = 1.25;       // per wheel notch and per Zoom In / Zoom Out
constexpr double kKeyPanFraction = 0.125;  // of the viewport, per arrow key press
const QColor kSelectionColour(0x00, 0x7a, 0xff);

QPolygonF toPixels(const geo::Ring& ring, const MapTransform& t) {
    QPolygonF polygon;
    polygon.reserve(static_cast<qsizetype>(ring.size()));
    for (const geo::LonLat& p : ring) polygon.append(t.toPixel(p));
    return polygon;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    double t = len2 > 0.0 ? QPointF::dotProduct(p - a, d) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF foot = a + t * d;
    return std::hypot(p.x() - foot.x(), p.y() - foot.y());
}

double distanceToOutline(QPointF p, const QPolygonF& ring) {
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < ring.size(); ++i)
        best = std::min(best, distanceToSegment(p, ring.at(i), ring.at((i + 1) % ring.size())));
    return best;
}

double distance(QPointF a, QPointF b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

}  // namespace

MapView::MapView(ProjectDocument* document, QWidget* parent)
    : MapView(document, nullptr, parent) {}

MapView::MapView(ProjectDocument* document, MapComposition* composition, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_composition(composition ? composition : new MapComposition(this)) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    m_pool.setMaxThreadCount(1);
    connect(m_document, &ProjectDocument::projectReplaced, this, [this] {
        m_fitPending = true;
        contentChanged();
        // A hidden view has no final size yet; it fits when it is resized or painted.
        if (isVisible()) fitIfPending();
    });
    connect(m_document, &ProjectDocument::projectChanged, this, [this] { contentChanged(); });
    connect(m_document->selection(), &Selection::changed, this, [this] { update(); });
    connect(m_composition, &MapComposition::changed, this, [this] {
        startRender();
        update();
    });
    connect(m_composition, &MapComposition::basemapChanged, this, &MapView::requestTiles);
    connect(m_composition, &MapComposition::basemapTilesChanged, this, [this] { update(); });
    requestTiles();
}

MapView::~MapView() {
    // The worker posts its result to this object: let it finish first.
    m_pool.waitForDone();
}

QSize MapView::sizeHint() const {
    return {900, 650};
}

const MapTransform& MapView::transform() const {
    return m_transform;
}

void MapView::setTransform(const MapTransform& transform) {
    m_transform = transform;
    m_fitPending = false;
    viewChanged();
}

MapFrame MapView::frame() const {
    return m_composition->frame(m_transform);
}

void MapView::requestTiles() {
    MapBasemap* basemap = m_composition->basemap();
    if (!basemap) return;
    m_tileRatio = devicePixelRatioF();
    basemap->setView(m_transform, m_tileRatio);
}

bool MapView::hasContent() const {
    // Project::bounds() walks every feature: once per change, not at every paint.
    if (m_contentStamp != m_stamp) {
        m_hasContent = !m_document->project().bounds().isEmpty();
        m_contentStamp = m_stamp;
    }
    return m_hasContent;
}

void MapView::setInteraction(MapInteraction* interaction) {
    m_interaction = interaction;
    m_panning = false;
    update();
}

void MapView::contentChanged() {
    ++m_stamp;
    startRender();
    update();
}

void MapView::viewChanged() {
    requestTiles();
    startRender();
    update();
    Q_EMIT transformChanged();
}

void MapView::fitTo(const geo::BoundingBox& box) {
    if (box.isEmpty() || width() <= 0 || height() <= 0) return;
    m_transform = MapTransform::fitting(box, QSizeF(size()), 24.0);
    m_fitPending = false;
    viewChanged();
}

void MapView::fitIfPending() {
    if (!m_fitPending || width() <= 0 || height() <= 0) return;
    const geo::BoundingBox bounds = m_document->project().bounds();
    if (bounds.isEmpty()) return;
    fitTo(bounds);
}

void MapView::zoomToProject() {
    m_fitPending = true;
    fitIfPending();
}

void MapView::zoomToSelection() {
    const project::Project& p = m_document->project();
    geo::BoundingBox box;
    for (const FeatureRef& ref : m_document->selection()->items()) {
        switch (ref.layer) {
            case project::Layer::Facilities:
                if (const auto* f = p.facilities().find(ref.id)) box.extend(f->position);
                break;
            case project::Layer::Compounds:
                if (const auto* c = p.compounds().find(ref.id)) box.extend(geo::boundsOf(c->outline));
                break;
            case project::Layer::Gates:
                if (const auto* g = p.gates().find(ref.id)) box.extend(g->position);
                break;
            case project::Layer::IdleSpaces:
                if (const auto* s = p.idleSpaces().find(ref.id)) box.extend(s->position);
                break;
            default:
                break;
        }
    }
    fitTo(box);
}

void MapView::zoomToStudyArea() {
    const auto& area = m_document->project().studyArea();
    if (area) fitTo(geo::boundsOf(*area));
}

void MapView::zoomIn() {
    fitIfPending();
    m_transform.zoomAt(QPointF(width() / 2.0, height() / 2.0), kZoomStep);
    viewChanged();
}

void MapView::zoomOut() {
    fitIfPending();
    m_transform.zoomAt(QPointF(width() / 2.0, height() / 2.0), 1.0 / kZoomStep);
    viewChanged();
}

void MapView::panBy(QPointF deltaPx) {
    if (!m_transform.isValid()) return;
    m_transform.panByPixels(deltaPx);
    viewChanged();
}

MapView::RenderKey MapView::currentKey() const {
    return {m_transform.center(), m_transform.metresPerPixel(), size(), devicePixelRatioF(),
            m_stamp, m_composition->revision()};
}

bool MapView::isRenderCurrent() const {
    return m_hasImages && m_imageKey == currentKey();
}

bool MapView::waitForRender(int timeoutMs) {
    fitIfPending();
    startRender();
    QElapsedTimer timer;
    timer.start();
    while (!isRenderCurrent() && timer.elapsed() < timeoutMs) {
        m_pool.waitForDone(20);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        startRender();
    }
    return isRenderCurrent();
}

void MapView::startRender() {
    if (m_rendering || !m_transform.isValid() || isRenderCurrent()) return;
    if (width() <= 0 || height() <= 0) return;
    if (!m_snapshot || m_snapshotStamp != m_stamp) {
        // The project is not thread-safe: the worker reads a private copy, taken here.
        m_snapshot = std::make_shared<const project::Project>(m_document->project());
        m_snapshotStamp = m_stamp;
    }
    const RenderKey key = currentKey();
    const BasemapCut cut = cutAtBasemap(*m_composition, m_transform);
    m_rendering = true;
    m_pool.start([this, snapshot = m_snapshot, cut, key, renderer = m_renderer,
                  previous = m_index] {
        QElapsedTimer timer;
        timer.start();
        const std::shared_ptr<const MapFeatureIndex> index =
            MapFeatureIndex::refreshed(previous, *snapshot);
        const QSize pixels(static_cast<int>(std::ceil(key.size.width() * key.pixelRatio)),
                           static_cast<int>(std::ceil(key.size.height() * key.pixelRatio)));
        const auto draw = [&](MapFrame drawn) {
            drawn.index = index;
            QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(key.pixelRatio);
            // Without a background the tiles show through wherever nothing is drawn.
            if (!drawn.paintBackground) image.fill(Qt::transparent);
            {
                QPainter painter(&image);
                renderer.render(painter, *snapshot, drawn);
            }
            return image;
        };
        // With the basemap at the bottom, what lies under it is the background alone.
        const bool under = !cut.tiles || cut.under.layers.toInt() != 0;
        const QImage underImage = under ? draw(cut.under) : QImage();
        const QImage overImage = cut.tiles ? draw(cut.over) : QImage();
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(
            this,
            [this, underImage, overImage, tiles = cut.tiles, key, ms, index] {
                finishRender(underImage, overImage, tiles, key, ms, index);
            },
            Qt::QueuedConnection);
    });
}

void MapView::finishRender(const QImage& under, const QImage& over, bool tiles,
                           const RenderKey& key, qint64 milliseconds,
                           std::shared_ptr<const MapFeatureIndex> index) {
    m_rendering = false;
    m_index = std::move(index);
    m_underImage = under;
    m_overImage = over;
    m_imageTiles = tiles;
    m_imageKey = key;
    m_hasImages = true;
    m_lastRenderMs = milliseconds;
    const project::Project& p = *m_snapshot;
    const auto features = static_cast<qulonglong>(p.streets().size() + p.buildings().size()
                                                  + p.compounds().size() + p.facilities().size()
                                                  + p.gates().size() + p.idleSpaces().size()
                                                  + p.waterAreas().size());
    if (!m_loggedFirstRender) {
        qCInfo(lcMapView, "full map render: %lld ms for %llu features at %dx%d px",
               static_cast<long long>(milliseconds), features, key.size.width(), key.size.height());
        m_loggedFirstRender = true;
    } else {
        qCDebug(lcMapView, "map render: %lld ms", static_cast<long long>(milliseconds));
    }
    Q_EMIT rendered(milliseconds);
    update();
    startRender();  // the view moved on while this one was drawn
}

void MapView::drawCachedImage(QPainter& painter, const QImage& image) const {
    if (image.isNull()) return;
    if (m_imageKey.center == m_transform.center()
        && m_imageKey.metresPerPixel == m_transform.metresPerPixel()) {
        painter.drawImage(QPointF(0.0, 0.0), image);
        return;
    }
    // Place the old image where its extent lies in the current view.
    const MapTransform old(m_imageKey.center, m_imageKey.metresPerPixel, QSizeF(m_imageKey.size));
    const QPointF topLeft = m_transform.mercatorToPixel(old.pixelToMercator(QPointF(0.0, 0.0)));
    const QPointF bottomRight = m_transform.mercatorToPixel(
        old.pixelToMercator(QPointF(m_imageKey.size.width(), m_imageKey.size.height())));
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(topLeft, bottomRight), image);
    painter.restore();
}

void MapView::drawTiles(QPainter& painter) {
    if (!m_composition->isBasemapShown()) return;
    // Moved to a screen with another pixel ratio: tiles of another zoom level are needed.
    if (devicePixelRatioF() != m_tileRatio) requestTiles();
    drawBasemap(painter, *m_composition, m_transform);
}

void MapView::paintEvent(QPaintEvent*) {
    fitIfPending();
    QPainter painter(this);
    painter.fillRect(rect(), m_renderer.style().background);
    if (!hasContent() || !m_transform.isValid()) {
        drawTiles(painter);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         MapViewTr::tr("This project has no map features yet."));
    } else {
        // The order renderComposition draws a page in; the images were cut for the tiles
        // (or drawn whole without them) when they were rendered.
        drawCachedImage(painter, m_underImage);
        if (m_imageTiles) drawTiles(painter);
        drawCachedImage(painter, m_overImage);
        startRender();
    }
    if (!m_transform.isValid()) return;
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawSelection(painter);
    if (m_interaction) {
        painter.save();
        m_interaction->paintOverlay(painter);
        painter.restore();
    }
    drawScaleBar(painter, m_transform, QPointF(12.0, height() - 14.0), font());
}

void MapView::drawSelection(QPainter& painter) const {
    const project::Project& p = m_document->project();
    const QColor halo(kSelectionColour.red(), kSelectionColour.green(), kSelectionColour.blue(), 70);
    for (const FeatureRef& ref : m_document->selection()->items()) {
        std::optional<geo::LonLat> point;
        switch (ref.layer) {
            case project::Layer::Facilities:
                if (const auto* f = p.facilities().find(ref.id)) point = f->position;
                break;
            case project::Layer::Gates:
                if (const auto* g = p.gates().find(ref.id)) point = g->position;
                break;
            case project::Layer::IdleSpaces:
                if (const auto* s = p.idleSpaces().find(ref.id)) {
                    point = s->position;
                    if (s->footprint) {
                        painter.setPen(QPen(kSelectionColour, 2.0));
                        painter.setBrush(halo);
                        painter.drawPolygon(toPixels(s->footprint->outer, m_transform));
                    }
                }
                break;
            case project::Layer::Compounds:
                if (const auto* c = p.compounds().find(ref.id)) {
                    const QPolygonF ring = toPixels(c->outline.outer, m_transform);
                    painter.setPen(QPen(kSelectionColour, 2.5));
                    painter.setBrush(halo);
                    painter.drawPolygon(ring);
                    painter.setPen(QPen(kSelectionColour, 1.0));
                    painter.setBrush(Qt::white);
                    for (const QPointF& v : ring) painter.drawRect(QRectF(v.x() - 3, v.y() - 3, 6, 6));
                }
                break;
            default:
                break;
        }
        if (point) {
            const QPointF c = m_transform.toPixel(*point);
            painter.setPen(QPen(kSelectionColour, 2.5));
            painter.setBrush(halo);
            painter.drawEllipse(c, 9.0, 9.0);
        }
    }
}

std::optional<FeatureRef> MapView::featureAt(QPointF px, double tolerancePx) const {
    if (!m_transform.isValid()) return std::nullopt;
    const project::Project& p = m_document->project();
    auto nearest = [&](const auto& items, project::Layer layer,
                       double radius) -> std::optional<FeatureRef> {
        std::optional<FeatureRef> best;
        double bestDistance = tolerancePx + radius;
        // Later items are drawn on top, so they win ties.
        for (const auto& item : items) {
            const double d = distance(m_transform.toPixel(item.position), px);
            if (d <= bestDistance) {
                bestDistance = d;
                best = FeatureRef{layer, item.id};
            }
        }
        return best;
    };
    const MapLayers layers = m_composition->layers();
    const std::set<std::string>& hiddenCategories = m_composition->hiddenCategories();
    if (m_composition->isLayerShown(MapLayer::Facilities)) {
        // Facilities of hidden categories are not drawn, so they cannot be picked either.
        std::optional<FeatureRef> best;
        double bestDistance = tolerancePx + 4.5;
        for (const project::Facility& f : p.facilities().items()) {
            if (hiddenCategories.count(f.categoryCode)) continue;
            const double d = distance(m_transform.toPixel(f.position), px);
            if (d <= bestDistance) {
                bestDistance = d;
                best = FeatureRef{project::Layer::Facilities, f.id};
            }
        }
        if (best) return best;
    }
    if (layers.testFlag(MapLayer::Gates))
        if (auto hit = nearest(p.gates().items(), project::Layer::Gates, 2.5)) return hit;
    if (layers.testFlag(MapLayer::IdleSpaces)) {
        if (auto hit = nearest(p.idleSpaces().items(), project::Layer::IdleSpaces, 5.0)) return hit;
        const auto& spaces = p.idleSpaces().items();
        for (auto it = spaces.rbegin(); it != spaces.rend(); ++it)
            if (it->footprint
                && toPixels(it->footprint->outer, m_transform).containsPoint(px, Qt::OddEvenFill))
                return FeatureRef{project::Layer::IdleSpaces, it->id};
    }
    if (layers.testFlag(MapLayer::Compounds)) {
        const auto& compounds = p.compounds().items();
        for (auto it = compounds.rbegin(); it != compounds.rend(); ++it) {
            const QPolygonF ring = toPixels(it->outline.outer, m_transform);
            if (ring.size() < 3) continue;
            if (ring.containsPoint(px, Qt::OddEvenFill) || distanceToOutline(px, ring) <= tolerancePx)
                return FeatureRef{project::Layer::Compounds, it->id};
        }
    }
    return std::nullopt;
}

std::vector<FeatureRef> MapView::featuresIn(const QRectF& box) const {
    std::vector<FeatureRef> found;
    if (!m_transform.isValid()) return found;
    const QRectF r = box.normalized();
    const project::Project& p = m_document->project();
    auto points = [&](const auto& items, project::Layer layer) {
        for (const auto& item : items)
            if (r.contains(m_transform.toPixel(item.position))) found.push_back({layer, item.id});
    };
    const MapLayers layers = m_composition->layers();
    if (m_composition->isLayerShown(MapLayer::Facilities))
        for (const project::Facility& f : p.facilities().items())
            if (!m_composition->hiddenCategories().count(f.categoryCode)
                && r.contains(m_transform.toPixel(f.position)))
                found.push_back({project::Layer::Facilities, f.id});
    if (layers.testFlag(MapLayer::Gates)) points(p.gates().items(), project::Layer::Gates);
    if (layers.testFlag(MapLayer::IdleSpaces))
        points(p.idleSpaces().items(), project::Layer::IdleSpaces);
    if (layers.testFlag(MapLayer::Compounds))
        for (const project::Compound& c : p.compounds().items()) {
            const QPolygonF ring = toPixels(c.outline.outer, m_transform);
            if (!ring.isEmpty() && r.contains(ring.boundingRect()))
                found.push_back({project::Layer::Compounds, c.id});
        }
    return found;
}

void MapView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_fitPending) {
        fitIfPending();
    } else {
        m_transform.setViewportSize(QSizeF(size()));
        viewChanged();
    }
}

void MapView::wheelEvent(QWheelEvent* event) {
    fitIfPending();
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0 || !m_transform.isValid()) return;
    m_transform.zoomAt(event->position(), std::pow(kZoomStep, notches));
    viewChanged();
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    const bool panButton = event->button() == Qt::MiddleButton
                           || (event->button() == Qt::LeftButton && m_interaction == nullptr);
    if (panButton) {
        m_panning = true;
        m_lastPanPos = event->position().toPoint();
        event->accept();
        return;
    }
    if (m_interaction && m_transform.isValid()) m_interaction->mousePressed(event);
}

void MapView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        panBy(QPointF(pos - m_lastPanPos));
        m_lastPanPos = pos;
    } else if (m_interaction && m_transform.isValid()) {
        m_interaction->mouseMoved(event);
    }
    if (m_transform.isValid()) {
        const geo::LonLat p = m_transform.toLonLat(event->position());
        Q_EMIT pointerMoved(p.lon, p.lat);
    }
}

void MapView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        event->accept();
        return;
    }
    if (m_interaction && m_transform.isValid()) m_interaction->mouseReleased(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (m_interaction && m_transform.isValid()) {
        m_interaction->mouseDoubleClicked(event);
    } else if (event->button() == Qt::LeftButton && m_transform.isValid()) {
        m_transform.zoomAt(event->position(), 2.0);
        viewChanged();
    }
}

void MapView::keyPressEvent(QKeyEvent* event) {
    if (m_interaction && m_interaction->keyPressed(event)) return;
    const double stepX = width() * kKeyPanFraction;
    const double stepY = height() * kKeyPanFraction;
    switch (event->key()) {
        case Qt::Key_Left: panBy({stepX, 0.0}); break;
        case Qt::Key_Right: panBy({-stepX, 0.0}); break;
        case Qt::Key_Up: panBy({0.0, stepY}); break;
        case Qt::Key_Down: panBy({0.0, -stepY}); break;
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoomIn(); break;
        case Qt::Key_Minus: zoomOut(); break;
        default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void MapView::leaveEvent(QEvent* event) {
    Q_EMIT pointerLeft();
    QWidget::leaveEvent(event);
}

void MapView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) update();
    QWidget::changeEvent(event);
}

}  // namespace yike::ui
