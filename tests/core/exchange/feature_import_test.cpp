// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/feature_import.h"

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/exchange/csv_reader.h"
#include "core/exchange/exchange_error.h"
#include "core/exchange/geojson_reader.h"
#include "core/geo/china_crs.h"
#include "core/geo/local_frame.h"
#include "tests/support/test_data.h"

namespace yike::exchange {
namespace {

using project::Layer;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

const catalog::Catalog& cat() {
    return catalog::builtinCatalog();
}

ImportOptions optionsFor(const SourceTable& table, Layer layer,
                         geo::ChinaCrs crs = geo::ChinaCrs::Wgs84) {
    ImportOptions o;
    o.layer = layer;
    o.mapping = guessMapping(layer, table.columns);
    o.crs = crs;
    o.defaultSource = "survey.csv";
    return o;
}

const Rejection* rejectionOnLine(const ImportResult& r, std::size_t line) {
    for (const Rejection& x : r.report.rejected)
        if (x.line == line) return &x;
    return nullptr;
}

// ---- the GBK survey file with GCJ-02 (Amap) coordinates -------------------------------------

// Header 名称,类别,经度,纬度 and the Chinese names are GBK bytes written out by hand.
const std::string kGbkHeader =
    "\xC3\xFB\xB3\xC6,\xC0\xE0\xB1\xF0,\xBE\xAD\xB6\xC8,\xCE\xB3\xB6\xC8\r\n";
const std::string kXinjiekouPharmacyGbk = "\xD0\xC2\xBD\xD6\xBF\xDA\xD2\xA9\xB7\xBF";  // 新街口药房
const std::string kPharmacyGbk = "\xD2\xA9\xB5\xEA";                                   // 药店

std::string gbkSurvey() {
    // GCJ-02 positions of two published WGS-84 ↔ GCJ-02 pairs (see tests/core/geo/
    // china_crs_test.cpp): Tiananmen from wandergis/coordtransform, Shanghai from
    // googollee/eviltransform.
    return kGbkHeader
           + kXinjiekouPharmacyGbk + "," + kPharmacyGbk + ",116.41024449916938,39.91640428150164\r\n"
           + "Shanghai shop,pharmacy,121.531541859215,31.17530398364597\r\n"
           + "Corner store,CONVENIENCE STORE,118.7839,32.0452\r\n"
           + "Net cafe,\xCD\xF8\xB0\xC9,118.78,32.04\r\n"   // 网吧: not in the catalogue
           + "No lon,pharmacy,,32.04\r\n"
           + "Bad lat,pharmacy,118.78,\xB1\xB1\xCE\xB3" "32\r\n"  // 北纬32
           + "Far away,pharmacy,200,32\r\n"
           + "Swapped,pharmacy,32.04,118.78\r\n"
           + "No category,,118.78,32.04\r\n"
           + "\"Comma, inside\",pharmacy,118.78,32.04,extra\r\n";
}

TEST(FeatureImport, ReadsAGbkCsvWithGcj02CoordinatesIntoWgs84Facilities) {
    const SourceTable table = readCsv(gbkSurvey());
    EXPECT_EQ(table.encoding, TextEncoding::Gb18030);
    EXPECT_THAT(table.columns, ElementsAre("名称", "类别", "经度", "纬度"));
    const ImportOptions options = optionsFor(table, Layer::Facilities, geo::ChinaCrs::Gcj02);
    EXPECT_EQ(*options.mapping.columnOf(Field::Lon), "经度");
    EXPECT_EQ(*options.mapping.columnOf(Field::Lat), "纬度");
    EXPECT_EQ(*options.mapping.columnOf(Field::Name), "名称");
    EXPECT_EQ(*options.mapping.columnOf(Field::Category), "类别");

    const ImportResult result = importTable(table, options, cat());
    EXPECT_EQ(result.report.records, 10u);
    ASSERT_EQ(result.facilities.size(), 3u);
    EXPECT_EQ(result.report.imported, 3u);
    EXPECT_EQ(result.report.rejected.size(), 7u);

    const project::Facility& beijing = result.facilities[0];
    EXPECT_EQ(beijing.name, "新街口药房");
    EXPECT_EQ(beijing.categoryCode, "pharmacy");  // matched by the Chinese name 药店
    EXPECT_EQ(beijing.id, 0);
    EXPECT_EQ(beijing.status, project::FacilityStatus::Existing);
    EXPECT_EQ(beijing.source, "survey.csv");
    EXPECT_TRUE(beijing.attributes.empty());
    // Back to the published WGS-84 positions, to far better than a centimetre.
    EXPECT_LT(geo::haversineM(beijing.position, {116.404, 39.915}), 0.001);
    EXPECT_LT(geo::haversineM(result.facilities[1].position, {121.5272106, 31.1774276}), 0.001);
    EXPECT_EQ(result.facilities[1].categoryCode, "pharmacy");           // by code
    EXPECT_EQ(result.facilities[2].categoryCode, "convenience_store");  // by English name
    EXPECT_EQ(result.facilities[2].position, geo::gcj02ToWgs84({118.7839, 32.0452}));

    const auto reason = [&](std::size_t line) {
        const Rejection* r = rejectionOnLine(result, line);
        EXPECT_NE(r, nullptr) << "line " << line;
        return r != nullptr ? r->reason : RejectReason::RaggedRow;
    };
    EXPECT_EQ(reason(5), RejectReason::UnknownCategory);
    EXPECT_EQ(rejectionOnLine(result, 5)->value, "网吧");
    EXPECT_THAT(rejectionOnLine(result, 5)->message, HasSubstr("网吧"));
    EXPECT_EQ(reason(6), RejectReason::EmptyCoordinate);
    EXPECT_EQ(rejectionOnLine(result, 6)->column, "经度");
    EXPECT_EQ(reason(7), RejectReason::BadCoordinate);
    EXPECT_EQ(rejectionOnLine(result, 7)->value, "北纬32");
    EXPECT_EQ(reason(8), RejectReason::OutOfRange);
    EXPECT_EQ(reason(9), RejectReason::SwappedCoordinates);
    EXPECT_EQ(reason(10), RejectReason::MissingCategory);
    EXPECT_EQ(reason(11), RejectReason::RaggedRow);
    EXPECT_EQ(rejectionOnLine(result, 11)->where(), "line 11");
    EXPECT_EQ(rejectionOnLine(result, 11)->record, 10u);
}

TEST(FeatureImport, ConvertsBd09Coordinates) {
    const SourceTable table = readCsv("name,category,lng,lat\nA,pharmacy,116.404,39.915\n");
    const ImportResult r =
        importTable(table, optionsFor(table, Layer::Facilities, geo::ChinaCrs::Bd09), cat());
    ASSERT_EQ(r.facilities.size(), 1u);
    // wandergis/coordtransform: bd09togcj02(116.404, 39.915) ≈ [116.39762729119315,
    // 39.90865673957631] (one-step), then to WGS-84.
    const geo::LonLat expected = geo::gcj02ToWgs84({116.39762729119315, 39.90865673957631});
    EXPECT_LT(geo::haversineM(r.facilities[0].position, expected), 1.0);
    EXPECT_EQ(r.facilities[0].position, geo::bd09ToWgs84({116.404, 39.915}));
}

TEST(FeatureImport, ReadsStatusSourceAndOtherColumnsAsAttributes) {
    const SourceTable table = readCsv(
        "id,lon,lat,name,category,状态,来源,电话,attr:name,category_zh,empty\n"
        "7,118.1,32.1,A,pharmacy,规划,街道普查,025-1234,old name,药店,\n"
        "8,118.2,32.2,B,pharmacy,现状,,,,药店,\n"
        "9,118.3,32.3,C,pharmacy,maybe,,,,药店,\n");
    const ImportOptions options = optionsFor(table, Layer::Facilities);
    EXPECT_EQ(options.mapping.ignored, (std::set<std::string>{"id", "category_zh"}));
    const ImportResult r = importTable(table, options, cat());
    ASSERT_EQ(r.facilities.size(), 2u);
    EXPECT_EQ(r.facilities[0].status, project::FacilityStatus::Planned);
    EXPECT_EQ(r.facilities[0].source, "街道普查");
    EXPECT_EQ(r.facilities[0].attributes,
              (std::map<std::string, std::string>{{"电话", "025-1234"}, {"name", "old name"}}));
    EXPECT_EQ(r.facilities[1].status, project::FacilityStatus::Existing);
    EXPECT_EQ(r.facilities[1].source, "survey.csv");
    EXPECT_TRUE(r.facilities[1].attributes.empty());
    ASSERT_EQ(r.report.rejected.size(), 1u);
    EXPECT_EQ(r.report.rejected[0].reason, RejectReason::BadValue);
    EXPECT_EQ(r.report.rejected[0].column, "状态");
    EXPECT_EQ(r.report.rejected[0].value, "maybe");

    ImportOptions noAttributes = options;
    noAttributes.mapping.otherColumnsAsAttributes = false;
    EXPECT_TRUE(importTable(table, noAttributes, cat()).facilities[0].attributes.empty());
}

TEST(FeatureImport, ReadsIdleSpacesByKindCodeOrChineseLabelWithFootprints) {
    const SourceTable table = readCsv(
        "经度\t纬度\t名称\t类型\t面积\t楼层\t产权\t改造费用\t备注\twkt\n"
        "118.1\t32.1\t原锅炉房\tboiler_room\t120.5\t-1\t街道\t300000\t需检测\t\n"
        "118.2\t32.2\t架空层\t架空层\t80\t1\t\t\t\tPOLYGON ((118.2 32.2, 118.201 32.2, 118.201 "
        "32.201, 118.2 32.2))\n"
        "\t\t店铺\t空置商铺\t\t\t\t\t\tPOLYGON ((118.3 32.3, 118.302 32.3, 118.302 32.302, 118.3 "
        "32.302, 118.3 32.3))\n"
        "118.4\t32.4\t车库\t车库\t\t\t\t\t\t\n"
        "118.5\t32.5\tX\t\tabc\t\t\t\t\t\n"
        "118.6\t32.6\tY\t\t\t2.5\t\t\t\t\n"
        "118.7\t32.7\tZ\t\t\t\t\t\t\tPOLYGON ((1 2, 3\n");
    const ImportOptions options = optionsFor(table, Layer::IdleSpaces);
    EXPECT_EQ(*options.mapping.columnOf(Field::Kind), "类型");
    EXPECT_EQ(*options.mapping.columnOf(Field::FloorArea), "面积");
    EXPECT_EQ(*options.mapping.columnOf(Field::Cost), "改造费用");
    EXPECT_EQ(*options.mapping.columnOf(Field::Wkt), "wkt");
    const ImportResult r = importTable(table, options, cat());
    ASSERT_EQ(r.idleSpaces.size(), 3u);
    const project::IdleSpace& boiler = r.idleSpaces[0];
    EXPECT_EQ(boiler.kind, project::IdleSpaceKind::BoilerRoom);
    EXPECT_EQ(boiler.floorAreaM2, 120.5);
    EXPECT_EQ(boiler.storey, -1);
    EXPECT_EQ(boiler.owner, "街道");
    EXPECT_EQ(boiler.estimatedCostYuan, 300000.0);
    EXPECT_EQ(boiler.notes, "需检测");
    EXPECT_FALSE(boiler.footprint);
    EXPECT_EQ(boiler.position, (geo::LonLat{118.1, 32.1}));

    // Position from the lon/lat cells, footprint from the WKT cell.
    const project::IdleSpace& stilted = r.idleSpaces[1];
    EXPECT_EQ(stilted.kind, project::IdleSpaceKind::StiltedGroundFloor);
    EXPECT_EQ(stilted.position, (geo::LonLat{118.2, 32.2}));
    ASSERT_TRUE(stilted.footprint);
    EXPECT_EQ(stilted.footprint->outer.size(), 3u);

    // No lon/lat: the position is the centroid of the footprint.
    const project::IdleSpace& shop = r.idleSpaces[2];
    EXPECT_EQ(shop.kind, project::IdleSpaceKind::VacantShop);
    EXPECT_NEAR(shop.position.lon, 118.301, 1e-9);
    EXPECT_NEAR(shop.position.lat, 32.301, 1e-6);

    ASSERT_EQ(r.report.rejected.size(), 4u);
    EXPECT_EQ(r.report.rejected[0].reason, RejectReason::UnknownKind);
    EXPECT_EQ(r.report.rejected[0].value, "车库");
    EXPECT_EQ(r.report.rejected[1].reason, RejectReason::BadValue);
    EXPECT_EQ(r.report.rejected[1].column, "面积");
    EXPECT_EQ(r.report.rejected[2].reason, RejectReason::BadValue);
    EXPECT_EQ(r.report.rejected[2].column, "楼层");
    EXPECT_EQ(r.report.rejected[3].reason, RejectReason::InvalidGeometry);
    EXPECT_EQ(r.report.rejected[3].column, "wkt");
}

TEST(FeatureImport, ReadsLiftsAndProposalsFromCsv) {
    const SourceTable table = readCsv(
        "lon,lat,name,kind,有电梯,拟改建为\n"
        "118.1,32.1,A,vacant_shop,有,\"pharmacy、社区卫生服务站\"\n"
        "118.2,32.2,B,vacant_shop,0,\n"
        "118.3,32.3,C,vacant_shop,yes,\" Pharmacy , pharmacy \"\n"
        "118.4,32.4,D,vacant_shop,无,\"convenience_store，早餐店\"\n"
        "118.5,32.5,E,vacant_shop,TRUE,\n"
        "118.6,32.6,F,vacant_shop,无电梯,\n"
        "118.7,32.7,G,vacant_shop,,\n"
        "118.8,32.8,H,vacant_shop,maybe,\n"
        "118.9,32.9,I,vacant_shop,1,\"pharmacy,spaceport\"\n");
    const ImportOptions options = optionsFor(table, Layer::IdleSpaces);
    EXPECT_EQ(*options.mapping.columnOf(Field::HasLift), "有电梯");
    EXPECT_EQ(*options.mapping.columnOf(Field::ProposedFor), "拟改建为");
    const ImportResult r = importTable(table, options, cat());
    ASSERT_EQ(r.idleSpaces.size(), 7u);
    std::vector<bool> lifts;
    for (const project::IdleSpace& s : r.idleSpaces) lifts.push_back(s.hasLift);
    EXPECT_EQ(lifts, (std::vector<bool>{true, false, true, false, true, false, false}));
    EXPECT_THAT(r.idleSpaces[0].proposedFor, ElementsAre("pharmacy", "community_health_station"));
    EXPECT_TRUE(r.idleSpaces[1].proposedFor.empty());
    EXPECT_THAT(r.idleSpaces[2].proposedFor, ElementsAre("pharmacy"));  // named twice
    EXPECT_THAT(r.idleSpaces[3].proposedFor, ElementsAre("convenience_store", "breakfast_shop"));

    ASSERT_EQ(r.report.rejected.size(), 2u);
    EXPECT_EQ(r.report.rejected[0].reason, RejectReason::BadValue);
    EXPECT_EQ(r.report.rejected[0].column, "有电梯");
    EXPECT_EQ(r.report.rejected[0].value, "maybe");
    EXPECT_EQ(r.report.rejected[1].reason, RejectReason::UnknownCategory);
    EXPECT_EQ(r.report.rejected[1].column, "拟改建为");
    EXPECT_EQ(r.report.rejected[1].value, "spaceport");
    EXPECT_THAT(r.report.rejected[1].message, HasSubstr("unknown category 'spaceport'"));
}

TEST(FeatureImport, ReadsLiftsAndProposalsFromGeoJson) {
    const SourceTable table = readGeoJson(R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"kind":"boiler_room","has_lift":true,
        "proposed_for":"community_canteen,elderly_service_station"},
       "geometry":{"type":"Point","coordinates":[118.78,32.04]}},
      {"type":"Feature","properties":{"kind":"boiler_room","has_lift":false,"proposed_for":""},
       "geometry":{"type":"Point","coordinates":[118.79,32.04]}},
      {"type":"Feature","properties":{"kind":"boiler_room","has_lift":"是",
        "proposed_for":"社区食堂/助餐点"},
       "geometry":{"type":"Point","coordinates":[118.80,32.04]}},
      {"type":"Feature","properties":{"kind":"boiler_room","has_lift":2},
       "geometry":{"type":"Point","coordinates":[118.81,32.04]}}
    ]})");
    const ImportOptions options = optionsFor(table, Layer::IdleSpaces);
    EXPECT_EQ(*options.mapping.columnOf(Field::HasLift), "has_lift");
    EXPECT_EQ(*options.mapping.columnOf(Field::ProposedFor), "proposed_for");
    const ImportResult r = importTable(table, options, cat());
    ASSERT_EQ(r.idleSpaces.size(), 3u);
    EXPECT_TRUE(r.idleSpaces[0].hasLift);
    EXPECT_THAT(r.idleSpaces[0].proposedFor,
                ElementsAre("community_canteen", "elderly_service_station"));
    EXPECT_FALSE(r.idleSpaces[1].hasLift);
    EXPECT_TRUE(r.idleSpaces[1].proposedFor.empty());
    EXPECT_TRUE(r.idleSpaces[2].hasLift);
    EXPECT_THAT(r.idleSpaces[2].proposedFor, ElementsAre("community_canteen"));
    ASSERT_EQ(r.report.rejected.size(), 1u);
    EXPECT_EQ(r.report.rejected[0].reason, RejectReason::BadValue);
    EXPECT_EQ(r.report.rejected[0].record, 4u);
}

