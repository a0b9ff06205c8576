// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/background_runner.h"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include <QSignalSpy>

namespace yike::ui {
namespace {

using Outcome = BackgroundRunner::Outcome;

struct Finished {
    std::vector<Outcome> outcomes;
    std::vector<QString> errors;
    BackgroundRunner::Finish record(int tag, std::vector<int>* tags = nullptr) {
        return [this, tag, tags](Outcome outcome, const QString& error) {
            outcomes.push_back(outcome);
            errors.push_back(error);
            if (tags) tags->push_back(tag);
        };
    }
};

bool waitUntilStopped(BackgroundRunner& runner) {
    QSignalSpy stopped(&runner, &BackgroundRunner::stopped);
    for (int i = 0; i < 100 && runner.isRunning(); ++i) stopped.wait(50);
    return !runner.isRunning();
}

/// Work that runs until cancelled, reporting progress as it goes.
void spinUntilCancelled(JobControl& control) {
    for (int i = 0; !control.isCancelled(); ++i) {
        control.setProgress(0.5);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

TEST(BackgroundRunner, RunsTheWorkOffTheGuiThreadAndFinishesOnIt) {
    BackgroundRunner runner;
    Finished finished;
    std::atomic<bool> onWorker{false};
    const auto guiThread = std::this_thread::get_id();
    std::thread::id finishThread;
    runner.start(
        [&](JobControl& control) {
            onWorker = std::this_thread::get_id() != guiThread;
            control.setProgress(2.0);  // clamped
            EXPECT_DOUBLE_EQ(control.progress(), 1.0);
        },
        [&](Outcome outcome, const QString& error) {
            finishThread = std::this_thread::get_id();
            finished.outcomes.push_back(outcome);
            finished.errors.push_back(error);
        });
    EXPECT_TRUE(runner.isRunning());
    ASSERT_TRUE(waitUntilStopped(runner));
    EXPECT_TRUE(onWorker);
    EXPECT_EQ(finishThread, guiThread);
    ASSERT_EQ(finished.outcomes.size(), 1u);
    EXPECT_EQ(finished.outcomes[0], Outcome::Completed);
    EXPECT_TRUE(finished.errors[0].isEmpty());
}

TEST(BackgroundRunner, AnExceptionIsAFailureWithItsMessage) {
    BackgroundRunner runner;
    Finished finished;
    runner.start([](JobControl&) { throw std::runtime_error("路网为空"); }, finished.record(0));
    ASSERT_TRUE(waitUntilStopped(runner));
    ASSERT_EQ(finished.outcomes.size(), 1u);
    EXPECT_EQ(finished.outcomes[0], Outcome::Failed);
    EXPECT_EQ(finished.errors[0], QStringLiteral("路网为空"));
}

TEST(BackgroundRunner, CancelReportsAtOnceAndDropsWhatTheWorkerStillProduces) {
    BackgroundRunner runner;
    Finished finished;
    QSignalSpy progress(&runner, &BackgroundRunner::progressChanged);
    runner.start(spinUntilCancelled, finished.record(0));
    progress.wait(300);  // at least one progress report while it runs
    EXPECT_GE(progress.count(), 1);
    runner.cancel();
    EXPECT_FALSE(runner.isRunning());
    ASSERT_EQ(finished.outcomes.size(), 1u) << "reported at once, not when the worker returns";
    EXPECT_EQ(finished.outcomes[0], Outcome::Cancelled);
    // The worker's own return is ignored.
    QSignalSpy stopped(&runner, &BackgroundRunner::stopped);
    stopped.wait(200);
    EXPECT_EQ(finished.outcomes.size(), 1u);
}

TEST(BackgroundRunner, ANewStartSupersedesTheRunningJob) {
    BackgroundRunner runner;
    Finished finished;
    std::vector<int> tags;
    runner.start(spinUntilCancelled, finished.record(1, &tags));
    runner.start([](JobControl& control) { control.setProgress(1.0); }, finished.record(2, &tags));
    ASSERT_TRUE(waitUntilStopped(runner));
    ASSERT_EQ(tags, std::vector<int>{2}) << "only the newest job finishes";
    EXPECT_EQ(finished.outcomes[0], Outcome::Completed);
}

TEST(BackgroundRunner, DestroyingItWhileAJobRunsIsSafeAndFinishesNothing) {
    Finished finished;
    {
        BackgroundRunner runner;
        runner.start(spinUntilCancelled, finished.record(0));
    }
    QCoreApplication::processEvents();
    EXPECT_TRUE(finished.outcomes.empty());
}

}  // namespace
}  // namespace yike::ui
