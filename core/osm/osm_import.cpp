// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/osm/osm_import.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>

#include <osmium/area/assembler.hpp>
#include <osmium/area/multipolygon_manager.hpp>
#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/osm/area.hpp>
#include <osmium/osm/node.hpp>
#include <osmium/osm/way.hpp>
#include <osmium/tags/tags_filter.hpp>
#include <osmium/visitor.hpp>

#include "core/geo/local_frame.h"
#include "core/osm/walk_rules.h"

namespace yike::osm {
namespace {

using project::FeatureId;

constexpr std::size_t kMaxWarnings = 50;

Tags tagsOf(const osmium::TagList& list) {
    Tags tags;
    for (const osmium::Tag& t : list) tags.emplace(t.key(), t.value());
    return tags;
}

Tags walkTags(const Tags& all) {
    Tags kept;
    for (std::string_view key : walkRelevantKeys()) {
        const auto it = all.find(key);
        if (it != all.end()) kept.emplace(it->first, it->second);
    }
    return kept;
}

// Keys whose presence makes an object a candidate point of interest.
constexpr const char* kPoiKeys[] = {"amenity", "shop",  "leisure", "healthcare", "social_facility",
                                    "office",  "craft", "cuisine"};

bool hasPoiKey(const Tags& tags) {
    for (const char* key : kPoiKeys)
        if (tags.find(key) != tags.end()) return true;
    return false;
}

geo::LonLat toLonLat(const osmium::Location& l) { return {l.lon(), l.lat()}; }

struct GateCandidate {
    geo::LonLat position;
    std::string name;
    project::GateKind kind;
    std::string openHours;
    std::int64_t osmId;
};

struct AreaCandidate {
    geo::Polygon polygon;
    Tags tags;
    std::int64_t osmId;  // libosmium area id: 2 x way id or 2 x relation id + 1
};

/// Collects everything in plain vectors; nothing touches the project until the file is read.
class Collector : public osmium::handler::Handler {
public:
    Collector(const ImportOptions& options, const PoiRules& rules, ImportReport& report)
        : m_options(options), m_rules(rules), m_report(report) {}

    void node(const osmium::Node& node) {
        ++m_report.nodesRead;
        if (node.tags().empty() || !node.location().valid()) return;
        const geo::LonLat p = toLonLat(node.location());
        m_report.dataBounds.extend(p);
        if (m_options.bbox && !m_options.bbox->contains(p)) {
            ++m_report.outsideBbox;
            return;
        }
        const Tags tags = tagsOf(node.tags());
        const std::string_view barrier = node.tags().get_value_by_key("barrier", "");
        if (barrier == "gate" || barrier == "entrance" || barrier == "lift_gate"
            || barrier == "turnstile" || node.tags().has_key("entrance")) {
            const bool vehicle = barrier == "lift_gate"
                                 || std::string_view(node.tags().get_value_by_key("motor_vehicle", "")) == "yes";
            m_gates.push_back({p, preferredName(tags),
                               vehicle ? project::GateKind::Vehicle : project::GateKind::Pedestrian,
                               node.tags().get_value_by_key("opening_hours", ""), node.id()});
        }
        addPoi(tags, p, "OSM node " + std::to_string(node.id()));
    }

    void way(const osmium::Way& way) {
        ++m_report.waysRead;
        const char* highway = way.tags().get_value_by_key("highway");
        const bool platform = std::string_view(way.tags().get_value_by_key("public_transport", "")) == "platform";
        if (highway == nullptr && !platform) return;

        // Split at missing nodes so a gap never becomes a straight jump across the map.
        std::vector<geo::LineString> runs(1);
        std::int64_t missing = 0;
        for (const osmium::NodeRef& ref : way.nodes()) {
            if (!ref.location().valid()) {
                ++missing;
                if (!runs.back().empty()) runs.emplace_back();
                continue;
            }
            const geo::LonLat p = toLonLat(ref.location());
            if (!runs.back().empty() && runs.back().back() == p) continue;  // repeated node
            runs.back().push_back(p);
        }
        if (missing > 0) {
            ++m_report.waysWithMissingNodes;
            m_report.missingNodeRefs += missing;
        }
        const Tags all = tagsOf(way.tags());
        const Tags kept = walkTags(all);
        const bool walkable = decideWalkable(all).walkable;
        bool any = false;
        for (geo::LineString& line : runs) {
            if (line.size() < 2) continue;
            for (const geo::LonLat& p : line) m_report.dataBounds.extend(p);
            if (m_options.bbox && std::none_of(line.begin(), line.end(), [&](const geo::LonLat& p) {
                    return m_options.bbox->contains(p);
                })) {
                ++m_report.outsideBbox;
                continue;
            }
            project::Street street;
            street.line = std::move(line);
            street.highway = highway ? highway : "platform";
            street.name = preferredName(all);
            street.bridge = all.count("bridge") > 0 && all.at("bridge") != "no";
            street.tags = {kept.begin(), kept.end()};
            street.tags["osm_way"] = std::to_string(way.id());
            m_streets.push_back(std::move(street));
            ++m_report.streets;
            if (walkable) ++m_report.walkableStreets;
            any = true;
        }
        if (!any && missing > 0) ++m_report.waysDropped;
    }

