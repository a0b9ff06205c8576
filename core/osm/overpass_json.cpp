// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/osm/overpass_json.h"

#include <cmath>
#include <cstdint>
#include <istream>
#include <optional>
#include <streambuf>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>
#include <osmium/builder/osm_object_builder.hpp>
#include <osmium/osm/location.hpp>

namespace yike::osm {
namespace {

/// A read-only stream buffer over a decompressing reader, so the JSON parser streams the file.
class ReaderStreamBuf : public std::streambuf {
public:
    ReaderStreamBuf(DecompressingReader& reader, const std::atomic<bool>* cancel)
        : m_reader(reader), m_cancel(cancel), m_buffer(1 << 16) {}

protected:
    int_type underflow() override {
        if (m_cancel && m_cancel->load()) return traits_type::eof();
        const std::size_t n = m_reader.read(m_buffer.data(), m_buffer.size());
        if (n == 0) return traits_type::eof();
        setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + n);
        return traits_type::to_int_type(m_buffer[0]);
    }

private:
    DecompressingReader& m_reader;
    const std::atomic<bool>* m_cancel;
    std::vector<char> m_buffer;
};

using Json = nlohmann::json;

struct Point {
    double lon = std::nan("");
    double lat = std::nan("");
    /// A position on the globe; anything else (missing, or a number no longitude or latitude
    /// can be, as damaged files hold) counts as no position, like a node without one.
    bool valid() const {
        return std::abs(lon) <= 180.0 && std::abs(lat) <= 90.0;  // false for NaN too
    }
};

struct Member {
    std::string type;
    std::int64_t ref = 0;
    std::string role;
};

/// One element as read, before it becomes a libosmium object.
struct Element {
    std::string type;
    std::optional<std::int64_t> id;
    Point point;
    std::int64_t version = 0;
    std::vector<std::pair<std::string, std::string>> tags;
    std::vector<std::int64_t> nodes;
    std::vector<Member> members;
    std::vector<Point> geometry;

    void clear() { *this = Element{}; }
};

/// Writes elements into a sequence of buffers of about 1 MiB each.
class BufferSink {
public:
    osmium::memory::Buffer& buffer() {
        if (m_buffers.empty() || m_buffers.back().committed() > kTarget)
            m_buffers.emplace_back(kTarget + (kTarget >> 2), osmium::memory::Buffer::auto_grow::yes);
        return m_buffers.back();
    }
    std::vector<osmium::memory::Buffer> take() { return std::move(m_buffers); }

private:
    static constexpr std::size_t kTarget = 1 << 20;
    std::vector<osmium::memory::Buffer> m_buffers;
};

template <typename Builder>
void addTags(Builder& parent, const std::vector<std::pair<std::string, std::string>>& tags) {
    if (tags.empty()) return;
    osmium::builder::TagListBuilder list{parent};
    for (const auto& [key, value] : tags) list.add_tag(key, value);
}

osmium::Location locationOf(const Point& p) {
    return p.valid() ? osmium::Location(p.lon, p.lat) : osmium::Location();
}

osmium::item_type memberType(const std::string& type) {
    if (type == "node") return osmium::item_type::node;
    if (type == "way") return osmium::item_type::way;
    if (type == "relation") return osmium::item_type::relation;
    return osmium::item_type::undefined;
}

/// A SAX handler that follows root → "elements" → element → tags / nodes / members /
/// geometry, and skips everything else however deeply it is nested.
class OverpassSax {
public:
    OverpassSax(BufferSink& sink, OverpassJsonStats& stats) : m_sink(sink), m_stats(stats) {}

