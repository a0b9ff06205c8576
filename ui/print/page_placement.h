// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QLineF>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace yike::ui {

/// A box on the page, turned by `angleDeg` about its centre (0: level; y grows downwards).
struct PageBox {
    QPointF centre;
    QSizeF size;
    double angleDeg = 0.0;

    /// The four corners, in order around the box.
    QPolygonF corners() const;
    /// The upright rectangle around the corners.
    QRectF bounds() const;
    static PageBox around(const QRectF& rect) { return {rect.center(), rect.size(), 0.0}; }
};

/// Whether two boxes share any area (separating-axis test on the four edge directions); boxes
/// that only touch do not overlap.
bool overlaps(const PageBox& a, const PageBox& b);

/// What a placed item on the map is.
enum class PlacedKind {
    Centre,    ///< the "you are here" marker
    Marker,    ///< a facility's icon marker
    Number,    ///< a facility's number, beside its marker
    WalkArea,  ///< the minutes of a walk area, on its edge
    Street,    ///< a street name along its street
    Area       ///< the name of a park, water or compound
};

/// One item as placed on the page (millimetres from the page's top-left corner).
struct PlacedItem {
    PlacedKind kind = PlacedKind::Street;
    PageBox box;
    QString text;
    int number = 0;  ///< Marker and Number: the directory number
    /// Marker: where the facility is; the marker sits at box.centre, away from it when
    /// displaced, joined to it by `leader`.
    QPointF anchor;
    bool displaced = false;
    QLineF leader;  ///< null when not displaced
};

/**
 * The items placed on a map frame so far, and where a new one may go: inside the frame and
 * over no earlier item. First come, first served, so the caller offers the most important
 * items first (the centre, markers, numbers, then names). Everything in page millimetres, so
 * one placement serves every output (PDF, PNG at any resolution, SVG, the printer, preview).
 */
class PagePlacement {
public:
    explicit PagePlacement(const QRectF& frameMm);

    const QRectF& frame() const { return m_frame; }
    /// Inside the frame and over no placed item.
    bool isFree(const PageBox& box) const;
    void add(PlacedItem item);

    /**
     * The first free spot for an upright box of `size`: `anchor` itself, else on rings
     * around it at multiples of `step` (12 directions each, the nearest ring first, rightwards
     * first), at most `rings` rings out. nullopt when there is none.
     */
    std::optional<QPointF> findSpot(QPointF anchor, QSizeF size, double step, int rings) const;

    const std::vector<PlacedItem>& items() const { return m_items; }

private:
    QRectF m_frame;
    std::vector<PlacedItem> m_items;
};

/// A straight stretch of a polyline: where it runs and its level-read angle.
struct StraightRun {
    QPointF middle;
    double length = 0.0;
    double angleDeg = 0.0;  ///< in (-90, 90]: text along it reads left to right
};

/**
 * The straight stretches of `line`: consecutive segments whose direction turns by less than
 * `maxTurnDeg` in all are one stretch. Longest first.
 */
std::vector<StraightRun> straightRuns(const QPolygonF& line, double maxTurnDeg = 20.0);

}  // namespace yike::ui
