// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

namespace yike::ui {

/// What the work of a background job sees of it: whether to stop, and where to report how far
/// it got. Safe to use from the worker while the GUI reads it.
class JobControl {
public:
    bool isCancelled() const { return m_cancel.load(); }
    /// For core APIs that poll a flag themselves (RunControl, ImportOptions).
    const std::atomic<bool>* cancelFlag() const { return &m_cancel; }
    /// Fraction done, 0..1; values outside are clamped.
    void setProgress(double fraction);
    double progress() const { return m_progress.load(); }

private:
    friend class BackgroundRunner;
    std::atomic<bool> m_cancel{false};
    std::atomic<double> m_progress{0.0};
};

/**
 * Runs one job at a time on its own worker thread and hands the outcome back on the thread the
 * runner lives on (the GUI thread). The work copies what it needs before it starts (a project
 * copy is cheap: its layers are shared copy-on-write), so the GUI never waits for it.
 *
 * - start() while a job runs cancels that job and drops its outcome: only the newest job
 *   finishes. Jobs run in order, so a new one starts once the old worker has noticed.
 * - cancel() asks the running job to stop and reports it cancelled at once; whatever the
 *   worker still produces is dropped.
 * - While a job runs, progressChanged() is emitted every 100 ms.
 * - The destructor cancels and waits for the worker, and calls no finish.
 */
class BackgroundRunner : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Completed, Cancelled, Failed };
    using Work = std::function<void(JobControl& control)>;
    /// `error` is what() of the exception the work threw (UTF-8), for Failed only.
    using Finish = std::function<void(Outcome outcome, const QString& error)>;

    explicit BackgroundRunner(QObject* parent = nullptr);
    ~BackgroundRunner() override;

    /// Runs `work` on the worker; `finish` follows on this object's thread, unless the job is
    /// cancelled, superseded by another start() or the runner is destroyed first. An exception
    /// from the work is a failure.
    void start(Work work, Finish finish);
    /// Asks the running job to stop; its finish is called now with Outcome::Cancelled.
    void cancel();

    bool isRunning() const { return m_job != nullptr; }
    /// Fraction done of the running job; 0 when none runs.
    double progress() const;

Q_SIGNALS:
    void started();
    void progressChanged(double fraction);
    /// A job ended (completed, cancelled or failed), after its finish was called.
    void stopped();

private:
    struct Job;
    void finishJob(const std::shared_ptr<Job>& job, Outcome outcome, const QString& error);

    std::shared_ptr<Job> m_job;
    QThreadPool m_pool;
    QTimer m_progressTimer;
};

}  // namespace yike::ui
