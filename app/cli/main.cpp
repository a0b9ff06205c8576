// SPDX-License-Identifier: GPL-3.0-or-later
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/cli.h"

int main(int argc, char** argv) {
    std::vector<std::string> args;
    try {
        args.assign(argv + (argc > 0 ? 1 : 0), argv + argc);
    } catch (...) {
        std::cerr << "yike-cli: error: out of memory\n";
        return yike::cli::kExitFailure;
    }
    return yike::cli::run(args, std::cout, std::cerr);
}
