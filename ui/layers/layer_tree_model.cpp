// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/layer_tree_model.h"

#include <algorithm>

#include <QApplication>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

#include "core/project/project.h"
#include "ui/document/project_document.h"
#include "ui/layers/tr.h"
#include "ui/render/map_composition.h"
#include "ui/render/map_renderer.h"

namespace yike::ui {
namespace {

// Internal ids: top-level (layer) rows carry 0, category rows under Facilities carry 1.
constexpr quintptr kLayerRow = 0;
constexpr quintptr kCategoryRow = 1;

constexpr QSize kIconSize(30, 24);

QPixmap blankIcon() {
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(kIconSize * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

}  // namespace

LayerTreeModel::LayerTreeModel(MapComposition* composition, ProjectDocument* document,
                               QObject* parent)
    : QAbstractItemModel(parent), m_composition(composition), m_document(document) {
    m_rows = panelOrder();
    m_categories = facilityCategories(m_document->project());
    connect(m_composition, &MapComposition::changed, this, &LayerTreeModel::syncLayers);
    connect(m_document, &ProjectDocument::projectReplaced, this, &LayerTreeModel::syncCategories);
    connect(m_document, &ProjectDocument::projectChanged, this,
            [this](const project::ChangeEvent& event) {
                if (event.layer == project::Layer::Facilities
                    || event.layer == project::Layer::Catalog
                    || event.kind == project::ChangeEvent::Kind::Reset)
                    syncCategories();
            });
}

std::vector<MapLayer> LayerTreeModel::panelOrder() const {
    std::vector<MapLayer> rows;
    const std::vector<MapLayer>& order = m_composition->layerOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const MapLayerInfo* info = findMapLayer(*it);
        if (info && info->listed) rows.push_back(*it);
    }
    return rows;
}

int LayerTreeModel::facilitiesRow() const {
    const auto it = std::find(m_rows.begin(), m_rows.end(), MapLayer::Facilities);
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(m_rows.size())) return {};
        return createIndex(row, column, kLayerRow);
    }
    if (parent.internalId() == kLayerRow && parent.column() == NameColumn
        && parent.row() == facilitiesRow() && row < static_cast<int>(m_categories.size()))
        return createIndex(row, column, kCategoryRow);
    return {};
}

QModelIndex LayerTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() != kCategoryRow) return {};
    const int row = facilitiesRow();
    return row < 0 ? QModelIndex() : createIndex(row, NameColumn, kLayerRow);
}

int LayerTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return static_cast<int>(m_rows.size());
    if (parent.internalId() == kLayerRow && parent.column() == NameColumn
        && parent.row() == facilitiesRow())
        return static_cast<int>(m_categories.size());
    return 0;
}

int LayerTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

bool LayerTreeModel::isCategory(const QModelIndex& index) const {
    return index.isValid() && index.internalId() == kCategoryRow;
}

std::optional<MapLayer> LayerTreeModel::layerAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this) return std::nullopt;
    if (isCategory(index)) return MapLayer::Facilities;
    return m_rows.at(static_cast<std::size_t>(index.row()));
}

QModelIndex LayerTreeModel::indexOf(MapLayer layer, int column) const {
    const auto it = std::find(m_rows.begin(), m_rows.end(), layer);
    if (it == m_rows.end()) return {};
    return index(static_cast<int>(it - m_rows.begin()), column);
}

