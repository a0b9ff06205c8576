// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/osm/walk_rules.h"

#include <gtest/gtest.h>

namespace yike::osm {
namespace {

struct Case {
    Tags tags;
    bool walkable;
    const char* rule;
};

class WalkRules : public ::testing::TestWithParam<Case> {};

TEST_P(WalkRules, DecidesAsTheTableSays) {
    const Case& c = GetParam();
    const WalkDecision d = decideWalkable(c.tags);
    EXPECT_EQ(d.walkable, c.walkable);
    EXPECT_EQ(d.rule, c.rule);
}

// One row per rule of decideWalkable, in the order the rules apply.
INSTANTIATE_TEST_SUITE_P(
    EveryRule, WalkRules,
    ::testing::Values(
        Case{{{"building", "yes"}}, false, "not-a-highway"},
        Case{{{"public_transport", "platform"}}, true, "highway=platform"},
        Case{{{"highway", "construction"}}, false, "highway=construction"},
        Case{{{"highway", "proposed"}}, false, "highway=proposed"},
        Case{{{"highway", "residential"}, {"foot", "no"}}, false, "foot=no"},
        Case{{{"highway", "primary"}, {"foot", "use_sidepath"}}, false, "foot=use_sidepath"},
        Case{{{"highway", "service"}, {"foot", "private"}}, false, "foot=private"},
        Case{{{"highway", "motorway"}, {"foot", "yes"}}, true, "foot=yes"},
        Case{{{"highway", "service"}, {"access", "private"}, {"foot", "permissive"}}, true,
             "foot=permissive"},
        Case{{{"highway", "service"}, {"access", "private"}}, false, "access=private"},
        Case{{{"highway", "track"}, {"access", "no"}}, false, "access=no"},
        Case{{{"highway", "footway"}}, true, "highway=footway"},
        Case{{{"highway", "footway"}, {"footway", "sidewalk"}}, true, "highway=footway"},
        Case{{{"highway", "footway"}, {"footway", "crossing"}}, true, "highway=footway"},
        Case{{{"highway", "steps"}}, true, "highway=steps"},
        Case{{{"highway", "pedestrian"}, {"area", "yes"}}, true, "highway=pedestrian"},
        Case{{{"highway", "living_street"}}, true, "highway=living_street"},
        Case{{{"highway", "primary"}, {"sidewalk", "separate"}}, true, "highway=primary"},
        Case{{{"highway", "trunk"}}, false, "trunk-without-sidewalk"},
        Case{{{"highway", "trunk"}, {"sidewalk", "no"}}, false, "trunk-without-sidewalk"},
        Case{{{"highway", "trunk"}, {"sidewalk", "separate"}}, false, "trunk-without-sidewalk"},
        Case{{{"highway", "trunk_link"}, {"sidewalk", "both"}}, true, "trunk-with-sidewalk"},
        Case{{{"highway", "trunk"}, {"sidewalk:right", "yes"}}, true, "trunk-with-sidewalk"},
        Case{{{"highway", "motorway"}}, false, "highway=motorway"},
        Case{{{"highway", "motorway_link"}}, false, "highway=motorway_link"},
        Case{{{"highway", "bus_guideway"}}, false, "highway=bus_guideway"},
        Case{{{"highway", "spaceship_lane"}}, false, "unknown-highway"}));

TEST(WalkRulesTable, EveryHighwayDefaultIsDecidedByItsOwnRow) {
    for (const auto& [value, walk] : highwayDefaults()) {
        const WalkDecision d = decideWalkable({{"highway", std::string(value)}});
        if (walk == "always") {
            EXPECT_TRUE(d.walkable) << value;
        } else if (walk == "never") {
            EXPECT_FALSE(d.walkable) << value;
        } else {
            ASSERT_EQ(walk, "with-sidewalk");
            EXPECT_FALSE(d.walkable) << value;
            EXPECT_TRUE(decideWalkable({{"highway", std::string(value)}, {"sidewalk", "left"}})
                            .walkable)
                << value;
        }
    }
}

}  // namespace
}  // namespace yike::osm
