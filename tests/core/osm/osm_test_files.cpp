// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/osm/osm_test_files.h"
#include "tests/core/osm/osm_rewrite.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <sstream>
#include <stdexcept>

#include <bzlib.h>
#include <zlib.h>

#include <gtest/gtest.h>
#include <osmium/builder/osm_object_builder.hpp>
#include <osmium/memory/buffer.hpp>
#include <osmium/osm/object_comparisons.hpp>

namespace yike::osm::test {
namespace {

/// One object of an OsmData, by kind (0 node, 1 way, 2 relation) and index.
struct Ref {
    int kind;
    std::size_t index;
    std::int64_t id;
};

std::vector<Ref> objectsInOrder(const OsmData& data, Order order) {
    std::vector<Ref> byKind[3];
    for (std::size_t i = 0; i < data.nodes.size(); ++i) byKind[0].push_back({0, i, data.nodes[i].id});
    for (std::size_t i = 0; i < data.ways.size(); ++i) byKind[1].push_back({1, i, data.ways[i].id});
    for (std::size_t i = 0; i < data.relations.size(); ++i)
        byKind[2].push_back({2, i, data.relations[i].id});
    const auto ascending = [](const Ref& a, const Ref& b) { return osmium::id_order{}(a.id, b.id); };
    for (auto& list : byKind) std::sort(list.begin(), list.end(), ascending);
    std::vector<Ref> out;
    const auto append = [&](int kind, bool reverse) {
        if (reverse) out.insert(out.end(), byKind[kind].rbegin(), byKind[kind].rend());
        else out.insert(out.end(), byKind[kind].begin(), byKind[kind].end());
    };
    switch (order) {
    case Order::Sorted: append(0, false); append(1, false); append(2, false); break;
    case Order::Reversed: append(2, true); append(1, true); append(0, true); break;
    case Order::WaysFirst: append(1, false); append(0, false); append(2, false); break;
    case Order::DescendingIds: append(0, true); append(1, true); append(2, true); break;
    case Order::Shuffled: {
        append(0, false); append(1, false); append(2, false);
        std::uint64_t state = 0x9e3779b97f4a7c15u;
        for (std::size_t i = out.size(); i > 1; --i) {
            state = state * 6364136223846793005u + 1442695040888963407u;
            std::swap(out[i - 1], out[(state >> 33) % i]);
        }
        break;
    }
    }
    return out;
}

std::string coordinate(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.7f", value);
    return text;
}

std::string xmlEscape(const std::string& text, char quote) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += quote == '"' ? "&quot;" : "\""; break;
        case '\'': out += quote == '\'' ? "&apos;" : "'"; break;
        default: out += c;
        }
    }
    return out;
}

std::string jsonEscape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char code[8];
            std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(c));
            out += code;
        } else {
            out += c;
        }
    }
    return out;
}

const char* memberTypeName(char type) {
    return type == 'n' ? "node" : type == 'w' ? "way" : "relation";
}

}  // namespace

OsmData OsmData::negated() const {
    OsmData out = *this;
    for (Node& n : out.nodes) n.id = -n.id;
    for (Way& w : out.ways) {
        w.id = -w.id;
        for (std::int64_t& r : w.refs) r = -r;
    }
    for (Relation& r : out.relations) {
        r.id = -r.id;
        for (Member& m : r.members) m.ref = -m.ref;
    }
    return out;
}

OsmData OsmData::withoutDeleted() const {
    OsmData out;
    for (const Node& n : nodes)
        if (n.action != "delete") out.nodes.push_back(n);
    for (const Way& w : ways)
        if (w.action != "delete") out.ways.push_back(w);
    for (const Relation& r : relations)
        if (r.action != "delete") out.relations.push_back(r);
    return out;
}

