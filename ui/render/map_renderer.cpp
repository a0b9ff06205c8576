// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_renderer.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <vector>

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include "core/project/project.h"
#include "ui/render/access_layer.h"
#include "ui/render/category_icons.h"
#include "ui/render/circles_layer.h"
#include "ui/render/feature_index.h"
#include "ui/render/highlight_layer.h"
#include "ui/render/map_labels.h"
#include "ui/render/paint_support.h"
#include "ui/render/walk_rings_layer.h"

namespace yike::ui {

using namespace paint;

MapFrame MapFrame::forExtent(const geo::BoundingBox& extent, const QRectF& target,
                             double marginPx) {
    MapFrame frame;
    frame.transform = MapTransform::fitting(extent, target.size(), marginPx);
    frame.origin = target.topLeft();
    return frame;
}

MapRenderer::MapRenderer(const MapStyle& style) : m_style(style) {}

void MapRenderer::render(QPainter& painter, const project::Project& project,
                         const MapFrame& frame) const {
    if (!frame.transform.isValid()) return;
    painter.save();
    painter.translate(frame.origin);
    painter.setClipRect(viewportRect(frame), Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (frame.paintBackground) painter.fillRect(viewportRect(frame), m_style.background);

    for (MapLayer layer : completeMapLayerOrder(frame.order)) {
        if (!frame.layers.testFlag(layer)) continue;
        const double opacity = frame.layerOpacity(layer);
        if (opacity <= 0.0) continue;
        if (opacity < 1.0)
            drawTranslucentLayer(painter, layer, opacity, project, frame);
        else
            drawLayer(painter, layer, project, frame);
    }
    if (frame.highlight) drawHighlight(painter, project, frame, *frame.highlight);
    painter.restore();
}

void MapRenderer::drawLayer(QPainter& painter, MapLayer layer, const project::Project& project,
                            const MapFrame& frame) const {
    switch (layer) {
        case MapLayer::Water: drawWater(painter, project, frame); break;
        case MapLayer::Compounds: drawCompounds(painter, project, frame); break;
        case MapLayer::Streets: drawStreets(painter, project, frame); break;
        case MapLayer::StudyArea: drawStudyArea(painter, project, frame); break;
        case MapLayer::IdleSpaces:
            drawIdleFootprints(painter, project, frame);
            drawIdleMarkers(painter, project, frame);
            break;
        case MapLayer::Gates: drawGates(painter, project, frame); break;
        case MapLayer::Facilities: drawFacilities(painter, project, frame); break;
        case MapLayer::Attribution: drawAttribution(painter, project, frame); break;
        case MapLayer::Basemap: break;  // raster tiles: painted between frames (cutAtBasemap)
        case MapLayer::Green: drawGreen(painter, project, frame); break;
        case MapLayer::Buildings: drawBuildings(painter, project, frame); break;
        case MapLayer::Labels: drawLabels(painter, project, frame); break;
        case MapLayer::Access:
            if (frame.access) drawAccessLayer(painter, project, frame, *frame.access, m_style);
            break;
        case MapLayer::WalkRings:
            if (frame.walkRings) drawWalkRingsLayer(painter, frame, *frame.walkRings);
            break;
        case MapLayer::Circles:
            if (frame.circles) drawCirclesLayer(painter, frame, *frame.circles);
            break;
    }
}

void MapRenderer::drawTranslucentLayer(QPainter& painter, MapLayer layer, double opacity,
                                       const project::Project& project,
                                       const MapFrame& frame) const {
    // The layer is drawn into an image covering the viewport's bounding box in device pixels
    // (combinedTransform includes the device's pixel ratio), at the device's resolution unless
    // that would exceed kMaxPixels (a high-resolution print page), then composited once.
    constexpr double kMaxPixels = 6.0e7;
    const QTransform toDevice = painter.combinedTransform();
    const QRect target = toDevice.mapRect(viewportRect(frame)).toAlignedRect();
    if (target.isEmpty()) return;
    const double pixels = double(target.width()) * double(target.height());
    const double reduce = pixels > kMaxPixels ? std::sqrt(kMaxPixels / pixels) : 1.0;
    const QSize size(std::max(1, static_cast<int>(std::ceil(target.width() * reduce))),
                     std::max(1, static_cast<int>(std::ceil(target.height() * reduce))));
    QImage layerImage(size, QImage::Format_ARGB32_Premultiplied);
    if (layerImage.isNull()) return;  // out of memory: leave the layer out rather than fail
    layerImage.fill(Qt::transparent);
    {
        QPainter offscreen(&layerImage);
        offscreen.setRenderHints(painter.renderHints());
        offscreen.setFont(painter.font());
        offscreen.setWorldTransform(toDevice
                                    * QTransform::fromTranslate(-target.left(), -target.top())
                                    * QTransform::fromScale(reduce, reduce));
        offscreen.setClipRect(viewportRect(frame));
        drawLayer(offscreen, layer, project, frame);
    }
    // Without a world transform the painter still scales by the device pixel ratio.
    const double ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    painter.save();
    painter.resetTransform();
    painter.setOpacity(painter.opacity() * opacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, reduce < 1.0);
    painter.drawImage(QRectF(QPointF(target.topLeft()) / ratio, QSizeF(target.size()) / ratio),
                      layerImage);
    painter.restore();
}

double MapFrame::layerOpacity(MapLayer layer) const {
    const auto it = opacity.find(layer);
    return it == opacity.end() ? 1.0 : std::clamp(it->second, 0.0, 1.0);
}

QString MapRenderer::attributionText(const project::Project& project) {
    const QString own =
        QString::fromStdString(project.metadataValue(project::meta::kAttribution)).trimmed();
    if (own.contains(QStringLiteral("OpenStreetMap"), Qt::CaseInsensitive))
        return QStringLiteral("© OpenStreetMap contributors");
    return own;
}

void MapRenderer::drawWater(QPainter& painter, const project::Project& project,
                            const MapFrame& frame) const {
    painter.setPen(QPen(m_style.waterOutline, 1.0 * frame.symbolScale));
    painter.setBrush(m_style.water);
    for (const project::WaterArea& water : project.waterAreas().items())
        painter.drawPath(polygonPath(water.outline, frame.transform));
}

void MapRenderer::drawCompounds(QPainter& painter, const project::Project& project,
                                const MapFrame& frame) const {
    QPen fenced(m_style.compoundOutline, 1.2 * frame.symbolScale);
    QPen open(m_style.compoundOutline, 1.0 * frame.symbolScale, Qt::DashLine);
    painter.setBrush(m_style.compoundFill);
    // Compounds wholly outside the view are skipped; the margin covers the pen.
    const geo::BoundingBox visible = visibleBox(frame, 2.0);
    const auto* grid = frame.index ? frame.index->compounds(project) : nullptr;
    forEachIntersecting(project.compounds(), grid, visible,
                        [&](const project::Compound& compound, const geo::BoundingBox&) {
                            painter.setPen(compound.fenced ? fenced : open);
                            painter.drawPath(polygonPath(compound.outline, frame.transform));
                        });
}

void MapRenderer::drawIdleFootprints(QPainter& painter, const project::Project& project,
                                     const MapFrame& frame) const {
    painter.setPen(QPen(m_style.idleSpaceOutline, 1.0 * frame.symbolScale));
    painter.setBrush(m_style.idleSpaceFill);
    for (const project::IdleSpace& space : project.idleSpaces().items())
        if (space.footprint) painter.drawPath(polygonPath(*space.footprint, frame.transform));
}

void MapRenderer::drawStreets(QPainter& painter, const project::Project& project,
                              const MapFrame& frame) const {
    struct Item {
        const project::Street* street;
        StreetStyle style;
        double widthPx;
        QPolygonF line;
    };
    const double metresPerPixel = std::max(frame.transform.groundMetresPerPixel(), 1e-6);
    const double casingPx = 1.0 * frame.symbolScale;
    // Streets wholly outside the view are skipped; the margin covers the widest pen.
    const double widestPx = std::max(m_style.street("motorway").widthM / metresPerPixel,
                                     3.0 * frame.symbolScale);
    const geo::BoundingBox visible = visibleBox(frame, widestPx + 2.0 * casingPx + 2.0);
    std::vector<Item> items;
    const auto* grid = frame.index ? frame.index->streets(project) : nullptr;
    forEachIntersecting(project.streets(), grid, visible,
                        [&](const project::Street& street, const geo::BoundingBox&) {
                            if (street.line.size() < 2) return;
                            StreetStyle style = m_style.street(street.highway);
                            const double width = std::max(style.widthM / metresPerPixel,
                                                          style.minWidthPx * frame.symbolScale);
                            // Vertices closer than half a pixel add nothing but stroking work.
                            QPolygonF line = simplifiedPixels(street.line, frame.transform, 0.5);
                            if (line.size() < 2) return;
                            items.push_back({&street, style, width, std::move(line)});
                        });
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return a.style.zOrder < b.style.zOrder; });