QModelIndex LayerTreeModel::indexOfCategory(const std::string& code, int column) const {
    const auto it = std::find_if(m_categories.begin(), m_categories.end(),
                                 [&](const CategoryCount& c) { return c.code == code; });
    if (it == m_categories.end()) return {};
    return index(static_cast<int>(it - m_categories.begin()), column, indexOf(MapLayer::Facilities));
}

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const project::Project& project = m_document->project();
    if (isCategory(index)) {
        const CategoryCount& category = m_categories.at(static_cast<std::size_t>(index.row()));
        const QString code = QString::fromStdString(category.code);
        switch (role) {
            case Qt::DisplayRole:
                if (index.column() == CountColumn) return category.count;
                return categoryTitle(project, category.code);
            case Qt::DecorationRole:
                if (index.column() == NameColumn) return categoryIcon(category.code);
                break;
            case Qt::CheckStateRole:
                if (index.column() == NameColumn)
                    return m_composition->hiddenCategories().count(category.code)
                               ? Qt::Unchecked
                               : Qt::Checked;
                break;
            case Qt::ToolTipRole:
                return LayersTr::tr("%1 (%2), facilities: %3")
                    .arg(categoryTitle(project, category.code), code)
                    .arg(category.count);
            case Qt::TextAlignmentRole:
                if (index.column() == CountColumn)
                    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
                break;
            case LayerRole: return static_cast<int>(MapLayer::Facilities);
            case CategoryCodeRole: return code;
            case OpacityRole: return m_composition->layerOpacity(MapLayer::Facilities);
            default: break;
        }
        return {};
    }
    const MapLayer layer = m_rows.at(static_cast<std::size_t>(index.row()));
    switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn) return mapLayerTitle(layer);
            if (layer == MapLayer::Facilities)
                return static_cast<qulonglong>(project.facilities().size());
            break;
        case Qt::DecorationRole:
            if (index.column() == NameColumn) return layerIcon(layer);
            break;
        case Qt::CheckStateRole:
            if (index.column() == NameColumn)
                return m_composition->layers().testFlag(layer) ? Qt::Checked : Qt::Unchecked;
            break;
        case Qt::ToolTipRole: {
            const double opacity = m_composition->layerOpacity(layer);
            if (opacity < 1.0)
                return LayersTr::tr("%1, opacity %2%")
                    .arg(mapLayerTitle(layer))
                    .arg(static_cast<int>(std::lround(opacity * 100.0)));
            return mapLayerTitle(layer);
        }
        case Qt::TextAlignmentRole:
            if (index.column() == CountColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case LayerRole: return static_cast<int>(layer);
        case CategoryCodeRole: return QString();
        case OpacityRole: return m_composition->layerOpacity(layer);
        default: break;
    }
    return {};
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != NameColumn) return false;
    if (role == Qt::CheckStateRole) {
        const bool on = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
        if (isCategory(index))
            m_composition->setCategoryVisible(
                m_categories.at(static_cast<std::size_t>(index.row())).code, on);
        else
            m_composition->setLayerVisible(m_rows.at(static_cast<std::size_t>(index.row())), on);
        return true;  // the composition's changed() signal reports the new state
    }
    if (role == OpacityRole && !isCategory(index)) {
        bool ok = false;
        const double opacity = value.toDouble(&ok);
        if (!ok) return false;
        m_composition->setLayerOpacity(m_rows.at(static_cast<std::size_t>(index.row())), opacity);
        return true;
    }
    return false;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn) flags |= Qt::ItemIsUserCheckable;
    if (!isCategory(index)) flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QVariant LayerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == NameColumn ? LayersTr::tr("Layer") : LayersTr::tr("Count");
}

Qt::DropActions LayerTreeModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList LayerTreeModel::mimeTypes() const {
    return {QLatin1StringView(kMimeType)};
}

QMimeData* LayerTreeModel::mimeData(const QModelIndexList& indexes) const {
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || isCategory(index)) continue;
        const MapLayerInfo* info = findMapLayer(m_rows.at(static_cast<std::size_t>(index.row())));
        if (!info) continue;
        auto* data = new QMimeData;
        data->setData(QLatin1StringView(kMimeType), QByteArray(info->key));
        return data;
    }
    return nullptr;
}

bool LayerTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                     int column, const QModelIndex& parent) const {
    Q_UNUSED(column);
    if (!data || action != Qt::MoveAction || !data->hasFormat(QLatin1StringView(kMimeType)))
        return false;
    const MapLayerInfo* info =
        findMapLayer(QString::fromLatin1(data->data(QLatin1StringView(kMimeType))));
    if (!info || !info->listed) return false;
    // Between top-level rows, or onto a layer row (which takes that row's place).
    if (!parent.isValid()) return true;
    return !isCategory(parent) && row == -1;
}

