// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include <QColor>

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

    /// The style of an OSM `highway` class; unknown classes are drawn as minor roads.
    StreetStyle street(std::string_view highway) const;
    /// The colour of a facility of a catalogue group ("basic", "quality"); grey otherwise.
    QColor facilityColour(std::string_view group) const;

    /// The default style.
    static const MapStyle& standard();
};

}  // namespace yike::ui
