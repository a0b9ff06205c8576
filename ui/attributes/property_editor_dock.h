// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>

#include <QDockWidget>
#include <QString>

#include "core/project/project.h"
#include "ui/document/selection.h"

class QDataWidgetMapper;
class QLabel;
class QStackedWidget;

namespace yike::ui {

class FeatureFieldDelegate;
class FeatureTableModel;
class ProjectDocument;

/**
 * The property editor: the fields of the single selected feature as a form (a line edit, spin
 * box, check box or combo box per editable field, text for the others), or a message saying
 * that nothing or several features are selected. The form edits through the same
 * FeatureTableModel and FeatureFieldDelegate as the attribute table, so every committed change
 * is one UpdateFeature command on the undo stack; it shows the new values after undo and redo.
 *
 * It follows the document's selection on the next turn of the event loop, so that a selection
 * change inside an undo command never makes the form commit while the command runs.
 */
class PropertyEditorDock : public QDockWidget {
    Q_OBJECT

public:
    explicit PropertyEditorDock(ProjectDocument* document, QWidget* parent = nullptr);
    ~PropertyEditorDock() override;

    /// The feature shown in the form; nullopt when the message is shown.
    std::optional<FeatureRef> feature() const { return m_shown; }
    /// The heading: the feature, "Nothing selected" or "N features selected".
    QString heading() const;
    /// The widget of field `key` ("name", "population", ...) in the shown form; null when no
    /// form is shown or the layer has no such field. Read-only fields are QLabels.
    QWidget* fieldWidget(const QString& key) const;
    /// The last refused edit, or empty.
    QString message() const;
    FeatureTableModel* model(project::Layer layer) const;

    /// Brings the form up to date with the selection now instead of on the next event loop turn.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Form {
        QWidget* page = nullptr;
        QDataWidgetMapper* mapper = nullptr;
        std::map<int, QLabel*> labels;      // column -> field label
        std::map<QString, QWidget*> fields;  // key -> editor or label
    };

    Form& form(project::Layer layer);
    void scheduleRefresh();
    void retranslateUi();
    void retranslateForm(project::Layer layer, Form& form);
    void showMessage(const QString& text);

    ProjectDocument* m_document;
    std::map<project::Layer, FeatureTableModel*> m_models;
    std::map<project::Layer, Form> m_forms;
    FeatureFieldDelegate* m_delegate = nullptr;
    QLabel* m_heading = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_messageLabel = nullptr;
    std::optional<FeatureRef> m_shown;
    bool m_refreshPending = false;
};

}  // namespace yike::ui
