// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QPainter;

namespace yike::ui {

/**
 * The boxes already taken on the map (labels, and symbols labels must not hide), in a grid of
 * square cells so that a test looks only at the few boxes near it.
 */
class LabelCollisionGrid {
public:
    explicit LabelCollisionGrid(const QRectF& bounds, double cellPx = 64.0);

    /// Whether `box` overlaps no box added so far.
    bool isFree(const QRectF& box) const;
    void add(const QRectF& box);

private:
    template <typename Visit>
    void forCells(const QRectF& box, Visit&& visit) const;

    QRectF m_bounds;
    double m_cell;
    int m_columns;
    int m_rows;
    std::vector<std::vector<QRectF>> m_cells;
};

/// The parts of `line` inside `rect` (Liang–Barsky per segment), in order along the line.
std::vector<QPolygonF> clipPolyline(const QPolygonF& line, const QRectF& rect);

/// How a label looks.
struct LabelStyle {
    QFont font;
    QColor text;
    QColor halo;
    double haloPx = 1.5;
};

/// One label as placed: its text, the box of each character, and each character's angle in
/// degrees (0 = horizontal, y down; never beyond ±95°, so never upside down).
struct PlacedLabel {
    QString text;
    std::vector<QRectF> boxes;
    std::vector<double> anglesDeg;
};

/**
 * Places names on a map so they never overlap and never read upside down, and draws them with
 * a halo: along lines (each character follows the line, the text runs left to right, too sharp
 * a bend refuses the spot), horizontally at a point, or beside a symbol. First come, first
 * served: callers offer the most important names first.
 */
class LabelPainter {
public:
    /// `viewport` is the visible area in the painter's coordinates; labels stay inside it.
    LabelPainter(QPainter& painter, const QRectF& viewport);

    /// Marks a box labels must keep clear of (a facility marker, say).
    void addObstacle(const QRectF& box);

    /// Text along `line` (pixels), centred on the line's middle when there is room, else at
    /// its quarters. The same text is not repeated within `repeatDistancePx` of an earlier
    /// copy. Returns whether it was placed.
    bool placeAlongLine(const QString& text, const QPolygonF& line, const LabelStyle& style,
                        double repeatDistancePx = 300.0);
    /// Horizontal text centred on `centre`.
    bool placeAt(const QString& text, QPointF centre, const LabelStyle& style);
    /// Horizontal text next to a symbol of radius `symbolRadiusPx` at `anchor`: to the right,
    /// else to the left.
    bool placeBeside(const QString& text, QPointF anchor, double symbolRadiusPx,
                     const LabelStyle& style);

    const std::vector<PlacedLabel>& placed() const { return m_placed; }

private:
    struct Glyph {
        QString text;
        QPointF centre;
        double angleDeg;
        double advance;
    };
    bool tryPlace(const QString& text, const std::vector<Glyph>& glyphs, const LabelStyle& style);
    bool nearSameText(const QString& text, QPointF at, double distance) const;

    QPainter& m_painter;
    QRectF m_viewport;
    LabelCollisionGrid m_grid;
    std::vector<PlacedLabel> m_placed;
    QHash<QString, std::vector<QPointF>> m_anchors;
};

}  // namespace yike::ui
