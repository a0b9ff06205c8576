// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project.h"

#include <cstdint>
#include <limits>
#include <string>
#include <utility>
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

TEST(Project, CopiesShareLayersUntilOneChanges) {
    Project original;
    original.addFacility(facility("pharmacy"));
    original.addFacility(facility("grocery"));
    original.addCompound(squareCompound("A"));
    GreenArea park;
    park.outline.outer = {{112.0, 28.0}, {112.001, 28.0}, {112.001, 28.001}};
    park.kind = "park";
    original.addGreenArea(park);

    const Project snapshot = original;  // what a background render reads
    EXPECT_TRUE(snapshot.facilities().sharesItemsWith(original.facilities()));
    EXPECT_TRUE(snapshot.compounds().sharesItemsWith(original.compounds()));
    EXPECT_TRUE(snapshot.greenAreas().sharesItemsWith(original.greenAreas()));
    const Facility* before = &snapshot.facilities().items()[0];

    // Changing one layer of the original copies that layer only; the snapshot is untouched.
    Facility moved = original.facilities().items()[0];
    moved.position = {113.0, 29.0};
    original.updateFacility(moved);
    original.removeFacility(original.facilities().items()[1].id);
    EXPECT_FALSE(snapshot.facilities().sharesItemsWith(original.facilities()));
    EXPECT_TRUE(snapshot.compounds().sharesItemsWith(original.compounds()));
    EXPECT_EQ(&snapshot.facilities().items()[0], before);
    ASSERT_EQ(snapshot.facilities().size(), 2u);
    EXPECT_EQ(snapshot.facilities().items()[0].position, geo::LonLat());
    EXPECT_EQ(original.facilities().size(), 1u);
    EXPECT_EQ(original.facilities().items()[0].position, (geo::LonLat{113.0, 29.0}));

    // And the other way round: changing a copy leaves the original alone.
    Project copy = original;
    copy.removeGreenArea(copy.greenAreas().items()[0].id);
    copy.addCompound(squareCompound("B"));
    EXPECT_EQ(original.greenAreas().size(), 1u);
    EXPECT_EQ(original.compounds().size(), 1u);
    EXPECT_EQ(copy.compounds().size(), 2u);
    EXPECT_FALSE(copy.sameContent(original));

    // Equal content compares equal whether shared or not; clear() detaches too.
    Project twin = original;
    EXPECT_TRUE(twin.sameContent(original));
    Facility same = twin.facilities().items()[0];
    twin.updateFacility(same);  // a private, equal copy
    EXPECT_FALSE(twin.facilities().sharesItemsWith(original.facilities()));
    EXPECT_TRUE(twin.sameContent(original));
    FeatureCollection<Facility> cleared = original.facilities();
    cleared.clear();
    EXPECT_TRUE(cleared.items().empty());
    EXPECT_EQ(original.facilities().size(), 1u);
    EXPECT_EQ(cleared.find(original.facilities().items()[0].id), nullptr);
}

TEST(Project, SameContentIgnoresListeners) {
    Project a = Project::createDefault();
    Project b = Project::createDefault();
    b.addListener([](const ChangeEvent&) {});
    EXPECT_TRUE(a.sameContent(b));
    a.addFacility(facility("pharmacy"));
    EXPECT_FALSE(a.sameContent(b));
}

std::vector<std::string> layoutNames(const Project& p) {
    std::vector<std::string> names;
    for (const PrintLayout& layout : p.printLayouts()) names.push_back(layout.name);
    return names;
}

