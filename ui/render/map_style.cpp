// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_style.h"

namespace yike::ui {

namespace {

QColor gray(const QColor& c) {
    if (!c.isValid()) return c;
    const int g = qGray(c.rgb());
    return QColor(g, g, g, c.alpha());
}

}  // namespace

StreetStyle MapStyle::street(std::string_view highway) const {
    StreetStyle s = streetInColour(highway);
    if (grayscale) {
        s.fill = gray(s.fill);
        s.casing = gray(s.casing);
    }
    return s;
}

StreetStyle MapStyle::streetInColour(std::string_view highway) {
    const QColor casing(0xb0, 0xa8, 0x9c);
    if (highway == "motorway" || highway == "trunk" || highway == "motorway_link"
        || highway == "trunk_link")
        return {QColor(0xe8, 0x92, 0xa2), QColor(0xc2, 0x4e, 0x6b), 24.0, 3.0, Qt::SolidLine, 60};
    if (highway == "primary" || highway == "primary_link")
        return {QColor(0xfc, 0xd6, 0xa4), QColor(0xa0, 0x6b, 0x00), 20.0, 3.0, Qt::SolidLine, 50};
    if (highway == "secondary" || highway == "secondary_link")
        return {QColor(0xf7, 0xfa, 0xbf), QColor(0x70, 0x7d, 0x05), 16.0, 2.5, Qt::SolidLine, 40};
    if (highway == "tertiary" || highway == "tertiary_link")
        return {QColor(0xff, 0xff, 0xff), QColor(0x8f, 0x8f, 0x8f), 13.0, 2.0, Qt::SolidLine, 30};
    if (highway == "residential" || highway == "unclassified" || highway == "living_street"
        || highway == "road")
        return {QColor(0xff, 0xff, 0xff), casing, 9.0, 1.5, Qt::SolidLine, 20};
    if (highway == "service")
        return {QColor(0xff, 0xff, 0xff), casing, 5.0, 1.0, Qt::SolidLine, 10};
    if (highway == "pedestrian")
        return {QColor(0xdd, 0xdd, 0xe8), QColor(0x99, 0x99, 0xaa), 6.0, 1.5, Qt::SolidLine, 15};
    if (highway == "steps") return {QColor(0xfa, 0x80, 0x72), QColor(), 2.5, 1.5, Qt::DotLine, 5};
    if (highway == "footway" || highway == "path" || highway == "cycleway" || highway == "track"
        || highway == "bridleway" || highway == "corridor")
        return {QColor(0xfa, 0x80, 0x72), QColor(), 2.0, 1.0, Qt::DashLine, 5};
    return {QColor(0xff, 0xff, 0xff), casing, 7.0, 1.0, Qt::SolidLine, 15};
}

QColor MapStyle::greenFill(project::GreenClass kind) const {
    return grayscale ? gray(greenInColour(kind)) : greenInColour(kind);
}

QColor MapStyle::greenInColour(project::GreenClass kind) const {
    switch (kind) {
        case project::GreenClass::Park: return greenPark;
        case project::GreenClass::Sports: return greenSports;
        case project::GreenClass::Grass: return greenGrass;
        case project::GreenClass::Wooded: return greenWooded;
    }
    return greenPark;
}

QColor MapStyle::facilityColour(std::string_view group) const {
    return grayscale ? gray(facilityInColour(group)) : facilityInColour(group);
}

QColor MapStyle::facilityInColour(std::string_view group) {
    if (group == "basic") return {0x1f, 0x78, 0xb4};
    if (group == "quality") return {0xd9, 0x3b, 0x8f};
    return {0x80, 0x80, 0x80};
}

MapStyle MapStyle::inGrayscale() const {
    MapStyle s = *this;
    s.grayscale = true;
    for (QColor* c : {&s.background, &s.water, &s.waterOutline, &s.compoundFill,
                      &s.compoundOutline, &s.gateFill, &s.gateOutline, &s.idleSpaceFill,
                      &s.idleSpaceOutline, &s.studyAreaOutline, &s.outsideVeil,
                      &s.facilityOutline, &s.attributionText, &s.attributionBackground,
                      &s.greenPark, &s.greenSports, &s.greenGrass, &s.greenWooded,
                      &s.greenOutline, &s.buildingFill, &s.buildingOutline, &s.labelText,
                      &s.labelHalo, &s.waterLabelText, &s.greenLabelText})
        *c = gray(*c);
    return s;
}

const MapStyle& MapStyle::standard() {
    static const MapStyle style;
    return style;
}

QStringList printedFontFamilies() {
    return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Microsoft YaHei"),     QStringLiteral("PingFang SC"),
            QStringLiteral("Noto Sans"),           QStringLiteral("DejaVu Sans")};
}

}  // namespace yike::ui