OsmData smallDistrict() {
    OsmData d;
    const auto node = [&](std::int64_t id, double lon, double lat, TagList tags = {}) {
        d.nodes.push_back({id, lon, lat, std::move(tags), "", 0});
    };
    const auto way = [&](std::int64_t id, std::vector<std::int64_t> refs, TagList tags) {
        d.ways.push_back({id, std::move(refs), std::move(tags), "", 0});
    };
    // Compound 阳光花园: a closed way with its south gate as a vertex.
    node(10, 118.7800, 32.0400);
    node(11, 118.7820, 32.0400);
    node(12, 118.7820, 32.0420);
    node(13, 118.7800, 32.0420);
    node(20, 118.7810, 32.0400, {{"barrier", "gate"}, {"name", "南门"}});
    way(100, {10, 20, 11, 12, 13, 10},
        {{"landuse", "residential"}, {"name", "Sunshine Garden"}, {"name:zh", "阳光花园"}});
    // A home building inside it.
    node(40, 118.7805, 32.0405);
    node(41, 118.7810, 32.0405);
    node(42, 118.7810, 32.0410);
    node(43, 118.7805, 32.0410);
    way(104, {40, 41, 42, 43, 40}, {{"building", "residential"}, {"building:levels", "6"}});
    // Streets: one from the gate, a footway across a node absent from the file, a motorway.
    node(21, 118.7810, 32.0390);
    node(22, 118.7850, 32.0390);
    node(23, 118.7850, 32.0380);
    node(60, 118.7700, 32.0300);
    node(61, 118.7750, 32.0300);
    way(101, {20, 21, 22}, {{"highway", "residential"}, {"name", "建设路"}});
    way(102, {21, 22, 999, 23, 61}, {{"highway", "footway"}});
    way(103, {60, 61}, {{"highway", "motorway"}});
    // Points of interest: a pharmacy and a bench (no category).
    node(30, 118.7830, 32.0385,
         {{"amenity", "pharmacy"}, {"name", "Pharmacy"}, {"name:zh", "老百姓大药房"},
          {"opening_hours", "08:00-22:00"}});
    node(31, 118.7831, 32.0386, {{"amenity", "bench"}});
    // A supermarket drawn on its building, with quotes and an ampersand in its name.
    node(70, 118.7860, 32.0393);
    node(71, 118.7866, 32.0393);
    node(72, 118.7866, 32.0398);
    node(73, 118.7860, 32.0398);
    way(106, {70, 71, 72, 73, 70},
        {{"building", "retail"}, {"shop", "supermarket"}, {"name", "苏果超市 \"Suguo\" & Co"}});
    // Compound 金陵小区 as a multipolygon with a courtyard, and its east gate on the outline.
    node(80, 118.7830, 32.0400);
    node(81, 118.7850, 32.0400);
    node(82, 118.7850, 32.0420);
    node(83, 118.7830, 32.0420);
    node(88, 118.7850, 32.0410, {{"barrier", "gate"}, {"name", "东门"}, {"opening_hours", "06:00-23:00"}});
    node(84, 118.7836, 32.0406);
    node(85, 118.7844, 32.0406);
    node(86, 118.7844, 32.0414);
    node(87, 118.7836, 32.0414);
    way(107, {80, 81, 88, 82, 83, 80}, {});
    way(108, {84, 85, 86, 87, 84}, {});
    d.relations.push_back({300,
                           {{'w', 107, "outer"}, {'w', 108, "inner"}},
                           {{"type", "multipolygon"}, {"landuse", "residential"}, {"name", "金陵小区"},
                            {"barrier", "wall"}},
                           "",
                           0});
    // A kindergarten area, a park, a pond.
    node(90, 118.7870, 32.0400);
    node(91, 118.7876, 32.0400);
    node(92, 118.7876, 32.0405);
    node(93, 118.7870, 32.0405);
    way(109, {90, 91, 92, 93, 90}, {{"amenity", "kindergarten"}, {"name", "小太阳幼儿园"}});
    node(94, 118.7880, 32.0410);
    node(95, 118.7890, 32.0410);
    node(96, 118.7890, 32.0420);
    node(97, 118.7880, 32.0420);
    way(110, {94, 95, 96, 97, 94}, {{"leisure", "park"}, {"name", "小游园"}});
    node(50, 118.7900, 32.0360);
    node(51, 118.7910, 32.0360);
    node(52, 118.7905, 32.0365);
    way(105, {50, 51, 52, 50}, {{"natural", "water"}, {"name", "池塘"}});
    return d;
}

