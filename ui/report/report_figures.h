// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>
#include <vector>

#include <QColor>
#include <QString>

#include "core/geo/lon_lat.h"
#include "ui/report/report_document.h"

namespace yike::project {
class Project;
}

namespace yike::ui {

struct MapHighlight;

/// An outline drawn over a report map, e.g. a walk area.
struct MapOverlay {
    std::vector<geo::Polygon> polygons;
    QColor color;
    bool dashed = false;
};

/// A line of a report map's key: a swatch and its meaning.
struct MapKeyEntry {
    enum class Swatch { Area, DashedArea, Highlight, Ring };
    Swatch swatch = Swatch::Area;
    QColor color;
    QString text;
};

/// A map of a report: the project as the workstation draws it (ui/render), fitted to `extent`,
/// with the highlight, outlines, numbered places, a key, a scale bar and a frame. The credit of
/// the project's data (MapRenderer::attributionText) goes to the page's footer.
class MapFigure : public ReportFigure {
public:
    MapFigure(const project::Project& project, const geo::BoundingBox& extent);

    void setHighlight(std::shared_ptr<const MapHighlight> highlight);
    void addOverlay(MapOverlay overlay);
    /// A number in a disc beside a ringed place.
    void addNumber(geo::LonLat at, int number);
    void addKeyEntry(MapKeyEntry entry);

    void draw(QPainter& painter, const QRectF& rect) const override;
    QString credit() const override;

private:
    const project::Project& m_project;
    geo::BoundingBox m_extent;
    std::shared_ptr<const MapHighlight> m_highlight;
    std::vector<MapOverlay> m_overlays;
    std::vector<std::pair<geo::LonLat, int>> m_numbers;
    std::vector<MapKeyEntry> m_key;
};

/// One row of the coverage chart: a service and, per age group (all, 60+, 0–14), the share of
/// its residents within target before and after (0..1).
struct CoverageBars {
    QString label;
    std::array<double, 3> before{};
    std::array<double, 3> after{};
};

/// Horizontal bars per service: for all residents, those aged 60+ and those aged 0–14, the
/// share within target before (grey) and what the proposal adds (the group's colour), with the
/// shares written at the end.
class CoverageChart : public ReportFigure {
public:
    explicit CoverageChart(std::vector<CoverageBars> rows) : m_rows(std::move(rows)) {}

    /// The height the chart needs for `rows` rows, millimetres.
    static double heightMm(std::size_t rows);

    void draw(QPainter& painter, const QRectF& rect) const override;

private:
    std::vector<CoverageBars> m_rows;
};

/// The result in a few large figures side by side, each over its label.
class KeyFigures : public ReportFigure {
public:
    struct Item {
        QString value;
        QString label;
    };
    explicit KeyFigures(std::vector<Item> items) : m_items(std::move(items)) {}

    void draw(QPainter& painter, const QRectF& rect) const override;

private:
    std::vector<Item> m_items;
};

}  // namespace yike::ui
