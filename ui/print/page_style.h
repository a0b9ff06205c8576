// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

#include "ui/print/page_layout.h"
#include "ui/render/map_style.h"

namespace yike::ui {

/// Page units per millimetre: the page is drawn with this many units to the millimetre, so
/// type sizes are whole numbers of units and text measures the same on every device.
inline constexpr double kPageUnitsPerMm = 100.0;

/// The colours of a guide map page in one PageStyle.
struct PagePalette {
    QColor paper;
    QColor ink;         ///< body text
    QColor muted;       ///< secondary text, frame lines
    QColor titleBand;   ///< the title's background
    QColor titleText;
    QColor centre;      ///< the "you are here" marker
    QColor leader;      ///< leader lines of displaced markers
    QColor halo;        ///< behind names on the map
    QColor streetText;
    QColor areaText;
    /// Walk areas from the innermost (shortest walk) outwards; fills are translucent.
    QColor walkFill[3];
    QColor walkLine[3];
    double walkLineMm = 0.6;
    MapStyle map;  ///< the basemap under the walk areas

    /// The marker colour of a directory group (yiju, yiye, yiyou, yixue, yiyang, basic,
    /// quality); a neutral colour for any other.
    QColor group(std::string_view code) const;
    /// Walk-area colours for the `index`-th of `count` areas ordered from the shortest walk.
    QColor walkFillAt(int index, int count) const;
    QColor walkLineAt(int index, int count) const;
    bool grayscale = false;
};

PagePalette pagePalette(PageStyle style);

/// The page's font families: the layout's choice first, then a CJK face whose text layer PDF
/// readers extract correctly (WenQuanYi Micro Hei), then Noto.
QStringList pageFontFamilies(const PageLayout& layout);
/// A page font `sizeMm` tall (its pixel size, in page units), without hinting so it measures
/// in proportion at every resolution.
QFont pageFont(const PageLayout& layout, double sizeMm, bool bold = false);

}  // namespace yike::ui
