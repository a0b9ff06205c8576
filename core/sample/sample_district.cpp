// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/sample_district.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/geo/local_frame.h"
#include "core/geo/lon_lat.h"
#include "core/project/features.h"
#include "core/project/project.h"
#include "core/sample/split_mix.h"

namespace yike::sample {
namespace {

using geo::LocalXY;
using project::FeatureId;
using project::GateKind;
using project::IdleSpaceKind;

// The district is laid out in metres around this origin, then converted to lon/lat.
constexpr geo::LonLat kOrigin{112.94, 28.23};

constexpr double kRiverOverhang = 150.0;  // the water runs on beyond the district, m
constexpr double kRiverSampleStep = 25.0;
constexpr double kRiverControlStep = 400.0;
constexpr double kSouthPathGap = 8.0;   // bank to the south riverside path, m
constexpr double kNorthWalkGap = 6.0;   // bank to the north riverside walk
constexpr double kNorthRoadGap = 28.0;  // bank to the north riverside road
constexpr double kMinItemGap = 20.0;    // free frontage kept between things on one side

// ---------------------------------------------------------------------------------------
// Names (fictional; any likeness to a real place is chance)

constexpr std::array kArterialNames{"建设路", "人民路", "劳动路", "韶山路", "书院路",
                                    "车站路", "新民路", "迎宾路", "中山路", "桐梓坡路"};
constexpr std::array kAvenueNames{"解放大道", "五一大道", "芙蓉大道"};
constexpr std::array kBranchNames{"桂花路", "文昌街", "新华巷", "樟树路", "东风里", "育才路",
                                  "向阳街", "幸福巷", "青石街", "百花路", "梨子巷", "学院街",
                                  "红旗路", "光明巷", "长塘里", "荷花路", "枫林街", "兴业路",
                                  "德政街", "仓后街", "太平街", "西园路", "南湖巷", "北正街",
                                  "都正街", "藩城巷", "白果园", "丰泉巷", "福源巷", "清水塘路"};
constexpr std::array kCompoundNames{
    "阳光花园", "锦绣苑",   "紫薇小区",     "铁路新村", "幸福家园", "翠湖苑",   "金桂园",
    "梧桐小区", "电力新村", "丽景华庭",     "书香名邸", "和平小区", "玉兰苑",   "南苑小区",
    "怡心园",   "新城佳苑", "枫林雅居",     "春晖苑",   "芙蓉小区", "银杏家园", "印象江南",
    "望江苑",   "教师新村", "纺织厂宿舍",   "康居园",   "清水湾",   "学府花园", "滨河花园",
    "绿洲小区", "桃源居",   "东方明珠花园", "龙湾小区"};
constexpr std::array kOldQuarterNames{"老街片区", "东风巷片区", "西湖里片区"};
constexpr std::array kPropertyCompanies{"安居物业公司", "恒信物业公司", "金盾物业公司",
                                        "宏达物业公司", "嘉和物业公司"};
constexpr const char* kRiverName = "清溪河";

/// Hands out names from a list in a seeded order; numbers them once the list runs out.
class NamePool {
public:
    template <std::size_t N>
    NamePool(const std::array<const char*, N>& names, SplitMix64& rng)
        : m_names(names.begin(), names.end()) {
        rng.shuffle(m_names);
    }

    std::string take() {
        const std::size_t n = m_next++;
        if (n < m_names.size()) return m_names[n];
        return std::string(m_names[n % m_names.size()]) + std::to_string(n / m_names.size() + 1);
    }

private:
    std::vector<std::string> m_names;
    std::size_t m_next = 0;
};

// ---------------------------------------------------------------------------------------
// Geometry in the local frame (metres)

/// y as a function of x, linear between samples of increasing x.
class Profile {
public:
    Profile() = default;
    Profile(std::vector<double> xs, std::vector<double> ys)
        : m_xs(std::move(xs)), m_ys(std::move(ys)) {}

    /// Exactly the stored sample where x is a sample position, so lines that end on a
    /// profile at a sample share the profile's vertex bit for bit.
    double at(double x) const {
        const auto it = std::lower_bound(m_xs.begin(), m_xs.end(), x);
        if (it == m_xs.end()) return m_ys.back();
        const auto k = static_cast<std::size_t>(it - m_xs.begin());
        if (*it == x || k == 0) return m_ys[k];
        const double t = (x - m_xs[k - 1]) / (m_xs[k] - m_xs[k - 1]);
        return m_ys[k - 1] + (m_ys[k] - m_ys[k - 1]) * t;
    }

    /// Extremes over [a, b]: a piecewise-linear function peaks at a sample or an end.
    double maxOver(double a, double b) const {
        double m = std::max(at(a), at(b));
        for (std::size_t k = 0; k < m_xs.size(); ++k)
            if (m_xs[k] > a && m_xs[k] < b) m = std::max(m, m_ys[k]);
        return m;
    }
    double minOver(double a, double b) const {
        double m = std::min(at(a), at(b));
        for (std::size_t k = 0; k < m_xs.size(); ++k)
            if (m_xs[k] > a && m_xs[k] < b) m = std::min(m, m_ys[k]);
        return m;
    }

    std::vector<LocalXY> points() const {
        std::vector<LocalXY> out;
        out.reserve(m_xs.size());
        for (std::size_t k = 0; k < m_xs.size(); ++k) out.push_back({m_xs[k], m_ys[k]});
        return out;
    }

private:
    std::vector<double> m_xs;
    std::vector<double> m_ys;
};

/// Uniform Catmull-Rom spline through values spaced `step` apart from x0, clamped at the
/// ends. Only + - * / (no libm), so results are the same everywhere.
double smoothAt(const std::vector<double>& values, double x0, double step, double x) {
    const auto last = static_cast<std::ptrdiff_t>(values.size()) - 1;
    const double u = (x - x0) / step;
    const auto k =
        std::clamp<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(std::floor(u)), 0, last - 1);
    const double t = u - static_cast<double>(k);
    const auto v = [&](std::ptrdiff_t i) {
        return values[static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(i, 0, last))];
    };
    const double p0 = v(k - 1), p1 = v(k), p2 = v(k + 1), p3 = v(k + 2);
    const double t2 = t * t;
    const double t3 = t2 * t;
    return 0.5
           * (2.0 * p1 + (p2 - p0) * t + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * t2
              + (3.0 * p1 - p0 - 3.0 * p2 + p3) * t3);
}

struct Rect {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    LocalXY centre() const { return {(x0 + x1) / 2, (y0 + y1) / 2}; }
    bool contains(LocalXY p) const { return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1; }
    Rect grown(double d) const { return {x0 - d, y0 - d, x1 + d, y1 + d}; }
    std::vector<LocalXY> ring() const { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; }
};

double cross(LocalXY o, LocalXY a, LocalXY b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool segmentsCross(LocalXY a, LocalXY b, LocalXY c, LocalXY d) {
    const double d1 = cross(c, d, a), d2 = cross(c, d, b);
    const double d3 = cross(a, b, c), d4 = cross(a, b, d);
    return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
}

bool segmentTouchesRect(LocalXY a, LocalXY b, const Rect& r) {
    if (r.contains(a) || r.contains(b)) return true;
    const std::vector<LocalXY> ring = r.ring();
    for (std::size_t i = 0; i < ring.size(); ++i)
        if (segmentsCross(a, b, ring[i], ring[(i + 1) % ring.size()])) return true;
    return false;
}

double shoelaceArea(const std::vector<LocalXY>& ring) {
    double twice = 0.0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const LocalXY p = ring[i];
        const LocalXY q = ring[(i + 1) % ring.size()];
        twice += p.x * q.y - q.x * p.y;
    }
    return std::abs(twice) / 2.0;
}

