// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/property_editor_dock.h"

#include <QDataWidgetMapper>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "ui/attributes/feature_field_delegate.h"
#include "ui/attributes/feature_table_model.h"
#include "ui/attributes/field_labels.h"
#include "ui/attributes/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

PropertyEditorDock::PropertyEditorDock(ProjectDocument* document, QWidget* parent)
    : QDockWidget(parent), m_document(document) {
    setObjectName(QStringLiteral("propertyEditorDock"));
    m_delegate = new FeatureFieldDelegate(this);
    for (project::Layer layer : FeatureTableModel::editableLayers()) {
        FeatureTableModel* model = FeatureTableModel::create(document, layer, this);
        m_models[layer] = model;
        connect(model, &FeatureTableModel::editRejected, this, &PropertyEditorDock::showMessage);
        connect(model, &QAbstractItemModel::modelReset, this, &PropertyEditorDock::scheduleRefresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                &PropertyEditorDock::scheduleRefresh);
        // The heading shows the feature's name.
        connect(model, &QAbstractItemModel::dataChanged, this, [this, layer] {
            if (m_shown && m_shown->layer == layer) scheduleRefresh();
        });
    }

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("propertyHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_stack = new QStackedWidget(content);
    m_hint = new QLabel(m_stack);
    m_hint->setObjectName(QStringLiteral("propertyHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_hint);
    layout->addWidget(m_stack, 1);

    m_messageLabel = new QLabel(content);
    m_messageLabel->setObjectName(QStringLiteral("propertyMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #c02020;"));
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    setWidget(content);

    connect(document->selection(), &Selection::changed, this,
            &PropertyEditorDock::scheduleRefresh);
    connect(document, &ProjectDocument::projectReplaced, this,
            &PropertyEditorDock::scheduleRefresh);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { showMessage({}); });

    retranslateUi();
    refresh();
}

PropertyEditorDock::~PropertyEditorDock() = default;

FeatureTableModel* PropertyEditorDock::model(project::Layer layer) const {
    const auto it = m_models.find(layer);
    return it == m_models.end() ? nullptr : it->second;
}

PropertyEditorDock::Form& PropertyEditorDock::form(project::Layer layer) {
    Form& f = m_forms[layer];
    if (f.page != nullptr) return f;
    FeatureTableModel* model = m_models.at(layer);
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* pageLayout = new QVBoxLayout(page);
    auto* formLayout = new QFormLayout;
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    pageLayout->addLayout(formLayout);
    pageLayout->addStretch(1);  // the fields stay at the top of a tall dock
    f.mapper = new QDataWidgetMapper(this);
    f.mapper->setModel(model);
    f.mapper->setItemDelegate(m_delegate);
    f.mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString key = model->fieldKey(column);
        QWidget* field = m_delegate->createFormEditor(page, model->fieldEditor(column));
        if (field == nullptr) {
            auto* text = new QLabel(page);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            text->setWordWrap(true);
            field = text;
        }
        field->setObjectName(QStringLiteral("field_") + key);
        auto* label = new QLabel(page);
        label->setBuddy(field);
        f.labels[column] = label;
        f.fields[key] = field;
        formLayout->addRow(label, field);
        f.mapper->addMapping(field, column);
    }
    scroll->setWidget(page);
    f.page = scroll;
    m_stack->addWidget(scroll);
    retranslateForm(layer, f);
    return f;
}

void PropertyEditorDock::scheduleRefresh() {
    if (m_refreshPending) return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending) refresh();
    });
}

void PropertyEditorDock::refresh() {
    m_refreshPending = false;
    const std::vector<FeatureRef>& items = m_document->selection()->items();
    m_shown.reset();
    if (items.size() == 1) {
        const FeatureRef ref = items.front();
        if (FeatureTableModel* model = this->model(ref.layer)) {
            const int row = model->rowOf(ref.id);
            if (row >= 0) {
                Form& f = form(ref.layer);
                f.mapper->setCurrentIndex(row);
                m_stack->setCurrentWidget(f.page);
                m_shown = ref;
                const QString name =
                    model->index(row, model->columnOf(u"name")).data(Qt::DisplayRole).toString();
                m_heading->setText(name.isEmpty()
                                       ? featureLabel(ref.layer)
                                       : AttributesTr::tr("%1: %2").arg(featureLabel(ref.layer),
                                                                        name));
                return;
            }
        }
    }
    m_stack->setCurrentWidget(m_hint);
    m_heading->setText(items.empty()
                           ? AttributesTr::tr("Nothing selected")
                           : AttributesTr::tr("%1 features selected").arg(items.size()));
}

QString PropertyEditorDock::heading() const {
    return m_heading->text();
}

QWidget* PropertyEditorDock::fieldWidget(const QString& key) const {
    if (!m_shown) return nullptr;
    const auto f = m_forms.find(m_shown->layer);
    if (f == m_forms.end()) return nullptr;
    const auto it = f->second.fields.find(key);
    return it == f->second.fields.end() ? nullptr : it->second;
}

QString PropertyEditorDock::message() const {
    return m_messageLabel->text();
}

void PropertyEditorDock::showMessage(const QString& text) {
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void PropertyEditorDock::retranslateUi() {
    setWindowTitle(AttributesTr::tr("Properties"));
    m_hint->setText(AttributesTr::tr(
        "Select one facility, compound, gate or idle space on the map or in the attribute table "
        "to edit its properties here."));
    for (auto& [layer, f] : m_forms) retranslateForm(layer, f);
    for (const auto& entry : m_models) entry.second->retranslate();
    if (!m_refreshPending) refresh();
}

void PropertyEditorDock::retranslateForm(project::Layer layer, Form& f) {
    const FeatureTableModel* model = m_models.at(layer);
    for (auto& [column, label] : f.labels)
        label->setText(AttributesTr::tr("%1:").arg(model->fieldTitle(column)));
}

void PropertyEditorDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDockWidget::changeEvent(event);
}

}  // namespace yike::ui
