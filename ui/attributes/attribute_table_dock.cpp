// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/attribute_table_dock.h"

#include <algorithm>
#include <functional>
#include <vector>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "ui/attributes/feature_field_delegate.h"
#include "ui/attributes/feature_filter_model.h"
#include "ui/attributes/feature_table_model.h"
#include "ui/attributes/field_labels.h"
#include "ui/attributes/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

/// A table view that tells selection changes made by the user (mouse, keyboard) from those
/// made by the program or by the model (filtering, rows removed), which must not be sent back
/// to the document.
class FeatureTableView : public QTableView {
public:
    using QTableView::QTableView;

    std::function<void()> userSelectionChanged;

protected:
    void selectionChanged(const QItemSelection& selected,
                          const QItemSelection& deselected) override {
        QTableView::selectionChanged(selected, deselected);
        if (m_inputDepth > 0 && userSelectionChanged) userSelectionChanged();
    }
    void mousePressEvent(QMouseEvent* event) override {
        const Input input(this);
        QTableView::mousePressEvent(event);
    }
    void mouseMoveEvent(QMouseEvent* event) override {
        const Input input(this);
        QTableView::mouseMoveEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent* event) override {
        const Input input(this);
        QTableView::mouseReleaseEvent(event);
    }
    void mouseDoubleClickEvent(QMouseEvent* event) override {
        const Input input(this);
        QTableView::mouseDoubleClickEvent(event);
    }
    void keyPressEvent(QKeyEvent* event) override {
        const Input input(this);
        QTableView::keyPressEvent(event);
    }

private:
    struct Input {
        explicit Input(FeatureTableView* view) : m_view(view) { ++m_view->m_inputDepth; }
        ~Input() { --m_view->m_inputDepth; }
        Input(const Input&) = delete;
        Input& operator=(const Input&) = delete;
        FeatureTableView* m_view;
    };
    int m_inputDepth = 0;
};

AttributeTableDock::AttributeTableDock(ProjectDocument* document, QWidget* parent)
    : QDockWidget(parent), m_document(document) {
    setObjectName(QStringLiteral("attributeTableDock"));
    for (project::Layer layer : FeatureTableModel::editableLayers()) {
        FeatureTableModel* model = FeatureTableModel::create(document, layer, this);
        m_models[layer] = model;
        connect(model, &FeatureTableModel::editRejected, this, &AttributeTableDock::showMessage);
    }

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    m_layerLabel = new QLabel(content);
    m_layerCombo = new QComboBox(content);
    m_layerCombo->setObjectName(QStringLiteral("attributeLayerCombo"));
    for (project::Layer layer : FeatureTableModel::editableLayers())
        m_layerCombo->addItem(QString(), static_cast<int>(layer));
    m_layerLabel->setBuddy(m_layerCombo);
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("attributeSearch"));
    m_search->setClearButtonEnabled(true);
    m_countLabel = new QLabel(content);
    m_countLabel->setObjectName(QStringLiteral("attributeCount"));
    bar->addWidget(m_layerLabel);
    bar->addWidget(m_layerCombo);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_countLabel);
    layout->addLayout(bar);

    m_filter = new FeatureFilterModel(this);
    m_filter->setSourceModel(currentModel());
    m_delegate = new FeatureFieldDelegate(this);
    m_table = new FeatureTableView(content);
    m_table->setObjectName(QStringLiteral("attributeTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A double click zooms to the feature; cells are edited with F2 or a click on a selected row.
    m_table->setEditTriggers(QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitColumns();
    layout->addWidget(m_table, 1);

    m_messageLabel = new QLabel(content);
    m_messageLabel->setObjectName(QStringLiteral("attributeMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #c02020;"));
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    setWidget(content);

    m_table->userSelectionChanged = [this] { pushSelectionToDocument(); };
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_filter->mapToSource(index);
        const project::FeatureId id = currentModel()->idAt(source.row());
        if (id != 0) Q_EMIT featureActivated(FeatureRef{m_layer, id});
    });
    connect(m_layerCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) setLayer(static_cast<project::Layer>(m_layerCombo->itemData(index).toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        selectFromDocument(false);
        updateCount();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, [this] { updateCount(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this] { scheduleSelectFromDocument(false); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateCount();
        scheduleSelectFromDocument(false);
    });
    connect(document->selection(), &Selection::changed, this, [this] {
        if (m_pushing) return;  // the rows are the origin
        m_pendingSelectionChange = true;
        scheduleSelectFromDocument(true);
    });
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { showMessage({}); });

    retranslateUi();
    updateCount();
    selectFromDocument(false);
}

AttributeTableDock::~AttributeTableDock() = default;

QTableView* AttributeTableDock::tableView() const {
    return m_table;
}

FeatureTableModel* AttributeTableDock::model(project::Layer layer) const {
    const auto it = m_models.find(layer);
    return it == m_models.end() ? nullptr : it->second;
}

QString AttributeTableDock::message() const {
    return m_messageLabel->text();
}

void AttributeTableDock::setLayer(project::Layer layer) {
    if (model(layer) == nullptr) return;
    const int comboIndex = m_layerCombo->findData(static_cast<int>(layer));
    if (m_layerCombo->currentIndex() != comboIndex) {
        m_layerCombo->setCurrentIndex(comboIndex);  // comes back here through the signal
        return;
    }
    if (layer == m_layer && m_filter->sourceModel() == model(layer)) return;
    m_layer = layer;
    showMessage({});
    m_filter->setSourceModel(model(layer));
    m_table->sortByColumn(0, Qt::AscendingOrder);
    updateCount();
    selectFromDocument(true);
}

void AttributeTableDock::scheduleSelectFromDocument(bool scroll) {
    m_pendingScroll = m_pendingScroll || scroll;
    if (m_syncPending) return;
    m_syncPending = true;
    QTimer::singleShot(0, this, [this] { syncNow(); });
}

void AttributeTableDock::syncNow() {
    if (!m_syncPending) return;
    m_syncPending = false;
    const bool scroll = m_pendingScroll;
    const bool selectionChanged = m_pendingSelectionChange;
    m_pendingScroll = false;
    m_pendingSelectionChange = false;
    if (selectionChanged)
        onDocumentSelectionChanged();
    else
        selectFromDocument(scroll);
}

void AttributeTableDock::onDocumentSelectionChanged() {
    const Selection* selection = m_document->selection();
    if (!selection->isEmpty() && selection->count(m_layer) == 0) {
        // Show the layer of what was selected elsewhere, when it is a single editable layer.
        std::vector<project::Layer> layers;
        for (project::Layer layer : FeatureTableModel::editableLayers())
            if (selection->count(layer) > 0) layers.push_back(layer);
        if (layers.size() == 1) {
            setLayer(layers.front());
            return;  // setLayer selected the rows
        }
    }
    selectFromDocument(true);
}

void AttributeTableDock::selectFromDocument(bool scroll) {
    if (m_pushing || m_table == nullptr || m_table->selectionModel() == nullptr) return;
    const FeatureTableModel* source = currentModel();
    std::vector<project::FeatureId> wanted;
    for (const FeatureRef& ref : m_document->selection()->items())
        if (ref.layer == m_layer) wanted.push_back(ref.id);
    std::sort(wanted.begin(), wanted.end());
    // One pass over the rows, then contiguous view rows merged into ranges: selecting thousands
    // of features stays fast (item selection models are slow with many small ranges).
    std::vector<int> viewRows;
    if (!wanted.empty()) {
        for (int row = 0; row < source->rowCount(); ++row) {
            if (!std::binary_search(wanted.begin(), wanted.end(), source->idAt(row))) continue;
            const QModelIndex index = m_filter->mapFromSource(source->index(row, 0));
            if (index.isValid()) viewRows.push_back(index.row());  // else filtered out
        }
    }
    std::sort(viewRows.begin(), viewRows.end());
    const int lastColumn = m_filter->columnCount() - 1;
    QItemSelection rows;
    for (std::size_t i = 0; i < viewRows.size();) {
        std::size_t j = i;
        while (j + 1 < viewRows.size() && viewRows[j + 1] == viewRows[j] + 1) ++j;
        rows.append(QItemSelectionRange(m_filter->index(viewRows[i], 0),
                                        m_filter->index(viewRows[j], lastColumn)));
        i = j + 1;
    }
    const QModelIndex first = viewRows.empty() ? QModelIndex() : m_filter->index(viewRows[0], 0);
    m_selecting = true;
    QItemSelectionModel* model = m_table->selectionModel();
    model->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        if (scroll) m_table->scrollTo(first);
    }
    m_selecting = false;
}