TEST(FeatureImport, ReadsCompoundsFromGeoJsonPolygonsInAnyCrs) {
    const std::string text = R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"小区名称":"梅园新村","人口":"3200","60岁以上":640,"儿童":410,"户数":1100,"是否封闭":"是"},
       "geometry":{"type":"Polygon","coordinates":[[[118.790,32.040],[118.794,32.040],[118.794,32.043],[118.790,32.043],[118.790,32.040]]]}},
      {"type":"Feature","properties":{"小区名称":"单块","人口":100,"是否封闭":"否"},
       "geometry":{"type":"MultiPolygon","coordinates":[[[[118.80,32.05],[118.801,32.05],[118.801,32.051],[118.80,32.05]]]]}},
      {"type":"Feature","properties":{"小区名称":"两块"},
       "geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}},
      {"type":"Feature","properties":{"小区名称":"门"},"geometry":{"type":"Point","coordinates":[118.8,32.05]}},
      {"type":"Feature","properties":{"小区名称":"路"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
      {"type":"Feature","properties":{"小区名称":"空"},"geometry":null},
      {"type":"Feature","properties":{"小区名称":"负","人口":-5},
       "geometry":{"type":"Polygon","coordinates":[[[118.790,32.040],[118.794,32.040],[118.794,32.043],[118.790,32.040]]]}}
    ]})";
    const SourceTable table = readGeoJson(text);
    const ImportOptions options = optionsFor(table, Layer::Compounds, geo::ChinaCrs::Gcj02);
    EXPECT_EQ(*options.mapping.columnOf(Field::Name), "小区名称");
    EXPECT_EQ(*options.mapping.columnOf(Field::Population), "人口");
    EXPECT_EQ(*options.mapping.columnOf(Field::Residents60Plus), "60岁以上");
    EXPECT_EQ(*options.mapping.columnOf(Field::Children0To14), "儿童");
    EXPECT_EQ(*options.mapping.columnOf(Field::Households), "户数");
    EXPECT_EQ(*options.mapping.columnOf(Field::Fenced), "是否封闭");
    const ImportResult r = importTable(table, options, cat());
    ASSERT_EQ(r.compounds.size(), 2u);
    const project::Compound& c = r.compounds[0];
    EXPECT_EQ(c.name, "梅园新村");
    EXPECT_EQ(c.population, 3200);
    EXPECT_EQ(c.residents60Plus, 640);
    EXPECT_EQ(c.children0To14, 410);
    EXPECT_EQ(c.households, 1100);
    EXPECT_TRUE(c.fenced);
    ASSERT_EQ(c.outline.outer.size(), 4u);
    EXPECT_EQ(c.outline.outer[0], geo::gcj02ToWgs84({118.790, 32.040}));
    EXPECT_EQ(c.outline.outer[2], geo::gcj02ToWgs84({118.794, 32.043}));
    EXPECT_FALSE(r.compounds[1].fenced);

    ASSERT_EQ(r.report.rejected.size(), 5u);
    EXPECT_EQ(r.report.rejected[0].reason, RejectReason::MultiPartGeometry);
    EXPECT_EQ(r.report.rejected[0].where(), "feature 3");
    EXPECT_EQ(r.report.rejected[1].reason, RejectReason::UnsupportedGeometry);
    EXPECT_EQ(r.report.rejected[2].reason, RejectReason::UnsupportedGeometry);
    EXPECT_EQ(r.report.rejected[2].value, "LineString");
    EXPECT_EQ(r.report.rejected[3].reason, RejectReason::MissingGeometry);
    EXPECT_EQ(r.report.rejected[4].reason, RejectReason::BadValue);
    EXPECT_EQ(r.report.rejected[4].record, 7u);
}

