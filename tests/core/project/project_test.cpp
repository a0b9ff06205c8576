// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project.h"

#include <vector>

#include <gtest/gtest.h>

namespace yike::project {
namespace {

Facility facility(const std::string& category, FeatureId id = 0) {
    Facility f;
    f.id = id;
    f.categoryCode = category;
    return f;
}

Compound squareCompound(const std::string& name) {
    Compound c;
    c.name = name;
    c.outline.outer = {{112.0, 28.0}, {112.001, 28.0}, {112.001, 28.001}, {112.0, 28.001}};
    c.population = 1200;
    return c;
}

TEST(Project, DefaultIsSeededWithCatalogueAndProfiles) {
    const Project p = Project::createDefault();
    EXPECT_FALSE(p.catalog().empty());
    ASSERT_NE(p.walkProfile("adult"), nullptr);
    EXPECT_DOUBLE_EQ(p.walkProfile("adult")->speedMps, 1.2);
    EXPECT_DOUBLE_EQ(p.walkProfile("older")->speedMps, 0.92);
    EXPECT_DOUBLE_EQ(p.walkProfile("child")->speedMps, 0.88);
    EXPECT_TRUE(p.bounds().isEmpty());
}

TEST(Project, AssignsIdsThatAreNeverReused) {
    Project p;
    const FeatureId a = p.addFacility(facility("pharmacy"));
    const FeatureId b = p.addFacility(facility("cafe"));
    EXPECT_EQ(a, 1);
    EXPECT_EQ(b, 2);
    p.removeFacility(b);
    const FeatureId c = p.addFacility(facility("laundry"));
    EXPECT_EQ(c, 3) << "the id of a removed feature must not come back";
    // Re-adding a removed feature with its own id (undo of a delete) keeps that id.
    EXPECT_EQ(p.addFacility(facility("cafe", b)), b);
    EXPECT_THROW(p.addFacility(facility("cafe", a)), ProjectLogicError);
}

TEST(Project, UpdateAndRemoveRequireAnExistingFeature) {
    Project p;
    EXPECT_THROW(p.updateFacility(facility("cafe", 7)), ProjectLogicError);
    EXPECT_THROW(p.removeIdleSpace(3), ProjectLogicError);
    IdleSpace boilerRoom;
    boilerRoom.name = "锅炉房";
    boilerRoom.floorAreaM2 = 120.0;
    const FeatureId id = p.addIdleSpace(boilerRoom);
    IdleSpace changed = *p.idleSpaces().find(id);
    changed.floorAreaM2 = 150.0;
    p.updateIdleSpace(changed);
    EXPECT_DOUBLE_EQ(p.idleSpaces().find(id)->floorAreaM2, 150.0);
}

TEST(Project, GatesMustBelongToAnExistingCompound) {
    Project p;
    Gate g;
    g.compoundId = 1;
    EXPECT_THROW(p.addGate(g), ProjectLogicError);
    const FeatureId compound = p.addCompound(squareCompound("阳光花园"));
    g.position = {112.0005, 28.0};
    g.compoundId = compound;
    const FeatureId gate = p.addGate(g);
    Gate moved = *p.gates().find(gate);
    moved.compoundId = 99;
    EXPECT_THROW(p.updateGate(moved), ProjectLogicError);
}

TEST(Project, NotifiesListenersAndBumpsRevision) {
    Project p;
    std::vector<ChangeEvent> events;
    const int handle = p.addListener([&](const ChangeEvent& e) { events.push_back(e); });
    const std::uint64_t before = p.revision();
    const FeatureId id = p.addCompound(squareCompound("锦绣苑"));
    p.setMetadataValue(meta::kTitle, "测试");
    p.removeCompound(id);
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0].layer, Layer::Compounds);
    EXPECT_EQ(events[0].kind, ChangeEvent::Kind::Added);
    EXPECT_EQ(events[0].id, id);
    EXPECT_EQ(events[1].layer, Layer::Metadata);
    EXPECT_EQ(events[2].kind, ChangeEvent::Kind::Removed);
    EXPECT_EQ(p.revision(), before + 3);
    p.removeListener(handle);
    p.addFacility(facility("cafe"));
    EXPECT_EQ(events.size(), 3u);
}

TEST(Project, MetadataEmptyValueRemovesKey) {
    Project p;
    p.setMetadataValue(meta::kRegion, "示例区");
    EXPECT_EQ(p.metadataValue(meta::kRegion), "示例区");
    p.setMetadataValue(meta::kRegion, "");
    EXPECT_TRUE(p.metadata().empty());
}

TEST(Project, RejectsInvalidWalkProfiles) {
    Project p = Project::createDefault();
    auto profiles = p.walkProfiles();
    profiles.push_back(profiles.front());
    EXPECT_THROW(p.setWalkProfiles(profiles), ProjectLogicError);
    profiles.pop_back();
    profiles[0].speedMps = 0.0;
    EXPECT_THROW(p.setWalkProfiles(profiles), ProjectLogicError);
}

TEST(Project, BoundsCoverEveryLayer) {
    Project p;
    p.addCompound(squareCompound("A"));
    Facility f = facility("pharmacy");
    f.position = {112.01, 27.99};
    p.addFacility(f);
    const geo::BoundingBox box = p.bounds();
    EXPECT_DOUBLE_EQ(box.minLon, 112.0);
    EXPECT_DOUBLE_EQ(box.maxLon, 112.01);
    EXPECT_DOUBLE_EQ(box.minLat, 27.99);
    EXPECT_DOUBLE_EQ(box.maxLat, 28.001);
}

TEST(Project, SameContentIgnoresListeners) {
    Project a = Project::createDefault();
    Project b = Project::createDefault();
    b.addListener([](const ChangeEvent&) {});
    EXPECT_TRUE(a.sameContent(b));
    a.addFacility(facility("pharmacy"));
    EXPECT_FALSE(a.sameContent(b));
}

TEST(GateOpenAt, ReadsOpeningHours) {
    constexpr int kSix = 6 * 60, kNoon = 12 * 60, kElevenPm = 23 * 60;
    EXPECT_EQ(gateOpenAt("", kElevenPm), true);
    EXPECT_EQ(gateOpenAt("24/7", 0), true);
    EXPECT_EQ(gateOpenAt("closed", kNoon), false);
    EXPECT_EQ(gateOpenAt("06:00-22:00", kNoon), true);
    EXPECT_EQ(gateOpenAt("06:00-22:00", kElevenPm), false);
    EXPECT_EQ(gateOpenAt("06:00-22:00", kSix), true) << "the start minute is open";
    EXPECT_EQ(gateOpenAt("06:00-22:00", 22 * 60), false) << "the end minute is closed";
    EXPECT_EQ(gateOpenAt("22:00-06:00", kElevenPm), true) << "past midnight";
    EXPECT_EQ(gateOpenAt("22:00-06:00", kNoon), false);
    EXPECT_EQ(gateOpenAt("07:00-09:00, 17:00-19:30", 18 * 60), true);
    EXPECT_EQ(gateOpenAt("07:00-09:00; 17:00-19:30", kNoon), false);
    EXPECT_EQ(gateOpenAt("00:00-24:00", kElevenPm), true);
    EXPECT_EQ(gateOpenAt("Mo-Fr 08:00-18:00", kNoon), std::nullopt);
    EXPECT_EQ(gateOpenAt("25:00-26:00", kNoon), std::nullopt);
    EXPECT_EQ(gateOpenAt("06:00-", kNoon), std::nullopt);
}

}  // namespace
}  // namespace yike::project