    void relation(const osmium::Relation&) { ++m_report.relationsRead; }

    void area(const osmium::Area& area) {
        geo::Polygon polygon;
        bool first = true;
        for (const osmium::OuterRing& outer : area.outer_rings()) {
            // Several outer rings: keep the first; the others are counted, not merged.
            if (!first) {
                ++m_report.areaProblems;
                break;
            }
            first = false;
            polygon.outer = ringOf(outer);
            for (const osmium::InnerRing& inner : area.inner_rings(outer))
                polygon.holes.push_back(ringOf(inner));
        }
        if (polygon.outer.size() < 3) {
            ++m_report.areaProblems;
            return;
        }
        const geo::BoundingBox box = geo::boundsOf(polygon);
        m_report.dataBounds.extend(box);
        if (m_options.bbox && !intersects(*m_options.bbox, box)) {
            ++m_report.outsideBbox;
            return;
        }
        Tags tags = tagsOf(area.tags());
        const std::string source = std::string("OSM ") + (area.from_way() ? "way " : "relation ")
                                   + std::to_string(area.orig_id());
        if (tags.count("building")) {
            project::Building b;
            b.outline = polygon;
            b.kind = tags.at("building");
            b.name = preferredName(tags);
            if (tags.count("building:levels")) b.levels = std::atoi(tags.at("building:levels").c_str());
            m_buildings.push_back(std::move(b));
        }
        if (isWater(tags)) m_water.push_back({0, polygon, preferredName(tags)});
        if (std::optional<std::string> kind = greenKind(tags))
            m_green.push_back({0, polygon, std::move(*kind), preferredName(tags)});
        if (tags.count("landuse") && tags.at("landuse") == "residential")
            m_residential.push_back({polygon, tags, area.orig_id()});
        addPoi(tags, centroid(polygon), source);
    }

    void warn(std::string text) {
        if (m_report.warnings.size() < kMaxWarnings) m_report.warnings.push_back(std::move(text));
    }

    std::vector<project::Street> m_streets;
    std::vector<project::Building> m_buildings;
    std::vector<project::WaterArea> m_water;
    std::vector<project::GreenArea> m_green;
    std::vector<project::Facility> m_facilities;
    std::vector<GateCandidate> m_gates;
    std::vector<AreaCandidate> m_residential;

private:
    static geo::Ring ringOf(const osmium::NodeRefList& ring) {
        geo::Ring out;
        for (const osmium::NodeRef& ref : ring) {
            if (!ref.location().valid()) continue;
            out.push_back(toLonLat(ref.location()));
        }
        if (out.size() > 1 && out.front() == out.back()) out.pop_back();
        return out;
    }

    static bool intersects(const geo::BoundingBox& a, const geo::BoundingBox& b) {
        return a.minLon <= b.maxLon && b.minLon <= a.maxLon && a.minLat <= b.maxLat
               && b.minLat <= a.maxLat;
    }

    static bool isWater(const Tags& tags) {
        const auto is = [&](const char* k, const char* v) {
            const auto it = tags.find(k);
            return it != tags.end() && it->second == v;
        };
        return is("natural", "water") || is("waterway", "riverbank")
               || is("landuse", "reservoir") || is("landuse", "basin");
    }

    /// The green-area kind of an area's tags (the tag value), or nothing when it is not green.
    /// leisure is looked at first: a park on a grass landuse is a park.
    static std::optional<std::string> greenKind(const Tags& tags) {
        const auto valueIn = [&](const char* key,
                                 std::initializer_list<std::string_view> values)
            -> std::optional<std::string> {
            const auto it = tags.find(key);
            if (it == tags.end()) return std::nullopt;
            for (std::string_view v : values)
                if (it->second == v) return it->second;
            return std::nullopt;
        };
        if (auto kind = valueIn("leisure", {"park", "garden", "pitch", "playground"})) return kind;
        if (auto kind = valueIn("landuse", {"grass", "forest", "meadow", "recreation_ground",
                                            "village_green"}))
            return kind;
        return valueIn("natural", {"wood", "scrub"});
    }

