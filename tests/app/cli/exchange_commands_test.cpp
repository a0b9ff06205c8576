// SPDX-License-Identifier: GPL-3.0-or-later
// yike-cli import-csv, import-geojson and export, run as the real program.
#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/geo/china_crs.h"
#include "core/geo/local_frame.h"
#include "core/project/project.h"
#include "core/project/project_file.h"
#include "core/sample/sample_district.h"
#include "tests/support/test_data.h"

extern char** environ;

namespace yike::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

struct CliRun {
    int status = -1;
    std::string out;
    std::string err;
};

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

/// Runs the real yike-cli; its output streams go to files in `dir`.
CliRun runCli(const test::ScratchDir& dir, std::vector<std::string> args) {
    const std::string outFile = (dir / "stdout.txt").string();
    const std::string errFile = (dir / "stderr.txt").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    args.insert(args.begin(), YIKE_CLI_PATH);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    CliRun run;
    const int spawned = posix_spawn(&pid, YIKE_CLI_PATH, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        ADD_FAILURE() << "cannot start " << YIKE_CLI_PATH;
        return run;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFile(outFile);
    run.err = readFile(errFile);
    return run;
}

/// Failed with `status`, printed nothing on stdout and one error line mentioning `mentions`.
void expectOneErrorLine(const CliRun& r, int status, const std::string& mentions) {
    EXPECT_EQ(r.status, status) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_THAT(r.err, StartsWith("yike-cli: error: "));
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_THAT(r.err, HasSubstr(mentions));
}

project::Project load(const std::filesystem::path& file) {
    return project::ProjectFile::open(file, project::ProjectFile::Mode::ReadOnly)->load();
}

std::filesystem::path writeSample(const test::ScratchDir& dir) {
    const auto file = dir / "district.yike";
    project::ProjectFile::writeCopy(file, sample::generateSampleDistrict());
    return file;
}

// 名称,类别,经度,纬度 with GBK names; GCJ-02 positions of the published Tiananmen and
// Shanghai pairs (see tests/core/geo/china_crs_test.cpp), then a category not in the catalogue.
const std::string kGbkSurvey =
    "\xC3\xFB\xB3\xC6,\xC0\xE0\xB1\xF0,\xBE\xAD\xB6\xC8,\xCE\xB3\xB6\xC8\r\n"
    "\xD2\xA9\xB5\xEA"
    "A,\xD2\xA9\xB5\xEA,116.41024449916938,39.91640428150164\r\n"
    "Shop B,convenience_store,121.531541859215,31.17530398364597\r\n"
    "Net cafe,\xCD\xF8\xB0\xC9,118.78,32.04\r\n"
    "No lat,pharmacy,118.78,\r\n";

TEST(CliExchange, ImportsAGbkCsvWithGcj02Coordinates) {
    const test::ScratchDir dir;
    const auto project = writeSample(dir);
    const std::size_t before = load(project).facilities().size();
    writeFile(dir / "survey.csv", kGbkSurvey);

    const CliRun r =
        runCli(dir, {"import-csv", project.string(), (dir / "survey.csv").string(), "--layer",
                     "facilities", "--lon", "经度", "--lat", "纬度", "--crs", "gcj02"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_THAT(r.out, HasSubstr("Read 4 rows"));
    EXPECT_THAT(r.out, HasSubstr("encoding gb18030, detected"));
    EXPECT_THAT(r.out, HasSubstr("lon=经度, lat=纬度, name=名称, category=类别"));
    EXPECT_THAT(r.out, HasSubstr("Imported 2 facilities"));
    EXPECT_THAT(r.out, HasSubstr("Rejected 2 rows:\n"));
    EXPECT_THAT(r.out, HasSubstr("  line 4: unknown category '网吧'"));
    EXPECT_THAT(r.out, HasSubstr("  line 5: the latitude cell (纬度) is empty"));

    const project::Project after = load(project);
    ASSERT_EQ(after.facilities().size(), before + 2);
    const project::Facility& a = after.facilities().items()[before];
    EXPECT_EQ(a.name, "药店A");
    EXPECT_EQ(a.categoryCode, "pharmacy");
    EXPECT_EQ(a.source, "survey.csv");
    EXPECT_LT(geo::haversineM(a.position, {116.404, 39.915}), 0.001);
    const project::Facility& b = after.facilities().items()[before + 1];
    EXPECT_LT(geo::haversineM(b.position, {121.5272106, 31.1774276}), 0.001);
}

TEST(CliExchange, ImportCsvReportsUndecodableTextAndLeavesTheProject) {
    const test::ScratchDir dir;
    const auto project = writeSample(dir);
    const std::string bytes = readFile(project);
    writeFile(dir / "survey.csv", kGbkSurvey);
    expectOneErrorLine(
        runCli(dir, {"import-csv", project.string(), (dir / "survey.csv").string(), "--layer",
                     "facilities", "--lon", "x", "--lat", "y", "--encoding", "utf-8"}),
        1, "line 1, byte offset 0");
    EXPECT_EQ(readFile(project), bytes);
}

TEST(CliExchange, ImportCsvRejectsBadCommandLines) {
    const test::ScratchDir dir;
    const auto project = writeSample(dir);
    const std::string bytes = readFile(project);
    writeFile(dir / "s.csv", "name,category,lon,lat\nA,pharmacy,118,32\n");
    const std::string csv = (dir / "s.csv").string();
    const std::vector<std::string> base{"import-csv", project.string(), csv};
    auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return runCli(dir, args);
    };
    expectOneErrorLine(with({"--lon", "lon", "--lat", "lat"}), 2, "'--layer' is required");
    expectOneErrorLine(with({"--layer", "gates", "--lon", "lon", "--lat", "lat"}), 2, "gates");
    expectOneErrorLine(with({"--layer", "facilities", "--lat", "lat"}), 2, "'--lon' is required");
    expectOneErrorLine(
        with({"--layer", "facilities", "--lon", "lon", "--lat", "lat", "--crs", "utm"}), 2, "utm");
    expectOneErrorLine(
        with({"--layer", "facilities", "--lon", "lon", "--lat", "lat", "--encoding", "latin1"}), 2,
        "latin1");
    expectOneErrorLine(with({"--layer", "facilities", "--lon", "经度", "--lat", "lat"}), 1,
                       "no column '经度'");
    expectOneErrorLine(runCli(dir, {"import-csv", project.string(), "--layer", "facilities"}), 2,
                       "missing argument FILE");
    expectOneErrorLine(runCli(dir, {"import-csv", project.string(), (dir / "none.csv").string(),
                                    "--layer", "facilities", "--lon", "lon", "--lat", "lat"}),
                       1, "none.csv");
    EXPECT_EQ(readFile(project), bytes);
}

TEST(CliExchange, FailsWhenNoRowCanBeImportedAndSavesNothing) {
    const test::ScratchDir dir;
    const auto project = writeSample(dir);
    const std::string bytes = readFile(project);
    writeFile(dir / "bad.csv", "name,category,lon,lat\nA,nosuch,118,32\nB,pharmacy,abc,32\n");
    const CliRun r = runCli(dir, {"import-csv", project.string(), (dir / "bad.csv").string(),
                                  "--layer", "facilities", "--lon", "lon", "--lat", "lat"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.out, HasSubstr("line 2: unknown category 'nosuch'"));
    EXPECT_THAT(r.out, HasSubstr("line 3: lon: 'abc' is not a number"));
    EXPECT_EQ(r.err, "yike-cli: error: no row could be imported\n");
    EXPECT_EQ(readFile(project), bytes);
}

TEST(CliExchange, ImportsIdleSpacesByKind) {
    const test::ScratchDir dir;
    const auto project = writeSample(dir);
    const std::size_t before = load(project).idleSpaces().size();
    writeFile(
        dir / "idle.tsv",
        "x\ty\t名字\t闲置类型\n112.93\t28.23\t原锅炉房\t锅炉房\n112.94\t28.24\t铺\tvacant_shop\n");
    const CliRun r = runCli(
        dir, {"import-csv", project.string(), (dir / "idle.tsv").string(), "--layer", "idle_spaces",
              "--lon", "x", "--lat", "y", "--name", "名字", "--kind", "闲置类型"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("delimiter tab"));
    EXPECT_THAT(r.out, HasSubstr("Imported 2 idle spaces"));
    const project::Project after = load(project);
    ASSERT_EQ(after.idleSpaces().size(), before + 2);
    EXPECT_EQ(after.idleSpaces().items()[before].kind, project::IdleSpaceKind::BoilerRoom);
    EXPECT_EQ(after.idleSpaces().items()[before].name, "原锅炉房");
    EXPECT_EQ(after.idleSpaces().items()[before + 1].kind, project::IdleSpaceKind::VacantShop);
}

TEST(CliExchange, ImportsGeoJsonCompoundsAndFacilities) {
    const test::ScratchDir dir;
    const auto project = writeSample(dir);
    const project::Project start = load(project);
    writeFile(dir / "c.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"新村","population":2000},
       "geometry":{"type":"Polygon","coordinates":[[[112.93,28.23],[112.931,28.23],[112.931,28.231],[112.93,28.23]]]}},
      {"type":"Feature","properties":{"name":"线"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]})");
    const CliRun r = runCli(dir, {"import-geojson", project.string(), (dir / "c.geojson").string(),
                                  "--layer", "compounds", "--crs", "bd09"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Imported 1 compound "));
    EXPECT_THAT(r.out, HasSubstr("feature 2: a LineString cannot become a feature"));
    const project::Project after = load(project);
    ASSERT_EQ(after.compounds().size(), start.compounds().size() + 1);
    const project::Compound& c = after.compounds().items().back();
    EXPECT_EQ(c.population, 2000);
    EXPECT_EQ(c.outline.outer.at(0), geo::bd09ToWgs84({112.93, 28.23}));

    writeFile(dir / "f.geojson", R"({"type":"Feature","properties":{"店名":"A","业态代码":"cafe"},
      "geometry":{"type":"Point","coordinates":[112.935,28.235]}})");
    const CliRun f = runCli(dir, {"import-geojson", project.string(), (dir / "f.geojson").string(),
                                  "--layer", "facilities", "--category-field", "业态代码"});
    EXPECT_EQ(f.status, 0) << f.err;
    EXPECT_THAT(f.out, HasSubstr("Imported 1 facility "));
    EXPECT_EQ(load(project).facilities().items().back().categoryCode, "cafe");
    EXPECT_EQ(load(project).facilities().items().back().name, "A");

    writeFile(dir / "broken.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [,]}");
    expectOneErrorLine(runCli(dir, {"import-geojson", project.string(),
                                    (dir / "broken.geojson").string(), "--layer", "facilities"}),
                       1, "line 2, column");
}

TEST(CliExchange, ExportsLayersThatImportBack) {
    const test::ScratchDir dir;
    const auto project = writeSample(dir);
    const project::Project sample = load(project);

    const CliRun csv = runCli(dir, {"export", project.string(), "--layer", "facilities", "--out",
                                    (dir / "f.csv").string()});
    EXPECT_EQ(csv.status, 0) << csv.err;
    EXPECT_THAT(csv.out, HasSubstr("Wrote " + std::to_string(sample.facilities().size())
                                   + " features of facilities"));
    EXPECT_THAT(readFile(dir / "f.csv"), StartsWith("\xEF\xBB\xBFlon,lat,id,name,category"));

    for (const char* layer :
         {"compounds", "gates", "idle_spaces", "streets", "buildings", "water_areas"}) {
        const CliRun r = runCli(dir, {"export", project.string(), "--layer", layer, "--out",
                                      (dir / (std::string(layer) + ".geojson")).string()});
        EXPECT_EQ(r.status, 0) << layer << ": " << r.err;
        EXPECT_THAT(readFile(dir / (std::string(layer) + ".geojson")),
                    StartsWith("{\"type\":\"FeatureCollection\""));
    }

    // The exported table goes into an empty project and gives the same facilities.
    const auto empty = dir / "empty.yike";
    project::ProjectFile::writeCopy(empty, project::Project::createDefault());
    const CliRun back = runCli(dir, {"import-csv", empty.string(), (dir / "f.csv").string(),
                                     "--layer", "facilities", "--lon", "lon", "--lat", "lat"});
    EXPECT_EQ(back.status, 0) << back.err;
    EXPECT_THAT(back.out, Not(HasSubstr("Rejected")));
    const project::Project imported = load(empty);
    ASSERT_EQ(imported.facilities().size(), sample.facilities().size());
    for (std::size_t i = 0; i < sample.facilities().size(); ++i)
        EXPECT_EQ(imported.facilities().items()[i], sample.facilities().items()[i]);

    // Compounds go through CSV as a WKT column.
    ASSERT_EQ(runCli(dir, {"export", project.string(), "--layer", "compounds", "--out",
                           (dir / "c.csv").string()})
                  .status,
              0);
    expectOneErrorLine(runCli(dir, {"import-csv", empty.string(), (dir / "c.csv").string(),
                                    "--layer", "compounds"}),
                       2, "'--wkt' is required");
    const CliRun compounds = runCli(dir, {"import-csv", empty.string(), (dir / "c.csv").string(),
                                          "--layer", "compounds", "--wkt", "wkt"});
    EXPECT_EQ(compounds.status, 0) << compounds.err;
    const project::Project withCompounds = load(empty);
    ASSERT_EQ(withCompounds.compounds().size(), sample.compounds().size());
    EXPECT_EQ(withCompounds.compounds().items()[0].outline, sample.compounds().items()[0].outline);
    EXPECT_EQ(withCompounds.compounds().items()[0].population,
              sample.compounds().items()[0].population);

    expectOneErrorLine(runCli(dir, {"export", project.string(), "--layer", "facilities", "--out",
                                    (dir / "f.csv").string()}),
                       1, "--force");
    EXPECT_EQ(runCli(dir, {"export", project.string(), "--layer", "facilities", "--out",
                           (dir / "f.csv").string(), "--force"})
                  .status,
              0);
    expectOneErrorLine(runCli(dir, {"export", project.string(), "--layer", "facilities", "--out",
                                    (dir / "f.shp").string()}),
                       2, ".geojson");
    expectOneErrorLine(runCli(dir, {"export", project.string(), "--layer", "metadata", "--out",
                                    (dir / "m.csv").string()}),
                       2, "metadata");
    expectOneErrorLine(runCli(dir, {"export", project.string(), "--layer", "facilities", "--out",
                                    (dir / "no" / "f.csv").string()}),
                       1, "cannot write");
}

TEST(CliExchange, HelpListsTheCommands) {
    const test::ScratchDir dir;
    const CliRun r = runCli(dir, {"help"});
    EXPECT_EQ(r.status, 0);
    for (const char* c :
         {"import-csv PROJECT FILE", "import-geojson PROJECT FILE", "export PROJECT"})
        EXPECT_THAT(r.out, HasSubstr(c));
    const CliRun one = runCli(dir, {"help", "import-csv"});
    for (const char* option : {"--lon", "--lat", "--category", "--kind", "--encoding", "--crs"})
        EXPECT_THAT(one.out, HasSubstr(option));
}

}  // namespace
}  // namespace yike::cli
