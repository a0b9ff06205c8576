// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/synthetic_city.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/geo/local_frame.h"
#include "core/geo/lon_lat.h"
#include "core/project/features.h"
#include "core/project/project.h"
#include "core/sample/split_mix.h"

namespace yike::sample {
namespace {

using geo::LocalXY;

// The city is laid out in metres around this origin, then converted to lon/lat.
constexpr geo::LonLat kOrigin{114.30, 30.58};

constexpr std::size_t kFullCompounds = 3000;
constexpr std::size_t kFullFacilities = 20000;
constexpr std::size_t kParkEvery = 12;  // one park block per this many compound blocks

// One block, street centre line to street centre line:
//
//   Y1 +------------------------------------------+   street
//      |   fence (20 m behind the centre lines)   |
//      |   +----------------------------------+   |
//      |   |  paths 36 m apart, 10 m inside   |   |
//      |   |  o----o----o-- ... --o           |   |
//      |   |  | [] | [] |         |           |   |  [] a home, its door on the south
//      |   |  o--+-o--+-o-- ... --o           |   |     face, a footway down to the path
//      |   |  ...                             |   |
//      |   +-------g--------------------------+   |  g a gate: a footway from the street
//   Y0 +-----------+------------------------------+  to the path grid passes through it
//      X0                                         X1
constexpr double kBlock = 420.0;
constexpr double kSetback = 20.0;    // street centre line to fence
constexpr double kPathInset = 10.0;  // fence to the outermost paths
constexpr std::size_t kHomeColumns = 10;
constexpr std::size_t kHomeRows = 10;
constexpr double kPathPitch = (kBlock - 2 * kSetback - 2 * kPathInset) / kHomeColumns;  // 36 m
constexpr double kShopOffset = 10.0;  // street centre line to a shop front

enum class Where { Street, InCompound, Park };

/// How often a category occurs, relative to 1, and where it stands. Categories of the catalogue
/// not listed occur with weight 1 along the streets.
struct CategoryHabit {
    std::string_view code;
    double weight;
    Where where;
};

constexpr std::array kHabits{
    CategoryHabit{"convenience_store", 8.0, Where::Street},
    CategoryHabit{"breakfast_shop", 5.0, Where::Street},
    CategoryHabit{"specialty_dining", 5.0, Where::Street},
    CategoryHabit{"fresh_food_store", 4.0, Where::Street},
    CategoryHabit{"hair_beauty", 4.0, Where::Street},
    CategoryHabit{"pharmacy", 4.0, Where::Street},
    CategoryHabit{"postal_express_point", 3.0, Where::Street},
    CategoryHabit{"supermarket", 2.0, Where::Street},
    CategoryHabit{"cafe", 2.0, Where::Street},
    CategoryHabit{"laundry", 2.0, Where::Street},
    CategoryHabit{"wet_market", 1.5, Where::Street},
    CategoryHabit{"housekeeping", 1.5, Where::Street},
    CategoryHabit{"repair_point", 1.5, Where::Street},
    CategoryHabit{"fitness", 1.5, Where::Street},
    CategoryHabit{"community_service_station", 1.0, Where::InCompound},
    CategoryHabit{"kindergarten", 1.0, Where::InCompound},
    CategoryHabit{"nursery", 1.0, Where::InCompound},
    CategoryHabit{"elderly_service_station", 1.0, Where::InCompound},
    CategoryHabit{"elderly_care_service", 1.0, Where::InCompound},
    CategoryHabit{"childcare_service", 1.0, Where::InCompound},
    CategoryHabit{"community_canteen", 1.0, Where::InCompound},
    CategoryHabit{"shared_facilities", 1.0, Where::InCompound},
    CategoryHabit{"public_activity_space", 1.0, Where::Park},
    CategoryHabit{"residential_park_10min", 0.5, Where::Park},
    CategoryHabit{"block_green_space", 1.0, Where::Park},
    CategoryHabit{"subdistrict_office", 0.3, Where::Street},
    CategoryHabit{"subdistrict_service_center", 0.3, Where::Street},
    CategoryHabit{"community_health_center", 0.3, Where::Street},
    CategoryHabit{"nursing_home", 0.3, Where::Street},
    CategoryHabit{"junior_high_school", 0.3, Where::Street},
    CategoryHabit{"cultural_activity_center", 0.3, Where::Street},
    CategoryHabit{"embedded_service_complex", 0.3, Where::Street},
};

// Compound names: a word and a kind of estate, in a seeded order; numbered phases (二期, ...)
// once every pair is used. Fictional; any likeness to a real place is chance.
constexpr std::array kEstateWords{"阳光", "锦绣", "紫薇", "幸福", "翠湖", "金桂", "梧桐", "丽景",
                                  "书香", "和平", "玉兰", "怡心", "新城", "枫林", "春晖", "银杏",
                                  "望江", "清水", "学府", "滨河", "绿洲", "桃源", "龙湾", "碧水",
                                  "御景", "康乐", "东方", "南湖", "秀水", "海棠"};
constexpr std::array kEstateKinds{"花园", "苑",   "小区", "家园", "新村",
                                  "雅居", "华府", "名邸", "嘉园", "公寓"};
constexpr std::array kParkWords{"青年", "人民", "东湖", "月湖", "中山", "解放",
                                "和平", "柳林", "桂园", "梅岭", "荷塘", "竹园"};
constexpr std::array kSideNames{"南门", "东门", "北门", "西门"};
constexpr std::array kDigits{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

/// 1 → 一, 12 → 十二, 40 → 四十, 105 → 一百零五; for 1 .. 9999.
std::string chineseNumber(std::size_t n) {
    if (n < 10) return kDigits[n];
    if (n < 20) return std::string("十") + (n % 10 ? kDigits[n % 10] : "");
    static constexpr std::array kUnits{"", "十", "百", "千"};
    std::array<std::size_t, 4> digit{n % 10, n / 10 % 10, n / 100 % 10, n / 1000 % 10};
    std::string text;
    bool zero = false;
    for (std::size_t k = 4; k-- > 0;) {
        if (digit[k] == 0) {
            zero = !text.empty();
            continue;
        }
        if (zero) text += kDigits[0];
        zero = false;
        text += kDigits[digit[k]];
        text += kUnits[k];
    }
    return text;
}

struct Rect {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::vector<LocalXY> ring() const { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; }
};

/// A street line being collected: its fixed course and the positions along it where other
/// lines join (sorted and made unique before output).
struct GridStreet {
    std::string name;
    std::string highway;
    std::vector<double> joins;
};

class CityBuilder {
public:
    explicit CityBuilder(const SyntheticCityOptions& options)
        : m_counts(syntheticCityCounts(options.scale)),
          m_rng(options.seed),
          m_seed(options.seed),
          m_scale(options.scale) {}

    project::Project build() {
        m_project = project::Project::createDefault();
        m_project.setMetadataValue(project::meta::kTitle, "示例市（合成城市）");
        m_project.setMetadataValue(project::meta::kRegion, "示例市");
        m_project.setMetadataValue(
            project::meta::kAttribution,
            "程序生成的合成城市，虚构，与真实地点无关 (generated synthetic city)");
        m_project.setMetadataValue("city_seed", std::to_string(m_seed));
        m_project.setMetadataValue("city_scale", formatScale());

        layOutGrid();
        buildBlocks();
        placeFacilities();
        emitStreets();
        const Rect city{m_xs.front(), m_ys.front(), m_xs.back(), m_ys.back()};
        m_project.setStudyArea(geo::Polygon{toRing(city.ring()), {}});
        return std::move(m_project);
    }

private:
    std::string formatScale() const {
        std::string text = std::to_string(m_scale);
        while (text.size() > 1 && text.back() == '0') text.pop_back();
        if (!text.empty() && text.back() == '.') text.pop_back();
        return text;
    }

    // --- grid ----------------------------------------------------------------------------

    void layOutGrid() {
        const std::size_t columns = m_counts.gridColumns;
        const std::size_t rows = m_counts.gridRows;
        // Centred on the origin.
        for (std::size_t i = 0; i <= columns; ++i)
            m_xs.push_back((static_cast<double>(i) - static_cast<double>(columns) / 2) * kBlock);
        for (std::size_t j = 0; j <= rows; ++j)
            m_ys.push_back((static_cast<double>(j) - static_cast<double>(rows) / 2) * kBlock);
        // 经 roads run north-south, 纬 roads east-west; every eighth is an avenue.
        const auto street = [](const char* prefix, std::size_t k) {
            GridStreet s;
            const bool avenue = k % 8 == 0;
            s.name = prefix + chineseNumber(k + 1) + (avenue ? "大道" : "路");
            s.highway = avenue       ? "primary"
                        : k % 4 == 0 ? "secondary"
                        : k % 2 == 0 ? "tertiary"
                                     : "residential";
            return s;
        };
        for (std::size_t i = 0; i <= columns; ++i) m_columnStreets.push_back(street("经", i));
        for (std::size_t j = 0; j <= rows; ++j) m_rowStreets.push_back(street("纬", j));

        // Which blocks hold a compound: a seeded choice, kept in row order.
        std::vector<std::size_t> blocks(columns * rows);
        for (std::size_t k = 0; k < blocks.size(); ++k) blocks[k] = k;
        m_rng.shuffle(blocks);
        m_isCompound.assign(blocks.size(), false);
        for (std::size_t k = 0; k < m_counts.compounds; ++k) m_isCompound[blocks[k]] = true;

        m_estateNames.reserve(kEstateWords.size() * kEstateKinds.size());
        for (const char* word : kEstateWords)
            for (const char* kind : kEstateKinds) m_estateNames.push_back(std::string(word) + kind);
        m_rng.shuffle(m_estateNames);
    }

    std::string compoundName(std::size_t n) const {
        const std::size_t pairs = m_estateNames.size();
        const std::string& base = m_estateNames[n % pairs];
        return n < pairs ? base : base + chineseNumber(n / pairs + 1) + "期";
    }

    // --- blocks --------------------------------------------------------------------------

    void buildBlocks() {
        std::size_t parks = 0;
        for (std::size_t j = 0; j < m_counts.gridRows; ++j)
            for (std::size_t i = 0; i < m_counts.gridColumns; ++i) {
                if (m_isCompound[j * m_counts.gridColumns + i])
                    buildCompound(i, j);
                else
                    buildPark(i, j, parks++);
            }
    }

    void buildCompound(std::size_t i, std::size_t j) {
        const double x0 = m_xs[i], x1 = m_xs[i + 1], y0 = m_ys[j], y1 = m_ys[j + 1];
        const Rect fence{x0 + kSetback, y0 + kSetback, x1 - kSetback, y1 - kSetback};
        std::array<double, kHomeColumns + 1> us{};
        std::array<double, kHomeRows + 1> vs{};
        for (std::size_t a = 0; a <= kHomeColumns; ++a)
            us[a] = fence.x0 + kPathInset + kPathPitch * static_cast<double>(a);
        for (std::size_t b = 0; b <= kHomeRows; ++b)
            vs[b] = fence.y0 + kPathInset + kPathPitch * static_cast<double>(b);

        CompoundSite site;
        site.block = {x0, y0, x1, y1};
        site.us = us;
        site.vs = vs;

        // Homes: one per path cell, the door in the middle of the south face, a footway down to
        // the path below, which gets a vertex there.
        std::vector<project::Building> homes;
        homes.reserve(kHomeColumns * kHomeRows);
        std::array<std::vector<double>, kHomeRows + 1> rowJoins;
        int households = 0;
        const bool towers = m_rng.chance(0.2);
        for (std::size_t b = 0; b < kHomeRows; ++b)
            for (std::size_t a = 0; a < kHomeColumns; ++a) {
                const double length = std::round(m_rng.uniform(18.0, 26.0));
                const double depth = std::round(m_rng.uniform(10.0, 13.0));
                const double door = us[a] + kPathPitch / 2;
                const double south = vs[b] + 12.0;
                const Rect r{door - length / 2, south, door + length / 2, south + depth};
                project::Building home;
                home.outline.outer = toRing(r.ring());
                home.kind = m_rng.chance(0.7) ? "residential" : "apartments";
                home.levels = towers ? m_rng.between(11, 18) : m_rng.between(4, 7);
                home.name = std::to_string(b * kHomeColumns + a + 1) + "栋";
                households += home.levels * (towers ? 4 : 2);
                homes.push_back(std::move(home));
                addLine({{door, vs[b]}, {door, south}}, "footway");
                rowJoins[b].push_back(door);
            }

        // The path grid: each line has a vertex where every other path or footway meets it.
        for (std::size_t a = 0; a <= kHomeColumns; ++a) {
            std::vector<LocalXY> line;
            for (double v : vs) line.push_back({us[a], v});
            addLine(std::move(line), "footway");
        }
        for (std::size_t b = 0; b <= kHomeRows; ++b) {
            std::vector<double> xs(us.begin(), us.end());
            xs.insert(xs.end(), rowJoins[b].begin(), rowJoins[b].end());
            std::sort(xs.begin(), xs.end());
            std::vector<LocalXY> line;
            for (double x : xs) line.push_back({x, vs[b]});
            addLine(std::move(line), "footway");
        }

        // Gates: 1-4 sides, at a path line chosen on each; a footway from the street to the
        // path grid passes through the fence exactly there.
        std::vector<std::size_t> sides{0, 1, 2, 3};
        m_rng.shuffle(sides);
        const double r = m_rng.unit();
        const std::size_t gateCount = r < 0.1 ? 1 : r < 0.5 ? 2 : r < 0.8 ? 3 : 4;
        project::Compound compound;
        compound.outline.outer = toRing(fence.ring());
        compound.name = compoundName(m_project.compounds().size());
        compound.fenced = true;
        compound.households = households;
        compound.population = static_cast<int>(
            std::lround(static_cast<double>(households) * m_rng.uniform(2.5, 2.9)));
        compound.residents60Plus = static_cast<int>(
            std::lround(static_cast<double>(compound.population) * m_rng.uniform(0.12, 0.32)));
        compound.children0To14 = static_cast<int>(
            std::lround(static_cast<double>(compound.population) * m_rng.uniform(0.08, 0.16)));
        const project::FeatureId id = m_project.addCompound(std::move(compound));
        const std::string name = m_project.compounds().items().back().name;
        for (std::size_t g = 0; g < gateCount; ++g) {
            const std::size_t side = sides[g];
            const std::size_t at = static_cast<std::size_t>(m_rng.between(1, kHomeColumns - 1));
            LocalXY street, gate, path;
            switch (side) {
                case 0:  // south
                    street = {us[at], y0};
                    gate = {us[at], fence.y0};
                    path = {us[at], vs.front()};
                    m_rowStreets[j].joins.push_back(us[at]);
                    break;
                case 1:  // east
                    street = {x1, vs[at]};
                    gate = {fence.x1, vs[at]};
                    path = {us.back(), vs[at]};
                    m_columnStreets[i + 1].joins.push_back(vs[at]);
                    break;
                case 2:  // north
                    street = {us[at], y1};
                    gate = {us[at], fence.y1};
                    path = {us[at], vs.back()};
                    m_rowStreets[j + 1].joins.push_back(us[at]);
                    break;
                default:  // west
                    street = {x0, vs[at]};
                    gate = {fence.x0, vs[at]};
                    path = {us.front(), vs[at]};
                    m_columnStreets[i].joins.push_back(vs[at]);
                    break;
            }
            addLine({street, path}, g == 0 ? "service" : "footway");
            project::Gate record;
            record.position = toLonLat(gate);
            record.compoundId = id;
            record.kind = g == 0 ? project::GateKind::Vehicle : project::GateKind::Pedestrian;
            record.name = name + kSideNames[side];
            record.openHours = g == 0 ? "24/7" : "06:00-23:00";
            m_project.addGate(std::move(record));
        }
        for (project::Building& home : homes) m_project.addBuilding(std::move(home));
        m_compounds.push_back(site);
    }

    void buildPark(std::size_t i, std::size_t j, std::size_t n) {
        const double x0 = m_xs[i], x1 = m_xs[i + 1], y0 = m_ys[j], y1 = m_ys[j + 1];
        const Rect green{x0 + kSetback, y0 + kSetback, x1 - kSetback, y1 - kSetback};
        project::GreenArea park;
        park.outline.outer = toRing(green.ring());
        park.kind = "park";
        const std::string word = kParkWords[n % kParkWords.size()];
        park.name = n < kParkWords.size()
                        ? word + "公园"
                        : word + chineseNumber(n / kParkWords.size() + 1) + "号公园";
        m_parkNames.push_back(park.name);
        m_project.addGreenArea(std::move(park));
        // Two paths cross the park from street to street, meeting in its middle.
        const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
        addLine({{cx, y0}, {cx, cy}, {cx, y1}}, "footway");
        addLine({{x0, cy}, {cx, cy}, {x1, cy}}, "footway");
        m_rowStreets[j].joins.push_back(cx);
        m_rowStreets[j + 1].joins.push_back(cx);
        m_columnStreets[i].joins.push_back(cy);
        m_columnStreets[i + 1].joins.push_back(cy);
        m_parks.push_back({x0, y0, x1, y1});
    }

    // --- facilities ----------------------------------------------------------------------

    void placeFacilities() {
        struct Choice {
            std::string code;
            std::string nameZh;
            Where where = Where::Street;
        };
        std::vector<Choice> choices;
        std::vector<double> cumulative;
        double total = 0.0;
        for (const catalog::Category& c : m_project.catalog().categories()) {
            double weight = 1.0;
            Where where = Where::Street;
            for (const CategoryHabit& h : kHabits)
                if (h.code == c.code) {
                    weight = h.weight;
                    where = h.where;
                }
            if (where == Where::Park && m_parks.empty()) where = Where::Street;
            choices.push_back({c.code, c.nameZh, where});
            total += weight;
            cumulative.push_back(total);
        }
        if (choices.empty()) return;

        std::vector<project::Facility> facilities;
        facilities.reserve(m_counts.facilities);
        for (std::size_t n = 0; n < m_counts.facilities; ++n) {
            const double pick = m_rng.unit() * total;
            const auto k = std::min<std::size_t>(
                static_cast<std::size_t>(
                    std::upper_bound(cumulative.begin(), cumulative.end(), pick)
                    - cumulative.begin()),
                choices.size() - 1);
            const Choice& choice = choices[k];
            project::Facility f;
            f.categoryCode = choice.code;
            f.status = project::FacilityStatus::Existing;
            f.source = "synthetic";
            std::string place;
            if (choice.where == Where::InCompound) {
                // Beside a path crossing, away from the homes' doors.
                const std::size_t c = m_rng.index(m_compounds.size());
                const CompoundSite& site = m_compounds[c];
                const std::size_t a = m_rng.index(kHomeColumns);
                const std::size_t b = m_rng.index(kHomeRows);
                f.position = toLonLat({site.us[a] + 4.0, site.vs[b] + 4.0});
                place = m_project.compounds().items()[c].name;
            } else if (choice.where == Where::Park) {
                const Rect& park = m_parks[m_rng.index(m_parks.size())];
                const double cx = (park.x0 + park.x1) / 2, cy = (park.y0 + park.y1) / 2;
                f.position =
                    toLonLat({cx + m_rng.uniform(10.0, 60.0), cy + m_rng.uniform(10.0, 60.0)});
                place = m_parkNames[static_cast<std::size_t>(&park - m_parks.data())];
            } else {
                const auto [at, street] = shopFront();
                f.position = toLonLat(at);
                place = street;
                f.attributes["address"] = street;
            }
            f.name = place + choice.nameZh;
            facilities.push_back(std::move(f));
        }
        m_project.addFacilities(std::move(facilities));
    }

    /// A random place along a street, 10 m off its centre line towards a block, and the
    /// street's name.
    std::pair<LocalXY, std::string> shopFront() {
        const std::size_t i = m_rng.index(m_counts.gridColumns);
        const std::size_t j = m_rng.index(m_counts.gridRows);
        const double x0 = m_xs[i], x1 = m_xs[i + 1], y0 = m_ys[j], y1 = m_ys[j + 1];
        const double along = std::round(m_rng.uniform(kSetback + 5.0, kBlock - kSetback - 5.0));
        switch (m_rng.index(4)) {
            case 0:
                return {{x0 + along, y0 + kShopOffset}, m_rowStreets[j].name};
            case 1:
                return {{x1 - kShopOffset, y0 + along}, m_columnStreets[i + 1].name};
            case 2:
                return {{x0 + along, y1 - kShopOffset}, m_rowStreets[j + 1].name};
            default:
                return {{x0 + kShopOffset, y0 + along}, m_columnStreets[i].name};
        }
    }

    // --- output --------------------------------------------------------------------------

    void emitStreets() {
        // Streets from end to end of the city, with a vertex at every crossing and every join.
        const auto emit = [this](GridStreet& s, const std::vector<double>& crossings, auto point) {
            std::vector<double>& at = s.joins;
            at.insert(at.end(), crossings.begin(), crossings.end());
            std::sort(at.begin(), at.end());
            at.erase(std::unique(at.begin(), at.end()), at.end());
            std::vector<LocalXY> line;
            line.reserve(at.size());
            for (double t : at) line.push_back(point(t));
            addLine(std::move(line), s.highway, s.name);
        };
        for (std::size_t i = 0; i < m_columnStreets.size(); ++i)
            emit(m_columnStreets[i], m_ys, [x = m_xs[i]](double y) { return LocalXY{x, y}; });
        for (std::size_t j = 0; j < m_rowStreets.size(); ++j)
            emit(m_rowStreets[j], m_xs, [y = m_ys[j]](double x) { return LocalXY{x, y}; });
        for (project::Street& s : m_streets) m_project.addStreet(std::move(s));
        m_streets.clear();
    }

    void addLine(const std::vector<LocalXY>& points, std::string highway, std::string name = {}) {
        project::Street s;
        s.line = toRing(points);
        s.highway = std::move(highway);
        s.name = std::move(name);
        m_streets.push_back(std::move(s));
    }

    geo::LonLat toLonLat(LocalXY p) const { return m_frame.toLonLat(p); }

    geo::Ring toRing(const std::vector<LocalXY>& points) const {
        geo::Ring ring;
        ring.reserve(points.size());
        for (const LocalXY& p : points) ring.push_back(toLonLat(p));
        return ring;
    }

    struct CompoundSite {
        Rect block;
        std::array<double, kHomeColumns + 1> us{};  // path lines west to east
        std::array<double, kHomeRows + 1> vs{};     // path lines south to north
    };

    SyntheticCityCounts m_counts;
    SplitMix64 m_rng;
    std::uint64_t m_seed;
    double m_scale;
    geo::LocalFrame m_frame{kOrigin};
    project::Project m_project;

    std::vector<double> m_xs, m_ys;  // street centre lines
    std::vector<GridStreet> m_columnStreets, m_rowStreets;
    std::vector<bool> m_isCompound;
    std::vector<std::string> m_estateNames;
    std::vector<CompoundSite> m_compounds;  // in project order
    std::vector<Rect> m_parks;              // in project order
    std::vector<std::string> m_parkNames;
    std::vector<project::Street> m_streets;
};

}  // namespace

SyntheticCityCounts syntheticCityCounts(double scale) {
    if (!(scale > 0.0 && scale <= kMaxCityScale))
        throw std::invalid_argument("the city scale must be above 0 and at most "
                                    + std::to_string(static_cast<int>(kMaxCityScale)));
    SyntheticCityCounts counts;
    const auto scaled = [scale](std::size_t full) {
        return std::max<std::size_t>(
            1, static_cast<std::size_t>(std::llround(static_cast<double>(full) * scale)));
    };
    counts.compounds = scaled(kFullCompounds);
    counts.homesPerCompound = kHomeColumns * kHomeRows;
    counts.facilities = scaled(kFullFacilities);
    // Blocks for the compounds and about one park in every twelve, in a near-square grid.
    const std::size_t blocks =
        counts.compounds + std::max<std::size_t>(1, counts.compounds / kParkEvery);
    counts.gridColumns =
        static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(blocks))));
    counts.gridRows = (blocks + counts.gridColumns - 1) / counts.gridColumns;
    return counts;
}

project::Project generateSyntheticCity(const SyntheticCityOptions& options) {
    return CityBuilder(options).build();
}

}  // namespace yike::sample
