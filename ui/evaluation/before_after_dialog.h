// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QDialog>

#include "core/evaluation/before_after.h"
#include "core/evaluation/grade_rules.h"

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace yike::ui {

class BackgroundRunner;
class ProjectDocument;

/**
 * Before / after: one living circle in its existing state beside its planned one (planned
 * facilities counted, accepted conversions among them). Per service and age group the share
 * within target in both states, as a table and a bar chart (one age group at a time), by
 * default only the services that change. Both states are evaluated in the background with
 * progress and Cancel; Export writes the whole comparison as CSV, or the chart as PNG.
 */
class BeforeAfterDialog : public QDialog {
    Q_OBJECT

public:
    /// Compares the circle called `circle` (the project's whole study area, named `wholeName`,
    /// when the project defines no circle) under `rules`.
    BeforeAfterDialog(ProjectDocument* document, evaluation::GradeRules rules,
                      const std::string& circle, std::string wholeName,
                      QWidget* parent = nullptr);
    ~BeforeAfterDialog() override;

    /// Evaluates both states again (the project may have changed).
    void run();
    bool isRunning() const;
    /// The comparison of the last run, every service; empty before it completes.
    const std::vector<evaluation::ShareChange>& rows() const { return m_rows; }
    /// The rows the table and chart show (all, or only the changed ones).
    std::vector<const evaluation::ShareChange*> shownRows() const;
    /// The age group the chart shows (0 everyone, 1 60+, 2 0–14).
    void setCohort(std::size_t cohort);
    QChartView* chartView() const { return m_chartView; }
    QTableWidget* table() const { return m_table; }

    /// Writes the whole comparison as CSV / the chart as PNG; false with a message on failure.
    bool exportCsv(const QString& path);
    bool exportPng(const QString& path);

Q_SIGNALS:
    /// A run completed (rows() holds its result) or stopped.
    void finished();

private:
    void fillCircles();
    void showRows();
    void chooseCsv();
    void choosePng();

    ProjectDocument* m_document;
    evaluation::GradeRules m_rules;
    std::string m_wholeName;
    BackgroundRunner* m_runner;
    std::vector<evaluation::ShareChange> m_rows;
    QComboBox* m_circle;
    QComboBox* m_cohort;
    QCheckBox* m_onlyChanged;
    QLabel* m_status;
    QPushButton* m_cancel;
    QChart* m_chart;
    QChartView* m_chartView;
    QTableWidget* m_table;
    QPushButton* m_csv;
    QPushButton* m_png;
};

}  // namespace yike::ui
