// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <osmium/memory/buffer.hpp>

#include "core/osm/osm_input.h"

/// Overpass API JSON ([out:json]) as libosmium objects, so the importer applies the same tag
/// rules to it as to XML and PBF. Internal to the OpenStreetMap module and its tests.
namespace yike::osm {

/// Raised when the text is not Overpass JSON (not JSON at all, no "elements", or an Overpass
/// error remark instead of data); what() says which.
class OverpassJsonError : public std::runtime_error {
public:
    explicit OverpassJsonError(const std::string& what, std::string remark = {})
        : std::runtime_error(what), m_remark(std::move(remark)) {}
    /// The server's error remark when that is what the file holds; empty otherwise.
    const std::string& remark() const { return m_remark; }

private:
    std::string m_remark;
};

struct OverpassJsonStats {
    std::int64_t elements = 0;          ///< nodes, ways and relations read
    std::int64_t otherElements = 0;     ///< "area", "count" and other element types, skipped
    std::int64_t malformedElements = 0; ///< without a usable type or id, or with oversized text
    std::int64_t nodesFromGeometry = 0; ///< vertices known only from a way's "geometry" (out geom)
    /// The server's "remark" (a timeout or memory error that cut the result short), if any.
    std::string remark;
};

/**
 * Reads the "elements" of an Overpass JSON file (decompressed as needed) into libosmium
 * buffers, in file order. Understood: nodes with lat/lon, ways with "nodes" (and "geometry"
 * from `out geom`, whose coordinates stand in for nodes absent from the file), relations with
 * "members", "tags" on all three, "version" from `out meta`. Other keys (bounds, center,
 * timestamp, user, ...) are ignored.
 * @throws OverpassJsonError as described above
 */
std::vector<osmium::memory::Buffer> readOverpassJson(const std::filesystem::path& file,
                                                     Compression compression,
                                                     OverpassJsonStats& stats,
                                                     const std::atomic<bool>* cancel = nullptr);

}  // namespace yike::osm
