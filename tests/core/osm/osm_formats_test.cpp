// SPDX-License-Identifier: GPL-3.0-or-later
// The importer against the files real tools write: any element order, negative ids, JOSM's
// action attributes, gzip and bzip2, o5m, PBF, Overpass JSON, misnamed files, and the files
// that are not maps at all. Each readable variant must give exactly the features of the same
// data in sorted XML.
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/osm/osm_import.h"
#include "tests/core/osm/osm_rewrite.h"
#include "tests/core/osm/osm_test_files.h"
#include "tests/support/test_data.h"

namespace yike::osm {
namespace {

using yike::test::ScratchDir;
namespace files = yike::osm::test;

struct Imported {
    project::Project project = project::Project::createDefault();
    ImportReport report;
};

Imported importFile(const std::filesystem::path& path) {
    Imported out;
    out.report = importOsm(path, out.project);
    return out;
}

/// The reference: the data as sorted XML, which the importer streams.
Imported importSortedXml(const ScratchDir& dir, const files::OsmData& data,
                         const std::string& name = "sorted.osm") {
    const auto path = dir / name;
    files::writeText(path, files::toXml(data, files::Order::Sorted));
    Imported out = importFile(path);
    EXPECT_FALSE(out.report.sortedInMemory) << "sorted input is streamed";
    return out;
}

TEST(OsmFormats, TheReferenceDistrictImportsEverything) {
    ScratchDir dir;
    const Imported ref = importSortedXml(dir, files::smallDistrict());
    const ImportReport& r = ref.report;
    EXPECT_EQ(r.format, "OSM XML");
    EXPECT_EQ(r.compounds, 2);
    EXPECT_EQ(r.gates, 2);
    EXPECT_EQ(r.buildings, 2);
    EXPECT_EQ(r.facilities, 4) << "pharmacy node, supermarket building, kindergarten, park";
    EXPECT_EQ(r.poisUnmapped, 1) << "the bench";
    EXPECT_EQ(r.greenAreas, 1);
    EXPECT_EQ(r.waterAreas, 1);
    EXPECT_EQ(r.streets, 4) << "residential, two footway pieces, motorway";
    EXPECT_EQ(r.waysWithMissingNodes, 1);
    EXPECT_EQ(r.deletedObjects, 0);
    EXPECT_EQ(r.duplicateObjects, 0);
    bool courtyard = false;
    for (const project::Compound& c : ref.project.compounds().items())
        if (c.name == "金陵小区") courtyard = c.outline.holes.size() == 1 && c.fenced;
    EXPECT_TRUE(courtyard) << "the multipolygon compound keeps its hole and its wall";
    bool quoted = false;
    for (const project::Facility& f : ref.project.facilities().items())
        if (f.name == "苏果超市 \"Suguo\" & Co") quoted = f.categoryCode == "supermarket";
    EXPECT_TRUE(quoted);
}

struct OrderCase {
    files::Order order;
    const char* name;
    friend void PrintTo(const OrderCase& c, std::ostream* out) { *out << c.name; }
};

class OsmOrder : public ::testing::TestWithParam<OrderCase> {};

TEST_P(OsmOrder, XmlInAnyOrderGivesTheSortedResult) {
    ScratchDir dir;
    const files::OsmData data = files::smallDistrict();
    const Imported ref = importSortedXml(dir, data);
    const auto path = dir / "unsorted.osm";
    files::writeText(path, files::toXml(data, GetParam().order));
    const Imported got = importFile(path);
    EXPECT_TRUE(got.report.sortedInMemory);
    EXPECT_GT(got.report.memoryBytes, 0);
    files::expectSameFeatures(got.project, ref.project);
    EXPECT_EQ(got.report.waysWithMissingNodes, ref.report.waysWithMissingNodes);
    EXPECT_EQ(got.report.nodesRead, ref.report.nodesRead);
    bool noted = false;
    for (const std::string& w : got.report.warnings)
        if (w.find("not sorted") != std::string::npos) noted = true;
    EXPECT_TRUE(noted) << "the report says the file was sorted in memory";
}

TEST_P(OsmOrder, PbfInAnyOrderGivesTheSortedResult) {
    ScratchDir dir;
    const files::OsmData data = files::smallDistrict();
    const Imported ref = importSortedXml(dir, data);
    const auto path = dir / "unsorted.osm.pbf";
    files::writePbf(path, data, GetParam().order);
    files::expectSameFeatures(importFile(path).project, ref.project);
}

TEST_P(OsmOrder, NegativeIdsInAnyOrder) {
    ScratchDir dir;
    const files::OsmData data = files::smallDistrict().negated();
    const Imported ref = importSortedXml(dir, data);
    const auto path = dir / "josm.osm";
    files::writeText(path, files::toXml(data, GetParam().order, true));
    const Imported got = importFile(path);
    files::expectSameFeatures(got.project, ref.project);
    // Negative ids are kept wherever ids are used.
    EXPECT_EQ(got.report.compounds, 2);
    EXPECT_EQ(got.report.gates, 2);
    EXPECT_EQ(got.report.streets, 4);
    bool pharmacy = false, supermarket = false, street = false;
    for (const project::Facility& f : got.project.facilities().items()) {
        if (f.source == "OSM node -30") pharmacy = true;
        if (f.source == "OSM way -106") supermarket = true;
    }
    for (const project::Street& s : got.project.streets().items())
        if (s.tags.count("osm_way") && s.tags.at("osm_way") == "-101") street = true;
    EXPECT_TRUE(pharmacy);
    EXPECT_TRUE(supermarket);
    EXPECT_TRUE(street);
}

INSTANTIATE_TEST_SUITE_P(Orders, OsmOrder,
                         ::testing::Values(OrderCase{files::Order::Reversed, "Reversed"},
                                           OrderCase{files::Order::WaysFirst, "WaysFirst"},
                                           OrderCase{files::Order::DescendingIds, "DescendingIds"},
                                           OrderCase{files::Order::Shuffled, "Shuffled"}),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(OsmFormats, NegativeIdsSortedAsJosmWritesThemAreStreamed) {
    ScratchDir dir;
    const files::OsmData data = files::smallDistrict().negated();
    const auto path = dir / "josm.osm";
    files::writeText(path, files::toXml(data, files::Order::Sorted, true));
    const Imported got = importFile(path);
    EXPECT_FALSE(got.report.sortedInMemory);
    EXPECT_EQ(got.report.streets, 4);
    EXPECT_EQ(got.report.facilities, 4);
}

/// The district as JOSM saves it after editing: some objects modified, a shop node, a footway
/// and a residential multipolygon deleted.
files::OsmData editedInJosm() {
    files::OsmData data = files::smallDistrict();
    for (files::Node& n : data.nodes)
        if (n.id == 30 || n.id == 11) n.action = "modify";
    for (files::Way& w : data.ways)
        if (w.id == 101) w.action = "modify";
    data.nodes.push_back({32, 118.7835, 32.0388, {{"shop", "convenience"}, {"name", "已关门便利店"}}, "delete", 3});
    data.ways.push_back({112, {21, 23}, {{"highway", "footway"}}, "delete", 2});
    data.nodes.push_back({120, 118.7700, 32.0400, {}, "", 1});
    data.nodes.push_back({121, 118.7720, 32.0400, {}, "", 1});
    data.nodes.push_back({122, 118.7720, 32.0420, {}, "", 1});
    data.ways.push_back({113, {120, 121, 122, 120}, {}, "", 1});
    data.relations.push_back({301, {{'w', 113, "outer"}},
                              {{"type", "multipolygon"}, {"landuse", "residential"}, {"name", "拆迁地块"}},
                              "delete", 4});
    return data;
}

TEST(OsmFormats, JosmDeletedObjectsAreLeftOutAndCounted) {
    ScratchDir dir;
    const files::OsmData edited = editedInJosm();
    const Imported ref = importSortedXml(dir, edited.withoutDeleted());
    for (const files::Order order : {files::Order::Sorted, files::Order::Shuffled}) {
        const auto path = dir / "edited.osm";
        files::writeText(path, files::toXml(edited, order, true));
        const Imported got = importFile(path);
        files::expectSameFeatures(got.project, ref.project);
        EXPECT_EQ(got.report.deletedObjects, 3) << "a node, a way and a relation";
        EXPECT_EQ(got.report.compounds, 2) << "the deleted multipolygon is no compound";
        for (const project::Facility& f : got.project.facilities().items())
            EXPECT_NE(f.name, "已关门便利店");
        bool noted = false;
        for (const std::string& w : got.report.warnings)
            if (w.find("3 objects marked as deleted") != std::string::npos) noted = true;
        EXPECT_TRUE(noted);
    }
    // The attribute as other editors may lay it out: on its own line, spaces around '='.
    {
        std::string text = files::toXml(edited, files::Order::Sorted, true);
        for (std::size_t at = text.find(" action="); at != std::string::npos;
             at = text.find(" action=", at + 1))
            text.replace(at, 8, "\n\t\taction = ");
        const auto path = dir / "laid-out.osm";
        files::writeText(path, text);
        const Imported got = importFile(path);
        files::expectSameFeatures(got.project, ref.project);
        EXPECT_EQ(got.report.deletedObjects, 3);
    }
    // The same edited file negated, as JOSM writes objects it created, and compressed.
    const files::OsmData negated = edited.negated();
    const Imported negatedRef = importSortedXml(dir, negated.withoutDeleted(), "negated.osm");
    const auto gz = dir / "edited.osm.gz";
    files::writeGzip(gz, files::toXml(negated, files::Order::Reversed, true));
    const Imported got = importFile(gz);
    files::expectSameFeatures(got.project, negatedRef.project);
    EXPECT_EQ(got.report.deletedObjects, 3);
}

TEST(OsmFormats, AnObjectGivenTwiceCountsOnceInItsNewestVersion) {
    ScratchDir dir;
    files::OsmData data = files::smallDistrict();
    const Imported ref = importSortedXml(dir, data);
    files::OsmData twice = data;
    for (files::Node& n : twice.nodes)
        if (n.id == 30) n.version = 5;
    files::Node older = twice.nodes.front();
    for (const files::Node& n : twice.nodes)
        if (n.id == 30) older = n;
    older.version = 4;
    older.tags = {{"amenity", "pharmacy"}, {"name", "旧名字"}};
    twice.nodes.push_back(older);
    const auto path = dir / "merged.osm";
    files::writeText(path, files::toXml(twice, files::Order::Sorted));
    const Imported got = importFile(path);
    EXPECT_EQ(got.report.duplicateObjects, 1);
    EXPECT_EQ(got.report.facilities, ref.report.facilities);
    bool newest = false;
    for (const project::Facility& f : got.project.facilities().items()) {
        EXPECT_NE(f.name, "旧名字");
        if (f.name == "老百姓大药房") newest = true;
    }
    EXPECT_TRUE(newest);
}

TEST(OsmFormats, CompressedO5mPbfAndOverpassJsonGiveTheSortedResult) {
    ScratchDir dir;
    const files::OsmData data = files::smallDistrict();
    const Imported ref = importSortedXml(dir, data);
    const std::string xml = files::toXml(data, files::Order::Sorted);

    struct Variant {
        std::string name;
        std::string format;
        std::function<void(const std::filesystem::path&)> write;
    };
    const std::vector<Variant> variants{
        {"district.osm.gz", "OSM XML (gzip)", [&](const auto& p) { files::writeGzip(p, xml); }},
        {"district.osm.bz2", "OSM XML (bzip2)", [&](const auto& p) { files::writeBzip2(p, xml); }},
        {"district.o5m", "o5m", [&](const auto& p) { files::writeText(p, files::toO5m(data, files::Order::Sorted)); }},
        {"district.o5m.gz", "o5m (gzip)",
         [&](const auto& p) { files::writeGzip(p, files::toO5m(data, files::Order::Sorted)); }},
        {"unsorted.o5m", "o5m", [&](const auto& p) { files::writeText(p, files::toO5m(data, files::Order::Shuffled)); }},
        {"district.osm.pbf", "OSM PBF", [&](const auto& p) { files::writePbf(p, data, files::Order::Sorted); }},
        {"export.json", "Overpass JSON",
         [&](const auto& p) { files::writeText(p, files::toOverpassJson(data, files::Order::Sorted)); }},
        {"unsorted.json", "Overpass JSON",
         [&](const auto& p) { files::writeText(p, files::toOverpassJson(data, files::Order::Shuffled)); }},
        {"export.json.gz", "Overpass JSON (gzip)",
         [&](const auto& p) { files::writeGzip(p, files::toOverpassJson(data, files::Order::Sorted)); }},
        {"geom.json", "Overpass JSON",
         [&](const auto& p) { files::writeText(p, files::toOverpassJson(data, files::Order::Sorted, true)); }},
        // Browsers save openstreetmap.org's export as "map", with no suffix; some tools name
        // PBF files .osm.
        {"map", "OSM XML", [&](const auto& p) { files::writeText(p, xml); }},
        {"really-pbf.osm", "OSM PBF", [&](const auto& p) { files::writePbf(p, data, files::Order::Sorted); }},
    };
    for (const Variant& v : variants) {
        SCOPED_TRACE(v.name);
        const auto path = dir / v.name;
        v.write(path);
        const Imported got = importFile(path);
        EXPECT_EQ(got.report.format, v.format);
        files::expectSameFeatures(got.project, ref.project);
        EXPECT_EQ(got.report.waysWithMissingNodes, ref.report.waysWithMissingNodes);
    }
}

TEST(OsmFormats, OverpassJsonDetails) {
    ScratchDir dir;
    const files::OsmData data = files::smallDistrict();
    // `out geom` leaves the untagged nodes out; their places come from the ways' geometry.
    const auto geom = dir / "geom.json";
    files::writeText(geom, files::toOverpassJson(data, files::Order::Sorted, true));
    const Imported got = importFile(geom);
    EXPECT_GT(got.report.nodesFromGeometry, 30);
    // Elements that are not OSM objects (areas, counts) are skipped and counted.
    const auto extra = dir / "extra.json";
    files::writeText(extra, R"({"version":0.6,"elements":[
        {"type":"node","id":1,"lat":32.04,"lon":118.78,"tags":{"amenity":"pharmacy","name":"药房"}},
        {"type":"area","id":3600000001,"tags":{"name":"某区"}},
        {"type":"count","id":0,"tags":{"nodes":"1","ways":"0","total":"1"}},
        {"type":"node","lat":32.05,"lon":118.79}
    ]})");
    const Imported small = importFile(extra);
    EXPECT_EQ(small.report.facilities, 1);
    EXPECT_EQ(small.report.otherElementsSkipped, 3) << "the area, the count and the node without id";
    ASSERT_EQ(small.project.facilities().size(), 1u);
    EXPECT_EQ(small.project.facilities().items().front().name, "药房");
}

TEST(OsmFormats, OverpassCoordinatesOffTheGlobeCountAsNone) {
    // Found by fuzzing: a longitude of 1.2e10 went into a fixed-point location as is.
    ScratchDir dir;
    const auto file = dir / "off.json";
    files::writeText(file, R"({"version":0.6,"elements":[
        {"type":"node","id":1,"lat":32.04,"lon":118.78,"tags":{"amenity":"pharmacy"}},
        {"type":"node","id":2,"lat":32.04,"lon":11817800000.0,"tags":{"amenity":"pharmacy"}},
        {"type":"node","id":3,"lat":-91,"lon":118.78,"tags":{"amenity":"pharmacy"}},
        {"type":"node","id":4,"lat":32.041,"lon":118.781},
        {"type":"node","id":5,"lat":32.042,"lon":1e300},
        {"type":"way","id":10,"nodes":[1,4,5],"tags":{"highway":"footway"}}
    ]})");
    const Imported got = importFile(file);
    EXPECT_EQ(got.report.facilities, 1) << "only the pharmacy on the globe";
    ASSERT_EQ(got.project.facilities().size(), 1u);
    EXPECT_DOUBLE_EQ(got.project.facilities().items().front().position.lon, 118.78);
    EXPECT_EQ(got.report.waysWithMissingNodes, 1) << "node 5 has no usable position";
    for (const project::Street& street : got.project.streets().items())
        for (const geo::LonLat& p : street.line) EXPECT_LE(std::abs(p.lon), 180.0);
}

