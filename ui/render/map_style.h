// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include <QColor>
#include <QStringList>

#include "core/project/features.h"

namespace yike::ui {

/// How one class of street is drawn: a casing under a fill, `widthM` wide on the ground but
/// never thinner than `minWidthPx`. Higher `zOrder` is drawn later (on top).
struct StreetStyle {
    QColor fill;
    QColor casing;
    double widthM = 6.0;
    double minWidthPx = 1.0;
    Qt::PenStyle pattern = Qt::SolidLine;
    int zOrder = 0;
};

/**
 * The colours and line widths of the map, loosely after the OpenStreetMap standard style so
 * planners recognise the picture. A plain value: the renderer reads it, print layouts may pass
 * a variant (greyscale, larger symbols).
 */
struct MapStyle {
    QColor background{0xf2, 0xef, 0xe9};
    QColor water{0xaa, 0xd3, 0xdf};
    QColor waterOutline{0x7f, 0xb2, 0xc8};
    QColor compoundFill{0xe6, 0xdc, 0xd2};
    QColor compoundOutline{0xa8, 0x94, 0x80};
    QColor gateFill{0xff, 0xff, 0xff};
    QColor gateOutline{0x4a, 0x3b, 0x2c};
    QColor idleSpaceFill{0xf5, 0xa6, 0x23, 0x90};
    QColor idleSpaceOutline{0xb3, 0x5c, 0x00};
    QColor studyAreaOutline{0x7b, 0x32, 0x94};
    QColor outsideVeil{0xff, 0xff, 0xff, 0x80};
    QColor facilityOutline{0xff, 0xff, 0xff};
    QColor attributionText{0x33, 0x33, 0x33};
    QColor attributionBackground{0xff, 0xff, 0xff, 0xc0};
    /// Facilities show their category icon in a larger marker when one pixel spans at most this
    /// many metres on the ground; farther out they are plain dots.
    double facilityIconMaxGroundMetresPerPixel = 3.0;
    double facilityDotRadiusPx = 4.5;
    double facilityIconRadiusPx = 8.5;

    // Basemap: green areas, buildings and names.
    QColor greenPark{0xc8, 0xfa, 0xcc};
    QColor greenSports{0xaa, 0xe0, 0xcb};
    QColor greenGrass{0xcd, 0xeb, 0xb0};
    QColor greenWooded{0xad, 0xd1, 0x9e};
    QColor greenOutline{0x9c, 0xc9, 0x8f};
    QColor buildingFill{0xd9, 0xd0, 0xc9};
    QColor buildingOutline{0xbc, 0xad, 0xa1};
    /// Building footprints are drawn when one pixel spans at most this many ground metres
    /// (about 1:10 000 on screen); farther out they would only be noise.
    double buildingMaxGroundMetresPerPixel = 3.0;
    /// A footprint smaller than this on screen (its box, in pixels) is left out.
    double buildingMinSizePx = 1.5;
    QColor labelText{0x33, 0x33, 0x33};
    QColor labelHalo{0xff, 0xff, 0xff, 0xd8};
    QColor waterLabelText{0x2a, 0x5d, 0x8a};
    QColor greenLabelText{0x2f, 0x6b, 0x32};
    double streetLabelPx = 12.0;
    double areaLabelPx = 12.0;
    double facilityLabelPx = 11.0;
    /// Street names, and park and water names, show when one pixel spans at most this many
    /// ground metres (a district on a screen); facility names only when zoomed in closely.
    double streetLabelMaxGroundMetresPerPixel = 12.0;
    double areaLabelMaxGroundMetresPerPixel = 12.0;
    double facilityLabelMaxGroundMetresPerPixel = 1.5;

    /// The fill of a green area of this class.
    QColor greenFill(project::GreenClass kind) const;

    /// Zoomed out beyond this many ground metres per pixel, streets of zOrder up to
    /// streetOverviewMaxPlainZOrder (footways, steps, service roads, residential streets) are
    /// drawn as plain thin lines, without casing or dashes.
    double streetOverviewGroundMetresPerPixel = 12.0;
    int streetOverviewMaxPlainZOrder = 20;

    /// The style of an OSM `highway` class; unknown classes are drawn as minor roads.
    StreetStyle street(std::string_view highway) const;
    /// The colour of a facility of a catalogue group ("basic", "quality"); grey otherwise.
    QColor facilityColour(std::string_view group) const;

    /// Every colour drawn as its luminance (set by inGrayscale()).
    bool grayscale = false;
    /// This style for grayscale printing: every colour, including the street, green and
    /// facility colours, turned to its luminance.
    MapStyle inGrayscale() const;

    /// The default style.
    static const MapStyle& standard();

private:
    static StreetStyle streetInColour(std::string_view highway);
    QColor greenInColour(project::GreenClass kind) const;
    static QColor facilityInColour(std::string_view group);
};

/// The font families of printed output (guide maps, reports), in order of preference:
/// WenQuanYi Micro Hei first, because Qt 6.4's PDF writer gives Noto Sans CJK a text layer
/// that readers extract wrongly; then Noto Sans CJK SC and the usual Windows/macOS faces.
QStringList printedFontFamilies();

}  // namespace yike::ui
