// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project_file.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "yike_version.h"

#include "core/geo/gpkg_geometry.h"
#include "core/platform/os_file.h"
#include "core/platform/sqlite_util.h"
#include "core/project/schema.h"
#include "tests/core/project/sample_projects.h"
#include "tests/core/project/test_files.h"
#include "tests/support/test_data.h"

namespace yike::project {
namespace {

namespace fs = std::filesystem;
using Code = ProjectError::Code;
using test::ScratchDir;

std::vector<std::string> columnsOf(sqlite3* db, const std::string& table) {
    std::vector<std::string> names;
    platform::Statement info(db, "PRAGMA table_info(\"" + table + "\")");
    while (info.step()) names.push_back(info.columnText(1));
    return names;
}

TEST(ProjectFile, RoundTripsEveryLayer) {
    const ScratchDir dir;
    const fs::path path = dir / "xinjiekou.yike";
    const Project original = test::fullSampleProject();
    ASSERT_EQ(original.facilities().nextId(), 4);  // facility 3 was removed
    ASSERT_EQ(original.streets().nextId(), 4);

    ProjectFile::create(path, original).reset();
    const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadOnly);
    EXPECT_TRUE(file->isReadOnly());
    EXPECT_EQ(file->schemaVersion(), ProjectFile::currentSchemaVersion());
    Project loaded = file->load();

    EXPECT_TRUE(loaded.sameContent(original));
    // Spot checks that say more than "not equal" when the comparison fails.
    ASSERT_EQ(loaded.compounds().size(), 2u);
    EXPECT_EQ(loaded.compounds().items()[0].outline.holes.size(), 1u);
    EXPECT_EQ(loaded.compounds().items()[0].name, "金陵花园");
    ASSERT_EQ(loaded.idleSpaces().size(), 2u);
    EXPECT_FALSE(loaded.idleSpaces().items()[0].footprint.has_value());
    EXPECT_TRUE(loaded.idleSpaces().items()[1].footprint.has_value());
    EXPECT_EQ(loaded.idleSpaces().items()[1].storey, -1);
    EXPECT_TRUE(loaded.idleSpaces().items()[0].hasLift);
    EXPECT_FALSE(loaded.idleSpaces().items()[1].hasLift);
    EXPECT_EQ(loaded.idleSpaces().items()[0].proposedFor,
              (std::vector<std::string>{"community_health_station", "grocery"}));
    EXPECT_TRUE(loaded.idleSpaces().items()[1].proposedFor.empty());
    const catalog::Category& clinic = loaded.catalog().categories()[0];
    EXPECT_EQ(clinic.maxAreaM2, 300.5);
    EXPECT_EQ(clinic.areaKind, "floor");
    ASSERT_TRUE(clinic.areaSource.has_value());
    EXPECT_EQ(clinic.areaSource->quote, "不小于 120 ㎡");
    EXPECT_EQ(clinic.siting, "ground floor, own entrance");
    EXPECT_FALSE(loaded.catalog().categories()[1].areaSource.has_value());
    EXPECT_EQ(loaded.facilities().items()[0].attributes.at("电话"), "025-8400 1234");
    EXPECT_EQ(loaded.catalog().categories()[0].sources.size(), 2u);
    EXPECT_FALSE(loaded.catalog().categories()[1].walkMinutes.has_value());
    EXPECT_EQ(loaded.walkProfiles().size(), 4u);
    EXPECT_EQ(loaded.metadataValue(meta::kTitle), "新街口街道 15 分钟生活圈");
    EXPECT_EQ(loaded.facilities().nextId(), 4);
    EXPECT_EQ(loaded.streets().nextId(), 4);
    ASSERT_EQ(loaded.greenAreas().size(), 2u);
    EXPECT_EQ(loaded.greenAreas().items()[0].kind, "park");
    EXPECT_EQ(loaded.greenAreas().items()[0].name, "鼓楼公园");
    EXPECT_EQ(loaded.greenAreas().items()[0].outline.holes.size(), 1u);
    EXPECT_EQ(loaded.greenAreas().items()[1].kind, "wood");
    EXPECT_EQ(loaded.greenAreas().nextId(), 4);  // green area 2 was removed
    EXPECT_EQ(loaded.printLayouts(), original.printLayouts());
    ASSERT_EQ(loaded.printLayouts().size(), 2u);
    EXPECT_EQ(loaded.printLayouts()[0].name, "新街口 A3 导览图");
    EXPECT_EQ(loaded.printLayouts()[0].definition,
              R"({"page":"A3","title":"新街口街道 \"15 分钟\" 生活圈"})");
    EXPECT_EQ(loaded.circles(), original.circles());
    ASSERT_EQ(loaded.circles().size(), 3u);
    const Circle& community = loaded.circles()[0];
    EXPECT_EQ(community.name, "汉中路社区");
    EXPECT_EQ(community.kind, CircleKind::Area);
    ASSERT_EQ(community.area.size(), 2u);
    EXPECT_EQ(community.area[0].holes.size(), 1u);
    EXPECT_EQ(community.satisfactionPercent, 86.5);
    EXPECT_EQ(community.households, 4210);
    const Circle& clinicWalk = loaded.circles()[1];
    EXPECT_EQ(clinicWalk.kind, CircleKind::Centre);
    EXPECT_EQ(clinicWalk.centreFacility, 1);
    EXPECT_FALSE(clinicWalk.centrePoint.has_value());
    EXPECT_EQ(clinicWalk.minutes, 10.0);
    EXPECT_EQ(clinicWalk.profileCode, "older");
    EXPECT_FALSE(clinicWalk.satisfactionPercent.has_value());
    EXPECT_FALSE(clinicWalk.households.has_value());
    const Circle& plaza = loaded.circles()[2];
    EXPECT_EQ(plaza.centreFacility, 0);
    ASSERT_TRUE(plaza.centrePoint.has_value());
    EXPECT_EQ(plaza.centrePoint->lon, original.circles()[2].centrePoint->lon);
    // Zero is a figure, not a missing one.
    EXPECT_EQ(plaza.satisfactionPercent, 0.0);
    EXPECT_EQ(plaza.households, 0);

