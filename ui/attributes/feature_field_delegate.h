// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include "ui/attributes/feature_table_model.h"

namespace yike::ui {

/**
 * Creates the editor a FeatureTableModel field asks for (FeatureTableModel::EditorRole): a line
 * edit, a multi-line text box, a spin box with the field's range and decimals, a check box, or a
 * combo box of the field's choices (the project's catalogue for categories, translated kinds,
 * the compounds for a gate). Used by the attribute table and by the property editor's form
 * (through QDataWidgetMapper), so both edit the same way. Combo boxes and check boxes commit as
 * soon as the user picks a value; text commits on Enter or when focus leaves.
 *
 * In the form, read-only fields are QLabels; setEditorData() shows their text.
 */
class FeatureFieldDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit FeatureFieldDelegate(QObject* parent = nullptr);

    /// An editor of `kind` outside a view (the property editor's form); null for ReadOnly.
    /// Check boxes are created here too (tables use the check state instead).
    QWidget* createFormEditor(QWidget* parent, FieldEditor kind) const;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QWidget* makeEditor(QWidget* parent, FieldEditor kind, bool inForm) const;
    void commitNow(QWidget* editor) const;
};

}  // namespace yike::ui
