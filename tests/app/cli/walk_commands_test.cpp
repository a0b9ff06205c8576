// SPDX-License-Identifier: GPL-3.0-or-later
// yike-cli rings and probe, run as the real program.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/exchange/geojson_reader.h"
#include "core/geo/local_frame.h"
#include "core/project/project.h"
#include "core/project/project_file.h"
#include "core/sample/sample_district.h"
#include "tests/support/run_program.h"
#include "tests/support/test_data.h"

namespace yike::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

using test::RunResult;

RunResult runCli(const std::vector<std::string>& args) {
    return test::runProgram(YIKE_CLI_PATH, args);
}

/// Failed with `status`, printed nothing on stdout and one error line mentioning `mentions`.
void expectOneErrorLine(const RunResult& r, int status, const std::string& mentions) {
    EXPECT_EQ(r.status, status) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_THAT(r.err, StartsWith("yike-cli: error: "));
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_THAT(r.err, HasSubstr(mentions));
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The sample district, with an attribution when given.
std::filesystem::path writeSample(const test::ScratchDir& dir,
                                  const std::string& attribution = {}) {
    project::Project p = sample::generateSampleDistrict();
    if (!attribution.empty()) p.setMetadataValue(project::meta::kAttribution, attribution);
    const auto file = dir / "district.yike";
    project::ProjectFile::writeCopy(file, p);
    return file;
}

const project::Facility& stationOf(const project::Project& p) {
    for (const project::Facility& f : p.facilities().items())
        if (f.categoryCode == "community_service_station") return f;
    throw std::invalid_argument("the sample has no community service station");
}

/// "LON,LAT" with every digit, so the point is exactly the position given.
std::string lonLat(geo::LonLat p) {
    char text[64];
    std::snprintf(text, sizeof text, "%.17g,%.17g", p.lon, p.lat);
    return text;
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

/// The area of each feature's MultiPolygon, read back with the project's own GeoJSON reader.
std::vector<double> featureAreasM2(const std::string& text) {
    const exchange::SourceTable table = exchange::readGeoJson(text);
    std::vector<double> areas;
    for (const exchange::SourceRecord& r : table.records) {
        EXPECT_FALSE(r.problem.has_value());
        if (!r.geometry) {
            ADD_FAILURE() << "record " << r.record << " has no geometry";
            continue;
        }
        EXPECT_EQ(r.geometry->type, exchange::SourceGeometry::Type::MultiPolygon);
        const geo::LocalFrame frame(r.geometry->polygons.front().outer.front());
        double area = 0.0;
        for (const geo::Polygon& p : r.geometry->polygons) area += geo::polygonAreaM2(p, frame);
        areas.push_back(area);
    }
    return areas;
}

// --- rings -------------------------------------------------------------------------------

TEST(CliRings, WritesNestedRingsAroundAFacility) {
    const test::ScratchDir dir;
    const auto file = writeSample(dir);
    const project::Project p = sample::generateSampleDistrict();
    const project::Facility& station = stationOf(p);
    const auto out = dir / "rings.geojson";
    const RunResult r = runCli(
        {"rings", file.string(), "--facility", std::to_string(station.id), "--out", out.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
    EXPECT_THAT(r.out, StartsWith("Wrote " + out.string() + ": walk rings of 5, 10, 15 min"));
    EXPECT_THAT(r.out, HasSubstr("facility " + std::to_string(station.id)));
    EXPECT_THAT(r.out, HasSubstr("walk profile adult"));
    EXPECT_THAT(r.out, Not(HasSubstr("OpenStreetMap")));

    const std::string text = readFile(out);
    const nlohmann::json doc = nlohmann::json::parse(text);
    EXPECT_EQ(doc["type"], "FeatureCollection");
    ASSERT_EQ(doc["features"].size(), 3u);
    const std::vector<double> areas = featureAreasM2(text);
    ASSERT_EQ(areas.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        const nlohmann::json& properties = doc["features"][i]["properties"];
        EXPECT_EQ(properties["minutes"], 5.0 * double(i + 1));
        EXPECT_EQ(properties["profile"], "adult");
        EXPECT_EQ(properties["source_kind"], "facility");
        EXPECT_EQ(properties["source_id"], station.id);
        EXPECT_EQ(properties["source_name"], station.name);
        EXPECT_FALSE(properties.contains("attribution"));
        EXPECT_NEAR(properties["area_m2"].get<double>(), areas[i], 1e-3 * areas[i]);
        if (i > 0) {
            EXPECT_LT(areas[i - 1], areas[i]) << "5 within 10 within 15 minutes";
        }
    }
    EXPECT_GT(areas[0], 0.0);

    if (shell("command -v ogrinfo").empty()) GTEST_SKIP() << "ogrinfo absent (gdal-bin)";
    const std::string info = shell("ogrinfo -ro -al -so '" + out.string() + "' 2>&1");
    EXPECT_THAT(info, HasSubstr("Feature Count: 3"));
    EXPECT_THAT(info, HasSubstr("Multi Polygon"));
    EXPECT_THAT(info, Not(HasSubstr("ERROR")));
}

TEST(CliRings, WalksFromAGateOrAPointWithOtherMinutes) {
    const test::ScratchDir dir;
    const auto file = writeSample(dir, "Map data © OpenStreetMap contributors, ODbL");
    const project::Project p = sample::generateSampleDistrict();
    ASSERT_FALSE(p.gates().items().empty());
    const project::Gate& gate = p.gates().items().front();
    const auto out = dir / "gate.json";
    const RunResult r = runCli({"rings", file.string(), "--gate", std::to_string(gate.id),
                                "--profile", "older", "--minutes", "3,8", "--out", out.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("walk rings of 3, 8 min around gate " + std::to_string(gate.id)));
    EXPECT_THAT(r.out, HasSubstr("map data © OpenStreetMap contributors"));
    const nlohmann::json doc = nlohmann::json::parse(readFile(out));
    ASSERT_EQ(doc["features"].size(), 2u);
    for (const nlohmann::json& feature : doc["features"]) {
        EXPECT_EQ(feature["properties"]["source_kind"], "gate");
        EXPECT_EQ(feature["properties"]["profile"], "older");
        EXPECT_EQ(feature["properties"]["attribution"], "© OpenStreetMap contributors");
    }

    const auto point = dir / "point.geojson";
    const RunResult at = runCli({"rings", file.string(), "--at", lonLat(stationOf(p).position),
                                 "--minutes", "10", "--out", point.string()});
    ASSERT_EQ(at.status, 0) << at.err;
    const nlohmann::json one = nlohmann::json::parse(readFile(point));
    ASSERT_EQ(one["features"].size(), 1u);
    EXPECT_EQ(one["features"][0]["properties"]["source_kind"], "point");
    EXPECT_TRUE(one["features"][0]["properties"]["source_id"].is_null());
    EXPECT_EQ(one["features"][0]["geometry"]["type"], "MultiPolygon");
}

TEST(CliRings, RejectsBadArgumentsWithOneLine) {
    const test::ScratchDir dir;
    const auto file = writeSample(dir);
    const std::string f = file.string();
    const std::string out = (dir / "r.geojson").string();
    const std::string station = std::to_string(stationOf(sample::generateSampleDistrict()).id);
    expectOneErrorLine(runCli({"rings", f, "--facility", station}), 2, "'--out' is required");
    expectOneErrorLine(runCli({"rings", f, "--out", out}), 2, "exactly one of --facility");
    expectOneErrorLine(runCli({"rings", f, "--facility", station, "--gate", "1", "--out", out}), 2,
                       "exactly one");
    expectOneErrorLine(runCli({"rings", f, "--facility", station, "--out", "r.shp"}), 2,
                       ".geojson");
    expectOneErrorLine(runCli({"rings", f, "--facility", "x", "--out", out}), 2, "'x'");
    expectOneErrorLine(runCli({"rings", f, "--at", "north", "--out", out}), 2, "LON,LAT");
    expectOneErrorLine(
        runCli({"rings", f, "--facility", station, "--out", out, "--minutes", "5,0"}), 2, "'0'");
    expectOneErrorLine(
        runCli({"rings", f, "--facility", station, "--out", out, "--profile", "horse"}), 1,
        "horse");
    expectOneErrorLine(runCli({"rings", f, "--facility", "999999", "--out", out}), 1, "999999");
    expectOneErrorLine(runCli({"rings", f, "--gate", "999999", "--out", out}), 1, "999999");
    expectOneErrorLine(runCli({"rings", f, "--at", "0,0", "--out", out}), 1, "usable street");
    expectOneErrorLine(
        runCli({"rings", (dir / "absent.yike").string(), "--facility", station, "--out", out}), 1,
        "absent.yike");
    expectOneErrorLine(runCli({"rings", f, "--facility", station, "--out",
                               (dir / "no" / "such" / "r.geojson").string()}),
                       1, "r.geojson");
    EXPECT_FALSE(std::filesystem::exists(out));
}

// --- probe -------------------------------------------------------------------------------

TEST(CliProbe, PrintsTheNearestOfEveryCategoryPerProfile) {
    const test::ScratchDir dir;
    const auto file = writeSample(dir);
    const project::Project p = sample::generateSampleDistrict();
    const project::Facility& station = stationOf(p);
    const auto json = dir / "probe.json";
    const RunResult r = runCli({"probe", file.string(), "--at", lonLat(station.position), "--json",
                                json.string(), "--route", std::to_string(station.id)});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_THAT(r.out, StartsWith("Point "));
    EXPECT_THAT(r.out, HasSubstr("category"));
    for (const char* profile : {"adult", "older", "child"}) EXPECT_THAT(r.out, HasSubstr(profile));
    EXPECT_THAT(r.out, HasSubstr("community_service_station"));
    EXPECT_THAT(r.out, HasSubstr(station.name));
    EXPECT_THAT(r.out, HasSubstr("Route to facility " + std::to_string(station.id)
                                 + ", walk profile adult: 0 m, 0.0 min"));

    const nlohmann::json doc = nlohmann::json::parse(readFile(json));
    ASSERT_EQ(doc["profiles"].size(), 3u);
    EXPECT_EQ(doc["profiles"][1]["code"], "older");
    bool stationListed = false;
    std::size_t none = 0;
    for (const nlohmann::json& c : doc["profiles"][0]["categories"]) {
        if (c["minutes"].is_null()) {
            ++none;
            EXPECT_TRUE(c["facility"].is_null());
            continue;
        }
        if (c["code"] == "community_service_station") {
            stationListed = true;
            EXPECT_EQ(c["minutes"], 0.0);
            EXPECT_EQ(c["facility"]["id"], station.id);
        }
    }
    EXPECT_TRUE(stationListed);
    EXPECT_GT(none, 0u);
    EXPECT_EQ(doc["profiles"][0]["route"]["facilityId"], station.id);

    // One profile; a route somewhere else walks the streets.
    const project::Facility& other = p.facilities().items().back();
    const RunResult older = runCli({"probe", file.string(), "--at", lonLat(station.position),
                                    "--profile", "older", "--route", std::to_string(other.id)});
    ASSERT_EQ(older.status, 0) << older.err;
    EXPECT_THAT(older.out, Not(HasSubstr("adult")));
    EXPECT_THAT(older.out, HasSubstr("Route to facility " + std::to_string(other.id)
                                     + ", walk profile older: "));
}

TEST(CliProbe, RejectsBadArgumentsWithOneLine) {
    const test::ScratchDir dir;
    const auto file = writeSample(dir);
    const std::string f = file.string();
    const std::string at = lonLat(stationOf(sample::generateSampleDistrict()).position);
    expectOneErrorLine(runCli({"probe", f}), 2, "'--at' is required");
    expectOneErrorLine(runCli({"probe", f, "--at", "1;2"}), 2, "LON,LAT");
    expectOneErrorLine(runCli({"probe", f, "--at", at, "--profile", "adult,"}), 2, "--profile");
    expectOneErrorLine(runCli({"probe", f, "--at", at, "--profile", "adult,horse"}), 1, "horse");
    expectOneErrorLine(runCli({"probe", f, "--at", at, "--route", "999999"}), 1, "999999");
    expectOneErrorLine(runCli({"probe", f, "--at", "0,0"}), 1, "usable street");
    expectOneErrorLine(
        runCli({"probe", f, "--at", at, "--json", (dir / "no" / "such" / "p.json").string()}), 1,
        "p.json");
}

}  // namespace
}  // namespace yike::cli
