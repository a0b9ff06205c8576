// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/geojson_reader.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/exchange/exchange_error.h"

namespace yike::exchange {
namespace {

using ::testing::ElementsAre;

const char* kCollection = R"({
  "type": "FeatureCollection",
  "features": [
    {"type": "Feature", "properties": {"name": "药店", "category": "pharmacy", "floors": 2},
     "geometry": {"type": "Point", "coordinates": [118.78, 32.04]}},
    {"type": "Feature", "properties": {"name": "两点", "open": true, "extra": null},
     "geometry": {"type": "MultiPoint", "coordinates": [[118.1, 32.1], [118.2, 32.2]]}},
    {"type": "Feature", "properties": {"name": "小区", "population": 1200.5},
     "geometry": {"type": "Polygon", "coordinates": [
        [[118.0, 32.0], [118.01, 32.0], [118.01, 32.01], [118.0, 32.01], [118.0, 32.0]],
        [[118.002, 32.002], [118.003, 32.002], [118.003, 32.003], [118.002, 32.002]]]}},
    {"type": "Feature", "properties": {"tags": {"a": 1}},
     "geometry": {"type": "MultiPolygon", "coordinates": [
        [[[118.0, 32.0], [118.01, 32.0], [118.01, 32.01], [118.0, 32.0]]],
        [[[119.0, 32.0], [119.01, 32.0], [119.01, 32.01], [119.0, 32.0]]]]}},
    {"type": "Feature", "properties": null, "geometry": null}
  ]
})";

TEST(GeoJsonReader, ReadsEachGeometryTypeAndThePropertiesAsColumns) {
    const SourceTable t = readGeoJson(kCollection);
    EXPECT_EQ(t.format, SourceFormat::GeoJson);
    EXPECT_THAT(t.columns,
                ElementsAre("name", "category", "floors", "open", "extra", "population", "tags"));
    ASSERT_EQ(t.records.size(), 5u);
    for (const SourceRecord& r : t.records) {
        EXPECT_EQ(r.values.size(), t.columns.size());
        EXPECT_FALSE(r.problem) << r.problem->message;
    }
    EXPECT_THAT(t.records[0].values, ElementsAre("药店", "pharmacy", "2", "", "", "", ""));
    ASSERT_TRUE(t.records[0].geometry);
    EXPECT_EQ(t.records[0].geometry->type, SourceGeometry::Type::Point);
    EXPECT_THAT(t.records[0].geometry->points, ElementsAre(geo::LonLat{118.78, 32.04}));

    EXPECT_EQ(t.records[1].values[3], "true");
    EXPECT_EQ(t.records[1].geometry->type, SourceGeometry::Type::MultiPoint);
    EXPECT_EQ(t.records[1].geometry->points.size(), 2u);

    const SourceGeometry& polygon = *t.records[2].geometry;
    EXPECT_EQ(polygon.type, SourceGeometry::Type::Polygon);
    ASSERT_EQ(polygon.polygons.size(), 1u);
    EXPECT_EQ(polygon.polygons[0].outer.size(), 4u);  // the closing vertex is dropped
    ASSERT_EQ(polygon.polygons[0].holes.size(), 1u);
    EXPECT_EQ(polygon.polygons[0].holes[0].size(), 3u);
    EXPECT_EQ(t.records[2].values[5], "1200.5");

    EXPECT_EQ(t.records[3].geometry->type, SourceGeometry::Type::MultiPolygon);
    EXPECT_EQ(t.records[3].geometry->polygons.size(), 2u);
    EXPECT_EQ(t.records[3].values[6], R"({"a":1})");

    EXPECT_FALSE(t.records[4].geometry);
    EXPECT_EQ(t.records[4].record, 5u);
    EXPECT_EQ(t.records[4].line, 0u);
}

TEST(GeoJsonReader, ReadsASingleFeatureAndABareGeometry) {
    const SourceTable feature = readGeoJson(
        R"({"type":"Feature","properties":{"name":"A"},"geometry":{"type":"Point","coordinates":[1,2]}})");
    ASSERT_EQ(feature.records.size(), 1u);
    EXPECT_THAT(feature.columns, ElementsAre("name"));
    EXPECT_THAT(feature.records[0].geometry->points, ElementsAre(geo::LonLat{1, 2}));

    const SourceTable bare =
        readGeoJson(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]})");
    ASSERT_EQ(bare.records.size(), 1u);
    EXPECT_TRUE(bare.columns.empty());
    EXPECT_EQ(bare.records[0].geometry->type, SourceGeometry::Type::Polygon);
}

