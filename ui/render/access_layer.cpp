// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/access_layer.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include "core/access/coverage.h"
#include "core/project/project.h"
#include "ui/render/feature_index.h"
#include "ui/render/map_renderer.h"
#include "ui/render/map_style.h"
#include "ui/render/paint_support.h"
#include "ui/render/tr.h"

namespace yike::ui {
namespace {

using namespace paint;

QString minutesText(double minutes) {
    return QLocale().toString(minutes, 'g', 4);
}

QColor withAlpha(QColor colour, int alpha) {
    colour.setAlpha(alpha);
    return colour;
}

// Compounds are filled translucently so the streets and buildings under them stay readable;
// home buildings, drawn only when zoomed in, nearly opaque.
constexpr int kCompoundAlpha = 0x90;
constexpr int kBuildingAlpha = 0xe0;

}  // namespace

MinutesById::MinutesById(std::initializer_list<std::pair<project::FeatureId, double>> entries) {
    m_entries.reserve(entries.size());
    for (const auto& [id, minutes] : entries) emplace(id, minutes);
}

void MinutesById::emplace(project::FeatureId id, double minutes) {
    if (m_entries.empty() || m_entries.back().first < id) {
        m_entries.emplace_back(id, minutes);
        return;
    }
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                     [](const auto& entry, project::FeatureId key) {
                                         return entry.first < key;
                                     });
    if (at != m_entries.end() && at->first == id)
        at->second = minutes;
    else
        m_entries.insert(at, {id, minutes});
}

const double* MinutesById::find(project::FeatureId id) const {
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                     [](const auto& entry, project::FeatureId key) {
                                         return entry.first < key;
                                     });
    return at != m_entries.end() && at->first == id ? &at->second : nullptr;
}

double MinutesById::at(project::FeatureId id) const {
    const double* minutes = find(id);
    if (minutes == nullptr) throw std::out_of_range("no minutes for id " + std::to_string(id));
    return *minutes;
}

std::size_t AccessOverlay::classOf(double minutes) const {
    if (!std::isfinite(minutes)) return classCount() - 1;
    for (std::size_t i = 0; i < breaksMinutes.size(); ++i)
        if (minutes <= breaksMinutes[i]) return i;
    return breaksMinutes.size();
}

QString AccessOverlay::classLabel(std::size_t cls) const {
    if (cls + 1 >= classCount()) return RenderTr::tr("Not reachable");
    if (breaksMinutes.empty()) return RenderTr::tr("Reachable");
    if (cls == breaksMinutes.size())
        return RenderTr::tr("More than %1 min").arg(minutesText(breaksMinutes.back()));
    if (cls == 0) return RenderTr::tr("Up to %1 min").arg(minutesText(breaksMinutes.front()));
    return RenderTr::tr("%1 to %2 min")
        .arg(minutesText(breaksMinutes[cls - 1]), minutesText(breaksMinutes[cls]));
}

std::shared_ptr<AccessOverlay> makeAccessOverlay(const access::CoverageResult& result,
                                                 std::size_t category, const QString& title) {
    const access::CategoryCoverage& shown = result.categories.at(category);
    auto overlay = std::make_shared<AccessOverlay>();
    overlay->categoryCode = shown.code;
    overlay->title = title;
    overlay->targetMinutes = shown.targetMinutes;
    // The analysis keeps its thresholds in the order they were asked for; classes ascend.
    overlay->breaksMinutes = result.thresholdsMinutes;
    std::sort(overlay->breaksMinutes.begin(), overlay->breaksMinutes.end());
    overlay->compoundMinutes.reserve(result.compounds.size());
    for (const access::CompoundCoverage& compound : result.compounds)
        overlay->compoundMinutes.emplace(compound.id, compound.minutes.at(category));
    overlay->buildingMinutes.reserve(result.buildings.size());
    for (const access::BuildingCoverage& building : result.buildings)
        overlay->buildingMinutes.emplace(building.id, building.minutes.at(category));
    return overlay;
}

QColor accessClassColour(std::size_t cls, std::size_t classes) {
    const QColor nearest(0x00, 0x6d, 0x2c);
    const QColor farthestWithin(0xc2, 0xe6, 0x99);
    if (classes < 2 || cls + 1 >= classes) return {0xa5, 0x00, 0x26};  // not reachable
    const std::size_t within = classes - 2;                            // classes up to a break
    if (cls >= within) return {0xfd, 0x8d, 0x3c};                      // beyond the last break
    if (within == 1) return nearest;
    return mixColours(nearest, farthestWithin,
                      static_cast<double>(cls) / static_cast<double>(within - 1));
}

