// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/osm/osm_import.h"

#include <fstream>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "core/osm/walk_rules.h"
#include "tests/support/test_data.h"

namespace yike::osm {
namespace {

using test::ScratchDir;

// A compound (square, 阳光花园) with a gate on its south side, a street ending at the gate,
// a footway that refers to a node absent from the file, a motorway, a pharmacy, a bench, a
// building and a pond. The header bounds are bogus on purpose (as in real extracts).
constexpr const char* kSmallOsm = R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="hand">
  <bounds minlat="0" minlon="0" maxlat="90" maxlon="180"/>
  <node id="10" lat="32.0400" lon="118.7800"/>
  <node id="11" lat="32.0400" lon="118.7820"/>
  <node id="12" lat="32.0420" lon="118.7820"/>
  <node id="13" lat="32.0420" lon="118.7800"/>
  <node id="20" lat="32.0400" lon="118.7810"><tag k="barrier" v="gate"/><tag k="name" v="南门"/></node>
  <node id="21" lat="32.0390" lon="118.7810"/>
  <node id="22" lat="32.0390" lon="118.7850"/>
  <node id="23" lat="32.0380" lon="118.7850"/>
  <node id="30" lat="32.0385" lon="118.7830">
    <tag k="amenity" v="pharmacy"/><tag k="name" v="Pharmacy"/><tag k="name:zh" v="老百姓大药房"/>
    <tag k="brand" v="老百姓大药房"/><tag k="brand:wikidata" v="Q12345"/>
  </node>
  <node id="31" lat="32.0386" lon="118.7831"><tag k="amenity" v="bench"/></node>
  <node id="40" lat="32.0370" lon="118.7800"/>
  <node id="41" lat="32.0370" lon="118.7805"/>
  <node id="42" lat="32.0375" lon="118.7805"/>
  <node id="50" lat="32.0360" lon="118.7900"/>
  <node id="51" lat="32.0360" lon="118.7910"/>
  <node id="52" lat="32.0365" lon="118.7905"/>
  <node id="60" lat="32.0300" lon="118.7700"/>
  <node id="61" lat="32.0300" lon="118.7750"/>
  <way id="100">
    <nd ref="10"/><nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="10"/>
    <tag k="landuse" v="residential"/><tag k="name" v="Sunshine Garden"/><tag k="name:zh" v="阳光花园"/>
  </way>
  <way id="101"><nd ref="20"/><nd ref="21"/><nd ref="22"/><tag k="highway" v="residential"/><tag k="name" v="建设路"/></way>
  <way id="102"><nd ref="21"/><nd ref="22"/><nd ref="999"/><nd ref="23"/><nd ref="61"/><tag k="highway" v="footway"/></way>
  <way id="103"><nd ref="60"/><nd ref="61"/><tag k="highway" v="motorway"/></way>
  <way id="104">
    <nd ref="40"/><nd ref="41"/><nd ref="42"/><nd ref="40"/>
    <tag k="building" v="residential"/><tag k="building:levels" v="6"/>
  </way>
  <way id="105">
    <nd ref="50"/><nd ref="51"/><nd ref="52"/><nd ref="50"/><tag k="natural" v="water"/><tag k="name" v="池塘"/>
  </way>
</osm>
)";

std::filesystem::path writeFile(const ScratchDir& dir, const std::string& name,
                                const std::string& text) {
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

TEST(OsmImport, ReadsEveryKindOfObject) {
    ScratchDir dir;
    project::Project project = project::Project::createDefault();
    const ImportReport r = importOsm(writeFile(dir, "small.osm", kSmallOsm), project);

    EXPECT_EQ(r.streets, 4) << "residential + two footway pieces + motorway";
    EXPECT_EQ(r.walkableStreets, 3);
    EXPECT_EQ(r.waysWithMissingNodes, 1);
    EXPECT_EQ(r.missingNodeRefs, 1);
    EXPECT_EQ(r.buildings, 1);
    EXPECT_EQ(r.waterAreas, 1);
    EXPECT_EQ(r.compounds, 1);
    EXPECT_EQ(r.gates, 1);
    EXPECT_EQ(r.facilities, 1);
    EXPECT_EQ(r.poisUnmapped, 1) << "the bench";
    EXPECT_NEAR(r.dataBounds.maxLat, 32.042, 1e-9) << "header bounds must be ignored";

    ASSERT_EQ(project.compounds().size(), 1u);
    const project::Compound& c = project.compounds().items().front();
    EXPECT_EQ(c.name, "阳光花园");
    EXPECT_TRUE(c.fenced) << "a gate on the outline makes the compound fenced";
    ASSERT_EQ(project.gates().size(), 1u);
    EXPECT_EQ(project.gates().items().front().compoundId, c.id);
    EXPECT_EQ(project.gates().items().front().name, "南门");

    const project::Facility& f = project.facilities().items().front();
    EXPECT_EQ(f.categoryCode, "pharmacy");
    EXPECT_EQ(f.name, "老百姓大药房");
    EXPECT_EQ(f.source, "OSM node 30");
    // Brand tags are kept: they tell a chain store (the circle evaluation's chain-store rate).
    EXPECT_EQ(f.attributes.at("brand"), "老百姓大药房");
    EXPECT_EQ(f.attributes.at("brand:wikidata"), "Q12345");
    EXPECT_EQ(project.buildings().items().front().levels, 6);
    EXPECT_EQ(project.metadataValue(project::meta::kAttribution), "© OpenStreetMap contributors");

    // The footway was split at the missing node: no piece jumps across the gap.
    int footwayPieces = 0;
    for (const project::Street& s : project.streets().items()) {
        if (s.highway != "footway") continue;
        ++footwayPieces;
        EXPECT_EQ(s.line.size(), 2u);
        EXPECT_EQ(s.tags.at("osm_way"), "102");
    }
    EXPECT_EQ(footwayPieces, 2);
}

// Green areas: a park drawn on grass (the park wins), a garden with a simplified-Chinese name,
// a forest, scrub, a wood multipolygon with a clearing, a pitch that is not closed (no area),
// and a residential area (not green).
constexpr const char* kGreenOsm = R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="hand">
  <node id="1" lat="32.0400" lon="118.7800"/>
  <node id="2" lat="32.0400" lon="118.7810"/>
  <node id="3" lat="32.0410" lon="118.7810"/>
  <node id="4" lat="32.0410" lon="118.7800"/>
  <node id="5" lat="32.0420" lon="118.7800"/>
  <node id="6" lat="32.0420" lon="118.7810"/>
  <node id="7" lat="32.0430" lon="118.7810"/>
  <node id="8" lat="32.0430" lon="118.7800"/>
  <node id="10" lat="32.0500" lon="118.7900"/>
  <node id="11" lat="32.0500" lon="118.7940"/>
  <node id="12" lat="32.0540" lon="118.7940"/>
  <node id="13" lat="32.0540" lon="118.7900"/>
  <node id="14" lat="32.0510" lon="118.7910"/>
  <node id="15" lat="32.0510" lon="118.7920"/>
  <node id="16" lat="32.0520" lon="118.7920"/>
  <node id="17" lat="32.0520" lon="118.7910"/>
  <way id="201">
    <nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
    <tag k="leisure" v="park"/><tag k="landuse" v="grass"/><tag k="name" v="Chaotiangong"/>
    <tag k="name:zh" v="朝天宫"/>
  </way>
  <way id="202">
    <nd ref="5"/><nd ref="6"/><nd ref="7"/><nd ref="8"/><nd ref="5"/>
    <tag k="leisure" v="garden"/><tag k="name:zh" v="花園"/><tag k="name:zh-Hans" v="花园"/>
  </way>
  <way id="203"><nd ref="1"/><nd ref="3"/><nd ref="8"/><nd ref="1"/><tag k="landuse" v="forest"/></way>
  <way id="204"><nd ref="2"/><nd ref="7"/><nd ref="4"/><nd ref="2"/><tag k="natural" v="scrub"/></way>
  <way id="205"><nd ref="3"/><nd ref="4"/><nd ref="5"/><tag k="leisure" v="pitch"/></way>
  <way id="206">
    <nd ref="1"/><nd ref="2"/><nd ref="6"/><nd ref="5"/><nd ref="1"/><tag k="landuse" v="residential"/>
  </way>
  <way id="207"><nd ref="10"/><nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="10"/></way>
  <way id="208"><nd ref="14"/><nd ref="15"/><nd ref="16"/><nd ref="17"/><nd ref="14"/></way>
  <relation id="300">
    <member type="way" ref="207" role="outer"/><member type="way" ref="208" role="inner"/>
    <tag k="type" v="multipolygon"/><tag k="natural" v="wood"/><tag k="name" v="紫金山"/>
  </relation>
</osm>
)";

TEST(OsmImport, CollectsGreenAreas) {
    ScratchDir dir;
    project::Project project = project::Project::createDefault();
    const ImportReport r = importOsm(writeFile(dir, "green.osm", kGreenOsm), project);

    EXPECT_EQ(r.greenAreas, 5);
    EXPECT_EQ(r.compounds, 1);
    std::map<std::string, const project::GreenArea*> byKind;
    for (const project::GreenArea& g : project.greenAreas().items()) byKind[g.kind] = &g;
    ASSERT_EQ(project.greenAreas().size(), 5u);
    ASSERT_EQ(byKind.size(), 5u) << "park, garden, forest, scrub, wood";
    EXPECT_EQ(byKind.count("grass"), 0u) << "the park's landuse does not make a second area";
    EXPECT_EQ(byKind.count("pitch"), 0u) << "an open way is no area";
    EXPECT_EQ(byKind.at("park")->name, "朝天宫");
    EXPECT_EQ(byKind.at("park")->outline.outer.size(), 4u);
    EXPECT_EQ(byKind.at("garden")->name, "花园");
    EXPECT_EQ(byKind.at("forest")->name, "");
    EXPECT_EQ(byKind.at("wood")->name, "紫金山");
    EXPECT_EQ(byKind.at("wood")->outline.holes.size(), 1u);
    EXPECT_EQ(byKind.count("scrub"), 1u);
    EXPECT_EQ(project::greenAreaClass("scrub"), project::GreenClass::Wooded);
    EXPECT_EQ(project::greenAreaClass("pitch"), project::GreenClass::Sports);
    EXPECT_EQ(project::greenAreaClass("village_green"), project::GreenClass::Park);
}

TEST(OsmImport, BboxKeepsOnlyWhatLiesInside) {
    ScratchDir dir;
    project::Project project = project::Project::createDefault();
    ImportOptions options;
    options.bbox = geo::BoundingBox{118.7795, 32.0395, 118.7825, 32.0425};
    const ImportReport r = importOsm(writeFile(dir, "small.osm", kSmallOsm), project, options);
    EXPECT_EQ(r.facilities, 0);
    EXPECT_EQ(r.compounds, 1);
    EXPECT_EQ(r.streets, 1) << "only the street touching the box";
    EXPECT_GT(r.outsideBbox, 0);
}

TEST(OsmImport, BadFilesThrowAndLeaveTheProjectUnchanged) {
    ScratchDir dir;
    project::Project project = project::Project::createDefault();
    const project::Project before = project;
    const std::string truncated = std::string(kSmallOsm).substr(0, 700);
    for (const auto& [name, text] : std::vector<std::pair<std::string, std::string>>{
             {"truncated.osm", truncated},
             {"garbage.osm.pbf", std::string("\x00\x01\x02garbage-not-a-pbf", 20)},
             {"garbage.osm", "this is not xml at all"},
             {"empty.osm", ""},
             {"unknown.txt", "<osm/>"}}) {
        EXPECT_THROW(importOsm(writeFile(dir, name, text), project), OsmImportError) << name;
        EXPECT_TRUE(project.sameContent(before)) << name;
    }
    EXPECT_THROW(importOsm(dir / "missing.osm", project), OsmImportError);
}

TEST(OsmImport, CancelStopsTheImport) {
    ScratchDir dir;
    project::Project project = project::Project::createDefault();
    std::atomic<bool> cancel{true};
    ImportOptions options;
    options.cancel = &cancel;
    EXPECT_THROW(importOsm(writeFile(dir, "small.osm", kSmallOsm), project, options),
                 OsmImportError);
    EXPECT_TRUE(project.streets().items().empty());
}

// Real extracts: the XML original and its PBF conversion give the same result.
TEST(OsmImport, NanjingXmlAndPbfAgree) {
    const auto xml = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm");
    const auto pbf = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(xml);
    YIKE_REQUIRE_SHARED_FILE(pbf);
    project::Project a = project::Project::createDefault();
    project::Project b = project::Project::createDefault();
    double lastProgress = -1.0;
    ImportOptions options;
    options.progress = [&](double f) {
        EXPECT_GE(f, lastProgress);
        lastProgress = f;
    };
    const ImportReport ra = importOsm(xml, a, options);
    const ImportReport rb = importOsm(pbf, b);
    EXPECT_NEAR(lastProgress, 1.0, 1e-9);
    EXPECT_GT(ra.streets, 300);
    EXPECT_GT(ra.walkableStreets, 300);
    EXPECT_GT(ra.facilities, 10);
    EXPECT_EQ(ra.streets, rb.streets);
    EXPECT_EQ(ra.facilities, rb.facilities);
    EXPECT_EQ(ra.buildings, rb.buildings);
    EXPECT_EQ(ra.greenAreas, rb.greenAreas);
    EXPECT_TRUE(a.sameContent(b));
    // Green areas: the extract maps many lawns, school pitches and a few parks.
    EXPECT_GT(ra.greenAreas, 80);
    EXPECT_EQ(static_cast<std::size_t>(ra.greenAreas), a.greenAreas().size());
    std::map<std::string, int> kinds;
    std::set<std::string> parks;
    for (const project::GreenArea& g : a.greenAreas().items()) {
        ++kinds[g.kind];
        if (g.kind == "park") parks.insert(g.name);
        EXPECT_GE(g.outline.outer.size(), 3u);
    }
    EXPECT_GT(kinds["grass"], 50);
    EXPECT_GT(kinds["pitch"], 10);
    EXPECT_GE(kinds["park"], 3);
    EXPECT_TRUE(parks.count("总统府") == 1 || parks.count("朝天宫") == 1);
    // Chinese names come through.
    bool chinese = false;
    for (const project::Street& s : a.streets().items())
        if (s.name.find("路") != std::string::npos) chinese = true;
    EXPECT_TRUE(chinese);
}

TEST(OsmImport, BeijingExportAndHeidelbergWithPlaceholderBounds) {
    for (const char* rel : {"data/cn-beijing-haidian-xueqing/beijing-haidian-xueqing.osm.pbf",
                            "data/perf-heidelberg/heidelberg.osm.pbf"}) {
        const auto path = test::sharedPath(rel);
        YIKE_REQUIRE_SHARED_FILE(path);
        project::Project p = project::Project::createDefault();
        const ImportReport r = importOsm(path, p);
        EXPECT_GT(r.walkableStreets, 100) << rel;
        EXPECT_FALSE(r.dataBounds.isEmpty()) << rel;
        EXPECT_LT(r.dataBounds.maxLat - r.dataBounds.minLat, 1.0)
            << rel << ": bounds come from the data, not the header";
    }
}

}  // namespace
}  // namespace yike::osm
