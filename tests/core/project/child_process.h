// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace yike::test {

/**
 * A helper program started for a test, with its standard output on a pipe so the test can
 * wait for the lines it prints ("ready", "locked", ...). The destructor kills and reaps it if
 * the test has not.
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

    /// SIGKILL, then waits for the process to end.
    void kill();

    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
    int m_output = -1;
};

}  // namespace yike::test