QColor accessCompoundFill(std::size_t cls, std::size_t classes) {
    return withAlpha(accessClassColour(cls, classes), kCompoundAlpha);
}

QColor accessBlindSpotColour() { return {0xd7, 0x19, 0x1c}; }

void drawAccessLayer(QPainter& painter, const project::Project& project, const MapFrame& frame,
                     const AccessOverlay& overlay, const MapStyle& style) {
    const std::size_t classes = overlay.classCount();
    const double scale = frame.symbolScale;
    const geo::BoundingBox visible = visibleBox(frame, 4.0);

    const auto* compounds = frame.index ? frame.index->compounds(project) : nullptr;
    forEachIntersecting(
        project.compounds(), compounds, visible,
        [&](const project::Compound& compound, const geo::BoundingBox&) {
            const double* found = overlay.compoundMinutes.find(compound.id);
            if (found == nullptr) return;
            const double minutes = *found;
            const QColor colour = accessClassColour(overlay.classOf(minutes), classes);
            const bool blindSpot = !(minutes <= overlay.targetMinutes);
            const QPainterPath path = polygonPath(compound.outline, frame.transform);
            painter.setBrush(accessCompoundFill(overlay.classOf(minutes), classes));
            painter.setPen(blindSpot ? QPen(accessBlindSpotColour(), 2.4 * scale)
                                     : QPen(colour.darker(130), 1.2 * scale));
            painter.drawPath(path);
        });

    if (frame.transform.groundMetresPerPixel() <= style.buildingMaxGroundMetresPerPixel
        && !overlay.buildingMinutes.empty()) {
        painter.setPen(QPen(withAlpha(style.buildingOutline.darker(140), 0xc0), 0.8 * scale));
        const auto* buildings = frame.index ? frame.index->buildings(project) : nullptr;
        forEachIntersecting(project.buildings(), buildings, visible,
                            [&](const project::Building& building, const geo::BoundingBox&) {
                                const double* found = overlay.buildingMinutes.find(building.id);
                                if (found == nullptr) return;
                                const QColor colour =
                                    accessClassColour(overlay.classOf(*found), classes);
                                painter.setBrush(withAlpha(colour, kBuildingAlpha));
                                painter.drawPath(polygonPath(building.outline, frame.transform));
                            });
    }
}

std::vector<AccessLabel> accessLabels(const project::Project& project, const MapFrame& frame,
                                      const AccessOverlay& overlay) {
    std::vector<AccessLabel> labels;
    const geo::BoundingBox visible = visibleBox(frame, 0.0);
    const double scale = frame.symbolScale;
    const auto* compounds = frame.index ? frame.index->compounds(project) : nullptr;
    forEachIntersecting(
        project.compounds(), compounds, visible,
        [&](const project::Compound& compound, const geo::BoundingBox& box) {
            const double* found = overlay.compoundMinutes.find(compound.id);
            if (found == nullptr) return;
            const QSizeF size = pixelSizeOf(box, frame);
            if (size.width() < 44.0 * scale || size.height() < 22.0 * scale) return;
            const double minutes = *found;
            labels.push_back({ringCentroid(toPixels(compound.outline.outer, frame.transform)),
                              std::isfinite(minutes)
                                  ? RenderTr::tr("%1 min").arg(std::ceil(minutes))
                                  : RenderTr::tr("Not reachable")});
        });
    return labels;
}

void sampleAccessLayer(QPainter& painter, const QRectF& box, const MapStyle&) {
    constexpr std::size_t kClasses = 5;  // three breaks, beyond, not reachable
    const QRectF inner = box.adjusted(0.5, 3.5, -0.5, -3.5);
    const double step = inner.width() / static_cast<double>(kClasses);
    painter.setPen(Qt::NoPen);
    for (std::size_t i = 0; i < kClasses; ++i) {
        painter.setBrush(accessClassColour(i, kClasses));
        painter.drawRect(QRectF(inner.left() + step * static_cast<double>(i), inner.top(), step,
                                inner.height()));
    }
}

}  // namespace yike::ui
