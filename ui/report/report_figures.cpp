// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_figures.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include "ui/render/composition_render.h"
#include "ui/render/highlight_layer.h"
#include "ui/render/map_composition.h"
#include "ui/render/map_renderer.h"
#include "ui/render/scale_bar.h"
#include "ui/report/report_text.h"
#include "ui/report/tr.h"

namespace yike::ui {
namespace {

/// Device units per millimetre of the painter's device.
double unitsPerMm(const QPainter& painter) {
    return (painter.device() ? painter.device()->logicalDpiY() : 96.0) / 25.4;
}

// The highlight's colour (ui/render/highlight_layer.cpp), for the key.
const QColor kHighlightColor(0xc0, 0x1f, 0xb8);

/// Keeps the points of `line[first..last]` that lie farther than `tolerance` from the chord
/// between the points kept around them (Douglas-Peucker).
void keepFarPoints(const QPolygonF& line, int first, int last, double tolerance,
                   std::vector<bool>& keep) {
    if (last <= first + 1) return;
    const QPointF a = line[first];
    const QPointF d = line[last] - a;
    const double length = std::hypot(d.x(), d.y());
    int farthest = -1;
    double distance = tolerance;
    for (int i = first + 1; i < last; ++i) {
        const QPointF v = line[i] - a;
        const double off = length > 0.0 ? std::abs(d.x() * v.y() - d.y() * v.x()) / length
                                        : std::hypot(v.x(), v.y());
        if (off > distance) {
            distance = off;
            farthest = i;
        }
    }
    if (farthest < 0) return;
    keep[std::size_t(farthest)] = true;
    keepFarPoints(line, first, farthest, tolerance, keep);
    keepFarPoints(line, farthest, last, tolerance, keep);
}

/// A polygon with its holes as a path in the transform's pixels, without the detail finer
/// than `tolerance` pixels (walk areas are traced along a fine grid: a page needs less).
QPainterPath polygonPath(const geo::Polygon& polygon, const MapTransform& transform,
                         double tolerance) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const auto addRing = [&](const std::vector<geo::LonLat>& ring) {
        if (ring.size() < 3) return;
        QPolygonF points;
        points.reserve(qsizetype(ring.size()) + 1);
        for (const geo::LonLat& p : ring) points << transform.toPixel(p);
        points << points.front();
        std::vector<bool> keep(std::size_t(points.size()), false);
        keep.front() = keep.back() = true;
        keepFarPoints(points, 0, int(points.size()) - 1, tolerance, keep);
        QPolygonF kept;
        for (qsizetype i = 0; i < points.size(); ++i)
            if (keep[std::size_t(i)]) kept << points[i];
        if (kept.size() >= 4) path.addPolygon(kept);
    };
    addRing(polygon.outer);
    for (const auto& hole : polygon.holes) addRing(hole);
    return path;
}

}  // namespace

MapFigure::MapFigure(const project::Project& project, const geo::BoundingBox& extent)
    : m_project(project), m_extent(extent) {}

void MapFigure::setHighlight(std::shared_ptr<const MapHighlight> highlight) {
    m_highlight = std::move(highlight);
}

void MapFigure::addOverlay(MapOverlay overlay) {
    m_overlays.push_back(std::move(overlay));
}

void MapFigure::addNumber(geo::LonLat at, int number) {
    m_numbers.emplace_back(at, number);
}

void MapFigure::addKeyEntry(MapKeyEntry entry) {
    m_key.push_back(std::move(entry));
}

QString MapFigure::credit() const {
    return MapRenderer::attributionText(m_project);
}

