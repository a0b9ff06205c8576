// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/page_style.h"

#include <algorithm>
#include <cmath>

namespace yike::ui {
namespace {

// A quieter basemap under the walk areas: the sign is about the services, not the streets.
MapStyle signMapStyle() {
    MapStyle s = MapStyle::standard();
    s.background = QColor(0xfa, 0xf8, 0xf4);
    s.compoundFill = QColor(0xef, 0xea, 0xe3);
    s.compoundOutline = QColor(0xc9, 0xbd, 0xb0);
    s.buildingFill = QColor(0xe3, 0xde, 0xd8);
    s.buildingOutline = QColor(0xd0, 0xc8, 0xc0);
    return s;
}

}  // namespace

QColor PagePalette::group(std::string_view code) const {
    if (grayscale) {
        // Groups apart by their darkness, and dark enough for a white icon.
        int level = 0x5a;
        if (code == "yiju") level = 0x1e;
        else if (code == "yiye") level = 0x48;
        else if (code == "yiyou") level = 0x6e;
        else if (code == "yixue") level = 0x34;
        else if (code == "yiyang") level = 0x80;
        return QColor(level, level, level);
    }
    QColor c(0x60, 0x6a, 0x73);
    if (code == "yiju") c = QColor(0xd9, 0x48, 0x2b);        // 宜居: warm red
    else if (code == "yiye") c = QColor(0x1f, 0x6f, 0xb5);   // 宜业: blue
    else if (code == "yiyou") c = QColor(0x2e, 0x8b, 0x3e);  // 宜游: green
    else if (code == "yixue") c = QColor(0xe0, 0x8e, 0x0b);  // 宜学: amber
    else if (code == "yiyang") c = QColor(0x8e, 0x3b, 0xa8); // 宜养: purple
    else if (code == "basic") c = QColor(0x1f, 0x78, 0xb4);
    else if (code == "quality") c = QColor(0xc2, 0x3b, 0x7f);
    return c;
}

namespace {

// The colour slot of the `index`-th of `count` walk areas: with fewer than three areas the
// outer slots, so the last area is always the palest.
int walkSlot(int index, int count) { return std::clamp(index + (3 - std::min(count, 3)), 0, 2); }

}  // namespace

QColor PagePalette::walkFillAt(int index, int count) const { return walkFill[walkSlot(index, count)]; }

QColor PagePalette::walkLineAt(int index, int count) const { return walkLine[walkSlot(index, count)]; }

PagePalette pagePalette(PageStyle style) {
    PagePalette p;
    p.paper = Qt::white;
    p.ink = QColor(0x1d, 0x1d, 0x1f);
    p.muted = QColor(0x6b, 0x6b, 0x70);
    p.titleBand = QColor(0x0b, 0x4f, 0x8a);
    p.titleText = Qt::white;
    p.centre = QColor(0xd7, 0x19, 0x1c);
    p.leader = QColor(0x40, 0x40, 0x40);
    p.halo = QColor(0xff, 0xff, 0xff, 0xe6);
    p.streetText = QColor(0x3a, 0x3a, 0x3a);
    p.areaText = QColor(0x2f, 0x5d, 0x32);
    // Innermost strongest: the five-minute area reads at a glance.
    p.walkFill[0] = QColor(0xf0, 0x8a, 0x24, 0x70);
    p.walkFill[1] = QColor(0xf6, 0xc1, 0x45, 0x60);
    p.walkFill[2] = QColor(0xfb, 0xe7, 0x8f, 0x58);
    p.walkLine[0] = QColor(0xc4, 0x5a, 0x00);
    p.walkLine[1] = QColor(0xd0, 0x8c, 0x00);
    p.walkLine[2] = QColor(0xb8, 0x9a, 0x2a);
    p.map = signMapStyle();
    switch (style) {
    case PageStyle::Sign: break;
    case PageStyle::HighContrast:
        p.ink = Qt::black;
        p.muted = QColor(0x30, 0x30, 0x30);
        p.titleBand = Qt::black;
        p.streetText = Qt::black;
        p.areaText = Qt::black;
        p.halo = Qt::white;
        p.walkFill[0] = QColor(0xff, 0x8c, 0x00, 0x60);
        p.walkFill[1] = QColor(0xff, 0xd0, 0x00, 0x50);
        p.walkFill[2] = QColor(0xff, 0xf2, 0x9e, 0x50);
        for (QColor& c : p.walkLine) c = Qt::black;
        p.walkLineMm = 0.9;
        p.map.background = Qt::white;
        p.map.compoundFill = QColor(0xf4, 0xf4, 0xf4);
        p.map.compoundOutline = QColor(0x80, 0x80, 0x80);
        p.map.buildingFill = QColor(0xe6, 0xe6, 0xe6);
        p.map.buildingOutline = QColor(0xb0, 0xb0, 0xb0);
        break;
    case PageStyle::Grayscale:
        p.grayscale = true;
        p.ink = QColor(0x1e, 0x1e, 0x1e);
        p.muted = QColor(0x6a, 0x6a, 0x6a);
        p.titleBand = QColor(0x30, 0x30, 0x30);
        p.centre = Qt::black;
        p.areaText = QColor(0x40, 0x40, 0x40);
        p.walkFill[0] = QColor(0x00, 0x00, 0x00, 0x48);
        p.walkFill[1] = QColor(0x00, 0x00, 0x00, 0x2a);
        p.walkFill[2] = QColor(0x00, 0x00, 0x00, 0x14);
        p.walkLine[0] = QColor(0x20, 0x20, 0x20);
        p.walkLine[1] = QColor(0x50, 0x50, 0x50);
        p.walkLine[2] = QColor(0x80, 0x80, 0x80);
        p.map = p.map.inGrayscale();
        break;
    }
    return p;
}

QStringList pageFontFamilies(const PageLayout& layout) {
    QStringList families;
    if (!layout.fontFamily.isEmpty()) families << layout.fontFamily;
    for (const QString& f : printedFontFamilies())
        if (!families.contains(f)) families << f;
    return families;
}

QFont pageFont(const PageLayout& layout, double sizeMm, bool bold) {
    const QStringList families = pageFontFamilies(layout);
    QFont font(families.first());  // the family an SVG file names
    font.setFamilies(families);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(sizeMm * kPageUnitsPerMm))));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setBold(bold);
    return font;
}

}  // namespace yike::ui
