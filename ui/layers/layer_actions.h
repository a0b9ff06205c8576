// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>

#include <QObject>

#include "ui/render/map_layers.h"

class QAction;
class QMenu;

namespace yike::ui {

class MapComposition;

/**
 * The View → Layers menu: one checkable action per listed layer of the registry, in the map's
 * drawing order (top first). Toggling an action shows or hides the layer in the map
 * composition; any other change of it (the layers panel, saved settings) updates the actions'
 * check marks and order, so menu and panel always agree.
 */
class LayerActions : public QObject {
    Q_OBJECT

public:
    LayerActions(MapComposition* composition, QMenu* menu, QObject* parent = nullptr);

    QAction* action(MapLayer layer) const;
    /// Titles again in the current language.
    void retranslate();

private:
    void sync();

    MapComposition* m_composition;
    QMenu* m_menu;
    std::map<MapLayer, QAction*> m_actions;
};

}  // namespace yike::ui
