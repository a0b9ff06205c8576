// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/guide_map_page.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include "core/access/analysis_session.h"
#include "core/catalog/catalog.h"
#include "core/project/project.h"
#include "ui/print/page_style.h"
#include "ui/print/print_tr.h"
#include "ui/print/qr_code.h"
#include "ui/render/category_icons.h"
#include "ui/render/map_labels.h"
#include "ui/render/map_legend.h"
#include "ui/render/map_renderer.h"
#include "ui/render/paint_support.h"
#include "ui/render/scale_bar.h"

namespace yike::ui {
namespace {

constexpr double U = kPageUnitsPerMm;

QPointF units(QPointF mm) { return mm * U; }
QRectF units(const QRectF& mm) { return {mm.topLeft() * U, mm.size() * U}; }

double widthMm(const QFont& font, const QString& text) {
    return QFontMetricsF(font).horizontalAdvance(text) / U;
}

bool chinese() { return QLocale().language() == QLocale::Chinese; }

QString pick(const std::string& zh, const std::string& en) {
    const std::string& first = chinese() ? zh : en;
    return QString::fromStdString(first.empty() ? (chinese() ? en : zh) : first);
}

/// Walking minutes as printed: rounded up, so the sign never promises a shorter walk.
QString minutesText(double minutes) {
    if (minutes <= 0.0) return PrintTr::tr("here");
    return PrintTr::tr("%n min", nullptr, int(std::ceil(minutes - 1e-9)));
}

QString areaMinutesText(double minutes) {
    return PrintTr::tr("%1 min").arg(QLocale().toString(minutes, 'g', 3));
}

/// Text centred on `centre` (millimetres) at `angleDeg`, with a halo behind it so it reads
/// over the map. The glyphs stay text (a PDF reader finds them); only the halo is a path.
void drawLabel(QPainter& p, const QFont& font, const QString& text, QPointF centre,
               double angleDeg, const QColor& colour, const QColor& halo, double haloMm) {
    const QFontMetricsF fm(font);
    const double w = fm.horizontalAdvance(text);
    const QPointF baseline(-w / 2.0, (fm.ascent() - fm.descent()) / 2.0);
    p.save();
    p.translate(units(centre));
    p.rotate(angleDeg);
    if (haloMm > 0.0 && halo.alpha() > 0) {
        QPainterPath path;
        path.addText(baseline, font, text);
        p.setPen(QPen(halo, 2.0 * haloMm * U, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.setFont(font);
    p.setPen(colour);
    p.drawText(baseline, text);
    p.restore();
}

QPainterPath polygonPath(const std::vector<geo::Polygon>& polygons,
                         const std::function<QPointF(geo::LonLat)>& toPage) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    auto addRing = [&](const geo::Ring& ring) {
        if (ring.size() < 3) return;
        QPolygonF poly;
        poly.reserve(qsizetype(ring.size()) + 1);
        for (const geo::LonLat& p : ring) poly << units(toPage(p));
        poly << poly.first();
        path.addPolygon(poly);
    };
    for (const geo::Polygon& polygon : polygons) {
        addRing(polygon.outer);
        for (const geo::Ring& hole : polygon.holes) addRing(hole);
    }
    return path;
}

void drawIcon(QPainter& p, std::string_view code, const QRectF& rectMm, const QColor& colour,
              double dotsPerMm) {
    const int px = std::clamp(int(std::lround(rectMm.width() * dotsPerMm * 2.0)), 16, 512);
    const QImage icon = CategoryIcons::standard().image(code, px, colour);
    if (!icon.isNull()) p.drawImage(units(rectMm), icon);
}

}  // namespace

GuideMapPage::GuideMapPage(const project::Project& project, guidemap::GuideMapContent content,
                           PageLayout layout, QString centreName, QDate date)
    : m_project(project),
      m_content(std::move(content)),
      m_layout(std::move(layout)),
      m_centreName(std::move(centreName)),
      m_date(date),
      m_placement(QRectF()) {
    const QSizeF page = m_layout.pageSizeMm();
    m_scale = std::min(page.width(), page.height()) / 297.0;
    for (const guidemap::DirectoryEntry& e : m_content.directory)
        if (!m_layout.hiddenCategories.count(e.categoryCode)) m_entries.push_back(e);

    const PageFrame* map = m_layout.frame(FrameKind::Map);
    m_mapRect = map ? map->rectMm : QRectF(QPointF(0, 0), page);
    m_placement = PagePlacement(m_mapRect);

    // The scale: the largest walk area, the centre and every listed facility fit the frame.
    geo::BoundingBox box;
    auto extend = [&](geo::LonLat p) {
        if (box.isEmpty()) {
            box = {p.lon, p.lat, p.lon, p.lat};
            return;
        }
        box.minLon = std::min(box.minLon, p.lon);
        box.maxLon = std::max(box.maxLon, p.lon);
        box.minLat = std::min(box.minLat, p.lat);
        box.maxLat = std::max(box.maxLat, p.lat);
    };
    extend(m_content.centre);
    for (const guidemap::WalkArea& area : m_content.walkAreas)
        for (const geo::Polygon& polygon : area.polygons)
            for (const geo::LonLat& p : polygon.outer) extend(p);
    for (const guidemap::DirectoryEntry& e : m_entries) extend(e.position);
    // Some street around even a tiny area, so the sign shows where it is.
    const double minSpan = 0.004;
    const double cx = (box.minLon + box.maxLon) / 2.0;
    const double cy = (box.minLat + box.maxLat) / 2.0;
    box.minLon = std::min(box.minLon, cx - minSpan);
    box.maxLon = std::max(box.maxLon, cx + minSpan);
    box.minLat = std::min(box.minLat, cy - minSpan);
    box.maxLat = std::max(box.maxLat, cy + minSpan);
    m_mapTransform = MapTransform::fitting(box, m_mapRect.size(), 8.0 * m_scale);

    placeMapItems();
    planDirectory();
}

QPointF GuideMapPage::toPage(geo::LonLat p) const {
    return m_mapRect.topLeft() + m_mapTransform.toPixel(p);
}

QString GuideMapPage::title() const {
    if (!m_layout.title.isEmpty()) return m_layout.title;
    if (m_centreName.isEmpty()) return PrintTr::tr("15-Minute Living Circle Guide Map");
    return PrintTr::tr("%1 15-Minute Living Circle Guide Map").arg(m_centreName);
}

QString GuideMapPage::subtitle() const {
    if (!m_layout.subtitle.isEmpty()) return m_layout.subtitle;
    QStringList minutes;
    for (const guidemap::WalkArea& area : m_content.walkAreas)
        minutes << QLocale().toString(area.minutes, 'g', 3);
    QString walkers = QString::fromStdString(m_content.profileCode);
    for (const project::WalkProfile& profile : m_project.walkProfiles())
        if (profile.code == m_content.profileCode) walkers = pick(profile.nameZh, profile.nameEn);
    return PrintTr::tr("Services within %1 minutes' walk, at the pace of %2")
        .arg(minutes.join(PrintTr::tr(", ")), walkers);
}

void GuideMapPage::placeMapItems() {
    const double k = m_scale;
    const QRectF frame = m_mapRect;

    // 1. You are here.
    const QPointF centre = toPage(m_content.centre);
    const double pin = 8.0 * k;
    if (frame.contains(centre)) {
        m_placement.add({PlacedKind::Centre, {centre, {pin, pin}, 0.0}, {}, 0, centre, false, {}});
        const QFont font = pageFont(m_layout, 4.2 * k, true);
        const QString text = PrintTr::tr("You are here");
        const QSizeF size(widthMm(font, text) + 1.0 * k, 5.4 * k);
        for (const QPointF offset : {QPointF(pin / 2 + size.width() / 2 + 0.8 * k, 0),
                                     QPointF(-(pin / 2 + size.width() / 2 + 0.8 * k), 0),
                                     QPointF(0, -(pin / 2 + size.height() / 2 + 0.6 * k)),
                                     QPointF(0, pin / 2 + size.height() / 2 + 0.6 * k)}) {
            const PageBox box{centre + offset, size, 0.0};
            if (m_placement.isFree(box)) {
                m_placement.add({PlacedKind::Centre, box, text, 0, centre, false, {}});
                break;
            }
        }
    }

    // 2. Markers, in directory order: each at its facility, or moved to the nearest free spot
    // with a leader line back to it.
    const double marker = 6.4 * k;
    std::map<int, PageBox> markers;
    for (const guidemap::DirectoryEntry& e : m_entries) {
        const QPointF anchor = toPage(e.position);
        const std::optional<QPointF> at =
            m_placement.findSpot(anchor, {marker, marker}, marker * 0.75, 10);
        if (!at) {
            m_unplaced.push_back(e.number);
            continue;
        }
        const QPointF d = *at - anchor;
        const bool displaced = std::hypot(d.x(), d.y()) > 1e-6;
        PlacedItem item{PlacedKind::Marker, {*at, {marker, marker}, 0.0}, {}, e.number, anchor,
                        displaced, {}};
        if (displaced) item.leader = QLineF(anchor, *at);
        markers.emplace(e.number, item.box);
        m_placement.add(std::move(item));
    }

    // 3. Numbers beside their markers; a number with no room beside its marker moves out with
    // a leader line of its own.
    const QFont numberFont = pageFont(m_layout, 3.4 * k, true);
    for (const guidemap::DirectoryEntry& e : m_entries) {
        const auto it = markers.find(e.number);
        if (it == markers.end()) continue;
        const QPointF m = it->second.centre;
        const QString text = QString::number(e.number);
        const QSizeF size(std::max(4.6 * k, widthMm(numberFont, text) + 1.8 * k), 4.6 * k);
        const double dx = marker / 2 + size.width() / 2 + 0.3 * k;
        const double dy = marker / 2 + size.height() / 2 + 0.3 * k;
        bool placed = false;
        for (const QPointF offset :
             {QPointF(dx, -dy * 0.55), QPointF(-dx, -dy * 0.55), QPointF(dx, dy * 0.55),
              QPointF(-dx, dy * 0.55), QPointF(0, -dy), QPointF(0, dy)}) {
            const PageBox box{m + offset, size, 0.0};
            if (!m_placement.isFree(box)) continue;
            m_placement.add({PlacedKind::Number, box, text, e.number, m, false, {}});
            placed = true;
            break;
        }
        if (placed) continue;
        if (const std::optional<QPointF> at = m_placement.findSpot(m, size, size.height(), 8))
            m_placement.add({PlacedKind::Number, {*at, size, 0.0}, text, e.number, m, true,
                             QLineF(m, *at)});
    }

    // 4. The minutes of each walk area, on its outline.
    const QFont areaFont = pageFont(m_layout, 3.6 * k, true);
    for (const guidemap::WalkArea& area : m_content.walkAreas) {
        const geo::Polygon* largest = nullptr;
        for (const geo::Polygon& polygon : area.polygons)
            if (!largest || polygon.outer.size() > largest->outer.size()) largest = &polygon;
        if (!largest || largest->outer.empty()) continue;
        QPolygonF ring;
        for (const geo::LonLat& p : largest->outer) ring << toPage(p);
        const QString text = areaMinutesText(area.minutes);
        const QSizeF size(widthMm(areaFont, text) + 1.6 * k, 5.0 * k);
        // Top, bottom, left and right extremes of the outline, in that order.
        std::vector<QPointF> candidates(4, ring.first());
        for (const QPointF& p : ring) {
            if (p.y() < candidates[0].y()) candidates[0] = p;
            if (p.y() > candidates[1].y()) candidates[1] = p;
            if (p.x() < candidates[2].x()) candidates[2] = p;
            if (p.x() > candidates[3].x()) candidates[3] = p;
        }
        for (const QPointF& c : candidates) {
            if (const std::optional<QPointF> at = m_placement.findSpot(c, size, 2.0 * k, 3)) {
                m_placement.add({PlacedKind::WalkArea, {*at, size, 0.0}, text, 0, c, false, {}});
                break;
            }
        }
    }

    // 5. Street names along straight stretches of their streets, main streets first.
    const QFont streetFont = pageFont(m_layout, 3.0 * k);
    const PagePalette palette = pagePalette(m_layout.style);
    struct Candidate {
        QString name;
        int zOrder;
        StraightRun run;
    };
    std::vector<Candidate> candidates;
    const geo::BoundingBox visible = [&] {
        const geo::LonLat a = m_mapTransform.toLonLat(QPointF(0, 0));
        const geo::LonLat b = m_mapTransform.toLonLat(
            QPointF(m_mapRect.width(), m_mapRect.height()));
        return geo::BoundingBox{std::min(a.lon, b.lon), std::min(a.lat, b.lat),
                                std::max(a.lon, b.lon), std::max(a.lat, b.lat)};
    }();
    for (const project::Street& street : m_project.streets().items()) {
        if (street.name.empty() || street.line.size() < 2) continue;
        if (!geo::boundsOf(street.line).intersects(visible)) continue;
        QPolygonF line;
        for (const geo::LonLat& p : street.line) line << toPage(p);
        for (const QPolygonF& part : clipPolyline(line, frame))
            for (const StraightRun& run : straightRuns(part))
                candidates.push_back({QString::fromStdString(street.name),
                                      palette.map.street(street.highway).zOrder, run});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.zOrder != b.zOrder) return a.zOrder > b.zOrder;
        return a.run.length > b.run.length;
    });
    std::map<QString, std::vector<QPointF>> named;
    const double repeat = 110.0 * k;
    for (const Candidate& c : candidates) {
        const double w = widthMm(streetFont, c.name);
        if (c.run.length < w * 1.15) continue;
        std::vector<QPointF>& at = named[c.name];
        if (std::any_of(at.begin(), at.end(), [&](QPointF p) {
                return std::hypot(p.x() - c.run.middle.x(), p.y() - c.run.middle.y()) < repeat;
            }))
            continue;
        const PageBox box{c.run.middle, {w + 0.8 * k, 3.9 * k}, c.run.angleDeg};
        if (!m_placement.isFree(box)) continue;
        m_placement.add({PlacedKind::Street, box, c.name, 0, c.run.middle, false, {}});
        at.push_back(c.run.middle);
    }

