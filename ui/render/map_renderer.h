// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QPointF>
#include <QRectF>
#include <QString>

#include "ui/render/map_style.h"
#include "ui/render/map_transform.h"

class QPainter;

namespace yike::project {
class Project;
}

namespace yike::ui {

/// The layers the renderer can draw, from bottom to top.
enum class MapLayer : unsigned {
    Water = 0x01,
    Compounds = 0x02,
    Streets = 0x04,
    StudyArea = 0x08,
    IdleSpaces = 0x10,
    Gates = 0x20,
    Facilities = 0x40,
    Attribution = 0x80,
};
Q_DECLARE_FLAGS(MapLayers, MapLayer)
Q_DECLARE_OPERATORS_FOR_FLAGS(MapLayers)

inline constexpr MapLayers kAllMapLayers{0xff};

/**
 * What to draw and where: the part of the map (`transform`, in pixels of its own viewport),
 * where that viewport's top-left corner sits on the painter (`origin`), the visible layers and a
 * symbol scale (1 on screen; dpi / 96 when printing, so symbols keep their physical size).
 */
struct MapFrame {
    MapTransform transform;
    QPointF origin;
    MapLayers layers = kAllMapLayers;
    double symbolScale = 1.0;
    bool paintBackground = true;

    /// A frame showing `extent` fitted into `target` (both axes at one scale, centred).
    static MapFrame forExtent(const geo::BoundingBox& extent, const QRectF& target,
                              double marginPx = 0.0);
};

/**
 * Draws a project onto any QPainter: a widget, a QImage, a PDF page. It holds no view state and
 * knows no widgets, so the interactive map and the print layout both call it (one renderer,
 * two callers). Rendering only reads the project.
 *
 * Drawing order, bottom to top: background, water, compounds, idle space footprints, streets,
 * a veil outside the study area and its outline, idle space markers, gates, facilities
 * (coloured by catalogue group; planned ones hollow), attribution.
 */
class MapRenderer {
public:
    explicit MapRenderer(const MapStyle& style = MapStyle::standard());

    const MapStyle& style() const { return m_style; }

    void render(QPainter& painter, const project::Project& project, const MapFrame& frame) const;

    /// The attribution line the map must carry: the OpenStreetMap notice when the project's
    /// `attribution` metadata mentions OpenStreetMap, otherwise that metadata as written (may
    /// be empty, in which case nothing is drawn).
    static QString attributionText(const project::Project& project);

private:
    void drawWater(QPainter& painter, const project::Project& project, const MapFrame& frame) const;
    void drawCompounds(QPainter& painter, const project::Project& project,
                       const MapFrame& frame) const;
    void drawIdleFootprints(QPainter& painter, const project::Project& project,
                            const MapFrame& frame) const;
    void drawStreets(QPainter& painter, const project::Project& project,
                     const MapFrame& frame) const;
    void drawStudyArea(QPainter& painter, const project::Project& project,
                       const MapFrame& frame) const;
    void drawIdleMarkers(QPainter& painter, const project::Project& project,
                         const MapFrame& frame) const;
    void drawGates(QPainter& painter, const project::Project& project, const MapFrame& frame) const;
    void drawFacilities(QPainter& painter, const project::Project& project,
                        const MapFrame& frame) const;
    void drawAttribution(QPainter& painter, const project::Project& project,
                         const MapFrame& frame) const;

    MapStyle m_style;
};

}  // namespace yike::ui
