// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/project/project.h"

/// OpenStreetMap data written by the tests themselves, in the formats and element orders that
/// real tools produce, so the importer can be checked against the same data in sorted XML.
namespace yike::osm::test {

using TagList = std::vector<std::pair<std::string, std::string>>;

struct Node {
    std::int64_t id = 0;
    double lon = 0.0;
    double lat = 0.0;
    TagList tags;
    std::string action;  ///< JOSM's action attribute: "", "modify" or "delete"
    int version = 0;     ///< 0: not written
};

struct Way {
    std::int64_t id = 0;
    std::vector<std::int64_t> refs;
    TagList tags;
    std::string action;
    int version = 0;
};

struct Member {
    char type = 'w';  ///< 'n', 'w' or 'r'
    std::int64_t ref = 0;
    std::string role;
};

struct Relation {
    std::int64_t id = 0;
    std::vector<Member> members;
    TagList tags;
    std::string action;
    int version = 0;
};

struct OsmData {
    std::vector<Node> nodes;
    std::vector<Way> ways;
    std::vector<Relation> relations;

    /// Every id and reference negated (what JOSM writes for objects it created).
    OsmData negated() const;
    /// Without the objects marked action="delete".
    OsmData withoutDeleted() const;
};

/// The order objects are written in.
enum class Order {
    Sorted,          ///< nodes, ways, relations, each by id as libosmium orders them
    Reversed,        ///< relations, ways, nodes, each by descending id
    WaysFirst,       ///< ways, then nodes, then relations, each sorted
    DescendingIds,   ///< nodes, ways, relations, each by descending id
    Shuffled         ///< all objects in a fixed pseudo-random order
};

/// A small district: a gated compound with a south gate, a second compound drawn as a
/// multipolygon with a courtyard hole, streets (one crossing a gap), a pharmacy node, a
/// supermarket on a building outline, a kindergarten area, a park, a pond, a bench.
OsmData smallDistrict();

/// OSM XML as openstreetmap.org and JOSM write it. `josm` adds generator="JOSM",
/// upload="false" and the objects' action attributes.
std::string toXml(const OsmData& data, Order order, bool josm = false);
/// Overpass API [out:json] text. `geometryInsteadOfNodes` writes ways as `out geom` does,
/// with each vertex's coordinates, and leaves out the untagged nodes.
std::string toOverpassJson(const OsmData& data, Order order, bool geometryInsteadOfNodes = false);
/// o5m bytes (reset, header, datasets, end), inline strings only.
std::string toO5m(const OsmData& data, Order order);
/// An OSM PBF file written with libosmium, objects in the given order.
void writePbf(const std::filesystem::path& file, const OsmData& data, Order order);

void writeText(const std::filesystem::path& file, const std::string& bytes);
void writeGzip(const std::filesystem::path& file, const std::string& bytes);
void writeBzip2(const std::filesystem::path& file, const std::string& bytes);

/// Every layer of two projects equal, feature by feature; failures name the layer.
void expectSameFeatures(const project::Project& actual, const project::Project& expected);

}  // namespace yike::osm::test