    // An id is never reused: the next facility gets 4, not 3.
    Facility extra;
    extra.position = {118.8, 32.05};
    extra.categoryCode = "grocery";
    EXPECT_EQ(loaded.addFacility(extra), 4);
}

TEST(ProjectFile, SaveReplacesRowsAndKeepsIdsAcrossReopen) {
    const ScratchDir dir;
    const fs::path path = dir / "edit.yike";
    Project project = test::fullSampleProject();
    {
        const auto file = ProjectFile::create(path, project);
        project.removeFacility(project.facilities().items().front().id);
        Compound garden = project.compounds().items().front();
        garden.population = 3300;
        garden.outline.holes.clear();
        project.updateCompound(garden);
        project.setStudyArea(std::nullopt);
        project.setMetadataValue(meta::kRegion, "");
        project.setMetadataValue("survey", "2026 春");
        Street lane;
        lane.line = {{118.781, 32.041}, {118.782, 32.041}};
        lane.highway = "service";
        project.addStreet(lane);
        file->save(project);
    }
    const auto reopened = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
    const Project loaded = reopened->load();
    EXPECT_TRUE(loaded.sameContent(project));
    EXPECT_EQ(loaded.facilities().size(), 1u);
    EXPECT_FALSE(loaded.studyArea().has_value());
    EXPECT_EQ(loaded.metadataValue(meta::kRegion), "");
    EXPECT_EQ(loaded.streets().items().back().id, 4);
    EXPECT_EQ(test::integrityCheck(path), "ok");
}

TEST(ProjectFile, SaveKeepsPrintLayoutsInTheirOrder) {
    const ScratchDir dir;
    const fs::path path = dir / "layouts.yike";
    Project project = test::fullSampleProject();
    const auto file = ProjectFile::create(path, project);
    // Replaced in its place, one added, one removed: the file follows each save.
    const std::string definition = R"({"title":"“一刻钟”便民生活圈","legend":["菜市场","药店"]})";
    project.setPrintLayout({"新街口 A3 导览图", "guide_map", definition});
    project.setPrintLayout({"社区卫生服务站 报告", "report", R"({"pages":2})"});
    file->save(project);
    EXPECT_EQ(file->load().printLayouts(), project.printLayouts());
    ASSERT_EQ(project.printLayouts().size(), 3u);
    EXPECT_EQ(file->load().printLayouts()[0].definition, definition);

    project.removePrintLayout("Annual report");
    file->save(project);
    const Project loaded = ProjectFile::open(path, ProjectFile::Mode::ReadOnly)->load();
    EXPECT_TRUE(loaded.sameContent(project));
    ASSERT_EQ(loaded.printLayouts().size(), 2u);
    EXPECT_EQ(loaded.printLayouts()[1].name, "社区卫生服务站 报告");

    project.removePrintLayout("新街口 A3 导览图");
    project.removePrintLayout("社区卫生服务站 报告");
    file->save(project);
    EXPECT_TRUE(file->load().printLayouts().empty());
    EXPECT_EQ(test::integrityCheck(path), "ok");
}