    // Zoomed out, footpaths and minor roads are a pixel or two wide: dashes and casings would
    // cost most of the drawing time (a large district has tens of thousands of them) and not
    // show; they are drawn as plain thin lines instead.
    const bool overview = metresPerPixel > m_style.streetOverviewGroundMetresPerPixel;
    auto plain = [&](const Item& item) {
        return overview && item.style.zOrder <= m_style.streetOverviewMaxPlainZOrder;
    };
    painter.setBrush(Qt::NoBrush);
    // Casings first, so crossing streets of one class join without a seam.
    for (const Item& item : items) {
        QColor casing = item.street->bridge ? QColor(0x40, 0x40, 0x40) : item.style.casing;
        if (!casing.isValid() || plain(item)) continue;
        QPen pen(casing, item.widthPx + 2.0 * casingPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        if (item.street->bridge) pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawPolyline(item.line);
    }
    for (const Item& item : items) {
        const Qt::PenStyle pattern = plain(item) ? Qt::SolidLine : item.style.pattern;
        QColor fill = item.style.fill;
        // Without its casing a white street would vanish into the background.
        if (plain(item) && item.style.casing.isValid()) fill = item.style.casing;
        QPen pen(fill, item.widthPx, pattern,
                 pattern == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.drawPolyline(item.line);
    }
}

void MapRenderer::drawStudyArea(QPainter& painter, const project::Project& project,
                                const MapFrame& frame) const {
    if (!project.studyArea()) return;
    const QPainterPath area = polygonPath(*project.studyArea(), frame.transform);
    if (area.isEmpty()) return;
    QPainterPath outside;
    outside.setFillRule(Qt::OddEvenFill);
    outside.addRect(viewportRect(frame).adjusted(-10.0, -10.0, 10.0, 10.0));
    outside.addPath(area);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.outsideVeil);
    painter.drawPath(outside);

    QPen outline(m_style.studyAreaOutline, 2.0 * frame.symbolScale, Qt::DashLine);
    outline.setJoinStyle(Qt::RoundJoin);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(area);
}

void MapRenderer::drawIdleMarkers(QPainter& painter, const project::Project& project,
                                  const MapFrame& frame) const {
    const double r = 5.0 * frame.symbolScale;
    painter.setPen(QPen(m_style.idleSpaceOutline, 1.0 * frame.symbolScale));
    painter.setBrush(QColor(m_style.idleSpaceFill.red(), m_style.idleSpaceFill.green(),
                            m_style.idleSpaceFill.blue()));
    const geo::BoundingBox near = visibleBox(frame, r + 1.0);  // cheap test before projecting
    for (const project::IdleSpace& space : project.idleSpaces().items()) {
        if (!near.contains(space.position)) continue;
        const QPointF c = frame.transform.toPixel(space.position);
        if (!nearViewport(c, frame, r)) continue;
        const QPolygonF diamond{QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                                QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())};
        painter.drawPolygon(diamond);
    }
}