void MapFigure::draw(QPainter& painter, const QRectF& rect) const {
    const double u = unitsPerMm(painter);
    // Symbols a little smaller than on screen: a page shows a district at a glance.
    const double symbolScale = u * 25.4 / 96.0 * 0.8;
    const MapTransform transform = MapTransform::fitting(m_extent, rect.size(), 0.0);
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    {
        MapComposition composition;
        // The credit goes to the footer, in the report's type.
        composition.setLayerVisible(MapLayer::Attribution, false);
        composition.setHighlight(m_highlight);
        renderComposition(painter, m_project, composition, transform, rect.topLeft(), symbolScale);
    }
    painter.translate(rect.topLeft());
    for (const MapOverlay& overlay : m_overlays) {
        QColor fill = overlay.color;
        fill.setAlpha(22);
        QPen pen(overlay.color, 0.35 * u, overlay.dashed ? Qt::DashLine : Qt::SolidLine);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(fill);
        for (const geo::Polygon& polygon : overlay.polygons)
            painter.drawPath(polygonPath(polygon, transform, 0.25 * u));
    }
    const QFont numberFont = reportFont(7.0, true);
    painter.setFont(numberFont);
    for (const auto& [at, number] : m_numbers) {
        // Beside the highlight's ring (radius 14 px times the symbol scale).
        const QPointF centre = transform.toPixel(at) + QPointF(12.0, -12.0) * symbolScale;
        const double r = 2.1 * u;
        painter.setPen(QPen(Qt::white, 0.3 * u));
        painter.setBrush(reportColors::kAccent);
        painter.drawEllipse(centre, r, r);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                         QString::number(number));
    }
    painter.translate(-rect.topLeft());

    if (!m_key.empty()) {
        const QFont font = reportFont(7.0);
        const QFontMetricsF metrics(font, painter.device());
        const double pad = 1.8 * u;
        const double swatch = 5.0 * u;
        const double row = std::max(metrics.height(), 3.2 * u) + 0.8 * u;
        double textWidth = 0.0;
        for (const MapKeyEntry& e : m_key)
            textWidth = std::max(textWidth, metrics.horizontalAdvance(e.text));
        const QRectF box(rect.left() + 2.5 * u, rect.top() + 2.5 * u,
                         std::min(2 * pad + swatch + 1.5 * u + textWidth, rect.width() - 5.0 * u),
                         2 * pad + row * double(m_key.size()) - 0.8 * u);
        painter.setPen(QPen(reportColors::kRule, 0.2 * u));
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRect(box);
        painter.setFont(font);
        double y = box.top() + pad;
        for (const MapKeyEntry& e : m_key) {
            const QRectF sample(box.left() + pad, y + (row - 0.8 * u - 3.0 * u) / 2.0, swatch,
                                3.0 * u);
            QColor fill = e.color;
            switch (e.swatch) {
                case MapKeyEntry::Swatch::Area:
                case MapKeyEntry::Swatch::DashedArea:
                    fill.setAlpha(40);
                    painter.setPen(QPen(e.color, 0.45 * u,
                                        e.swatch == MapKeyEntry::Swatch::DashedArea
                                            ? Qt::DashLine
                                            : Qt::SolidLine));
                    painter.setBrush(fill);
                    painter.drawRect(sample);
                    break;
                case MapKeyEntry::Swatch::Highlight:
                    fill.setAlpha(110);
                    painter.setPen(QPen(e.color, 0.4 * u));
                    painter.setBrush(fill);
                    painter.drawRect(sample.adjusted(1.0 * u, 0.0, -1.0 * u, 0.0));
                    break;
                case MapKeyEntry::Swatch::Ring:
                    painter.setPen(QPen(e.color, 0.5 * u));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawEllipse(sample.center(), 1.4 * u, 1.4 * u);
                    break;
            }
            painter.setPen(reportColors::kText);
            painter.drawText(
                QRectF(sample.right() + 1.5 * u, y, textWidth + 1.0 * u, row - 0.8 * u),
                Qt::AlignLeft | Qt::AlignVCenter, e.text);
            y += row;
        }
    }
    drawScaleBar(painter, transform, QPointF(rect.left() + 6.0 * u, rect.bottom() - 4.0 * u),
                 reportFont(6.5), symbolScale);
    painter.restore();
    painter.setPen(QPen(reportColors::kMuted, 0.25 * u));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

double CoverageChart::heightMm(std::size_t rows) {
    return 12.0 + 9.5 * double(rows);
}

