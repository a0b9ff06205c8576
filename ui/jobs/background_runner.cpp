// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/background_runner.h"

#include <algorithm>
#include <exception>
#include <utility>

namespace yike::ui {

void JobControl::setProgress(double fraction) {
    m_progress.store(std::clamp(fraction, 0.0, 1.0));
}

struct BackgroundRunner::Job {
    JobControl control;
    Finish finish;
};

BackgroundRunner::BackgroundRunner(QObject* parent) : QObject(parent) {
    m_pool.setMaxThreadCount(1);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT progressChanged(progress()); });
}

BackgroundRunner::~BackgroundRunner() {
    if (m_job) m_job->control.m_cancel = true;
    m_job.reset();
    m_pool.waitForDone();
}

void BackgroundRunner::start(Work work, Finish finish) {
    if (m_job) m_job->control.m_cancel = true;  // superseded: its outcome is dropped
    auto job = std::make_shared<Job>();
    job->finish = std::move(finish);
    m_job = job;
    m_progressTimer.start();
    Q_EMIT started();
    Q_EMIT progressChanged(0.0);
    // The pool outlives every worker (the destructor waits), so `this` is valid when the
    // worker posts back; a job that is no longer m_job is ignored there.
    m_pool.start([this, job, work = std::move(work)] {
        Outcome outcome = Outcome::Completed;
        QString error;
        try {
            work(job->control);
        } catch (const std::exception& e) {
            outcome = Outcome::Failed;
            error = QString::fromUtf8(e.what());
        } catch (...) {
            outcome = Outcome::Failed;
            error = QStringLiteral("unknown error");
        }
        QMetaObject::invokeMethod(
            this, [this, job, outcome, error] { finishJob(job, outcome, error); },
            Qt::QueuedConnection);
    });
}

void BackgroundRunner::cancel() {
    if (!m_job) return;
    const std::shared_ptr<Job> job = m_job;  // finishJob resets m_job
    job->control.m_cancel = true;
    finishJob(job, Outcome::Cancelled, {});
}

double BackgroundRunner::progress() const {
    return m_job ? m_job->control.progress() : 0.0;
}

void BackgroundRunner::finishJob(const std::shared_ptr<Job>& job, Outcome outcome,
                                 const QString& error) {
    if (job != m_job) return;  // superseded or cancelled before the worker returned
    m_job.reset();
    m_progressTimer.stop();
    if (outcome == Outcome::Completed) Q_EMIT progressChanged(1.0);
    if (job->finish) job->finish(outcome, error);
    Q_EMIT stopped();
}

}  // namespace yike::ui
