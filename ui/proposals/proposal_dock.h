// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <QDockWidget>

#include "ui/document/selection.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace yike::ui {

class BackgroundRunner;
class ProposalController;
struct MapHighlight;

/**
 * The conversion proposals panel (Analysis → Conversion Proposals): the parameters (budget in
 * 万元, the most spaces to use, the services to fill, the weights of residents aged 60+ and
 * 0–14, who walks at which pace, whether planned facilities count, "prove the best" with a
 * time limit), Run with progress and Cancel, and the result: the ranked conversions in plain
 * words (details of the selected one below them: area used, the figures assumed, why the space
 * suits the service, with the catalogue's source and confidence), the residents within target
 * per service before and after, the spaces that host nothing and why, the compounds worst
 * served afterwards, and the solver's time and gap.
 *
 * Selecting a conversion points out its space and the homes it newly serves on the map
 * (highlightChanged); a double click shows the space. Accept Selected / Accept All add the
 * conversions as planned facilities in one undo step; Reject leaves one out and runs again.
 * The proposal exports as CSV (Excel), JSON and an A4 PDF report for the client.
 */
class ProposalDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ProposalDock(ProposalController* controller, QWidget* parent = nullptr);
    ~ProposalDock() override;

    ProposalController* controller() const { return m_controller; }
    QDoubleSpinBox* budgetSpin() const { return m_budget; }
    QSpinBox* maxSpacesSpin() const { return m_maxSpaces; }
    QDoubleSpinBox* olderWeightSpin() const { return m_weightOlder; }
    QDoubleSpinBox* childrenWeightSpin() const { return m_weightChildren; }
    QComboBox* walkersCombo() const { return m_walkers; }
    QCheckBox* plannedCheck() const { return m_planned; }
    QCheckBox* exactCheck() const { return m_exact; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QTreeWidget* linesTree() const { return m_lines; }
    QTableWidget* totalsTable() const { return m_totals; }
    QTreeWidget* unusableTree() const { return m_unusable; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* acceptSelectedButton() const { return m_acceptSelected; }
    QPushButton* acceptAllButton() const { return m_acceptAll; }
    QPushButton* rejectButton() const { return m_reject; }

    /// The services to fill: empty for every service with residents beyond its target.
    void setCategories(std::vector<std::string> codes);
    const std::vector<std::string>& categories() const { return m_categories; }
    /// Runs with the parameters shown.
    void run();
    /// Writes the result; false (with a message in the status line) when it cannot.
    bool exportCsv(const QString& path);
    bool exportJson(const QString& path);
    /**
     * Writes the result as the A4 PDF report (ui/report) in the background, with progress and
     * Cancel as a run has; reportFinished follows, and the status line says where it went or
     * why it failed. Cancel leaves no file.
     * @return false when there is no result or a run or another report is under way
     */
    bool exportReport(const QString& path);
    bool isWritingReport() const;

Q_SIGNALS:
    /// What to point out on the map; null for nothing.
    void highlightChanged(std::shared_ptr<const yike::ui::MapHighlight> highlight);
    /// The user asked to see a feature (double click on a conversion or a space).
    void featureActivated(const yike::ui::FeatureRef& ref);
    /// A report started by exportReport ended: written, or not (cancelled or failed).
    void reportFinished(bool written);

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslateUi();
    void fillWalkers();
    void chooseCategories();
    void showRunning(bool running);
    void showResult();
    void showLineStates();
    void showDetails();
    void acceptSelected();
    void exportAs(bool json);
    void exportReportAs();
    bool writeFile(const QString& path, const std::string& text);
    std::vector<std::size_t> selectedLines() const;
    QString categoriesText() const;

    ProposalController* m_controller;
    BackgroundRunner* m_reportRunner;
    std::vector<std::string> m_categories;
    QLabel* m_budgetLabel = nullptr;
    QDoubleSpinBox* m_budget = nullptr;
    QLabel* m_maxSpacesLabel = nullptr;
    QSpinBox* m_maxSpaces = nullptr;
    QLabel* m_categoriesLabel = nullptr;
    QPushButton* m_categoriesButton = nullptr;
    QLabel* m_weightsLabel = nullptr;
    QDoubleSpinBox* m_weightOlder = nullptr;
    QDoubleSpinBox* m_weightChildren = nullptr;
    QLabel* m_walkersLabel = nullptr;
    QComboBox* m_walkers = nullptr;
    QCheckBox* m_planned = nullptr;
    QCheckBox* m_exact = nullptr;
    QSpinBox* m_timeLimit = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_lines = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_acceptSelected = nullptr;
    QPushButton* m_acceptAll = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_export = nullptr;
    QTableWidget* m_totals = nullptr;
    QTreeWidget* m_unusable = nullptr;
    QTreeWidget* m_worst = nullptr;
    QLabel* m_status = nullptr;
};

}  // namespace yike::ui
