// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/feature_field_delegate.h"

#include <cmath>
#include <limits>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVariantMap>

#include "ui/attributes/feature_table_model.h"

namespace yike::ui {
namespace {

FieldEditor editorKind(const QModelIndex& index) {
    return static_cast<FieldEditor>(index.data(FeatureTableModel::EditorRole).toInt());
}

int clampToInt(double value) {
    if (!std::isfinite(value)) return 0;
    if (value >= std::numeric_limits<int>::max()) return std::numeric_limits<int>::max();
    if (value <= std::numeric_limits<int>::min()) return std::numeric_limits<int>::min();
    return static_cast<int>(value);
}

}  // namespace

FeatureFieldDelegate::FeatureFieldDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* FeatureFieldDelegate::createFormEditor(QWidget* parent, FieldEditor kind) const {
    return makeEditor(parent, kind, true);
}

QWidget* FeatureFieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                            const QModelIndex& index) const {
    return makeEditor(parent, editorKind(index), false);
}

void FeatureFieldDelegate::commitNow(QWidget* editor) const {
    Q_EMIT const_cast<FeatureFieldDelegate*>(this)->commitData(editor);
}

QWidget* FeatureFieldDelegate::makeEditor(QWidget* parent, FieldEditor kind,
                                          bool inForm) const {
    switch (kind) {
        case FieldEditor::ReadOnly:
            return nullptr;
        case FieldEditor::Text:
            return new QLineEdit(parent);
        case FieldEditor::MultilineText: {
            auto* edit = new QPlainTextEdit(parent);
            edit->setTabChangesFocus(true);
            if (inForm) edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            return edit;
        }
        case FieldEditor::Integer: {
            auto* spin = new QSpinBox(parent);
            spin->setGroupSeparatorShown(true);
            spin->setKeyboardTracking(false);
            spin->setAlignment(Qt::AlignRight);
            return spin;
        }
        case FieldEditor::Decimal: {
            auto* spin = new QDoubleSpinBox(parent);
            spin->setGroupSeparatorShown(true);
            spin->setKeyboardTracking(false);
            spin->setAlignment(Qt::AlignRight);
            return spin;
        }
        case FieldEditor::Boolean: {
            if (!inForm) return nullptr;  // tables toggle the check state
            auto* box = new QCheckBox(parent);
            connect(box, &QCheckBox::clicked, this, [this, box] { commitNow(box); });
            return box;
        }
        case FieldEditor::Choice: {
            auto* combo = new QComboBox(parent);
            combo->setMaxVisibleItems(20);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(12);
            connect(combo, &QComboBox::activated, this, [this, combo, inForm] {
                commitNow(combo);
                // In a table the choice is the whole edit; a form keeps its combo box.
                if (!inForm)
                    Q_EMIT const_cast<FeatureFieldDelegate*>(this)->closeEditor(combo);
            });
            return combo;
        }
    }
    return nullptr;
}

void FeatureFieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* label = qobject_cast<QLabel*>(editor)) {
        label->setText(index.data(Qt::DisplayRole).toString());
        label->setToolTip(index.data(Qt::ToolTipRole).toString());
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        if (line->text() != value.toString()) line->setText(value.toString());
        line->setToolTip(index.data(Qt::ToolTipRole).toString());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        if (text->toPlainText() != value.toString()) text->setPlainText(value.toString());
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        const QSignalBlocker blocker(spin);
        spin->setRange(clampToInt(index.data(FeatureTableModel::MinimumRole).toDouble()),
                       clampToInt(index.data(FeatureTableModel::MaximumRole).toDouble()));
        spin->setValue(value.toInt());
    } else if (auto* decimal = qobject_cast<QDoubleSpinBox*>(editor)) {
        const QSignalBlocker blocker(decimal);
        decimal->setDecimals(index.data(FeatureTableModel::DecimalsRole).toInt());
        decimal->setRange(index.data(FeatureTableModel::MinimumRole).toDouble(),
                          index.data(FeatureTableModel::MaximumRole).toDouble());
        decimal->setValue(value.toDouble());
    } else if (auto* box = qobject_cast<QCheckBox*>(editor)) {
        const QSignalBlocker blocker(box);
        box->setChecked(value.toBool());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        // Choices can change between rows (the catalogue, the compounds): refill every time.
        const QSignalBlocker blocker(combo);
        combo->clear();
        const QVariantList choices = index.data(FeatureTableModel::ChoicesRole).toList();
        for (const QVariant& entry : choices) {
            const QVariantMap map = entry.toMap();
            combo->addItem(map.value(QStringLiteral("text")).toString(),
                           map.value(QStringLiteral("value")));
            const QString tip = map.value(QStringLiteral("toolTip")).toString();
            if (!tip.isEmpty()) combo->setItemData(combo->count() - 1, tip, Qt::ToolTipRole);
        }
        combo->setCurrentIndex(combo->findData(value));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FeatureFieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const {
    // Editors commit when focus leaves them, edited or not. Writing back an untouched value
    // could still change the feature (a name's double spaces, a coordinate's seventh decimal),
    // so a value equal to what the editor was given is not written.
    const QVariant current = index.data(Qt::EditRole);
    if (qobject_cast<QLabel*>(editor) != nullptr) return;
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        if (line->text() != current.toString()) model->setData(index, line->text(), Qt::EditRole);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        if (text->toPlainText() != current.toString())
            model->setData(index, text->toPlainText(), Qt::EditRole);
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        if (spin->value() != current.toInt()) model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto* decimal = qobject_cast<QDoubleSpinBox*>(editor)) {
        decimal->interpretText();
        const double step = std::pow(10.0, -decimal->decimals());
        const double shown = std::round(current.toDouble() / step) * step;
        if (std::abs(decimal->value() - shown) >= step / 2.0)
            model->setData(index, decimal->value(), Qt::EditRole);
    } else if (auto* box = qobject_cast<QCheckBox*>(editor)) {
        if (box->isChecked() != current.toBool())
            model->setData(index, box->isChecked(), Qt::EditRole);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0 && combo->currentData() != current)
            model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

}  // namespace yike::ui