TEST(ProjectFile, SaveKeepsCirclesInTheirOrder) {
    const ScratchDir dir;
    const fs::path path = dir / "circles.yike";
    Project project = test::fullSampleProject();
    const auto file = ProjectFile::create(path, project);

    // Renamed in its place with new figures, one added, one with its figures taken away.
    Circle community = *project.circle("汉中路社区");
    community.name = "汉中路社区（含五台山）";
    community.area.pop_back();
    community.satisfactionPercent = 91.25;
    community.households = 4388;
    project.replaceCircle("汉中路社区", community);
    Circle market;
    market.name = "Fresh market walk";
    market.kind = CircleKind::Centre;
    market.centrePoint = geo::LonLat{118.7769, 32.0405};
    market.minutes = 7.5;
    market.profileCode = "child";
    market.notes = "菜市场 \"一刻钟\" 步行";
    project.setCircle(market);
    Circle plaza = *project.circle("新街口广场");
    plaza.satisfactionPercent.reset();
    plaza.households.reset();
    project.setCircle(plaza);
    file->save(project);
    EXPECT_EQ(file->load().circles(), project.circles());
    ASSERT_EQ(project.circles().size(), 4u);
    EXPECT_EQ(project.circles()[0].name, "汉中路社区（含五台山）");
    EXPECT_FALSE(file->load().circle("新街口广场")->households.has_value());

    project.removeCircle("Clinic walk");
    file->save(project);
    const Project loaded = ProjectFile::open(path, ProjectFile::Mode::ReadOnly)->load();
    EXPECT_TRUE(loaded.sameContent(project));
    ASSERT_EQ(loaded.circles().size(), 3u);
    EXPECT_EQ(loaded.circles()[2].name, "Fresh market walk");
    EXPECT_EQ(loaded.circles()[2].notes, market.notes);

    while (!project.circles().empty()) project.removeCircle(project.circles().front().name);
    ASSERT_TRUE(project.circles().empty());
    file->save(project);
    EXPECT_TRUE(file->load().circles().empty());
    EXPECT_EQ(test::integrityCheck(path), "ok");
}

TEST(ProjectFile, ReadsCircleRowsDrawnInAnotherProgram) {
    // A row added in QGIS may leave the walk and the figures empty, and draw a single polygon.
    const ScratchDir dir;
    const fs::path path = dir / "drawn.yike";
    ProjectFile::writeCopy(path, test::fullSampleProject());
    {
        auto db = test::openRaw(path);
        platform::exec(db.get(),
                       "INSERT INTO circles (name, kind, centre_facility) VALUES ('QGIS 画的', "
                       "'centre', 2);"
                       "INSERT INTO circles (geom, name, kind) SELECT geom, '小区范围', 'area'"
                       " FROM residential_compounds WHERE fid = 1;");
    }
    const Project loaded = ProjectFile::open(path, ProjectFile::Mode::ReadOnly)->load();
    ASSERT_EQ(loaded.circles().size(), 5u);
    const Circle& drawn = loaded.circles()[3];
    EXPECT_EQ(drawn.name, "QGIS 画的");
    EXPECT_EQ(drawn.minutes, 15.0);
    EXPECT_EQ(drawn.profileCode, "adult");
    EXPECT_FALSE(drawn.satisfactionPercent.has_value());
    EXPECT_FALSE(drawn.households.has_value());
    EXPECT_EQ(drawn.notes, "");
    const Circle& outline = loaded.circles()[4];
    ASSERT_EQ(outline.area.size(), 1u);
    EXPECT_EQ(outline.area[0], test::fullSampleProject().compounds().items()[0].outline);
}

