// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluation_controller.h"

#include "core/access/analysis_session.h"
#include "ui/document/project_document.h"
#include "ui/evaluation/tr.h"
#include "ui/jobs/background_runner.h"

namespace yike::ui {

EvaluationController::EvaluationController(ProjectDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_runner(new BackgroundRunner(this)),
      m_rules(evaluation::builtinGradeRules()) {
    connect(m_runner, &BackgroundRunner::progressChanged, this,
            &EvaluationController::progressChanged);
    connect(document, &ProjectDocument::projectChanged, this, [this] {
        if (m_result && !m_stale) {
            m_stale = true;
            Q_EMIT staleChanged(true);
        }
    });
    connect(document, &ProjectDocument::projectReplaced, this, [this] {
        cancel();
        const bool had = m_result != nullptr;
        m_result.reset();
        m_stale = false;
        if (had) Q_EMIT resultChanged();
    });
}

// The runner (a child) cancels and waits for its worker before the members it reports to go.
EvaluationController::~EvaluationController() { delete m_runner; }

bool EvaluationController::isRunning() const { return m_runner->isRunning(); }

double EvaluationController::progress() const { return m_runner->progress(); }

void EvaluationController::cancel() { m_runner->cancel(); }

QString EvaluationController::wholeStudyAreaName() {
    return EvaluationTr::tr("Whole study area");
}

void EvaluationController::run() {
    auto session = std::make_shared<access::AnalysisSession>(m_document->project());
    auto run = std::make_shared<EvaluationRun>();
    run->rules = m_rules;
    run->options = m_options;
    auto failure = std::make_shared<std::string>();
    // Named as yike-cli evaluate names it: the project's title, when it has one.
    const std::string title = m_document->project().metadataValue(project::meta::kTitle);
    const std::string wholeName = title.empty() ? wholeStudyAreaName().toStdString() : title;
    const std::uint64_t revision = m_document->project().revision();
    m_lastError.clear();
    Q_EMIT runStarted();
    m_runner->start(
        [session, run, failure, wholeName](JobControl& job) {
            access::RunControl control;
            control.cancel = job.cancelFlag();
            control.progress = [&job](double f) { job.setProgress(0.05 + 0.95 * f); };
            try {
                session->buildGraph();
                job.setProgress(0.05);
                run->result = evaluation::evaluateProject(*session, run->rules, run->options,
                                                          wholeName, std::nullopt, control);
                if (run->result.complete) run->table = evaluation::districtTable(run->result.circles);
            } catch (const evaluation::EvaluationError& e) {
                *failure = e.what();
            }
        },
        [this, run, failure, revision](BackgroundRunner::Outcome outcome, const QString& error) {
            if (outcome == BackgroundRunner::Outcome::Failed || !failure->empty()) {
                m_lastError = EvaluationTr::tr("The circles cannot be evaluated: %1")
                                  .arg(failure->empty() ? error : QString::fromStdString(*failure));
                Q_EMIT runStopped(m_lastError);
                return;
            }
            if (outcome == BackgroundRunner::Outcome::Cancelled || !run->result.complete) {
                Q_EMIT runStopped(QString());
                return;
            }
            m_result = run;
            // Edits made while it ran are not in it.
            const bool stale = m_document->project().revision() != revision;
            if (stale != m_stale) {
                m_stale = stale;
                Q_EMIT staleChanged(stale);
            }
            Q_EMIT resultChanged();
        });
}

}  // namespace yike::ui