TEST(Project, PrintLayoutsKeepTheirPlaceAndUniqueNames) {
    Project p;
    std::vector<ChangeEvent> events;
    p.addListener([&](const ChangeEvent& e) { events.push_back(e); });
    EXPECT_EQ(p.setPrintLayout({"总图", "guide_map", "{}"}), 0u);
    EXPECT_EQ(p.setPrintLayout({"Annual report", "report", "{}"}), 1u);
    EXPECT_EQ(p.setPrintLayout({"东片区", "guide_map", "{}"}), 2u);
    // Not sorted by name: in the order they came, and a replaced one stays where it was.
    EXPECT_EQ(p.setPrintLayout({"Annual report", "report", R"({"pages":3})"}), 1u);
    EXPECT_EQ(layoutNames(p), (std::vector<std::string>{"总图", "Annual report", "东片区"}));
    ASSERT_NE(p.printLayout("Annual report"), nullptr);
    EXPECT_EQ(p.printLayout("Annual report")->definition, R"({"pages":3})");
    EXPECT_EQ(p.printLayout("annual report"), nullptr);

    const Project before = p;
    EXPECT_EQ(p.removePrintLayout("总图"), 0u);
    EXPECT_FALSE(p.sameContent(before));
    EXPECT_THROW(p.removePrintLayout("总图"), ProjectLogicError);
    EXPECT_THROW(p.insertPrintLayout(3, {"总图", "guide_map", "{}"}), ProjectLogicError);
    EXPECT_THROW(p.insertPrintLayout(0, {"东片区", "guide_map", "{}"}), ProjectLogicError);
    p.insertPrintLayout(0, {"总图", "guide_map", "{}"});
    EXPECT_TRUE(p.sameContent(before));

    ASSERT_EQ(events.size(), 6u);
    for (const ChangeEvent& e : events) {
        EXPECT_EQ(e.layer, Layer::PrintLayouts);
        EXPECT_EQ(e.kind, ChangeEvent::Kind::Reset);
    }
}

TEST(Project, RefusesPrintLayoutsItCannotStore) {
    Project p;
    p.setPrintLayout({"总图", "guide_map", "{}"});
    const std::uint64_t revision = p.revision();
    const std::string notUtf8 = "\xE6\x80";  // the first two of the three bytes of 总
    const std::string title = "{\"title\":\"" + notUtf8 + "\"}";
    for (const PrintLayout& bad :
         {PrintLayout{"", "guide_map", "{}"}, PrintLayout{"总图", "", "{}"},
          PrintLayout{notUtf8, "guide_map", "{}"}, PrintLayout{"总图", "guide" + notUtf8, "{}"},
          PrintLayout{"总图", "guide_map", title}}) {
        EXPECT_THROW(Project::checkPrintLayout(bad), ProjectLogicError) << bad.name;
        EXPECT_THROW(p.setPrintLayout(bad), ProjectLogicError) << bad.name;
        EXPECT_THROW(p.insertPrintLayout(1, bad), ProjectLogicError) << bad.name;
    }
    EXPECT_EQ(p.revision(), revision);
    EXPECT_EQ(p.printLayout("总图")->definition, "{}");
    // Core keeps the definition as it is: it need not be JSON, and may be empty.
    EXPECT_NO_THROW(p.setPrintLayout({"草稿", "report", ""}));
    EXPECT_NO_THROW(p.setPrintLayout({"草稿", "report", "not JSON \"yet\" 未完成"}));
}

Circle areaCircle(const std::string& name) {
    Circle c;
    c.name = name;
    c.kind = CircleKind::Area;
    c.area = {geo::Polygon{{{118.78, 32.04}, {118.79, 32.04}, {118.79, 32.05}}, {}}};
    return c;
}

Circle centreCircle(const std::string& name, FeatureId facility) {
    Circle c;
    c.name = name;
    c.kind = CircleKind::Centre;
    c.centreFacility = facility;
    return c;
}

std::vector<std::string> circleNames(const Project& p) {
    std::vector<std::string> names;
    for (const Circle& c : p.circles()) names.push_back(c.name);
    return names;
}