TEST(ProjectFile, WritesAValidGeoPackage) {
    const ScratchDir dir;
    const fs::path path = dir / "gpkg.yike";
    const Project project = test::fullSampleProject();
    ProjectFile::writeCopy(path, project);

    const std::string bytes = test::readFileBytes(path);
    ASSERT_GE(bytes.size(), 100u);
    EXPECT_EQ(bytes.substr(0, 16), std::string("SQLite format 3\0", 16));
    EXPECT_EQ(bytes.substr(68, 4), "GPKG");     // application_id, big endian
    EXPECT_EQ(static_cast<int>(bytes[18]), 1);  // rollback journal, not WAL
    EXPECT_EQ(static_cast<int>(bytes[19]), 1);

    auto db = test::openRaw(path, false);
    sqlite3* raw = db.get();
    EXPECT_EQ(platform::queryInt(raw, "PRAGMA application_id"), 0x47504B47);
    EXPECT_EQ(platform::queryInt(raw, "PRAGMA user_version"), 10300);
    EXPECT_EQ(platform::queryText(raw, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(platform::queryInt(raw, "SELECT count(*) FROM pragma_foreign_key_check"), 0);

    // The three required SRS rows.
    std::map<std::int64_t, std::string> srs;
    {
        platform::Statement s(raw,
                              "SELECT srs_id, organization, organization_coordsys_id, definition"
                              " FROM gpkg_spatial_ref_sys");
        while (s.step())
            srs[s.columnInt(0)] = s.columnText(1) + ":" + std::to_string(s.columnInt(2));
        EXPECT_EQ(srs.size(), 3u);
        EXPECT_EQ(srs[-1], "NONE:-1");
        EXPECT_EQ(srs[0], "NONE:0");
        EXPECT_EQ(srs[4326], "EPSG:4326");
        EXPECT_NE(platform::queryText(
                      raw, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 4326")
                      .value_or("")
                      .find("GEOGCS[\"WGS 84\""),
                  std::string::npos);
    }

    // The core tables have exactly the columns of the specification.
    EXPECT_EQ(columnsOf(raw, "gpkg_spatial_ref_sys"),
              (std::vector<std::string>{"srs_name", "srs_id", "organization",
                                        "organization_coordsys_id", "definition", "description"}));
    EXPECT_EQ(
        columnsOf(raw, "gpkg_contents"),
        (std::vector<std::string>{"table_name", "data_type", "identifier", "description",
                                  "last_change", "min_x", "min_y", "max_x", "max_y", "srs_id"}));
    EXPECT_EQ(columnsOf(raw, "gpkg_geometry_columns"),
              (std::vector<std::string>{"table_name", "column_name", "geometry_type_name", "srs_id",
                                        "z", "m"}));

    // Registered layers, their types and extents.
    const std::map<std::string, std::string> expectedTypes = {
        {"facilities", "POINT"},    {"residential_compounds", "POLYGON"},
        {"gates", "POINT"},         {"idle_spaces", "GEOMETRY"},
        {"study_area", "POLYGON"},  {"streets", "LINESTRING"},
        {"water_areas", "POLYGON"}, {"buildings", "POLYGON"},
        {"green_areas", "POLYGON"}, {"population_cells", "POLYGON"},
        {"circles", "MULTIPOLYGON"}};
    std::map<std::string, std::string> dataTypes;
    {
        platform::Statement s(raw, "SELECT table_name, data_type, srs_id FROM gpkg_contents");
        while (s.step()) {
            dataTypes[s.columnText(0)] = s.columnText(1);
            if (s.columnText(1) == "features") {
                EXPECT_EQ(s.columnInt(2), 4326) << s.columnText(0);
            }
        }
    }
    EXPECT_EQ(dataTypes.size(), 16u);
    for (const auto& [table, type] : expectedTypes)
        EXPECT_EQ(dataTypes[table], "features") << table;
    for (const char* table :
         {"walk_profiles", "scenarios", "standards_catalog", "population_grids", "print_layouts"})
        EXPECT_EQ(dataTypes[table], "attributes") << table;
    EXPECT_EQ(dataTypes.count("yike_metadata"), 0u);
    EXPECT_EQ(dataTypes.count("yike_analysis_cache"), 0u);
    {
        platform::Statement s(raw,
                              "SELECT table_name, column_name, geometry_type_name, srs_id, z, m"
                              " FROM gpkg_geometry_columns");
        std::size_t rows = 0;
        while (s.step()) {
            ++rows;
            EXPECT_EQ(s.columnText(2), expectedTypes.at(s.columnText(0)));
            EXPECT_EQ(s.columnText(1), "geom");
            EXPECT_EQ(s.columnInt(3), 4326);
            EXPECT_EQ(s.columnInt(4), 0);
            EXPECT_EQ(s.columnInt(5), 0);
        }
        EXPECT_EQ(rows, expectedTypes.size());
    }
    {
        platform::Statement s(raw,
                              "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents"
                              " WHERE table_name = 'residential_compounds'");
        ASSERT_TRUE(s.step());
        geo::BoundingBox expected;
        for (const Compound& c : project.compounds().items())
            expected.extend(geo::boundsOf(c.outline));
        EXPECT_EQ(s.columnDouble(0), expected.minLon);
        EXPECT_EQ(s.columnDouble(1), expected.minLat);
        EXPECT_EQ(s.columnDouble(2), expected.maxLon);
        EXPECT_EQ(s.columnDouble(3), expected.maxLat);
    }

    // Plain column names, as QGIS shows them.
    EXPECT_EQ(columnsOf(raw, "facilities"),
              (std::vector<std::string>{"fid", "geom", "category", "name", "status", "source",
                                        "attributes"}));
    EXPECT_EQ(
        columnsOf(raw, "idle_spaces"),
        (std::vector<std::string>{"fid", "geom", "lon", "lat", "kind", "name", "floor_area_m2",
                                  "storey", "owner", "estimated_cost_yuan", "notes", "has_lift",
                                  "proposed_for"}));
    // A lift is a GeoPackage BOOLEAN (0 or 1); proposals a JSON array of codes, NULL for none.
    EXPECT_EQ(platform::queryText(raw,
                                  "SELECT has_lift || ' ' || proposed_for FROM idle_spaces"
                                  " WHERE fid = 1"),
              "1 [\"community_health_station\",\"grocery\"]");
    EXPECT_EQ(platform::queryText(raw,
                                  "SELECT has_lift || ' ' || ifnull(proposed_for, 'NULL')"
                                  " FROM idle_spaces WHERE fid = 2"),
              "0 NULL");
    EXPECT_EQ(platform::queryText(raw,
                                  "SELECT area_kind || ' ' || max_area_m2 || ' ' || siting"
                                  " FROM standards_catalog"
                                  " WHERE code = 'community_health_station'"),
              "floor 300.5 ground floor, own entrance");
    EXPECT_EQ(platform::queryText(raw,
                                  "SELECT area_source FROM standards_catalog"
                                  " WHERE code = 'community_health_station'"),
              R"({"quote":"不小于 120 ㎡","url":"https://example.org/td-t-1062",)"
              R"("jurisdiction":"national","confidence":"secondary","note":null})");

    EXPECT_EQ(columnsOf(raw, "green_areas"),
              (std::vector<std::string>{"fid", "geom", "kind", "name"}));
    EXPECT_EQ(platform::queryText(raw, "SELECT kind || ' ' || name FROM green_areas WHERE fid = 1"),
              "park 鼓楼公园");
    EXPECT_EQ(platform::queryText(
                  raw, "SELECT value FROM yike_metadata WHERE key = 'next_id.green_areas'"),
              "4");

    // Print layouts in their list order; the definition is stored as the text it is.
    EXPECT_EQ(columnsOf(raw, "print_layouts"),
              (std::vector<std::string>{"fid", "name", "kind", "definition"}));
    EXPECT_EQ(platform::queryText(raw,
                                  "SELECT group_concat(name || ' ' || kind, '; ')"
                                  " FROM (SELECT * FROM print_layouts ORDER BY fid)"),
              "新街口 A3 导览图 guide_map; Annual report report");
    EXPECT_EQ(platform::queryText(raw, "SELECT definition FROM print_layouts WHERE fid = 1"),
              project.printLayouts()[0].definition);

    // Living circles in their list order: an outline as a multipolygon, or a centre (a facility
    // id or a point) and no outline; survey figures NULL when missing.
    EXPECT_EQ(columnsOf(raw, "circles"),
              (std::vector<std::string>{"fid", "geom", "name", "kind", "centre_facility",
                                        "centre_lon", "centre_lat", "profile", "minutes",
                                        "satisfaction_percent", "households", "notes"}));
    EXPECT_EQ(platform::queryText(
                  raw,
                  "SELECT group_concat(name || ' ' || kind || ' ' || (geom IS NULL)"
                  " || ' ' || ifnull(centre_facility, '-') || ' ' || ifnull(centre_lon, '-')"
                  " || ' ' || profile || ' ' || minutes || ' '"
                  " || ifnull(satisfaction_percent, '-') || ' ' || ifnull(households, '-'),"
                  " '; ') FROM (SELECT * FROM circles ORDER BY fid)"),
              "汉中路社区 area 0 - - adult 15.0 86.5 4210; "
              "Clinic walk centre 1 1 - older 10.0 - -; "
              "新街口广场 centre 1 - 118.7825 adult 15.0 0.0 0");
    {
        platform::Statement s(raw, "SELECT geom FROM circles WHERE fid = 1");
        ASSERT_TRUE(s.step());
        const geo::GpkgGeometry g = geo::decodeGpkgGeometry(s.columnBlob(0));
        EXPECT_EQ(g.type, geo::GeometryType::WkbMultiPolygon);
        ASSERT_TRUE(g.geometry.has_value());
        EXPECT_EQ(std::get<geo::MultiPolygon>(*g.geometry), project.circles()[0].area);
    }
    {
        platform::Statement s(raw,
                              "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents"
                              " WHERE table_name = 'circles'");
        ASSERT_TRUE(s.step());
        const geo::BoundingBox expected = geo::boundsOf(project.circles()[0].area);
        EXPECT_EQ(s.columnDouble(0), expected.minLon);
        EXPECT_EQ(s.columnDouble(3), expected.maxLat);
    }

    // Every geometry blob decodes, with SRS 4326, and ids are the fids. Only a centre circle
    // has no geometry.
    for (const auto& [table, type] : expectedTypes) {
        platform::Statement s(raw, "SELECT fid, geom FROM \"" + table + "\""
                                       + (table == "circles" ? " WHERE kind = 'area'" : ""));
        while (s.step()) {
            const geo::GpkgGeometry g = geo::decodeGpkgGeometry(s.columnBlob(1));
            EXPECT_EQ(g.srsId, 4326) << table << " " << s.columnInt(0);
            EXPECT_FALSE(g.isEmpty()) << table << " " << s.columnInt(0);
        }
    }
    EXPECT_EQ(platform::queryText(raw, "SELECT name FROM residential_compounds WHERE fid = "
                                           + std::to_string(project.compounds().items()[0].id)),
              "金陵花园");
    EXPECT_EQ(platform::queryText(raw, "SELECT status FROM facilities WHERE fid = 1"), "planned");
    EXPECT_EQ(platform::queryText(raw, "SELECT kind FROM idle_spaces WHERE fid = 2"),
              "boiler_room");
    EXPECT_EQ(
        platform::queryText(raw, "SELECT sources FROM standards_catalog WHERE code = 'grocery'"),
        "[]");

    // Internal tables.
    EXPECT_EQ(platform::queryText(raw, "SELECT value FROM yike_metadata WHERE key = 'format'"),
              "yike-project");
    EXPECT_EQ(
        platform::queryText(raw, "SELECT value FROM yike_metadata WHERE key = 'schema_version'"),
        "6");
    EXPECT_EQ(platform::queryText(raw, "SELECT value FROM yike_metadata WHERE key = 'app_version'"),
              std::string(yike::kVersion));
    EXPECT_EQ(platform::queryText(
                  raw, "SELECT value FROM yike_metadata WHERE key = 'next_id.facilities'"),
              "4");
    EXPECT_EQ(
        platform::queryText(raw, "SELECT value FROM yike_metadata WHERE key = 'project.title'"),
        "新街口街道 15 分钟生活圈");
    EXPECT_EQ(columnsOf(raw, "yike_analysis_cache"),
              (std::vector<std::string>{"key", "inputs_hash", "payload", "created_at"}));
}

TEST(ProjectFile, InspectReadsSummaryWithoutLock) {
    const ScratchDir dir;
    const fs::path path = dir / "info.yike";
    const Project project = test::fullSampleProject();
    const auto writer = ProjectFile::create(path, project);  // holds the write lock

    const ProjectInfo info = ProjectFile::inspect(path);
    EXPECT_EQ(info.schemaVersion, 6);
    EXPECT_EQ(info.appVersion, std::string(yike::kVersion));
    EXPECT_EQ(info.title, "新街口街道 15 分钟生活圈");
    EXPECT_EQ(info.region, "南京市鼓楼区新街口街道");
    EXPECT_EQ(info.facilities, 2);
    EXPECT_EQ(info.compounds, 2);
    EXPECT_EQ(info.gates, 2);
    EXPECT_EQ(info.idleSpaces, 2);
    EXPECT_EQ(info.streets, 2);
    EXPECT_EQ(info.waterAreas, 1);
    EXPECT_EQ(info.buildings, 2);
    EXPECT_EQ(info.greenAreas, 2);
    EXPECT_EQ(info.scenarios, 2);
    EXPECT_EQ(info.categories, 2);
    EXPECT_EQ(info.walkProfiles, 4);
    EXPECT_EQ(info.printLayouts, 2);
    EXPECT_EQ(info.circles, 3);
    EXPECT_TRUE(info.hasStudyArea);
    EXPECT_EQ(info.bounds, project.bounds());
}

TEST(ProjectFile, AnalysisCacheKeepsResultsByInputs) {
    const ScratchDir dir;
    const fs::path path = dir / "cache.yike";
    const Project project = test::fullSampleProject();
    const std::vector<std::uint8_t> payload = {0, 1, 2, 255, 0, 7};
    {
        const auto file = ProjectFile::create(path, project);
        EXPECT_FALSE(file->cachedResult("reach/adult/15", "h1").has_value());
        file->storeResult("reach/adult/15", "h1", payload);
        EXPECT_EQ(file->cachedResult("reach/adult/15", "h1"), payload);
        EXPECT_FALSE(file->cachedResult("reach/adult/15", "h2").has_value());
        file->save(project);  // a save leaves the cache alone
    }
    const auto reader = ProjectFile::open(path, ProjectFile::Mode::ReadOnly);
    EXPECT_EQ(reader->cachedResult("reach/adult/15", "h1"), payload);
    try {
        reader->storeResult("x", "y", payload);
        ADD_FAILURE() << "stored into a read-only file";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), Code::ReadOnly);
    }
}

TEST(ProjectFile, SaveKeepsWhatOthersAddedToTheFile) {
    const ScratchDir dir;
    const fs::path path = dir / "shared.yike";
    Project project = test::fullSampleProject();
    ProjectFile::create(path, project).reset();
    {
        // What a QGIS user might do: a table of their own and a column on one of ours.
        auto db = test::openRaw(path);
        platform::exec(db.get(),
                       "CREATE TABLE field_notes (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                       " note TEXT);"
                       "INSERT INTO field_notes (note) VALUES ('入口有台阶');"
                       "INSERT INTO gpkg_contents (table_name, data_type, identifier)"
                       " VALUES ('field_notes', 'attributes', 'Field notes');"
                       "ALTER TABLE facilities ADD COLUMN surveyor TEXT;"
                       "UPDATE facilities SET surveyor = '王' WHERE fid = 1;");
    }
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        Facility clinic = project.facilities().items().front();
        clinic.name = "新名字";
        project.updateFacility(clinic);
        file->save(project);
        EXPECT_TRUE(file->load().sameContent(project));
    }
    auto db = test::openRaw(path, false);
    EXPECT_EQ(platform::queryText(db.get(), "SELECT note FROM field_notes"), "入口有台阶");
    EXPECT_EQ(
        platform::queryText(
            db.get(), "SELECT identifier FROM gpkg_contents WHERE table_name = 'field_notes'"),
        "Field notes");
    EXPECT_EQ(platform::queryText(db.get(), "SELECT surveyor FROM facilities WHERE fid = 1"), "王");
    EXPECT_EQ(platform::queryText(db.get(), "SELECT name FROM facilities WHERE fid = 1"), "新名字");
}