    static geo::LonLat centroid(const geo::Polygon& polygon) {
        const geo::LocalFrame frame(polygon.outer.front());
        double a2 = 0.0, cx = 0.0, cy = 0.0;
        const std::size_t n = polygon.outer.size();
        for (std::size_t i = 0; i < n; ++i) {
            const geo::LocalXY p = frame.toLocal(polygon.outer[i]);
            const geo::LocalXY q = frame.toLocal(polygon.outer[(i + 1) % n]);
            const double cross = p.x * q.y - q.x * p.y;
            a2 += cross;
            cx += (p.x + q.x) * cross;
            cy += (p.y + q.y) * cross;
        }
        if (std::abs(a2) < 1e-9) return polygon.outer.front();
        return frame.toLonLat({cx / (3.0 * a2), cy / (3.0 * a2)});
    }

    void addPoi(const Tags& tags, geo::LonLat where, const std::string& source) {
        if (!hasPoiKey(tags)) return;
        const std::optional<std::string> category = m_rules.categoryFor(tags);
        if (!category) {
            ++m_report.poisUnmapped;
            return;
        }
        project::Facility f;
        f.position = where;
        f.categoryCode = *category;
        f.name = preferredName(tags);
        f.status = project::FacilityStatus::Existing;
        f.source = source;
        for (const char* key : {"amenity", "shop", "leisure", "healthcare", "opening_hours",
                                "addr:street", "addr:housenumber", "phone", "name", "name:en"}) {
            const auto it = tags.find(key);
            if (it != tags.end()) f.attributes[key] = it->second;
        }
        m_facilities.push_back(std::move(f));
    }

    const ImportOptions& m_options;
    const PoiRules& m_rules;
    ImportReport& m_report;
};

/// Distance in metres from p to the polygon's outline (all rings), in a local frame.
double distanceToOutline(const geo::LocalFrame& frame, geo::LonLat p, const geo::Polygon& poly) {
    const geo::LocalXY q = frame.toLocal(p);
    double best = std::numeric_limits<double>::infinity();
    auto ringDistance = [&](const geo::Ring& ring) {
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const geo::LocalXY a = frame.toLocal(ring[i]);
            const geo::LocalXY b = frame.toLocal(ring[(i + 1) % ring.size()]);
            const double dx = b.x - a.x, dy = b.y - a.y;
            const double len2 = dx * dx + dy * dy;
            double t = len2 > 0.0 ? ((q.x - a.x) * dx + (q.y - a.y) * dy) / len2 : 0.0;
            t = std::clamp(t, 0.0, 1.0);
            best = std::min(best, std::hypot(a.x + t * dx - q.x, a.y + t * dy - q.y));
        }
    };
    ringDistance(poly.outer);
    for (const geo::Ring& hole : poly.holes) ringDistance(hole);
    return best;
}

bool fencedByTags(const Tags& tags) {
    const auto value = [&](const char* key) {
        const auto it = tags.find(key);
        return it == tags.end() ? std::string() : it->second;
    };
    const std::string barrier = value("barrier");
    const std::string access = value("access");
    return barrier == "fence" || barrier == "wall" || access == "private" || access == "no"
           || value("gated") == "yes";
}

}  // namespace

