// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "app/cli/commands.h"

/// The yike-cli program: command dispatch, help, version and error reporting.
namespace yike::cli {

inline constexpr int kExitSuccess = 0;
inline constexpr int kExitFailure = 1;  ///< the command could not be carried out
inline constexpr int kExitUsage = 2;    ///< the command line is wrong

/// Every command, in the order `--help` lists them.
const std::vector<Command>& commands();

/**
 * Runs the program on `args` (without the program name). Normal output goes to `out`; any
 * error becomes exactly one line "yike-cli: error: ..." on `err`. Never throws.
 * @return the exit status: 0, kExitFailure or kExitUsage.
 */
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) noexcept;

}  // namespace yike::cli
