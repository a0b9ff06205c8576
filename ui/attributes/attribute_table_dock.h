// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>

#include <QDockWidget>

#include "core/project/project.h"
#include "ui/document/selection.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace yike::ui {

class FeatureFieldDelegate;
class FeatureFilterModel;
class FeatureTableModel;
class FeatureTableView;
class ProjectDocument;

/**
 * The attribute table: the features of one editable layer (chosen in a combo box) as an
 * editable, sortable table with a search box. Edits go through the models' undo commands.
 *
 * Row selection and the document's Selection follow each other: selecting rows (mouse or
 * keyboard) makes them the document's selection at once; a selection made elsewhere (the map)
 * selects the matching rows and scrolls to the first on the next turn of the event loop,
 * switching to the layer of the selected features when none of them is in the shown layer. Filtering or sorting never changes the document's
 * selection. A double click asks for the map to zoom to the feature (featureActivated).
 */
class AttributeTableDock : public QDockWidget {
    Q_OBJECT

public:
    explicit AttributeTableDock(ProjectDocument* document, QWidget* parent = nullptr);
    ~AttributeTableDock() override;

    project::Layer layer() const { return m_layer; }
    void setLayer(project::Layer layer);

    FeatureTableModel* model(project::Layer layer) const;
    FeatureTableModel* currentModel() const { return model(m_layer); }
    FeatureFilterModel* filterModel() const { return m_filter; }
    QTableView* tableView() const;
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* layerCombo() const { return m_layerCombo; }
    /// The last refused edit, or empty.
    QString message() const;
    /// Applies a pending change of the document's selection now (it is otherwise applied on
    /// the next turn of the event loop).
    void syncNow();

Q_SIGNALS:
    /// The user double-clicked the row of `ref`.
    void featureActivated(const yike::ui::FeatureRef& ref);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void scheduleSelectFromDocument(bool scroll);
    void onDocumentSelectionChanged();
    void selectFromDocument(bool scroll);
    void pushSelectionToDocument();
    void updateCount();
    void fitColumns();
    void showMessage(const QString& text);

    ProjectDocument* m_document;
    project::Layer m_layer = project::Layer::Facilities;
    std::map<project::Layer, FeatureTableModel*> m_models;
    FeatureFilterModel* m_filter = nullptr;
    FeatureFieldDelegate* m_delegate = nullptr;
    FeatureTableView* m_table = nullptr;
    QComboBox* m_layerCombo = nullptr;
    QLabel* m_layerLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    bool m_selecting = false;  // rows are being selected from the document
    bool m_pushing = false;    // the document's selection is being set from the rows
    // Selection changes and inserted rows are applied on the next event loop turn, once per
    // burst: one command may add, remove or deselect thousands of features.
    bool m_syncPending = false;
    bool m_pendingScroll = false;
    bool m_pendingSelectionChange = false;
};

}  // namespace yike::ui