TEST(ProjectFile, KeepsSpatialIndexTriggersWorking) {
    // The GeoPackage RTree extension as GDAL and QGIS create it: a virtual table and triggers
    // that call ST_IsEmpty / ST_MinX ... on every write to the layer.
    const ScratchDir dir;
    const fs::path path = dir / "rtree.yike";
    Project project = test::fullSampleProject();
    ProjectFile::create(path, project).reset();
    {
        auto db = test::openRaw(path);
        detail::registerGpkgFunctions(db.get());
        platform::exec(db.get(), R"sql(
CREATE VIRTUAL TABLE rtree_facilities_geom USING rtree(id, minx, maxx, miny, maxy);
INSERT INTO rtree_facilities_geom SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom)
  FROM facilities WHERE geom NOT NULL AND NOT ST_IsEmpty(geom);
CREATE TRIGGER rtree_facilities_geom_insert AFTER INSERT ON facilities
  WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_facilities_geom VALUES (NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_facilities_geom_update1 AFTER UPDATE OF geom ON facilities
  WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_facilities_geom VALUES (NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_facilities_geom_delete AFTER DELETE ON facilities
  WHEN old.geom NOT NULL
BEGIN
  DELETE FROM rtree_facilities_geom WHERE id = OLD.fid;
END;
)sql");
    }
    Facility moved = project.facilities().items().front();
    moved.position = {118.9, 32.1};
    project.updateFacility(moved);
    project.removeFacility(project.facilities().items().back().id);
    Facility added;
    added.position = {118.7, 31.9};
    added.categoryCode = "grocery";
    const FeatureId addedId = project.addFacility(added);
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        file->save(project);
    }
    auto db = test::openRaw(path, false);
    std::map<std::int64_t, std::pair<double, double>> index;
    platform::Statement s(db.get(), "SELECT id, minx, miny FROM rtree_facilities_geom");
    while (s.step()) index[s.columnInt(0)] = {s.columnDouble(1), s.columnDouble(2)};
    ASSERT_EQ(index.size(), 2u);
    // The R*Tree stores 32-bit floats, rounded outwards.
    EXPECT_NEAR(index.at(moved.id).first, 118.9, 1e-4);
    EXPECT_NEAR(index.at(moved.id).second, 32.1, 1e-4);
    EXPECT_NEAR(index.at(addedId).first, 118.7, 1e-4);
}

