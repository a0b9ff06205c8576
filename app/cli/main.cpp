// SPDX-License-Identifier: GPL-3.0-or-later
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/cli.h"
#include "core/platform/os_file.h"

int main(int argc, char** argv) {
    std::vector<std::string> args;
    try {
        args = yike::platform::programArguments(argc, argv);
    } catch (...) {
        std::cerr << "yike-cli: error: out of memory\n";
        return yike::cli::kExitFailure;
    }
    return yike::cli::run(args, std::cout, std::cerr);
}
