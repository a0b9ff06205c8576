// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "core/catalog/catalog.h"
#include "core/project/project.h"
#include "core/project/project_file.h"
#include "core/sample/sample_district.h"
#include "tests/support/run_program.h"
#include "tests/support/test_data.h"
#include "yike_version.h"

namespace yike::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

using test::RunResult;

/// Runs the real yike-cli with `args`, capturing both streams. With `stdoutFile`, standard
/// output goes to that file instead (e.g. /dev/full).
RunResult runCli(const std::vector<std::string>& args, const char* stdoutFile = nullptr) {
    return test::runProgram(YIKE_CLI_PATH, args, stdoutFile);
}

/// The program failed with `status`, printed nothing on stdout and exactly one error line.
void expectOneErrorLine(const RunResult& r, int status, const std::string& mentions = {}) {
    EXPECT_EQ(r.status, status) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_THAT(r.err, StartsWith("yike-cli: error: "));
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_TRUE(!r.err.empty() && r.err.back() == '\n') << r.err;
    if (!mentions.empty()) {
        EXPECT_THAT(r.err, HasSubstr(mentions));
    }
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

// --- version and help -------------------------------------------------------------------

nlohmann::json readJson(const std::filesystem::path& file) {
    std::ifstream in(file);
    return nlohmann::json::parse(in);
}

TEST(Cli, PrintsVersion) {
    const RunResult r = runCli({"--version"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, std::string("yike-cli ") + kVersion + "\n");
    EXPECT_EQ(r.err, "");
}

TEST(Cli, PrintsUsageListingEveryCommand) {
    for (const char* flag : {"--help", "-h", "help"}) {
        SCOPED_TRACE(flag);
        const RunResult r = runCli({flag});
        EXPECT_EQ(r.status, 0);
        EXPECT_EQ(r.err, "");
        EXPECT_THAT(r.out, StartsWith("Usage: yike-cli"));
        for (const char* command : {"info FILE", "sample --out FILE", "help"})
            EXPECT_THAT(r.out, HasSubstr(command));
    }
}

/// Terminal columns of a UTF-8 line (CJK characters take two).
std::size_t columns(const std::string& line) {
    std::size_t width = 0;
    for (const char c : line) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80) width += (byte & 0xF0) == 0xE0 ? 2 : 1;
    }
    return width;
}

TEST(Cli, HelpLinesFitATerminalAndNeverRunTogether) {
    std::vector<std::vector<std::string>> asks{{"help"}};
    for (const char* command : {"propose", "report", "print", "evaluate", "rings", "import-osm"})
        asks.push_back({"help", command});
    for (const auto& args : asks) {
        const RunResult r = runCli(args);
        ASSERT_EQ(r.status, 0);
        std::istringstream lines(r.out);
        std::size_t count = 0;
        for (std::string line; std::getline(lines, line); ++count) {
            EXPECT_LE(columns(line), 100u) << args.back() << ": " << line;
            // A synopsis ending in "]" or "..." and its description never share a line
            // without a space between them.
            EXPECT_EQ(line.find("]W"), std::string::npos) << line;
            EXPECT_EQ(line.find("...W"), std::string::npos) << line;
        }
        EXPECT_GT(count, 3u);
    }
    // Wrapped, not cut: every word of a long description is still there.
    const RunResult report = runCli({"help"});
    EXPECT_THAT(report.out, HasSubstr("a map sheet per space"));
}

TEST(Cli, PrintsHelpForOneCommand) {
    for (const std::vector<std::string>& args : {std::vector<std::string>{"help", "sample"},
                                                 std::vector<std::string>{"sample", "--help"}}) {
        const RunResult r = runCli(args);
        EXPECT_EQ(r.status, 0);
        EXPECT_THAT(r.out, StartsWith("Usage: yike-cli sample"));
        EXPECT_THAT(r.out, HasSubstr("--seed N"));
        EXPECT_THAT(r.out, HasSubstr("--force"));
    }
    expectOneErrorLine(runCli({"help", "nosuchcommand"}), 2, "nosuchcommand");
}

// --- usage errors -----------------------------------------------------------------------

TEST(Cli, RejectsAMissingCommand) {
    expectOneErrorLine(runCli({}), 2, "no command");
}

TEST(Cli, RejectsAnUnknownCommand) {
    expectOneErrorLine(runCli({"frobnicate"}), 2, "unknown command 'frobnicate'");
    expectOneErrorLine(runCli({"--frobnicate"}), 2, "unknown option '--frobnicate'");
    expectOneErrorLine(runCli({"--version", "extra"}), 2, "extra");
}

TEST(Cli, InfoRejectsBadArguments) {
    expectOneErrorLine(runCli({"info"}), 2, "missing argument FILE");
    expectOneErrorLine(runCli({"info", "a.yike", "b.yike"}), 2, "unexpected argument 'b.yike'");
    expectOneErrorLine(runCli({"info", "--verbose", "a.yike"}), 2, "unknown option '--verbose'");
}

TEST(Cli, SampleRejectsBadArguments) {
    const test::ScratchDir dir;
    const std::string out = (dir / "s.yike").string();
    expectOneErrorLine(runCli({"sample"}), 2, "'--out' is required");
    expectOneErrorLine(runCli({"sample", "--out"}), 2, "needs a value");
    expectOneErrorLine(runCli({"sample", "--out="}), 2, "non-empty");
    expectOneErrorLine(runCli({"sample", "--out", out, "--seed", "abc"}), 2, "'abc'");
    expectOneErrorLine(runCli({"sample", "--out", out, "--seed=-1"}), 2, "'-1'");
    expectOneErrorLine(runCli({"sample", "--out", out, "--seed", "99999999999999999999"}), 2);
    expectOneErrorLine(runCli({"sample", "--out", out, "--seed", ""}), 2);
    expectOneErrorLine(runCli({"sample", "--out", out, "--force=yes"}), 2, "takes no value");
    expectOneErrorLine(runCli({"sample", "--out", out, "--out", out}), 2, "twice");
    expectOneErrorLine(runCli({"sample", "--out", out, "stray"}), 2, "'stray'");
    EXPECT_FALSE(std::filesystem::exists(out));
}

// --- sample and info --------------------------------------------------------------------

