// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdint>
#include <filesystem>
#include <string>
#include <system_error>

#include "app/cli/commands.h"
#include "core/platform/utf8_path.h"
#include "core/project/project_file.h"
#include "core/sample/sample_district.h"
#include "core/sample/synthetic_city.h"

namespace yike::cli {

int runSample(const Arguments& args, std::ostream& out) {
    args.expectPositionals({});
    const std::filesystem::path file = platform::pathFromUtf8(args.required("--out"));
    const bool city = args.has("--city");
    if (args.has("--scale") && !city) throw UsageError("'--scale' needs '--city'");
    std::uint64_t seed = city ? sample::SyntheticCityOptions{}.seed : sample::SampleOptions{}.seed;
    if (const auto value = args.value("--seed")) seed = parseUnsigned(*value, "--seed");
    sample::SyntheticCityOptions cityOptions;
    cityOptions.seed = seed;
    if (const auto value = args.value("--scale")) {
        cityOptions.scale = parsePositive(*value, "--scale");
        if (cityOptions.scale > sample::kMaxCityScale)
            throw UsageError("'--scale' is at most "
                             + std::to_string(static_cast<int>(sample::kMaxCityScale)));
    }

    std::error_code error;
    const bool exists = std::filesystem::exists(std::filesystem::symlink_status(file, error));
    if (exists && !args.has("--force"))
        throw CommandError("'" + platform::utf8FromPath(file)
                           + "' already exists (use --force to replace it)");

    if (city) {
        const project::Project generated = sample::generateSyntheticCity(cityOptions);
        project::ProjectFile::writeCopy(file, generated);
        out << "Wrote the synthetic city (seed " << seed << ", scale "
            << generated.metadataValue("city_scale") << ") to " << platform::utf8FromPath(file)
            << ": " << generated.compounds().size() << " compounds, " << generated.gates().size()
            << " gates, " << generated.buildings().size() << " buildings, "
            << generated.facilities().size() << " facilities, " << generated.streets().size()
            << " streets\n";
        return 0;
    }
    sample::SampleOptions options;
    options.seed = seed;
    const project::Project district = sample::generateSampleDistrict(options);
    project::ProjectFile::writeCopy(file, district);
    out << "Wrote the sample district (seed " << options.seed << ") to "
        << platform::utf8FromPath(file) << ": " << district.compounds().size() << " compounds, "
        << district.facilities().size() << " facilities, " << district.idleSpaces().size()
        << " idle spaces, " << district.streets().size() << " streets\n";
    return 0;
}

}  // namespace yike::cli
