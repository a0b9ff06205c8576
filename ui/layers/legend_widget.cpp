// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/legend_widget.h"

#include <cmath>

#include <QEvent>
#include <QPainter>

#include "ui/document/project_document.h"
#include "ui/layers/tr.h"
#include "ui/render/map_composition.h"

namespace yike::ui {
namespace {
constexpr int kMargin = 6;
}

LegendWidget::LegendWidget(MapComposition* composition, ProjectDocument* document,
                           QWidget* parent)
    : QWidget(parent), m_composition(composition), m_document(document) {
    setObjectName(QStringLiteral("legend"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(m_composition, &MapComposition::changed, this, &LegendWidget::refresh);
    connect(m_document, &ProjectDocument::projectReplaced, this, &LegendWidget::refresh);
    connect(m_document, &ProjectDocument::projectChanged, this, &LegendWidget::refresh);
    refresh();
}

void LegendWidget::setTransform(const MapTransform& transform) {
    // A view pans and zooms all the time; the rows change only where the scale hides a layer.
    const bool same = sameLegendAt(transform, m_transform);
    m_transform = transform;
    if (!same) refresh();
}

void LegendWidget::refresh() {
    m_style.font = font();
    m_style.text = palette().color(QPalette::Text);
    m_rows = legendRows(m_document->project(), m_composition->frame(m_transform));
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
