// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/page_preview.h"

#include <algorithm>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "ui/print/guide_map_page.h"

namespace yike::ui {
namespace {

constexpr double kMarginPx = 12.0;
constexpr double kHandleMm = 4.0;
constexpr double kMinFrameMm = 5.0;

}  // namespace

PagePreview::PagePreview(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(240, 240);
    setObjectName(QStringLiteral("pagePreview"));
}

void PagePreview::setPage(const GuideMapPage* page) {
    m_page = page;
    if (page) m_layout = page->layout();
    if (m_selected >= int(m_layout.frames.size())) m_selected = -1;
    renderPage();
    update();
}

void PagePreview::setSelectedFrame(int index) {
    if (index < -1 || index >= int(m_layout.frames.size())) index = -1;
    if (index == m_selected) return;
    m_selected = index;
    update();
    Q_EMIT selectedFrameChanged(index);
}

QRectF PagePreview::pageRectPx() const {
    if (!m_page) return {};
    const QSizeF mm = m_layout.pageSizeMm();
    const double scale = std::min((width() - 2 * kMarginPx) / mm.width(),
                                  (height() - 2 * kMarginPx) / mm.height());
    const QSizeF size = mm * std::max(scale, 0.01);
    return {QPointF((width() - size.width()) / 2.0, (height() - size.height()) / 2.0), size};
}

double PagePreview::pixelsPerMm() const {
    return m_page ? pageRectPx().width() / m_layout.pageSizeMm().width() : 0.0;
}

QPointF PagePreview::toWidget(QPointF mm) const {
    return pageRectPx().topLeft() + mm * pixelsPerMm();
}

QPointF PagePreview::toPage(QPointF px) const {
    const double s = pixelsPerMm();
    return s > 0.0 ? (px - pageRectPx().topLeft()) / s : QPointF();
}

void PagePreview::renderPage() {
    if (!m_page) {
        m_image = QImage();
        return;
    }
    const QRectF r = pageRectPx();
    const double dpr = devicePixelRatioF();
    m_image = QImage((r.size() * dpr).toSize(), QImage::Format_RGB32);
    if (m_image.isNull()) return;
    m_image.fill(Qt::white);
    QPainter painter(&m_image);
    m_page->paint(painter, r.width() * dpr / m_layout.pageSizeMm().width());
    painter.end();
    m_image.setDevicePixelRatio(dpr);
}

void PagePreview::resizeEvent(QResizeEvent*) { renderPage(); }

QRectF PagePreview::handleRect(const QRectF& frameMm) const {
    const QPointF corner = toWidget(frameMm.bottomRight());
    const double h = std::max(8.0, kHandleMm * pixelsPerMm());
    return {corner - QPointF(h, h), QSizeF(h, h)};
}

void PagePreview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    if (!m_page) return;
    const QRectF page = pageRectPx();
    p.fillRect(page.translated(3, 3), QColor(0, 0, 0, 60));
    p.drawImage(page, m_image);
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < int(m_layout.frames.size()); ++i) {
        const PageFrame& f = m_layout.frames[std::size_t(i)];
        const QRectF r(toWidget(f.rectMm.topLeft()), f.rectMm.size() * pixelsPerMm());
        if (i == m_selected) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
            p.setBrush(palette().color(QPalette::Highlight));
            p.drawRect(handleRect(f.rectMm));
        } else if (f.visible) {
            p.setPen(QPen(QColor(0x30, 0x80, 0xd0, 110), 1.0, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
        }
    }
}

int PagePreview::frameAt(QPointF px) const {
    const QPointF mm = toPage(px);
    int best = -1;
    double bestArea = 0.0;
    for (int i = 0; i < int(m_layout.frames.size()); ++i) {
        const PageFrame& f = m_layout.frames[std::size_t(i)];
        if (!f.visible || !f.rectMm.contains(mm)) continue;
        const double area = f.rectMm.width() * f.rectMm.height();
        if (best < 0 || area < bestArea) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

void PagePreview::mousePressEvent(QMouseEvent* event) {
    if (!m_page || event->button() != Qt::LeftButton) return;
    const QPointF px = event->position();
    // The selected frame's handle first: it may lie over a smaller frame.
    if (m_selected >= 0
        && handleRect(m_layout.frames[std::size_t(m_selected)].rectMm).contains(px)) {
        m_drag = Drag::Resize;
    } else {
        setSelectedFrame(frameAt(px));
        m_drag = m_selected >= 0 ? Drag::Move : Drag::None;
    }
    if (m_selected >= 0) m_startRect = m_layout.frames[std::size_t(m_selected)].rectMm;
    m_pressMm = toPage(px);
    m_moved = false;
}

void PagePreview::mouseMoveEvent(QMouseEvent* event) {
    const QPointF px = event->position();
    if (m_drag == Drag::None || m_selected < 0) {
        const bool onHandle =
            m_selected >= 0 && handleRect(m_layout.frames[std::size_t(m_selected)].rectMm).contains(px);
        setCursor(onHandle ? Qt::SizeFDiagCursor
                           : (frameAt(px) >= 0 ? Qt::SizeAllCursor : Qt::ArrowCursor));
        return;
    }
    const QPointF d = toPage(px) - m_pressMm;
    const QRectF pageMm(QPointF(0, 0), m_layout.pageSizeMm());
    QRectF r = m_startRect;
    if (m_drag == Drag::Move) {
        r.translate(d);
        // Kept on the paper.
        r.moveLeft(std::clamp(r.left(), 0.0, pageMm.width() - r.width()));
        r.moveTop(std::clamp(r.top(), 0.0, pageMm.height() - r.height()));
    } else {
        r.setWidth(std::clamp(m_startRect.width() + d.x(), kMinFrameMm, pageMm.right() - r.left()));
        r.setHeight(std::clamp(m_startRect.height() + d.y(), kMinFrameMm, pageMm.bottom() - r.top()));
    }
    m_layout.frames[std::size_t(m_selected)].rectMm = r;
    m_moved = true;
    update();
}

void PagePreview::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    m_drag = Drag::None;
    if (m_moved) finishEdit();
    m_moved = false;
}

void PagePreview::keyPressEvent(QKeyEvent* event) {
    if (m_selected < 0 || !m_page) {
        QWidget::keyPressEvent(event);
        return;
    }
    const double step = event->modifiers().testFlag(Qt::ShiftModifier) ? 10.0 : 1.0;
    QPointF d;
    switch (event->key()) {
    case Qt::Key_Left: d = {-step, 0}; break;
    case Qt::Key_Right: d = {step, 0}; break;
    case Qt::Key_Up: d = {0, -step}; break;
    case Qt::Key_Down: d = {0, step}; break;
    case Qt::Key_Escape: setSelectedFrame(-1); return;
    default: QWidget::keyPressEvent(event); return;
    }
    const QRectF pageMm(QPointF(0, 0), m_layout.pageSizeMm());
    QRectF r = m_layout.frames[std::size_t(m_selected)].rectMm.translated(d);
    r.moveLeft(std::clamp(r.left(), 0.0, pageMm.width() - r.width()));
    r.moveTop(std::clamp(r.top(), 0.0, pageMm.height() - r.height()));
    m_layout.frames[std::size_t(m_selected)].rectMm = r;
    finishEdit();
}

void PagePreview::finishEdit() {
    update();
    Q_EMIT layoutEdited(m_layout);
}

}  // namespace yike::ui