void MapRenderer::drawGates(QPainter& painter, const project::Project& project,
                            const MapFrame& frame) const {
    const double half = 2.5 * frame.symbolScale;
    painter.setPen(QPen(m_style.gateOutline, 1.0 * frame.symbolScale));
    const geo::BoundingBox near = visibleBox(frame, half + 1.0);
    for (const project::Gate& gate : project.gates().items()) {
        if (!near.contains(gate.position)) continue;
        const QPointF c = frame.transform.toPixel(gate.position);
        if (!nearViewport(c, frame, half)) continue;
        painter.setBrush(gate.kind == project::GateKind::Vehicle ? m_style.gateOutline
                                                                 : m_style.gateFill);
        painter.drawRect(QRectF(c.x() - half, c.y() - half, 2.0 * half, 2.0 * half));
    }
}

void MapRenderer::drawFacilities(QPainter& painter, const project::Project& project,
                                 const MapFrame& frame) const {
    const bool icons = frame.transform.groundMetresPerPixel()
                       <= m_style.facilityIconMaxGroundMetresPerPixel;
    const double r =
        (icons ? m_style.facilityIconRadiusPx : m_style.facilityDotRadiusPx) * frame.symbolScale;
    const catalog::Catalog& catalog = project.catalog();
    // Twenty thousand facilities in a city: a comparison of degrees rules out those far from
    // the view before the projection (the box is a pixel wider than the exact test below).
    const geo::BoundingBox near = visibleBox(frame, r + 1.0);
    for (const project::Facility& facility : project.facilities().items()) {
        if (!near.contains(facility.position)) continue;
        if (!frame.hiddenCategories.empty() && frame.hiddenCategories.count(facility.categoryCode))
            continue;
        const QPointF c = frame.transform.toPixel(facility.position);
        if (!nearViewport(c, frame, r)) continue;
        const catalog::Category* category = catalog.find(facility.categoryCode);
        drawFacilitySymbol(painter, c, facility.categoryCode,
                           category ? std::string_view(category->group) : std::string_view(),
                           facility.status == project::FacilityStatus::Planned, icons,
                           frame.symbolScale);
    }
}

