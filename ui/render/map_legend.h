// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include "ui/render/map_layers.h"
#include "ui/render/map_style.h"

class QPaintDevice;
class QPainter;

namespace yike::project {
class Project;
}

namespace yike::ui {

class MapRenderer;
class MapTransform;
struct MapFrame;

/// A facility category that occurs in a project, with how many facilities it has.
struct CategoryCount {
    std::string code;
    int count = 0;
    friend bool operator==(const CategoryCount&, const CategoryCount&) = default;
};

/// The categories of the project's facilities, in catalogue order; codes missing from the
/// catalogue follow, sorted by code.
std::vector<CategoryCount> facilityCategories(const project::Project& project);
/// The name of category `code` in the UI language (Chinese or English, the other as fallback),
/// or the code itself when the catalogue does not know it.
QString categoryTitle(const project::Project& project, std::string_view code);

/// One line of the legend: a layer, or (with `categoryCode` set) a facility category under the
/// Facilities layer.
struct LegendRow {
    MapLayer layer;
    std::string categoryCode;
    std::string group;  ///< catalogue group of a category row
    QString text;
    int count = 0;      ///< facilities of a category row
    /// A class row under the Analysis results layer: its fill colour, and the rim of a blind
    /// spot (both invalid on other rows).
    QColor swatch;
    QColor rim;
    bool isCategory() const { return !categoryCode.empty(); }
    bool isSwatch() const { return swatch.isValid() || rim.isValid(); }
    /// Drawn indented under its layer's row.
    bool isIndented() const { return isCategory() || isSwatch(); }
};

/**
 * What the legend of `frame` shows: every layer the frame draws that has something to draw,
 * top layer first, each with its symbol; below Facilities one row per visible category present
 * in the project; below Analysis results one row per colour class of frame.access, and one
 * for the blind spots' rim. The Buildings layer is listed only at zooms where it is drawn. Layers that are hidden, fully transparent, empty or have no legend symbol
 * (attribution) are left out, and so are hidden categories.
 */
std::vector<LegendRow> legendRows(const project::Project& project, const MapFrame& frame,
                                  const MapStyle& style = MapStyle::standard());

/// Whether legendRows lists the same rows for two frames that differ only in their transform:
/// false when a layer drawn at some scales only (building footprints) is drawn at one and not
/// at the other. A view's legend need not be made again while this holds.
bool sameLegendAt(const MapTransform& a, const MapTransform& b,
                  const MapStyle& style = MapStyle::standard());

/// Sizes and colours of a drawn legend, in device-independent pixels times `scale`.
struct LegendStyle {
    double scale = 1.0;         ///< 1 on screen; dpi / 96 when printing
    QFont font;                 ///< pixel size is set from textPx × scale
    double textPx = 13.0;
    QColor text{0x22, 0x22, 0x22};
    double rowHeightPx = 24.0;
    double symbolWidthPx = 30.0;
    double indentPx = 16.0;     ///< of category rows
    double gapPx = 8.0;         ///< between symbol and text
};

/// The size drawLegend needs for `rows` (text measured for `device`, the screen when null).
QSizeF legendSize(const std::vector<LegendRow>& rows, const LegendStyle& style,
                  const QPaintDevice* device = nullptr);
/**
 * Draws `rows` from `topLeft` down: layer symbols from the registry with the renderer's style,
 * facility categories as the renderer's marker with its icon. Widget-free, so the legend dock
 * and a print layout draw the same picture.
 */
void drawLegend(QPainter& painter, QPointF topLeft, const std::vector<LegendRow>& rows,
                const MapRenderer& renderer, const LegendStyle& style = {});

}  // namespace yike::ui