TEST(Project, CirclesKeepTheirPlaceAndUniqueNames) {
    Project p;
    std::vector<ChangeEvent> events;
    p.addListener([&](const ChangeEvent& e) { events.push_back(e); });
    EXPECT_EQ(p.setCircle(areaCircle("汉中路社区")), 0u);
    EXPECT_EQ(p.setCircle(centreCircle("Clinic walk", 7)), 1u);
    EXPECT_EQ(p.setCircle(areaCircle("华侨路社区")), 2u);
    // A circle of a name already used replaces that one where it is.
    Circle survey = centreCircle("Clinic walk", 7);
    survey.satisfactionPercent = 72.0;
    EXPECT_EQ(p.setCircle(survey), 1u);
    EXPECT_EQ(circleNames(p),
              (std::vector<std::string>{"汉中路社区", "Clinic walk", "华侨路社区"}));
    ASSERT_NE(p.circle("Clinic walk"), nullptr);
    EXPECT_EQ(*p.circle("Clinic walk"), survey);
    EXPECT_EQ(p.circle("clinic walk"), nullptr);

    const Project before = p;
    EXPECT_EQ(p.removeCircle("汉中路社区"), 0u);
    EXPECT_FALSE(p.sameContent(before));
    EXPECT_THROW(p.removeCircle("汉中路社区"), ProjectLogicError);
    EXPECT_THROW(p.insertCircle(3, areaCircle("汉中路社区")), ProjectLogicError);
    EXPECT_THROW(p.insertCircle(0, areaCircle("华侨路社区")), ProjectLogicError);
    p.insertCircle(0, areaCircle("汉中路社区"));
    EXPECT_TRUE(p.sameContent(before));

    ASSERT_EQ(events.size(), 6u);
    for (const ChangeEvent& e : events) {
        EXPECT_EQ(e.layer, Layer::Circles);
        EXPECT_EQ(e.kind, ChangeEvent::Kind::Reset);
    }
}

TEST(Project, ReplaceCircleRenamesInPlace) {
    Project p;
    p.setCircle(areaCircle("汉中路社区"));
    p.setCircle(centreCircle("Clinic walk", 7));
    p.setCircle(areaCircle("华侨路社区"));
    Circle renamed = centreCircle("卫生站 10 分钟", 7);
    renamed.minutes = 10.0;
    EXPECT_EQ(p.replaceCircle("Clinic walk", renamed), 1u);
    EXPECT_EQ(circleNames(p),
              (std::vector<std::string>{"汉中路社区", "卫生站 10 分钟", "华侨路社区"}));
    EXPECT_EQ(p.circle("Clinic walk"), nullptr);
    EXPECT_EQ(p.circle("卫生站 10 分钟")->minutes, 10.0);
    // Kept under its own name, it is a plain replacement.
    renamed.notes = "复核";
    EXPECT_EQ(p.replaceCircle("卫生站 10 分钟", renamed), 1u);
    EXPECT_EQ(p.circle("卫生站 10 分钟")->notes, "复核");

    const std::uint64_t revision = p.revision();
    EXPECT_THROW(p.replaceCircle("Clinic walk", renamed), ProjectLogicError);
    EXPECT_THROW(p.replaceCircle("卫生站 10 分钟", areaCircle("华侨路社区")), ProjectLogicError);
    EXPECT_THROW(p.replaceCircle("卫生站 10 分钟", areaCircle(" ")), ProjectLogicError);
    EXPECT_EQ(p.revision(), revision);
    EXPECT_EQ(*p.circle("卫生站 10 分钟"), renamed);
}

TEST(Project, CircleOptionalFiguresKeepMissingApartFromZero) {
    Project p;
    Circle zero = areaCircle("零");
    zero.satisfactionPercent = 0.0;
    zero.households = 0;
    p.setCircle(zero);
    p.setCircle(areaCircle("空"));
    EXPECT_EQ(p.circle("零")->satisfactionPercent, 0.0);
    EXPECT_EQ(p.circle("零")->households, 0);
    EXPECT_FALSE(p.circle("空")->satisfactionPercent.has_value());
    EXPECT_FALSE(p.circle("空")->households.has_value());
    EXPECT_FALSE(*p.circle("零") == *p.circle("空"));
    // Defaults: a 15-minute walk at the adult profile.
    EXPECT_EQ(Circle{}.minutes, 15.0);
    EXPECT_EQ(Circle{}.profileCode, "adult");
}

