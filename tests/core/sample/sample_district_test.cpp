// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/sample_district.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "core/catalog/catalog.h"
#include "core/geo/local_frame.h"
#include "core/project/features.h"
#include "core/project/project.h"
#include "core/project/project_file.h"
#include "tests/support/test_data.h"

namespace yike::sample {
namespace {

using geo::LocalXY;
using project::Project;

// Generating takes a few milliseconds; share one district between the geometric checks.
const Project& district() {
    static const Project p = generateSampleDistrict();
    return p;
}

geo::LocalFrame frameFor(const Project& p) {
    const geo::BoundingBox b = p.bounds();
    return geo::LocalFrame({(b.minLon + b.maxLon) / 2, (b.minLat + b.maxLat) / 2});
}

std::vector<LocalXY> toLocal(const std::vector<geo::LonLat>& points, const geo::LocalFrame& f) {
    std::vector<LocalXY> out;
    out.reserve(points.size());
    for (const geo::LonLat& p : points) out.push_back(f.toLocal(p));
    return out;
}

double cross(LocalXY o, LocalXY a, LocalXY b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

double distanceToSegment(LocalXY p, LocalXY a, LocalXY b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

double distanceToRing(LocalXY p, const std::vector<LocalXY>& ring) {
    double best = INFINITY;
    for (std::size_t i = 0; i < ring.size(); ++i)
        best = std::min(best, distanceToSegment(p, ring[i], ring[(i + 1) % ring.size()]));
    return best;
}

/// Segments ab and cd share at least one point (touching counts), within `eps` metres.
bool segmentsMeet(LocalXY a, LocalXY b, LocalXY c, LocalXY d, double eps = 1e-6) {
    const double d1 = cross(c, d, a), d2 = cross(c, d, b);
    const double d3 = cross(a, b, c), d4 = cross(a, b, d);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        return true;
    return distanceToSegment(a, c, d) <= eps || distanceToSegment(b, c, d) <= eps
           || distanceToSegment(c, a, b) <= eps || distanceToSegment(d, a, b) <= eps;
}

/// Segments ab and cd cross at a point inside both (not at an end of either).
bool segmentsCrossProperly(LocalXY a, LocalXY b, LocalXY c, LocalXY d) {
    const double d1 = cross(c, d, a), d2 = cross(c, d, b);
    const double d3 = cross(a, b, c), d4 = cross(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

bool insideRing(LocalXY p, const std::vector<LocalXY>& ring) {
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LocalXY a = ring[i], b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

bool segmentMeetsRing(LocalXY a, LocalXY b, const std::vector<LocalXY>& ring) {
    if (insideRing(a, ring) || insideRing(b, ring)) return true;
    for (std::size_t i = 0; i < ring.size(); ++i)
        if (segmentsMeet(a, b, ring[i], ring[(i + 1) % ring.size()])) return true;
    return false;
}

bool ringsOverlap(const std::vector<LocalXY>& r, const std::vector<LocalXY>& s) {
    for (std::size_t i = 0; i < r.size(); ++i)
        if (segmentMeetsRing(r[i], r[(i + 1) % r.size()], s)) return true;
    return insideRing(s.front(), r);
}

struct UnionFind {
    explicit UnionFind(std::size_t n) : parent(n) {
        std::iota(parent.begin(), parent.end(), std::size_t{0});
    }
    std::size_t find(std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
    void unite(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
    std::vector<std::size_t> parent;
};

bool isFenced(const project::Compound& c) {
    return c.fenced;
}

// --- determinism ------------------------------------------------------------------------

TEST(SampleDistrict, SameSeedGivesSameDistrict) {
    const Project a = generateSampleDistrict();
    const Project b = generateSampleDistrict();
    EXPECT_TRUE(a.sameContent(b));
    EXPECT_TRUE(a.sameContent(district()));
    const Project c = generateSampleDistrict({test::testSeed()});
    const Project d = generateSampleDistrict({test::testSeed()});
    EXPECT_TRUE(c.sameContent(d)) << "seed " << test::testSeed();
}

TEST(SampleDistrict, SurvivesSavingAndLoading) {
    const test::ScratchDir dir;
    project::ProjectFile::writeCopy(dir / "sample.yike", district());
    const auto file =
        project::ProjectFile::open(dir / "sample.yike", project::ProjectFile::Mode::ReadOnly);
    EXPECT_TRUE(file->load().sameContent(district()));
}

TEST(SampleDistrict, DifferentSeedGivesDifferentDistrict) {
    const Project a = generateSampleDistrict({1});
    const Project b = generateSampleDistrict({2});
    EXPECT_FALSE(a.sameContent(b));
    EXPECT_NE(a.streets().items().front().line, b.streets().items().front().line);
}

// --- content and counts -----------------------------------------------------------------

void expectCountsInRange(const Project& p) {
    const auto& compounds = p.compounds().items();
    const auto fenced = std::count_if(compounds.begin(), compounds.end(), isFenced);
    const auto open = static_cast<std::ptrdiff_t>(compounds.size()) - fenced;
    EXPECT_GE(fenced, 20);
    EXPECT_LE(fenced, 30);
    EXPECT_GE(open, 2);
    EXPECT_LE(open, 3);
    EXPECT_GE(p.facilities().size(), 25u);
    EXPECT_LE(p.facilities().size(), 35u);
    EXPECT_GE(p.idleSpaces().size(), 20u);
    EXPECT_LE(p.idleSpaces().size(), 30u);
    EXPECT_EQ(p.waterAreas().size(), 1u);
    EXPECT_GT(p.streets().size(), 100u);
    const auto& streets = p.streets().items();
    const auto bridges =
        std::count_if(streets.begin(), streets.end(), [](const auto& s) { return s.bridge; });
    EXPECT_GE(bridges, 2);
    EXPECT_LE(bridges, 3);

    std::map<project::FeatureId, int> gatesPerCompound;
    for (const project::Gate& g : p.gates().items()) ++gatesPerCompound[g.compoundId];
    for (const project::Compound& c : compounds) {
        if (c.fenced) {
            EXPECT_GE(gatesPerCompound[c.id], 1) << c.name;
            EXPECT_LE(gatesPerCompound[c.id], 4) << c.name;
        } else {
            EXPECT_EQ(gatesPerCompound[c.id], 0) << c.name;
        }
    }
}

TEST(SampleDistrict, CountsAreInTheStatedRanges) {
    expectCountsInRange(district());
    for (std::uint64_t seed : {std::uint64_t{1}, std::uint64_t{2}, std::uint64_t{3},
                               std::uint64_t{4}, std::uint64_t{5}, test::testSeed()}) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        expectCountsInRange(generateSampleDistrict({seed}));
    }
}

TEST(SampleDistrict, IsAboutTwoKilometresSquare) {
    const Project& p = district();
    ASSERT_TRUE(p.studyArea().has_value());
    const geo::LocalFrame f = frameFor(p);
    const double area = geo::polygonAreaM2(*p.studyArea(), f);
    EXPECT_GT(area, 1600.0 * 1600.0);
    EXPECT_LT(area, 2400.0 * 2400.0);
    const geo::BoundingBox b = geo::boundsOf(*p.studyArea());
    EXPECT_TRUE(b.contains({112.94, 28.23}));

    // Everything but the river (which flows on) lies in the study area.
    const geo::BoundingBox grown{b.minLon - 1e-6, b.minLat - 1e-6, b.maxLon + 1e-6,
                                 b.maxLat + 1e-6};
    for (const auto& s : p.streets().items())
        for (const geo::LonLat& v : s.line) EXPECT_TRUE(grown.contains(v)) << s.name;
    for (const auto& c : p.compounds().items())
        for (const geo::LonLat& v : c.outline.outer) EXPECT_TRUE(grown.contains(v)) << c.name;
    for (const auto& fac : p.facilities().items()) EXPECT_TRUE(grown.contains(fac.position));
    for (const auto& s : p.idleSpaces().items()) EXPECT_TRUE(grown.contains(s.position));
}

TEST(SampleDistrict, StartsFromTheDefaultProject) {
    const Project& p = district();
    EXPECT_EQ(p.catalog(), catalog::builtinCatalog());
    EXPECT_EQ(p.walkProfiles(), project::defaultWalkProfiles());
    EXPECT_EQ(p.metadataValue(project::meta::kTitle), "示例街道（样例）");
    EXPECT_EQ(p.metadataValue(project::meta::kRegion), "示例区示例街道");
    EXPECT_NE(p.metadataValue(project::meta::kAttribution).find("sample"), std::string::npos);
    EXPECT_EQ(p.metadataValue(project::meta::kAttribution).find("OpenStreetMap"),
              std::string::npos);
}

// --- compounds and gates ----------------------------------------------------------------

TEST(SampleDistrict, GatesLieOnTheirCompoundOutline) {
    const Project& p = district();
    const geo::LocalFrame f = frameFor(p);
    int vehicle = 0, pedestrian = 0, timed = 0;
    for (const project::Gate& g : p.gates().items()) {
        const project::Compound* c = p.compounds().find(g.compoundId);
        ASSERT_NE(c, nullptr) << g.name;
        EXPECT_TRUE(c->fenced) << g.name;
        EXPECT_LT(distanceToRing(f.toLocal(g.position), toLocal(c->outline.outer, f)), 0.01)
            << g.name;
        EXPECT_FALSE(g.name.empty());
        (g.kind == project::GateKind::Vehicle ? vehicle : pedestrian) += 1;
        if (!g.openHours.empty()) ++timed;
    }
    EXPECT_GT(vehicle, 0);
    EXPECT_GT(pedestrian, 0);
    EXPECT_GT(timed, 0);
    EXPECT_LT(timed, static_cast<int>(p.gates().size()) / 2);
}

TEST(SampleDistrict, CompoundsOverlapNeitherEachOtherNorTheWater) {
    const Project& p = district();
    const geo::LocalFrame f = frameFor(p);
    const auto water = toLocal(p.waterAreas().items().front().outline.outer, f);
    const auto& compounds = p.compounds().items();
    for (std::size_t i = 0; i < compounds.size(); ++i) {
        const auto ring = toLocal(compounds[i].outline.outer, f);
        EXPECT_GT(geo::polygonAreaM2(compounds[i].outline, f), 1.0e4) << compounds[i].name;
        EXPECT_FALSE(ringsOverlap(ring, water)) << compounds[i].name;
        for (std::size_t j = i + 1; j < compounds.size(); ++j)
            EXPECT_FALSE(ringsOverlap(ring, toLocal(compounds[j].outline.outer, f)))
                << compounds[i].name << " / " << compounds[j].name;
    }
}

TEST(SampleDistrict, StreetsEnterFencedCompoundsOnlyAtGates) {
    const Project& p = district();
    const geo::LocalFrame f = frameFor(p);
    for (const project::Compound& c : p.compounds().items()) {
        if (!c.fenced) continue;
        const auto ring = toLocal(c.outline.outer, f);
        std::vector<LocalXY> gates;
        for (const project::Gate& g : p.gates().items())
            if (g.compoundId == c.id) gates.push_back(f.toLocal(g.position));
        const auto atGate = [&](LocalXY q) {
            return std::any_of(gates.begin(), gates.end(),
                               [&](LocalXY g) { return std::hypot(g.x - q.x, g.y - q.y) < 0.01; });
        };
        for (const project::Street& s : p.streets().items()) {
            const auto line = toLocal(s.line, f);
            for (std::size_t k = 0; k + 1 < line.size(); ++k) {
                if (!segmentMeetsRing(line[k], line[k + 1], ring)) continue;
                // A segment that meets the compound must be a path ending at a gate, and
                // footways only may run inside.
                const bool fromGate = atGate(line[k]) || atGate(line[k + 1]);
                EXPECT_TRUE(fromGate) << c.name << " is entered by " << s.highway << " " << s.name;
                const LocalXY mid{(line[k].x + line[k + 1].x) / 2, (line[k].y + line[k + 1].y) / 2};
                const bool inside = insideRing(mid, ring) && distanceToRing(mid, ring) > 0.01;
                if (inside) {
                    EXPECT_EQ(s.highway, "footway") << c.name;
                }
                for (std::size_t e = 0; e < ring.size(); ++e)
                    EXPECT_FALSE(segmentsCrossProperly(line[k], line[k + 1], ring[e],
                                                       ring[(e + 1) % ring.size()]))
                        << c.name << " fence crossed by " << s.highway;
            }
        }
    }
}

TEST(SampleDistrict, PopulationsAreConsistent) {
    for (const project::Compound& c : district().compounds().items()) {
        SCOPED_TRACE(c.name);
        EXPECT_GE(c.population, 1500);
        EXPECT_LE(c.population, 6000);
        EXPECT_LT(c.residents60Plus, c.population);
        EXPECT_LT(c.children0To14, c.population);
        EXPECT_LT(c.residents60Plus + c.children0To14, c.population);
        const double older = static_cast<double>(c.residents60Plus) / c.population;
        const double children = static_cast<double>(c.children0To14) / c.population;
        EXPECT_GE(older, 0.145);
        EXPECT_LE(older, 0.305);
        EXPECT_GE(children, 0.075);
        EXPECT_LE(children, 0.165);
        EXPECT_NEAR(static_cast<double>(c.households), c.population / 2.6,
                    c.population / 2.6 * 0.06);
    }
}

// --- streets and the river --------------------------------------------------------------

TEST(SampleDistrict, OnlyBridgesCrossTheRiver) {
    const Project& p = district();
    const geo::LocalFrame f = frameFor(p);
    const auto water = toLocal(p.waterAreas().items().front().outline.outer, f);
    const auto [west, east] = std::minmax_element(water.begin(), water.end(),
                                                  [](LocalXY a, LocalXY b) { return a.x < b.x; });
    const double meanWidth =
        geo::polygonAreaM2(p.waterAreas().items().front().outline, f) / (east->x - west->x);
    EXPECT_GT(meanWidth, 40.0);
    EXPECT_LT(meanWidth, 80.0);
    for (const project::Street& s : p.streets().items()) {
        const auto line = toLocal(s.line, f);
        bool wet = false;
        for (std::size_t k = 0; k + 1 < line.size(); ++k)
            wet = wet || segmentMeetsRing(line[k], line[k + 1], water);
        EXPECT_EQ(wet, s.bridge) << s.highway << " " << s.name;
    }
}

TEST(SampleDistrict, StreetsFormOneConnectedNetwork) {
    const Project& p = district();
    std::map<std::pair<double, double>, std::size_t> vertex;
    const auto idOf = [&](const geo::LonLat& v) {
        return vertex.try_emplace({v.lon, v.lat}, vertex.size()).first->second;
    };
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    for (const project::Street& s : p.streets().items()) {
        ASSERT_GE(s.line.size(), 2u);
        for (std::size_t k = 0; k + 1 < s.line.size(); ++k)
            edges.emplace_back(idOf(s.line[k]), idOf(s.line[k + 1]));
    }
    UnionFind sets(vertex.size());
    for (const auto& [a, b] : edges) sets.unite(a, b);
    std::set<std::size_t> roots;
    for (std::size_t i = 0; i < vertex.size(); ++i) roots.insert(sets.find(i));
    EXPECT_EQ(roots.size(), 1u);
}

TEST(SampleDistrict, StreetsMeetOnlyAtSharedVertices) {
    const Project& p = district();
    const geo::LocalFrame f = frameFor(p);
    struct Segment {
        LocalXY a, b;
        std::size_t street;
    };
    std::vector<Segment> segments;
    const auto& streets = p.streets().items();
    for (std::size_t i = 0; i < streets.size(); ++i) {
        const auto line = toLocal(streets[i].line, f);
        for (std::size_t k = 0; k + 1 < line.size(); ++k)
            segments.push_back({line[k], line[k + 1], i});
    }
    int crossings = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        for (std::size_t j = i + 1; j < segments.size(); ++j) {
            const Segment& s = segments[i];
            const Segment& t = segments[j];
            if (s.street == t.street) continue;
            if (segmentsCrossProperly(s.a, s.b, t.a, t.b)) {
                ++crossings;
                ADD_FAILURE() << streets[s.street].name << " crosses " << streets[t.street].name;
            }
            // A junction in the middle of a segment would not join the network.
            for (LocalXY q : {t.a, t.b})
                if (distanceToSegment(q, s.a, s.b) < 1e-3 && !(q == s.a) && !(q == s.b))
                    ADD_FAILURE() << streets[t.street].name << " ends on " << streets[s.street].name
                                  << " without a shared vertex";
        }
    }
    EXPECT_EQ(crossings, 0);
}

TEST(SampleDistrict, HasTheStreetClassesOfAChineseDistrict) {
    std::map<std::string, int> classes;
    std::set<std::string> names;
    for (const project::Street& s : district().streets().items()) {
        ++classes[s.highway];
        if (!s.name.empty()) names.insert(s.name);
    }
    for (const char* highway :
         {"primary", "secondary", "tertiary", "residential", "service", "footway", "path", "steps"})
        EXPECT_GT(classes[highway], 0) << highway;
    EXPECT_GT(names.size(), 15u);
}

// --- facilities -------------------------------------------------------------------------

TEST(SampleDistrict, FacilitiesUseCatalogueCategoriesWithGaps) {
    const Project& p = district();
    const geo::LocalFrame f = frameFor(p);
    const auto water = toLocal(p.waterAreas().items().front().outline.outer, f);
    const std::set<std::string> mayBeInCompounds{"kindergarten", "community_service_station",
                                                 "elderly_service_station", "nursery",
                                                 "community_canteen"};
    std::set<std::string> used;
    std::set<std::string> names;
    for (const project::Facility& fac : p.facilities().items()) {
        SCOPED_TRACE(fac.name);
        EXPECT_NE(catalog::builtinCatalog().find(fac.categoryCode), nullptr) << fac.categoryCode;
        EXPECT_EQ(fac.source, "sample");
        EXPECT_EQ(fac.status, project::FacilityStatus::Existing);
        EXPECT_FALSE(fac.name.empty());
        EXPECT_TRUE(names.insert(fac.name).second) << "duplicate name";
        const LocalXY q = f.toLocal(fac.position);
        EXPECT_FALSE(insideRing(q, water));
        if (!mayBeInCompounds.count(fac.categoryCode)) {
            for (const project::Compound& c : p.compounds().items())
                EXPECT_FALSE(insideRing(q, toLocal(c.outline.outer, f))) << c.name;
        }
        used.insert(fac.categoryCode);
    }
    EXPECT_GE(used.size(), 15u);
    EXPECT_GE(catalog::builtinCatalog().size() - used.size(), 10u);
    for (const char* missing : {"elderly_care_service", "community_canteen", "nursery"})
        EXPECT_EQ(used.count(missing), 0u) << missing;
}

TEST(SampleDistrict, SouthBankIsPoorlyServed) {
    const Project& p = district();
    const geo::LocalFrame f = frameFor(p);
    const auto water = toLocal(p.waterAreas().items().front().outline.outer, f);
    double riverY = 0.0;
    for (const LocalXY& v : water) riverY += v.y / static_cast<double>(water.size());
    // Index 0: south bank, 1: north bank.
    std::array<double, 2> people{};
    std::array<double, 2> shops{};
    const auto bank = [&](LocalXY q) -> std::size_t { return q.y > riverY ? 1 : 0; };
    for (const project::Compound& c : p.compounds().items())
        people[bank(f.toLocal(c.outline.outer.front()))] += c.population;
    for (const project::Facility& fac : p.facilities().items())
        shops[bank(f.toLocal(fac.position))] += 1;
    ASSERT_GT(people[0], 0.0);
    ASSERT_GT(people[1], 0.0);
    EXPECT_LT(shops[0] / people[0], 0.5 * shops[1] / people[1]);
}

// --- idle spaces ------------------------------------------------------------------------

TEST(SampleDistrict, IdleSpacesCoverEveryKindWithPlausibleFigures) {
    using K = project::IdleSpaceKind;
    const std::map<K, std::pair<double, double>> areas{{K::FormerTestingHut, {10, 20}},
                                                       {K::VacantShop, {30, 200}},
                                                       {K::BoilerRoom, {80, 300}},
                                                       {K::StiltedGroundFloor, {200, 600}},
                                                       {K::CommunityRoom, {40, 150}},
                                                       {K::Warehouse, {100, 500}},
                                                       {K::Other, {30, 500}}};
    const Project& p = district();
    const geo::LocalFrame f = frameFor(p);
    std::set<K> kinds;
    int withFootprint = 0;
    for (const project::IdleSpace& s : p.idleSpaces().items()) {
        SCOPED_TRACE(s.name);
        kinds.insert(s.kind);
        EXPECT_GE(s.floorAreaM2, areas.at(s.kind).first);
        EXPECT_LE(s.floorAreaM2, areas.at(s.kind).second);
        EXPECT_FALSE(s.name.empty());
        EXPECT_FALSE(s.owner.empty());
        EXPECT_GE(s.storey, -1);
        EXPECT_LE(s.storey, 3);
        EXPECT_NE(s.storey, 0);
        const double perM2 = s.estimatedCostYuan / s.floorAreaM2;
        EXPECT_GE(perM2, 500.0);
        EXPECT_LE(perM2, 5000.0);
        if (s.footprint) {
            ++withFootprint;
            const auto ring = toLocal(s.footprint->outer, f);
            EXPECT_TRUE(insideRing(f.toLocal(s.position), ring));
            if (s.storey == 1) {
                EXPECT_NEAR(geo::polygonAreaM2(*s.footprint, f), s.floorAreaM2,
                            0.01 * s.floorAreaM2);
            }
        }
    }
    for (K kind : project::allIdleSpaceKinds())
        EXPECT_EQ(kinds.count(kind), 1u) << project::toCode(kind);
    EXPECT_GT(withFootprint, 5);
    EXPECT_LT(withFootprint, static_cast<int>(p.idleSpaces().size()));
}

}  // namespace
}  // namespace yike::sample
