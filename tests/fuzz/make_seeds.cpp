// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the generated seed corpora of the fuzz targets that read whole files:
//
//   yike_fuzz_make_seeds CORPUS_DIR
//
// - osm_xml, osm_pbf, overpass_json: a small district (tests/core/osm) in the formats, object
//   orders and compressions real tools write (JOSM with negative ids and deletions, Overpass
//   `out geom`, o5m, gzip, bzip2).
// - project_file: a small project of every layer written by ProjectFile, page size cut to 512
//   bytes, and copies altered as files from elsewhere are: a trigger and a view added by another
//   tool, a wrong application id, a geometry whose header claims an envelope it lacks, a
//   geometry table listed with a wrong type, a file cut short.
//
// The committed corpora were made with it; run it again after a format changes.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include <sqlite3.h>

#include "core/project/project.h"
#include "core/project/project_file.h"
#include "tests/core/osm/osm_test_files.h"

namespace {

namespace fs = std::filesystem;
using namespace yike;
using osm::test::Order;

void exec(sqlite3* db, const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "?";
        sqlite3_free(message);
        throw std::runtime_error(sql + ": " + text);
    }
}

// Runs `sql` on a copy of `from` written to `to`.
void alteredCopy(const fs::path& from, const fs::path& to, const std::string& sql) {
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    sqlite3* db = nullptr;
    if (sqlite3_open(to.c_str(), &db) != SQLITE_OK) throw std::runtime_error("open " + to.string());
    exec(db, sql);
    sqlite3_close(db);
}

void writeOsm(const fs::path& dir) {
    const osm::test::OsmData district = osm::test::smallDistrict();
    const fs::path xml = dir / "osm_xml";
    const fs::path pbf = dir / "osm_pbf";
    const fs::path json = dir / "overpass_json";
    for (const fs::path& d : {xml, pbf, json}) fs::create_directories(d);

    osm::test::writeText(xml / "sorted.osm", osm::test::toXml(district, Order::Sorted));
    osm::test::writeText(xml / "josm-negative-ids-deleted.osm",
                         osm::test::toXml(district.negated(), Order::Shuffled, true));
    osm::test::writeText(xml / "ways-first.osm", osm::test::toXml(district, Order::WaysFirst));
    osm::test::writeGzip(xml / "sorted.osm.gz", osm::test::toXml(district, Order::Sorted));

    osm::test::writePbf(pbf / "sorted.osm.pbf", district, Order::Sorted);
    osm::test::writePbf(pbf / "reversed.osm.pbf", district, Order::Reversed);
    osm::test::writeText(pbf / "sorted.o5m", osm::test::toO5m(district, Order::Sorted));

    osm::test::writeText(json / "out-body.json",
                         osm::test::toOverpassJson(district, Order::Sorted));
    osm::test::writeText(json / "out-geom.json",
                         osm::test::toOverpassJson(district, Order::Sorted, true));
    osm::test::writeText(json / "shuffled.json",
                         osm::test::toOverpassJson(district, Order::Shuffled));
    osm::test::writeBzip2(json / "out-body.json.bz2",
                          osm::test::toOverpassJson(district, Order::DescendingIds));
}

project::Project smallProject() {
    project::Project p = project::Project::createDefault();
    p.setMetadataValue(project::meta::kTitle, "小项目");
    p.setMetadataValue(project::meta::kAttribution, "© OpenStreetMap contributors");
    project::Compound compound;
    compound.outline.outer = {{118.780, 32.040}, {118.782, 32.040}, {118.782, 32.042},
                              {118.780, 32.042}};
    compound.outline.holes = {{{118.7805, 32.0405}, {118.7810, 32.0405}, {118.7810, 32.0410}}};
    compound.name = "小区";
    compound.population = 1200;
    const project::FeatureId c = p.addCompound(compound);
    project::Gate gate;
    gate.compoundId = c;
    gate.position = {118.781, 32.040};
    gate.openHours = "06:00-22:00";
    p.addGate(gate);
    project::Facility facility;
    facility.position = {118.783, 32.041};
    facility.categoryCode = "pharmacy";
    facility.name = "药店";
    facility.attributes["phone"] = "025-1234";
    p.addFacility(facility);
    project::IdleSpace space;
    space.position = {118.781, 32.043};
    space.footprint = geo::Polygon{{{118.7809, 32.0429}, {118.7811, 32.0429}, {118.7811, 32.0431}},
                                   {}};
    space.floorAreaM2 = 120.0;
    space.proposedFor = {"elderly_canteen"};
    p.addIdleSpace(space);
    project::Street street;
    street.line = {{118.779, 32.039}, {118.784, 32.039}, {118.784, 32.044}};
    street.highway = "residential";
    street.name = "汉中路";
    p.addStreet(street);
    project::Building building;
    building.outline.outer = {{118.7801, 32.0401}, {118.7804, 32.0401}, {118.7804, 32.0404}};
    building.levels = 6;
    p.addBuilding(building);
    project::PopulationGrid grid;
    grid.source = "WorldPop";
    grid.year = 2020;
    grid.cellAreaM2 = 10000.0;
    project::PopulationCell cell;
    cell.outline.outer = {{118.780, 32.040}, {118.781, 32.040}, {118.781, 32.041},
                          {118.780, 32.041}};
    cell.value = 52.5;
    p.addPopulationGrid(grid, {cell});
    project::Circle circle;
    circle.name = "社区";
    circle.kind = project::CircleKind::Area;
    circle.area = {compound.outline};
    circle.households = 400;
    p.setCircle(circle);
    p.setPrintLayout({"A3", "guide_map", "{\"paper\":\"A3\"}"});
    p.setStudyArea(geo::Polygon{{{118.77, 32.03}, {118.79, 32.03}, {118.79, 32.05}}, {}});
    return p;
}

void writeProjects(const fs::path& dir) {
    const fs::path out = dir / "project_file";
    fs::create_directories(out);
    const fs::path plain = out / "small.yike";
    fs::remove(plain);
    project::ProjectFile::writeCopy(plain, smallProject());
    {
        sqlite3* db = nullptr;
        sqlite3_open(plain.c_str(), &db);
        exec(db, "PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;");
        sqlite3_close(db);
    }
    alteredCopy(plain, out / "trigger-added.yike",
                "CREATE TRIGGER t AFTER INSERT ON facilities BEGIN "
                "DELETE FROM compounds; END;");
    alteredCopy(plain, out / "view-added.yike",
                "CREATE VIEW v AS SELECT fid, geom FROM facilities;"
                "INSERT INTO gpkg_contents (table_name, data_type) VALUES ('v', 'features');");
    // One more than GeoPackage's "GPKG".
    alteredCopy(plain, out / "wrong-application-id.yike", "PRAGMA application_id = 1196444488;");
    // Flags byte 0x03: little-endian with an XY envelope (32 bytes) the blob does not hold.
    alteredCopy(plain, out / "lying-geometry-header.yike",
                "UPDATE facilities SET geom = substr(geom, 1, 3) || x'03' || substr(geom, 5);");
    alteredCopy(plain, out / "wrong-geometry-type.yike",
                "UPDATE gpkg_geometry_columns SET geometry_type_name = 'POLYGON' "
                "WHERE table_name = 'facilities';");
    std::ifstream in(plain, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::ofstream(out / "cut-short.yike", std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size() * 2 / 3));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    try {
        writeOsm(argv[1]);
        writeProjects(argv[1]);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