    bool null() {
        if (top() == Ctx::Geometry) m_element.geometry.push_back(Point{});  // vertex outside bbox
        return true;
    }
    bool boolean(bool) { return true; }
    bool number_integer(Json::number_integer_t v) { return number(static_cast<double>(v), v); }
    bool number_unsigned(Json::number_unsigned_t v) {
        return number(static_cast<double>(v), v > static_cast<Json::number_unsigned_t>(INT64_MAX)
                                                  ? std::nullopt
                                                  : std::optional<std::int64_t>(static_cast<std::int64_t>(v)));
    }
    bool number_float(Json::number_float_t v, const std::string& text) {
        const double rounded = std::round(v);
        std::optional<std::int64_t> integer;
        if (rounded == v && std::abs(v) < 9.0e15) integer = static_cast<std::int64_t>(rounded);
        if (top() == Ctx::Tags) {
            m_element.tags.emplace_back(m_key, text);
            return true;
        }
        return number(v, integer);
    }
    bool string(std::string& v) {
        switch (top()) {
        case Ctx::Root:
            if (m_key == "remark") m_remark = v;
            break;
        case Ctx::Element:
            if (m_key == "type") m_element.type = v;
            break;
        case Ctx::Tags:
            m_element.tags.emplace_back(m_key, std::move(v));
            break;
        case Ctx::Member:
            if (m_key == "type") m_member.type = v;
            else if (m_key == "role") m_member.role = std::move(v);
            break;
        default:
            break;
        }
        return true;
    }
    bool binary(Json::binary_t&) { return true; }

    bool start_object(std::size_t) {
        switch (top()) {
        case Ctx::None: push(Ctx::Root); break;
        case Ctx::Elements: m_element.clear(); push(Ctx::Element); break;
        case Ctx::Element: push(m_key == "tags" ? Ctx::Tags : Ctx::Skip); break;
        case Ctx::Members: m_member = Member{}; push(Ctx::Member); break;
        case Ctx::Geometry: m_point = Point{}; push(Ctx::Point); break;
        default: push(Ctx::Skip); break;
        }
        return true;
    }
    bool end_object() {
        const Ctx ended = pop();
        if (ended == Ctx::Element) emit();
        else if (ended == Ctx::Member) m_element.members.push_back(std::move(m_member));
        else if (ended == Ctx::Point) m_element.geometry.push_back(m_point);
        return true;
    }
    bool start_array(std::size_t) {
        if (top() == Ctx::Root && m_key == "elements") {
            m_sawElements = true;
            push(Ctx::Elements);
        } else if (top() == Ctx::Element && m_key == "nodes") {
            push(Ctx::Nodes);
        } else if (top() == Ctx::Element && m_key == "members") {
            push(Ctx::Members);
        } else if (top() == Ctx::Element && m_key == "geometry") {
            push(Ctx::Geometry);
        } else {
            push(Ctx::Skip);
        }
        return true;
    }
    bool end_array() {
        pop();
        return true;
    }
    bool key(std::string& k) {
        m_key = std::move(k);
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
        throw OverpassJsonError("not valid JSON (at byte " + std::to_string(position) + "): "
                                + std::string(e.what()));
    }

    /// Nodes for the vertices known only from ways' geometry.
    void finish() {
        for (const auto& [id, location] : m_geometryNodes) {
            if (m_nodeIds.count(id)) continue;
            osmium::memory::Buffer& buffer = m_sink.buffer();
            {
                osmium::builder::NodeBuilder node{buffer};
                node.set_id(id);
                node.set_location(location);
            }
            buffer.commit();
            ++m_stats.nodesFromGeometry;
        }
    }

    bool sawElements() const { return m_sawElements; }
    const std::string& remark() const { return m_remark; }

private:
    enum class Ctx { None, Root, Elements, Element, Tags, Nodes, Members, Member, Geometry, Point, Skip };

    Ctx top() const { return m_stack.empty() ? Ctx::None : m_stack.back(); }
    void push(Ctx c) { m_stack.push_back(c); }
    Ctx pop() {
        const Ctx c = top();
        if (!m_stack.empty()) m_stack.pop_back();
        return c;
    }

    bool number(double value, std::optional<std::int64_t> integer) {
        switch (top()) {
        case Ctx::Element:
            if (m_key == "id") m_element.id = integer;
            else if (m_key == "lat") m_element.point.lat = value;
            else if (m_key == "lon") m_element.point.lon = value;
            else if (m_key == "version" && integer) m_element.version = *integer;
            break;
        case Ctx::Tags:
            // Overpass writes every tag value as a string; other writers may not.
            m_element.tags.emplace_back(m_key, integer ? std::to_string(*integer) : std::to_string(value));
            break;
        case Ctx::Nodes:
            if (integer) m_element.nodes.push_back(*integer);
            break;
        case Ctx::Member:
            if (m_key == "ref" && integer) m_member.ref = *integer;
            break;
        case Ctx::Point:
            if (m_key == "lat") m_point.lat = value;
            else if (m_key == "lon") m_point.lon = value;
            break;
        default:
            break;
        }
        return true;
    }

