// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include "ui/render/map_layers.h"
#include "ui/render/map_legend.h"

namespace yike::ui {

class MapComposition;
class ProjectDocument;

/**
 * The layers of a map composition as a tree: one top-level row per listed layer of the
 * registry, top layer first, and under Facilities one row per catalogue category present in
 * the document's project (icon, name in the UI language, number of facilities).
 *
 * An adapter without state of its own: check boxes, order and opacity are read from and
 * written to the MapComposition (display settings, not project data, so they are not
 * undoable), and the category rows follow the document. Changes from anywhere (the View menu,
 * saved settings, edits and undo) arrive as fine-grained row and data signals.
 */
class LayerTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        LayerRole = Qt::UserRole + 1,  ///< int value of the MapLayer (Facilities for categories)
        CategoryCodeRole,              ///< QString; empty on layer rows
        OpacityRole,                   ///< double in [0, 1] of the row's layer
    };
    static constexpr const char* kMimeType = "application/x-yike-map-layer";

    LayerTreeModel(MapComposition* composition, ProjectDocument* document,
                   QObject* parent = nullptr);

    MapComposition* composition() const { return m_composition; }
    ProjectDocument* document() const { return m_document; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /// The layer of a row (Facilities for a category row); nullopt for an invalid index.
    std::optional<MapLayer> layerAt(const QModelIndex& index) const;
    bool isCategory(const QModelIndex& index) const;
    QModelIndex indexOf(MapLayer layer, int column = NameColumn) const;
    QModelIndex indexOfCategory(const std::string& code, int column = NameColumn) const;

    /// Whether `layer` can move `steps` rows (negative = up, towards the top of the map).
    bool canMove(MapLayer layer, int steps) const;
    /// Moves `layer` by `steps` rows in the panel (negative = up = drawn later).
    bool moveLayer(MapLayer layer, int steps);
    /// Puts `layer` at panel row `row` (0 = top of the map), as after a drop.
    bool moveLayerTo(MapLayer layer, int row);

    /// Titles and category names again, after a language change.
    void retranslate();

private:
    void syncLayers();
    void syncCategories();
    std::vector<MapLayer> panelOrder() const;
    void applyPanelOrder(const std::vector<MapLayer>& topFirst);
    int facilitiesRow() const;
    QIcon layerIcon(MapLayer layer) const;
    QIcon categoryIcon(const std::string& code) const;

    MapComposition* m_composition;
    ProjectDocument* m_document;
    std::vector<MapLayer> m_rows;  // listed layers, top of the map first
    std::vector<CategoryCount> m_categories;
    mutable QHash<QString, QIcon> m_icons;
};

}  // namespace yike::ui