TEST(Project, CirclesCountInTheBounds) {
    Project p;
    p.setCircle(areaCircle("汉中路社区"));
    Circle point = centreCircle("广场", 0);
    point.centrePoint = geo::LonLat{118.70, 32.10};
    p.setCircle(point);
    EXPECT_EQ(p.bounds(), (geo::BoundingBox{118.70, 32.04, 118.79, 32.10}));
}

/// checkCircle refuses `circle` with a message that has `expected` in it.
void expectCircleRefused(const Circle& circle, const std::string& expected) {
    SCOPED_TRACE(expected);
    try {
        Project::checkCircle(circle);
        ADD_FAILURE() << "accepted";
    } catch (const ProjectLogicError& e) {
        EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
    }
    Project p;
    p.setCircle(areaCircle("其他"));
    const std::uint64_t revision = p.revision();
    EXPECT_THROW(p.setCircle(circle), ProjectLogicError);
    EXPECT_THROW(p.insertCircle(0, circle), ProjectLogicError);
    EXPECT_THROW(p.replaceCircle("其他", circle), ProjectLogicError);
    EXPECT_EQ(p.revision(), revision);
}

TEST(Project, RefusesCirclesItCannotStore) {
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    expectCircleRefused(areaCircle(""), "living circle without a name");
    expectCircleRefused(areaCircle(" \t"), "living circle without a name");
    expectCircleRefused(areaCircle("\xE3\x80\x80"), "living circle without a name");  // U+3000
    expectCircleRefused(areaCircle("\xE6\x80"), "living circle name that is not UTF-8");

    Circle c = areaCircle("东片区");
    c.area.clear();
    expectCircleRefused(c, "living circle '东片区': an area circle needs an outline");
    c = areaCircle("东片区");
    c.area.push_back(geo::Polygon{{{118.0, 32.0}, {118.1, 32.0}}, {}});
    expectCircleRefused(c, "the outer ring of part 2 has 2 vertices; a ring needs at least three");
    c = areaCircle("东片区");
    c.area[0].holes.push_back({{118.781, 32.041}, {118.782, 32.041}, {nan, 32.042}});
    expectCircleRefused(c, "hole 1 of part 1 has a vertex that is not a finite longitude");
    c = areaCircle("东片区");
    c.area[0].outer[1].lon = inf;
    expectCircleRefused(c, "the outer ring of part 1 has a vertex that is not a finite");
    c = areaCircle("东片区");
    c.centreFacility = 3;
    expectCircleRefused(c, "an area circle has no centre facility or point");
    c = areaCircle("东片区");
    c.centrePoint = geo::LonLat{118.78, 32.04};
    expectCircleRefused(c, "an area circle has no centre facility or point");

    c = centreCircle("卫生站", 0);
    expectCircleRefused(c, "living circle '卫生站': a centre circle needs a facility or a point");
    c.centreFacility = -4;
    expectCircleRefused(c, "facility id -4 is negative");
    c.centreFacility = 4;
    c.centrePoint = geo::LonLat{118.78, 32.04};
    expectCircleRefused(c, "a centre circle has a facility or a point, not both");
    c.centreFacility = 0;
    c.centrePoint = geo::LonLat{nan, 32.04};
    expectCircleRefused(c, "its centre is not a finite longitude and latitude");
    c = centreCircle("卫生站", 4);
    c.area = areaCircle("卫生站").area;
    expectCircleRefused(c, "a centre circle has no outline");

    for (const double minutes : {0.0, -5.0, inf, nan}) {
        c = centreCircle("卫生站", 4);
        c.minutes = minutes;
        expectCircleRefused(c, "minutes; it must be more than 0");
    }
    c = areaCircle("东片区");
    c.minutes = 0.0;
    expectCircleRefused(c, "a walk of 0 minutes; it must be more than 0");
    c = centreCircle("卫生站", 4);
    c.profileCode.clear();
    expectCircleRefused(c, "it has no walk profile");
    for (const double percent : {-0.5, 100.5, nan, inf}) {
        c = centreCircle("卫生站", 4);
        c.satisfactionPercent = percent;
        expectCircleRefused(c, "%; it must be 0 .. 100");
    }
    c = centreCircle("卫生站", 4);
    c.households = -1;
    expectCircleRefused(c, "-1 households; the count cannot be negative");
    c = centreCircle("卫生站", 4);
    c.notes = "\xFF";
    expectCircleRefused(c, "its notes are not UTF-8");

    // The edges of the ranges are fine.
    c = centreCircle("卫生站", 4);
    c.minutes = 0.5;
    c.satisfactionPercent = 100.0;
    c.households = 0;
    EXPECT_NO_THROW(Project::checkCircle(c));
    c.satisfactionPercent = 0.0;
    EXPECT_NO_THROW(Project::checkCircle(c));
    EXPECT_NO_THROW(Project::checkCircle(areaCircle(" 东片区 ")));
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

TEST(FeatureCollection, FindsAndGuardsIdsInAnyOrder) {
    const auto withId = [](FeatureId id) {
        Facility f;
        f.id = id;
        return f;
    };
    FeatureCollection<Facility> c;
    for (int i = 0; i < 5; ++i) c.add(Facility());  // ids 1..5, ascending
    EXPECT_EQ(c.find(4)->id, 4);
    EXPECT_EQ(c.find(6), nullptr);
    EXPECT_THROW(c.add(withId(3)), ProjectLogicError);
    // Undoing a deletion puts an older id at the end: still found, still guarded.
    c.remove(2);
    EXPECT_EQ(c.find(2), nullptr);
    c.add(withId(2));
    EXPECT_EQ(c.items().back().id, 2);
    for (FeatureId id : {1, 2, 3, 4, 5}) EXPECT_EQ(c.find(id)->id, id) << id;
    EXPECT_THROW(c.add(withId(2)), ProjectLogicError);
    EXPECT_THROW(c.add(withId(5)), ProjectLogicError);
    EXPECT_EQ(c.add(withId(9)), 9);
    EXPECT_EQ(c.find(9)->id, 9);
    EXPECT_EQ(c.add(Facility()), 10);
    c.remove(9);
    EXPECT_EQ(c.find(9), nullptr);
    EXPECT_EQ(c.find(10)->id, 10);
    c.clear();
    EXPECT_EQ(c.add(withId(4)), 4);
    EXPECT_EQ(c.find(4)->id, 4);
}

TEST(Project, BulkChangesAnnounceOneResetPerLayer) {
    Project p = Project::createDefault();
    std::vector<ChangeEvent> events;
    p.addListener([&](const ChangeEvent& e) { events.push_back(e); });
    std::vector<Facility> facilities(3);
    for (Facility& f : facilities) f.categoryCode = "pharmacy";
    const std::vector<FeatureId> ids = p.addFacilities(facilities);
    EXPECT_EQ(ids, (std::vector<FeatureId>{1, 2, 3}));
    EXPECT_EQ(p.facilities().size(), 3u);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].layer, Layer::Facilities);
    EXPECT_EQ(events[0].kind, ChangeEvent::Kind::Reset);

    EXPECT_TRUE(p.addIdleSpaces({}).empty());
    EXPECT_EQ(events.size(), 1u) << "nothing added, nothing announced";
    EXPECT_EQ(p.addCompounds(std::vector<Compound>(2)).size(), 2u);
    EXPECT_EQ(p.addIdleSpaces(std::vector<IdleSpace>(1)), (std::vector<FeatureId>{1}));
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[1].layer, Layer::Compounds);
    EXPECT_EQ(events[2].layer, Layer::IdleSpaces);

    p.removeFacilities({3, 2});
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(events[3].kind, ChangeEvent::Kind::Reset);
    ASSERT_EQ(p.facilities().size(), 1u);
    EXPECT_EQ(p.facilities().items()[0].id, 1);
    p.removeCompounds({2, 1});
    p.removeIdleSpaces({1});
    EXPECT_EQ(p.compounds().size() + p.idleSpaces().size(), 0u);

    // A failure part way keeps what was done and still announces it.
    std::vector<Facility> clash(2);
    clash[1].id = 1;  // already used
    EXPECT_THROW(p.addFacilities(clash), ProjectLogicError);
    EXPECT_EQ(p.facilities().size(), 2u);
    EXPECT_EQ(events.back().layer, Layer::Facilities);
    EXPECT_EQ(events.back().kind, ChangeEvent::Kind::Reset);
    const std::size_t before = events.size();
    EXPECT_THROW(p.removeFacilities({99}), ProjectLogicError);
    EXPECT_EQ(events.size(), before) << "nothing removed, nothing announced";
    EXPECT_TRUE(p.removeGates({}).empty());
    EXPECT_EQ(events.size(), before);
}

