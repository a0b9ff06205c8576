// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/legend_widget.h"

#include <cmath>

#include <QEvent>
#include <QPainter>

#include "ui/document/project_document.h"
#include "ui/layers/tr.h"
#include "ui/mapview/map_view.h"

namespace yike::ui {
namespace {
constexpr int kMargin = 6;
}

LegendWidget::LegendWidget(MapView* view, QWidget* parent) : QWidget(parent), m_view(view) {
    setObjectName(QStringLiteral("legend"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(m_view, &MapView::layersChanged, this, &LegendWidget::refresh);
    connect(m_view->document(), &ProjectDocument::projectReplaced, this, &LegendWidget::refresh);
    connect(m_view->document(), &ProjectDocument::projectChanged, this, &LegendWidget::refresh);
    refresh();
}

void LegendWidget::refresh() {
    m_style.font = font();
    m_style.text = palette().color(QPalette::Text);
    m_rows = legendRows(m_view->document()->project(), m_view->frame());
    const QSizeF size = legendSize(m_rows, m_style, this);
    setMinimumSize(static_cast<int>(std::ceil(size.width())) + 2 * kMargin,
                   static_cast<int>(std::ceil(size.height())) + 2 * kMargin);
    updateGeometry();
    update();
    Q_EMIT changed();
}

QSize LegendWidget::sizeHint() const {
    return minimumSize().expandedTo(QSize(200, 120));
}

void LegendWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_rows.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         LayersTr::tr("The map shows nothing yet."));
        return;
    }
    drawLegend(painter, QPointF(kMargin, kMargin), m_rows, m_renderer, m_style);
}

void LegendWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

}  // namespace yike::ui
