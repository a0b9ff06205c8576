// SPDX-License-Identifier: GPL-3.0-or-later
#include <string>

#include "app/cli/commands.h"

namespace yike::cli {

std::string profileOption(const Arguments& args) {
    std::string code = args.value("--profile").value_or("adult");
    if (code.empty()) throw UsageError("--profile: expected a profile code");
    return code;
}

const project::WalkProfile& requireProfile(const project::Project& project,
                                           const std::string& code) {
    if (const project::WalkProfile* profile = project.walkProfile(code)) return *profile;
    std::string known;
    for (const project::WalkProfile& p : project.walkProfiles())
        known += (known.empty() ? "" : ", ") + p.code;
    throw CommandError("unknown walk profile '" + code + "' (the project has: " + known + ")");
}

}  // namespace yike::cli
