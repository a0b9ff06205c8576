// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/page_placement.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace yike::ui {
namespace {

constexpr double kDegree = std::numbers::pi / 180.0;

// The interval of the corners' projections on `axis`.
std::pair<double, double> project(const QPolygonF& corners, QPointF axis) {
    double lo = 1e300;
    double hi = -1e300;
    for (const QPointF& p : corners) {
        const double d = p.x() * axis.x() + p.y() * axis.y();
        lo = std::min(lo, d);
        hi = std::max(hi, d);
    }
    return {lo, hi};
}

// Direction of a line, in degrees, folded into (-90, 90].
double levelAngle(QPointF d) {
    double a = std::atan2(d.y(), d.x()) / kDegree;
    if (a > 90.0) a -= 180.0;
    if (a <= -90.0) a += 180.0;
    return a;
}

}  // namespace

QPolygonF PageBox::corners() const {
    const double c = std::cos(angleDeg * kDegree);
    const double s = std::sin(angleDeg * kDegree);
    const double hw = size.width() / 2.0;
    const double hh = size.height() / 2.0;
    QPolygonF out;
    for (const auto& [x, y] : std::array<std::pair<double, double>, 4>{
             {{-hw, -hh}, {hw, -hh}, {hw, hh}, {-hw, hh}}})
        out << QPointF(centre.x() + x * c - y * s, centre.y() + x * s + y * c);
    return out;
}

QRectF PageBox::bounds() const { return corners().boundingRect(); }

bool overlaps(const PageBox& a, const PageBox& b) {
    // Far apart: no need for the exact test.
    const double reachA = std::hypot(a.size.width(), a.size.height()) / 2.0;
    const double reachB = std::hypot(b.size.width(), b.size.height()) / 2.0;
    const QPointF d = a.centre - b.centre;
    if (std::hypot(d.x(), d.y()) >= reachA + reachB) return false;
    const QPolygonF ca = a.corners();
    const QPolygonF cb = b.corners();
    constexpr double kTouch = 1e-9;
    for (const PageBox* box : {&a, &b}) {
        const double c = std::cos(box->angleDeg * kDegree);
        const double s = std::sin(box->angleDeg * kDegree);
        for (const QPointF axis : {QPointF(c, s), QPointF(-s, c)}) {
            const auto [loA, hiA] = project(ca, axis);
            const auto [loB, hiB] = project(cb, axis);
            if (hiA <= loB + kTouch || hiB <= loA + kTouch) return false;
        }
    }
    return true;
}

PagePlacement::PagePlacement(const QRectF& frameMm) : m_frame(frameMm) {}

bool PagePlacement::isFree(const PageBox& box) const {
    const QRectF b = box.bounds();
    if (!m_frame.contains(b)) return false;
    return std::none_of(m_items.begin(), m_items.end(),
                        [&](const PlacedItem& item) { return overlaps(item.box, box); });
}

void PagePlacement::add(PlacedItem item) { m_items.push_back(std::move(item)); }

std::optional<QPointF> PagePlacement::findSpot(QPointF anchor, QSizeF size, double step,
                                               int rings) const {
    if (isFree({anchor, size, 0.0})) return anchor;
    for (int ring = 1; ring <= rings; ++ring) {
        const double r = step * ring;
        for (int k = 0; k < 12; ++k) {
            const double a = k * 30.0 * kDegree;
            const QPointF at = anchor + QPointF(r * std::cos(a), r * std::sin(a));
            if (isFree({at, size, 0.0})) return at;
        }
    }
    return std::nullopt;
}

std::vector<StraightRun> straightRuns(const QPolygonF& line, double maxTurnDeg) {
    std::vector<StraightRun> runs;
    qsizetype start = 0;
    auto close = [&](qsizetype end) {
        if (end <= start) return;
        const QPointF a = line.at(start);
        const QPointF b = line.at(end);
        double length = 0.0;
        for (qsizetype i = start + 1; i <= end; ++i) {
            const QPointF d = line.at(i) - line.at(i - 1);
            length += std::hypot(d.x(), d.y());
        }
        // The middle along the stretch, not between its ends, so a slight bend keeps the
        // label on the line.
        double half = length / 2.0;
        QPointF middle = (a + b) / 2.0;
        for (qsizetype i = start + 1; i <= end; ++i) {
            const QPointF d = line.at(i) - line.at(i - 1);
            const double l = std::hypot(d.x(), d.y());
            if (l >= half && l > 0.0) {
                middle = line.at(i - 1) + d * (half / l);
                break;
            }
            half -= l;
        }
        runs.push_back({middle, length, levelAngle(b - a)});
    };
    double turned = 0.0;
    for (qsizetype i = 1; i + 1 < line.size(); ++i) {
        const QPointF d1 = line.at(i) - line.at(i - 1);
        const QPointF d2 = line.at(i + 1) - line.at(i);
        double turn = (std::atan2(d2.y(), d2.x()) - std::atan2(d1.y(), d1.x())) / kDegree;
        while (turn > 180.0) turn -= 360.0;
        while (turn < -180.0) turn += 360.0;
        turned += std::abs(turn);
        if (turned >= maxTurnDeg) {
            close(i);
            start = i;
            turned = 0.0;
        }
    }
    close(line.size() - 1);
    std::stable_sort(runs.begin(), runs.end(),
                     [](const StraightRun& a, const StraightRun& b) { return a.length > b.length; });
    return runs;
}

}  // namespace yike::ui