    // 6. Parks, water and compounds by name, where the name fits inside.
    const QFont nameFont = pageFont(m_layout, 2.9 * k);
    auto placeArea = [&](const std::string& name, const geo::Polygon& outline) {
        if (name.empty() || outline.outer.size() < 3) return;
        QPolygonF ring;
        for (const geo::LonLat& p : outline.outer) ring << toPage(p);
        const QRectF bounds = ring.boundingRect();
        if (!frame.intersects(bounds)) return;
        const QString text = QString::fromStdString(name);
        const QSizeF size(widthMm(nameFont, text) + 0.8 * k, 3.8 * k);
        if (size.width() > bounds.width() * 1.1 || size.height() > bounds.height()) return;
        const QPointF c = bounds.center();
        if (!ring.containsPoint(c, Qt::OddEvenFill)) return;
        const PageBox box{c, size, 0.0};
        if (m_placement.isFree(box))
            m_placement.add({PlacedKind::Area, box, text, 0, c, false, {}});
    };
    for (const project::GreenArea& g : m_project.greenAreas().items()) placeArea(g.name, g.outline);
    for (const project::WaterArea& w : m_project.waterAreas().items()) placeArea(w.name, w.outline);
    for (const project::Compound& c : m_project.compounds().items()) placeArea(c.name, c.outline);
}

void GuideMapPage::planDirectory() {
    const PageFrame* frame = m_layout.frame(FrameKind::Directory);
    if (!frame || !frame->visible) return;
    std::set<std::string> groups;
    for (const guidemap::DirectoryEntry& e : m_entries) groups.insert(e.groupCode);
    const int wanted = int(m_entries.size() + groups.size());
    const double k = m_scale;
    for (double font = 4.2 * k;; font *= 0.9) {
        const double rowH = font * 1.55;
        const double headH = font * 2.2;
        const double minColumn = font * 15.0;
        m_directory.fontMm = font;
        m_directory.columns = std::max(1, int(frame->rectMm.width() / minColumn));
        m_directory.rowsPerColumn = std::max(0, int((frame->rectMm.height() - headH) / rowH));
        const int capacity = m_directory.columns * m_directory.rowsPerColumn;
        if (capacity >= wanted) {
            m_directory.shownEntries = int(m_entries.size());
            return;
        }
        if (font < 2.3 * k) {
            // The rest is summed up on the last line.
            m_directory.shownEntries =
                std::max(0, capacity - int(groups.size()) - 1);
            return;
        }
    }
}

void GuideMapPage::paint(QPainter& painter, double dotsPerMm) const {
    const PagePalette palette = pagePalette(m_layout.style);
    painter.save();
    painter.scale(dotsPerMm / U, dotsPerMm / U);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.fillRect(units(QRectF(QPointF(0, 0), pageSizeMm())), palette.paper);
    for (const PageFrame& frame : m_layout.frames) {
        if (!frame.visible) continue;
        painter.save();
        switch (frame.kind) {
        case FrameKind::Map: paintMap(painter); break;
        case FrameKind::Title: paintTitle(painter); break;
        case FrameKind::Legend: paintLegend(painter); break;
        case FrameKind::Directory: paintDirectory(painter); break;
        case FrameKind::ScaleBar: paintScaleBar(painter); break;
        case FrameKind::NorthArrow: paintNorthArrow(painter); break;
        case FrameKind::QrCode: paintQrCode(painter); break;
        case FrameKind::Credits: paintCredits(painter); break;
        case FrameKind::Text: paintText(painter, frame); break;
        }
        painter.restore();
    }
    painter.restore();
}

void GuideMapPage::paintTitle(QPainter& p) const {
    const PagePalette palette = pagePalette(m_layout.style);
    const QRectF r = m_layout.frame(FrameKind::Title)->rectMm;
    const double k = m_scale;
    p.setPen(Qt::NoPen);
    p.setBrush(palette.titleBand);
    p.drawRoundedRect(units(r), 2.5 * k * U, 2.5 * k * U);
    const QString title = this->title();
    const QString subtitle = this->subtitle();
    const double pad = 6.0 * k;
    double size = std::min(r.height() * 0.42, 13.0 * k);
    QFont font = pageFont(m_layout, size, true);
    while (widthMm(font, title) > r.width() - 2 * pad && size > 3.0) {
        size *= 0.94;
        font = pageFont(m_layout, size, true);
    }
    double subSize = std::min(size * 0.42, r.height() * 0.2);
    QFont subFont = pageFont(m_layout, subSize);
    while (widthMm(subFont, subtitle) > r.width() - 2 * pad && subSize > 2.0) {
        subSize *= 0.94;
        subFont = pageFont(m_layout, subSize);
    }
    const double block = size * 1.15 + (subtitle.isEmpty() ? 0.0 : subSize * 1.6);
    const double top = r.top() + (r.height() - block) / 2.0;
    p.setPen(palette.titleText);
    p.setFont(font);
    p.drawText(units(QRectF(r.left() + pad, top, r.width() - 2 * pad, size * 1.15)),
               Qt::AlignCenter, title);
    if (!subtitle.isEmpty()) {
        p.setFont(subFont);
        p.drawText(units(QRectF(r.left() + pad, top + size * 1.25, r.width() - 2 * pad,
                                subSize * 1.4)),
                   Qt::AlignCenter, subtitle);
    }
}

void GuideMapPage::paintMap(QPainter& p) const {
    const PagePalette palette = pagePalette(m_layout.style);
    const double k = m_scale;
    const QRectF r = m_mapRect;
    p.setClipRect(units(r), Qt::IntersectClip);

    // The basemap in two passes around the walk areas: areas and buildings under them,
    // streets over them so the way there stays visible.
    MapRenderer renderer(palette.map);
    MapFrame frame;
    frame.transform = MapTransform(m_mapTransform.center(), m_mapTransform.metresPerPixel() / U,
                                   r.size() * U);
    frame.origin = units(r.topLeft());
    frame.symbolScale = 25.4 / 96.0 * U * k * 0.85;
    frame.layers = MapLayer::Green | MapLayer::Water | MapLayer::Compounds | MapLayer::Buildings;
    renderer.render(p, m_project, frame);

    const auto toPage = [this](geo::LonLat ll) { return this->toPage(ll); };
    const int count = int(m_content.walkAreas.size());
    std::vector<int> order(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) order[std::size_t(i)] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_content.walkAreas[std::size_t(a)].minutes
               < m_content.walkAreas[std::size_t(b)].minutes;
    });
    std::vector<QPainterPath> paths(static_cast<std::size_t>(count));
    for (int rank = count - 1; rank >= 0; --rank) {
        const int i = order[std::size_t(rank)];
        paths[std::size_t(rank)] =
            polygonPath(m_content.walkAreas[std::size_t(i)].polygons, toPage);
        p.fillPath(paths[std::size_t(rank)], palette.walkFillAt(rank, count));
    }

    frame.layers = MapLayer::Streets;
    frame.paintBackground = false;
    renderer.render(p, m_project, frame);

    for (int rank = count - 1; rank >= 0; --rank) {
        QPen pen(palette.walkLineAt(rank, count), palette.walkLineMm * k * U);
        pen.setJoinStyle(Qt::RoundJoin);
        if (rank == count - 1 && count > 1) pen.setStyle(Qt::DashLine);
        p.strokePath(paths[std::size_t(rank)], pen);
    }

    // Leader lines under the markers they lead to.
    std::map<int, const guidemap::DirectoryEntry*> entries;
    for (const guidemap::DirectoryEntry& e : m_entries) entries.emplace(e.number, &e);
    p.setBrush(Qt::NoBrush);
    for (const PlacedItem& item : m_placement.items()) {
        if (!item.displaced) continue;
        p.setPen(QPen(palette.leader, 0.3 * k * U));
        p.drawLine(QLineF(units(item.leader.p1()), units(item.leader.p2())));
        if (item.kind == PlacedKind::Marker) {
            p.setPen(Qt::NoPen);
            p.setBrush(palette.leader);
            p.drawEllipse(units(item.anchor), 0.7 * k * U, 0.7 * k * U);
            p.setBrush(Qt::NoBrush);
        }
    }

    const QFont numberFont = pageFont(m_layout, 3.4 * k, true);
    const QFont streetFont = pageFont(m_layout, 3.0 * k);
    const QFont nameFont = pageFont(m_layout, 2.9 * k);
    const QFont areaFont = pageFont(m_layout, 3.6 * k, true);
    const QFont hereFont = pageFont(m_layout, 4.2 * k, true);
    const double dotsPerMm = p.transform().m11() * U;
    for (const PlacedItem& item : m_placement.items()) {
        const QRectF box = item.box.bounds();
        switch (item.kind) {
        case PlacedKind::Centre:
            if (item.text.isEmpty()) {
                const double r0 = item.box.size.width() / 2.0;
                p.setPen(QPen(Qt::white, 0.7 * k * U));
                p.setBrush(palette.centre);
                p.drawEllipse(units(item.box.centre), r0 * U, r0 * U);
                p.setPen(Qt::NoPen);
                p.setBrush(Qt::white);
                p.drawEllipse(units(item.box.centre), r0 * 0.36 * U, r0 * 0.36 * U);
            } else {
                drawLabel(p, hereFont, item.text, item.box.centre, 0.0, palette.centre,
                          palette.halo, 0.8 * k);
            }
            break;
        case PlacedKind::Marker: {
            const guidemap::DirectoryEntry* e = entries.at(item.number);
            const QColor colour = palette.group(e->groupCode);
            const double r0 = item.box.size.width() / 2.0;
            p.setPen(QPen(Qt::white, 0.5 * k * U));
            p.setBrush(e->status == project::FacilityStatus::Planned ? QBrush(Qt::white)
                                                                     : QBrush(colour));
            if (e->status == project::FacilityStatus::Planned)
                p.setPen(QPen(colour, 0.6 * k * U, Qt::DashLine));
            p.drawEllipse(units(item.box.centre), (r0 - 0.25 * k) * U, (r0 - 0.25 * k) * U);
            const double icon = r0 * 1.25;
            drawIcon(p, e->categoryCode,
                     QRectF(item.box.centre - QPointF(icon / 2, icon / 2), QSizeF(icon, icon)),
                     e->status == project::FacilityStatus::Planned ? colour : QColor(Qt::white),
                     dotsPerMm);
            break;
        }
        case PlacedKind::Number: {
            const guidemap::DirectoryEntry* e = entries.at(item.number);
            const QColor colour = palette.group(e->groupCode);
            p.setPen(QPen(colour, 0.35 * k * U));
            p.setBrush(Qt::white);
            const double radius = box.height() / 2.0 * U;
            p.drawRoundedRect(units(box), radius, radius);
            p.setFont(numberFont);
            p.setPen(palette.ink);
            p.drawText(units(box), Qt::AlignCenter, item.text);
            break;
        }
        case PlacedKind::WalkArea:
            drawLabel(p, areaFont, item.text, item.box.centre, 0.0, palette.walkLineAt(0, 1),
                      palette.halo, 0.8 * k);
            break;
        case PlacedKind::Street:
            drawLabel(p, streetFont, item.text, item.box.centre, item.box.angleDeg,
                      palette.streetText, palette.halo, 0.6 * k);
            break;
        case PlacedKind::Area:
            drawLabel(p, nameFont, item.text, item.box.centre, 0.0, palette.areaText, palette.halo,
                      0.5 * k);
            break;
        }
    }

    // The data's credit on the map itself, at the foot of the map.
    const QString attribution = MapRenderer::attributionText(m_project);
    if (!attribution.isEmpty()) {
        drawLabel(p, pageFont(m_layout, 2.3 * k), attribution,
                  QPointF(r.center().x(), r.bottom() - 2.2 * k), 0.0, palette.muted, palette.halo,
                  0.5 * k);
    }
    p.setClipping(false);
    p.setPen(QPen(palette.muted, 0.35 * k * U));
    p.setBrush(Qt::NoBrush);
    p.drawRect(units(r));
}

