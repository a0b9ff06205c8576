// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <QColor>
#include <QPointF>
#include <QString>

#include "core/project/features.h"

class QPainter;
class QRectF;

namespace yike::access {
struct CoverageResult;
}

namespace yike::project {
class Project;
}

namespace yike::ui {

struct MapFrame;
struct MapStyle;

/**
 * Minutes by feature id, as a flat list sorted by id: made in one pass with one allocation when
 * the ids come ascending (as the features of a project do), read by bisection. An overlay of a
 * city's 300,000 homes is remade after every step of a drag, which a hash map of as many nodes
 * cannot afford.
 */
class MinutesById {
public:
    MinutesById() = default;
    MinutesById(std::initializer_list<std::pair<project::FeatureId, double>> entries);

    void reserve(std::size_t count) { m_entries.reserve(count); }
    /// Sets the minutes of `id`, adding it or replacing what it had.
    void emplace(project::FeatureId id, double minutes);
    /// The minutes of `id`, or null when it has none.
    const double* find(project::FeatureId id) const;
    /// The minutes of `id`. @throws std::out_of_range when it has none.
    double at(project::FeatureId id) const;
    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }

private:
    std::vector<std::pair<project::FeatureId, double>> m_entries;  // ascending ids
};

/**
 * What the Analysis results layer shows: the walking minutes from every compound and every home
 * building to the nearest facility of one service category, for one walk profile. A plain
 * value made from an access::CoverageResult by the analysis controller; the renderer only reads
 * it, so the map view's worker thread and a print layout can share one.
 */
struct AccessOverlay {
    std::string categoryCode;
    /// What the numbers are, in the UI language: "社区卫生服务站 · 老年人".
    QString title;
    /// Class limits in minutes, ascending (the analysis thresholds, e.g. 5, 10, 15).
    std::vector<double> breaksMinutes;
    /// The category's walk target; compounds beyond it are blind spots and drawn with a red rim.
    double targetMinutes = 15.0;
    /// Minutes per compound (residents-weighted median of its homes); +infinity: unreachable.
    MinutesById compoundMinutes;
    /// Minutes per home building.
    MinutesById buildingMinutes;

    bool isEmpty() const { return compoundMinutes.empty() && buildingMinutes.empty(); }
    /// Number of colour classes: one per break, one beyond the last, one for unreachable.
    std::size_t classCount() const { return breaksMinutes.size() + 2; }
    /// The class of `minutes`: the first break it does not exceed; breaksMinutes.size() beyond
    /// the last break; classCount() - 1 when not finite (not reachable).
    std::size_t classOf(double minutes) const;
    /// "≤ 5 min", "5–10 min", "> 15 min", "Not reachable", in the UI language.
    QString classLabel(std::size_t cls) const;
};

/// What the Analysis results layer shows for category `category` (an index into
/// result.categories) of `result`, titled `title`: the minutes of every compound and home
/// building, the analysis thresholds as class limits (ascending) and the category's target.
std::shared_ptr<AccessOverlay> makeAccessOverlay(const access::CoverageResult& result,
                                                 std::size_t category, const QString& title);

/// The colour of class `cls` of `classes` (see AccessOverlay::classCount): greens from dark
/// (nearest) to light, then orange beyond the last break, dark red for unreachable.
QColor accessClassColour(std::size_t cls, std::size_t classes);
/// The translucent fill of a compound of class `cls`, as the map and the legend draw it.
QColor accessCompoundFill(std::size_t cls, std::size_t classes);
/// The rim drawn around a compound beyond its category's walk target.
QColor accessBlindSpotColour();

/**
 * Draws `overlay` for `project`: compounds filled in the colour of their minutes' class (blind
 * spots with a red rim) and, when zoomed in as far as building footprints are drawn, every
 * timed home building in its own class colour. The minutes are written by the Labels layer
 * (accessLabels), which keeps them clear of other names.
 */
void drawAccessLayer(QPainter& painter, const project::Project& project, const MapFrame& frame,
                     const AccessOverlay& overlay, const MapStyle& style);

/// A compound's minutes to write on the map, at its centre (frame pixels).
struct AccessLabel {
    QPointF at;
    QString text;
};
/// The labels of the visible compounds large enough on screen to hold one ("8 min").
std::vector<AccessLabel> accessLabels(const project::Project& project, const MapFrame& frame,
                                      const AccessOverlay& overlay);

/// The legend symbol of the layer: a small ramp of its class colours.
void sampleAccessLayer(QPainter& painter, const QRectF& box, const MapStyle& style);

}  // namespace yike::ui