TEST(ProjectFile, RefusesToSaveReadOnly) {
    const ScratchDir dir;
    const fs::path path = dir / "ro.yike";
    const Project project = test::fullSampleProject();
    ProjectFile::create(path, project).reset();
    const std::uint64_t before = test::fileHash(path);
    const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadOnly);
    try {
        file->save(Project());
        ADD_FAILURE() << "saved through a read-only open";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), Code::ReadOnly);
        EXPECT_NE(std::string(e.what()).find("ro.yike"), std::string::npos) << e.what();
    }
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(ProjectFile, RefusesAFolderThatIsNotWritable) {
    const ScratchDir dir;
    const fs::path folder = dir / "locked";
    fs::create_directories(folder);
    const fs::path path = folder / "p.yike";
    ProjectFile::create(path, test::fullSampleProject()).reset();
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    if (platform::isWritableDirectory(folder)) {
        fs::permissions(folder, fs::perms::owner_all);
        GTEST_SKIP() << "folder permissions are not enforced here (root, or Windows)";
    }
    auto expectReadOnly = [](auto&& action) {
        try {
            action();
            ADD_FAILURE() << "wrote into a read-only folder";
        } catch (const ProjectError& e) {
            EXPECT_EQ(e.code(), Code::ReadOnly) << e.what();
        }
    };
    expectReadOnly([&] { ProjectFile::open(path, ProjectFile::Mode::ReadWrite); });
    expectReadOnly([&] { ProjectFile::writeCopy(folder / "copy.yike", Project()); });
    EXPECT_NO_THROW(ProjectFile::open(path, ProjectFile::Mode::ReadOnly));
    fs::permissions(folder, fs::perms::owner_all);
}

