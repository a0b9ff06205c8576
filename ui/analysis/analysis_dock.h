// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include "ui/document/selection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace yike::ui {

class AnalysisController;

/**
 * The walk-access panel: which service and which walkers (adults, older people, children) the
 * map's Analysis results layer shows, the run's progress with a Cancel button, the share of
 * residents who reach the service within each threshold (all, aged 60+, aged 0–14), the
 * compounds beyond the category's target (blind spots; a double click shows one on the map),
 * where the figures come from (the catalogue's source and confidence for the target; how many
 * residents each step of the estimation ladder gave: survey, population grid, floor area, land
 * × plot ratio, with the assumptions behind them), and how long the last run and update took.
 * Where no residents are known it says so, and how to add them, instead of showing 0 %.
 *
 * Showing the panel activates the controller; hiding it stops the analysis and clears the
 * layer, so the map never shows results that no longer follow the edits.
 */
class AnalysisDock : public QDockWidget {
    Q_OBJECT

public:
    explicit AnalysisDock(AnalysisController* controller, QWidget* parent = nullptr);
    ~AnalysisDock() override;

    AnalysisController* controller() const { return m_controller; }
    QComboBox* categoryCombo() const { return m_category; }
    QComboBox* profileCombo() const { return m_profile; }
    QCheckBox* plannedCheck() const { return m_planned; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* runButton() const { return m_run; }
    QTableWidget* sharesTable() const { return m_shares; }
    QListWidget* blindSpotList() const { return m_blindSpots; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* residentsLabel() const { return m_residents; }
    /// Where no residents are known: what to do about it (hidden otherwise).
    QLabel* noResidentsLabel() const { return m_noResidents; }
    QPushButton* plotRatioButton() const { return m_plotRatio; }
    /// Sets the project's plot ratio (one undo step), as the Plot Ratio… button does after
    /// asking.
    void setProjectPlotRatio(double ratio);

Q_SIGNALS:
    /// The user asked to see a compound (double click on a blind spot).
    void featureActivated(const yike::ui::FeatureRef& ref);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslateUi();
    void fillCategories();
    void fillProfiles();
    void showResult();
    void showRunning(bool running);
    QString targetText() const;
    QString notesText() const;
    QString residentsText() const;
    void askPlotRatio();

    AnalysisController* m_controller;
    QLabel* m_categoryLabel = nullptr;
    QComboBox* m_category = nullptr;
    QLabel* m_profileLabel = nullptr;
    QComboBox* m_profile = nullptr;
    QCheckBox* m_planned = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_target = nullptr;
    QTableWidget* m_shares = nullptr;
    QLabel* m_blindTitle = nullptr;
    QListWidget* m_blindSpots = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_residents = nullptr;
    QLabel* m_noResidents = nullptr;
    QPushButton* m_plotRatio = nullptr;
    QLabel* m_status = nullptr;
};

}  // namespace yike::ui
