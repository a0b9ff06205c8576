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
#include <osmium/handler/check_order.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/osm/area.hpp>
#include <osmium/osm/node.hpp>
#include <osmium/osm/object_comparisons.hpp>
#include <osmium/osm/relation.hpp>
#include <osmium/osm/way.hpp>
#include <osmium/tags/tags_filter.hpp>
#include <osmium/visitor.hpp>

#include "core/geo/local_frame.h"
#include "core/geo/plane.h"
#include "core/osm/josm_actions.h"
#include "core/osm/osm_input.h"
#include "core/osm/overpass_json.h"
#include "core/osm/walk_rules.h"
#include "core/platform/utf8_path.h"

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

/// Everything read from the file, in plain vectors; nothing touches the project until the
/// whole file is read.
struct Collected {
    ImportReport report;
    std::vector<project::Street> streets;
    std::vector<project::Building> buildings;
    std::vector<project::WaterArea> water;
    std::vector<project::GreenArea> green;
    std::vector<project::Facility> nodeFacilities;  ///< from tagged nodes, in node order
    std::vector<project::Facility> areaFacilities;  ///< from areas, in assembly order
    std::vector<GateCandidate> gates;
    std::vector<AreaCandidate> residential;
};

/// The handler that fills a Collected. Areas arrive from the multipolygon manager whenever it
/// flushes, so what comes from areas is kept apart from what comes from nodes and ways: the
/// result is the same whether the file is streamed or sorted in memory.
class Collector : public osmium::handler::Handler {
public:
    Collector(const ImportOptions& options, const PoiRules& rules, Collected& out)
        : m_options(options), m_rules(rules), m_out(out), m_report(out.report) {}

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
            m_out.gates.push_back({p, preferredName(tags),
                               vehicle ? project::GateKind::Vehicle : project::GateKind::Pedestrian,
                               node.tags().get_value_by_key("opening_hours", ""), node.id()});
        }
        addPoi(tags, p, "OSM node " + std::to_string(node.id()), m_out.nodeFacilities);
    }

    void way(const osmium::Way& way) {
        ++m_report.waysRead;
        int located = 0;
        for (const osmium::NodeRef& ref : way.nodes())
            if (ref.location().valid() && ++located >= 2) break;
        if (located < 2) ++m_report.waysWithoutGeometry;
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
            m_out.streets.push_back(std::move(street));
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
        if (m_options.bbox && !m_options.bbox->intersects(box)) {
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
            m_out.buildings.push_back(std::move(b));
        }
        if (isWater(tags)) m_out.water.push_back({0, polygon, preferredName(tags)});
        if (std::optional<std::string> kind = greenKind(tags))
            m_out.green.push_back({0, polygon, std::move(*kind), preferredName(tags)});
        if (tags.count("landuse") && tags.at("landuse") == "residential")
            m_out.residential.push_back({polygon, tags, area.orig_id()});
        addPoi(tags, centroid(polygon), source, m_out.areaFacilities);
    }

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
        return frame.toLonLat(geo::ringCentroid(polygon.outer, frame));
    }

    void addPoi(const Tags& tags, geo::LonLat where, const std::string& source,
                std::vector<project::Facility>& into) {
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
                                "addr:street", "addr:housenumber", "phone", "name", "name:en",
                                "brand", "brand:wikidata"}) {
            const auto it = tags.find(key);
            if (it != tags.end()) f.attributes[key] = it->second;
        }
        into.push_back(std::move(f));
    }

    const ImportOptions& m_options;
    const PoiRules& m_rules;
    Collected& m_out;
    ImportReport& m_report;
};

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

using LocationIndex = osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;
using LocationHandler = osmium::handler::NodeLocationsForWays<LocationIndex, LocationIndex>;
using AreaManager = osmium::area::MultipolygonManager<osmium::area::Assembler>;

AreaManager makeAreaManager() {
    osmium::area::Assembler::config_type config;
    config.create_empty_areas = false;
    osmium::TagsFilter filter(false);
    for (const char* key : {"building", "landuse", "natural", "waterway"})
        filter.add_rule(true, osmium::TagMatcher(key));
    for (const char* key : kPoiKeys) filter.add_rule(true, osmium::TagMatcher(key));
    return AreaManager(config, filter);
}

