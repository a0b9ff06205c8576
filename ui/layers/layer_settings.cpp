// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/layer_settings.h"

#include <set>
#include <string>
#include <vector>

#include <QSettings>
#include <QStringList>
#include <QVariantMap>

#include "ui/render/map_composition.h"
#include "ui/render/map_layers.h"

namespace yike::ui {
namespace {

const QString kGroup = QStringLiteral("map/layers");
const QString kHidden = QStringLiteral("hidden");
const QString kOrder = QStringLiteral("order");
const QString kOpacity = QStringLiteral("opacity");
const QString kHiddenCategories = QStringLiteral("hiddenCategories");

}  // namespace

void saveLayerSettings(const MapComposition& composition, QSettings& settings) {
    settings.beginGroup(kGroup);
    QStringList hidden;
    QVariantMap opacity;
    for (const MapLayerInfo& info : mapLayers()) {
        if (!info.listed) continue;
        const QString key = QString::fromLatin1(info.key);
        if (!composition.layers().testFlag(info.layer)) hidden << key;
        if (const double value = composition.layerOpacity(info.layer); value < 1.0)
            opacity.insert(key, value);
    }
    QStringList order;
    for (MapLayer layer : composition.layerOrder())
        if (const MapLayerInfo* info = findMapLayer(layer); info && info->listed)
            order << QString::fromLatin1(info->key);
    QStringList categories;
    for (const std::string& code : composition.hiddenCategories())
        categories << QString::fromStdString(code);
    settings.setValue(kHidden, hidden);
    settings.setValue(kOrder, order);
    settings.setValue(kOpacity, opacity);
    settings.setValue(kHiddenCategories, categories);
    settings.endGroup();
}

void restoreLayerSettings(MapComposition& composition, QSettings& settings) {
    settings.beginGroup(kGroup);
    const QStringList hidden = settings.value(kHidden).toStringList();
    const QStringList order = settings.value(kOrder).toStringList();
    const QVariantMap opacity = settings.value(kOpacity).toMap();
    const QStringList categories = settings.value(kHiddenCategories).toStringList();
    settings.endGroup();

    MapLayers layers = composition.layers();
    for (const MapLayerInfo& info : mapLayers())
        if (info.listed)
            layers.setFlag(info.layer, !hidden.contains(QString::fromLatin1(info.key)));
    composition.setLayers(layers);

    std::vector<MapLayer> layerOrder;
    for (const QString& key : order)
        if (const MapLayerInfo* info = findMapLayer(key)) layerOrder.push_back(info->layer);
    composition.setLayerOrder(layerOrder);

    for (const MapLayerInfo& info : mapLayers()) {
        if (!info.listed) continue;
        bool ok = false;
        const double value = opacity.value(QString::fromLatin1(info.key), 1.0).toDouble(&ok);
        composition.setLayerOpacity(info.layer,
                                    ok && value >= 0.0 && value <= 1.0 ? value : 1.0);
    }

    std::set<std::string> codes;
    for (const QString& code : categories)
        if (!code.trimmed().isEmpty()) codes.insert(code.trimmed().toStdString());
    composition.setHiddenCategories(codes);
}

}  // namespace yike::ui