ImportReport importOsm(const std::filesystem::path& file, project::Project& project,
                       const ImportOptions& options) {
    using Index = osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;
    using LocationHandler = osmium::handler::NodeLocationsForWays<Index>;

    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw OsmImportError("cannot read " + file.string() + ": no such file");

    ImportReport report;
    const PoiRules& rules = options.poiRules ? *options.poiRules : PoiRules::builtin();
    Collector collector(options, rules, report);

    try {
        const osmium::io::File input(file.string());
        osmium::area::Assembler::config_type assemblerConfig;
        assemblerConfig.create_empty_areas = false;
        osmium::TagsFilter filter(false);
        for (const char* key : {"building", "landuse", "natural", "waterway"})
            filter.add_rule(true, osmium::TagMatcher(key));
        for (const char* key : kPoiKeys) filter.add_rule(true, osmium::TagMatcher(key));
        osmium::area::MultipolygonManager<osmium::area::Assembler> areas(assemblerConfig, filter);

        // Pass 1: relations that form multipolygons.
        osmium::relations::read_relations(input, areas);

        // Pass 2: nodes, ways and the assembled areas.
        Index index;
        LocationHandler locations(index);
        locations.ignore_errors();  // ways with nodes absent from the file are handled above
        osmium::io::Reader reader(input, osmium::io::read_meta::no);
        const double size = static_cast<double>(std::max<std::size_t>(reader.file_size(), 1));
        while (osmium::memory::Buffer buffer = reader.read()) {
            if (options.cancel && options.cancel->load())
                throw OsmImportError("import of " + file.string() + " cancelled");
            osmium::apply(buffer, locations, collector,
                          areas.handler([&](osmium::memory::Buffer&& assembled) {
                              osmium::apply(assembled, collector);
                          }));
            if (options.progress)
                options.progress(std::min(1.0, static_cast<double>(reader.offset()) / size));
        }
        reader.close();
        areas.for_each_incomplete_relation([&](const osmium::relations::RelationHandle&) {
            ++report.areaProblems;
        });
    } catch (const OsmImportError&) {
        throw;
    } catch (const std::exception& e) {
        throw OsmImportError("cannot read " + file.string() + " as OpenStreetMap data: " + e.what());
    }
    if (report.nodesRead == 0 && report.waysRead == 0)
        throw OsmImportError(file.string() + " contains no OpenStreetMap objects");

    // Compounds: residential areas; a compound is fenced when its tags say so or a gate lies on
    // its outline (gates imply a fence).
    struct PendingCompound {
        project::Compound compound;
        std::vector<std::size_t> gates;
    };
    std::vector<PendingCompound> compounds;
    for (AreaCandidate& a : collector.m_residential) {
        project::Compound c;
        c.outline = std::move(a.polygon);
        c.name = preferredName(a.tags);
        c.fenced = fencedByTags(a.tags);
        compounds.push_back({std::move(c), {}});
    }
    std::vector<bool> gateUsed(collector.m_gates.size(), false);
    if (!compounds.empty()) {
        for (std::size_t g = 0; g < collector.m_gates.size(); ++g) {
            const geo::LocalFrame frame(collector.m_gates[g].position);
            double best = options.gateToOutlineM;
            std::size_t bestCompound = compounds.size();
            for (std::size_t c = 0; c < compounds.size(); ++c) {
                const geo::BoundingBox box = geo::boundsOf(compounds[c].compound.outline);
                const double margin = 0.001;  // ~100 m; cheap rejection before the exact test
                if (collector.m_gates[g].position.lon < box.minLon - margin
                    || collector.m_gates[g].position.lon > box.maxLon + margin
                    || collector.m_gates[g].position.lat < box.minLat - margin
                    || collector.m_gates[g].position.lat > box.maxLat + margin)
                    continue;
                const double d = distanceToOutline(frame, collector.m_gates[g].position,
                                                   compounds[c].compound.outline);
                if (d <= best) {
                    best = d;
                    bestCompound = c;
                }
            }
            if (bestCompound < compounds.size()) {
                compounds[bestCompound].gates.push_back(g);
                gateUsed[g] = true;
            }
        }
    }
    for (std::size_t g = 0; g < gateUsed.size(); ++g)
        if (!gateUsed[g]) ++report.gatesWithoutCompound;

    // Everything read: now change the project.
    for (project::Street& s : collector.m_streets) project.addStreet(std::move(s));
    for (project::Building& b : collector.m_buildings) project.addBuilding(std::move(b));
    for (project::WaterArea& w : collector.m_water) project.addWaterArea(std::move(w));
    for (project::GreenArea& g : collector.m_green) project.addGreenArea(std::move(g));
    for (project::Facility& f : collector.m_facilities) project.addFacility(std::move(f));
    for (PendingCompound& pc : compounds) {
        if (!pc.gates.empty()) pc.compound.fenced = true;
        const FeatureId id = project.addCompound(std::move(pc.compound));
        for (std::size_t g : pc.gates) {
            const GateCandidate& gc = collector.m_gates[g];
            project::Gate gate;
            gate.position = gc.position;
            gate.compoundId = id;
            gate.kind = gc.kind;
            gate.name = gc.name;
            gate.openHours = gc.openHours;
            project.addGate(std::move(gate));
            ++report.gates;
        }
    }
    report.buildings = static_cast<std::int64_t>(collector.m_buildings.size());
    report.waterAreas = static_cast<std::int64_t>(collector.m_water.size());
    report.greenAreas = static_cast<std::int64_t>(collector.m_green.size());
    report.facilities = static_cast<std::int64_t>(collector.m_facilities.size());
    report.compounds = static_cast<std::int64_t>(compounds.size());
    project.setMetadataValue(project::meta::kAttribution, "© OpenStreetMap contributors");

    if (report.waysWithMissingNodes > 0)
        collector.warn(std::to_string(report.waysWithMissingNodes)
                       + " ways refer to nodes absent from the file; they were split at the gaps");
    if (report.gatesWithoutCompound > 0)
        collector.warn(std::to_string(report.gatesWithoutCompound)
                       + " gates lie on no residential area and were not imported");
    if (report.compounds > 0)
        collector.warn("residential areas have no population in OpenStreetMap: the analysis "
                       "estimates it from their buildings until survey figures are entered");
    return report;
}

}  // namespace yike::osm