void GuideMapPage::paintLegend(QPainter& p) const {
    const PagePalette palette = pagePalette(m_layout.style);
    const QRectF r = m_layout.frame(FrameKind::Legend)->rectMm;
    const double k = m_scale;

    // What the legend lists: walk areas, you are here, groups used, categories used, walkers.
    std::vector<std::string> groups;
    std::vector<std::pair<std::string, std::string>> categories;  // code, group
    for (const guidemap::DirectoryEntry& e : m_entries) {
        if (std::find(groups.begin(), groups.end(), e.groupCode) == groups.end())
            groups.push_back(e.groupCode);
        if (std::none_of(categories.begin(), categories.end(),
                         [&](const auto& c) { return c.first == e.categoryCode; }))
            categories.emplace_back(e.categoryCode, e.groupCode);
    }
    const project::WalkProfile* profile = nullptr;
    for (const project::WalkProfile& w : m_project.walkProfiles())
        if (w.code == m_content.profileCode) profile = &w;
    const QString walkers =
        profile ? PrintTr::tr("Walking times at the pace of %1: %2 km/h, along the streets and "
                              "through the compound gates.")
                      .arg(pick(profile->nameZh, profile->nameEn),
                           QLocale().toString(profile->speedMps * 3.6, 'f', 1))
                : QString();
    auto groupName = [&](const std::string& code) {
        for (const guidemap::ServiceGroup& g : m_content.groups)
            if (g.code == code) return pick(g.nameZh, g.nameEn);
        return QString::fromStdString(code);
    };

    // Shrink the type until everything fits the frame.
    // Groups go as many to a row as their longest name allows, at most three.
    auto groupColumnsFor = [&](double fontMm) {
        const QFontMetricsF fm(pageFont(m_layout, fontMm));
        double widest = 0.0;
        for (const std::string& g : groups) widest = std::max(widest, fm.horizontalAdvance(groupName(g)) / U);
        const double cell = widest + fontMm * 1.6 * 0.6 + fontMm * 1.5;
        return std::clamp(int(r.width() / std::max(cell, 1e-6)), 1, 3);
    };
    double font = 4.0 * k;
    int catColumns = 1;
    int groupColumns = 3;
    for (;; font *= 0.92) {
        const double row = font * 1.6;
        const double width = r.width();
        catColumns = std::max(1, int(width / (font * 12.0)));
        groupColumns = groupColumnsFor(font);
        const int catRows = int((categories.size() + std::size_t(catColumns) - 1)
                                / std::size_t(catColumns));
        const QFont small = pageFont(m_layout, font * 0.85);
        const double walkersH =
            walkers.isEmpty() ? 0.0
                              : QFontMetricsF(small)
                                        .boundingRect(QRectF(0, 0, width * U, 1e6),
                                                      Qt::TextWordWrap, walkers)
                                        .height()
                                    / U
                                    + font * 0.6;
        const double groupRows = std::ceil(double(groups.size()) / double(groupColumns));
        const double needed = font * 1.9 + row * (double(m_content.walkAreas.size()) + 1)
                              + row * groupRows + row * catRows + walkersH + font;
        if (needed <= r.height() || font < 1.8 * k) break;
    }
    const double row = font * 1.6;
    const QFont heading = pageFont(m_layout, font * 1.2, true);
    const QFont body = pageFont(m_layout, font);
    const QFont small = pageFont(m_layout, font * 0.85);
    const double dotsPerMm = p.transform().m11() * U;
    p.setClipRect(units(r), Qt::IntersectClip);
    double y = r.top();
    p.setPen(palette.ink);
    p.setFont(heading);
    p.drawText(units(QRectF(r.left(), y, r.width(), font * 1.6)), Qt::AlignLeft | Qt::AlignVCenter,
               PrintTr::tr("Legend"));
    y += font * 1.9;

    const double sw = font * 2.2;
    auto textAt = [&](double x, double yy, const QString& text, const QFont& f, const QColor& c) {
        p.setFont(f);
        p.setPen(c);
        p.drawText(units(QRectF(x, yy, r.right() - x, row)), Qt::AlignLeft | Qt::AlignVCenter,
                   text);
    };
    const int count = int(m_content.walkAreas.size());
    std::vector<double> minutes;
    for (const guidemap::WalkArea& a : m_content.walkAreas) minutes.push_back(a.minutes);
    std::sort(minutes.begin(), minutes.end());
    for (int i = 0; i < count; ++i) {
        const QRectF swatch(r.left(), y + row * 0.18, sw, row * 0.64);
        p.setPen(Qt::NoPen);
        p.setBrush(palette.paper);
        p.drawRect(units(swatch));
        // The area as the map shows it: its own tint over the wider areas' tints.
        for (int j = count - 1; j >= i; --j) p.fillRect(units(swatch), palette.walkFillAt(j, count));
        QPen pen(palette.walkLineAt(i, count), palette.walkLineMm * k * U);
        if (i == count - 1 && count > 1) pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(units(swatch));
        textAt(r.left() + sw + font * 0.6, y,
               PrintTr::tr("Within %1 minutes' walk").arg(QLocale().toString(minutes[std::size_t(i)], 'g', 3)),
               body, palette.ink);
        y += row;
    }
    {
        const double r0 = row * 0.32;
        const QPointF c(r.left() + sw / 2, y + row / 2);
        p.setPen(QPen(Qt::white, 0.4 * k * U));
        p.setBrush(palette.centre);
        p.drawEllipse(units(c), r0 * U, r0 * U);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(units(c), r0 * 0.36 * U, r0 * 0.36 * U);
        textAt(r.left() + sw + font * 0.6, y, PrintTr::tr("You are here"), body, palette.ink);
        y += row;
    }
    // Groups, as many to a row as fit.
    const auto gc = std::size_t(groupColumns);
    const double groupW = r.width() / double(groupColumns);
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const double x = r.left() + groupW * double(i % gc);
        const double yy = y + row * double(i / gc);
        const double r0 = row * 0.3;
        p.setPen(Qt::NoPen);
        p.setBrush(palette.group(groups[i]));
        p.drawEllipse(units(QPointF(x + r0, yy + row / 2)), r0 * U, r0 * U);
        textAt(x + 2 * r0 + font * 0.5, yy, groupName(groups[i]), body, palette.ink);
    }
    y += row * std::ceil(double(groups.size()) / double(groupColumns));
    // Categories with their icons.
    const double catW = r.width() / catColumns;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        const double x = r.left() + catW * double(i % std::size_t(catColumns));
        const double yy = y + row * double(i / std::size_t(catColumns));
        const double d = row * 0.8;
        const QRectF disc(x, yy + (row - d) / 2, d, d);
        p.setPen(Qt::NoPen);
        p.setBrush(palette.group(categories[i].second));
        p.drawEllipse(units(disc));
        drawIcon(p, categories[i].first, disc.adjusted(d * 0.17, d * 0.17, -d * 0.17, -d * 0.17),
                 Qt::white, dotsPerMm);
        p.setFont(small);
        p.setPen(palette.ink);
        const QString name = categoryTitle(m_project, categories[i].first);
        const QRectF text(x + d + font * 0.4, yy, catW - d - font * 0.6, row);
        p.drawText(units(text), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(small).elidedText(name, Qt::ElideRight, text.width() * U));
    }
    y += row * std::ceil(double(categories.size()) / double(catColumns)) + font * 0.6;
    if (!walkers.isEmpty()) {
        p.setFont(small);
        p.setPen(palette.muted);
        p.drawText(units(QRectF(r.left(), y, r.width(), r.bottom() - y)), Qt::TextWordWrap,
                   walkers);
    }
}

