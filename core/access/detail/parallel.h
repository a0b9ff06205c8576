// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include "core/access/run_control.h"

namespace yike::access::detail {

/**
 * Runs tasks 0 .. taskCount-1 on the threads of `control`, each thread with its own worker
 * from makeWorker() (so each has its own search workspace). A worker is called as
 * worker(task) and returns false when it stopped because of cancellation. The calling thread
 * works too. The first exception of any worker is rethrown here after all threads stopped.
 * @return true when every task finished
 */
template <typename MakeWorker>
bool runParallel(std::size_t taskCount, const RunControl& control, MakeWorker&& makeWorker) {
    if (taskCount == 0) return true;
    unsigned threads = control.threads ? control.threads : std::thread::hardware_concurrency();
    threads = static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, taskCount));

    std::atomic<std::size_t> next{0};
    std::size_t finished = 0;  // guarded by `mutex`
    std::atomic<bool> failed{false};
    std::mutex mutex;  // guards `finished`, the progress callback and `error`
    std::exception_ptr error;

    auto body = [&] {
        try {
            auto worker = makeWorker();
            while (!control.isCancelled() && !failed.load(std::memory_order_relaxed)) {
                const std::size_t task = next.fetch_add(1);
                if (task >= taskCount) return;
                if (!worker(task)) return;
                // Count and report under one lock, so fractions arrive in increasing order.
                const std::lock_guard lock(mutex);
                ++finished;
                if (control.progress) control.progress(double(finished) / double(taskCount));
            }
        } catch (...) {
            const std::lock_guard lock(mutex);
            if (!error) error = std::current_exception();
            failed = true;
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (unsigned t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(body);
        } catch (const std::system_error&) {
            break;  // no more threads to be had: the others share the work
        }
    }
    body();
    for (std::thread& thread : pool) thread.join();
    if (error) std::rethrow_exception(error);
    return finished == taskCount;
}

}  // namespace yike::access::detail