TEST(OsmFormats, FilesThatAreNotMapsAreRefusedWithAClearMessage) {
    ScratchDir dir;
    const files::OsmData data = files::smallDistrict();
    std::string change = files::toXml(data, files::Order::Sorted);
    change.replace(change.find("<osm "), 4, "<osmChange");
    change.replace(change.rfind("</osm>"), 6, "</osmChange>");
    using Reason = OsmImportError::Reason;
    struct Case {
        std::string name;
        std::string bytes;
        std::string expected;  ///< part of the message
        Reason reason;
    };
    const std::vector<Case> cases{
        {"edits.osc", change, "change file", Reason::ChangeFile},
        {"edits-named-as-map.osm", change, "change file", Reason::ChangeFile},
        {"survey.geojson", R"({"type":"FeatureCollection","features":[]})", "GeoJSON", Reason::GeoJson},
        {"export.json", R"({"type":"FeatureCollection","generator":"overpass-turbo","features":[]})",
         "GeoJSON", Reason::GeoJson},
        {"route.gpx", "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"></gpx>", "<gpx>", Reason::NotOsm},
        {"too-big.osm", "You requested too many nodes (limit is 50000). Either request a smaller area",
         "You requested too many nodes", Reason::NotOsm},
        {"empty.osm", "", "empty", Reason::Empty},
        {"timeout.json",
         R"({"version":0.6,"elements":[],"remark":"runtime error: Query timed out in \"query\" at line 3 after 26 seconds."})",
         "Query timed out", Reason::ServerError},
        {"not-json.json", "{\"elements\": [", "not valid JSON", Reason::Unreadable},
        {"no-objects.osm", "<osm version=\"0.6\"></osm>", "no OpenStreetMap objects", Reason::NoObjects},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const auto path = dir / c.name;
        files::writeText(path, c.bytes);
        project::Project project = project::Project::createDefault();
        const project::Project before = project;
        try {
            importOsm(path, project);
            ADD_FAILURE() << "imported without complaint";
        } catch (const OsmImportError& e) {
            EXPECT_NE(std::string(e.what()).find(c.expected), std::string::npos) << e.what();
            EXPECT_EQ(e.reason(), c.reason) << e.what();
        }
        EXPECT_TRUE(project.sameContent(before));
    }
}

