// SPDX-License-Identifier: GPL-3.0-or-later
// A working session for the autosave test: edits the sample district at random and autosaves
// now and then, saying on standard output what it does, until it is killed.
//
//   yike_test_edit_session RECOVERY_DIR SEED STEPS
//
// Lines: "ready" once the project is open; "begin N" before the autosave after step N and
// "done N" (written) or "skip N" (nothing to write) after it; "finished" after the last step.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <thread>

#include <QCoreApplication>

#include "tests/support/random_edits.h"
#include "ui/document/project_document.h"

namespace {

void say(const std::string& line) {
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s RECOVERY_DIR SEED STEPS\n", argv[0]);
        return 2;
    }
    QCoreApplication app(argc, argv);
    yike::ui::ProjectDocument::Options options;
    options.recoveryDirectory = QString::fromLocal8Bit(argv[1]);
    // Only the explicit autosaves below, so that the log says exactly what was written.
    options.autosaveInterval = std::chrono::hours(24);
    options.editDebounce = std::chrono::hours(24);
    yike::ui::ProjectDocument document(options);
    const std::uint64_t seed = std::strtoull(argv[2], nullptr, 10);
    const int steps = std::atoi(argv[3]);
    if (!yike::test::startEditSession(document)) {
        std::fprintf(stderr, "cannot open the sample district\n");
        return 1;
    }
    say("ready");
    yike::test::RandomEditor editor(document, seed);
    std::mt19937 autosaves(static_cast<std::mt19937::result_type>(seed * 7 + 1));
    for (int step = 1; step <= steps; ++step) {
        editor.step();
        if (autosaves() % 3 != 0) continue;
        say("begin " + std::to_string(step));
        say((document.autosaveNow() ? "done " : "skip ") + std::to_string(step));
    }
    say("finished");
    for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
}