/// Deleted objects: marked action="delete" by an editor, or not visible (history files).
bool isDeleted(const osmium::OSMObject& object, const DeletedObjects& deleted) {
    if (!object.visible()) return true;
    if (deleted.empty()) return false;
    switch (object.type()) {
    case osmium::item_type::node: return deleted.nodes.count(object.id()) > 0;
    case osmium::item_type::way: return deleted.ways.count(object.id()) > 0;
    case osmium::item_type::relation: return deleted.relations.count(object.id()) > 0;
    default: return false;
    }
}

/// Removes deleted objects from a buffer; returns how many.
std::int64_t dropDeleted(osmium::memory::Buffer& buffer, const DeletedObjects& deleted) {
    std::int64_t dropped = 0;
    for (osmium::OSMObject& object : buffer.select<osmium::OSMObject>()) {
        if (!isDeleted(object, deleted)) continue;
        object.set_removed(true);
        ++dropped;
    }
    if (dropped > 0) buffer.purge_removed();
    return dropped;
}

/// What one read of the file needs besides the collector.
struct ReadContext {
    const std::filesystem::path& file;
    const ImportOptions& options;
    const PoiRules& rules;
    const DeletedObjects& deleted;
    /// Progress already reported before this read; this read reports from there to 1.
    double progressStart = 0.0;
    double lastProgress = 0.0;

    void checkCancel() const {
        if (options.cancel && options.cancel->load())
            throw OsmImportError(OsmImportError::Reason::Cancelled,
                                 "import of " + platform::utf8FromPath(file) + " cancelled");
    }
    void progress(double fraction) {
        if (!options.progress) return;
        lastProgress = progressStart + (1.0 - progressStart) * std::clamp(fraction, 0.0, 1.0);
        options.progress(lastProgress);
    }
};

/// Raised inside the streaming read when the file is not in the usual order.
struct NotSorted {};

/**
 * One streaming pass over a file sorted as OSM files usually are (nodes, then ways, then
 * relations, each by id): relations first for the multipolygons, then everything with node
 * locations kept in an index. Memory stays at the index plus the relations' members.
 * @throws NotSorted as soon as an object is out of that order
 */
void readStreaming(const osmium::io::File& input, ReadContext& context, Collected& out) {
    AreaManager areas = makeAreaManager();
    {
        osmium::io::Reader reader(input, osmium::osm_entity_bits::relation, osmium::io::read_meta::no);
        while (osmium::memory::Buffer buffer = reader.read()) {
            context.checkCancel();
            dropDeleted(buffer, context.deleted);
            osmium::apply(buffer, areas);
        }
        reader.close();
        areas.prepare_for_lookup();
    }
    Collector collector(context.options, context.rules, out);
    LocationIndex positive, negative;
    LocationHandler locations(positive, negative);
    locations.ignore_errors();  // ways with nodes absent from the file are split, not refused
    osmium::handler::CheckOrder order;
    osmium::io::Reader reader(input, osmium::io::read_meta::no);
    const double size = static_cast<double>(std::max<std::size_t>(reader.file_size(), 1));
    try {
        while (osmium::memory::Buffer buffer = reader.read()) {
            context.checkCancel();
            out.report.deletedObjects += dropDeleted(buffer, context.deleted);
            osmium::apply(buffer, order, locations, collector,
                          areas.handler([&](osmium::memory::Buffer&& assembled) {
                              osmium::apply(assembled, collector);
                          }));
            context.progress(static_cast<double>(reader.offset()) / size);
        }
    } catch (const osmium::out_of_order_error&) {
        reader.close();
        throw NotSorted{};
    }
    reader.close();
    areas.for_each_incomplete_relation(
        [&](const osmium::relations::RelationHandle&) { ++out.report.areaProblems; });
}

/// Every object of a file, read into memory.
std::vector<osmium::memory::Buffer> readAllBuffers(const osmium::io::File& input, ReadContext& context) {
    std::vector<osmium::memory::Buffer> buffers;
    osmium::io::Reader reader(input);
    const double size = static_cast<double>(std::max<std::size_t>(reader.file_size(), 1));
    while (osmium::memory::Buffer buffer = reader.read()) {
        context.checkCancel();
        buffers.push_back(std::move(buffer));
        context.progress(0.5 * static_cast<double>(reader.offset()) / size);
    }
    reader.close();
    context.checkCancel();
    return buffers;
}