// A layer of `n` facilities with ids 1..n, each named after its id.
Project numberedFacilities(int n) {
    Project p;
    std::vector<Facility> items(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < items.size(); ++i) items[i].name = "f" + std::to_string(i + 1);
    p.addFacilities(std::move(items));
    return p;
}

std::vector<FeatureId> idsOf(const FeatureCollection<Facility>& c) {
    std::vector<FeatureId> ids;
    for (const Facility& f : c.items()) ids.push_back(f.id);
    return ids;
}

TEST(Project, BulkRemovalKeepsTheRestInOrderAndFindable) {
    Project p = numberedFacilities(3000);
    // Every third facility, listed in no particular order.
    std::vector<FeatureId> gone;
    for (FeatureId id = 3000; id >= 1; id -= 3) gone.push_back(id);
    std::swap(gone.front(), gone[gone.size() / 2]);
    std::vector<ChangeEvent> events;
    p.addListener([&](const ChangeEvent& e) { events.push_back(e); });

    const std::vector<std::size_t> indices = p.removeFacilities(gone);
    ASSERT_EQ(indices.size(), gone.size());
    for (std::size_t i = 0; i < gone.size(); ++i)
        EXPECT_EQ(indices[i], static_cast<std::size_t>(gone[i] - 1)) << "the index it had";
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].layer, Layer::Facilities);
    EXPECT_EQ(events[0].kind, ChangeEvent::Kind::Reset);

    std::vector<FeatureId> expected;
    for (FeatureId id = 1; id <= 3000; ++id)
        if (id % 3 != 0) expected.push_back(id);
    EXPECT_EQ(idsOf(p.facilities()), expected);
    for (FeatureId id = 1; id <= 3000; ++id) {
        const Facility* f = p.facilities().find(id);
        if (id % 3 == 0) {
            EXPECT_EQ(f, nullptr) << id;
        } else {
            ASSERT_NE(f, nullptr) << id;
            EXPECT_EQ(f->name, "f" + std::to_string(id));
        }
    }
    EXPECT_EQ(p.addFacility(Facility()), 3001) << "the id counter never goes back";
}

