// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_legend.h"

#include <algorithm>
#include <map>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "core/project/project.h"
#include "ui/render/access_layer.h"
#include "ui/render/circles_layer.h"
#include "ui/render/walk_rings_layer.h"
#include "ui/render/map_renderer.h"
#include "ui/render/tr.h"

namespace yike::ui {
namespace {

bool hasVisibleFacility(const project::Project& project, const MapFrame& frame) {
    const auto& items = project.facilities().items();
    return std::any_of(items.begin(), items.end(), [&](const project::Facility& f) {
        return !frame.hiddenCategories.count(f.categoryCode);
    });
}

// Building footprints are drawn only when zoomed in; a frame without a view lists them.
bool buildingsListed(const MapTransform& transform, const MapStyle& style) {
    return !transform.isValid()
           || transform.groundMetresPerPixel() <= style.buildingMaxGroundMetresPerPixel;
}

// Whether a layer has anything to draw; layers this file does not know are assumed to.
bool hasContent(const project::Project& project, const MapFrame& frame, const MapStyle& style,
                MapLayer layer) {
    switch (layer) {
        case MapLayer::Water: return !project.waterAreas().items().empty();
        case MapLayer::Compounds: return !project.compounds().items().empty();
        case MapLayer::Streets: return !project.streets().items().empty();
        case MapLayer::StudyArea: return project.studyArea().has_value();
        case MapLayer::IdleSpaces: return !project.idleSpaces().items().empty();
        case MapLayer::Gates: return !project.gates().items().empty();
        case MapLayer::Facilities: return hasVisibleFacility(project, frame);
        case MapLayer::Green: return !project.greenAreas().items().empty();
        case MapLayer::Buildings:
            return !project.buildings().items().empty()
                   && buildingsListed(frame.transform, style);
        case MapLayer::Access: return frame.access && !frame.access->isEmpty();
        case MapLayer::WalkRings: return frame.walkRings && !frame.walkRings->rings.empty();
        case MapLayer::Circles: return frame.circles && !frame.circles->isEmpty();
        default: return true;
    }
}

QFont legendFont(const LegendStyle& style) {
    QFont font = style.font;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(style.textPx * style.scale))));
    return font;
}

void appendAccessRows(std::vector<LegendRow>& rows, const AccessOverlay& overlay) {
    rows.back().text = RenderTr::tr("%1: %2").arg(rows.back().text, overlay.title);
    for (std::size_t cls = 0; cls < overlay.classCount(); ++cls) {
        LegendRow row{MapLayer::Access, {}, {}, overlay.classLabel(cls), 0, {}, {}};
        row.swatch = accessCompoundFill(cls, overlay.classCount());
        rows.push_back(row);
    }
    LegendRow rim{MapLayer::Access, {}, {}, {}, 0, {}, {}};
    rim.rim = accessBlindSpotColour();
    rim.text = RenderTr::tr("Blind spot: beyond the %1 min target")
                   .arg(QLocale().toString(overlay.targetMinutes, 'g', 4));
    rows.push_back(rim);
}

void appendWalkRingRows(std::vector<LegendRow>& rows, const WalkRingsOverlay& overlay) {
    if (!overlay.title.isEmpty())
        rows.back().text = RenderTr::tr("%1: %2").arg(rows.back().text, overlay.title);
    for (std::size_t i = 0; i < overlay.rings.size(); ++i) {
        LegendRow row{MapLayer::WalkRings, {}, {}, overlay.ringLabel(i), 0, {}, {}};
        QColor fill = walkRingColour(i, overlay.rings.size());
        fill.setAlpha(90);
        row.swatch = fill;
        rows.push_back(row);
    }
}

void appendCircleRows(std::vector<LegendRow>& rows, const CirclesOverlay& overlay) {
    if (!overlay.title.isEmpty())
        rows.back().text = RenderTr::tr("%1: %2").arg(rows.back().text, overlay.title);
    for (auto it = overlay.classes.rbegin(); it != overlay.classes.rend(); ++it) {
        LegendRow row{MapLayer::Circles, {}, {}, it->label, 0, {}, {}};
        QColor fill = it->colour;
        fill.setAlpha(110);
        row.swatch = fill;
        rows.push_back(row);
    }
}

}  // namespace

std::vector<CategoryCount> facilityCategories(const project::Project& project) {
    std::map<std::string, int, std::less<>> counts;
    for (const project::Facility& f : project.facilities().items()) ++counts[f.categoryCode];
    std::vector<CategoryCount> result;
    result.reserve(counts.size());
    for (const catalog::Category& category : project.catalog().categories()) {
        const auto it = counts.find(category.code);
        if (it == counts.end()) continue;
        result.push_back({it->first, it->second});
        counts.erase(it);
    }
    for (const auto& [code, count] : counts) result.push_back({code, count});  // sorted by code
    return result;
}