/**
 * Sorts the objects of `buffers` into the usual order (by type, then by id with negative ids
 * first, as libosmium orders them), keeps the newest version of an object given twice, drops
 * deleted ones, and then runs exactly the handlers of the streaming pass over them. The result
 * is the one the same data gives when the file is sorted.
 */
void readSorted(std::vector<osmium::memory::Buffer>& buffers, ReadContext& context, Collected& out) {
    std::vector<osmium::OSMObject*> objects;
    std::size_t bytes = 0;
    for (osmium::memory::Buffer& buffer : buffers) {
        bytes += buffer.capacity();
        for (osmium::OSMObject& object : buffer.select<osmium::OSMObject>()) objects.push_back(&object);
    }
    const auto sameObject = [](const osmium::OSMObject* a, const osmium::OSMObject* b) {
        return a->type() == b->type() && a->id() == b->id();
    };
    std::stable_sort(objects.begin(), objects.end(),
                     [](const osmium::OSMObject* a, const osmium::OSMObject* b) {
                         if (a->type() != b->type()) return a->type() < b->type();
                         return osmium::id_order{}(a->id(), b->id());
                     });
    // Of an object given more than once, the highest version wins; of equal versions, the
    // last one in the file (an editor's later save).
    std::vector<osmium::OSMObject*> kept;
    kept.reserve(objects.size());
    for (std::size_t i = 0; i < objects.size();) {
        std::size_t j = i + 1;
        osmium::OSMObject* newest = objects[i];
        for (; j < objects.size() && sameObject(objects[i], objects[j]); ++j)
            if (objects[j]->version() >= newest->version()) newest = objects[j];
        out.report.duplicateObjects += static_cast<std::int64_t>(j - i - 1);
        if (isDeleted(*newest, context.deleted)) {
            ++out.report.deletedObjects;
        } else {
            kept.push_back(newest);
        }
        i = j;
    }
    objects = std::vector<osmium::OSMObject*>();
    out.report.sortedInMemory = true;
    out.report.memoryBytes = static_cast<std::int64_t>(bytes + kept.capacity() * sizeof(void*));

    context.checkCancel();
    AreaManager areas = makeAreaManager();
    for (osmium::OSMObject* object : kept)
        if (object->type() == osmium::item_type::relation) osmium::apply_item(*object, areas);
    areas.prepare_for_lookup();

    Collector collector(context.options, context.rules, out);
    LocationIndex positive, negative;
    LocationHandler locations(positive, negative);
    locations.ignore_errors();
    auto assembled = areas.handler([&](osmium::memory::Buffer&& buffer) { osmium::apply(buffer, collector); });
    for (std::size_t i = 0; i < kept.size(); ++i) {
        osmium::apply_item(*kept[i], locations, collector, assembled);
        if ((i & 0xffff) == 0xffff) {
            context.checkCancel();
            osmium::apply_flush(assembled);
            context.progress(0.5 + 0.5 * static_cast<double>(i) / static_cast<double>(kept.size()));
        }
    }
    osmium::apply_flush(locations, collector, assembled);
    areas.for_each_incomplete_relation(
        [&](const osmium::relations::RelationHandle&) { ++out.report.areaProblems; });
}

void warn(ImportReport& report, std::string text) {
    if (report.warnings.size() < kMaxWarnings) report.warnings.push_back(std::move(text));
}

[[noreturn]] void refuseFormat(const std::filesystem::path& file, const OsmFileKind& kind) {
    const std::string name = platform::utf8FromPath(file);
    switch (kind.format) {
    case OsmFormat::Empty:
        throw OsmImportError(OsmImportError::Reason::Empty, name + " is empty");
    case OsmFormat::OsmChange:
        throw OsmImportError(OsmImportError::Reason::ChangeFile,
                             name + " is an OpenStreetMap change file (osmChange): it lists "
                             "edits to apply to a map, not a map. Import the map itself (.osm, "
                             ".osm.pbf, .o5m or Overpass JSON)");
    case OsmFormat::GeoJson:
        throw OsmImportError(OsmImportError::Reason::GeoJson,
                             name + " is GeoJSON, not OpenStreetMap data: add it to a project "
                             "as a survey layer (yike-cli import-geojson, or File → Import → "
                             "Table or GeoJSON)");
    default:
        break;
    }
    std::string what = name + " is not OpenStreetMap data (read: .osm XML, .osm.pbf, .o5m, "
                              ".opl, Overpass JSON, each also gzip- or bzip2-compressed)";
    if (!kind.detail.empty()) what += "; it starts with: " + kind.detail;
    throw OsmImportError(OsmImportError::Reason::NotOsm, what, kind.detail);
}

}  // namespace