TEST(FeatureImport, FacilitiesFromGeoJsonPointsAndPolygons) {
    const SourceTable table = readGeoJson(R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"A","type":"药店"},"geometry":{"type":"Point","coordinates":[118.1,32.1]}},
      {"type":"Feature","properties":{"name":"B","type":"药店"},"geometry":{"type":"MultiPoint","coordinates":[[118.2,32.2]]}},
      {"type":"Feature","properties":{"name":"C","type":"药店"},"geometry":{"type":"Polygon","coordinates":[[[118.3,32.3],[118.302,32.3],[118.302,32.302],[118.3,32.302],[118.3,32.3]]]}},
      {"type":"Feature","properties":{"name":"D","type":"药店"},"geometry":{"type":"MultiPoint","coordinates":[[1,1],[2,2]]}}
    ]})");
    const ImportResult r = importTable(table, optionsFor(table, Layer::Facilities), cat());
    ASSERT_EQ(r.facilities.size(), 3u);
    EXPECT_EQ(r.facilities[0].position, (geo::LonLat{118.1, 32.1}));
    EXPECT_EQ(r.facilities[1].position, (geo::LonLat{118.2, 32.2}));
    EXPECT_NEAR(r.facilities[2].position.lon, 118.301, 1e-9);
    ASSERT_EQ(r.report.rejected.size(), 1u);
    EXPECT_EQ(r.report.rejected[0].reason, RejectReason::MultiPartGeometry);
    EXPECT_EQ(r.report.rejected[0].value, "2");
}

