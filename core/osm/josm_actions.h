// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <unordered_set>

#include "core/osm/osm_input.h"

namespace yike::osm {

/// The objects a JOSM-style .osm file marks action="delete": deleted in the editor, kept in the
/// file so the upload can delete them on the server. They are not part of the map.
struct DeletedObjects {
    std::unordered_set<std::int64_t> nodes;
    std::unordered_set<std::int64_t> ways;
    std::unordered_set<std::int64_t> relations;

    bool empty() const { return nodes.empty() && ways.empty() && relations.empty(); }
};

/**
 * Finds the objects marked action="delete" in an OSM XML file (decompressed as needed). The
 * bytes are first searched for the attribute, so a file without it costs one read and no XML
 * parse. A file the XML parser cannot read gives what was found before the fault; the
 * importer reports the fault itself.
 */
DeletedObjects findDeletedObjects(const std::filesystem::path& file, Compression compression);

}  // namespace yike::osm