void MapRenderer::drawFacilitySymbol(QPainter& painter, QPointF centre,
                                     std::string_view categoryCode, std::string_view group,
                                     bool planned, bool withIcon, double symbolScale) const {
    const double r =
        (withIcon ? m_style.facilityIconRadiusPx : m_style.facilityDotRadiusPx) * symbolScale;
    const QColor colour = m_style.facilityColour(group);
    if (planned) {
        painter.setPen(QPen(colour, 2.2 * symbolScale));
        painter.setBrush(m_style.facilityOutline);
    } else {
        painter.setPen(QPen(m_style.facilityOutline, 1.2 * symbolScale));
        painter.setBrush(colour);
    }
    painter.drawEllipse(centre, r, r);
    if (!withIcon) return;
    // The glyph fills most of the inner circle; it is rendered at the device's pixel size so
    // it stays sharp on high-density screens and scaled print painters.
    const double side = 1.2 * r;
    const double deviceScale = std::sqrt(std::abs(painter.combinedTransform().determinant()))
                               * (painter.device() ? painter.device()->devicePixelRatioF() : 1.0);
    const int sidePx = std::clamp(static_cast<int>(std::lround(side * deviceScale)), 4, 512);
    const QImage icon = CategoryIcons::standard().image(
        categoryCode, sidePx, planned ? colour : m_style.facilityOutline);
    if (icon.isNull()) return;
    painter.drawImage(QRectF(centre.x() - side / 2.0, centre.y() - side / 2.0, side, side), icon);
}


void MapRenderer::drawGreen(QPainter& painter, const project::Project& project,
                            const MapFrame& frame) const {
    const geo::BoundingBox visible = visibleBox(frame, 2.0);
    painter.setPen(QPen(m_style.greenOutline, 0.8 * frame.symbolScale));
    for (const project::GreenArea& green : project.greenAreas().items()) {
        const geo::BoundingBox box = geo::boundsOf(green.outline);
        if (!box.intersects(visible)) continue;
        const QSizeF size = pixelSizeOf(box, frame);
        if (size.width() < 1.0 && size.height() < 1.0) continue;
        painter.setBrush(m_style.greenFill(project::greenAreaClass(green.kind)));
        painter.drawPath(polygonPath(green.outline, frame.transform));
    }
}

