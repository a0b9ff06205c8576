// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/layer_export.h"

#include <filesystem>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/exchange/csv_reader.h"
#include "core/exchange/exchange_error.h"
#include "core/exchange/feature_import.h"
#include "core/exchange/geojson_reader.h"
#include "core/sample/sample_district.h"
#include "tests/support/test_data.h"

namespace yike::exchange {
namespace {

using project::Layer;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const project::Project& sample() {
    static const project::Project p = sample::generateSampleDistrict();
    return p;
}

SourceTable reread(const std::string& text, ExportFormat format) {
    return format == ExportFormat::Csv ? readCsv(text) : readGeoJson(text);
}

ImportResult reimport(const project::Project& p, Layer layer, ExportFormat format) {
    const std::string text =
        format == ExportFormat::Csv ? exportCsv(p, layer) : exportGeoJson(p, layer);
    const SourceTable table = reread(text, format);
    ImportOptions options;
    options.layer = layer;
    options.mapping = guessMapping(layer, table.columns);
    const ImportResult result = importTable(table, options, p.catalog());
    for (const Rejection& r : result.report.rejected)
        ADD_FAILURE() << r.where() << ": " << r.message;
    return result;
}

/// Equal rings, or the same ring reversed from the same first vertex (GeoJSON reorients rings).
bool sameRing(const geo::Ring& a, const geo::Ring& b) {
    if (a == b) return true;
    if (a.size() != b.size() || a.empty() || a[0] != b[0]) return false;
    for (std::size_t i = 1; i < a.size(); ++i)
        if (a[i] != b[a.size() - i]) return false;
    return true;
}

bool samePolygon(const geo::Polygon& a, const geo::Polygon& b) {
    if (!sameRing(a.outer, b.outer) || a.holes.size() != b.holes.size()) return false;
    for (std::size_t i = 0; i < a.holes.size(); ++i)
        if (!sameRing(a.holes[i], b.holes[i])) return false;
    return true;
}

class ExportRoundTrip : public ::testing::TestWithParam<ExportFormat> {};

TEST_P(ExportRoundTrip, FacilitiesComeBackUnchanged) {
    const auto& original = sample().facilities().items();
    ASSERT_GT(original.size(), 10u);
    const ImportResult r = reimport(sample(), Layer::Facilities, GetParam());
    ASSERT_EQ(r.facilities.size(), original.size());
    bool sawAttributes = false;
    for (std::size_t i = 0; i < original.size(); ++i) {
        project::Facility back = r.facilities[i];
        back.id = original[i].id;
        EXPECT_EQ(back, original[i]) << "facility " << original[i].id << " " << original[i].name;
        sawAttributes = sawAttributes || !original[i].attributes.empty();
    }
    EXPECT_TRUE(sawAttributes) << "the sample should exercise free attributes";
}

TEST_P(ExportRoundTrip, IdleSpacesComeBackUnchanged) {
    const auto& original = sample().idleSpaces().items();
    ASSERT_GT(original.size(), 10u);
    const ImportResult r = reimport(sample(), Layer::IdleSpaces, GetParam());
    ASSERT_EQ(r.idleSpaces.size(), original.size());
    std::size_t footprints = 0;
    for (std::size_t i = 0; i < original.size(); ++i) {
        project::IdleSpace back = r.idleSpaces[i];
        back.id = original[i].id;
        ASSERT_EQ(back.footprint.has_value(), original[i].footprint.has_value()) << i;
        if (back.footprint) {
            ++footprints;
            EXPECT_TRUE(samePolygon(*back.footprint, *original[i].footprint)) << i;
            back.footprint = original[i].footprint;
        }
        EXPECT_EQ(back, original[i]) << "idle space " << original[i].id;
    }
    EXPECT_GT(footprints, 0u);
}

TEST_P(ExportRoundTrip, IdleSpaceLiftsAndProposalsComeBack) {
    project::Project p = sample();
    std::vector<project::IdleSpace> spaces = p.idleSpaces().items();
    ASSERT_GE(spaces.size(), 2u);
    spaces[0].hasLift = true;
    spaces[0].proposedFor = {"pharmacy", "community_health_station"};
    spaces[1].proposedFor = {"elderly_service_station"};
    p.updateIdleSpace(spaces[0]);
    p.updateIdleSpace(spaces[1]);
    const ImportResult r = reimport(p, Layer::IdleSpaces, GetParam());
    ASSERT_EQ(r.idleSpaces.size(), spaces.size());
    for (std::size_t i = 0; i < spaces.size(); ++i) {
        EXPECT_EQ(r.idleSpaces[i].hasLift, spaces[i].hasLift) << i;
        EXPECT_EQ(r.idleSpaces[i].proposedFor, spaces[i].proposedFor) << i;
    }
    // Codes separated by commas, in a column and a property of their own.
    const SourceTable csv = readCsv(exportCsv(p, Layer::IdleSpaces));
    const auto column = csv.columnIndex("proposed_for");
    ASSERT_TRUE(column.has_value());
    EXPECT_EQ(csv.records[0].values[*column], "pharmacy,community_health_station");
    EXPECT_EQ(csv.records[0].values[*csv.columnIndex("has_lift")], "true");
    const nlohmann::json doc = nlohmann::json::parse(exportGeoJson(p, Layer::IdleSpaces));
    const nlohmann::json& first = doc.at("features").at(0).at("properties");
    EXPECT_EQ(first.at("has_lift"), true);
    EXPECT_EQ(first.at("proposed_for"), "pharmacy,community_health_station");
    EXPECT_EQ(doc.at("features").at(2).at("properties").at("proposed_for"), "");
}

TEST_P(ExportRoundTrip, CompoundsComeBackWithTheirFields) {
    const auto& original = sample().compounds().items();
    const ImportResult r = reimport(sample(), Layer::Compounds, GetParam());
    ASSERT_EQ(r.compounds.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
        project::Compound back = r.compounds[i];
        back.id = original[i].id;
        EXPECT_TRUE(samePolygon(back.outline, original[i].outline)) << i;
        back.outline = original[i].outline;
        EXPECT_EQ(back, original[i]);
    }
}

INSTANTIATE_TEST_SUITE_P(Formats, ExportRoundTrip,
                         ::testing::Values(ExportFormat::Csv, ExportFormat::GeoJson),
                         [](const auto& param) {
                             return param.param == ExportFormat::Csv ? "Csv" : "GeoJson";
                         });

TEST(LayerExport, WritesRfc7946GeoJson) {
    const nlohmann::json doc = nlohmann::json::parse(exportGeoJson(sample(), Layer::Compounds));
    EXPECT_EQ(doc["type"], "FeatureCollection");
    EXPECT_FALSE(doc.contains("crs"));
    ASSERT_EQ(doc["features"].size(), sample().compounds().size());
    for (const auto& feature : doc["features"]) {
        EXPECT_EQ(feature["type"], "Feature");
        EXPECT_EQ(feature["geometry"]["type"], "Polygon");
        const auto& rings = feature["geometry"]["coordinates"];
        for (std::size_t k = 0; k < rings.size(); ++k) {
            const auto& ring = rings[k];
            ASSERT_GE(ring.size(), 4u);
            EXPECT_EQ(ring.front(), ring.back()) << "rings are closed";
            double area2 = 0.0;
            for (std::size_t i = 0; i + 1 < ring.size(); ++i)
                area2 += ring[i][0].get<double>() * ring[i + 1][1].get<double>()
                         - ring[i + 1][0].get<double>() * ring[i][1].get<double>();
            // Right-hand rule: exterior counter-clockwise, holes clockwise.
            if (k == 0)
                EXPECT_GT(area2, 0.0);
            else
                EXPECT_LT(area2, 0.0);
            const double lon = ring[0][0].get<double>();
            EXPECT_TRUE(lon > 73.0 && lon < 135.0) << "longitude first";
        }
        EXPECT_TRUE(feature["properties"].contains("population"));
    }
    // A clockwise outline is written counter-clockwise.
    project::Project p = project::Project::createDefault();
    project::Compound c;
    c.outline.outer = {{0, 0}, {0, 1}, {1, 1}, {1, 0}};
    p.addCompound(c);
    const auto one = nlohmann::json::parse(exportGeoJson(p, Layer::Compounds));
    EXPECT_EQ(one["features"][0]["geometry"]["coordinates"][0],
              nlohmann::json::parse("[[0,0],[1,0],[1,1],[0,1],[0,0]]"));
}

TEST(LayerExport, FacilityPropertiesCarryLabelsAndAttributes) {
    project::Project p = project::Project::createDefault();
    project::Facility f;
    f.position = {118.78, 32.04};
    f.categoryCode = "pharmacy";
    f.name = "新街口药房";
    f.attributes = {{"电话", "025-1234"}, {"name", "旧名"}, {"attr:x", "y"}};
    p.addFacility(f);
    const auto doc = nlohmann::json::parse(exportGeoJson(p, Layer::Facilities));
    const auto& properties = doc["features"][0]["properties"];
    EXPECT_EQ(properties["category_zh"], "药店");
    EXPECT_EQ(properties["电话"], "025-1234");
    EXPECT_EQ(properties["attr:name"], "旧名");
    EXPECT_EQ(properties["attr:attr:x"], "y");
    EXPECT_EQ(properties["name"], "新街口药房");
    EXPECT_EQ(properties["status"], "existing");

    // ...and the attributes come back under their own keys.
    for (const std::string& text :
         {exportGeoJson(p, Layer::Facilities), exportCsv(p, Layer::Facilities)}) {
        const SourceTable t = text.front() == '{' ? readGeoJson(text) : readCsv(text);
        ImportOptions o;
        o.mapping = guessMapping(Layer::Facilities, t.columns);
        const ImportResult r = importTable(t, o, p.catalog());
        ASSERT_EQ(r.facilities.size(), 1u);
        EXPECT_EQ(r.facilities[0].attributes, f.attributes);
    }
}

TEST(LayerExport, WritesExcelFriendlyCsv) {
    const std::string csv = exportCsv(sample(), Layer::Facilities);
    EXPECT_THAT(csv, StartsWith("\xEF\xBB\xBFlon,lat,id,name,category,category_zh,status,source"));
    EXPECT_THAT(csv, HasSubstr("\r\n"));
    const SourceTable t = readCsv(csv);
    EXPECT_TRUE(t.byteOrderMark);
    EXPECT_EQ(t.records.size(), sample().facilities().size());

    const std::string gates = exportCsv(sample(), Layer::Gates);
    EXPECT_THAT(
        gates,
        StartsWith("\xEF\xBB\xBFlon,lat,id,compound_id,compound_name,kind,name,open_hours\r\n"));
    EXPECT_EQ(readCsv(gates).records.size(), sample().gates().size());

    const SourceTable streets = readCsv(exportCsv(sample(), Layer::Streets));
    ASSERT_EQ(streets.records.size(), sample().streets().size());
    EXPECT_EQ(streets.columns.back(), "wkt");
    EXPECT_THAT(streets.records[0].values.back(), StartsWith("LINESTRING ("));

    const SourceTable idle = readCsv(exportCsv(sample(), Layer::IdleSpaces));
    EXPECT_EQ(idle.columns.front(), "lon");
    EXPECT_EQ(idle.columns.back(), "wkt");
}

TEST(LayerExport, ExportsStreetsBuildingsAndWaterAsGeoJson) {
    project::Project p = sample();
    project::Building b;
    b.outline.outer = {{118.0, 32.0}, {118.001, 32.0}, {118.001, 32.001}};
    b.kind = "school";
    b.levels = 4;
    p.addBuilding(b);
    for (Layer layer : {Layer::Streets, Layer::Buildings, Layer::Water, Layer::Gates}) {
        const auto doc = nlohmann::json::parse(exportGeoJson(p, layer));
        EXPECT_EQ(doc["features"].size(), layerFeatureCount(p, layer)) << layerCode(layer);
        EXPECT_GT(doc["features"].size(), 0u) << layerCode(layer);
    }
    const auto streets = nlohmann::json::parse(exportGeoJson(p, Layer::Streets));
    EXPECT_EQ(streets["features"][0]["geometry"]["type"], "LineString");
    EXPECT_TRUE(streets["features"][0]["properties"]["tags"].is_object());
    const auto buildings = nlohmann::json::parse(exportGeoJson(p, Layer::Buildings));
    EXPECT_EQ(buildings["features"].back()["properties"]["levels"], 4);
}

TEST(LayerExport, WritesFilesAndReportsFailures) {
    const test::ScratchDir dir;
    writeLayerFile(dir / "f.geojson", sample(), Layer::Facilities, ExportFormat::GeoJson);
    writeLayerFile(dir / "f.csv", sample(), Layer::Facilities, ExportFormat::Csv);
    EXPECT_EQ(readFileBytes(dir / "f.csv"), exportCsv(sample(), Layer::Facilities));
    EXPECT_EQ(readFileBytes(dir / "f.geojson"), exportGeoJson(sample(), Layer::Facilities));
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
        ++files;
    EXPECT_EQ(files, 2u) << "no temporary file is left behind";
    try {
        writeLayerFile(dir / "missing" / "f.csv", sample(), Layer::Facilities, ExportFormat::Csv);
        FAIL() << "expected an error";
    } catch (const ExchangeError& e) {
        EXPECT_EQ(e.code(), ExchangeError::Code::CannotWrite);
    }
    EXPECT_THROW(exportCsv(sample(), Layer::Metadata), ExchangeError);
    EXPECT_EQ(exportFormatForPath("a.GeoJSON"), ExportFormat::GeoJson);
    EXPECT_EQ(exportFormatForPath("a.csv"), ExportFormat::Csv);
    EXPECT_EQ(exportFormatForPath("a.shp"), std::nullopt);
}

TEST(AreasGeoJson, WritesMultiPolygonsThatReadBack) {
    // A square with a hole, drawn clockwise, and a second square: one MultiPolygon.
    geo::Polygon holed;
    holed.outer = {{113.0, 28.0}, {113.0, 28.01}, {113.01, 28.01}, {113.01, 28.0}};
    holed.holes = {{{113.002, 28.002}, {113.004, 28.002}, {113.004, 28.004}, {113.002, 28.004}}};
    geo::Polygon small;
    small.outer = {{113.02, 28.0}, {113.021, 28.0}, {113.021, 28.001}};
    std::vector<AreaFeature> features(2);
    features[0].properties = {{"minutes", 5.0},
                              {"profile", std::string("older")},
                              {"source_id", 12LL},
                              {"closed", true},
                              {"note", nullptr}};
    features[0].polygons = {holed, small};
    features[1].properties = {{"minutes", 10.0}};  // no polygon: a null geometry

    const std::string text = areasGeoJson("walk_rings", features);
    const nlohmann::json doc = nlohmann::json::parse(text);
    EXPECT_EQ(doc["type"], "FeatureCollection");
    EXPECT_EQ(doc["name"], "walk_rings");
    ASSERT_EQ(doc["features"].size(), 2u);
    const nlohmann::json& first = doc["features"][0];
    EXPECT_THAT(text, HasSubstr(R"("properties":{"minutes":5.0,"profile":"older",)"
                                R"("source_id":12,"closed":true,"note":null})"))
        << "properties in the order given";
    EXPECT_EQ(first["geometry"]["type"], "MultiPolygon");
    EXPECT_EQ(first["geometry"]["coordinates"][0][0][1], nlohmann::json::parse("[113.01,28.0]"))
        << "the clockwise outer ring is written counter-clockwise";
    EXPECT_TRUE(doc["features"][1]["geometry"].is_null());

    const SourceTable table = readGeoJson(text);
    ASSERT_EQ(table.records.size(), 2u);
    ASSERT_TRUE(table.records[0].geometry.has_value());
    EXPECT_EQ(table.records[0].geometry->type, SourceGeometry::Type::MultiPolygon);
    ASSERT_EQ(table.records[0].geometry->polygons.size(), 2u);
    EXPECT_TRUE(samePolygon(table.records[0].geometry->polygons[0], holed));
    EXPECT_TRUE(samePolygon(table.records[0].geometry->polygons[1], small));
    EXPECT_EQ(table.records[0].values[*table.columnIndex("profile")], "older");
}

TEST(AreasGeoJson, FilesAreReplacedWhole) {
    const test::ScratchDir dir;
    const auto file = dir / "rings.geojson";
    writeFileReplacing(file, "first");
    writeFileReplacing(file, "second");
    EXPECT_EQ(readFileBytes(file), "second");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
        ++files;
    EXPECT_EQ(files, 1u) << "no temporary file is left behind";
    EXPECT_THROW(writeFileReplacing(dir / "missing" / "rings.geojson", "x"), ExchangeError);
}

}  // namespace
}  // namespace yike::exchange
