// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_renderer.h"

#include <algorithm>
#include <vector>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include "core/project/project.h"

namespace yike::ui {
namespace {

QPolygonF toPixels(const std::vector<geo::LonLat>& points, const MapTransform& t) {
    QPolygonF polygon;
    polygon.reserve(static_cast<qsizetype>(points.size()));
    for (const geo::LonLat& p : points) polygon.append(t.toPixel(p));
    return polygon;
}

QPainterPath polygonPath(const geo::Polygon& polygon, const MapTransform& t) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (polygon.outer.size() < 3) return path;
    path.addPolygon(toPixels(polygon.outer, t));
    path.closeSubpath();
    for (const geo::Ring& hole : polygon.holes) {
        if (hole.size() < 3) continue;
        path.addPolygon(toPixels(hole, t));
        path.closeSubpath();
    }
    return path;
}

QRectF viewportRect(const MapFrame& frame) {
    return {QPointF(0.0, 0.0), frame.transform.viewportSize()};
}

// Point symbols outside the viewport (plus a margin for their size) are skipped.
bool nearViewport(QPointF px, const MapFrame& frame, double margin) {
    return viewportRect(frame).adjusted(-margin, -margin, margin, margin).contains(px);
}

QFont mapFont(double pixelSize) {
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC")});
    font.setPixelSize(std::max(1, static_cast<int>(pixelSize + 0.5)));
    return font;
}

}  // namespace

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

    const MapLayers layers = frame.layers;
    if (layers.testFlag(MapLayer::Water)) drawWater(painter, project, frame);
    if (layers.testFlag(MapLayer::Compounds)) drawCompounds(painter, project, frame);
    if (layers.testFlag(MapLayer::IdleSpaces)) drawIdleFootprints(painter, project, frame);
    if (layers.testFlag(MapLayer::Streets)) drawStreets(painter, project, frame);
    if (layers.testFlag(MapLayer::StudyArea)) drawStudyArea(painter, project, frame);
    if (layers.testFlag(MapLayer::IdleSpaces)) drawIdleMarkers(painter, project, frame);
    if (layers.testFlag(MapLayer::Gates)) drawGates(painter, project, frame);
    if (layers.testFlag(MapLayer::Facilities)) drawFacilities(painter, project, frame);
    if (layers.testFlag(MapLayer::Attribution)) drawAttribution(painter, project, frame);
    painter.restore();
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
    for (const project::Compound& compound : project.compounds().items()) {
        painter.setPen(compound.fenced ? fenced : open);
        painter.drawPath(polygonPath(compound.outline, frame.transform));
    }
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
    };
    const double metresPerPixel = std::max(frame.transform.groundMetresPerPixel(), 1e-6);
    std::vector<Item> items;
    items.reserve(project.streets().size());
    for (const project::Street& street : project.streets().items()) {
        if (street.line.size() < 2) continue;
        StreetStyle style = m_style.street(street.highway);
        const double width =
            std::max(style.widthM / metresPerPixel, style.minWidthPx * frame.symbolScale);
        items.push_back({&street, style, width});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return a.style.zOrder < b.style.zOrder; });

    painter.setBrush(Qt::NoBrush);
    const double casingPx = 1.0 * frame.symbolScale;
    // Casings first, so crossing streets of one class join without a seam.
    for (const Item& item : items) {
        QColor casing = item.street->bridge ? QColor(0x40, 0x40, 0x40) : item.style.casing;
        if (!casing.isValid()) continue;
        QPen pen(casing, item.widthPx + 2.0 * casingPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        if (item.street->bridge) pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawPolyline(toPixels(item.street->line, frame.transform));
    }
    for (const Item& item : items) {
        QPen pen(item.style.fill, item.widthPx, item.style.pattern,
                 item.style.pattern == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.drawPolyline(toPixels(item.street->line, frame.transform));
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
    for (const project::IdleSpace& space : project.idleSpaces().items()) {
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
    for (const project::Gate& gate : project.gates().items()) {
        const QPointF c = frame.transform.toPixel(gate.position);
        if (!nearViewport(c, frame, half)) continue;
        painter.setBrush(gate.kind == project::GateKind::Vehicle ? m_style.gateOutline
                                                                 : m_style.gateFill);
        painter.drawRect(QRectF(c.x() - half, c.y() - half, 2.0 * half, 2.0 * half));
    }
}

void MapRenderer::drawFacilities(QPainter& painter, const project::Project& project,
                                 const MapFrame& frame) const {
    const double r = 4.5 * frame.symbolScale;
    const catalog::Catalog& catalog = project.catalog();
    for (const project::Facility& facility : project.facilities().items()) {
        const QPointF c = frame.transform.toPixel(facility.position);
        if (!nearViewport(c, frame, r)) continue;
        const catalog::Category* category = catalog.find(facility.categoryCode);
        const QColor colour = m_style.facilityColour(category ? category->group : std::string());
        if (facility.status == project::FacilityStatus::Planned) {
            painter.setPen(QPen(colour, 2.2 * frame.symbolScale));
            painter.setBrush(m_style.facilityOutline);
        } else {
            painter.setPen(QPen(m_style.facilityOutline, 1.2 * frame.symbolScale));
            painter.setBrush(colour);
        }
        painter.drawEllipse(c, r, r);
    }
}

void MapRenderer::drawAttribution(QPainter& painter, const project::Project& project,
                                  const MapFrame& frame) const {
    const QString text = attributionText(project);
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