void MapRenderer::drawBuildings(QPainter& painter, const project::Project& project,
                                const MapFrame& frame) const {
    if (frame.transform.groundMetresPerPixel() > m_style.buildingMaxGroundMetresPerPixel) return;
    const geo::BoundingBox visible = visibleBox(frame, 2.0);
    const double minSize = m_style.buildingMinSizePx;
    painter.setPen(QPen(m_style.buildingOutline, 0.8 * frame.symbolScale));
    painter.setBrush(m_style.buildingFill);
    const auto* grid = frame.index ? frame.index->buildings(project) : nullptr;
    forEachIntersecting(project.buildings(), grid, visible,
                        [&](const project::Building& building, const geo::BoundingBox& box) {
                            const QSizeF size = pixelSizeOf(box, frame);
                            if (size.width() < minSize && size.height() < minSize) return;
                            if (building.outline.holes.empty()) {
                                const QPolygonF ring =
                                    simplifiedPixels(building.outline.outer, frame.transform, 0.75);
                                if (ring.size() >= 3) painter.drawPolygon(ring);
                            } else {
                                painter.drawPath(polygonPath(building.outline, frame.transform));
                            }
                        });
}

void MapRenderer::drawLabels(QPainter& painter, const project::Project& project,
                             const MapFrame& frame) const {
    const double groundPerPx = frame.transform.groundMetresPerPixel();
    const double scale = frame.symbolScale;
    const QRectF view = viewportRect(frame);
    LabelPainter labels(painter, view.adjusted(2.0, 2.0, -2.0, -2.0));
    const LabelStyle streetStyle{mapFont(m_style.streetLabelPx * scale), m_style.labelText,
                                 m_style.labelHalo, 1.6 * scale};
    const LabelStyle facilityStyle{mapFont(m_style.facilityLabelPx * scale), m_style.labelText,
                                   m_style.labelHalo, 1.5 * scale};
    QFont areaFont = mapFont(m_style.areaLabelPx * scale);
    areaFont.setItalic(true);
    const LabelStyle waterStyle{areaFont, m_style.waterLabelText, m_style.labelHalo, 1.5 * scale};
    const LabelStyle greenStyle{areaFont, m_style.greenLabelText, m_style.labelHalo, 1.5 * scale};

    // Facility markers stay readable: no name covers one. Their own names come first when
    // zoomed in closely, as they are what the plan is about.
    if (layerShown(frame, MapLayer::Facilities)) {
        const bool icons = groundPerPx <= m_style.facilityIconMaxGroundMetresPerPixel;
        const double r =
            (icons ? m_style.facilityIconRadiusPx : m_style.facilityDotRadiusPx) * scale;
        struct Named {
            QPointF centre;
            const project::Facility* facility;
        };
        std::vector<Named> named;
        const geo::BoundingBox near = visibleBox(frame, r + 1.0);
        for (const project::Facility& facility : project.facilities().items()) {
            if (!near.contains(facility.position)) continue;
            if (frame.hiddenCategories.count(facility.categoryCode)) continue;
            const QPointF c = frame.transform.toPixel(facility.position);
            if (!view.adjusted(-r, -r, r, r).contains(c)) continue;
            labels.addObstacle(QRectF(c.x() - r, c.y() - r, 2.0 * r, 2.0 * r));
            if (!facility.name.empty()) named.push_back({c, &facility});
        }
        if (groundPerPx <= m_style.facilityLabelMaxGroundMetresPerPixel)
            for (const Named& n : named)
                labels.placeBeside(QString::fromStdString(n.facility->name), n.centre, r,
                                   facilityStyle);
    }

    // Walking minutes of the analysis results, inside their compounds.
    if (layerShown(frame, MapLayer::Access) && frame.access) {
        const LabelStyle minutesStyle{mapFont(m_style.areaLabelPx * scale), m_style.labelText,
                                      m_style.labelHalo, 2.0 * scale};
        for (const AccessLabel& label : accessLabels(project, frame, *frame.access))
            labels.placeAt(label.text, label.at, minutesStyle);
    }

    // Street names along the streets, the most important streets first.
    if (layerShown(frame, MapLayer::Streets)
        && groundPerPx <= m_style.streetLabelMaxGroundMetresPerPixel) {
        const geo::BoundingBox visible = visibleBox(frame, 0.0);
        struct Candidate {
            const project::Street* street;
            int zOrder;
            double lengthPx;
            QPolygonF line;
        };
        std::vector<Candidate> candidates;
        const auto* grid = frame.index ? frame.index->streets(project) : nullptr;
        forEachIntersecting(
            project.streets(), grid, visible,
            [&](const project::Street& street, const geo::BoundingBox&) {
                if (street.name.empty() || street.line.size() < 2) return;
                // Only the visible parts count: a long street crossing the view gets its name
                // where it is seen.
                for (QPolygonF& part : clipPolyline(toPixels(street.line, frame.transform), view)) {
                    double length = 0.0;
                    for (qsizetype i = 1; i < part.size(); ++i) {
                        const QPointF d = part.at(i) - part.at(i - 1);
                        length += std::hypot(d.x(), d.y());
                    }
                    candidates.push_back(
                        {&street, m_style.street(street.highway).zOrder, length, std::move(part)});
                }
            });
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate& a, const Candidate& b) {
                             if (a.zOrder != b.zOrder) return a.zOrder > b.zOrder;
                             return a.lengthPx > b.lengthPx;
                         });
        for (const Candidate& c : candidates)
            labels.placeAlongLine(QString::fromStdString(c.street->name), c.line, streetStyle);
    }

    // Water and park names inside their areas, large areas first.
    if (groundPerPx <= m_style.areaLabelMaxGroundMetresPerPixel) {
        const geo::BoundingBox visible = visibleBox(frame, 0.0);
        struct Area {
            QString name;
            QPolygonF ring;
            double sizePx;
            const LabelStyle* style;
        };
        std::vector<Area> areas;
        auto collect = [&](const std::string& name, const geo::Polygon& outline,
                           const LabelStyle* style) {
            if (name.empty() || outline.outer.size() < 3) return;
            const geo::BoundingBox box = geo::boundsOf(outline.outer);
            if (!box.intersects(visible)) return;
            const QSizeF size = pixelSizeOf(box, frame);
            if (size.width() < 40.0 * scale || size.height() < 14.0 * scale) return;
            areas.push_back({QString::fromStdString(name), toPixels(outline.outer, frame.transform),
                             size.width() * size.height(), style});
        };
        if (layerShown(frame, MapLayer::Water))
            for (const project::WaterArea& water : project.waterAreas().items())
                collect(water.name, water.outline, &waterStyle);
        if (layerShown(frame, MapLayer::Green))
            for (const project::GreenArea& green : project.greenAreas().items())
                collect(green.name, green.outline, &greenStyle);
        std::stable_sort(areas.begin(), areas.end(),
                         [](const Area& a, const Area& b) { return a.sizePx > b.sizePx; });
        for (const Area& area : areas) {
            QPointF at = ringCentroid(area.ring);
            if (!area.ring.containsPoint(at, Qt::OddEvenFill))
                at = area.ring.boundingRect().center();
            if (!area.ring.containsPoint(at, Qt::OddEvenFill)) continue;
            labels.placeAt(area.name, at, *area.style);
        }
    }
}

void MapRenderer::drawAttribution(QPainter& painter, const project::Project& project,
                                  const MapFrame& frame) const {
    QString text = attributionText(project);
    const QString basemap = frame.basemapAttribution.trimmed();
    if (!basemap.isEmpty() && !text.contains(basemap))
        text = text.isEmpty() ? basemap : text + QStringLiteral(" | ") + basemap;
    if (text.isEmpty()) return;
    const QFont font = mapFont(11.0 * frame.symbolScale);
    const QFontMetricsF metrics(font, painter.device());
    const double pad = 3.0 * frame.symbolScale;
    const QRectF view = viewportRect(frame);
    const double width = std::min(metrics.horizontalAdvance(text) + 2.0 * pad, view.width());
    const double height = metrics.height() + 2.0 * pad;
    const QRectF box(view.right() - width, view.bottom() - height, width, height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.attributionBackground);
    painter.drawRect(box);
    painter.setFont(font);
    painter.setPen(m_style.attributionText);
    painter.drawText(box.adjusted(pad, pad, -pad, -pad), Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(text, Qt::ElideLeft, box.width() - 2.0 * pad));
}

}  // namespace yike::ui
