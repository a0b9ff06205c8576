// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_labels.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QTransform>

namespace yike::ui {
namespace {

constexpr double kMaxBendDeg = 30.0;  // between neighbouring characters along a line
// Characters may lean past vertical a little on a bend, never further: beyond this they read
// upside down.
constexpr double kMaxUprightDeg = 95.0;
constexpr double kLinePaddingPx = 8.0;

double degrees(double radians) {
    return radians * 180.0 / std::numbers::pi;
}

double angleDifference(double a, double b) {
    double d = std::fmod(std::abs(a - b), 360.0);
    return d > 180.0 ? 360.0 - d : d;
}

/// Splits text into user-perceived characters (code points; surrogate pairs stay whole).
QStringList characters(const QString& text) {
    QStringList out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            out.append(text.mid(i, 2));
            ++i;
        } else {
            out.append(QString(text.at(i)));
        }
    }
    return out;
}

/// A polyline measured by arc length.
class MeasuredLine {
public:
    explicit MeasuredLine(const QPolygonF& line) : m_line(line) {
        m_length.reserve(static_cast<std::size_t>(line.size()));
        double total = 0.0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i > 0) {
                const QPointF d = line.at(i) - line.at(i - 1);
                total += std::hypot(d.x(), d.y());
            }
            m_length.push_back(total);
        }
    }
    double length() const { return m_length.empty() ? 0.0 : m_length.back(); }
    /// The point at arc length s and the direction (degrees) of the segment there.
    std::pair<QPointF, double> at(double s) const {
        const auto it = std::lower_bound(m_length.begin(), m_length.end(), s);
        std::size_t i = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(
            it - m_length.begin(), 1, static_cast<std::ptrdiff_t>(m_length.size()) - 1));
        // Skip zero-length segments.
        while (i + 1 < m_length.size() && m_length[i] - m_length[i - 1] <= 1e-9) ++i;
        const QPointF a = m_line.at(static_cast<qsizetype>(i - 1));
        const QPointF b = m_line.at(static_cast<qsizetype>(i));
        const double segment = m_length[i] - m_length[i - 1];
        const double t =
            segment > 0.0 ? std::clamp((s - m_length[i - 1]) / segment, 0.0, 1.0) : 0.0;
        return {a + t * (b - a), degrees(std::atan2(b.y() - a.y(), b.x() - a.x()))};
    }

private:
    QPolygonF m_line;
    std::vector<double> m_length;
};

/// The axis-aligned box of a w × h rectangle centred on `centre` and turned by `angleDeg`.
QRectF rotatedBox(QPointF centre, double w, double h, double angleDeg) {
    const double a = angleDeg * std::numbers::pi / 180.0;
    const double c = std::abs(std::cos(a));
    const double s = std::abs(std::sin(a));
    const double bw = w * c + h * s;
    const double bh = w * s + h * c;
    return {centre.x() - bw / 2.0, centre.y() - bh / 2.0, bw, bh};
}

}  // namespace

std::vector<QPolygonF> clipPolyline(const QPolygonF& line, const QRectF& rect) {
    std::vector<QPolygonF> parts;
    QPolygonF current;
    auto flush = [&] {
        if (current.size() >= 2) parts.push_back(current);
        current.clear();
    };
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line.at(i - 1);
        const QPointF b = line.at(i);
        const QPointF d = b - a;
        double t0 = 0.0;
        double t1 = 1.0;
        bool inside = true;
        const double p[4] = {-d.x(), d.x(), -d.y(), d.y()};
        const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                             rect.bottom() - a.y()};
        for (int k = 0; k < 4 && inside; ++k) {
            if (p[k] == 0.0) {
                inside = q[k] >= 0.0;
            } else {
                const double t = q[k] / p[k];
                if (p[k] < 0.0)
                    t0 = std::max(t0, t);
                else
                    t1 = std::min(t1, t);
                inside = t0 <= t1;
            }
        }
        if (!inside) {
            flush();
            continue;
        }
        const QPointF from = a + t0 * d;
        const QPointF to = a + t1 * d;
        if (current.isEmpty() || current.constLast() != from) {
            flush();
            current.append(from);
        }
        current.append(to);
        if (t1 < 1.0) flush();  // the line leaves the rectangle here
    }
    flush();
    return parts;
}