bool LayerTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                  int column, const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent)) return false;
    const MapLayer layer =
        findMapLayer(QString::fromLatin1(data->data(QLatin1StringView(kMimeType))))->layer;
    int target = parent.isValid() ? parent.row() : row;
    if (target < 0) target = static_cast<int>(m_rows.size());  // dropped below the last row
    // `target` counts rows before the move; the dragged row itself leaves its place first.
    const int from = indexOf(layer).row();
    if (from < target && !parent.isValid()) --target;
    moveLayerTo(layer, target);
    // The move is done; the view's own removal of the dragged rows is a no-op in this model.
    return true;
}

bool LayerTreeModel::canMove(MapLayer layer, int steps) const {
    const QModelIndex index = indexOf(layer);
    if (!index.isValid() || steps == 0) return false;
    const int to = index.row() + steps;
    return to >= 0 && to < static_cast<int>(m_rows.size());
}

bool LayerTreeModel::moveLayer(MapLayer layer, int steps) {
    if (!canMove(layer, steps)) return false;
    return moveLayerTo(layer, indexOf(layer).row() + steps);
}

bool LayerTreeModel::moveLayerTo(MapLayer layer, int row) {
    std::vector<MapLayer> rows = m_rows;
    const auto it = std::find(rows.begin(), rows.end(), layer);
    if (it == rows.end()) return false;
    rows.erase(it);
    row = std::clamp(row, 0, static_cast<int>(rows.size()));
    rows.insert(rows.begin() + row, layer);
    if (rows == m_rows) return false;
    applyPanelOrder(rows);
    return true;
}

void LayerTreeModel::applyPanelOrder(const std::vector<MapLayer>& topFirst) {
    // The composition completes the order with the unlisted layers, which stay on top.
    m_composition->setLayerOrder(std::vector<MapLayer>(topFirst.rbegin(), topFirst.rend()));
}

void LayerTreeModel::syncLayers() {
    const std::vector<MapLayer> rows = panelOrder();
    if (rows != m_rows) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex& index : before) {
            if (isCategory(index)) {
                after.append(index);  // same row under the same (moved) parent
                continue;
            }
            const MapLayer layer = m_rows.at(static_cast<std::size_t>(index.row()));
            const auto at = std::find(rows.begin(), rows.end(), layer);
            after.append(at == rows.end()
                             ? QModelIndex()
                             : createIndex(static_cast<int>(at - rows.begin()), index.column(),
                                           kLayerRow));
        }
        m_rows = rows;
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::CheckStateRole, Qt::ToolTipRole, OpacityRole});
    const QModelIndex facilities = indexOf(MapLayer::Facilities);
    if (facilities.isValid() && !m_categories.empty())
        Q_EMIT dataChanged(index(0, 0, facilities),
                           index(static_cast<int>(m_categories.size()) - 1, ColumnCount - 1,
                                 facilities),
                           {Qt::CheckStateRole, OpacityRole});
}