TEST(GeoJsonReader, RecordsUnusableFeaturesWithTheirJsonLocation) {
    const SourceTable t = readGeoJson(R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
      {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[118]}},
      {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,0]]]}},
      {"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[0,0]}},
      {"type":"Point","coordinates":[0,0]},
      42,
      {"type":"Feature","properties":[1],"geometry":null}
    ]})");
    ASSERT_EQ(t.records.size(), 7u);
    // A line string is read by type: the importer rejects it for the layer at hand.
    EXPECT_FALSE(t.records[0].problem);
    EXPECT_EQ(t.records[0].geometry->type, SourceGeometry::Type::LineString);

    ASSERT_TRUE(t.records[1].problem);
    EXPECT_EQ(t.records[1].problem->reason, RejectReason::InvalidGeometry);
    EXPECT_EQ(t.records[1].problem->column, "/features/1/geometry/coordinates");
    EXPECT_EQ(t.records[1].problem->record, 2u);

    ASSERT_TRUE(t.records[2].problem);
    EXPECT_EQ(t.records[2].problem->column, "/features/2/geometry/coordinates/0");

    ASSERT_TRUE(t.records[3].problem);
    EXPECT_EQ(t.records[3].problem->reason, RejectReason::UnsupportedGeometry);
    EXPECT_EQ(t.records[3].problem->value, "Circle");

    for (std::size_t i : {4u, 5u, 6u}) {
        ASSERT_TRUE(t.records[i].problem) << i;
        EXPECT_EQ(t.records[i].problem->reason, RejectReason::InvalidFeature);
    }
    EXPECT_EQ(t.records[4].problem->column, "/features/4/type");
    EXPECT_EQ(t.records[6].problem->column, "/features/6/properties");
}

TEST(GeoJsonReader, ReportsMalformedJsonWithLineAndColumn) {
    try {
        readGeoJson(
            "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n    {\"type\": }\n]}");
        FAIL() << "expected an error";
    } catch (const ExchangeError& e) {
        EXPECT_EQ(e.code(), ExchangeError::Code::MalformedJson);
        EXPECT_EQ(e.position().line, 4u);
        EXPECT_EQ(e.position().column, 14u);
        EXPECT_NE(std::string(e.what()).find("line 4, column 14"), std::string::npos) << e.what();
    }
}

TEST(GeoJsonReader, ANumberBeyondTheRangeOfADoubleIsMalformedJsonNotACrash) {
    // Found by fuzzing: the JSON parser reports "1e5555" as out of range, not as a parse error.
    try {
        readGeoJson("{\"type\": \"Feature\",\n \"geometry\": {\"type\": \"Point\",\n"
                    "  \"coordinates\": [5, 1e5555]}}");
        FAIL() << "expected an error";
    } catch (const ExchangeError& e) {
        EXPECT_EQ(e.code(), ExchangeError::Code::MalformedJson);
        EXPECT_EQ(e.position().line, 3u);
        EXPECT_EQ(e.position().column, 22u);
        EXPECT_NE(std::string(e.what()).find("1e5555"), std::string::npos) << e.what();
    }
}

TEST(GeoJsonReader, RefusesJsonThatIsNotGeoJson) {
    const auto code = [](const char* text) {
        try {
            readGeoJson(text);
        } catch (const ExchangeError& e) {
            return e.code();
        }
        return ExchangeError::Code::CannotRead;  // no error: the test fails below
    };
    EXPECT_EQ(code("[1,2]"), ExchangeError::Code::NotGeoJson);
    EXPECT_EQ(code(R"({"name":"x"})"), ExchangeError::Code::NotGeoJson);
    EXPECT_EQ(code(R"({"type":"Topology"})"), ExchangeError::Code::NotGeoJson);
    EXPECT_EQ(code(R"({"type":"FeatureCollection","features":{}})"),
              ExchangeError::Code::NotGeoJson);
    EXPECT_EQ(code(""), ExchangeError::Code::EmptyFile);
    EXPECT_EQ(code(R"({"type":"FeatureCollection","features":[],
        "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}}})"),
              ExchangeError::Code::UnsupportedCrs);
}

TEST(GeoJsonReader, AcceptsLegacyWgs84AndCgcs2000Crs) {
    for (const char* name : {"urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326", "EPSG:4490"}) {
        const std::string text = std::string(R"({"type":"FeatureCollection","features":[],)")
                                 + R"("crs":{"type":"name","properties":{"name":")" + name
                                 + R"("}}})";
        EXPECT_NO_THROW(readGeoJson(text)) << name;
    }
}

TEST(GeoJsonReader, StopsAfterTheRequestedNumberOfFeatures) {
    GeoJsonOptions options;
    options.maxRecords = 2;
    const SourceTable t = readGeoJson(kCollection, options);
    EXPECT_EQ(t.records.size(), 2u);
    EXPECT_TRUE(t.truncated);
}

}  // namespace
}  // namespace yike::exchange