TEST(ProjectFile, WriteCopyReplacesAtomicallyAndRemovesLeftovers) {
    const ScratchDir dir;
    const fs::path path = dir / "copy.yike";
    test::writeFileBytes(dir / ".copy.yike.tmp-99999", "left by a crashed writer");
    test::writeFileBytes(path, "an old file that is not a project");
    const Project project = test::fullSampleProject();
    ProjectFile::writeCopy(path, project);
    EXPECT_FALSE(fs::exists(dir / ".copy.yike.tmp-99999"));
    EXPECT_FALSE(fs::exists(test::withSuffix(path, ".lock")));
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++entries;
    EXPECT_EQ(entries, 1u);
    EXPECT_TRUE(ProjectFile::open(path, ProjectFile::Mode::ReadOnly)->load().sameContent(project));
}

TEST(ProjectFile, ReportsInvalidGeometryOnSave) {
    const ScratchDir dir;
    const fs::path path = dir / "bad-geometry.yike";
    Project project = test::fullSampleProject();
    const auto file = ProjectFile::create(path, project);
    const std::uint64_t before = test::fileHash(path);
    WaterArea sliver;
    sliver.outline.outer = {{118.0, 32.0}, {118.1, 32.0}};  // two vertices: not a ring
    const FeatureId id = project.addWaterArea(sliver);
    try {
        file->save(project);
        ADD_FAILURE() << "saved an invalid ring";
    } catch (const ProjectError& e) {
        EXPECT_NE(std::string(e.what()).find("water_areas, row fid " + std::to_string(id)),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(test::fileHash(path), before);  // the transaction was rolled back
    EXPECT_EQ(file->load().waterAreas().size(), 1u);
}

// ---- locking ------------------------------------------------------------------------------

TEST(ProjectFileLock, SecondWriterInTheSameProcessIsRefused) {
    const ScratchDir dir;
    const fs::path path = dir / "locked.yike";
    const Project project = test::fullSampleProject();
    auto first = ProjectFile::create(path, project);
    const fs::path lockFile = test::withSuffix(path, ".lock");
    EXPECT_TRUE(fs::exists(lockFile));
    EXPECT_NE(test::readFileBytes(lockFile).find("pid " + std::to_string(platform::currentProcessId())),
              std::string::npos);

    try {
        ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        ADD_FAILURE() << "second writable open succeeded";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), Code::InUse);
        EXPECT_EQ(e.detail(), platform::lockHolderText());
    }
    try {
        ProjectFile::create(path, project);
        ADD_FAILURE() << "create over a file in use succeeded";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), Code::InUse);
    }
    // Readers need no lock.
    const auto reader = ProjectFile::open(path, ProjectFile::Mode::ReadOnly);
    EXPECT_TRUE(reader->load().sameContent(project));

    first.reset();
    EXPECT_FALSE(fs::exists(lockFile));
    EXPECT_NO_THROW(ProjectFile::open(path, ProjectFile::Mode::ReadWrite));
}

TEST(ProjectFileLock, StaleLockFileDoesNotBlock) {
    const ScratchDir dir;
    const fs::path path = dir / "stale.yike";
    ProjectFile::writeCopy(path, test::fullSampleProject());
    const fs::path lockFile = test::withSuffix(path, ".lock");
    test::writeFileBytes(lockFile, "ghost@nowhere pid 99999\n");
    const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
    EXPECT_EQ(test::readFileBytes(lockFile), platform::lockHolderText() + "\n");
}

TEST(ProjectFileLock, ReadOnlyOpenTakesNoLock) {
    const ScratchDir dir;
    const fs::path path = dir / "reader.yike";
    ProjectFile::writeCopy(path, test::fullSampleProject());
    const auto reader = ProjectFile::open(path, ProjectFile::Mode::ReadOnly);
    EXPECT_FALSE(fs::exists(test::withSuffix(path, ".lock")));
    EXPECT_NO_THROW(ProjectFile::open(path, ProjectFile::Mode::ReadWrite));
}

}  // namespace
}  // namespace yike::project
