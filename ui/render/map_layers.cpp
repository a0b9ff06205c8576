// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_layers.h"

#include <algorithm>

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include "core/project/features.h"
#include "ui/render/access_layer.h"
#include "ui/render/circles_layer.h"
#include "ui/render/map_style.h"
#include "ui/render/tr.h"
#include "ui/render/walk_rings_layer.h"

namespace yike::ui {
namespace {

// Legend symbols: small pictures of how each layer looks on the map, drawn with the same
// colours and pen widths as MapRenderer at symbol scale 1.

void sampleWater(QPainter& painter, const QRectF& box, const MapStyle& style) {
    painter.setPen(QPen(style.waterOutline, 1.0));
    painter.setBrush(style.water);
    painter.drawRect(box.adjusted(0.5, 2.5, -0.5, -2.5));
}

void sampleCompounds(QPainter& painter, const QRectF& box, const MapStyle& style) {
    painter.setPen(QPen(style.compoundOutline, 1.2));
    painter.setBrush(style.compoundFill);
    painter.drawRect(box.adjusted(1.0, 2.5, -1.0, -2.5));
}

void sampleStreets(QPainter& painter, const QRectF& box, const MapStyle& style) {
    const StreetStyle street = style.street("residential");
    const double y = box.center().y();
    const double width = std::min(box.height() * 0.4, 6.0);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(street.casing, width + 2.0, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
    painter.setPen(QPen(street.fill, width, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
}

void sampleStudyArea(QPainter& painter, const QRectF& box, const MapStyle& style) {
    QPen outline(style.studyAreaOutline, 2.0, Qt::DashLine);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box.adjusted(1.5, 3.0, -1.5, -3.0));
}

void sampleIdleSpaces(QPainter& painter, const QRectF& box, const MapStyle& style) {
    const QPointF c = box.center();
    const double r = std::min(5.0, box.height() / 2.0 - 1.0);
    painter.setPen(QPen(style.idleSpaceOutline, 1.0));
    painter.setBrush(QColor(style.idleSpaceFill.red(), style.idleSpaceFill.green(),
                            style.idleSpaceFill.blue()));
    painter.drawPolygon(QPolygonF{QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                                  QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())});
}

void sampleGates(QPainter& painter, const QRectF& box, const MapStyle& style) {
    const double half = 2.5;
    const QPointF c = box.center();
    painter.setPen(QPen(style.gateOutline, 1.0));
    painter.setBrush(style.gateFill);
    painter.drawRect(QRectF(c.x() - 3.0 * half, c.y() - half, 2.0 * half, 2.0 * half));
    painter.setBrush(style.gateOutline);
    painter.drawRect(QRectF(c.x() + half, c.y() - half, 2.0 * half, 2.0 * half));
}

void sampleFacilities(QPainter& painter, const QRectF& box, const MapStyle& style) {
    const double r = 4.5;
    const QPointF c = box.center();
    painter.setPen(QPen(style.facilityOutline, 1.2));
    painter.setBrush(style.facilityColour("basic"));
    painter.drawEllipse(QPointF(c.x() - r - 1.5, c.y()), r, r);
    painter.setPen(QPen(style.facilityColour("basic"), 2.2));
    painter.setBrush(style.facilityOutline);
    painter.drawEllipse(QPointF(c.x() + r + 1.5, c.y()), r, r);
}

void sampleGreen(QPainter& painter, const QRectF& box, const MapStyle& style) {
    painter.setPen(QPen(style.greenOutline, 1.0));
    painter.setBrush(style.greenFill(project::GreenClass::Park));
    painter.drawRect(box.adjusted(0.5, 2.5, -0.5, -2.5));
}

void sampleBuildings(QPainter& painter, const QRectF& box, const MapStyle& style) {
    painter.setPen(QPen(style.buildingOutline, 1.0));
    painter.setBrush(style.buildingFill);
    const double h = std::max(2.0, box.height() - 6.0);
    const double w = std::min(box.width() / 2.0 - 1.0, h);
    painter.drawRect(QRectF(box.center().x() - w - 1.0, box.center().y() - h / 2.0, w, h));
    painter.drawRect(QRectF(box.center().x() + 1.0, box.center().y() - h / 4.0, w, h * 0.75));
}

}  // namespace

const std::vector<MapLayerInfo>& mapLayers() {
    // Bottom to top. The composition's raster tiles are painted at the Basemap's place in the
    // order: under every other layer when they are the bottom one, else between the layers
    // below them and those above (cutAtBasemap, renderComposition). Idle spaces
    // (footprints and markers) sit above the study-area veil so their markers, which tools
    // pick, are never dimmed or covered by a street.
    static const std::vector<MapLayerInfo> layers{
        {MapLayer::Basemap, "basemap", QT_TRANSLATE_NOOP("Yike::Render", "Basemap tiles"), true,
         nullptr},
        {MapLayer::Green, "green", QT_TRANSLATE_NOOP("Yike::Render", "Parks and green"), true,
         &sampleGreen},
        {MapLayer::Water, "water", QT_TRANSLATE_NOOP("Yike::Render", "Water"), true, &sampleWater},
        {MapLayer::Compounds, "compounds", QT_TRANSLATE_NOOP("Yike::Render", "Compounds"), true,
         &sampleCompounds},
        {MapLayer::Buildings, "buildings", QT_TRANSLATE_NOOP("Yike::Render", "Buildings"), true,
         &sampleBuildings},
        {MapLayer::Access, "access", QT_TRANSLATE_NOOP("Yike::Render", "Analysis results"),
         true, &sampleAccessLayer},
        {MapLayer::Circles, "circles", QT_TRANSLATE_NOOP("Yike::Render", "Living circles"),
         true, &sampleCircles},
        {MapLayer::Streets, "streets", QT_TRANSLATE_NOOP("Yike::Render", "Streets and paths"),
         true, &sampleStreets},
        {MapLayer::StudyArea, "study_area", QT_TRANSLATE_NOOP("Yike::Render", "Study area"), true,
         &sampleStudyArea},
        {MapLayer::WalkRings, "walk_rings", QT_TRANSLATE_NOOP("Yike::Render", "Walk rings"),
         true, &sampleWalkRings},
        {MapLayer::IdleSpaces, "idle_spaces", QT_TRANSLATE_NOOP("Yike::Render", "Idle spaces"),
         true, &sampleIdleSpaces},
        {MapLayer::Gates, "gates", QT_TRANSLATE_NOOP("Yike::Render", "Compound gates"), true,
         &sampleGates},
        {MapLayer::Facilities, "facilities", QT_TRANSLATE_NOOP("Yike::Render", "Facilities"), true,
         &sampleFacilities},
        {MapLayer::Labels, "labels", QT_TRANSLATE_NOOP("Yike::Render", "Names"), true, nullptr},
        {MapLayer::Attribution, "attribution", QT_TRANSLATE_NOOP("Yike::Render", "Attribution"),
         false, nullptr},
    };
    return layers;
}

const MapLayerInfo* findMapLayer(MapLayer layer) {
    const auto& layers = mapLayers();
    const auto it = std::find_if(layers.begin(), layers.end(),
                                 [layer](const MapLayerInfo& info) { return info.layer == layer; });
    return it == layers.end() ? nullptr : &*it;
}

const MapLayerInfo* findMapLayer(QStringView key) {
    const auto& layers = mapLayers();
    const auto it = std::find_if(layers.begin(), layers.end(), [key](const MapLayerInfo& info) {
        return key == QLatin1StringView(info.key);
    });
    return it == layers.end() ? nullptr : &*it;
}

QString mapLayerTitle(MapLayer layer) {
    const MapLayerInfo* info = findMapLayer(layer);
    return info ? RenderTr::tr(info->title) : QString();
}

std::vector<MapLayer> defaultMapLayerOrder() {
    std::vector<MapLayer> order;
    for (const MapLayerInfo& info : mapLayers()) order.push_back(info.layer);
    return order;
}

std::vector<MapLayer> completeMapLayerOrder(const std::vector<MapLayer>& order) {
    const std::vector<MapLayer> defaults = defaultMapLayerOrder();
    std::vector<MapLayer> result;
    result.reserve(defaults.size());
    for (MapLayer layer : order) {
        const MapLayerInfo* info = findMapLayer(layer);
        if (!info || !info->listed) continue;
        if (std::find(result.begin(), result.end(), layer) != result.end()) continue;
        result.push_back(layer);
    }
    for (std::size_t i = 0; i < defaults.size(); ++i) {
        const MapLayer layer = defaults[i];
        if (!findMapLayer(layer)->listed) continue;
        if (std::find(result.begin(), result.end(), layer) != result.end()) continue;
        // Just above the nearest layer that is below it by default, else at the bottom.
        auto at = result.begin();
        for (std::size_t j = i; j-- > 0;) {
            const auto below = std::find(result.begin(), result.end(), defaults[j]);
            if (below != result.end()) {
                at = below + 1;
                break;
            }
        }
        result.insert(at, layer);
    }
    for (const MapLayerInfo& info : mapLayers())
        if (!info.listed) result.push_back(info.layer);
    return result;
}

}  // namespace yike::ui