TEST(Project, BulkRemovalOfAnUnknownOrRepeatedIdChangesNothing) {
    Project p = numberedFacilities(10);
    const Project before = p;
    int events = 0;
    p.addListener([&](const ChangeEvent&) { ++events; });
    EXPECT_THROW(p.removeFacilities({2, 4, 11, 6}), ProjectLogicError);
    EXPECT_THROW(p.removeFacilities({2, 4, 2}), ProjectLogicError);
    EXPECT_THROW(p.removeFacilities({0}), ProjectLogicError);
    EXPECT_EQ(events, 0);
    EXPECT_TRUE(p.sameContent(before));
    EXPECT_EQ(p.facilities().size(), 10u);
    EXPECT_TRUE(p.facilities().sharesItemsWith(before.facilities())) << "not even copied";
}

TEST(Project, BulkRemovalLeavesCopiesAlone) {
    Project p = numberedFacilities(100);
    const Project snapshot = p;
    const Facility* first = &snapshot.facilities().items()[0];
    p.removeFacilities({1, 50, 100});
    EXPECT_FALSE(p.facilities().sharesItemsWith(snapshot.facilities()));
    EXPECT_EQ(p.facilities().size(), 97u);
    ASSERT_EQ(snapshot.facilities().size(), 100u);
    EXPECT_EQ(&snapshot.facilities().items()[0], first);
    EXPECT_EQ(idsOf(snapshot.facilities()), idsOf(numberedFacilities(100).facilities()));

    // And a copy taken after the removal keeps its items through the restore.
    const Project removed = p;
    p.restoreFacilities({*snapshot.facilities().find(50)}, {49});
    EXPECT_EQ(removed.facilities().size(), 97u);
    EXPECT_EQ(removed.facilities().find(50), nullptr);
    EXPECT_EQ(p.facilities().size(), 98u);
}

