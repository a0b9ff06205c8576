// SPDX-License-Identifier: GPL-3.0-or-later
#include <filesystem>
#include <string>
#include <system_error>

#include "app/cli/commands.h"
#include "core/project/project_file.h"
#include "core/sample/sample_district.h"

namespace yike::cli {

int runSample(const Arguments& args, std::ostream& out) {
    args.expectPositionals({});
    const std::filesystem::path file = args.required("--out");
    sample::SampleOptions options;
    if (const auto seed = args.value("--seed")) options.seed = parseUnsigned(*seed, "--seed");

    std::error_code error;
    const bool exists = std::filesystem::exists(std::filesystem::symlink_status(file, error));
    if (exists && !args.has("--force"))
        throw CommandError("'" + file.string() + "' already exists (use --force to replace it)");

    const project::Project district = sample::generateSampleDistrict(options);
    project::ProjectFile::writeCopy(file, district);
    out << "Wrote the sample district (seed " << options.seed << ") to " << file.string() << ": "
        << district.compounds().size() << " compounds, " << district.facilities().size()
        << " facilities, " << district.idleSpaces().size() << " idle spaces, "
        << district.streets().size() << " streets\n";
    return 0;
}

}  // namespace yike::cli