void GuideMapPage::paintDirectory(QPainter& p) const {
    const PagePalette palette = pagePalette(m_layout.style);
    const QRectF r = m_layout.frame(FrameKind::Directory)->rectMm;
    const double k = m_scale;
    const double font = m_directory.fontMm;
    const double rowH = font * 1.55;
    const double headH = font * 2.2;
    p.setClipRect(units(r), Qt::IntersectClip);
    p.setPen(palette.ink);
    p.setFont(pageFont(m_layout, font * 1.2, true));
    p.drawText(units(QRectF(r.left(), r.top(), r.width(), headH * 0.8)),
               Qt::AlignLeft | Qt::AlignVCenter,
               m_entries.empty() ? PrintTr::tr("No services within the walk")
                                 : PrintTr::tr("Services and walking times from here"));
    if (m_entries.empty() || m_directory.rowsPerColumn <= 0) return;

    const QFont body = pageFont(m_layout, font);
    const QFont bold = pageFont(m_layout, font, true);
    const QFont number = pageFont(m_layout, font * 0.8, true);
    const double columnW = r.width() / m_directory.columns;
    int slot = 0;
    auto cell = [&](int s) {
        const int column = s / m_directory.rowsPerColumn;
        const int rowIndex = s % m_directory.rowsPerColumn;
        return QRectF(r.left() + column * columnW, r.top() + headH + rowIndex * rowH,
                      columnW - font * 1.2, rowH);
    };
    auto groupName = [&](const std::string& code) {
        for (const guidemap::ServiceGroup& g : m_content.groups)
            if (g.code == code) return pick(g.nameZh, g.nameEn);
        return QString::fromStdString(code);
    };
    std::string group;
    const int shown = m_directory.shownEntries;
    for (int i = 0; i < shown; ++i) {
        const guidemap::DirectoryEntry& e = m_entries[std::size_t(i)];
        const QColor colour = palette.group(e.groupCode);
        if (e.groupCode != group) {
            group = e.groupCode;
            // A section's title does not end a column.
            if ((slot + 1) % m_directory.rowsPerColumn == 0) ++slot;
            const QRectF c = cell(slot++);
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawRect(units(QRectF(c.left(), c.top() + rowH * 0.2, font * 0.45, rowH * 0.6)));
            p.setFont(bold);
            p.setPen(colour);
            const QRectF headingBox = c.adjusted(font * 0.9, 0, 0, 0);
            p.drawText(units(headingBox), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(bold).elidedText(groupName(group), Qt::ElideRight,
                                                      headingBox.width() * U));
        }
        const QRectF c = cell(slot++);
        const double badge = rowH * 0.78;
        const QRectF b(c.left(), c.top() + (rowH - badge) / 2, badge, badge);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(units(b));
        p.setFont(number);
        p.setPen(Qt::white);
        p.drawText(units(b), Qt::AlignCenter, QString::number(e.number));
        const QString minutes = minutesText(e.minutes);
        const double minutesW = widthMm(body, minutes);
        p.setPen(palette.muted);
        p.setFont(body);
        p.drawText(units(c), Qt::AlignRight | Qt::AlignVCenter, minutes);
        const QString category = categoryTitle(m_project, e.categoryCode);
        const QString name = e.name.empty() ? category : QString::fromStdString(e.name);
        const double textLeft = b.right() + font * 0.5;
        const double room = c.right() - minutesW - font * 0.6 - textLeft;
        p.setPen(palette.ink);
        const QString shownName =
            QFontMetricsF(body).elidedText(name, Qt::ElideRight, std::max(0.0, room) * U);
        p.drawText(units(QRectF(textLeft, c.top(), room, rowH)), Qt::AlignLeft | Qt::AlignVCenter,
                   shownName);
        const double used = widthMm(body, shownName);
        const QFont small = pageFont(m_layout, font * 0.8);
        const QString tag = e.name.empty() ? QString() : category;
        if (!tag.isEmpty() && shownName == name && used + widthMm(small, tag) + font < room) {
            p.setFont(small);
            p.setPen(palette.muted);
            p.drawText(units(QRectF(textLeft + used + font * 0.5, c.top(), room - used, rowH)),
                       Qt::AlignLeft | Qt::AlignVCenter, tag);
        }
        if (e.status == project::FacilityStatus::Planned) {
            p.setPen(QPen(colour, 0.25 * k * U, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(units(b.adjusted(-0.3 * k, -0.3 * k, 0.3 * k, 0.3 * k)));
        }
    }
    if (shown < int(m_entries.size())) {
        const QRectF c = cell(slot);
        p.setFont(body);
        p.setPen(palette.muted);
        p.drawText(units(c), Qt::AlignLeft | Qt::AlignVCenter,
                   PrintTr::tr("… and %n more", nullptr, int(m_entries.size()) - shown));
    }
}

void GuideMapPage::paintScaleBar(QPainter& p) const {
    const PagePalette palette = pagePalette(m_layout.style);
    const QRectF r = m_layout.frame(FrameKind::ScaleBar)->rectMm;
    const double k = m_scale;
    const double metresPerMm = m_mapTransform.groundMetresPerPixel();
    if (metresPerMm <= 0.0) return;
    const double pad = 1.5 * k;
    const double length = niceScaleLength((r.width() - 2 * pad) * 0.9 * metresPerMm);
    const double barW = length / metresPerMm;
    const double barH = std::min(1.8 * k, r.height() * 0.2);
    const QFont font = pageFont(m_layout, std::min(3.0 * k, r.height() * 0.32));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(units(r), 1.2 * k * U, 1.2 * k * U);
    const double y = r.bottom() - pad - barH;
    const double x = r.left() + pad;
    for (int i = 0; i < 4; ++i) {
        const QRectF seg(x + barW * i / 4.0, y, barW / 4.0, barH);
        p.setBrush(i % 2 == 0 ? palette.ink : palette.paper);
        p.setPen(QPen(palette.ink, 0.25 * k * U));
        p.drawRect(units(seg));
    }
    p.setFont(font);
    p.setPen(palette.ink);
    const double textH = y - r.top() - 0.4 * k;
    p.drawText(units(QRectF(x - 5 * k, r.top(), 10 * k, textH)), Qt::AlignHCenter | Qt::AlignBottom,
               QStringLiteral("0"));
    p.drawText(units(QRectF(x + barW - 15 * k, r.top(), 30 * k, textH)),
               Qt::AlignHCenter | Qt::AlignBottom, formatDistance(length));
}

void GuideMapPage::paintNorthArrow(QPainter& p) const {
    const PagePalette palette = pagePalette(m_layout.style);
    const QRectF r = m_layout.frame(FrameKind::NorthArrow)->rectMm;
    const double k = m_scale;
    const double textH = r.height() * 0.3;
    const QFont font = pageFont(m_layout, textH * 0.8, true);
    p.setFont(font);
    p.setPen(palette.ink);
    p.drawText(units(QRectF(r.left(), r.top(), r.width(), textH)), Qt::AlignCenter,
               PrintTr::tr("N", "north arrow"));
    const double w = std::min(r.width() * 0.5, (r.height() - textH) * 0.45);
    const QPointF tip(r.center().x(), r.top() + textH + 0.5 * k);
    const QPointF base(r.center().x(), r.bottom() - 0.5 * k);
    const QPointF notch(r.center().x(), base.y() - (base.y() - tip.y()) * 0.28);
    const QPointF left(r.center().x() - w / 2, base.y());
    const QPointF right(r.center().x() + w / 2, base.y());
    p.setPen(QPen(palette.ink, 0.3 * k * U, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(palette.ink);
    p.drawPolygon(QPolygonF{units(tip), units(left), units(notch)});
    p.setBrush(palette.paper);
    p.drawPolygon(QPolygonF{units(tip), units(right), units(notch)});
}

void GuideMapPage::paintQrCode(QPainter& p) const {
    if (m_layout.qrUrl.isEmpty()) return;
    const QrSymbol symbol = encodeQr(m_layout.qrUrl.toUtf8());
    if (symbol.isEmpty()) return;
    const PagePalette palette = pagePalette(m_layout.style);
    const QRectF r = m_layout.frame(FrameKind::QrCode)->rectMm;
    const double side = std::min(r.width(), r.height());
    // Two modules of quiet zone on every side, on white.
    const double module = side / (symbol.size + 4);
    const QRectF square(r.right() - side, r.bottom() - side, side, side);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRect(units(square));
    p.setBrush(palette.grayscale ? QColor(Qt::black) : palette.ink);
    const QPointF origin = square.topLeft() + QPointF(2 * module, 2 * module);
    for (int row = 0; row < symbol.size; ++row) {
        // One rectangle per run of dark modules, so the code prints as solid blocks.
        int column = 0;
        while (column < symbol.size) {
            if (!symbol.isDark(row, column)) {
                ++column;
                continue;
            }
            int end = column;
            while (end < symbol.size && symbol.isDark(row, end)) ++end;
            p.drawRect(units(QRectF(origin.x() + column * module, origin.y() + row * module,
                                    (end - column) * module, module)));
            column = end;
        }
    }
}

void GuideMapPage::paintCredits(QPainter& p) const {
    const PagePalette palette = pagePalette(m_layout.style);
    const QRectF r = m_layout.frame(FrameKind::Credits)->rectMm;
    const double k = m_scale;
    const QFont font = pageFont(m_layout, std::min(2.8 * k, r.height() * 0.4));
    p.setPen(QPen(palette.muted, 0.25 * k * U));
    p.drawLine(units(r.topLeft()), units(r.topRight()));
    p.setFont(font);
    const QString date = PrintTr::tr("Made %1").arg(QLocale().toString(m_date, QLocale::ShortFormat));
    QString sources = MapRenderer::attributionText(m_project);
    if (sources.isEmpty()) sources = PrintTr::tr("Data: the project's survey");
    else sources = PrintTr::tr("Map data: %1").arg(sources);
    p.drawText(units(r.adjusted(0, 0.6 * k, 0, 0)), Qt::AlignLeft | Qt::AlignVCenter,
               date + PrintTr::tr("  ·  ")
                   + PrintTr::tr("Walking times computed along the street network"));
    p.drawText(units(r.adjusted(0, 0.6 * k, 0, 0)), Qt::AlignRight | Qt::AlignVCenter, sources);
}

void GuideMapPage::paintText(QPainter& p, const PageFrame& frame) const {
    const PagePalette palette = pagePalette(m_layout.style);
    p.setFont(pageFont(m_layout, 4.0 * m_scale));
    p.setPen(palette.ink);
    p.drawText(units(frame.rectMm), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, frame.text);
}

std::unique_ptr<GuideMapPage> makeGuideMapPage(access::AnalysisSession& session,
                                               const guidemap::GuideMapRequest& request,
                                               PageLayout layout, QDate date,
                                               const access::RunControl& control) {
    guidemap::GuideMapContent content = guidemap::buildGuideMap(session, request, control);
    if (!content.complete) return nullptr;
    const project::Project& project = session.project();
    return std::make_unique<GuideMapPage>(project, std::move(content), std::move(layout),
                                          centreName(project, request), date);
}

QString centreName(const project::Project& project, const guidemap::GuideMapRequest& request) {
    if (request.centreKind == guidemap::CentreKind::Facility) {
        if (const project::Facility* f = project.facilities().find(request.centreId))
            return QString::fromStdString(f->name);
    } else if (request.centreKind == guidemap::CentreKind::Compound) {
        if (const project::Compound* c = project.compounds().find(request.centreId))
            return QString::fromStdString(c->name);
    }
    return {};
}

}  // namespace yike::ui