TEST(Project, RestoreUndoesABulkRemovalExactly) {
    Project p = numberedFacilities(200);
    // A feature added back under its old id goes last: the list no longer ascends.
    const Facility seven = *p.facilities().find(7);
    p.removeFacility(7);
    p.addFacility(seven);
    ASSERT_EQ(p.facilities().items().back().id, 7);
    const Project before = p;

    std::vector<FeatureId> gone{150, 7, 1, 2, 3, 99, 200};
    std::vector<Facility> removed;
    for (FeatureId id : gone) removed.push_back(*p.facilities().find(id));
    const std::vector<std::size_t> indices = p.removeFacilities(gone);
    EXPECT_EQ(indices[1], 199u) << "7 was last";
    EXPECT_EQ(p.facilities().items().back().id, 199);
    for (FeatureId id : {4, 100, 198}) EXPECT_EQ(p.facilities().find(id)->id, id);

    std::vector<ChangeEvent> events;
    p.addListener([&](const ChangeEvent& e) { events.push_back(e); });
    p.restoreFacilities(removed, indices);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].kind, ChangeEvent::Kind::Reset);
    EXPECT_TRUE(p.sameContent(before)) << "same items in the same order";
    EXPECT_EQ(p.facilities().items().back().id, 7);
    for (FeatureId id = 1; id <= 200; ++id) EXPECT_EQ(p.facilities().find(id)->id, id) << id;
    EXPECT_EQ(p.facilities().find(7)->name, "f7");
}

TEST(Project, RestoreChecksEverythingFirst) {
    Project p = numberedFacilities(5);
    const std::vector<std::size_t> at = p.removeFacilities({2, 4});
    const Project before = p;
    int events = 0;
    p.addListener([&](const ChangeEvent&) { ++events; });
    const auto withId = [](FeatureId id) {
        Facility f;
        f.id = id;
        return f;
    };
    EXPECT_THROW(p.restoreFacilities({withId(2), withId(3)}, {1, 2}), ProjectLogicError)
        << "3 is in use";
    EXPECT_THROW(p.restoreFacilities({withId(2), withId(2)}, {1, 3}), ProjectLogicError);
    EXPECT_THROW(p.restoreFacilities({withId(2), Facility()}, {1, 3}), ProjectLogicError)
        << "a restored feature brings its id";
    EXPECT_THROW(p.restoreFacilities({withId(2), withId(4)}, {1, 1}), ProjectLogicError);
    EXPECT_THROW(p.restoreFacilities({withId(2), withId(4)}, {1, 5}), ProjectLogicError)
        << "five items: index 5 is past the end";
    EXPECT_THROW(p.restoreFacilities({withId(2), withId(4)}, {1}), ProjectLogicError);
    EXPECT_EQ(events, 0);
    EXPECT_TRUE(p.sameContent(before));

    p.restoreFacilities({withId(4), withId(2)}, {at[1], at[0]});
    EXPECT_EQ(idsOf(p.facilities()), (std::vector<FeatureId>{1, 2, 3, 4, 5}));
    EXPECT_EQ(events, 1);
}