std::string toXml(const OsmData& data, Order order, bool josm) {
    const char q = josm ? '\'' : '"';
    const auto attr = [&](const char* name, const std::string& value) {
        return std::string(" ") + name + "=" + q + xmlEscape(value, q) + q;
    };
    const auto common = [&](std::int64_t id, const std::string& action, int version) {
        std::string s = attr("id", std::to_string(id));
        if (josm && !action.empty()) s += attr("action", action);
        if (josm) s += attr("visible", "true");
        if (version > 0) s += attr("version", std::to_string(version));
        return s;
    };
    const auto tags = [&](const TagList& list) {
        std::string s;
        for (const auto& [k, v] : list) s += "    <tag" + attr("k", k) + attr("v", v) + " />\n";
        return s;
    };
    std::ostringstream out;
    out << "<?xml version=" << q << "1.0" << q << " encoding=" << q << "UTF-8" << q << "?>\n";
    if (josm)
        out << "<osm version='0.6' upload='false' generator='JOSM'>\n";
    else
        out << "<osm version=\"0.6\" generator=\"openstreetmap-cgimap 2.1.0\" "
               "copyright=\"OpenStreetMap and contributors\">\n"
               " <bounds minlat=\"32.0300000\" minlon=\"118.7700000\" maxlat=\"32.0430000\" "
               "maxlon=\"118.7910000\"/>\n";
    for (const Ref& r : objectsInOrder(data, order)) {
        if (r.kind == 0) {
            const Node& n = data.nodes[r.index];
            out << "  <node" << common(n.id, n.action, n.version) << attr("lat", coordinate(n.lat))
                << attr("lon", coordinate(n.lon));
            if (n.tags.empty()) {
                out << " />\n";
            } else {
                out << ">\n" << tags(n.tags) << "  </node>\n";
            }
        } else if (r.kind == 1) {
            const Way& w = data.ways[r.index];
            out << "  <way" << common(w.id, w.action, w.version) << ">\n";
            for (std::int64_t ref : w.refs) out << "    <nd" << attr("ref", std::to_string(ref)) << " />\n";
            out << tags(w.tags) << "  </way>\n";
        } else {
            const Relation& rel = data.relations[r.index];
            out << "  <relation" << common(rel.id, rel.action, rel.version) << ">\n";
            for (const Member& m : rel.members)
                out << "    <member" << attr("type", memberTypeName(m.type))
                    << attr("ref", std::to_string(m.ref)) << attr("role", m.role) << " />\n";
            out << tags(rel.tags) << "  </relation>\n";
        }
    }
    out << "</osm>\n";
    return out.str();
}