void AttributeTableDock::pushSelectionToDocument() {
    if (m_selecting) return;
    const FeatureTableModel* source = currentModel();
    std::vector<FeatureRef> refs;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const project::FeatureId id = source->idAt(m_filter->mapToSource(index).row());
        if (id != 0) refs.push_back(FeatureRef{m_layer, id});
    }
    m_pushing = true;
    m_document->selection()->set(std::move(refs));
    m_pushing = false;
}

void AttributeTableDock::fitColumns() {
    // Fit the visible rows, but keep long texts (notes, attributes) from taking the whole width.
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    for (int column = 0; column < m_filter->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

void AttributeTableDock::updateCount() {
    const int shown = m_filter->rowCount();
    const int total = currentModel()->rowCount();
    const QLocale locale;
    m_countLabel->setText(shown == total
                              ? AttributesTr::tr("%1 features").arg(locale.toString(total))
                              : AttributesTr::tr("%1 of %2 features")
                                    .arg(locale.toString(shown), locale.toString(total)));
}

void AttributeTableDock::showMessage(const QString& text) {
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void AttributeTableDock::retranslateUi() {
    setWindowTitle(AttributesTr::tr("Attribute Table"));
    m_layerLabel->setText(AttributesTr::tr("&Layer:"));
    for (int i = 0; i < m_layerCombo->count(); ++i)
        m_layerCombo->setItemText(
            i, layerLabel(static_cast<project::Layer>(m_layerCombo->itemData(i).toInt())));
    m_search->setPlaceholderText(AttributesTr::tr("Search any column…"));
    m_search->setToolTip(AttributesTr::tr(
        "Shows the rows that contain every word typed, in any column (names, categories in "
        "Chinese or English, codes, numbers)."));
    for (const auto& entry : m_models) entry.second->retranslate();
    updateCount();
}

void AttributeTableDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDockWidget::changeEvent(event);
}

}  // namespace yike::ui