TEST(FeatureImport, PreviewsTheFirstRowsWithConvertedPositionsAndProblems) {
    const SourceTable table = readCsv(gbkSurvey());
    const ImportOptions options = optionsFor(table, Layer::Facilities, geo::ChinaCrs::Gcj02);
    const std::vector<PreviewRow> rows = previewTable(table, options, cat(), 4);
    ASSERT_EQ(rows.size(), 4u);
    ASSERT_TRUE(rows[0].position);
    EXPECT_LT(geo::haversineM(*rows[0].position, {116.404, 39.915}), 0.001);
    EXPECT_FALSE(rows[0].problem);
    EXPECT_EQ(rows[0].values.at(0), "新街口药房");
    EXPECT_EQ(rows[0].line, 2u);
    ASSERT_TRUE(rows[3].problem);
    EXPECT_EQ(rows[3].problem->reason, RejectReason::UnknownCategory);
    EXPECT_FALSE(rows[3].position);
}

TEST(FeatureImport, GuessesMappingsFromCommonHeaders) {
    auto mapped = [](Layer layer, std::vector<std::string> columns) {
        std::map<Field, std::string> out = guessMapping(layer, columns).columns;
        return out;
    };
    EXPECT_EQ(mapped(Layer::Facilities, {"X", "Y", "Name", "Type"}),
              (std::map<Field, std::string>{{Field::Lon, "X"},
                                            {Field::Lat, "Y"},
                                            {Field::Name, "Name"},
                                            {Field::Category, "Type"}}));
    EXPECT_EQ(mapped(Layer::Facilities, {"经度(GCJ02)", "纬度(GCJ02)", "设施名称", "设施类型"}),
              (std::map<Field, std::string>{{Field::Lon, "经度(GCJ02)"},
                                            {Field::Lat, "纬度(GCJ02)"},
                                            {Field::Name, "设施名称"},
                                            {Field::Category, "设施类型"}}));
    EXPECT_EQ(mapped(Layer::Facilities, {"longitude", "latitude", "title", "category_code"}).size(),
              4u);
    // 类型 is the kind of an idle space, the category of a facility.
    EXPECT_EQ(mapped(Layer::IdleSpaces, {"lng", "lat", "类型"}).at(Field::Kind), "类型");
    EXPECT_EQ(mapped(Layer::Facilities, {"lng", "lat", "类型"}).at(Field::Category), "类型");
    // Nothing recognisable: nothing mapped.
    EXPECT_TRUE(mapped(Layer::Facilities, {"a", "b"}).empty());
}

