// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QString>
#include <QStringView>

#include "core/project/project.h"

namespace yike::ui {

class ProjectDocument;

/// How a field is edited: the delegate creates the editor from this (FeatureTableModel::EditorRole).
enum class FieldEditor {
    ReadOnly,       ///< shown, never edited here
    Text,           ///< one line of text
    MultilineText,  ///< text with line breaks (notes, key=value attributes)
    Integer,        ///< whole number within MinimumRole .. MaximumRole
    Decimal,        ///< number with DecimalsRole decimals within MinimumRole .. MaximumRole
    Boolean,        ///< a check box (Qt::CheckStateRole in tables)
    Choice          ///< one of ChoicesRole
};

/**
 * The features of one editable layer (facilities, compounds, gates or idle spaces) as a table:
 * one row per feature in the project's order, one column per field of features.h (the id is
 * read-only). It is an adapter, not a copy: cells are read from the document's project, and
 * setData() validates the value and pushes an UpdateFeature command on the document's undo stack
 * instead of writing the project. A rejected value leaves the project as it was and is reported
 * through editRejected() with a translated message.
 *
 * It follows ProjectDocument::projectChanged with fine-grained signals (rows inserted, removed,
 * changed) and resets only when the whole layer or project is replaced. It keeps only the ids
 * of its rows, to know which row a removed feature occupied.
 *
 * Categories show their name in the interface language with the code in the tooltip; kinds and
 * statuses show translated labels; numbers are right-aligned. GUI thread only.
 */
class FeatureTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        FeatureIdRole = Qt::UserRole + 1,  ///< the row's feature id (qlonglong), any column
        SortRole,     ///< numbers as numbers, everything else as the displayed text
        SearchRole,   ///< the text a search matches: displayed text plus codes and other names
        EditorRole,   ///< FieldEditor as int
        ChoicesRole,  ///< Choice fields: QVariantList of QVariantMap {value, text, toolTip}
        MinimumRole,  ///< Integer and Decimal fields
        MaximumRole,
        DecimalsRole  ///< Decimal fields
    };

    /// The model of one editable layer; null for other layers.
    static FeatureTableModel* create(ProjectDocument* document, project::Layer layer,
                                     QObject* parent = nullptr);
    /// Facilities, Compounds, Gates, IdleSpaces: the layers create() accepts, in display order.
    static const std::vector<project::Layer>& editableLayers();

    ~FeatureTableModel() override;

    ProjectDocument* document() const { return m_document; }
    project::Layer layer() const { return m_layer; }

    /// The feature id of `row`; 0 when out of range.
    project::FeatureId idAt(int row) const;
    /// The row of feature `id`; -1 when it is not in the layer.
    int rowOf(project::FeatureId id) const;
    /// A stable key per column ("id", "name", "category", "population", ...), for tests and
    /// settings; columnOf() is its inverse (-1 when unknown).
    QString fieldKey(int column) const;
    int columnOf(QStringView key) const;
    /// The translated column title.
    QString fieldTitle(int column) const;
    /// How the column's cells are edited (ReadOnly for the id and fixed fields).
    FieldEditor fieldEditor(int column) const;
    /// Re-reads headers and cells after a change of the interface language.
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit was refused (bad value, unknown category, ...); the project is unchanged.
    void editRejected(const QString& message);

protected:
    FeatureTableModel(ProjectDocument* document, project::Layer layer, QObject* parent);

    /// Fills the row ids from the project; called by the subclass constructor and on resets.
    void reload();

    virtual int fieldCount() const = 0;
    virtual QString keyOf(int column) const = 0;
    virtual QString titleOf(int column) const = 0;
    virtual FieldEditor editorOf(int column) const = 0;
    virtual QVariant cellData(int row, int column, int role) const = 0;
    virtual Qt::ItemFlags cellFlags(int column) const = 0;
    virtual bool setCellData(int row, int column, const QVariant& value, int role) = 0;
    /// The ids of the layer's features in the project's order.
    virtual std::vector<project::FeatureId> projectIds() const = 0;
    /// The position of `id` in the project's layer; -1 when absent.
    virtual int projectIndexOf(project::FeatureId id) const = 0;
    /// Columns whose text depends on another layer (the catalogue, the compounds).
    virtual std::vector<int> columnsDependingOn(project::Layer other) const = 0;

    std::vector<project::FeatureId> m_ids;  // row -> id, in step with the views

private:
    void onProjectChanged(const project::ChangeEvent& event);
    void reset();

    ProjectDocument* m_document;
    project::Layer m_layer;
};

}  // namespace yike::ui