TEST(Cli, WritesTheSampleAndDescribesIt) {
    const test::ScratchDir dir;
    const auto file = dir / "district.yike";
    const RunResult written = runCli({"sample", "--out", file.string()});
    EXPECT_EQ(written.status, 0) << written.err;
    EXPECT_EQ(written.err, "");
    EXPECT_THAT(written.out, HasSubstr("seed 20261123"));
    ASSERT_TRUE(std::filesystem::exists(file));

    const RunResult info = runCli({"info", file.string()});
    EXPECT_EQ(info.status, 0) << info.err;
    EXPECT_EQ(info.err, "");
    EXPECT_THAT(info.out, HasSubstr("Title: 示例街道（样例）\n"));
    EXPECT_THAT(info.out, HasSubstr("Region: 示例区示例街道\n"));
    EXPECT_THAT(info.out,
                HasSubstr("Schema version: "
                          + std::to_string(project::ProjectFile::currentSchemaVersion())));
    for (const char* layer :
         {"facilities", "compounds", "gates", "idle spaces", "streets", "water areas"})
        EXPECT_THAT(info.out, HasSubstr(layer));
    EXPECT_THAT(info.out, HasSubstr("Catalogue categories: 43\n"));
    EXPECT_THAT(info.out, HasSubstr("Study area: yes\n"));
    EXPECT_THAT(info.out, HasSubstr("Bounds: lon 112.9"));
    EXPECT_THAT(info.out, ::testing::Not(HasSubstr("OpenStreetMap")));

    // The same seed writes the same district.
    const auto again = dir / "again.yike";
    ASSERT_EQ(runCli({"sample", "--seed=20261123", "--out", again.string()}).status, 0);
    const auto a = project::ProjectFile::open(file, project::ProjectFile::Mode::ReadOnly)->load();
    const auto b = project::ProjectFile::open(again, project::ProjectFile::Mode::ReadOnly)->load();
    EXPECT_TRUE(a.sameContent(b));
}

TEST(Cli, SampleRefusesToOverwriteWithoutForce) {
    const test::ScratchDir dir;
    const auto file = dir / "district.yike";
    ASSERT_EQ(runCli({"sample", "--out", file.string(), "--seed", "1"}).status, 0);
    const std::string before = readFile(file);

    expectOneErrorLine(runCli({"sample", "--out", file.string(), "--seed", "2"}), 1, "--force");
    EXPECT_EQ(readFile(file), before);

    const RunResult forced = runCli({"sample", "--out", file.string(), "--seed", "2", "--force"});
    EXPECT_EQ(forced.status, 0) << forced.err;
    EXPECT_NE(readFile(file), before);
}

TEST(Cli, WritesASyntheticCityOfAScale) {
    const test::ScratchDir dir;
    const auto file = dir / "city.yike";
    const RunResult written =
        runCli({"sample", "--city", "--scale", "0.002", "--out", file.string()});
    EXPECT_EQ(written.status, 0) << written.err;
    EXPECT_THAT(written.out, HasSubstr("scale 0.002"));
    EXPECT_THAT(written.out, HasSubstr("6 compounds"));
    EXPECT_THAT(written.out, HasSubstr("600 buildings"));
    EXPECT_THAT(written.out, HasSubstr("40 facilities"));
    const auto city =
        project::ProjectFile::open(file, project::ProjectFile::Mode::ReadOnly)->load();
    EXPECT_EQ(city.compounds().size(), 6u);
    EXPECT_EQ(city.metadataValue("city_scale"), "0.002");

    const std::string out = (dir / "other.yike").string();
    expectOneErrorLine(runCli({"sample", "--scale", "0.5", "--out", out}), 2, "'--city'");
    expectOneErrorLine(runCli({"sample", "--city", "--scale", "0", "--out", out}), 2, "'0'");
    expectOneErrorLine(runCli({"sample", "--city", "--scale", "9", "--out", out}), 2, "at most 8");
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, SampleReportsAnUnwritableTarget) {
    const test::ScratchDir dir;
    writeFile(dir / "plain-file", "x");
    expectOneErrorLine(runCli({"sample", "--out", (dir / "plain-file" / "s.yike").string()}), 1);
    expectOneErrorLine(runCli({"sample", "--out", (dir / "no" / "such" / "s.yike").string()}), 1);
    std::filesystem::create_directory(dir / "folder.yike");
    expectOneErrorLine(runCli({"sample", "--out", (dir / "folder.yike").string(), "--force"}), 1);
}

TEST(Cli, InfoShowsOpenStreetMapAttribution) {
    const test::ScratchDir dir;
    const auto file = dir / "osm.yike";
    project::Project p = project::Project::createDefault();
    p.setMetadataValue(project::meta::kTitle, "Imported");
    p.setMetadataValue(project::meta::kAttribution, "Map data © OpenStreetMap contributors, ODbL");
    project::ProjectFile::writeCopy(file, p);

    const RunResult r = runCli({"info", file.string()});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Title: Imported\n"));
    EXPECT_THAT(r.out, HasSubstr("Region: (none)\n"));
    EXPECT_THAT(r.out, HasSubstr("Bounds: (empty)\n"));
    EXPECT_THAT(r.out, HasSubstr("\nMap data: © OpenStreetMap contributors\n"));
}

// --- files that are not projects --------------------------------------------------------

TEST(Cli, InfoReportsAMissingFile) {
    const test::ScratchDir dir;
    expectOneErrorLine(runCli({"info", (dir / "absent.yike").string()}), 1, "absent.yike");
}

TEST(Cli, InfoReportsFilesThatAreNotProjects) {
    const test::ScratchDir dir;
    writeFile(dir / "empty.yike", "");
    writeFile(dir / "text.yike", "name,lon,lat\nclinic,112.9,28.2\n");
    std::string noise(8192, '\0');
    for (std::size_t i = 0; i < noise.size(); ++i) noise[i] = static_cast<char>((i * 131) % 251);
    writeFile(dir / "noise.yike", noise);
    std::filesystem::create_directory(dir / "folder.yike");
    for (const char* name : {"empty.yike", "text.yike", "noise.yike", "folder.yike"}) {
        SCOPED_TRACE(name);
        expectOneErrorLine(runCli({"info", (dir / name).string()}), 1, name);
    }
}

TEST(Cli, InfoReportsAForeignSqliteDatabase) {
    const test::ScratchDir dir;
    const auto file = dir / "other.sqlite";
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.string().c_str(), &db), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db, "CREATE TABLE shops(name TEXT); INSERT INTO shops VALUES('a');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    expectOneErrorLine(runCli({"info", file.string()}), 1, "other.sqlite");
}

TEST(Cli, InfoReportsATruncatedProject) {
    const test::ScratchDir dir;
    const auto file = dir / "cut.yike";
    ASSERT_EQ(runCli({"sample", "--out", file.string()}).status, 0);
    const std::string bytes = readFile(file);
    writeFile(file, bytes.substr(0, bytes.size() / 3));
    expectOneErrorLine(runCli({"info", file.string()}), 1, "cut.yike");
}