TEST(FeatureImport, RefusesMappingsThatCannotWork) {
    const SourceTable table = readCsv("name,lon,lat,cat\nA,1,2,pharmacy\n");
    const auto code = [&](const ImportOptions& o) {
        try {
            importTable(table, o, cat());
        } catch (const ExchangeError& e) {
            return e.code();
        }
        return ExchangeError::Code::CannotRead;  // no error: the test fails below
    };
    ImportOptions o = optionsFor(table, Layer::Facilities);
    EXPECT_EQ(code(o), ExchangeError::Code::MappingIncomplete);  // no category column
    o.mapping.columns[Field::Category] = "cat";
    EXPECT_NO_THROW(importTable(table, o, cat()));
    o.mapping.columns[Field::Category] = "kategorie";
    EXPECT_EQ(code(o), ExchangeError::Code::MissingColumn);
    o.mapping.columns[Field::Category] = "cat";
    o.mapping.columns.erase(Field::Lat);
    EXPECT_EQ(code(o), ExchangeError::Code::MappingIncomplete);

    ImportOptions compounds = optionsFor(table, Layer::Compounds);
    EXPECT_EQ(code(compounds), ExchangeError::Code::MappingIncomplete);  // no WKT column
    ImportOptions gates = optionsFor(table, Layer::Gates);
    EXPECT_EQ(code(gates), ExchangeError::Code::UnsupportedLayer);
}