void CoverageChart::draw(QPainter& painter, const QRectF& rect) const {
    const double u = unitsPerMm(painter);
    const double labelWidth = 40.0 * u;
    const double valueWidth = 26.0 * u;
    const double barLeft = rect.left() + labelWidth;
    const double barWidth = rect.width() - labelWidth - valueWidth - 2.0 * u;
    const double barHeight = 2.0 * u;
    const double barGap = 0.5 * u;
    const double rowHeight = 9.5 * u;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);

    // The key: before, and after for each group.
    const QFont keyFont = reportFont(7.0);
    const QFontMetricsF keyMetrics(keyFont, painter.device());
    painter.setFont(keyFont);
    double x = rect.left();
    const double keyY = rect.top();
    const auto keyItem = [&](const QColor& color, const QString& text) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRect(QRectF(x, keyY + 0.8 * u, 4.0 * u, 2.4 * u));
        painter.setPen(reportColors::kText);
        painter.drawText(QPointF(x + 5.0 * u, keyY + 3.0 * u), text);
        x += 5.0 * u + keyMetrics.horizontalAdvance(text) + 4.0 * u;
    };
    keyItem(reportColors::kBefore, ReportTr::tr("Before"));
    keyItem(reportColors::kCohort[0], ReportTr::tr("Added: all residents"));
    keyItem(reportColors::kCohort[1], ReportTr::tr("Added: aged 60+"));
    keyItem(reportColors::kCohort[2], ReportTr::tr("Added: aged 0–14"));

    // The scale: 0, 25, 50, 75, 100 %.
    const double top = rect.top() + 9.0 * u;
    const double bottom = top + rowHeight * double(m_rows.size());
    const QFont small = reportFont(6.5);
    painter.setFont(small);
    for (int i = 0; i <= 4; ++i) {
        const double gx = barLeft + barWidth * i / 4.0;
        painter.setPen(QPen(reportColors::kRule, 0.15 * u, i == 0 ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(QPointF(gx, top - 0.5 * u), QPointF(gx, bottom));
        painter.setPen(reportColors::kMuted);
        painter.drawText(QRectF(gx - 8.0 * u, top - 4.0 * u, 16.0 * u, 3.0 * u), Qt::AlignCenter,
                         percentText(0.25 * i));
    }

    const QFont labelFont = reportFont(7.5);
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const CoverageBars& row = m_rows[r];
        const double y = top + rowHeight * double(r) + 0.6 * u;
        const double groupHeight = 3.0 * barHeight + 2.0 * barGap;
        painter.setFont(labelFont);
        painter.setPen(reportColors::kText);
        painter.drawText(
            QRectF(rect.left(), y - 1.0 * u, labelWidth - 2.0 * u, groupHeight + 2.0 * u),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, row.label);
        painter.setFont(small);
        for (std::size_t g = 0; g < 3; ++g) {
            const double by = y + double(g) * (barHeight + barGap);
            const double before = std::clamp(row.before[g], 0.0, 1.0);
            const double after = std::clamp(row.after[g], before, 1.0);
            painter.setPen(Qt::NoPen);
            painter.setBrush(reportColors::kBefore);
            painter.drawRect(QRectF(barLeft, by, barWidth * before, barHeight));
            painter.setBrush(reportColors::kCohort[g]);
            painter.drawRect(
                QRectF(barLeft + barWidth * before, by, barWidth * (after - before), barHeight));
            painter.setPen(reportColors::kText);
            painter.drawText(
                QRectF(rect.right() - valueWidth, by - 0.6 * u, valueWidth, barHeight + 1.2 * u),
                Qt::AlignRight | Qt::AlignVCenter,
                ReportTr::tr("%1 → %2").arg(percentText(before), percentText(after)));
        }
        if (r + 1 < m_rows.size()) {
            painter.setPen(QPen(reportColors::kRule, 0.1 * u));
            const double ly = top + rowHeight * double(r + 1) - 0.9 * u;
            painter.drawLine(QPointF(rect.left(), ly), QPointF(rect.right(), ly));
        }
    }
    painter.restore();
}

void KeyFigures::draw(QPainter& painter, const QRectF& rect) const {
    if (m_items.empty()) return;
    const double u = unitsPerMm(painter);
    const double gap = 3.0 * u;
    const double width = (rect.width() - gap * double(m_items.size() - 1)) / double(m_items.size());
    painter.save();
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const QRectF box(rect.left() + double(i) * (width + gap), rect.top(), width, rect.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(reportColors::kHeaderFill);
        painter.drawRect(box);
        painter.setBrush(reportColors::kAccent);
        painter.drawRect(QRectF(box.left(), box.top(), 1.2 * u, box.height()));
        const QRectF inner = box.adjusted(4.0 * u, 2.5 * u, -2.5 * u, -2.5 * u);
        painter.setPen(reportColors::kAccent);
        painter.setFont(reportFont(17.0, true));
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.55),
                         Qt::AlignLeft | Qt::AlignVCenter, m_items[i].value);
        painter.setPen(reportColors::kText);
        painter.setFont(reportFont(7.5));
        painter.drawText(QRectF(inner.left(), inner.top() + inner.height() * 0.55, inner.width(),
                                inner.height() * 0.45),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_items[i].label);
    }
    painter.restore();
}

}  // namespace yike::ui
