// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QStringList>

#include "core/catalog/catalog.h"

namespace yike::ui {

/**
 * A working copy of a facility catalogue as an editable table, for the catalogue editor: code,
 * Chinese and English names, group, target walk minutes, target walk distance, minimum and
 * largest area, the kind of area, where the minimum was read (read-only: jurisdiction and
 * confidence, with the quote and the link in the tooltip), the siting rule, sources (shown as
 * ids, with every source's location in the tooltip), confidence and notes. Nothing here
 * touches the project: the dialog turns the copy into one SetCatalog command. It answers
 * FeatureTableModel's editor roles, so FeatureFieldDelegate edits it.
 *
 * setData() refuses a code that is not lower_snake_case or is already used, a figure that is
 * not a number or is negative, and an unknown kind of area, reporting why through
 * editRejected(); empty figure cells mean "no figure". validate() checks the whole table before
 * it is applied.
 */
class CatalogTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Code,
        NameZh,
        NameEn,
        Group,
        WalkMinutes,
        WalkDistance,
        MinArea,
        MaxArea,
        AreaKind,
        AreaSource,
        Siting,
        Sources,
        Confidence,
        Notes,
        ColumnCount
    };

    explicit CatalogTableModel(QObject* parent = nullptr);

    const std::vector<catalog::Category>& categories() const { return m_categories; }
    void setCategories(std::vector<catalog::Category> categories);
    const catalog::Category& category(int row) const;
    /// Replaces one row (the dialog's source and stated-text editors use it).
    void setCategory(int row, catalog::Category category);

    /// Appends a category with a new unique code; returns its row.
    int addCategory();
    /// Whether `code` is a valid category code: lower_snake_case, starting with a letter.
    static bool isValidCode(const QString& code);
    /// The translated name of a kind of area (建筑面积, 使用面积, ...); the code itself when
    /// unknown, empty for none.
    static QString areaKindLabel(const QString& kind);
    /// "Beijing · local (via reprint)": where the category's area source applies and how far
    /// it can be trusted; empty without one.
    static QString areaSourceSummary(const catalog::Category& category);
    /// Translated problems that would stop the table from being applied; empty when none.
    /// Each names the row (1-based) and the code.
    QStringList validate() const;
    /// The row of the first problem validate() reports; -1 when none.
    int firstInvalidRow() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

    /// Re-reads headers and cells after a change of the interface language.
    void retranslate();

Q_SIGNALS:
    void editRejected(const QString& message);

private:
    std::vector<std::pair<int, QString>> problems() const;

    std::vector<catalog::Category> m_categories;
};

}  // namespace yike::ui