    void emit() {
        const Element& e = m_element;
        const bool known = e.type == "node" || e.type == "way" || e.type == "relation";
        if (!known) {
            ++m_stats.otherElements;
            return;
        }
        if (!e.id) {
            ++m_stats.malformedElements;
            return;
        }
        osmium::memory::Buffer& buffer = m_sink.buffer();
        try {
            if (e.type == "node") {
                osmium::builder::NodeBuilder node{buffer};
                node.set_id(*e.id);
                node.set_version(static_cast<osmium::object_version_type>(e.version));
                node.set_location(locationOf(e.point));
                addTags(node, e.tags);
                m_nodeIds.insert(*e.id);
            } else if (e.type == "way") {
                osmium::builder::WayBuilder way{buffer};
                way.set_id(*e.id);
                way.set_version(static_cast<osmium::object_version_type>(e.version));
                addTags(way, e.tags);
                osmium::builder::WayNodeListBuilder refs{way};
                for (std::int64_t ref : e.nodes) refs.add_node_ref(ref);
                if (e.geometry.size() == e.nodes.size()) {
                    for (std::size_t i = 0; i < e.nodes.size(); ++i)
                        if (e.geometry[i].valid())
                            m_geometryNodes.emplace(e.nodes[i], locationOf(e.geometry[i]));
                }
            } else {
                osmium::builder::RelationBuilder relation{buffer};
                relation.set_id(*e.id);
                relation.set_version(static_cast<osmium::object_version_type>(e.version));
                addTags(relation, e.tags);
                osmium::builder::RelationMemberListBuilder members{relation};
                for (const Member& m : e.members) {
                    const osmium::item_type type = memberType(m.type);
                    if (type != osmium::item_type::undefined) members.add_member(type, m.ref, m.role);
                }
            }
        } catch (const std::length_error&) {
            // A key, value or role longer than OpenStreetMap allows.
            buffer.rollback();
            ++m_stats.malformedElements;
            return;
        }
        buffer.commit();
        ++m_stats.elements;
    }

    BufferSink& m_sink;
    OverpassJsonStats& m_stats;
    std::vector<Ctx> m_stack;
    std::string m_key;
    std::string m_remark;
    bool m_sawElements = false;
    Element m_element;
    Member m_member;
    Point m_point;
    std::unordered_set<std::int64_t> m_nodeIds;
    std::unordered_map<std::int64_t, osmium::Location> m_geometryNodes;
};

}  // namespace

std::vector<osmium::memory::Buffer> readOverpassJson(const std::filesystem::path& file,
                                                     Compression compression,
                                                     OverpassJsonStats& stats,
                                                     const std::atomic<bool>* cancel) {
    DecompressingReader reader(file, compression);
    ReaderStreamBuf streamBuffer(reader, cancel);
    std::istream in(&streamBuffer);
    BufferSink sink;
    OverpassSax sax(sink, stats);
    try {
        Json::sax_parse(in, &sax);
    } catch (const OverpassJsonError&) {
        if (cancel && cancel->load()) return {};
        throw;
    } catch (const std::runtime_error& e) {  // damaged compression
        throw OverpassJsonError(e.what());
    }
    if (cancel && cancel->load()) return {};
    if (!sax.sawElements()) {
        if (!sax.remark().empty())
            throw OverpassJsonError("the Overpass server answered with an error instead of data: "
                                        + sax.remark(),
                                    sax.remark());
        throw OverpassJsonError("JSON without \"elements\": not Overpass API output");
    }
    sax.finish();
    stats.remark = sax.remark();
    if (stats.elements == 0 && !stats.remark.empty())
        throw OverpassJsonError("the Overpass server answered with an error instead of data: "
                                    + stats.remark,
                                stats.remark);
    return sink.take();
}

}  // namespace yike::osm