TEST(OsmFormats, MostWaysWithoutTheirNodesIsRefused) {
    ScratchDir dir;
    // An Overpass query ending in `out body;` without `>;` gives ways without their nodes.
    files::OsmData data = files::smallDistrict();
    std::erase_if(data.nodes, [](const files::Node& n) { return n.tags.empty(); });
    for (const auto& [name, bytes] : std::vector<std::pair<std::string, std::string>>{
             {"ways-only.json", files::toOverpassJson(data, files::Order::Sorted)},
             {"ways-only.osm", files::toXml(data, files::Order::Sorted)}}) {
        SCOPED_TRACE(name);
        const auto path = dir / name;
        files::writeText(path, bytes);
        project::Project project = project::Project::createDefault();
        try {
            importOsm(path, project);
            ADD_FAILURE() << "an empty district was written";
        } catch (const OsmImportError& e) {
            EXPECT_NE(std::string(e.what()).find("refer to nodes that are not in the file"),
                      std::string::npos)
                << e.what();
            EXPECT_EQ(e.reason(), OsmImportError::Reason::NodesMissing);
        }
        EXPECT_TRUE(project.streets().items().empty());
    }
    // A clipped extract that lacks a few nodes still imports, split at the gaps (the reference
    // district lacks node 999 on purpose).
    const Imported ref = importSortedXml(dir, files::smallDistrict());
    EXPECT_EQ(ref.report.waysWithMissingNodes, 1);
}