TEST(Cli, ReportsAFailingStandardOutput) {
    if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "/dev/full is not available";
    const RunResult r = runCli({"--help"}, "/dev/full");
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "yike-cli: error: cannot write to standard output\n");
}

}  // namespace
}  // namespace yike::cli

// --- import-osm ---------------------------------------------------------------------------

namespace yike::cli {
namespace {

TEST(CliImportOsm, ImportsNanjingAndReportsWhatItRead) {
    const auto osm = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(osm);
    const test::ScratchDir dir;
    const auto file = dir / "nanjing.yike";
    const RunResult r = runCli({"import-osm", osm.string(), "--out", file.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("walkable)"));
    EXPECT_THAT(r.out, HasSubstr("© OpenStreetMap contributors"));
    EXPECT_THAT(r.err, HasSubstr("reading 100%")) << "progress goes to standard error";
    const project::ProjectInfo info = project::ProjectFile::inspect(file);
    EXPECT_GT(info.streets, 300);
    EXPECT_GT(info.facilities, 10);
    EXPECT_GT(info.greenAreas, 80);
    EXPECT_THAT(r.out, HasSubstr("  green areas: " + std::to_string(info.greenAreas) + "\n"));
    // Again without --force: refused, the file is kept.
    const std::string before = readFile(file);
    expectOneErrorLine(runCli({"import-osm", osm.string(), "--out", file.string()}), 1,
                       "already exists");
    EXPECT_EQ(readFile(file), before);
}

TEST(CliImportOsm, BboxKeepsLessThanTheWholeFile) {
    const auto osm = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(osm);
    const test::ScratchDir dir;
    ASSERT_EQ(runCli({"import-osm", osm.string(), "--out", (dir / "all.yike").string()}).status, 0);
    const RunResult r = runCli({"import-osm", osm.string(), "--out", (dir / "part.yike").string(),
                                "--bbox", "118.775,32.03,118.785,32.04"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto all = project::ProjectFile::inspect(dir / "all.yike");
    const auto part = project::ProjectFile::inspect(dir / "part.yike");
    EXPECT_GT(part.streets, 0);
    EXPECT_LT(part.streets, all.streets);
}

// A compound, a building and a street in Wuhan, to take the real WorldPop grid.
constexpr const char* kWuhanOsm = R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="hand">
  <node id="1" lat="30.5880" lon="114.2680"/><node id="2" lat="30.5880" lon="114.2720"/>
  <node id="3" lat="30.5920" lon="114.2720"/><node id="4" lat="30.5920" lon="114.2680"/>
  <node id="5" lat="30.5870" lon="114.2650"/><node id="6" lat="30.5870" lon="114.2750"/>
  <node id="10" lat="30.5885" lon="114.2685"/><node id="11" lat="30.5885" lon="114.2690"/>
  <node id="12" lat="30.5890" lon="114.2690"/><node id="13" lat="30.5890" lon="114.2685"/>
  <way id="100"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
    <tag k="landuse" v="residential"/><tag k="name" v="江汉小区"/></way>
  <way id="101"><nd ref="5"/><nd ref="6"/><tag k="highway" v="residential"/></way>
  <way id="102"><nd ref="10"/><nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="10"/>
    <tag k="building" v="yes"/><tag k="building:levels" v="18"/></way>
</osm>
)";

TEST(CliImportPopulation, TheWorldPopGridGivesTheResidentsAndSaysSo) {
    const auto grid =
        test::sharedPath("data/population/wuhan-worldpop-age20plus/wuhan_pop_age20plus_sum.tif");
    YIKE_REQUIRE_SHARED_FILE(grid);
    const test::ScratchDir dir;
    writeFile(dir / "wuhan.osm", kWuhanOsm);
    const auto file = dir / "wuhan.yike";
    ASSERT_EQ(runCli({"import-osm", (dir / "wuhan.osm").string(), "--out", file.string()}).status, 0);
    const RunResult r = runCli({"import-population", file.string(), grid.string(), "--source",
                                "WorldPop", "--year", "2020"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("values: persons aged 20+ per grid cell"));
    EXPECT_THAT(r.out, HasSubstr("People in the area: "));
    EXPECT_THAT(r.out, HasSubstr("Placed: "));

    const auto json = dir / "wuhan.json";
    const RunResult a = runCli({"analyze", file.string(), "--json", json.string()});
    ASSERT_EQ(a.status, 0) << a.err;
    EXPECT_THAT(a.out, HasSubstr("from the population grid (WorldPop 2020, persons aged 20+ per grid cell)"));
    const nlohmann::json measures = readJson(json);
    const nlohmann::json& residents = measures.at("residents");
    EXPECT_EQ(residents.at("grid").at("source").get<std::string>(), "WorldPop");
    EXPECT_EQ(residents.at("grid").at("year").get<int>(), 2020);
    const double people = residents.at("grid").at("people").get<double>();
    const double placed = residents.at("grid").at("toBuildings").get<double>()
                          + residents.at("grid").at("toCompoundLand").get<double>()
                          + residents.at("grid").at("toNearestHome").get<double>()
                          + residents.at("grid").at("atCellCentres").get<double>()
                          + residents.at("grid").at("replacedBySurvey").get<double>();
    EXPECT_NEAR(placed, people, 1e-6);
    EXPECT_NEAR(double(measures.at("summary").at("population").get<long long>()), people, 1.0);
    EXPECT_EQ(measures.at("compounds").at(0).at("residentsSource").get<std::string>(), "grid");
    EXPECT_FALSE(measures.at("gridHomes").empty());

    // The same grid for the sample district (generated, not in Wuhan): refused, file kept.
    const auto sample = dir / "sample.yike";
    ASSERT_EQ(runCli({"sample", "--out", sample.string()}).status, 0);
    const std::string before = readFile(sample);
    const RunResult refused = runCli({"import-population", sample.string(), grid.string()});
    EXPECT_EQ(refused.status, 1);
    EXPECT_THAT(refused.err, HasSubstr("overlap"));
    EXPECT_EQ(readFile(sample), before);
    expectOneErrorLine(runCli({"import-population", file.string(), grid.string(), "--kind", "old"}),
                       2, "--kind");
    expectOneErrorLine(runCli({"import-population", file.string(), grid.string(), "--year", "20x"}),
                       2, "--year");
}

TEST(CliAnalyze, SaysSoWhenNoResidentsAreKnown) {
    const test::ScratchDir dir;
    writeFile(dir / "streets.osm", R"(<osm version="0.6">
      <node id="1" lat="32.04" lon="118.78"/><node id="2" lat="32.04" lon="118.79"/>
      <node id="3" lat="32.041" lon="118.785"><tag k="amenity" v="pharmacy"/></node>
      <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/></way>
    </osm>)");
    const auto file = dir / "streets.yike";
    ASSERT_EQ(runCli({"import-osm", (dir / "streets.osm").string(), "--out", file.string()}).status, 0);
    const auto json = dir / "streets.json";
    const RunResult r = runCli({"analyze", file.string(), "--json", json.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Residents: none known, so no shares are given"));
    EXPECT_THAT(r.out, HasSubstr("import-population"));
    EXPECT_THAT(r.out, Not(HasSubstr("0.0/0.0/0.0")));
    EXPECT_FALSE(readJson(json).at("summary").at("residentsKnown").get<bool>());
}

TEST(CliImportOsm, RejectsBadInput) {
    const test::ScratchDir dir;
    const std::string out = (dir / "x.yike").string();
    expectOneErrorLine(runCli({"import-osm", "--out", out}), 2, "FILE");
    expectOneErrorLine(runCli({"import-osm", (dir / "absent.osm").string()}), 2, "--out");
    writeFile(dir / "bad.osm", "<osm><node id='1' lat='x'");
    const RunResult bad = runCli({"import-osm", (dir / "bad.osm").string(), "--out", out});
    EXPECT_EQ(bad.status, 1);
    EXPECT_THAT(bad.err, HasSubstr("yike-cli: error: cannot read"));
    EXPECT_FALSE(std::filesystem::exists(out)) << "nothing is written for a bad input file";
    expectOneErrorLine(runCli({"import-osm", (dir / "absent.osm").string(), "--out", out}), 1,
                       "absent.osm");
    for (const char* box : {"1,2,3", "3,2,1,4", "a,b,c,d", "1,2,3,4,5"})
        expectOneErrorLine(runCli({"import-osm", (dir / "bad.osm").string(), "--out", out,
                                   "--bbox", box}),
                           2, "--bbox");
    writeFile(dir / "table.tsv", "amenity\tcafe\n");
    expectOneErrorLine(runCli({"import-osm", (dir / "bad.osm").string(), "--out", out,
                               "--poi-table", (dir / "table.tsv").string()}),
                       1, "line 1");
}

/// Reads the JSON that `analyze --json` wrote.
TEST(Cli, AnalyzesTheSampleForEveryCategory) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    ASSERT_EQ(runCli({"sample", "--out", file.string()}).status, 0);
    const auto json = dir / "adult.json";
    const RunResult r = runCli({"analyze", file.string(), "--json", json.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.err.empty());
    EXPECT_THAT(r.out, HasSubstr("pharmacy"));
    EXPECT_THAT(r.out, HasSubstr("药店"));
    EXPECT_THAT(r.out, HasSubstr("Summary: 30 compounds"));

    const nlohmann::json measures = readJson(json);
    const project::Project sample = project::ProjectFile::open(
        file, project::ProjectFile::Mode::ReadOnly)->load();
    std::set<std::string> codes;
    for (const auto& c : measures.at("categories")) codes.insert(c.at("code").get<std::string>());
    for (const catalog::Category& c : sample.catalog().categories())
        EXPECT_TRUE(codes.count(c.code)) << c.code;
    ASSERT_EQ(measures.at("compounds").size(), sample.compounds().size());
    for (const auto& k : measures.at("compounds")) {
        EXPECT_EQ(k.at("minutes").size(), codes.size());
        const double completeness = k.at("completeness").get<double>();
        EXPECT_GE(completeness, 0.0);
        EXPECT_LE(completeness, 1.0);
    }
    for (const auto& c : measures.at("categories"))
        EXPECT_EQ(c.at("coverage").size(), 3u) << c.at("code");
}

TEST(CliPropose, ProposesExportsAndApplies) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    ASSERT_EQ(runCli({"sample", "--out", file.string()}).status, 0);
    const auto json = dir / "proposal.json";
    const auto csv = dir / "proposal.csv";
    const RunResult r = runCli({"propose", file.string(), "--budget", "300000", "--categories",
                                "postal_express_point,pharmacy,recycling_point", "--json",
                                json.string(), "--csv", csv.string(), "--exact", "--time-limit", "20"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Weights: residents aged 60+ x2.00, aged 0-14 x2.00"));
    EXPECT_THAT(r.out, HasSubstr(". Convert "));
    EXPECT_THAT(r.out, HasSubstr("Spaces that host nothing:"));
    EXPECT_THAT(r.out, HasSubstr("CBC"));
    const nlohmann::json doc = readJson(json);
    ASSERT_FALSE(doc.at("conversions").empty());
    EXPECT_LE(doc.at("totalCostYuan").get<double>(), 300000.0);
    double claimed = 0.0;
    for (const auto& c : doc.at("conversions")) claimed += c.at("newlyCovered").at("all").get<double>();
    double gained = 0.0;
    for (const auto& c : doc.at("categories"))
        gained += c.at("after").at("all").get<double>() - c.at("before").at("all").get<double>();
    EXPECT_NEAR(claimed, gained, 1e-6);
    EXPECT_EQ(readFile(csv).rfind("\xEF\xBB\xBFrank,idle_space,", 0), 0u) << "UTF-8 with a BOM";

    // Applied: the conversions become planned facilities, and analyze counting them agrees.
    const RunResult applied = runCli({"propose", file.string(), "--budget", "300000",
                                      "--categories", "postal_express_point,pharmacy,recycling_point",
                                      "--apply"});
    ASSERT_EQ(applied.status, 0) << applied.err;
    EXPECT_THAT(applied.out, HasSubstr("Applied: " + std::to_string(doc.at("conversions").size())
                                       + " planned facilities"));
    const RunResult again = runCli({"propose", file.string(), "--budget", "300000", "--categories",
                                    "postal_express_point,pharmacy,recycling_point",
                                    "--include-planned", "--json", json.string()});
    ASSERT_EQ(again.status, 0) << again.err;
    const nlohmann::json after = readJson(json);
    for (std::size_t i = 0; i < doc.at("categories").size(); ++i)
        EXPECT_NEAR(after.at("categories")[i].at("before").at("all").get<double>(),
                    doc.at("categories")[i].at("after").at("all").get<double>(), 1e-6)
            << "today with the planned facilities is the proposal's after";
}

TEST(CliPropose, RefusesBadInputWithOneLine) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    ASSERT_EQ(runCli({"sample", "--out", file.string()}).status, 0);
    expectOneErrorLine(runCli({"propose", file.string(), "--budget", "0"}), 1, "budget of zero");
    expectOneErrorLine(runCli({"propose", file.string(), "--budget", "lots"}), 2, "--budget");
    expectOneErrorLine(runCli({"propose", file.string(), "--categories", "teleporter"}), 1,
                       "teleporter");
    expectOneErrorLine(runCli({"propose", file.string(), "--single-profile", "jogger"}), 1, "jogger");
    expectOneErrorLine(runCli({"propose", file.string(), "--time-limit", "5"}), 2, "--exact");
}

TEST(CliEvaluate, EvaluatesTheSampleWithGradesIndicatorsJsonAndCsv) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    ASSERT_EQ(runCli({"sample", "--out", file.string()}).status, 0);
    const auto json = dir / "evaluation.json";
    const auto csv = dir / "evaluation.csv";
    const RunResult r = runCli({"evaluate", file.string(), "--json", json.string(), "--csv", csv.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Circle: "));
    EXPECT_THAT(r.out, HasSubstr("Grade (山西星级): "));
    EXPECT_THAT(r.out, HasSubstr("居民满意度 (satisfaction): missing (no_survey)"));
    const nlohmann::json doc = readJson(json);
    ASSERT_EQ(doc.at("circles").size(), 1U);
    const nlohmann::json& circle = doc.at("circles")[0];
    EXPECT_GT(circle.at("residents").at("all").get<double>(), 0.0);
    EXPECT_EQ(circle.at("schemes").size(), 2U);
    // The CSV row says what the JSON says.
    const std::string table = readFile(csv);
    ASSERT_EQ(table.rfind("\xEF\xBB\xBF" "circle,homes,residents,", 0), 0U);
    const nlohmann::json& shanxi = circle.at("schemes")[1];
    EXPECT_THAT(table, HasSubstr("," + std::to_string(shanxi.at("shortfall").get<int>()) + ","));

    // Rules from a file the user edited.
    writeFile(dir / "rules.tsv", "[schemes]\nmine\t我的\n[grades]\nmine\tany\t任意\n");
    const RunResult mine = runCli({"evaluate", file.string(), "--rules", (dir / "rules.tsv").string()});
    ASSERT_EQ(mine.status, 0) << mine.err;
    EXPECT_THAT(mine.out, HasSubstr("Grade (我的): 任意 (any)"));
}

TEST(CliEvaluate, EvaluatesTheProjectsCirclesWithTheirSurveys) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    ASSERT_EQ(runCli({"sample", "--out", file.string()}).status, 0);
    {
        const auto opened = project::ProjectFile::open(file, project::ProjectFile::Mode::ReadWrite);
        project::Project p = opened->load();
        project::FeatureId station = 0;
        for (const project::Facility& f : p.facilities().items())
            if (f.categoryCode == "community_service_station") station = f.id;
        ASSERT_NE(station, 0);
        project::Circle around;
        around.name = "服务站15分钟";
        around.kind = project::CircleKind::Centre;
        around.centreFacility = station;
        around.satisfactionPercent = 92.5;
        p.setCircle(around);
        project::Circle area;
        area.name = "whole";
        area.kind = project::CircleKind::Area;
        const geo::BoundingBox b = p.bounds();
        area.area = {geo::Polygon{{{b.minLon, b.minLat}, {b.maxLon, b.minLat}, {b.maxLon, b.maxLat},
                                   {b.minLon, b.maxLat}},
                                  {}}};
        p.setCircle(area);
        opened->save(p);
    }
    const auto json = dir / "evaluation.json";
    const RunResult r = runCli({"evaluate", file.string(), "--json", json.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, Not(HasSubstr("defines no living circle")));
    const nlohmann::json doc = readJson(json);
    ASSERT_EQ(doc.at("circles").size(), 2U);
    const nlohmann::json& centre = doc.at("circles")[0];
    EXPECT_EQ(centre.at("name"), "服务站15分钟");
    const nlohmann::json& whole = doc.at("circles")[1];
    EXPECT_LT(centre.at("residents").at("all").get<double>(), whole.at("residents").at("all").get<double>());
    for (const auto& i : centre.at("indicators")) {
        if (i.at("code") == "satisfaction") {
            EXPECT_EQ(i.at("value").get<double>(), 92.5);
        }
    }
    for (const auto& i : whole.at("indicators")) {
        if (i.at("code") == "satisfaction") {
            EXPECT_TRUE(i.at("value").is_null());
        }
    }

    const RunResult one = runCli({"evaluate", file.string(), "--circle", "whole", "--json", json.string()});
    ASSERT_EQ(one.status, 0) << one.err;
    EXPECT_EQ(readJson(json).at("circles").size(), 1U);
    expectOneErrorLine(runCli({"evaluate", file.string(), "--circle", "Atlantis"}), 1, "whole");
}

TEST(CliEvaluate, RefusesBadInputWithOneLine) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    ASSERT_EQ(runCli({"sample", "--out", file.string()}).status, 0);
    writeFile(dir / "bad.tsv", "[sets]\nx\tpharmacy\n[requirements]\nnone\tg\tx\tall\n");
    expectOneErrorLine(runCli({"evaluate", file.string(), "--rules", (dir / "bad.tsv").string()}), 1,
                       "line 4");
    expectOneErrorLine(runCli({"evaluate", file.string(), "--rules", (dir / "absent.tsv").string()}),
                       1, "absent.tsv");
    expectOneErrorLine(runCli({"evaluate", file.string(), "--circle", "Atlantis"}), 1, "Atlantis");
    expectOneErrorLine(runCli({"evaluate", file.string(), "--json", (dir / "no/such/dir.json").string()}),
                       1, "cannot write");
}

TEST(Cli, AnalyzesNanjingFromItsBuildings) {
    const auto osm = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(osm);
    const test::ScratchDir dir;
    const auto file = dir / "nanjing.yike";
    ASSERT_EQ(runCli({"import-osm", osm.string(), "--out", file.string()}).status, 0);
    const auto json = dir / "nanjing.json";
    const RunResult r = runCli({"analyze", file.string(), "--json", json.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("estimated from floor area (36.52 m2 per person"));
    EXPECT_THAT(r.out, HasSubstr("estimated from land area x plot ratio 2.0 (assumption"));

    const nlohmann::json measures = readJson(json);
    EXPECT_DOUBLE_EQ(measures.at("estimates").at("floorAreaPerPersonM2").get<double>(), 36.52);
    ASSERT_FALSE(measures.at("buildings").empty());
    std::size_t estimated = 0;
    for (const auto& k : measures.at("compounds"))
        if (k.at("populationEstimated").get<bool>()) {
            ++estimated;
            const std::string step = k.at("residentsSource").get<std::string>();
            if (step == "floor_area") EXPECT_GT(k.at("homeBuildings").get<int>(), 0);
            else EXPECT_EQ(step, "plot_ratio");
        }
    EXPECT_GT(estimated, 0u);
    const nlohmann::json& residents = measures.at("residents");
    EXPECT_EQ(residents.at("bySource").at("plot_ratio").at("compounds").get<int>(), 2);
    EXPECT_EQ(residents.at("plotRatio").at("from").get<std::string>(), "built_in");
    for (const auto& b : measures.at("buildings"))
        EXPECT_NE(b.at("residentsSource").get<std::string>(), "none");
    EXPECT_GT(measures.at("summary").at("population").get<long long>(), 0);
    const std::size_t categories = measures.at("categories").size();
    for (const auto& b : measures.at("buildings")) EXPECT_EQ(b.at("minutes").size(), categories);
}

TEST(Cli, OlderResidentsAreNeverBetterCoveredThanAdults) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    ASSERT_EQ(runCli({"sample", "--out", file.string()}).status, 0);
    const auto adult = dir / "adult.json";
    const auto older = dir / "older.json";
    ASSERT_EQ(runCli({"analyze", file.string(), "--json", adult.string(), "--thresholds",
                      "5,10,15,20"})
                  .status,
              0);
    ASSERT_EQ(runCli({"analyze", file.string(), "--profile", "older", "--json", older.string(),
                      "--thresholds", "5,10,15,20"})
                  .status,
              0);
    const nlohmann::json a = readJson(adult);
    const nlohmann::json o = readJson(older);
    ASSERT_EQ(a.at("categories").size(), o.at("categories").size());
    for (std::size_t c = 0; c < a.at("categories").size(); ++c) {
        const auto& ca = a.at("categories")[c];
        const auto& co = o.at("categories")[c];
        ASSERT_EQ(ca.at("code"), co.at("code"));
        ASSERT_EQ(ca.at("coverage").size(), 4u);
        for (std::size_t t = 0; t < 4; ++t)
            for (const char* group : {"population", "residents60Plus", "children0To14"})
                EXPECT_LE(co.at("coverage")[t].at(group).get<double>(),
                          ca.at("coverage")[t].at(group).get<double>() + 1e-12)
                    << ca.at("code") << ' ' << group << " threshold " << t;
    }
}

TEST(Cli, GatesClosedAtTheChosenHourAreNotUsed) {
    const test::ScratchDir dir;
    const auto file = dir / "night.yike";
    // The sample with every gate of its first gated compound open 06:00-22:00 only.
    project::Project p = sample::generateSampleDistrict();
    const project::Gate first = p.gates().items().front();
    for (project::Gate g : p.gates().items()) {
        if (g.compoundId != first.compoundId) continue;
        g.openHours = "06:00-22:00";
        p.updateGate(g);
    }
    project::ProjectFile::writeCopy(file, p);
    const auto noon = dir / "noon.json";
    const auto night = dir / "night.json";
    ASSERT_EQ(runCli({"analyze", file.string(), "--at", "12:00", "--json", noon.string()}).status, 0);
    ASSERT_EQ(runCli({"analyze", file.string(), "--at", "23:30", "--json", night.string()}).status, 0);
    const auto minutesOf = [&](const nlohmann::json& measures) {
        for (const auto& k : measures.at("compounds"))
            if (k.at("id").get<project::FeatureId>() == first.compoundId) return k.at("minutes");
        return nlohmann::json();
    };
    const nlohmann::json atNoon = minutesOf(readJson(noon));
    const nlohmann::json atNight = minutesOf(readJson(night));
    ASSERT_FALSE(atNoon.is_null());
    int reachableAtNoon = 0;
    for (const auto& [code, minutes] : atNoon.items()) {
        if (!minutes.is_null()) ++reachableAtNoon;
        EXPECT_TRUE(atNight.at(code).is_null()) << code << ": every gate is closed at 23:30";
    }
    EXPECT_GT(reachableAtNoon, 0);
    expectOneErrorLine(runCli({"analyze", file.string(), "--at", "25:00"}), 2, "--at");
    expectOneErrorLine(runCli({"analyze", file.string(), "--at", "9:00"}), 2, "--at");
}

TEST(Cli, AnalyzeRejectsBadArguments) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    ASSERT_EQ(runCli({"sample", "--out", file.string()}).status, 0);
    expectOneErrorLine(runCli({"analyze"}), 2, "missing argument PROJECT");
    expectOneErrorLine(runCli({"analyze", file.string(), "--profile", "astronaut"}), 1,
                       "astronaut");
    expectOneErrorLine(runCli({"analyze", file.string(), "--thresholds", "5,x"}), 2, "'x'");
    expectOneErrorLine(runCli({"analyze", file.string(), "--thresholds", "-5"}), 2, "'-5'");
    expectOneErrorLine(runCli({"analyze", (dir / "absent.yike").string()}), 1, "absent.yike");
    expectOneErrorLine(
        runCli({"analyze", file.string(), "--json", (dir / "no" / "such" / "a.json").string()}),
        1, "a.json");
}

// --- export-graph and reach -------------------------------------------------------------

/// The records of an RFC 4180 file (quoted fields, CRLF or LF line ends), header included.
std::vector<std::vector<std::string>> readCsv(const std::filesystem::path& path) {
    const std::string text = readFile(path);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    bool any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
            any = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

/// A whole-string decimal number, or `fallback` when the field is empty.
double number(const std::string& field, double fallback = -1.0) {
    if (field.empty()) return fallback;
    std::size_t used = 0;
    const double value = std::stod(field, &used);
    EXPECT_EQ(used, field.size()) << field;
    return value;
}

struct ExportedEdge {
    std::size_t from = 0;
    std::size_t to = 0;
    double forward = -1.0;   ///< -1: impassable
    double backward = -1.0;  ///< -1: impassable
};

/// Writes the sample to `file`; returns the category of its first existing facility.
std::string writeSample(const std::filesystem::path& file) {
    EXPECT_EQ(runCli({"sample", "--out", file.string()}).status, 0);
    const project::Project sample =
        project::ProjectFile::open(file, project::ProjectFile::Mode::ReadOnly)->load();
    for (const project::Facility& f : sample.facilities().items())
        if (f.status == project::FacilityStatus::Existing) return f.categoryCode;
    ADD_FAILURE() << "the sample has no existing facility";
    return {};
}

/// Exports the graph of `file` into `out` and checks both files; returns the edges.
std::vector<ExportedEdge> exportAndCheck(const std::filesystem::path& file,
                                         const std::filesystem::path& out, std::size_t* nodeCount) {
    const RunResult r = runCli({"export-graph", file.string(), "--out", out.string()});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_THAT(r.out, HasSubstr(" nodes, "));
    EXPECT_THAT(r.out, HasSubstr("walk profile adult"));

    const auto nodes = readCsv(out / "nodes.csv");
    const auto edges = readCsv(out / "edges.csv");
    EXPECT_GT(nodes.size(), 1u);
    EXPECT_GT(edges.size(), 1u);
    if (nodes.empty() || edges.empty()) return {};
    EXPECT_EQ(nodes.front(), (std::vector<std::string>{"node_id", "lon", "lat", "component"}));
    EXPECT_EQ(edges.front(),
              (std::vector<std::string>{"edge_id", "from_node", "to_node", "length_m", "kind",
                                        "steps", "crossing", "gate_id", "seconds_forward",
                                        "seconds_backward", "wkt"}));
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        EXPECT_EQ(nodes[i].size(), 4u);
        EXPECT_EQ(nodes[i][0], std::to_string(i - 1));
    }
    *nodeCount = nodes.size() - 1;

    std::vector<ExportedEdge> result;
    std::set<std::size_t> used;
    for (std::size_t i = 1; i < edges.size(); ++i) {
        const auto& e = edges[i];
        EXPECT_EQ(e.size(), 11u) << i;
        if (e.size() != 11u) continue;
        EXPECT_EQ(e[0], std::to_string(i - 1));
        ExportedEdge edge;
        edge.from = static_cast<std::size_t>(number(e[1]));
        edge.to = static_cast<std::size_t>(number(e[2]));
        EXPECT_LT(edge.from, *nodeCount) << i;
        EXPECT_LT(edge.to, *nodeCount) << i;
        used.insert(edge.from);
        used.insert(edge.to);
        const double length = number(e[3]);
        if (e[7].empty()) {
            EXPECT_GT(length, 0.0) << i;
        } else {
            EXPECT_GE(length, 0.0) << i;  // a gate passage has no length
        }
        edge.forward = number(e[8]);
        edge.backward = number(e[9]);
        EXPECT_THAT(e[10], StartsWith("LINESTRING("));
        EXPECT_EQ(e[10].back(), ')');
        const std::string inner = e[10].substr(11, e[10].size() - 12);
        std::size_t points = 0;
        std::size_t start = 0;
        while (start <= inner.size()) {
            const std::size_t comma = std::min(inner.find(',', start), inner.size());
            std::string point = inner.substr(start, comma - start);
            if (!point.empty() && point.front() == ' ') point.erase(0, 1);
            const std::size_t space = point.find(' ');
            EXPECT_NE(space, std::string::npos) << e[10];
            if (space == std::string::npos) break;
            const double lon = number(point.substr(0, space));
            const double lat = number(point.substr(space + 1));
            EXPECT_TRUE(lon >= -180.0 && lon <= 180.0 && lat >= -90.0 && lat <= 90.0) << point;
            ++points;
            start = comma + 1;
        }
        EXPECT_GE(points, 2u) << e[10];
        result.push_back(edge);
    }
    EXPECT_EQ(used.size(), *nodeCount);
    return result;
}

TEST(CliGraph, ExportsTheSampleGraph) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    writeSample(file);
    std::size_t nodeCount = 0;
    const auto edges = exportAndCheck(file, dir / "graph" / "adult", &nodeCount);
    EXPECT_FALSE(edges.empty());
    std::size_t walkable = 0;
    for (const ExportedEdge& e : edges) walkable += e.forward >= 0.0 ? 1u : 0u;
    EXPECT_GT(walkable, edges.size() / 2);

    const RunResult older = runCli(
        {"export-graph", file.string(), "--out", (dir / "older").string(), "--profile", "older"});
    ASSERT_EQ(older.status, 0) << older.err;
    EXPECT_THAT(older.out, HasSubstr("walk profile older"));
    EXPECT_THAT(older.out, ::testing::Not(HasSubstr("OpenStreetMap")));
    EXPECT_EQ(readFile(dir / "older" / "nodes.csv"),
              readFile(dir / "graph" / "adult" / "nodes.csv"));
}

TEST(CliGraph, ReachAgreesWithTheExportedEdges) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    const std::string category = writeSample(file);
    ASSERT_FALSE(category.empty());
    std::size_t nodeCount = 0;
    const auto edges = exportAndCheck(file, dir / "graph", &nodeCount);

    const auto csv = dir / "reach.csv";
    const RunResult r =
        runCli({"reach", file.string(), "--category", category, "--out", csv.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_THAT(r.out, HasSubstr("Category " + category));
    EXPECT_THAT(r.out, HasSubstr("not snapped"));
    const auto rows = readCsv(csv);
    ASSERT_EQ(rows.size(), nodeCount + 1);
    EXPECT_EQ(rows.front(), (std::vector<std::string>{"node_id", "seconds"}));
    std::vector<double> t(nodeCount, -1.0);
    double smallest = 1e9;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 2u);
        EXPECT_EQ(rows[i][0], std::to_string(i - 1));
        t[i - 1] = number(rows[i][1]);
        if (t[i - 1] >= 0.0) {
            EXPECT_LE(t[i - 1], 15.0 * 60.0);
            smallest = std::min(smallest, t[i - 1]);
        }
    }
    EXPECT_LT(smallest, 120.0);

    std::size_t checked = 0;
    for (const ExportedEdge& e : edges) {
        if (t[e.from] < 0.0 || t[e.to] < 0.0) continue;
        if (e.forward >= 0.0) {
            EXPECT_LE(t[e.to] - t[e.from], e.forward + 0.01);
        }
        if (e.backward >= 0.0) {
            EXPECT_LE(t[e.from] - t[e.to], e.backward + 0.01);
        }
        ++checked;
    }
    EXPECT_GT(checked, 0u);

    // A short budget leaves some nodes beyond reach, and never reports more than it.
    const RunResult near = runCli({"reach", file.string(), "--category", category, "--out",
                                   csv.string(), "--minutes", "2", "--include-planned"});
    ASSERT_EQ(near.status, 0) << near.err;
    EXPECT_THAT(near.out, HasSubstr("existing and planned"));
    std::size_t empty = 0;
    std::size_t reached = 0;
    for (const auto& row : readCsv(csv)) {
        if (row.size() != 2 || row[0] == "node_id") continue;
        if (row[1].empty()) {
            ++empty;
        } else {
            ++reached;
            EXPECT_LE(number(row[1]), 120.0);
        }
    }
    EXPECT_GT(empty, 0u);
    EXPECT_GT(reached, 0u);
}

TEST(CliGraph, ReachWithoutFacilitiesLeavesEveryNodeEmpty) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    const std::string category = writeSample(file);
    project::Project p =
        project::ProjectFile::open(file, project::ProjectFile::Mode::ReadOnly)->load();
    std::vector<project::FeatureId> remove;
    for (const project::Facility& f : p.facilities().items())
        if (f.categoryCode == category) remove.push_back(f.id);
    for (const project::FeatureId id : remove) p.removeFacility(id);
    const auto without = dir / "without.yike";
    project::ProjectFile::writeCopy(without, p);

    const auto csv = dir / "reach.csv";
    const RunResult r =
        runCli({"reach", without.string(), "--category", category, "--out", csv.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("No facility of category " + category));
    const auto rows = readCsv(csv);
    ASSERT_GT(rows.size(), 1u);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 2u);
        EXPECT_EQ(rows[i][1], "");
    }
}

TEST(CliGraph, ExportGraphShowsOpenStreetMapAttribution) {
    const test::ScratchDir dir;
    const auto file = dir / "osm.yike";
    project::Project p = project::Project::createDefault();
    p.setMetadataValue(project::meta::kAttribution, "Map data © OpenStreetMap contributors, ODbL");
    project::ProjectFile::writeCopy(file, p);
    const RunResult r = runCli({"export-graph", file.string(), "--out", (dir / "g").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Exported 0 nodes, 0 edges"));
    EXPECT_THAT(r.out, HasSubstr("\nMap data © OpenStreetMap contributors\n"));
    EXPECT_EQ(readCsv(dir / "g" / "nodes.csv").size(), 1u);
    EXPECT_EQ(readCsv(dir / "g" / "edges.csv").size(), 1u);
}

TEST(CliGraph, RejectsBadArguments) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    const std::string category = writeSample(file);
    const std::string out = (dir / "out").string();
    const std::string csv = (dir / "r.csv").string();
    expectOneErrorLine(runCli({"export-graph", file.string()}), 2, "'--out' is required");
    expectOneErrorLine(runCli({"export-graph"}), 2, "missing argument PROJECT");
    expectOneErrorLine(
        runCli({"export-graph", file.string(), "--out", out, "--profile", "astronaut"}), 1,
        "astronaut");
    expectOneErrorLine(runCli({"export-graph", (dir / "absent.yike").string(), "--out", out}), 1,
                       "absent.yike");
    expectOneErrorLine(runCli({"reach", file.string(), "--category", category}), 2,
                       "'--out' is required");
    expectOneErrorLine(runCli({"reach", file.string(), "--out", csv}), 2,
                       "'--category' is required");
    expectOneErrorLine(runCli({"reach", file.string(), "--category", "moon_base", "--out", csv}), 1,
                       "moon_base");
    expectOneErrorLine(runCli({"reach", file.string(), "--category", category, "--out", csv,
                               "--profile", "astronaut"}),
                       1, "astronaut");
    expectOneErrorLine(
        runCli({"reach", file.string(), "--category", category, "--out", csv, "--minutes", "0"}), 2,
        "'0'");
    expectOneErrorLine(
        runCli({"reach", (dir / "absent.yike").string(), "--category", category, "--out", csv}), 1,
        "absent.yike");
    expectOneErrorLine(runCli({"reach", file.string(), "--category", category, "--out",
                               (dir / "no" / "such" / "r.csv").string()}),
                       1, "r.csv");
}

#ifdef YIKE_CLI_PAGES
// --- print ------------------------------------------------------------------------------

project::FeatureId sampleStation(const std::filesystem::path& file) {
    const project::Project sample =
        project::ProjectFile::open(file, project::ProjectFile::Mode::ReadOnly)->load();
    for (const project::Facility& f : sample.facilities().items())
        if (f.categoryCode == "community_service_station") return f.id;
    ADD_FAILURE() << "the sample has no community service station";
    return 0;
}

std::string shell(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return out;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

TEST(CliPrint, WritesTheGuideMapWithoutADisplay) {
    // No display and no platform chosen: the command must still draw.
    ::unsetenv("DISPLAY");
    ::unsetenv("WAYLAND_DISPLAY");
    ::unsetenv("QT_QPA_PLATFORM");
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    writeSample(file);
    const std::string station = std::to_string(sampleStation(file));
    const auto pdf = dir / "导引图.pdf";
    const RunResult r = runCli({"print", file.string(), "--centre", station, "--out", pdf.string(),
                                "--qr", "https://example.org/c"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_THAT(r.out, HasSubstr("一刻钟便民生活圈导引图"));
    EXPECT_THAT(r.out, HasSubstr("A3 297 x 420 mm"));
    if (shell("command -v pdfinfo").empty()) GTEST_SKIP() << "pdfinfo absent (poppler-utils)";
    EXPECT_THAT(shell("pdfinfo '" + pdf.string() + "'"), HasSubstr("(A3)"));
    EXPECT_THAT(shell("pdftotext '" + pdf.string() + "' -"), HasSubstr("你在这里"));

    // English on request, another paper, a PNG.
    const auto png = dir / "guide.png";
    const RunResult en = runCli({"print", file.string(), "--centre", station, "--out", png.string(),
                                 "--lang", "en", "--paper", "A4", "--landscape", "--dpi", "50"});
    ASSERT_EQ(en.status, 0) << en.err;
    EXPECT_THAT(en.out, HasSubstr("15-Minute Living Circle Guide Map"));
    EXPECT_THAT(en.out, HasSubstr("A4 297 x 210 mm"));
    EXPECT_EQ(readFile(png).substr(1, 3), "PNG");
}

TEST(CliPrint, RejectsBadArguments) {
    const test::ScratchDir dir;
    const auto file = dir / "sample.yike";
    writeSample(file);
    const std::string out = (dir / "p.pdf").string();
    expectOneErrorLine(runCli({"print", file.string(), "--out", out}), 2, "--centre");
    expectOneErrorLine(runCli({"print", file.string(), "--centre", "1", "--at", "1,2", "--out", out}),
                       2, "exactly one");
    expectOneErrorLine(runCli({"print", file.string(), "--centre", "1", "--out", "p.jpg"}), 2, ".pdf");
    expectOneErrorLine(runCli({"print", file.string(), "--centre", "1", "--out", out, "--paper", "B5"}),
                       2, "A4");
    expectOneErrorLine(runCli({"print", file.string(), "--at", "north", "--out", out}), 2, "LON,LAT");
    expectOneErrorLine(runCli({"print", file.string(), "--centre", "999999", "--out", out}), 1);
    expectOneErrorLine(runCli({"print", file.string(), "--at", "0,0", "--out", out}), 1);
    expectOneErrorLine(
        runCli({"print", file.string(), "--centre", "1", "--out", out, "--profile", "horse"}), 1,
        "horse");
    EXPECT_FALSE(std::filesystem::exists(out));
}
#endif

}  // namespace
}  // namespace yike::cli
