// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/project/sample_projects.h"

#include <string>
#include <utility>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/geo/lon_lat.h"

namespace yike::test {
namespace {

using geo::LonLat;

// Around Xinjiekou, Nanjing; offsets in degrees.
constexpr double kLon = 118.78;
constexpr double kLat = 32.04;

LonLat at(double east, double north) {
    return {kLon + east, kLat + north};
}

geo::Ring square(double east, double north, double size) {
    return {at(east, north), at(east + size, north), at(east + size, north + size),
            at(east, north + size)};
}

catalog::Catalog sampleCatalog(int schemaVersion) {
    catalog::Category clinic;
    clinic.code = "community_health_station";
    clinic.nameZh = "社区卫生服务站";
    clinic.nameEn = "Community health station";
    clinic.group = "basic";
    clinic.gb50180Level = "5-minute";
    clinic.walkTarget = "5 分钟步行";
    clinic.walkMinutes = 5.0;
    clinic.walkDistanceM = 300.0;
    clinic.minArea = "≥ 120 m²";
    clinic.minAreaM2 = 120.0;
    clinic.perPopulation = "1 per 10,000 residents";
    clinic.sources = {{"S9", "table 4.0.4, row 3"}, {"S12", "§5.2"}};
    clinic.confidence = "secondary";
    clinic.notes = "配建";
    if (schemaVersion >= 4) {
        clinic.maxAreaM2 = 300.5;
        clinic.areaKind = "floor";
        clinic.areaSource = catalog::AreaSource{"不小于 120 ㎡", "https://example.org/td-t-1062",
                                                "national", "secondary", ""};
        clinic.siting = "ground floor, own entrance";
    }

    catalog::Category grocery;
    grocery.code = "grocery";
    grocery.nameZh = "菜市场";
    grocery.nameEn = "Fresh market";
    grocery.group = "quality";
    grocery.confidence = "unverified";
    return catalog::Catalog({clinic, grocery});
}

project::Project sampleProject(int schemaVersion) {
    using namespace project;
    Project p;
    p.setCatalog(sampleCatalog(schemaVersion));
    std::vector<WalkProfile> profiles = defaultWalkProfiles();
    profiles.push_back({"wheelchair", "轮椅", "Wheelchair", 0.8, 10.0, 45.0, false, "assumed"});
    p.setWalkProfiles(profiles);

    Facility clinic;
    clinic.position = at(0.001, 0.002);
    clinic.categoryCode = "community_health_station";
    clinic.name = "汉中路社区卫生服务站";
    clinic.status = FacilityStatus::Planned;
    clinic.source = "survey 2026-05";
    clinic.attributes = {{"opening_hours", "08:00-17:00"}, {"电话", "025-8400 1234"}};
    p.addFacility(clinic);
    Facility market;
    market.position = at(-0.0031, 0.0005);
    market.categoryCode = "grocery";
    market.name = "Shigu Road market";
    market.source = "OSM node 123";
    p.addFacility(market);
    Facility removed;
    removed.position = at(0.0, 0.0);
    removed.categoryCode = "grocery";
    p.removeFacility(p.addFacility(removed));  // the counter stays ahead of the largest id

    Compound garden;
    garden.outline = {square(0.0, 0.0, 0.004), {square(0.001, 0.001, 0.001)}};
    garden.name = "金陵花园";
    garden.population = 3200;
    garden.residents60Plus = 780;
    garden.children0To14 = 410;
    garden.households = 1150;
    garden.fenced = true;
    const FeatureId gardenId = p.addCompound(garden);
    Compound open;
    open.outline = {square(0.006, 0.0, 0.002), {}};
    open.name = "Open blocks";
    open.fenced = false;
    if (schemaVersion >= 3) open.plotRatio = 1.8;
    p.addCompound(open);

    Gate south;
    south.position = at(0.002, 0.0);
    south.compoundId = gardenId;
    south.name = "南门";
    south.openHours = "06:00-22:00";
    p.addGate(south);
    Gate cars;
    cars.position = at(0.004, 0.002);
    cars.compoundId = gardenId;
    cars.kind = GateKind::Vehicle;
    p.addGate(cars);

    IdleSpace shop;
    shop.position = at(0.0021, 0.0035);
    shop.kind = IdleSpaceKind::VacantShop;
    shop.name = "空置商铺";
    shop.floorAreaM2 = 86.5;
    shop.owner = "街道办";
    shop.estimatedCostYuan = 120000.0;
    shop.notes = "临街";
    if (schemaVersion >= 4) {
        shop.hasLift = true;
        shop.proposedFor = {"community_health_station", "grocery"};
    }
    p.addIdleSpace(shop);
    IdleSpace boiler;
    boiler.position = at(0.0071, 0.0011);
    boiler.footprint = geo::Polygon{square(0.007, 0.001, 0.0003), {}};
    boiler.kind = IdleSpaceKind::BoilerRoom;
    boiler.storey = -1;
    boiler.floorAreaM2 = 140.0;
    p.addIdleSpace(boiler);

    Street road;
    road.line = {at(-0.01, -0.001), at(0.0, -0.001), at(0.01, -0.0012)};
    road.highway = "primary";
    road.name = "汉中路";
    road.tags = {{"sidewalk", "both"}, {"surface", "asphalt"}};
    p.addStreet(road);
    Street bridge;
    bridge.line = {at(0.0, 0.005), at(0.0, 0.007)};
    bridge.highway = "footway";
    bridge.bridge = true;
    p.addStreet(bridge);
    Street steps;
    steps.line = {at(0.003, 0.004), at(0.0031, 0.0042)};
    steps.highway = "steps";
    const FeatureId stepsId = p.addStreet(steps);
    p.removeStreet(stepsId);

    WaterArea lake;
    lake.outline = {square(-0.01, 0.004, 0.003), {square(-0.009, 0.005, 0.0005)}};
    lake.name = "乌龙潭";
    p.addWaterArea(lake);

    Building tower;
    tower.outline = {square(0.0005, 0.0005, 0.0002), {}};
    tower.kind = "apartments";
    tower.name = "1 号楼";
    tower.levels = 18;
    p.addBuilding(tower);
    Building shed;
    shed.outline = {square(0.0025, 0.0025, 0.0001), {}};
    shed.kind = "yes";
    p.addBuilding(shed);

    if (schemaVersion >= 2) {
        GreenArea park;
        park.outline = {square(0.004, 0.004, 0.002), {square(0.0045, 0.0045, 0.0004)}};
        park.kind = "park";
        park.name = "鼓楼公园";
        p.addGreenArea(park);
        GreenArea pitch;
        pitch.outline = {square(0.008, 0.004, 0.0005), {}};
        pitch.kind = "pitch";
        const FeatureId pitchId = p.addGreenArea(pitch);
        p.removeGreenArea(pitchId);  // the counter stays ahead of the largest id
        GreenArea wood;
        wood.outline = {square(-0.006, 0.008, 0.001), {}};
        wood.kind = "wood";
        p.addGreenArea(wood);
    }

    if (schemaVersion >= 3) {
        PopulationGrid people;
        people.source = "WorldPop";
        people.year = 2020;
        people.fileName = "chn_ppp_2020.tif";
        people.crs = "WGS 84 (EPSG:4326)";
        people.cellAreaM2 = 7400.0;
        people.notes = "人口：20 岁及以上";
        people.importedAt = "2026-11-30T09:00:00Z";
        p.addPopulationGrid(people, {{0, 0, {square(0.0, 0.0, 0.001), {}}, 87.25},
                                     {0, 0, {square(0.001, 0.0, 0.001), {}}, 12.5}});
        PopulationGrid older;
        older.kind = PopulationGridKind::Share60Plus;
        older.source = "七普 街道";
        p.addPopulationGrid(older, {{0, 0, {square(0.0, 0.0, 0.004), {}}, 0.21}});
    }

    p.setStudyArea(geo::Polygon{square(-0.012, -0.003, 0.024), {}});

    p.addScenario({0, "2027 方案", "补齐卫生服务站"});
    p.addScenario({0, "Do nothing", ""});

    if (schemaVersion >= 5) {
        // Not in name order: the list keeps the order they were added in.
        p.setPrintLayout({"新街口 A3 导览图", "guide_map",
                          R"({"page":"A3","title":"新街口街道 \"15 分钟\" 生活圈"})"});
        p.setPrintLayout({"Annual report", "report", "{}"});
    }

    if (schemaVersion >= 6) {
        // One circle of each kind and centre; survey figures present, absent and zero.
        Circle community;
        community.name = "汉中路社区";
        community.kind = CircleKind::Area;
        community.area = {{square(-0.002, -0.002, 0.006), {square(0.0, 0.0, 0.001)}},
                          {square(0.006, 0.0, 0.002), {}}};
        community.satisfactionPercent = 86.5;
        community.households = 4210;
        community.notes = "2026 年居民满意度调查，样本 412 户";
        p.setCircle(community);
        Circle clinicWalk;
        clinicWalk.name = "Clinic walk";
        clinicWalk.kind = CircleKind::Centre;
        clinicWalk.centreFacility = 1;
        clinicWalk.minutes = 10.0;
        clinicWalk.profileCode = "older";
        p.setCircle(clinicWalk);
        Circle plaza;
        plaza.name = "新街口广场";
        plaza.kind = CircleKind::Centre;
        plaza.centrePoint = at(0.0025, -0.0015);
        plaza.satisfactionPercent = 0.0;
        plaza.households = 0;
        p.setCircle(plaza);
    }

    p.setMetadataValue(meta::kTitle, "新街口街道 15 分钟生活圈");
    p.setMetadataValue(meta::kRegion, "南京市鼓楼区新街口街道");
    p.setMetadataValue(meta::kCreatedAt, "2026-05-01T08:00:00Z");
    p.setMetadataValue(meta::kAttribution, "© OpenStreetMap contributors");
    return p;
}

}  // namespace

project::Project fullSampleProject() {
    return sampleProject(6);
}

project::Project sampleProjectForVersion(int schemaVersion) {
    return sampleProject(schemaVersion);
}

project::Project versionOneSampleProject() {
    return sampleProject(1);
}

project::Project crashTestState(std::int64_t generation) {
    using namespace project;
    Project p;
    const bool stateB = generation % 2 != 0;
    const int facilities = stateB ? 40 : 25;
    const int streets = stateB ? 300 : 180;
    for (int i = 0; i < facilities; ++i) {
        Facility f;
        f.position = at(0.0001 * i, 0.0002);
        f.categoryCode = "grocery";
        f.name = i == 0 ? "generation " + std::to_string(generation) : "shop " + std::to_string(i);
        p.addFacility(f);
    }
    for (int i = 0; i < streets; ++i) {
        Street s;
        for (int k = 0; k < 12; ++k) s.line.push_back(at(0.0001 * k, 0.00005 * i));
        s.highway = "residential";
        s.name = "路 " + std::to_string(i);
        p.addStreet(s);
    }
    p.setMetadataValue("generation", std::to_string(generation));
    p.setMetadataValue("facility_count", std::to_string(facilities));
    return p;
}

std::int64_t generationOf(const project::Project& project) {
    try {
        return std::stoll(project.metadataValue("generation"));
    } catch (const std::exception&) {
        return -1;
    }
}

}  // namespace yike::test
