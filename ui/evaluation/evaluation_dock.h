// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <QDockWidget>

#include "core/project/features.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace yike::ui {

class BeforeAfterDialog;
class EvaluationController;
struct CirclesOverlay;

/**
 * The Circle Evaluation panel: the living circles of the project checked against the
 * standards.
 *
 * - Circles: the project's circles (New: around the selected facility, from the selected
 *   compounds' outlines, or the whole study area; Edit: name, walking time, walkers and the
 *   survey figures; Delete; each one undo step).
 * - Sheet of the chosen circle: every service with the facilities inside, its walking target
 *   and, per age group at its own pace, the share within target and pass/fail; each grading
 *   scheme's grade, its requirements and what blocks the next grade ("Propose conversions for
 *   these" hands them to the Conversion Proposals panel); the programme indicators, missing
 *   inputs named. Sources and confidence in the tooltips.
 * - District: one row per circle, sortable, exportable as CSV (the cells `yike-cli evaluate
 *   --csv` writes).
 * Evaluation runs in the background with progress and Cancel.
 */
class EvaluationDock : public QDockWidget {
    Q_OBJECT
public:
    explicit EvaluationDock(EvaluationController* controller, QWidget* parent = nullptr);

    EvaluationController* controller() const { return m_controller; }
    /// The circle the sheet shows (index into the result), -1 without a result.
    int currentCircle() const;
    void setCurrentCircle(int index);
    /// Writes the district table as CSV; false with a message on failure.
    bool exportCsv(const QString& path);

    /// @name Circles (each one undo step; false with a message when it cannot be done)
    /// @{
    /// A circle of `minutes` around the selected facility, at the adult pace.
    bool newCircleAroundSelection(double minutes = 15.0);
    /// A circle of the selected compounds' outlines.
    bool newCircleFromSelectedCompounds();
    /// A circle of the project's study area.
    bool newCircleFromStudyArea();
    /// Opens Before / After for the circle shown by the sheet (null without a result).
    BeforeAfterDialog* openBeforeAfter();
    /// What the district map colours by: "scheme:CODE" (its grade) or "category:CODE" (the
    /// share of everyone within the service's target).
    void setMapBy(const QString& key);
    /// What the Living circles layer shows for the current result; null without one.
    std::shared_ptr<const CirclesOverlay> circlesOverlay() const { return m_circlesOverlay; }
    /// Removes the project's circle shown by the sheet.
    bool deleteCurrentCircle();
    /// Opens the editor of the circle shown by the sheet.
    void editCurrentCircle();
    /// @}

Q_SIGNALS:
    /// "Propose conversions for these": the categories that block a circle's next grade.
    void proposeFor(const std::vector<std::string>& categories);
    /// circlesOverlay() changed.
    void circlesOverlayChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onResultChanged();
    void showCircle();
    void fillDistrict();
    void updateStatus();
    void askExportCsv();
    void fillMapBy();
    void rebuildCirclesOverlay();
    /// Pushes a new circle (one undo step) and evaluates again.
    bool addCircle(project::Circle circle);
    /// The project's circle the sheet shows, or null (the whole study area, no result).
    const project::Circle* currentProjectCircle() const;
    /// `base`, or `base (2)`, `base (3)`, ... whichever no circle has yet.
    std::string freeName(const std::string& base) const;

    EvaluationController* m_controller;
    QComboBox* m_circle = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QCheckBox* m_planned = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_sheet = nullptr;
    QPushButton* m_propose = nullptr;
    QComboBox* m_proposeScheme = nullptr;
    QTableView* m_district = nullptr;
    QStandardItemModel* m_districtModel = nullptr;
    QSortFilterProxyModel* m_districtSort = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QToolButton* m_newCircle = nullptr;
    QPushButton* m_editCircle = nullptr;
    QPushButton* m_deleteCircle = nullptr;
    QPushButton* m_beforeAfter = nullptr;
    QLabel* m_mapByLabel = nullptr;
    QComboBox* m_mapBy = nullptr;
    std::shared_ptr<const CirclesOverlay> m_circlesOverlay;
};

}  // namespace yike::ui