void LayerTreeModel::syncCategories() {
    // A catalogue change may give a category another group colour: draw its icon again.
    m_icons.removeIf([](const QHash<QString, QIcon>::iterator& it) {
        return it.key().startsWith(QLatin1StringView("category:"));
    });
    const std::vector<CategoryCount> next = facilityCategories(m_document->project());
    const QModelIndex parent = indexOf(MapLayer::Facilities);
    if (next == m_categories) {
        // Names, groups and icons may still have changed with the catalogue.
        if (parent.isValid() && !m_categories.empty())
            Q_EMIT dataChanged(index(0, 0, parent),
                               index(static_cast<int>(m_categories.size()) - 1, ColumnCount - 1,
                                     parent),
                               {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole});
        return;
    }
    auto codes = [](const std::vector<CategoryCount>& list) {
        std::vector<std::string> out;
        for (const CategoryCount& c : list) out.push_back(c.code);
        return out;
    };
    auto contains = [](const std::vector<CategoryCount>& list, const std::string& code) {
        return std::any_of(list.begin(), list.end(),
                           [&](const CategoryCount& c) { return c.code == code; });
    };
    // Kept categories must keep their relative order for row-by-row updates; otherwise (the
    // catalogue was reordered) all rows are replaced.
    std::vector<std::string> keptOld;
    for (const std::string& code : codes(m_categories))
        if (contains(next, code)) keptOld.push_back(code);
    std::vector<std::string> keptNew;
    for (const std::string& code : codes(next))
        if (contains(m_categories, code)) keptNew.push_back(code);
    if (!parent.isValid() || keptOld != keptNew) {
        if (parent.isValid() && !m_categories.empty()) {
            beginRemoveRows(parent, 0, static_cast<int>(m_categories.size()) - 1);
            m_categories.clear();
            endRemoveRows();
        }
        if (parent.isValid() && !next.empty()) {
            beginInsertRows(parent, 0, static_cast<int>(next.size()) - 1);
            m_categories = next;
            endInsertRows();
        }
        m_categories = next;
        return;
    }
    // Remove the categories that are gone, bottom up.
    for (int row = static_cast<int>(m_categories.size()) - 1; row >= 0; --row) {
        if (contains(next, m_categories[static_cast<std::size_t>(row)].code)) continue;
        beginRemoveRows(parent, row, row);
        m_categories.erase(m_categories.begin() + row);
        endRemoveRows();
    }
    // Insert the new ones at their place, and report changed counts.
    for (std::size_t row = 0; row < next.size(); ++row) {
        const int r = static_cast<int>(row);
        if (row < m_categories.size() && m_categories[row].code == next[row].code) {
            if (m_categories[row].count != next[row].count) {
                m_categories[row].count = next[row].count;
                Q_EMIT dataChanged(index(r, 0, parent), index(r, ColumnCount - 1, parent),
                                   {Qt::DisplayRole, Qt::ToolTipRole});
            }
            continue;
        }
        beginInsertRows(parent, r, r);
        m_categories.insert(m_categories.begin() + r, next[row]);
        endInsertRows();
    }
    if (!m_categories.empty())
        Q_EMIT dataChanged(index(0, 0, parent), index(static_cast<int>(m_categories.size()) - 1,
                                                      NameColumn, parent),
                           {Qt::DecorationRole});
    const QModelIndex total = indexOf(MapLayer::Facilities, CountColumn);
    Q_EMIT dataChanged(total, total, {Qt::DisplayRole});
}

void LayerTreeModel::retranslate() {
    m_icons.clear();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    const QModelIndex facilities = indexOf(MapLayer::Facilities);
    if (facilities.isValid() && !m_categories.empty())
        Q_EMIT dataChanged(index(0, 0, facilities),
                           index(static_cast<int>(m_categories.size()) - 1, ColumnCount - 1,
                                 facilities));
}

QIcon LayerTreeModel::layerIcon(MapLayer layer) const {
    const MapLayerInfo* info = findMapLayer(layer);
    if (!info || !info->legendSample) return {};
    const QString key = QStringLiteral("layer:") + QLatin1StringView(info->key);
    if (const auto it = m_icons.constFind(key); it != m_icons.constEnd()) return *it;
    QPixmap pixmap = blankIcon();
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing, true);
        info->legendSample(painter, QRectF(QPointF(1.0, 2.0), QSizeF(kIconSize) - QSizeF(2.0, 4.0)),
                           MapStyle::standard());
    }
    const QIcon icon(pixmap);
    m_icons.insert(key, icon);
    return icon;
}

QIcon LayerTreeModel::categoryIcon(const std::string& code) const {
    const QString key = QStringLiteral("category:") + QString::fromStdString(code);
    if (const auto it = m_icons.constFind(key); it != m_icons.constEnd()) return *it;
    const catalog::Category* category = m_document->project().catalog().find(code);
    QPixmap pixmap = blankIcon();
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing, true);
        MapRenderer().drawFacilitySymbol(painter, QRectF(QPointF(), QSizeF(kIconSize)).center(),
                                         code, category ? category->group : std::string(), false,
                                         true, 1.2);
    }
    const QIcon icon(pixmap);
    m_icons.insert(key, icon);
    return icon;
}

}  // namespace yike::ui
