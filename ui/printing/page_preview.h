// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QImage>
#include <QWidget>

#include "ui/print/page_layout.h"

namespace yike::ui {

class GuideMapPage;

/**
 * The print preview of a guide map page, and its layout editor: the page drawn to fit the
 * widget, exactly as it prints (GuideMapPage::paint), with the frames outlined. Dragging a
 * frame moves it; dragging its lower-right handle resizes it; the arrow keys move the
 * selected frame by a millimetre (ten with Shift). Every finished edit is reported once by
 * layoutEdited() with the new layout; the owner rebuilds the page and calls setPage().
 */
class PagePreview : public QWidget {
    Q_OBJECT

public:
    explicit PagePreview(QWidget* parent = nullptr);

    /// The page to show (null: none); not owned, must stay valid until the next call.
    void setPage(const GuideMapPage* page);
    /// The frame selected for editing, by its index in the layout; -1 for none.
    int selectedFrame() const { return m_selected; }
    void setSelectedFrame(int index);

    /// Widget pixels per page millimetre at the current size.
    double pixelsPerMm() const;
    /// The widget point showing a page point (millimetres), and back.
    QPointF toWidget(QPointF mm) const;
    QPointF toPage(QPointF px) const;

    QSize sizeHint() const override { return {520, 700}; }

Q_SIGNALS:
    void layoutEdited(const yike::ui::PageLayout& layout);
    void selectedFrameChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum class Drag { None, Move, Resize };
    /// The frame under a widget point: the smallest visible one containing it.
    int frameAt(QPointF px) const;
    QRectF handleRect(const QRectF& frameMm) const;
    QRectF pageRectPx() const;
    void renderPage();
    void finishEdit();

    const GuideMapPage* m_page = nullptr;
    PageLayout m_layout;  // as edited, shown while dragging
    QImage m_image;       // the page at widget resolution
    int m_selected = -1;
    Drag m_drag = Drag::None;
    QPointF m_pressMm;
    QRectF m_startRect;
    bool m_moved = false;
};

}  // namespace yike::ui
