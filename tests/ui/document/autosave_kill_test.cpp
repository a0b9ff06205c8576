// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave and recovery under random edits: a working session (yike_test_edit_session) is
// killed at a random moment, often in the middle of writing its recovery file; what the next
// start offers and restores must be exactly the project as it was at the last autosave that
// completed (or at the one in progress, if its file was already in place).
//
// YIKE_KILL_SEED=N replays one session; YIKE_KILL_RUNS makes more of them.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>

#include "core/project/recovery.h"
#include "tests/support/random_edits.h"
#include "tests/support/test_data.h"
#include "tests/support/test_document.h"
#include "ui/document/project_document.h"

extern char** environ;

namespace yike::ui {
namespace {

std::uint64_t envNumber(const char* name, std::uint64_t fallback) {
    const char* text = std::getenv(name);
    return text && *text ? std::strtoull(text, nullptr, 10) : fallback;
}

// A session running in its own process, its standard output read line by line.
class Session {
public:
    Session(const std::filesystem::path& recoveryDir, std::uint64_t seed, int steps) {
        int out[2];
        if (::pipe(out) != 0) return;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], 1);
        posix_spawn_file_actions_addclose(&actions, out[0]);
        posix_spawn_file_actions_addclose(&actions, out[1]);
        std::vector<std::string> args{YIKE_EDIT_SESSION, recoveryDir.string(),
                                      std::to_string(seed), std::to_string(steps)};
        std::vector<char*> argv;
        for (std::string& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        if (posix_spawn(&m_pid, args[0].c_str(), &actions, nullptr, argv.data(), environ) != 0)
            m_pid = -1;
        posix_spawn_file_actions_destroy(&actions);
        ::close(out[1]);
        m_out = out[0];
    }
    ~Session() {
        kill();
        if (m_out >= 0) ::close(m_out);
    }

    bool started() const { return m_pid > 0; }

    // Reads until a line equal to `line` arrives; false when the session ends or is silent.
    bool waitFor(const std::string& line, int timeoutMs) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        for (;;) {
            std::size_t start = 0;
            for (std::size_t end; (end = m_text.find('\n', start)) != std::string::npos;
                 start = end + 1)
                if (m_text.compare(start, end - start, line) == 0) return true;
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0 || !readSome(static_cast<int>(left.count()))) return false;
        }
    }

    // Kills the session (SIGKILL: no clean-up of any kind) and collects what it said.
    void kill() {
        if (m_pid <= 0) return;
        ::kill(m_pid, SIGKILL);
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_pid = -1;
        while (readSome(1000)) {
        }
    }

    const std::string& output() const { return m_text; }

private:
    bool readSome(int timeoutMs) {
        pollfd fd{m_out, POLLIN, 0};
        if (::poll(&fd, 1, timeoutMs) <= 0) return false;
        char buffer[4096];
        const ssize_t n = ::read(m_out, buffer, sizeof buffer);
        if (n <= 0) return false;
        m_text.append(buffer, static_cast<std::size_t>(n));
        return true;
    }

    pid_t m_pid = -1;
    int m_out = -1;
    std::string m_text;
};

// What the session's log says about its recovery file when it died.
struct Autosaves {
    std::optional<int> lastDone;  // the step of the last autosave written
    std::optional<int> pending;   // an autosave begun and not finished
    int written = 0;
};

Autosaves readLog(const std::string& log) {
    Autosaves a;
    std::istringstream lines(log);
    std::string word;
    int step = 0;
    while (lines >> word) {
        if (word == "begin" && lines >> step) {
            a.pending = step;
        } else if (word == "done" && lines >> step) {
            a.lastDone = step;
            a.pending.reset();
            ++a.written;
        } else if (word == "skip" && lines >> step) {
            a.pending.reset();
        }
    }
    return a;
}

// The project a session with `seed` has after `steps` steps, made again in this process.
project::Project replay(std::uint64_t seed, int steps) {
    auto document = yike::test::makeTestDocument();
    EXPECT_TRUE(yike::test::startEditSession(*document));
    yike::test::RandomEditor editor(*document, seed);
    for (int step = 1; step <= steps; ++step) editor.step();
    return document->project();
}

TEST(AutosaveKillTest, TheRecoveredProjectIsTheLastAutosavedState) {
    yike::test::ScratchDir scratch;
    const std::uint64_t only = envNumber("YIKE_KILL_SEED", 0);
    const std::uint64_t runs = only ? 1 : envNumber("YIKE_KILL_RUNS", 6);
    const int steps = 400;  // more than a session gets through before it is killed
    int recoveredAtDone = 0;
    int recoveredAtPending = 0;
    int killedWhileWriting = 0;
    for (std::uint64_t run = 0; run < runs; ++run) {
        const std::uint64_t seed = only ? only : 7700 + run;
        SCOPED_TRACE("replay: YIKE_KILL_SEED=" + std::to_string(seed));
        const std::filesystem::path dir = scratch / ("recovery-" + std::to_string(seed));
        std::mt19937 rng(static_cast<std::mt19937::result_type>(seed));
        const int delayMs = std::uniform_int_distribution<int>(50, 1500)(rng);

        Session session(dir, seed, steps);
        ASSERT_TRUE(session.started()) << "cannot start " << YIKE_EDIT_SESSION;
        ASSERT_TRUE(session.waitFor("ready", 30000)) << session.output();
        session.waitFor("finished", delayMs);
        session.kill();
        const Autosaves log = readLog(session.output());
        if (log.pending) ++killedWhileWriting;

        const std::vector<project::RecoveryEntry> orphans = project::RecoverySession::orphans(dir);
        if (!log.lastDone && !log.pending) {
            EXPECT_TRUE(orphans.empty()) << "a recovery file without an autosave";
            continue;
        }
        if (!log.lastDone && orphans.empty()) continue;  // killed before the first file was in place
        ASSERT_EQ(orphans.size(), 1u) << session.output();

        // Restored as the next start does: into a document with its own recovery folder.
        ProjectDocument::Options options;
        options.recoveryDirectory = QString::fromStdString((dir / "next").string());
        options.autosave = false;
        ProjectDocument restored(options);
        const DocumentResult result = restored.restore(orphans.front());
        ASSERT_TRUE(result.isOk()) << "the recovery file cannot be restored: "
                                   << result.error().message.toStdString();
        EXPECT_TRUE(restored.isModified());

        bool matched = false;
        if (log.lastDone && restored.project().sameContent(replay(seed, *log.lastDone))) {
            matched = true;
            ++recoveredAtDone;
        }
        if (!matched && log.pending
            && restored.project().sameContent(replay(seed, *log.pending))) {
            matched = true;
            ++recoveredAtPending;
        }
        EXPECT_TRUE(matched) << "the recovered project is neither the state of the last autosave"
                             << " (step " << log.lastDone.value_or(0) << ") nor of the one in"
                             << " progress (step " << log.pending.value_or(0) << ")";
    }
    std::printf("%llu sessions killed: %d recovered at the last autosave, %d at the autosave in"
                " progress (its file already in place), %d killed while writing\n",
                static_cast<unsigned long long>(runs), recoveredAtDone, recoveredAtPending,
                killedWhileWriting);
}

}  // namespace
}  // namespace yike::ui