TEST(FeatureImport, ReadsFilesByExtension) {
    const test::ScratchDir dir;
    std::ofstream(dir / "a.tsv", std::ios::binary) << "name\tlon\n";
    std::ofstream(dir / "b.geojson", std::ios::binary)
        << R"({"type":"FeatureCollection","features":[]})";
    std::ofstream(dir / "c.xlsx", std::ios::binary) << "PK";
    EXPECT_EQ(readSourceFile(dir / "a.tsv").delimiter, '\t');
    EXPECT_EQ(readSourceFile(dir / "b.geojson").format, SourceFormat::GeoJson);
    EXPECT_THROW(readSourceFile(dir / "c.xlsx"), ExchangeError);
    try {
        readSourceFile(dir / "missing.csv");
        FAIL() << "expected an error";
    } catch (const ExchangeError& e) {
        EXPECT_EQ(e.code(), ExchangeError::Code::CannotRead);
    }
}

TEST(FeatureImport, LayerCodes) {
    for (Layer l : {Layer::Facilities, Layer::Compounds, Layer::Gates, Layer::IdleSpaces,
                    Layer::Streets, Layer::Buildings, Layer::Water})
        EXPECT_EQ(layerFromCode(layerCode(l)), l);
    EXPECT_EQ(layerFromCode("metadata"), std::nullopt);
    EXPECT_TRUE(isImportLayer(Layer::Compounds));
    EXPECT_FALSE(isImportLayer(Layer::Streets));
}

}  // namespace
}  // namespace yike::exchange
