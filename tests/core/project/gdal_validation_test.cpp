// SPDX-License-Identifier: GPL-3.0-or-later
// The file is checked by an independent GeoPackage reader: GDAL's ogrinfo (package gdal-bin).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/platform/sqlite_util.h"
#include "core/project/project_file.h"
#include "tests/core/project/sample_projects.h"
#include "tests/core/project/test_files.h"
#include "tests/support/test_data.h"

namespace yike::project {
namespace {

namespace fs = std::filesystem;
using test::ScratchDir;

bool haveOgrinfo() {
#ifdef _WIN32
    return false;  // the checks below are written for a POSIX shell (quoting, /dev/null)
#else
    return std::system("ogrinfo --version > /dev/null 2>&1") == 0;
#endif
}

struct CommandResult {
    int status = -1;
    std::string output;  ///< standard output and error
};

CommandResult runWithStatus(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr) return result;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
    result.status = ::pclose(pipe);
    return result;
}

std::string run(const std::string& command) {
    return runWithStatus(command).output;
}

std::string shellQuoted(const fs::path& path) {
    return "'" + path.string() + "'";
}

void expectNoErrorLines(const std::string& output) {
    std::istringstream lines(output);
    std::string line;
    while (std::getline(lines, line))
        EXPECT_EQ(line.find("ERROR"), std::string::npos) << "ogrinfo: " << line;
}

#define YIKE_REQUIRE_OGRINFO()                                                           \
    do {                                                                                 \
        if (!haveOgrinfo())                                                              \
            GTEST_SKIP() << "ogrinfo (package gdal-bin) is not on PATH: GeoPackage not " \
                            "checked by GDAL";                                           \
    } while (false)

TEST(ProjectFileGdal, OgrinfoReadsEveryLayer) {
    YIKE_REQUIRE_OGRINFO();
    const ScratchDir dir;
    const fs::path path = dir / "gdal.yike";
    const Project project = test::fullSampleProject();
    ProjectFile::writeCopy(path, project);

    const std::string summary = run("ogrinfo -ro -al -so " + shellQuoted(path));
    expectNoErrorLines(summary);
    std::map<std::string, long> counts;
    const std::regex layerLine(R"(Layer name: (\S+))");
    const std::regex countLine(R"(Feature Count: (\d+))");
    std::istringstream lines(summary);
    std::string line;
    std::string layer;
    while (std::getline(lines, line)) {
        std::smatch match;
        if (std::regex_search(line, match, layerLine))
            layer = match[1];
        else if (std::regex_search(line, match, countLine) && !layer.empty())
            counts[layer] = std::stol(match[1]);
    }
    const std::map<std::string, long> expected = {{"facilities", 2},
                                                  {"residential_compounds", 2},
                                                  {"gates", 2},
                                                  {"idle_spaces", 2},
                                                  {"study_area", 1},
                                                  {"streets", 2},
                                                  {"water_areas", 1},
                                                  {"buildings", 2},
                                                  {"green_areas", 2},
                                                  {"population_cells", 3},
                                                  {"population_grids", 2},
                                                  {"walk_profiles", 4},
                                                  {"scenarios", 2},
                                                  {"standards_catalog", 2},
                                                  {"print_layouts", 2},
                                                  {"circles", 3}};
    EXPECT_EQ(counts, expected) << summary;

    const std::string compounds =
        run("ogrinfo -ro " + shellQuoted(path) + " residential_compounds");
    expectNoErrorLines(compounds);
    EXPECT_NE(compounds.find("POLYGON (("), std::string::npos) << compounds;
    EXPECT_NE(compounds.find("金陵花园"), std::string::npos) << compounds;
    const std::string idle = run("ogrinfo -ro " + shellQuoted(path) + " idle_spaces");
    EXPECT_NE(idle.find("POINT ("), std::string::npos) << idle;
    EXPECT_NE(idle.find("POLYGON (("), std::string::npos) << idle;
    const std::string streets = run("ogrinfo -ro " + shellQuoted(path) + " streets");
    EXPECT_NE(streets.find("LINESTRING ("), std::string::npos) << streets;
    const std::string layouts = run("ogrinfo -ro " + shellQuoted(path) + " print_layouts");
    expectNoErrorLines(layouts);
    EXPECT_NE(layouts.find("新街口 A3 导览图"), std::string::npos) << layouts;
    // Living circles are a layer of their own: outlines as multipolygons, centre circles
    // without a geometry, the survey figures as fields (empty where the survey has none).
    const std::string circles = run("ogrinfo -ro " + shellQuoted(path) + " circles");
    expectNoErrorLines(circles);
    EXPECT_NE(circles.find("Geometry: Multi Polygon"), std::string::npos) << circles;
    EXPECT_NE(circles.find("MULTIPOLYGON ((("), std::string::npos) << circles;
    EXPECT_NE(circles.find("汉中路社区"), std::string::npos) << circles;
    EXPECT_NE(circles.find("satisfaction_percent (Real) = 86.5"), std::string::npos) << circles;
    EXPECT_NE(circles.find("households (Integer64) = 4210"), std::string::npos) << circles;
    EXPECT_NE(circles.find("centre_facility (Integer64) = 1"), std::string::npos) << circles;
    EXPECT_NE(circles.find("households (Integer64) = (null)"), std::string::npos) << circles;
}

TEST(ProjectFileGdal, SpatialIndexAddedByGdalSurvivesSaves) {
    YIKE_REQUIRE_OGRINFO();
    const ScratchDir dir;
    const fs::path path = dir / "indexed.yike";
    Project project = test::fullSampleProject();
    ProjectFile::writeCopy(path, project);
    const std::string created = run("ogrinfo " + shellQuoted(path)
                                    + " -sql \"SELECT CreateSpatialIndex('facilities', 'geom')\"");
    expectNoErrorLines(created);
    {
        auto db = test::openRaw(path, false);
        ASSERT_TRUE(platform::hasTable(db.get(), "rtree_facilities_geom")) << created;
    }

    Facility moved = project.facilities().items().front();
    moved.position = {118.95, 32.15};
    project.updateFacility(moved);
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        file->save(project);
        EXPECT_TRUE(file->load().sameContent(project));
    }
    auto db = test::openRaw(path, false);
    platform::Statement s(db.get(), "SELECT minx, miny FROM rtree_facilities_geom WHERE id = "
                                        + std::to_string(moved.id));
    ASSERT_TRUE(s.step());
    EXPECT_NEAR(s.columnDouble(0), 118.95, 1e-4);
    EXPECT_NEAR(s.columnDouble(1), 32.15, 1e-4);

