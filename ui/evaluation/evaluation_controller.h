// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QString>

#include "core/evaluation/circle_evaluation.h"
#include "core/evaluation/evaluation_export.h"

namespace yike::ui {

class BackgroundRunner;
class ProjectDocument;

/// A finished evaluation: the rules it applied, every circle's land and evaluation, and the
/// district table built from them (the same cells `yike-cli evaluate --csv` writes).
struct EvaluationRun {
    evaluation::GradeRules rules;
    evaluation::EvaluationOptions options;
    evaluation::ProjectEvaluation result;
    evaluation::DistrictTable table;
};

/**
 * Evaluates the document's living circles (core/evaluation) in the background: a project copy,
 * its street graph, the walk analyses of the three age groups, then every circle, with progress
 * and cancel. The result stays until the next run; isStale() says when the project has changed
 * since. GUI thread only; the destructor cancels and waits for a running job.
 */
class EvaluationController : public QObject {
    Q_OBJECT
public:
    explicit EvaluationController(ProjectDocument* document, QObject* parent = nullptr);
    ~EvaluationController() override;

    ProjectDocument* document() const { return m_document; }
    /// Count planned facilities as present and reached (the circles as planned).
    void setIncludePlanned(bool include) { m_options.includePlanned = include; }
    bool includePlanned() const { return m_options.includePlanned; }
    /// The rules of the next run; the shipped table unless set.
    void setRules(evaluation::GradeRules rules) { m_rules = std::move(rules); }
    const evaluation::GradeRules& rules() const { return m_rules; }

    void run();
    void cancel();
    bool isRunning() const;
    double progress() const;
    std::shared_ptr<const EvaluationRun> result() const { return m_result; }
    bool isStale() const { return m_stale; }
    /// Why the last run failed (translated where it can be); empty when it did not.
    const QString& lastError() const { return m_lastError; }

    /// The name the whole study area gets when the project defines no circle and has no title.
    static QString wholeStudyAreaName();

Q_SIGNALS:
    void runStarted();
    void progressChanged(double fraction);
    /// The run ended without a result: cancelled (error empty) or failed.
    void runStopped(const QString& error);
    void resultChanged();
    void staleChanged(bool stale);

private:
    ProjectDocument* m_document;
    BackgroundRunner* m_runner;
    evaluation::GradeRules m_rules;
    evaluation::EvaluationOptions m_options;
    std::shared_ptr<const EvaluationRun> m_result;
    bool m_stale = false;
    QString m_lastError;
};

}  // namespace yike::ui