TEST(Project, ASingleDeletionIsUndoneInPlace) {
    Project p = numberedFacilities(6);
    const FeatureId compound = p.addCompound(squareCompound("A"));
    Gate gate;
    gate.compoundId = compound;
    const FeatureId g1 = p.addGate(gate);
    const FeatureId g2 = p.addGate(gate);
    const Project before = p;
    std::vector<ChangeEvent> events;
    p.addListener([&](const ChangeEvent& e) { events.push_back(e); });

    const Facility three = *p.facilities().find(3);
    const Facility five = *p.facilities().find(5);
    EXPECT_EQ(p.removeFacility(3), 2u);
    EXPECT_EQ(p.removeFacility(5), 3u) << "counted after 3 went";
    const Gate first = *p.gates().find(g1);
    EXPECT_EQ(p.removeGate(g1), 0u);
    const Compound a = *p.compounds().find(compound);
    EXPECT_EQ(p.removeCompound(compound), 0u);

    EXPECT_THROW(p.restoreGate(first, 0), ProjectLogicError) << "its compound is gone";
    EXPECT_THROW(p.restoreFacility(five, 5), ProjectLogicError) << "past the end of four";
    EXPECT_THROW(p.restoreFacility(*p.facilities().find(1), 0), ProjectLogicError) << "1 is in use";
    ASSERT_EQ(events.size(), 4u) << "refusals change nothing";

    // Newest first, each at the index it had: exactly as before, order and all.
    p.restoreCompound(a, 0);
    p.restoreGate(first, 0);
    p.restoreFacility(five, 3);
    p.restoreFacility(three, 2);
    EXPECT_TRUE(p.sameContent(before));
    EXPECT_EQ(idsOf(p.facilities()), (std::vector<FeatureId>{1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(p.gates().items().front().id, g1);
    EXPECT_EQ(p.gates().items().back().id, g2);
    ASSERT_EQ(events.size(), 8u);
    EXPECT_EQ(events[4].kind, ChangeEvent::Kind::Added);
    EXPECT_EQ(events[4].layer, Layer::Compounds);
    EXPECT_EQ(events[7].id, 3);
}

TEST(Project, GatesGoAndComeBackInBulk) {
    Project p;
    const FeatureId a = p.addCompound(squareCompound("A"));
    const FeatureId b = p.addCompound(squareCompound("B"));
    std::vector<Gate> gates;
    for (int i = 0; i < 6; ++i) {
        Gate g;
        g.compoundId = i % 2 == 0 ? a : b;
        g.name = "门" + std::to_string(i);
        gates.push_back(*p.gates().find(p.addGate(g)));
    }
    const Project before = p;
    std::vector<ChangeEvent> events;
    p.addListener([&](const ChangeEvent& e) { events.push_back(e); });

    // A compound's gates first, then the compound, as a deletion does.
    const std::vector<FeatureId> ofA{gates[0].id, gates[2].id, gates[4].id};
    const std::vector<std::size_t> gateAt = p.removeGates(ofA);
    const std::vector<std::size_t> compoundAt = p.removeCompounds({a});
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].layer, Layer::Gates);
    EXPECT_EQ(events[1].layer, Layer::Compounds);
    EXPECT_EQ(p.gates().size(), 3u);

    const std::vector<Gate> gatesOfA{gates[0], gates[2], gates[4]};
    EXPECT_THROW(p.restoreGates(gatesOfA, gateAt), ProjectLogicError) << "compound A is gone";
    EXPECT_EQ(p.gates().size(), 3u);
    p.restoreCompounds({*before.compounds().find(a)}, compoundAt);
    p.restoreGates(gatesOfA, gateAt);
    EXPECT_TRUE(p.sameContent(before));
    EXPECT_EQ(events.size(), 4u);
}

}  // namespace
}  // namespace yike::project
