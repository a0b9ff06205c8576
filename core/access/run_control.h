// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>

namespace yike::access {

/**
 * How a long computation runs: on how many threads, with what cancel flag and progress
 * callback. The computations are synchronous; the UI runs them off its thread.
 */
struct RunControl {
    /// Set to true from any thread to stop early; the result then says it is incomplete.
    const std::atomic<bool>* cancel = nullptr;
    /// Called with the fraction of work done (0..1] after each finished task. May be called
    /// from worker threads, but never from two at once.
    std::function<void(double fraction)> progress;
    /// Worker threads; 0 uses std::thread::hardware_concurrency().
    unsigned threads = 0;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

}  // namespace yike::access