// ---- LabelCollisionGrid -------------------------------------------------------------------

LabelCollisionGrid::LabelCollisionGrid(const QRectF& bounds, double cellPx)
    : m_bounds(bounds), m_cell(std::max(cellPx, 8.0)) {
    m_columns = std::max(1, static_cast<int>(std::ceil(bounds.width() / m_cell)));
    m_rows = std::max(1, static_cast<int>(std::ceil(bounds.height() / m_cell)));
    m_cells.resize(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows));
}

template <typename Visit>
void LabelCollisionGrid::forCells(const QRectF& box, Visit&& visit) const {
    const auto column = [this](double x) {
        return std::clamp(static_cast<int>(std::floor((x - m_bounds.left()) / m_cell)), 0,
                          m_columns - 1);
    };
    const auto row = [this](double y) {
        return std::clamp(static_cast<int>(std::floor((y - m_bounds.top()) / m_cell)), 0,
                          m_rows - 1);
    };
    for (int r = row(box.top()); r <= row(box.bottom()); ++r)
        for (int c = column(box.left()); c <= column(box.right()); ++c)
            if (!visit(static_cast<std::size_t>(r) * static_cast<std::size_t>(m_columns)
                       + static_cast<std::size_t>(c)))
                return;
}

bool LabelCollisionGrid::isFree(const QRectF& box) const {
    bool free = true;
    forCells(box, [&](std::size_t cell) {
        for (const QRectF& taken : m_cells[cell])
            if (taken.intersects(box)) {
                free = false;
                return false;
            }
        return true;
    });
    return free;
}

void LabelCollisionGrid::add(const QRectF& box) {
    forCells(box, [&](std::size_t cell) {
        m_cells[cell].push_back(box);
        return true;
    });
}

// ---- LabelPainter -------------------------------------------------------------------------

LabelPainter::LabelPainter(QPainter& painter, const QRectF& viewport)
    : m_painter(painter), m_viewport(viewport), m_grid(viewport) {}

void LabelPainter::addObstacle(const QRectF& box) {
    m_grid.add(box);
}

bool LabelPainter::nearSameText(const QString& text, QPointF at, double distance) const {
    const auto it = m_anchors.constFind(text);
    if (it == m_anchors.constEnd()) return false;
    for (const QPointF& p : *it)
        if (std::hypot(p.x() - at.x(), p.y() - at.y()) < distance) return true;
    return false;
}

bool LabelPainter::placeAlongLine(const QString& text, const QPolygonF& line,
                                  const LabelStyle& style, double repeatDistancePx) {
    if (text.isEmpty() || line.size() < 2) return false;
    const QFontMetricsF metrics(style.font, m_painter.device());
    const QStringList chars = characters(text);
    std::vector<double> advances;
    double width = 0.0;
    for (const QString& ch : chars) {
        advances.push_back(metrics.horizontalAdvance(ch));
        width += advances.back();
    }
    MeasuredLine forward(line);
    const double length = forward.length();
    if (length < width + 2.0 * kLinePaddingPx) return false;

    QPolygonF reversedLine(line.rbegin(), line.rend());
    const MeasuredLine backward(reversedLine);
    for (double fraction : {0.5, 0.25, 0.75}) {
        double start = length * fraction - width / 2.0;
        if (start < kLinePaddingPx || start + width > length - kLinePaddingPx) continue;
        // Read left to right: when the span runs leftwards, walk the line backwards.
        const MeasuredLine* measured = &forward;
        if (forward.at(start + width).first.x() < forward.at(start).first.x()) {
            measured = &backward;
            start = length - start - width;
        }
        std::vector<Glyph> glyphs;
        glyphs.reserve(static_cast<std::size_t>(chars.size()));
        double s = start;
        bool smooth = true;
        for (qsizetype i = 0; i < chars.size(); ++i) {
            const double advance = advances[static_cast<std::size_t>(i)];
            const auto [point, angle] = measured->at(s + advance / 2.0);
            if (std::abs(angle) > kMaxUprightDeg
                || (!glyphs.empty()
                    && angleDifference(angle, glyphs.back().angleDeg) > kMaxBendDeg)) {
                smooth = false;
                break;
            }
            glyphs.push_back({chars.at(i), point, angle, advance});
            s += advance;
        }
        if (!smooth) continue;
        const QPointF middle = measured->at(start + width / 2.0).first;
        if (nearSameText(text, middle, repeatDistancePx)) return false;
        if (tryPlace(text, glyphs, style)) {
            m_anchors[text].push_back(middle);
            return true;
        }
    }
    return false;
}