TEST(OsmFormats, CancelDuringTheSortedReadStops) {
    ScratchDir dir;
    const auto path = dir / "reversed.osm";
    files::writeText(path, files::toXml(files::smallDistrict(), files::Order::Reversed));
    std::atomic<bool> cancel{false};
    ImportOptions options;
    options.cancel = &cancel;
    options.progress = [&](double) { cancel = true; };
    project::Project project = project::Project::createDefault();
    EXPECT_THROW(importOsm(path, project, options), OsmImportError);
    EXPECT_TRUE(project.streets().items().empty());
}

// Real extracts rewritten in reverse element order (relations, ways, nodes, each by
// descending id) import to exactly what the originals give.
class RealExtractReversed : public ::testing::TestWithParam<const char*> {};

TEST_P(RealExtractReversed, ImportsLikeTheOriginal) {
    const auto original = yike::test::sharedPath(GetParam());
    YIKE_REQUIRE_SHARED_FILE(original);
    ScratchDir dir;
    const bool xml = original.extension() == ".osm";
    const auto reversed = dir / (xml ? "reversed.osm" : "reversed.osm.pbf");
    files::writeReversed(original, reversed);
    const Imported a = importFile(original);
    const Imported b = importFile(reversed);
    EXPECT_FALSE(a.report.sortedInMemory);
    EXPECT_TRUE(b.report.sortedInMemory);
    EXPECT_EQ(b.report.streets, a.report.streets);
    EXPECT_EQ(b.report.walkableStreets, a.report.walkableStreets);
    EXPECT_EQ(b.report.buildings, a.report.buildings);
    EXPECT_EQ(b.report.compounds, a.report.compounds);
    EXPECT_EQ(b.report.gates, a.report.gates);
    EXPECT_EQ(b.report.facilities, a.report.facilities);
    EXPECT_EQ(b.report.waterAreas, a.report.waterAreas);
    EXPECT_EQ(b.report.greenAreas, a.report.greenAreas);
    EXPECT_EQ(b.report.areaProblems, a.report.areaProblems);
    files::expectSameFeatures(b.project, a.project);
    EXPECT_GT(a.report.streets, 100);
}

INSTANTIATE_TEST_SUITE_P(Extracts, RealExtractReversed,
                         ::testing::Values("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm",
                                           "data/cn-beijing-haidian-xueqing/beijing-haidian-xueqing.osm",
                                           "data/perf-heidelberg/heidelberg.osm.pbf",
                                           "data/perf-honolulu/honolulu.osm.pbf"),
                         [](const auto& row) {
                             std::string name = std::filesystem::path(row.param).filename().string();
                             name = name.substr(0, name.find('.'));
                             std::erase(name, '-');
                             return name;
                         });

}  // namespace
}  // namespace yike::osm
