// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/layers_panel.h"

#include <cmath>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/layers/layer_settings.h"
#include "ui/layers/layer_tree_model.h"
#include "ui/layers/tr.h"
#include "ui/render/map_composition.h"

namespace yike::ui {

LayersPanel::LayersPanel(MapComposition* composition, ProjectDocument* document, QWidget* parent,
                         bool restoreSettings)
    : QWidget(parent), m_composition(composition) {
    if (restoreSettings) {
        QSettings settings;
        restoreLayerSettings(*m_composition, settings);
    }
    m_model = new LayerTreeModel(composition, document, this);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("layerTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(30, 24));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LayerTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(LayerTreeModel::CountColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->expand(m_model->indexOf(MapLayer::Facilities));

    m_upButton = new QToolButton(this);
    m_upButton->setObjectName(QStringLiteral("moveLayerUpButton"));
    m_upButton->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_upButton->setAutoRaise(true);
    m_downButton = new QToolButton(this);
    m_downButton->setObjectName(QStringLiteral("moveLayerDownButton"));
    m_downButton->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_downButton->setAutoRaise(true);
    connect(m_upButton, &QToolButton::clicked, this, &LayersPanel::moveCurrentUp);
    connect(m_downButton, &QToolButton::clicked, this, &LayersPanel::moveCurrentDown);

    m_opacityLabel = new QLabel(this);
    m_opacitySlider = new QSlider(Qt::Horizontal, this);
    m_opacitySlider->setObjectName(QStringLiteral("opacitySlider"));
    m_opacitySlider->setRange(0, 100);
    m_opacitySlider->setSingleStep(5);
    m_opacitySlider->setPageStep(10);
    m_opacityLabel->setBuddy(m_opacitySlider);
    m_opacityValue = new QLabel(this);
    m_opacityValue->setObjectName(QStringLiteral("opacityValue"));
    m_opacityValue->setMinimumWidth(m_opacityValue->fontMetrics().horizontalAdvance(
        QStringLiteral("100 %")));
    m_opacityValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(m_opacitySlider, &QSlider::valueChanged, this, [this](int value) {
        if (const auto layer = currentLayer())
            m_composition->setLayerOpacity(*layer, value / 100.0);
    });

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addSpacing(8);
    buttons->addWidget(m_opacityLabel);
    buttons->addWidget(m_opacitySlider, 1);
    buttons->addWidget(m_opacityValue);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LayersPanel::updateControls);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &LayersPanel::updateControls);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& under) {
        // Categories appear expanded under Facilities.
        if (under.isValid()) m_tree->expand(under);
    });
    connect(m_composition, &MapComposition::changed, this, [this] {
        QSettings settings;
        saveLayerSettings(*m_composition, settings);
        updateControls();
    });
    if (m_model->rowCount() > 0) m_tree->setCurrentIndex(m_model->index(0, 0));
    retranslateUi();
    updateControls();
}

QSize LayersPanel::sizeHint() const {
    // Wide enough for most category names next to their count.
    return {fontMetrics().averageCharWidth() * 34, 480};
}

std::optional<MapLayer> LayersPanel::currentLayer() const {
    return m_model->layerAt(m_tree->currentIndex());
}

void LayersPanel::setCurrentLayer(MapLayer layer) {
    m_tree->setCurrentIndex(m_model->indexOf(layer));
}

void LayersPanel::moveCurrentUp() {
    if (const auto layer = currentLayer()) m_model->moveLayer(*layer, -1);
}

void LayersPanel::moveCurrentDown() {
    if (const auto layer = currentLayer()) m_model->moveLayer(*layer, +1);
}

void LayersPanel::updateControls() {
    const auto layer = currentLayer();
    m_upButton->setEnabled(layer && m_model->canMove(*layer, -1));
    m_downButton->setEnabled(layer && m_model->canMove(*layer, +1));
    m_opacitySlider->setEnabled(layer.has_value());
    const double opacity = layer ? m_composition->layerOpacity(*layer) : 1.0;
    const int percent = static_cast<int>(std::lround(opacity * 100.0));
    {
        const QSignalBlocker blocker(m_opacitySlider);
        m_opacitySlider->setValue(percent);
    }
    m_opacityValue->setText(LayersTr::tr("%1 %").arg(percent));
}

void LayersPanel::retranslateUi() {
    m_upButton->setToolTip(LayersTr::tr("Move the layer up: drawn over the layer above it"));
    m_downButton->setToolTip(LayersTr::tr("Move the layer down: drawn under the layer below it"));
    m_opacityLabel->setText(LayersTr::tr("&Opacity"));
    m_opacitySlider->setToolTip(LayersTr::tr("Opacity of the current layer"));
    m_model->retranslate();
    updateControls();
}

void LayersPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace yike::ui