bool LabelPainter::placeAt(const QString& text, QPointF centre, const LabelStyle& style) {
    if (text.isEmpty()) return false;
    const QFontMetricsF metrics(style.font, m_painter.device());
    const QStringList chars = characters(text);
    double width = 0.0;
    std::vector<double> advances;
    for (const QString& ch : chars) {
        advances.push_back(metrics.horizontalAdvance(ch));
        width += advances.back();
    }
    std::vector<Glyph> glyphs;
    double x = centre.x() - width / 2.0;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const double advance = advances[static_cast<std::size_t>(i)];
        glyphs.push_back({chars.at(i), QPointF(x + advance / 2.0, centre.y()), 0.0, advance});
        x += advance;
    }
    return tryPlace(text, glyphs, style);
}

bool LabelPainter::placeBeside(const QString& text, QPointF anchor, double symbolRadiusPx,
                               const LabelStyle& style) {
    if (text.isEmpty()) return false;
    const QFontMetricsF metrics(style.font, m_painter.device());
    const double width = metrics.horizontalAdvance(text);
    const double gap = symbolRadiusPx + 3.0;
    return placeAt(text, QPointF(anchor.x() + gap + width / 2.0, anchor.y()), style)
           || placeAt(text, QPointF(anchor.x() - gap - width / 2.0, anchor.y()), style);
}

bool LabelPainter::tryPlace(const QString& text, const std::vector<Glyph>& glyphs,
                            const LabelStyle& style) {
    const QFontMetricsF metrics(style.font, m_painter.device());
    const double height = metrics.ascent() + metrics.descent();
    PlacedLabel label;
    label.text = text;
    for (const Glyph& g : glyphs) {
        const QRectF box = rotatedBox(g.centre, g.advance, height, g.angleDeg);
        if (!m_viewport.contains(box) || !m_grid.isFree(box)) return false;
        label.boxes.push_back(box);
        label.anglesDeg.push_back(g.angleDeg);
    }
    // A little air around the whole label, so neighbours do not touch.
    for (const QRectF& box : label.boxes) m_grid.add(box.adjusted(-2.0, -2.0, 2.0, 2.0));

    QPainterPath path;
    const double baseline = (metrics.ascent() - metrics.descent()) / 2.0;
    for (const Glyph& g : glyphs) {
        QPainterPath glyph;
        glyph.addText(-g.advance / 2.0, baseline, style.font, g.text);
        QTransform placement;
        placement.translate(g.centre.x(), g.centre.y());
        placement.rotate(g.angleDeg);
        path.addPath(placement.map(glyph));
    }
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    if (style.halo.alpha() > 0 && style.haloPx > 0.0)
        m_painter.strokePath(
            path, QPen(style.halo, 2.0 * style.haloPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_painter.fillPath(path, style.text);
    m_painter.restore();
    m_placed.push_back(std::move(label));
    return true;
}

}  // namespace yike::ui