std::string toOverpassJson(const OsmData& data, Order order, bool geometryInsteadOfNodes) {
    const auto tags = [&](const TagList& list) {
        if (list.empty()) return std::string();
        std::string s = ",\n  \"tags\": {";
        for (std::size_t i = 0; i < list.size(); ++i)
            s += (i ? ", " : "") + std::string("\"") + jsonEscape(list[i].first) + "\": \""
                 + jsonEscape(list[i].second) + "\"";
        return s + "}";
    };
    std::map<std::int64_t, const Node*> nodeById;
    for (const Node& n : data.nodes) nodeById[n.id] = &n;
    std::ostringstream out;
    out << "{\n  \"version\": 0.6,\n  \"generator\": \"Overpass API 0.7.62.1 084b4234\",\n"
           "  \"osm3s\": {\n    \"timestamp_osm_base\": \"2026-11-30T10:02:11Z\",\n"
           "    \"copyright\": \"The data included in this document is from www.openstreetmap.org. "
           "The data is made available under ODbL.\"\n  },\n  \"elements\": [\n";
    bool first = true;
    for (const Ref& r : objectsInOrder(data, order)) {
        std::string element;
        if (r.kind == 0) {
            const Node& n = data.nodes[r.index];
            if (geometryInsteadOfNodes && n.tags.empty()) continue;
            element = "{\n  \"type\": \"node\",\n  \"id\": " + std::to_string(n.id)
                      + ",\n  \"lat\": " + coordinate(n.lat) + ",\n  \"lon\": " + coordinate(n.lon)
                      + tags(n.tags) + "\n}";
        } else if (r.kind == 1) {
            const Way& w = data.ways[r.index];
            element = "{\n  \"type\": \"way\",\n  \"id\": " + std::to_string(w.id);
            if (geometryInsteadOfNodes)
                element += ",\n  \"bounds\": {\"minlat\": 32.03, \"minlon\": 118.77, \"maxlat\": "
                           "32.05, \"maxlon\": 118.80}";
            element += ",\n  \"nodes\": [";
            for (std::size_t i = 0; i < w.refs.size(); ++i)
                element += (i ? ", " : "") + std::to_string(w.refs[i]);
            element += "]";
            if (geometryInsteadOfNodes) {
                element += ",\n  \"geometry\": [";
                for (std::size_t i = 0; i < w.refs.size(); ++i) {
                    element += i ? ",\n    " : "\n    ";
                    const auto it = nodeById.find(w.refs[i]);
                    if (it == nodeById.end()) {
                        element += "null";  // as Overpass writes a vertex it does not have
                    } else {
                        element += "{ \"lat\": " + coordinate(it->second->lat)
                                   + ", \"lon\": " + coordinate(it->second->lon) + " }";
                    }
                }
                element += "\n  ]";
            }
            element += tags(w.tags) + "\n}";
        } else {
            const Relation& rel = data.relations[r.index];
            element = "{\n  \"type\": \"relation\",\n  \"id\": " + std::to_string(rel.id)
                      + ",\n  \"members\": [";
            for (std::size_t i = 0; i < rel.members.size(); ++i)
                element += std::string(i ? "," : "") + "\n    {\"type\": \""
                           + memberTypeName(rel.members[i].type) + "\", \"ref\": "
                           + std::to_string(rel.members[i].ref) + ", \"role\": \""
                           + jsonEscape(rel.members[i].role) + "\"}";
            element += "\n  ]" + tags(rel.tags) + "\n}";
        }
        out << (first ? "" : ",\n") << element;
        first = false;
    }
    out << "\n\n  ]\n}\n";
    return out.str();
}