QString categoryTitle(const project::Project& project, std::string_view code) {
    const catalog::Category* category = project.catalog().find(code);
    if (!category) return QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const std::string& preferred = chinese ? category->nameZh : category->nameEn;
    const std::string& other = chinese ? category->nameEn : category->nameZh;
    return QString::fromStdString(preferred.empty() ? other : preferred);
}

std::vector<LegendRow> legendRows(const project::Project& project, const MapFrame& frame,
                                  const MapStyle& style) {
    std::vector<LegendRow> rows;
    const std::vector<MapLayer> order = completeMapLayerOrder(frame.order);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const MapLayer layer = *it;
        const MapLayerInfo* info = findMapLayer(layer);
        if (!info || !info->listed || !info->legendSample) continue;
        if (!frame.layers.testFlag(layer) || frame.layerOpacity(layer) <= 0.0) continue;
        if (!hasContent(project, frame, style, layer)) continue;
        rows.push_back({layer, {}, {}, mapLayerTitle(layer), 0, {}, {}});
        if (layer == MapLayer::Access) appendAccessRows(rows, *frame.access);
        if (layer == MapLayer::WalkRings) appendWalkRingRows(rows, *frame.walkRings);
        if (layer == MapLayer::Circles) appendCircleRows(rows, *frame.circles);
        if (layer != MapLayer::Facilities) continue;
        for (const CategoryCount& category : facilityCategories(project)) {
            if (frame.hiddenCategories.count(category.code)) continue;
            const catalog::Category* known = project.catalog().find(category.code);
            rows.push_back({layer, category.code, known ? known->group : std::string(),
                            categoryTitle(project, category.code), category.count, {}, {}});
        }
    }
    return rows;
}

bool sameLegendAt(const MapTransform& a, const MapTransform& b, const MapStyle& style) {
    return buildingsListed(a, style) == buildingsListed(b, style);
}

QSizeF legendSize(const std::vector<LegendRow>& rows, const LegendStyle& style,
                  const QPaintDevice* device) {
    const QFontMetricsF metrics(legendFont(style), device);
    double width = 0.0;
    for (const LegendRow& row : rows) {
        const double indent = row.isIndented() ? style.indentPx : 0.0;
        width = std::max(width, (indent + style.symbolWidthPx + style.gapPx) * style.scale
                                    + metrics.horizontalAdvance(row.text));
    }
    return {width, static_cast<double>(rows.size()) * style.rowHeightPx * style.scale};
}

void drawLegend(QPainter& painter, QPointF topLeft, const std::vector<LegendRow>& rows,
                const MapRenderer& renderer, const LegendStyle& style) {
    const double s = style.scale;
    const double rowHeight = style.rowHeightPx * s;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(legendFont(style));
    double y = topLeft.y();
    for (const LegendRow& row : rows) {
        const double indent = row.isIndented() ? style.indentPx * s : 0.0;
        const QRectF symbol(topLeft.x() + indent, y, style.symbolWidthPx * s, rowHeight);
        painter.save();
        if (row.isCategory()) {
            renderer.drawFacilitySymbol(painter, symbol.center(), row.categoryCode, row.group,
                                        false, true, s * 0.9);
        } else if (row.isSwatch()) {
            // A class of the analysis results: its fill as on the map, or the blind-spot rim.
            const QRectF box = symbol.adjusted(4.0 * s, 6.0 * s, -4.0 * s, -6.0 * s);
            painter.setBrush(row.swatch.isValid() ? QBrush(row.swatch) : QBrush(Qt::NoBrush));
            painter.setPen(row.rim.isValid() ? QPen(row.rim, 2.4 * s)
                                             : QPen(row.swatch.darker(130), 1.0 * s));
            painter.drawRect(box);
        } else if (const MapLayerInfo* info = findMapLayer(row.layer);
                   info && info->legendSample) {
            // Samples are drawn for a 30 × 24 box; scale them as a whole for print.
            painter.translate(symbol.topLeft());
            painter.scale(s, s);
            info->legendSample(painter, QRectF(2.0, 3.0, style.symbolWidthPx - 4.0,
                                               style.rowHeightPx - 6.0),
                               renderer.style());
        }
        painter.restore();
        painter.setPen(style.text);
        const QRectF textBox(symbol.right() + style.gapPx * s, y, 1e6, rowHeight);
        painter.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter, row.text);
        y += rowHeight;
    }
    painter.restore();
}

}  // namespace yike::ui
