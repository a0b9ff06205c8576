// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QWidget>

#include "ui/render/map_layers.h"

class QLabel;
class QSettings;
class QSlider;
class QToolButton;
class QTreeView;

namespace yike::ui {

class LayerTreeModel;
class MapComposition;
class ProjectDocument;

/**
 * The layers panel: a tree of the map's layers (top of the map first) with a check box each,
 * the facility categories of the project under Facilities, up and down buttons (or drag and
 * drop) to change the drawing order, and an opacity slider for the current layer.
 *
 * Everything it shows lives in the map composition, so the View → Layers menu, the map and this
 * panel always agree. The state is saved to QSettings on every change and restored when the
 * panel is created (see saveLayerSettings).
 */
class LayersPanel : public QWidget {
    Q_OBJECT

public:
    /// Restores the saved layer state into `composition` unless `restoreSettings` is false.
    LayersPanel(MapComposition* composition, ProjectDocument* document, QWidget* parent = nullptr,
                bool restoreSettings = true);

    QSize sizeHint() const override;

    LayerTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    /// The layer the opacity slider and the move buttons act on.
    std::optional<MapLayer> currentLayer() const;
    void setCurrentLayer(MapLayer layer);

public Q_SLOTS:
    void moveCurrentUp();
    void moveCurrentDown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateControls();

    MapComposition* m_composition;
    LayerTreeModel* m_model;
    QTreeView* m_tree;
    QToolButton* m_upButton;
    QToolButton* m_downButton;
    QLabel* m_opacityLabel;
    QSlider* m_opacitySlider;
    QLabel* m_opacityValue;
};

}  // namespace yike::ui