namespace {

void putVarint(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

void putSigned(std::string& out, std::int64_t value) {
    putVarint(out, (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
}

void putTags(std::string& out, const TagList& tags) {
    for (const auto& [k, v] : tags) {
        out += '\0';
        out += k;
        out += '\0';
        out += v;
        out += '\0';
    }
}

std::int64_t fixed7(double degrees) { return static_cast<std::int64_t>(std::llround(degrees * 1e7)); }

}  // namespace

std::string toO5m(const OsmData& data, Order order) {
    std::string out;
    out += static_cast<char>(0xff);
    out += static_cast<char>(0xe0);
    out += static_cast<char>(0x04);
    out += "o5m2";
    std::int64_t lastId = 0, lastLon = 0, lastLat = 0, lastWayNode = 0;
    std::int64_t lastMember[3] = {0, 0, 0};
    for (const Ref& r : objectsInOrder(data, order)) {
        std::string body;
        putSigned(body, r.id - lastId);
        lastId = r.id;
        body += '\0';  // no version or author
        char type = 0;
        if (r.kind == 0) {
            const Node& n = data.nodes[r.index];
            type = 0x10;
            putSigned(body, fixed7(n.lon) - lastLon);
            putSigned(body, fixed7(n.lat) - lastLat);
            lastLon = fixed7(n.lon);
            lastLat = fixed7(n.lat);
            putTags(body, n.tags);
        } else if (r.kind == 1) {
            const Way& w = data.ways[r.index];
            type = 0x11;
            std::string refs;
            for (std::int64_t ref : w.refs) {
                putSigned(refs, ref - lastWayNode);
                lastWayNode = ref;
            }
            putVarint(body, refs.size());
            body += refs;
            putTags(body, w.tags);
        } else {
            const Relation& rel = data.relations[r.index];
            type = 0x12;
            std::string refs;
            for (const Member& m : rel.members) {
                const int k = m.type == 'n' ? 0 : m.type == 'w' ? 1 : 2;
                putSigned(refs, m.ref - lastMember[k]);
                lastMember[k] = m.ref;
                refs += '\0';
                refs += static_cast<char>('0' + k);
                refs += m.role;
                refs += '\0';
            }
            putVarint(body, refs.size());
            body += refs;
            putTags(body, rel.tags);
        }
        out += type;
        putVarint(out, body.size());
        out += body;
    }
    out += static_cast<char>(0xfe);
    return out;
}

void writePbf(const std::filesystem::path& file, const OsmData& data, Order order) {
    osmium::memory::Buffer buffer(1 << 16, osmium::memory::Buffer::auto_grow::yes);
    const auto addTags = [](auto& parent, const TagList& tags) {
        if (tags.empty()) return;
        osmium::builder::TagListBuilder list{parent};
        for (const auto& [k, v] : tags) list.add_tag(k, v);
    };
    for (const Ref& r : objectsInOrder(data, order)) {
        if (r.kind == 0) {
            const Node& n = data.nodes[r.index];
            osmium::builder::NodeBuilder b{buffer};
            b.set_id(n.id);
            b.set_version(1);
            b.set_location(osmium::Location(n.lon, n.lat));
            addTags(b, n.tags);
        } else if (r.kind == 1) {
            const Way& w = data.ways[r.index];
            osmium::builder::WayBuilder b{buffer};
            b.set_id(w.id);
            b.set_version(1);
            addTags(b, w.tags);
            osmium::builder::WayNodeListBuilder refs{b};
            for (std::int64_t ref : w.refs) refs.add_node_ref(ref);
        } else {
            const Relation& rel = data.relations[r.index];
            osmium::builder::RelationBuilder b{buffer};
            b.set_id(rel.id);
            b.set_version(1);
            addTags(b, rel.tags);
            osmium::builder::RelationMemberListBuilder members{b};
            for (const Member& m : rel.members)
                members.add_member(m.type == 'n'   ? osmium::item_type::node
                                   : m.type == 'w' ? osmium::item_type::way
                                                   : osmium::item_type::relation,
                                   m.ref, m.role);
        }
        buffer.commit();
    }
    writeOsmBuffer(file, std::move(buffer), "pbf");
}

void writeText(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

void writeGzip(const std::filesystem::path& file, const std::string& bytes) {
    gzFile gz = gzopen(file.string().c_str(), "wb");  // scratch names are ASCII
    if (!gz) throw std::runtime_error("cannot write " + file.string());
    gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(gz);
}

void writeBzip2(const std::filesystem::path& file, const std::string& bytes) {
    std::FILE* f = std::fopen(file.string().c_str(), "wb");
    if (!f) throw std::runtime_error("cannot write " + file.string());
    int error = 0;
    BZFILE* bz = BZ2_bzWriteOpen(&error, f, 9, 0, 0);
    BZ2_bzWrite(&error, bz, const_cast<char*>(bytes.data()), static_cast<int>(bytes.size()));
    BZ2_bzWriteClose(&error, bz, 0, nullptr, nullptr);
    std::fclose(f);
}

namespace {

/// Counts first, then the first feature that differs (printing whole layers would drown the
/// message for real extracts).
template <typename T>
void expectSameItems(const std::vector<T>& actual, const std::vector<T>& expected, const char* layer) {
    EXPECT_EQ(actual.size(), expected.size()) << layer;
    const std::size_t n = std::min(actual.size(), expected.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (actual[i] == expected[i]) continue;
        ADD_FAILURE() << layer << ": feature " << i << " (id " << actual[i].id << ", expected id "
                      << expected[i].id << ") differs";
        return;
    }
}

}  // namespace

void expectSameFeatures(const project::Project& actual, const project::Project& expected) {
    expectSameItems(actual.streets().items(), expected.streets().items(), "streets");
    expectSameItems(actual.buildings().items(), expected.buildings().items(), "buildings");
    expectSameItems(actual.waterAreas().items(), expected.waterAreas().items(), "water areas");
    expectSameItems(actual.greenAreas().items(), expected.greenAreas().items(), "green areas");
    expectSameItems(actual.facilities().items(), expected.facilities().items(), "facilities");
    expectSameItems(actual.compounds().items(), expected.compounds().items(), "compounds");
    expectSameItems(actual.gates().items(), expected.gates().items(), "gates");
}

}  // namespace yike::osm::test
