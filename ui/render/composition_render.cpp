// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/composition_render.h"

#include <QPaintDevice>
#include <QPainter>

#include "ui/render/map_composition.h"

namespace yike::ui {

BasemapCut cutAtBasemap(const MapComposition& composition, const MapTransform& transform) {
    BasemapCut cut;
    cut.under = composition.frame(transform);
    cut.tiles = composition.isBasemapShown();
    cut.over = cut.under;
    if (!cut.tiles) {
        cut.over.layers = {};
        return cut;
    }
    const MapLayers below = composition.layersBelowBasemap();
    cut.under.layers &= below;
    cut.under.paintBackground = true;
    cut.over.layers &= ~below;
    return cut;
}

void drawBasemap(QPainter& painter, const MapComposition& composition,
                 const MapTransform& transform) {
    if (!composition.isBasemapShown()) return;
    painter.save();
    painter.setOpacity(painter.opacity() * composition.layerOpacity(MapLayer::Basemap));
    composition.basemap()->draw(painter, transform);
    painter.restore();
}

void renderComposition(QPainter& painter, const project::Project& project,
                       const MapComposition& composition, const MapTransform& transform,
                       QPointF origin, double symbolScale) {
    if (!transform.isValid()) return;
    BasemapCut cut = cutAtBasemap(composition, transform);
    for (MapFrame* frame : {&cut.under, &cut.over}) {
        frame->origin = origin;
        frame->symbolScale = symbolScale;
    }
    const MapRenderer renderer;
    renderer.render(painter, project, cut.under);
    if (!cut.tiles) return;
    painter.save();
    painter.translate(origin);
    painter.setClipRect(QRectF(QPointF(), transform.viewportSize()), Qt::IntersectClip);
    drawBasemap(painter, composition, transform);
    painter.restore();
    renderer.render(painter, project, cut.over);
}

void renderComposition(QPainter& painter, const project::Project& project,
                       const MapComposition& composition, const geo::BoundingBox& extent,
                       const QRectF& target, double dpi) {
    if (!(dpi > 0.0)) dpi = painter.device() ? painter.device()->logicalDpiX() : 96.0;
    const MapTransform transform = MapTransform::fitting(extent, target.size(), 0.0);
    renderComposition(painter, project, composition, transform, target.topLeft(), dpi / 96.0);
}

}  // namespace yike::ui
