// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/field_labels.h"

#include <QLocale>

#include "core/catalog/catalog.h"
#include "ui/attributes/tr.h"

namespace yike::ui {

bool chineseInterface() {
    return QLocale().language() == QLocale::Chinese;
}

QString categoryName(const catalog::Category& category) {
    const bool chinese = chineseInterface();
    const std::string& preferred = chinese ? category.nameZh : category.nameEn;
    const std::string& other = chinese ? category.nameEn : category.nameZh;
    if (!preferred.empty()) return QString::fromStdString(preferred);
    if (!other.empty()) return QString::fromStdString(other);
    return QString::fromStdString(category.code);
}

QString facilityStatusLabel(project::FacilityStatus status) {
    switch (status) {
        case project::FacilityStatus::Existing: return AttributesTr::tr("Existing");
        case project::FacilityStatus::Planned: return AttributesTr::tr("Planned");
    }
    return {};
}

QString gateKindLabel(project::GateKind kind) {
    switch (kind) {
        case project::GateKind::Pedestrian: return AttributesTr::tr("Pedestrian");
        case project::GateKind::Vehicle: return AttributesTr::tr("Vehicle");
    }
    return {};
}

QString layerLabel(project::Layer layer) {
    switch (layer) {
        case project::Layer::Facilities: return AttributesTr::tr("Facilities");
        case project::Layer::Compounds: return AttributesTr::tr("Compounds");
        case project::Layer::Gates: return AttributesTr::tr("Gates");
        case project::Layer::IdleSpaces: return AttributesTr::tr("Idle Spaces");
        default: return {};
    }
}

QString featureLabel(project::Layer layer) {
    switch (layer) {
        case project::Layer::Facilities: return AttributesTr::tr("Facility");
        case project::Layer::Compounds: return AttributesTr::tr("Compound");
        case project::Layer::Gates: return AttributesTr::tr("Gate");
        case project::Layer::IdleSpaces: return AttributesTr::tr("Idle Space");
        default: return {};
    }
}

}  // namespace yike::ui