ImportReport importOsm(const std::filesystem::path& file, project::Project& project,
                       const ImportOptions& options) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw OsmImportError(OsmImportError::Reason::NoSuchFile,
                             "cannot read " + platform::utf8FromPath(file) + ": no such file");

    OsmFileKind kind;
    try {
        kind = sniffOsmFile(file);
    } catch (const std::runtime_error& e) {
        throw OsmImportError(OsmImportError::Reason::Unreadable,
                             "cannot read " + platform::utf8FromPath(file) + ": " + e.what(),
                             e.what());
    }
    const std::string formatString = osmiumFormatString(kind);
    if (formatString.empty() && kind.format != OsmFormat::OverpassJson) refuseFormat(file, kind);

    const PoiRules& rules = options.poiRules ? *options.poiRules : PoiRules::builtin();
    const DeletedObjects deleted = kind.format == OsmFormat::Xml
                                       ? findDeletedObjects(file, kind.compression)
                                       : DeletedObjects{};
    ReadContext context{file, options, rules, deleted};
    Collected collected;
    try {
        if (kind.format == OsmFormat::OverpassJson) {
            OverpassJsonStats stats;
            std::vector<osmium::memory::Buffer> buffers =
                readOverpassJson(file, kind.compression, stats, options.cancel);
            context.checkCancel();
            context.progress(0.5);
            readSorted(buffers, context, collected);
            collected.report.otherElementsSkipped = stats.otherElements + stats.malformedElements;
            collected.report.nodesFromGeometry = stats.nodesFromGeometry;
            collected.report.serverRemark = stats.remark;
            if (!stats.remark.empty())
                collected.report.warnings.push_back("the Overpass server's remark: " + stats.remark);
        } else {
            const osmium::io::File input(file.string(), formatString);
            try {
                readStreaming(input, context, collected);
            } catch (const NotSorted&) {
                // Not in the usual order: read it all, sort it, and start again from there.
                collected = Collected{};
                context.progressStart = context.lastProgress;
                std::vector<osmium::memory::Buffer> buffers = readAllBuffers(input, context);
                readSorted(buffers, context, collected);
            }
        }
    } catch (const OsmImportError&) {
        throw;
    } catch (const OverpassJsonError& e) {
        if (!e.remark().empty())
            throw OsmImportError(OsmImportError::Reason::ServerError,
                                 platform::utf8FromPath(file) + ": " + e.what(), e.remark());
        throw OsmImportError(
            OsmImportError::Reason::Unreadable,
            "cannot read " + platform::utf8FromPath(file) + " as Overpass JSON: " + e.what(),
            e.what());
    } catch (const std::exception& e) {
        throw OsmImportError(
            OsmImportError::Reason::Unreadable,
            "cannot read " + platform::utf8FromPath(file) + " as OpenStreetMap data: " + e.what(),
            e.what());
    }
    ImportReport& report = collected.report;
    report.format = describeFormat(kind);
    if (report.nodesRead == 0 && report.waysRead == 0)
        throw OsmImportError(OsmImportError::Reason::NoObjects,
                             platform::utf8FromPath(file) + " contains no OpenStreetMap objects");
    if (report.waysRead > 0 && report.waysWithoutGeometry * 2 > report.waysRead) {
        const std::string counts =
            std::to_string(report.waysWithoutGeometry) + " of " + std::to_string(report.waysRead);
        throw OsmImportError(
            OsmImportError::Reason::NodesMissing,
            "most ways in " + platform::utf8FromPath(file) + " (" + counts
                + ") refer to nodes that are not in the file, so no district can be built from it. "
                  "Export the area again with its nodes; from Overpass, end the query with "
                  "\"out body; >; out skel qt;\" or use \"out geom;\"",
            counts);
    }

    // Compounds: residential areas; a compound is fenced when its tags say so or a gate lies on
    // its outline (gates imply a fence).
    struct PendingCompound {
        project::Compound compound;
        std::vector<std::size_t> gates;
    };
    std::vector<PendingCompound> compounds;
    for (AreaCandidate& a : collected.residential) {
        project::Compound c;
        c.outline = std::move(a.polygon);
        c.name = preferredName(a.tags);
        c.fenced = fencedByTags(a.tags);
        compounds.push_back({std::move(c), {}});
    }
    std::vector<bool> gateUsed(collected.gates.size(), false);
    if (!compounds.empty()) {
        for (std::size_t g = 0; g < collected.gates.size(); ++g) {
            const geo::LocalFrame frame(collected.gates[g].position);
            double best = options.gateToOutlineM;
            std::size_t bestCompound = compounds.size();
            for (std::size_t c = 0; c < compounds.size(); ++c) {
                const geo::BoundingBox box = geo::boundsOf(compounds[c].compound.outline);
                const double margin = 0.001;  // ~100 m; cheap rejection before the exact test
                if (collected.gates[g].position.lon < box.minLon - margin
                    || collected.gates[g].position.lon > box.maxLon + margin
                    || collected.gates[g].position.lat < box.minLat - margin
                    || collected.gates[g].position.lat > box.maxLat + margin)
                    continue;
                const double d =
                    geo::LocalPolygon::from(compounds[c].compound.outline, frame)
                        .distanceToOutline(frame.toLocal(collected.gates[g].position));
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
    for (project::Street& s : collected.streets) project.addStreet(std::move(s));
    for (project::Building& b : collected.buildings) project.addBuilding(std::move(b));
    for (project::WaterArea& w : collected.water) project.addWaterArea(std::move(w));
    for (project::GreenArea& g : collected.green) project.addGreenArea(std::move(g));
    for (project::Facility& f : collected.nodeFacilities) project.addFacility(std::move(f));
    for (project::Facility& f : collected.areaFacilities) project.addFacility(std::move(f));
    for (PendingCompound& pc : compounds) {
        if (!pc.gates.empty()) pc.compound.fenced = true;
        const FeatureId id = project.addCompound(std::move(pc.compound));
        for (std::size_t g : pc.gates) {
            const GateCandidate& gc = collected.gates[g];
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
    report.buildings = static_cast<std::int64_t>(collected.buildings.size());
    report.waterAreas = static_cast<std::int64_t>(collected.water.size());
    report.greenAreas = static_cast<std::int64_t>(collected.green.size());
    report.facilities = static_cast<std::int64_t>(collected.nodeFacilities.size()
                                                  + collected.areaFacilities.size());
    report.compounds = static_cast<std::int64_t>(compounds.size());
    project.setMetadataValue(project::meta::kAttribution, "© OpenStreetMap contributors");

    if (report.sortedInMemory)
        warn(report, "the file is not sorted by type and id (nodes, ways, relations); it was read "
                     "into memory and sorted ("
                         + std::to_string((report.memoryBytes + (1 << 20) - 1) >> 20) + " MiB)");
    if (report.deletedObjects > 0)
        warn(report, std::to_string(report.deletedObjects)
                         + " objects marked as deleted (action=\"delete\" or visible=\"false\") "
                           "were left out");
    if (report.duplicateObjects > 0)
        warn(report, std::to_string(report.duplicateObjects)
                         + " objects appear more than once; the newest version of each was used");
    if (report.waysWithMissingNodes > 0)
        warn(report, std::to_string(report.waysWithMissingNodes)
                         + " ways refer to nodes absent from the file; they were split at the gaps");
    if (report.gatesWithoutCompound > 0)
        warn(report, std::to_string(report.gatesWithoutCompound)
                         + " gates lie on no residential area and were not imported");
    if (report.compounds > 0)
        warn(report, "residential areas have no population in OpenStreetMap: the analysis "
                     "estimates it from their buildings until survey figures are entered");
    return report;
}

}  // namespace yike::osm
