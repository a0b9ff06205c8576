// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace yike::test {

/**
 * A helper program started for a test, with its standard output on a pipe so the test can
 * wait for the lines it prints ("ready", "locked", ...). The destructor kills and reaps it if
 * the test has not. POSIX (posix_spawn, SIGKILL) and Windows (CreateProcess, TerminateProcess).
 */
class ChildProcess {
public:
    /// Starts args[0] with the arguments; standard error is shared with the test.
    explicit ChildProcess(const std::vector<std::string>& args);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    /// The next line of output (without the newline); std::nullopt at end of output, or when
    /// nothing arrives for a minute (a hung helper must not hang the test suite).
    std::optional<std::string> readLine();

    /// Kills the process at once (SIGKILL, TerminateProcess), then waits for it to end.
    void kill();

    /// The process id, as the process itself reports it.
    long pid() const { return m_pid; }

private:
    long m_pid = -1;
    std::intptr_t m_process = 0;  // HANDLE of the process (Windows)
    std::intptr_t m_output = -1;  // read end of the output pipe: descriptor or HANDLE
};

}  // namespace yike::test