    // GDAL still reads the file and finds the moved point through its index.
    const std::string spatial =
        run("ogrinfo -ro " + shellQuoted(path) + " facilities -spat 118.94 32.14 118.96 32.16");
    expectNoErrorLines(spatial);
    EXPECT_NE(spatial.find("Feature Count: 1"), std::string::npos) << spatial;
}

TEST(ProjectFileGdal, PassesTheGdalGeoPackageValidator) {
    // validate_gpkg.py ships with the GDAL Python bindings (package python3-gdal).
    fs::path validator;
    for (const char* candidate :
         {"/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py",
          "/usr/share/doc/python3-gdal/examples/validate_gpkg.py"})
        if (fs::exists(candidate)) validator = candidate;
    if (validator.empty()) GTEST_SKIP() << "validate_gpkg.py (package python3-gdal) not found";
#ifdef _WIN32
    GTEST_SKIP() << "the validator is started through a POSIX shell";
#endif
    const ScratchDir dir;
    const fs::path path = dir / "valid.yike";
    ProjectFile::writeCopy(path, test::fullSampleProject());
    // The validator insists on the .gpkg extension (requirement 3), which a .yike file does not
    // claim; everything else is checked on a copy, including the extra checks.
    const fs::path copy = dir / "valid.gpkg";
    fs::copy_file(path, copy);
    const CommandResult result =
        runWithStatus("python3 " + shellQuoted(validator) + " -k --extra " + shellQuoted(copy));
    EXPECT_EQ(result.status, 0) << result.output;
    EXPECT_EQ(result.output, "");
}

}  // namespace
}  // namespace yike::project
