// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <set>
#include <string>

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace yike::ui {

class CatalogTableModel;
class FeatureFieldDelegate;
class ProjectDocument;

/**
 * Tools → Standards Catalogue: edits the project's facility catalogue in a working copy (a
 * CatalogTableModel) and applies it on OK as one SetCatalog undo command. Categories can be
 * added, removed and edited; the sources of the selected category (id and where) and the
 * figures as the source states them are edited below the table, next to where its minimum area
 * was read (quote, jurisdiction, confidence and a link; read-only), so where every figure comes
 * from stays visible. The built-in catalogue can be restored.
 *
 * Removing a category that facilities still use needs the user's confirmation, and so does
 * applying a table in which such a code disappeared (renamed); the facilities keep their codes
 * and summary() says how many now have a code that is no longer in the catalogue. Invalid input
 * is refused with a message and nothing is lost.
 */
class CatalogEditorDialog : public QDialog {
    Q_OBJECT

public:
    /// Asks a yes/no question; true means go ahead. The default uses a message box.
    using Confirm = std::function<bool(QWidget* parent, const QString& title, const QString& text)>;

    explicit CatalogEditorDialog(ProjectDocument* document, QWidget* parent = nullptr);
    ~CatalogEditorDialog() override;

    void setConfirm(Confirm confirm);

    CatalogTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTableWidget* sourcesTable() const { return m_sources; }
    /// The area source of the selected category as shown below the table (rich text).
    QLabel* areaSourceView() const { return m_areaSource; }
    /// The shown validation or refusal message, or empty.
    QString message() const;

    /// Removes the selected categories, after confirmation when facilities use them.
    void removeSelectedCategories();
    /// Adds a category and starts editing its code.
    void addCategory();
    /// Replaces the working copy with the built-in catalogue (applied on OK).
    void restoreBuiltin();
    /// Validates the working copy and, unless refused, pushes it as one undo command (none
    /// when nothing changed). Returns whether the dialog may close.
    bool apply();
    /// After apply(): e.g. "3 facilities keep a category code that is no longer in the
    /// catalogue."; empty when none.
    QString summary() const;
    int orphanedFacilities() const { return m_orphaned; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadDetails();
    void storeDetails();
    void showMessage(const QString& text);
    bool confirm(const QString& title, const QString& text);

    ProjectDocument* m_document;
    Confirm m_confirm;
    CatalogTableModel* m_model = nullptr;
    FeatureFieldDelegate* m_delegate = nullptr;
    QLabel* m_intro = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QGroupBox* m_details = nullptr;
    QLabel* m_sourcesLabel = nullptr;
    QTableWidget* m_sources = nullptr;
    QPushButton* m_addSourceButton = nullptr;
    QPushButton* m_removeSourceButton = nullptr;
    QLabel* m_walkTargetLabel = nullptr;
    QLineEdit* m_walkTarget = nullptr;
    QLabel* m_minAreaLabel = nullptr;
    QLineEdit* m_minArea = nullptr;
    QLabel* m_perPopulationLabel = nullptr;
    QLineEdit* m_perPopulation = nullptr;
    QLabel* m_gbLevelLabel = nullptr;
    QLineEdit* m_gbLevel = nullptr;
    QLabel* m_areaSourceLabel = nullptr;
    QLabel* m_areaSource = nullptr;
    QLabel* m_messageLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    int m_detailRow = -1;
    bool m_loading = false;
    std::set<std::string> m_confirmedCodes;  // removals the user already agreed to
    int m_orphaned = 0;
};

}  // namespace yike::ui
