// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/layer_actions.h"

#include <QAction>
#include <QMenu>

#include "ui/render/map_composition.h"

namespace yike::ui {

LayerActions::LayerActions(MapComposition* composition, QMenu* menu, QObject* parent)
    : QObject(parent), m_composition(composition), m_menu(menu) {
    for (const MapLayerInfo& info : mapLayers()) {
        if (!info.listed) continue;
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("layerAction_") + QLatin1StringView(info.key));
        action->setCheckable(true);
        const MapLayer layer = info.layer;
        connect(action, &QAction::toggled, this,
                [this, layer](bool on) { m_composition->setLayerVisible(layer, on); });
        m_actions[layer] = action;
    }
    connect(m_composition, &MapComposition::layersChanged, this, &LayerActions::sync);
    retranslate();
    sync();
}

QAction* LayerActions::action(MapLayer layer) const {
    const auto it = m_actions.find(layer);
    return it == m_actions.end() ? nullptr : it->second;
}

void LayerActions::retranslate() {
    for (const auto& [layer, action] : m_actions) action->setText(mapLayerTitle(layer));
}

void LayerActions::sync() {
    QList<QAction*> ordered;
    const std::vector<MapLayer>& order = m_composition->layerOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        QAction* action = this->action(*it);
        if (!action) continue;
        const QSignalBlocker blocker(action);
        action->setChecked(m_composition->layers().testFlag(*it));
        ordered.append(action);
    }
    // Rebuilt only when the order changed, never while an action of it is being triggered.
    if (m_menu->actions() == ordered) return;
    m_menu->clear();
    m_menu->addActions(ordered);
}

}  // namespace yike::ui