// ---------------------------------------------------------------------------------------
// Streets

struct Line {
    std::vector<LocalXY> points;
    std::string highway;
    std::string name;
    bool bridge = false;
};

/// True when p lies strictly inside segment ab (not at an end) within `tolerance` metres.
bool onSegmentInterior(LocalXY p, LocalXY a, LocalXY b, double tolerance) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    if (len2 <= 0.0) return false;
    const double t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
    if (t <= 0.0 || t >= 1.0) return false;
    const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey <= tolerance * tolerance;
}

/**
 * Makes every junction a shared vertex: each vertex of a line that lies on the inside of a
 * segment of another line is inserted there, with the very same coordinates. Streets are
 * drawn so that they only meet at such points (T-junctions, gate stubs, crossings drawn
 * through a common vertex), so afterwards the lines form a noded network.
 */
void nodeLines(std::vector<Line>& lines) {
    constexpr double kTolerance = 1e-6;
    std::vector<Rect> boxes;
    boxes.reserve(lines.size());
    for (const Line& line : lines) {
        Rect box{line.points.front().x, line.points.front().y, line.points.front().x,
                 line.points.front().y};
        for (const LocalXY& p : line.points) {
            box.x0 = std::min(box.x0, p.x);
            box.y0 = std::min(box.y0, p.y);
            box.x1 = std::max(box.x1, p.x);
            box.y1 = std::max(box.y1, p.y);
        }
        boxes.push_back(box.grown(kTolerance));
    }
    for (std::size_t a = 0; a < lines.size(); ++a) {
        for (std::size_t i = 0; i < lines[a].points.size(); ++i) {
            const LocalXY p = lines[a].points[i];
            for (std::size_t b = 0; b < lines.size(); ++b) {
                if (b == a || !boxes[b].contains(p)) continue;
                std::vector<LocalXY>& pts = lines[b].points;
                for (std::size_t k = 0; k + 1 < pts.size(); ++k) {
                    if (pts[k] == p || pts[k + 1] == p) break;
                    if (onSegmentInterior(p, pts[k], pts[k + 1], kTolerance)) {
                        pts.insert(pts.begin() + static_cast<std::ptrdiff_t>(k + 1), p);
                        break;
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Blocks

enum class StreetKind { Arterial, Branch, RiversideRoad, RiversidePath };

// Sides of a block, counter-clockwise from the south; corner k starts side k.
enum SideIndex : std::size_t { kSouth = 0, kEast = 1, kNorth = 2, kWest = 3 };
constexpr std::array<LocalXY, 4> kSideDirection{{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}};
constexpr std::array<LocalXY, 4> kInward{{{0, 1}, {-1, 0}, {0, -1}, {1, 0}}};
constexpr std::array kSideNames{"南", "东", "北", "西"};

/// One street bounding a block, and what already stands along it on this block's side.
struct Side {
    StreetKind kind = StreetKind::Arterial;
    std::string street;
    const Profile* curve = nullptr;  // the street's course where it is not straight
    double setback = 0.0;            // street centre line to the block's built edge, m
    std::vector<std::pair<double, double>> taken;  // occupied intervals along the side

    bool allowsVehicles() const { return kind != StreetKind::RiversidePath; }

    bool isFree(double lo, double hi) const {
        for (const auto& [a, b] : taken)
            if (lo < b + kMinItemGap && hi > a - kMinItemGap) return false;
        return true;
    }
};

enum class Use {
    Unassigned,
    Compound,
    OldQuarter,
    School,
    Park,
    Civic,
    Market,
    Industrial,
    Vacant
};

/// A piece of land enclosed by streets; holds one compound or one special use.
struct Block {
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;  // straight street centre lines
    std::array<Side, 4> sides;
    bool north = true;    // on the north bank of the river
    bool regular = true;  // a full grid cell or a part of one (not a riverside strip)
    Use use = Use::Unassigned;
    Rect inner;  // the land behind the setbacks
    std::size_t compound = 0;

    /// The street centre line of `side` at position `along` (x for south/north, y for east/west).
    LocalXY streetPoint(std::size_t side, double along) const {
        const Side& s = sides[side];
        switch (side) {
            case kSouth:
                return {along, s.curve ? s.curve->at(along) : y0};
            case kNorth:
                return {along, s.curve ? s.curve->at(along) : y1};
            case kEast:
                return {x1, along};
            default:
                return {x0, along};
        }
    }

    /// Range of positions along `side` that face the inner land.
    std::pair<double, double> frontage(std::size_t side) const {
        return side == kSouth || side == kNorth ? std::pair{inner.x0, inner.x1}
                                                : std::pair{inner.y0, inner.y1};
    }
};

struct GatePlan {
    std::size_t side = 0;
    LocalXY position;
    GateKind kind = GateKind::Pedestrian;
    std::string name;
    std::string openHours;
};

struct CompoundPlan {
    std::size_t block = 0;
    std::string name;
    bool fenced = true;
    Rect inner;
    std::optional<std::size_t> chamferedCorner;
    std::vector<LocalXY> ring;
    std::vector<GatePlan> gates;
    std::vector<std::pair<LocalXY, LocalXY>> paths;  // footways inside the fence
    std::array<bool, 4> cornerUsed{};
    std::string propertyCompany;
    int population = 0;
    int residents60Plus = 0;
    int children0To14 = 0;
    int households = 0;
};

struct FacilityPlan {
    std::string code;
    std::string name;
    LocalXY position;
    std::string address;
};

struct IdlePlan {
    IdleSpaceKind kind = IdleSpaceKind::Other;
    std::string name;
    LocalXY position;
    std::optional<Rect> footprint;
    double floorAreaM2 = 0.0;
    int storey = 1;
    std::string owner;
    double costYuan = 0.0;
    std::string notes;
};

/// Where a planned facility goes.
enum class Place { Street, InCompound, Plot };

struct FacilitySpec {
    const char* code;
    bool north;  // north bank (well served) or south bank (the thin side)
    Place place;
    Use plot = Use::Unassigned;
};

// The south bank gets only a few everyday shops, so coverage analysis shows it as the
// district's blind spot; many catalogue categories appear nowhere at all.
constexpr std::array<FacilitySpec, 32> kFacilitySpecs{{
    {"convenience_store", true, Place::Street},
    {"convenience_store", true, Place::Street},
    {"convenience_store", true, Place::Street},
    {"fresh_food_store", true, Place::Street},
    {"breakfast_shop", true, Place::Street},
    {"breakfast_shop", true, Place::Street},
    {"laundry", true, Place::Street},
    {"hair_beauty", true, Place::Street},
    {"hair_beauty", true, Place::Street},
    {"pharmacy", true, Place::Street},
    {"pharmacy", true, Place::Street},
    {"postal_express_point", true, Place::Street},
    {"housekeeping", true, Place::Street},
    {"specialty_dining", true, Place::Street},
    {"cafe", true, Place::Street},
    {"fitness", true, Place::Street},
    {"community_health_station", true, Place::Street},
    {"primary_school", true, Place::Plot, Use::School},
    {"public_activity_space", true, Place::Plot, Use::Park},
    {"subdistrict_office", true, Place::Plot, Use::Civic},
    {"community_health_center", true, Place::Plot, Use::Civic},
    {"wet_market", true, Place::Plot, Use::Market},
    {"supermarket", true, Place::Plot, Use::Market},
    {"community_service_station", true, Place::InCompound},
    {"kindergarten", true, Place::InCompound},
    {"elderly_service_station", true, Place::InCompound},
    {"convenience_store", false, Place::Street},
    {"convenience_store", false, Place::Street},
    {"breakfast_shop", false, Place::Street},
    {"hair_beauty", false, Place::Street},
    {"repair_point", false, Place::Street},
    {"kindergarten", false, Place::InCompound},
}};

/// Facility names: "{s}" is replaced by a street name, "{c}" by a compound name.
struct FacilityNames {
    const char* code;
    std::array<const char*, 3> patterns;
};

constexpr std::array<FacilityNames, 22> kFacilityNames{{
    {"convenience_store", {"邻里便利店（{s}店）", "惠民便利店（{s}店）", "小方便利店"}},
    {"fresh_food_store", {"鲜丰生鲜店", "绿源生鲜（{s}店）", "四季鲜菜店"}},
    {"breakfast_shop", {"刘记米粉", "老李早餐店", "好味早点铺"}},
    {"laundry", {"洁净洗衣店", "干洗之家（{s}店）", "亮洁洗染店"}},
    {"hair_beauty", {"丝艺美发", "靓点美容美发", "{s}理发店"}},
    {"pharmacy", {"百姓大药房（{s}店）", "仁心药店", "康宁大药房"}},
    {"postal_express_point", {"{s}邮政快递综合服务站", "{s}快递驿站", "邮政便民服务站"}},
    {"housekeeping", {"安心家政服务点", "巧手家政", "{s}家政服务站"}},
    {"specialty_dining", {"湘味小馆", "老街臭豆腐", "{s}特色菜馆"}},
    {"cafe", {"拾光咖啡", "转角咖啡", "{s}咖啡馆"}},
    {"fitness", {"动力健身房", "{s}全民健身中心", "活力健身"}},
    {"community_health_station", {"{s}社区卫生服务站", "{s}社区卫生服务站", "{s}社区卫生服务站"}},
    {"primary_school", {"育才小学", "示例街道第一小学", "{s}小学"}},
    {"public_activity_space", {"街心公园健身广场", "{s}游园", "邻里广场"}},
    {"subdistrict_office", {"示例街道办事处", "示例街道办事处", "示例街道办事处"}},
    {"community_health_center",
     {"示例街道社区卫生服务中心", "示例街道社区卫生服务中心", "示例街道社区卫生服务中心"}},
    {"wet_market", {"{s}农贸市场", "{s}菜市场", "新民农贸市场"}},
    {"supermarket", {"惠民综合超市", "家家乐超市", "{s}购物中心超市"}},
    {"community_service_station", {"{c}社区综合服务站", "{c}社区综合服务站", "{c}党群服务站"}},
    {"kindergarten", {"{c}幼儿园", "{c}幼儿园", "小太阳幼儿园"}},
    {"elderly_service_station",
     {"{c}老年人日间照料中心", "{c}居家养老服务站", "{c}老年人日间照料中心"}},
    {"repair_point", {"老王修鞋配钥匙", "便民维修点", "{s}家电维修"}},
}};

void replaceToken(std::string& text, std::string_view token, const std::string& value) {
    const auto at = text.find(token);
    if (at != std::string::npos) text.replace(at, token.size(), value);
}

std::string fill(std::string pattern, const std::string& street, const std::string& compound) {
    replaceToken(pattern, "{s}", street);
    replaceToken(pattern, "{c}", compound);
    return pattern;
}

double roundTo(double value, double step) {
    return std::round(value / step) * step;
}

int roundToInt(double value) {
    return static_cast<int>(std::lround(value));
}

// ---------------------------------------------------------------------------------------

/// Builds the district step by step in local metres; emit() converts it into a Project.
class DistrictBuilder {
public:
    explicit DistrictBuilder(std::uint64_t seed)
        : m_rng(seed),
          m_arterialNames(kArterialNames, m_rng),
          m_avenueNames(kAvenueNames, m_rng),
          m_branchNames(kBranchNames, m_rng),
          m_compoundNames(kCompoundNames, m_rng),
          m_oldQuarterNames(kOldQuarterNames, m_rng),
          m_seed(seed) {}

    project::Project build() {
        layOutGrid();
        buildRiver();
        buildArterials();
        buildBlocks();
        assignUses();
        buildCompounds();
        buildLanesAndParkPaths();
        placeFacilities();
        placeIdleSpaces();
        nodeLines(m_lines);
        return emit();
    }

private:
    // --- grid --------------------------------------------------------------------------

    /// Five street lines with spacings of 400-600 m that add up to about two kilometres,
    /// centred on 0. The row that holds the river gets at least 540 m.
    std::vector<double> gridLines(std::optional<std::size_t> riverRow) {
        std::vector<double> spacing(4);
        double sum = 0.0;
        for (std::size_t i = 0; i < 3; ++i) {
            spacing[i] = roundTo(m_rng.uniform(riverRow == i ? 540.0 : 400.0, 600.0), 5.0);
            sum += spacing[i];
        }
        spacing[3] =
            std::clamp(roundTo(2000.0 - sum + m_rng.uniform(-60.0, 60.0), 5.0), 400.0, 600.0);
        sum += spacing[3];
        std::vector<double> lines{-roundTo(sum / 2, 5.0)};
        for (double s : spacing) lines.push_back(lines.back() + s);
        return lines;
    }

    void layOutGrid() {
        m_xs = gridLines(std::nullopt);
        m_ys = gridLines(kRiverRow);
        // A vertical street that is a bridge (2 or 3 of the inner ones) crosses the river.
        std::vector<std::size_t> inner{1, 2, 3};
        m_rng.shuffle(inner);
        const auto bridges = static_cast<std::size_t>(m_rng.between(2, 3));
        m_bridged.assign(m_xs.size(), false);
        for (std::size_t i = 0; i < bridges; ++i) m_bridged[inner[i]] = true;
    }

    // --- river -------------------------------------------------------------------------

    void buildRiver() {
        const double west = m_xs.front() - kRiverOverhang;
        const double east = m_xs.back() + kRiverOverhang;
        const double mid = (m_ys[kRiverRow] + m_ys[kRiverRow + 1]) / 2;
        const double drift = m_rng.uniform(-25.0, 25.0);  // gentle slope across the district
        std::vector<double> centre, width;
        for (double x = west; x <= east + kRiverControlStep; x += kRiverControlStep) {
            const double u = (x - west) / (east - west) - 0.5;
            centre.push_back(mid + drift * u + m_rng.uniform(-28.0, 28.0));
            width.push_back(m_rng.uniform(48.0, 72.0));
        }

        // Sample positions: a regular step, plus every place a street meets the banks.
        std::vector<double> special(m_xs.begin(), m_xs.end());
        for (std::size_t i = 0; i + 1 < m_xs.size(); ++i) {
            const double x = roundTo((m_xs[i] + m_xs[i + 1]) / 2 + m_rng.uniform(-60.0, 60.0), 1.0);
            m_stepsAt.push_back(x);
            special.push_back(x);
        }
        std::vector<double> samples = special;
        for (double x = west; x <= east; x += kRiverSampleStep) {
            const bool nearSpecial = std::any_of(special.begin(), special.end(),
                                                 [x](double s) { return std::abs(s - x) < 5.0; });
            if (!nearSpecial) samples.push_back(x);
        }
        samples.push_back(east);
        std::sort(samples.begin(), samples.end());
        samples.erase(std::unique(samples.begin(), samples.end()), samples.end());

        std::vector<double> top, bottom;
        for (double x : samples) {
            const double c = smoothAt(centre, west, kRiverControlStep, x);
            const double w = std::clamp(smoothAt(width, west, kRiverControlStep, x), 42.0, 78.0);
            top.push_back(c + w / 2);
            bottom.push_back(c - w / 2);
        }
        // The water polygon: north bank west to east, then south bank back.
        for (std::size_t k = 0; k < samples.size(); ++k) m_water.push_back({samples[k], top[k]});
        for (std::size_t k = samples.size(); k-- > 0;) m_water.push_back({samples[k], bottom[k]});

        // Riverside streets are the banks shifted north or south, sampled at the same x, so
        // they can never touch the water.
        std::vector<double> xs, south, walk, road;
        for (std::size_t k = 0; k < samples.size(); ++k) {
            if (samples[k] < m_xs.front() || samples[k] > m_xs.back()) continue;
            xs.push_back(samples[k]);
            south.push_back(bottom[k] - kSouthPathGap);
            walk.push_back(top[k] + kNorthWalkGap);
            road.push_back(top[k] + kNorthRoadGap);
        }
        m_southPath = Profile(xs, south);
        m_northWalk = Profile(xs, walk);
        m_northRoad = Profile(xs, road);
        m_riversideRoadName = "滨河路";
        addLine(m_southPath.points(), "path", "滨河绿道");
        addLine(m_northWalk.points(), "footway", "滨河步道");
        addLine(m_northRoad.points(), "tertiary", m_riversideRoadName);
        // Stairs down the embankment from the road to the lower walk.
        for (double x : m_stepsAt)
            addLine({{x, m_northRoad.at(x)}, {x, m_northWalk.at(x)}}, "steps", "");
    }

    // --- arterials ---------------------------------------------------------------------

    void buildArterials() {
        // One primary avenue each way, inner and on the north bank; the rest secondary or
        // tertiary. Vertical avenue: one of the bridged streets.
        std::size_t primaryX = 1;
        for (std::size_t i = 1; i + 1 < m_xs.size(); ++i)
            if (m_bridged[i]) primaryX = i;
        const std::size_t primaryY = m_rng.chance(0.5) ? kRiverRow + 1 : kRiverRow + 2;
        const auto classOf = [this](std::size_t i, std::size_t last, bool primary) -> std::string {
            if (primary) return "primary";
            if (i == 0 || i == last) return "secondary";
            return m_rng.chance(0.5) ? "secondary" : "tertiary";
        };

        for (std::size_t j = 0; j < m_ys.size(); ++j) {
            const bool primary = j == primaryY;
            const std::string name = primary ? m_avenueNames.take() : m_arterialNames.take();
            std::vector<LocalXY> pts;
            for (double x : m_xs) pts.push_back({x, m_ys[j]});
            addLine(std::move(pts), classOf(j, m_ys.size() - 1, primary), name);
            m_yNames.push_back(name);
        }
        for (std::size_t i = 0; i < m_xs.size(); ++i) {
            const bool primary = i == primaryX;
            const std::string name = primary ? m_avenueNames.take() : m_arterialNames.take();
            const std::string highway = classOf(i, m_xs.size() - 1, primary);
            const double x = m_xs[i];
            m_xNames.push_back(name);
            // South bank: from the south edge up to the riverside path.
            std::vector<LocalXY> south;
            for (std::size_t j = 0; j <= kRiverRow; ++j) south.push_back({x, m_ys[j]});
            south.push_back({x, m_southPath.at(x)});
            addLine(std::move(south), highway, name);
            // North bank: from the riverside road (or the walk, where a bridge lands) north.
            std::vector<LocalXY> north;
            if (m_bridged[i]) {
                addLine({{x, m_southPath.at(x)}, {x, m_northWalk.at(x)}}, highway, name, true);
                north.push_back({x, m_northWalk.at(x)});
            }
            north.push_back({x, m_northRoad.at(x)});
            for (std::size_t j = kRiverRow + 1; j < m_ys.size(); ++j) north.push_back({x, m_ys[j]});
            addLine(std::move(north), highway, name);
        }
    }

    // --- blocks ------------------------------------------------------------------------

    Side makeSide(StreetKind kind, std::string street, const Profile* curve = nullptr) {
        Side s;
        s.kind = kind;
        s.street = std::move(street);
        s.curve = curve;
        switch (kind) {
            case StreetKind::Arterial:
                s.setback = m_rng.uniform(24.0, 32.0);
                break;
            case StreetKind::Branch:
                s.setback = m_rng.uniform(11.0, 15.0);
                break;
            case StreetKind::RiversideRoad:
                s.setback = m_rng.uniform(14.0, 18.0);
                break;
            case StreetKind::RiversidePath:
                s.setback = m_rng.uniform(10.0, 13.0);
                break;
        }
        return s;
    }

    std::string branchHighway(bool north) {
        const double r = m_rng.unit();
        if (r < 0.12) return "service";
        if (!north && r < 0.30) return "living_street";
        if (r < 0.85) return "residential";
        return "tertiary";
    }

    void addBlock(Block b) {
        const Side& s = b.sides[kSouth];
        const Side& n = b.sides[kNorth];
        b.inner.x0 = b.x0 + b.sides[kWest].setback;
        b.inner.x1 = b.x1 - b.sides[kEast].setback;
        b.inner.y0 = (s.curve ? s.curve->maxOver(b.x0, b.x1) : b.y0) + s.setback;
        b.inner.y1 = (n.curve ? n.curve->minOver(b.x0, b.x1) : b.y1) - n.setback;
        m_blocks.push_back(std::move(b));
    }

    /// Splits a block at x = split with a north-south branch street (already drawn).
    void addSplitX(const Block& whole, double split, const std::string& street) {
        Block west = whole;
        west.x1 = split;
        west.sides[kEast] = makeSide(StreetKind::Branch, street);
        Block east = whole;
        east.x0 = split;
        east.sides[kWest] = makeSide(StreetKind::Branch, street);
        for (Block* b : {&west, &east})
            for (std::size_t side : {kSouth, kNorth})
                b->sides[side].setback =
                    m_rng.uniform(whole.sides[side].setback - 2.0, whole.sides[side].setback + 2.0);
        addBlock(std::move(west));
        addBlock(std::move(east));
    }

    void buildBlocks() {
        for (std::size_t j = 0; j + 1 < m_ys.size(); ++j) {
            for (std::size_t i = 0; i + 1 < m_xs.size(); ++i) {
                if (j == kRiverRow)
                    buildStripBlocks(i);
                else
                    buildGridBlocks(i, j);
            }
        }
    }

    void buildGridBlocks(std::size_t i, std::size_t j) {
        Block cell;
        cell.x0 = m_xs[i];
        cell.x1 = m_xs[i + 1];
        cell.y0 = m_ys[j];
        cell.y1 = m_ys[j + 1];
        cell.north = j > kRiverRow;
        cell.sides[kSouth] = makeSide(StreetKind::Arterial, m_yNames[j]);
        cell.sides[kNorth] = makeSide(StreetKind::Arterial, m_yNames[j + 1]);
        cell.sides[kWest] = makeSide(StreetKind::Arterial, m_xNames[i]);
        cell.sides[kEast] = makeSide(StreetKind::Arterial, m_xNames[i + 1]);

        // Every cell is split at least once, so there are always enough blocks for the
        // compounds: x only 40 %, y only 40 %, both 20 %.
        const double r = m_rng.unit();
        const bool splitX = r < 0.4 || r >= 0.8;
        const bool splitY = r >= 0.4;
        const double xb = roundTo(cell.x0 + (cell.x1 - cell.x0) * m_rng.uniform(0.4, 0.6), 1.0);
        const double yb = roundTo(cell.y0 + (cell.y1 - cell.y0) * m_rng.uniform(0.4, 0.6), 1.0);
        const std::string nsName = splitX ? m_branchNames.take() : std::string();
        const std::string ewName = splitY ? m_branchNames.take() : std::string();
        if (splitX && splitY) {
            // A crossing drawn through one shared vertex.
            addLine({{xb, cell.y0}, {xb, yb}, {xb, cell.y1}}, branchHighway(cell.north), nsName);
            addLine({{cell.x0, yb}, {xb, yb}, {cell.x1, yb}}, branchHighway(cell.north), ewName);
        } else if (splitX) {
            addLine({{xb, cell.y0}, {xb, cell.y1}}, branchHighway(cell.north), nsName);
        } else {
            addLine({{cell.x0, yb}, {cell.x1, yb}}, branchHighway(cell.north), ewName);
        }

        std::vector<Block> rows;
        if (splitY) {
            Block south = cell;
            south.y1 = yb;
            south.sides[kNorth] = makeSide(StreetKind::Branch, ewName);
            Block north = cell;
            north.y0 = yb;
            north.sides[kSouth] = makeSide(StreetKind::Branch, ewName);
            rows = {south, north};
        } else {
            rows = {cell};
        }
        for (const Block& row : rows) {
            if (splitX)
                addSplitX(row, xb, nsName);
            else
                addBlock(row);
        }
    }

    void buildStripBlocks(std::size_t i) {
        for (const bool north : {false, true}) {
            Block strip;
            strip.x0 = m_xs[i];
            strip.x1 = m_xs[i + 1];
            strip.north = north;
            strip.regular = false;
            strip.sides[kWest] = makeSide(StreetKind::Arterial, m_xNames[i]);
            strip.sides[kEast] = makeSide(StreetKind::Arterial, m_xNames[i + 1]);
            if (north) {
                strip.y1 = m_ys[kRiverRow + 1];
                strip.sides[kSouth] =
                    makeSide(StreetKind::RiversideRoad, m_riversideRoadName, &m_northRoad);
                strip.sides[kNorth] = makeSide(StreetKind::Arterial, m_yNames[kRiverRow + 1]);
            } else {
                strip.y0 = m_ys[kRiverRow];
                strip.sides[kSouth] = makeSide(StreetKind::Arterial, m_yNames[kRiverRow]);
                strip.sides[kNorth] = makeSide(StreetKind::RiversidePath, "滨河绿道", &m_southPath);
            }
            if (m_rng.chance(0.25)) {
                const double xb =
                    roundTo(strip.x0 + (strip.x1 - strip.x0) * m_rng.uniform(0.4, 0.6), 1.0);
                const std::string name = m_branchNames.take();
                const LocalXY a = north ? LocalXY{xb, m_northRoad.at(xb)} : LocalXY{xb, strip.y0};
                const LocalXY b = north ? LocalXY{xb, strip.y1} : LocalXY{xb, m_southPath.at(xb)};
                addLine({a, b}, branchHighway(north), name);
                addSplitX(strip, xb, name);
            } else {
                addBlock(std::move(strip));
            }
        }
    }

    // --- land use ----------------------------------------------------------------------

    std::optional<std::size_t> pickBlock(bool north, bool regularOnly) {
        std::vector<std::size_t> candidates;
        for (std::size_t b = 0; b < m_blocks.size(); ++b)
            if (m_blocks[b].use == Use::Unassigned && m_blocks[b].north == north
                && (m_blocks[b].regular || !regularOnly))
                candidates.push_back(b);
        if (candidates.empty()) return std::nullopt;
        return candidates[m_rng.index(candidates.size())];
    }

    void assign(Use use, bool north, bool regularOnly) {
        if (auto b = pickBlock(north, regularOnly)) m_blocks[*b].use = use;
    }

    void assignUses() {
        assign(Use::School, true, true);
        assign(Use::Civic, true, true);
        assign(Use::Market, true, true);
        assign(Use::Park, true, false);
        assign(Use::Industrial, false, false);
        const int oldQuarters = m_rng.between(2, 3);
        for (int k = 0; k < oldQuarters; ++k) assign(Use::OldQuarter, k != 0, true);

        std::vector<std::size_t> open;
        for (std::size_t b = 0; b < m_blocks.size(); ++b)
            if (m_blocks[b].use == Use::Unassigned) open.push_back(b);
        m_rng.shuffle(open);
        const auto cap = static_cast<std::size_t>(m_rng.between(24, 29));
        for (std::size_t k = 0; k < open.size(); ++k)
            m_blocks[open[k]].use = k < cap ? Use::Compound : Use::Vacant;
    }

    // --- compounds ---------------------------------------------------------------------

    static LocalXY cornerOf(const Rect& r, std::size_t k) {
        switch (k) {
            case 0:
                return {r.x0, r.y0};
            case 1:
                return {r.x1, r.y0};
            case 2:
                return {r.x1, r.y1};
            default:
                return {r.x0, r.y1};
        }
    }

    /// Position `along` a side of the inner rectangle, as a point on its outline.
    static LocalXY onInnerSide(const Rect& r, std::size_t side, double along) {
        switch (side) {
            case kSouth:
                return {along, r.y0};
            case kNorth:
                return {along, r.y1};
            case kEast:
                return {r.x1, along};
            default:
                return {r.x0, along};
        }
    }

    void buildCompounds() {
        for (std::size_t b = 0; b < m_blocks.size(); ++b) {
            Block& block = m_blocks[b];
            if (block.use != Use::Compound && block.use != Use::OldQuarter) continue;
            CompoundPlan c;
            c.block = b;
            c.fenced = block.use == Use::Compound;
            c.name = c.fenced ? m_compoundNames.take() : m_oldQuarterNames.take();
            c.inner = block.inner;
            c.propertyCompany = kPropertyCompanies[m_rng.index(kPropertyCompanies.size())];
            if (c.fenced && m_rng.chance(0.35)) c.chamferedCorner = m_rng.index(4);
            if (c.fenced) planGates(block, c);
            buildRing(c);
            planPopulation(c);
            block.compound = m_compounds.size();
            m_compounds.push_back(std::move(c));
        }
    }

    void planGates(Block& block, CompoundPlan& c) {
        const double r = m_rng.unit();
        const std::size_t count = r < 0.15 ? 1 : r < 0.55 ? 2 : r < 0.85 ? 3 : 4;
        std::vector<std::size_t> sides{kSouth, kEast, kNorth, kWest};
        m_rng.shuffle(sides);
        // The main gate (first) goes on a side cars can reach.
        std::stable_partition(sides.begin(), sides.end(),
                              [&](std::size_t s) { return block.sides[s].allowsVehicles(); });
        const LocalXY hub = c.inner.centre();
        for (std::size_t g = 0; g < count; ++g) {
            const std::size_t side = sides[g];
            const auto [lo, hi] = block.frontage(side);
            const double margin = std::max(0.3 * (hi - lo), 40.0);
            const double along = lo + margin < hi - margin
                                     ? roundTo(m_rng.uniform(lo + margin, hi - margin), 0.5)
                                     : (lo + hi) / 2;
            GatePlan gate;
            gate.side = side;
            gate.position = onInnerSide(c.inner, side, along);
            const bool carsCanReach = block.sides[side].allowsVehicles();
            gate.kind = carsCanReach && (g == 0 || m_rng.chance(0.25)) ? GateKind::Vehicle
                                                                       : GateKind::Pedestrian;
            gate.name = c.name + kSideNames[side] + "门";
            if (gate.kind == GateKind::Pedestrian && m_rng.chance(0.3)) {
                constexpr std::array kHours{"06:00-22:00", "06:30-22:30", "07:00-21:00"};
                gate.openHours = kHours[m_rng.index(kHours.size())];
            } else if (gate.kind == GateKind::Vehicle && m_rng.chance(0.1)) {
                gate.openHours = "06:00-23:00";
            }
            // Outside: a driveway or a footway from the street ends at the gate. Inside: a
            // footway leads from the gate to the heart of the compound.
            addLine({block.streetPoint(side, along), gate.position},
                    gate.kind == GateKind::Vehicle ? "service" : "footway", "");
            addLine({gate.position, hub}, "footway", "");
            c.paths.emplace_back(gate.position, hub);
            block.sides[side].taken.emplace_back(along - 4.0, along + 4.0);
            c.gates.push_back(std::move(gate));
        }
    }

    void buildRing(CompoundPlan& c) {
        const double cut = m_rng.uniform(15.0, 35.0);
        for (std::size_t k = 0; k < 4; ++k) {
            const LocalXY corner = cornerOf(c.inner, k);
            if (c.chamferedCorner == k) {
                const LocalXY in = kSideDirection[(k + 3) % 4];
                const LocalXY out = kSideDirection[k];
                c.ring.push_back({corner.x - cut * in.x, corner.y - cut * in.y});
                c.ring.push_back({corner.x + cut * out.x, corner.y + cut * out.y});
            } else {
                c.ring.push_back(corner);
            }
            for (const GatePlan& g : c.gates)
                if (g.side == k) c.ring.push_back(g.position);
        }
    }

    void planPopulation(CompoundPlan& c) {
        const double hectares = shoelaceArea(c.ring) / 10000.0;
        const double density = c.fenced ? m_rng.uniform(380.0, 620.0) : m_rng.uniform(450.0, 600.0);
        // Very large or very small compounds are denser or sparser than the rule of thumb.
        double population = hectares * density;
        if (population > 5800.0) population = m_rng.uniform(5000.0, 6000.0);
        if (population < 1600.0) population = m_rng.uniform(1500.0, 1900.0);
        c.population = roundToInt(roundTo(population, 10.0));
        const double older = c.fenced ? m_rng.uniform(0.15, 0.27) : m_rng.uniform(0.24, 0.30);
        c.residents60Plus = roundToInt(c.population * older);
        c.children0To14 = roundToInt(c.population * m_rng.uniform(0.08, 0.16));
        c.households = roundToInt(c.population / m_rng.uniform(2.5, 2.7));
    }

    /// Old quarters are open to the street: lanes cross them. Parks get two paths.
    void buildLanesAndParkPaths() {
        for (Block& block : m_blocks) {
            if (block.use != Use::OldQuarter && block.use != Use::Park) continue;
            const bool park = block.use == Use::Park;
            const std::string highway = park ? "footway" : "living_street";
            const LocalXY mid{roundTo(block.inner.centre().x + m_rng.uniform(-15.0, 15.0), 1.0),
                              roundTo(block.inner.centre().y + m_rng.uniform(-15.0, 15.0), 1.0)};
            const LocalXY s = block.streetPoint(kSouth, mid.x);
            const LocalXY n = block.streetPoint(kNorth, mid.x);
            const bool both = park || m_rng.chance(0.6);
            const std::string ns = park ? std::string() : m_branchNames.take();
            if (both) {
                const std::string ew = park ? std::string() : m_branchNames.take();
                addLine({s, mid, n}, highway, ns);
                addLine({block.streetPoint(kWest, mid.y), mid, block.streetPoint(kEast, mid.y)},
                        highway, ew);
                block.sides[kWest].taken.emplace_back(mid.y - 3.0, mid.y + 3.0);
                block.sides[kEast].taken.emplace_back(mid.y - 3.0, mid.y + 3.0);
            } else {
                addLine({s, n}, highway, ns);
            }
            block.sides[kSouth].taken.emplace_back(mid.x - 3.0, mid.x + 3.0);
            block.sides[kNorth].taken.emplace_back(mid.x - 3.0, mid.x + 3.0);
        }
    }

    // --- placing things along streets and inside compounds -------------------------------

    struct Frontage {
        std::size_t block = 0;
        std::size_t side = 0;
        double along = 0.0;
    };

    /// A free stretch of `length` metres along a street of one of `kinds`, on one bank.
    std::optional<Frontage> findFrontage(bool north, std::initializer_list<StreetKind> kinds,
                                         double length, bool straightOnly) {
        std::vector<std::pair<std::size_t, std::size_t>> sides;
        for (std::size_t b = 0; b < m_blocks.size(); ++b) {
            if (m_blocks[b].north != north || m_blocks[b].use == Use::Industrial) continue;
            for (std::size_t s = 0; s < 4; ++s) {
                const Side& side = m_blocks[b].sides[s];
                if (std::find(kinds.begin(), kinds.end(), side.kind) == kinds.end()) continue;
                if (straightOnly && side.curve) continue;
                sides.emplace_back(b, s);
            }
        }
        if (sides.empty()) return std::nullopt;
        for (int attempt = 0; attempt < 200; ++attempt) {
            const auto [b, s] = sides[m_rng.index(sides.size())];
            const auto [lo, hi] = m_blocks[b].frontage(s);
            const double span = hi - lo;
            if (span < length + 40.0) continue;
            const double along = roundTo(
                m_rng.uniform(lo + 0.15 * span + length / 2, hi - 0.15 * span - length / 2), 0.5);
            Side& side = m_blocks[b].sides[s];
            if (!side.isFree(along - length / 2, along + length / 2)) continue;
            side.taken.emplace_back(along - length / 2, along + length / 2);
            return Frontage{b, s, along};
        }
        return std::nullopt;
    }

    /// The point `offset` metres from the street, into the block.
    LocalXY inFront(const Frontage& f, double offset) const {
        const LocalXY p = m_blocks[f.block].streetPoint(f.side, f.along);
        const LocalXY in = kInward[f.side];
        return {p.x + offset * in.x, p.y + offset * in.y};
    }

    /// A rectangle of `along` x `across` metres whose street-facing edge is `offset` metres
    /// back from the street centre line.
    Rect footprintInFront(const Frontage& f, double offset, double along, double across) const {
        const LocalXY near = inFront(f, offset);
        const LocalXY far = inFront(f, offset + across);
        const bool alongX = f.side == kSouth || f.side == kNorth;
        Rect r;
        r.x0 = alongX ? f.along - along / 2 : std::min(near.x, far.x);
        r.x1 = alongX ? f.along + along / 2 : std::max(near.x, far.x);
        r.y0 = alongX ? std::min(near.y, far.y) : f.along - along / 2;
        r.y1 = alongX ? std::max(near.y, far.y) : f.along + along / 2;
        return r;
    }

    std::string address(const Frontage& f) {
        const int number =
            m_rng.between(1, 160) * 2 - (f.side == kSouth || f.side == kWest ? 1 : 0);
        return m_blocks[f.block].sides[f.side].street + std::to_string(number) + "号";
    }

    /// A free corner of a fenced compound holding a `w` x `h` rectangle clear of its paths.
    std::optional<Rect> findCornerSpot(CompoundPlan& c, double w, double h) {
        std::vector<std::size_t> corners{0, 1, 2, 3};
        m_rng.shuffle(corners);
        for (std::size_t k : corners) {
            if (c.cornerUsed[k] || c.chamferedCorner == k) continue;
            const double inset = m_rng.uniform(6.0, 12.0);
            if (w + inset > c.inner.width() / 2 || h + inset > c.inner.height() / 2) continue;
            const LocalXY corner = cornerOf(c.inner, k);
            const double sx = (k == 0 || k == 3) ? 1.0 : -1.0;
            const double sy = (k == 0 || k == 1) ? 1.0 : -1.0;
            Rect r{std::min(corner.x + sx * inset, corner.x + sx * (inset + w)),
                   std::min(corner.y + sy * inset, corner.y + sy * (inset + h)),
                   std::max(corner.x + sx * inset, corner.x + sx * (inset + w)),
                   std::max(corner.y + sy * inset, corner.y + sy * (inset + h))};
            const Rect clearance = r.grown(3.0);
            const bool blocked = std::any_of(c.paths.begin(), c.paths.end(), [&](const auto& p) {
                return segmentTouchesRect(p.first, p.second, clearance);
            });
            if (blocked) continue;
            c.cornerUsed[k] = true;
            return r;
        }
        return std::nullopt;
    }

    /// A fenced compound on one bank with a free corner for a `w` x `h` rectangle.
    std::optional<std::pair<std::size_t, Rect>> findCompoundSpot(bool north, double w, double h) {
        std::vector<std::size_t> candidates;
        for (std::size_t k = 0; k < m_compounds.size(); ++k)
            if (m_compounds[k].fenced && m_blocks[m_compounds[k].block].north == north)
                candidates.push_back(k);
        m_rng.shuffle(candidates);
        for (std::size_t k : candidates)
            if (auto spot = findCornerSpot(m_compounds[k], w, h)) return std::pair{k, *spot};
        return std::nullopt;
    }

    /// A facility name not used before in the district.
    std::string nameFor(const std::string& code, const std::string& street,
                        const std::string& compound) {
        std::vector<std::string> choices;
        for (const FacilityNames& n : kFacilityNames)
            if (code == n.code)
                for (const char* pattern : n.patterns)
                    choices.push_back(fill(pattern, street, compound));
        if (choices.empty()) choices.push_back(street + code);
        const std::size_t first = m_rng.index(choices.size());
        for (std::size_t k = 0; k < choices.size(); ++k) {
            const std::string& name = choices[(first + k) % choices.size()];
            if (std::find(m_usedNames.begin(), m_usedNames.end(), name) == m_usedNames.end()) {
                m_usedNames.push_back(name);
                return name;
            }
        }
        std::string name = choices[first] + "（二店）";
        m_usedNames.push_back(name);
        return name;
    }

    void placeFacilities() {
        std::vector<std::size_t> plotsUsed;  // one entry per facility placed on a plot
        for (const FacilitySpec& spec : kFacilitySpecs) {
            FacilityPlan f;
            f.code = spec.code;
            if (spec.place == Place::Street) {
                const auto front = findFrontage(
                    spec.north,
                    {StreetKind::Arterial, StreetKind::Branch, StreetKind::RiversideRoad}, 10.0,
                    false);
                if (!front) continue;
                const Side& side = m_blocks[front->block].sides[front->side];
                // Shops sit in the ground floor along the built edge, behind the pavement.
                const double offset = std::max(side.setback - 5.0, 5.0);
                f.position = inFront(*front, roundTo(offset, 0.5));
                f.name = nameFor(f.code, side.street, "");
                f.address = address(*front);
            } else if (spec.place == Place::InCompound) {
                const auto spot = findCompoundSpot(spec.north, 8.0, 8.0);
                if (!spot) continue;
                const CompoundPlan& c = m_compounds[spot->first];
                f.position = spot->second.centre();
                f.name = nameFor(f.code, "", c.name);
                f.address = c.name;
            } else {
                const auto it = std::find_if(m_blocks.begin(), m_blocks.end(),
                                             [&](const Block& b) { return b.use == spec.plot; });
                if (it == m_blocks.end()) continue;
                const auto plot = static_cast<std::size_t>(it - m_blocks.begin());
                const std::size_t nth =
                    static_cast<std::size_t>(std::count(plotsUsed.begin(), plotsUsed.end(), plot));
                plotsUsed.push_back(plot);
                // Civic and market plots hold two buildings, west and east of the middle; a
                // park's square lies off its crossing paths; a school stands in the middle.
                const Rect& r = it->inner;
                double fx = 0.5, fy = 0.5;
                if (spec.plot == Use::Civic || spec.plot == Use::Market)
                    fx = nth == 0 ? 0.25 : 0.75;
                if (spec.plot == Use::Park) fx = fy = 0.7;
                f.position = {roundTo(r.x0 + fx * r.width(), 0.5),
                              roundTo(r.y0 + fy * r.height(), 0.5)};
                f.name = nameFor(f.code, it->sides[kSouth].street, "");
                f.address = it->sides[kSouth].street;
            }
            m_facilities.push_back(std::move(f));
        }
    }

    // --- idle spaces -------------------------------------------------------------------

    double costFor(double area, double lo, double hi) {
        return std::max(1000.0, roundTo(area * m_rng.uniform(lo, hi), 1000.0));
    }

    void addStreetIdle(IdleSpaceKind kind, bool north, double area, double depth,
                       bool withFootprint, const std::string& nameSuffix, const std::string& owner,
                       double costLo, double costHi, const std::string& notes) {
        const double length = area / depth;
        const auto front = findFrontage(north, {StreetKind::Arterial}, std::max(length, 8.0), true);
        if (!front) return;
        const Side& side = m_blocks[front->block].sides[front->side];
        IdlePlan s;
        s.kind = kind;
        s.floorAreaM2 = area;
        s.owner = owner;
        s.costYuan = costFor(area, costLo, costHi);
        s.notes = notes;
        // Huts stand on the pavement; shops against the built edge behind it.
        const double offset = kind == IdleSpaceKind::FormerTestingHut
                                  ? std::max(side.setback - depth - 6.0, 12.0)
                                  : side.setback - depth - 3.0;
        if (withFootprint) {
            s.footprint = footprintInFront(*front, offset, length, depth);
            s.position = s.footprint->centre();
        } else {
            s.position = inFront(*front, offset + depth / 2);
        }
        s.name = side.street + nameSuffix;
        s.notes += (s.notes.empty() ? "" : "；") + address(*front);
        m_idle.push_back(std::move(s));
    }

    void addCompoundIdle(IdleSpaceKind kind, bool north, double area, double depth,
                         bool withFootprint, int storey, const std::string& nameSuffix,
                         bool ownedByProperty, double costLo, double costHi,
                         const std::string& notes) {
        const double w = withFootprint ? area / depth : 8.0;
        const double h = withFootprint ? depth : 8.0;
        const auto spot = findCompoundSpot(north, w, h);
        if (!spot) return;
        const CompoundPlan& c = m_compounds[spot->first];
        IdlePlan s;
        s.kind = kind;
        s.floorAreaM2 = area;
        s.storey = storey;
        s.name = c.name + nameSuffix;
        s.owner = ownedByProperty ? c.propertyCompany : "社区居委会";
        s.costYuan = costFor(area, costLo, costHi);
        s.notes = notes;
        if (withFootprint) s.footprint = spot->second;
        s.position = spot->second.centre();
        m_idle.push_back(std::move(s));
    }

    void placeIdleSpaces() {
        using K = IdleSpaceKind;
        const auto area = [this](double lo, double hi, double step) {
            return roundTo(m_rng.uniform(lo, hi), step);
        };
        // Former nucleic-acid testing huts on the pavement of main streets.
        for (int k = 0; k < 4; ++k)
            addStreetIdle(K::FormerTestingHut, k % 2 == 0, area(10, 20, 0.5), 3.0, true,
                          "原核酸采样亭", "街道办", 1500, 2500, "2023年起闲置，可改便民亭或快递点");
        // Empty shop fronts.
        constexpr std::array kShopOwners{"个人业主", "区国资公司", "街道集体资产管理公司"};
        for (int k = 0; k < 6; ++k)
            addStreetIdle(K::VacantShop, k % 2 == 1, area(30, 200, 5), m_rng.uniform(8.0, 10.0),
                          k < 4, "临街空置门面", kShopOwners[m_rng.index(kShopOwners.size())], 1500,
                          3000, "空置一年以上");
        for (int k = 0; k < 3; ++k)
            addCompoundIdle(K::BoilerRoom, k != 0, area(80, 300, 5), m_rng.uniform(8.0, 12.0), true,
                            1, "原锅炉房", true, 2500, 4000, "集中供暖改造后停用，需结构检测");
        for (int k = 0; k < 3; ++k)
            addCompoundIdle(K::StiltedGroundFloor, k != 1, area(200, 600, 10),
                            m_rng.uniform(14.0, 18.0), true, 1, "架空层", true, 1200, 2200,
                            "层高约4.5米，通风良好");
        for (int k = 0; k < 4; ++k)
            addCompoundIdle(K::CommunityRoom, k != 3, area(40, 150, 5), 8.0, false,
                            m_rng.between(1, 3), "活动室", k % 2 == 0, 800, 1500,
                            "使用率低，每周开放不足两天");
        placeWarehouses();
        addCompoundIdle(K::Other, true, area(50, 120, 5), 6.0, true, 1, "闲置自行车棚", true, 1500,
                        2500, "棚架结构，需翻建");
        placeShelter();
    }

    void placeWarehouses() {
        const auto it = std::find_if(m_blocks.begin(), m_blocks.end(),
                                     [](const Block& b) { return b.use == Use::Industrial; });
        if (it == m_blocks.end()) return;
        constexpr std::array kOwners{"区国资公司", "市粮食储备公司", "区供销合作社"};
        const Rect& r = it->inner;
        double x = r.x0 + 10.0;
        for (int k = 0; k < 3; ++k) {
            const double area = roundTo(m_rng.uniform(100.0, 500.0), 10.0);
            const double depth = std::min(m_rng.uniform(15.0, 22.0), r.height() - 20.0);
            const double length = area / depth;
            if (x + length > r.x1 - 10.0) break;
            const double y =
                r.y0 + 10.0 + m_rng.uniform(0.0, std::max(0.0, r.height() - depth - 20.0));
            IdlePlan s;
            s.kind = IdleSpaceKind::Warehouse;
            s.floorAreaM2 = area;
            s.footprint = Rect{x, y, x + length, y + depth};
            s.position = s.footprint->centre();
            s.name = "原" + it->sides[kSouth].street + "物资仓库" + std::to_string(k + 1) + "号库";
            s.owner = kOwners[m_rng.index(kOwners.size())];
            s.costYuan = costFor(area, 1800, 3000);
            s.notes = "单层砖混，产权清晰";
            m_idle.push_back(std::move(s));
            x += length + m_rng.uniform(12.0, 25.0);
        }
    }

    /// A disused civil-defence basement, under a vacant plot if there is one.
    void placeShelter() {
        IdlePlan s;
        s.kind = IdleSpaceKind::Other;
        s.floorAreaM2 = roundTo(m_rng.uniform(200.0, 400.0), 10.0);
        s.storey = -1;
        s.owner = "区人防办";
        s.costYuan = costFor(s.floorAreaM2, 2000, 3500);
        s.notes = "地下一层，需加装无障碍电梯";
        const auto it = std::find_if(m_blocks.begin(), m_blocks.end(),
                                     [](const Block& b) { return b.use == Use::Vacant; });
        if (it != m_blocks.end()) {
            s.position = it->inner.centre();
            s.name = it->sides[kSouth].street + "闲置人防工程";
        } else if (auto spot = findCompoundSpot(true, 8.0, 8.0)) {
            s.position = spot->second.centre();
            s.name = m_compounds[spot->first].name + "闲置人防工程";
        } else {
            return;
        }
        m_idle.push_back(std::move(s));
    }

    // --- output ------------------------------------------------------------------------

    void addLine(std::vector<LocalXY> points, std::string highway, std::string name,
                 bool bridge = false) {
        Line line;
        line.points = std::move(points);
        line.highway = std::move(highway);
        line.name = std::move(name);
        line.bridge = bridge;
        m_lines.push_back(std::move(line));
    }

    geo::LonLat toLonLat(LocalXY p) const { return m_frame.toLonLat(p); }

    geo::Ring toRing(const std::vector<LocalXY>& points) const {
        geo::Ring ring;
        ring.reserve(points.size());
        for (const LocalXY& p : points) ring.push_back(toLonLat(p));
        return ring;
    }

    project::Project emit() const {
        project::Project p = project::Project::createDefault();
        p.setMetadataValue(project::meta::kTitle, "示例街道（样例）");
        p.setMetadataValue(project::meta::kRegion, "示例区示例街道");
        p.setMetadataValue(project::meta::kAttribution,
                           "程序生成的示例数据，虚构街区，与真实地点无关 (generated sample data)");
        p.setMetadataValue("sample_seed", std::to_string(m_seed));

        const Rect district{m_xs.front(), m_ys.front(), m_xs.back(), m_ys.back()};
        p.setStudyArea(geo::Polygon{toRing(district.ring()), {}});

        project::WaterArea water;
        water.outline.outer = toRing(m_water);
        water.name = kRiverName;
        p.addWaterArea(std::move(water));

        for (const Line& line : m_lines) {
            project::Street s;
            s.line = toRing(line.points);
            s.highway = line.highway;
            s.name = line.name;
            s.bridge = line.bridge;
            p.addStreet(std::move(s));
        }

        for (const CompoundPlan& c : m_compounds) {
            project::Compound compound;
            compound.outline.outer = toRing(c.ring);
            compound.name = c.name;
            compound.population = c.population;
            compound.residents60Plus = c.residents60Plus;
            compound.children0To14 = c.children0To14;
            compound.households = c.households;
            compound.fenced = c.fenced;
            const FeatureId id = p.addCompound(std::move(compound));
            for (const GatePlan& g : c.gates) {
                project::Gate gate;
                gate.position = toLonLat(g.position);
                gate.compoundId = id;
                gate.kind = g.kind;
                gate.name = g.name;
                gate.openHours = g.openHours;
                p.addGate(std::move(gate));
            }
        }

        for (const FacilityPlan& f : m_facilities) {
            project::Facility facility;
            facility.position = toLonLat(f.position);
            facility.categoryCode = f.code;
            facility.name = f.name;
            facility.status = project::FacilityStatus::Existing;
            facility.source = "sample";
            if (!f.address.empty()) facility.attributes["address"] = f.address;
            p.addFacility(std::move(facility));
        }

        for (const IdlePlan& s : m_idle) {
            project::IdleSpace idle;
            idle.position = toLonLat(s.position);
            if (s.footprint) idle.footprint = geo::Polygon{toRing(s.footprint->ring()), {}};
            idle.kind = s.kind;
            idle.name = s.name;
            idle.floorAreaM2 = s.floorAreaM2;
            idle.storey = s.storey;
            idle.owner = s.owner;
            idle.estimatedCostYuan = s.costYuan;
            idle.notes = s.notes;
            p.addIdleSpace(std::move(idle));
        }
        return p;
    }

    static constexpr std::size_t kRiverRow = 1;  // the river runs between m_ys[1] and m_ys[2]

    SplitMix64 m_rng;
    NamePool m_arterialNames;
    NamePool m_avenueNames;
    NamePool m_branchNames;
    NamePool m_compoundNames;
    NamePool m_oldQuarterNames;
    std::uint64_t m_seed;
    geo::LocalFrame m_frame{kOrigin};

    std::vector<double> m_xs, m_ys;  // arterial centre lines
    std::vector<std::string> m_xNames, m_yNames;
    std::vector<bool> m_bridged;
    std::vector<double> m_stepsAt;
    Profile m_southPath, m_northWalk, m_northRoad;
    std::string m_riversideRoadName;
    std::vector<LocalXY> m_water;
    std::vector<Line> m_lines;
    std::vector<Block> m_blocks;
    std::vector<CompoundPlan> m_compounds;
    std::vector<FacilityPlan> m_facilities;
    std::vector<std::string> m_usedNames;
    std::vector<IdlePlan> m_idle;
};

}  // namespace

project::Project generateSampleDistrict(const SampleOptions& options) {
    return DistrictBuilder(options.seed).build();
}

}  // namespace yike::sample
