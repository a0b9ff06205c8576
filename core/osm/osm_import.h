// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/geo/lon_lat.h"
#include "core/osm/poi_rules.h"
#include "core/project/project.h"

namespace yike::osm {

/// Raised when a file cannot be read as OpenStreetMap data at all (unknown format, damaged
/// compression, malformed XML or PBF). Problems with single objects are reported, not thrown.
/// what() is a technical English sentence; reason() and detail() let a UI word it itself.
class OsmImportError : public std::runtime_error {
public:
    enum class Reason {
        NoSuchFile,
        Unreadable,    ///< damaged or malformed data; detail: the reader's message
        Empty,         ///< no bytes
        ChangeFile,    ///< an osmChange file
        GeoJson,       ///< GeoJSON, a survey layer
        NotOsm,        ///< another format; detail: what the file starts with, if text
        NoObjects,     ///< readable, but no nodes or ways
        NodesMissing,  ///< most ways lack their nodes; detail: "N of M"
        ServerError,   ///< an Overpass error remark instead of data; detail: the remark
        Cancelled
    };
    OsmImportError(Reason reason, const std::string& what, std::string detail = {})
        : std::runtime_error(what), m_reason(reason), m_detail(std::move(detail)) {}
    Reason reason() const { return m_reason; }
    const std::string& detail() const { return m_detail; }

private:
    Reason m_reason;
    std::string m_detail;
};

struct ImportOptions {
    /// Keep only what lies in this box (a way is kept when any of its vertices is inside).
    std::optional<geo::BoundingBox> bbox;
    /// Tag → category table; the shipped one when null.
    const PoiRules* poiRules = nullptr;
    /// Called with the fraction of the file read (0..1).
    std::function<void(double)> progress;
    /// Set to true from another thread to stop; the import then throws OsmImportError.
    const std::atomic<bool>* cancel = nullptr;
    /// Largest distance (m) between a gate node and a compound outline for it to belong to it.
    double gateToOutlineM = 5.0;
};

/// What the import did and what it skipped, for the user.
struct ImportReport {
    std::int64_t nodesRead = 0;
    std::int64_t waysRead = 0;
    std::int64_t relationsRead = 0;
    std::int64_t streets = 0;            ///< highway ways stored (walkable or not)
    std::int64_t walkableStreets = 0;    ///< of those, walkable under the walk rules
    std::int64_t buildings = 0;
    std::int64_t compounds = 0;
    std::int64_t gates = 0;
    std::int64_t facilities = 0;
    std::int64_t waterAreas = 0;
    std::int64_t greenAreas = 0;              ///< parks, gardens, pitches, lawns, woods
    std::int64_t waysWithMissingNodes = 0;   ///< ways referring to nodes absent from the file
    std::int64_t missingNodeRefs = 0;
    std::int64_t waysDropped = 0;            ///< fewer than two known vertices left
    std::int64_t gatesWithoutCompound = 0;   ///< gate nodes not on any compound outline
    std::int64_t poisUnmapped = 0;           ///< tagged amenity/shop/... with no table match
    std::int64_t outsideBbox = 0;            ///< objects dropped by the bbox filter
    std::int64_t areaProblems = 0;           ///< multipolygons that could not be assembled
    std::int64_t waysWithoutGeometry = 0;    ///< ways (any kind) with fewer than two known nodes
    std::int64_t deletedObjects = 0;         ///< marked action="delete" (JOSM) or visible="false"
    std::int64_t duplicateObjects = 0;       ///< older copies of objects given more than once
    std::int64_t otherElementsSkipped = 0;   ///< Overpass JSON elements that are not OSM objects
    std::int64_t nodesFromGeometry = 0;      ///< Overpass JSON vertices known only from "geometry"
    /// The file was not in the usual order (nodes, ways, relations, each by id) and was read
    /// into memory and sorted, taking about memoryBytes.
    bool sortedInMemory = false;
    std::int64_t memoryBytes = 0;
    std::string format;                      ///< what the file was read as ("OSM PBF", ...)
    /// An Overpass server's remark on a result it cut short (a timeout, out of memory).
    std::string serverRemark;
    geo::BoundingBox dataBounds;             ///< bounds of what was read (the header's is ignored)
    std::vector<std::string> warnings;       ///< human-readable lines (at most 50)
};

/**
 * Reads an OpenStreetMap file into `project`. The format is told from the content, not the
 * name: OSM XML, PBF, o5m, OPL and Overpass API JSON ([out:json]), each plain or compressed
 * with gzip or bzip2. Objects may come in any order: a file sorted as usual (nodes, ways,
 * relations, each by id) is streamed in one pass; any other is read into memory and sorted
 * first, with the same result. Negative ids (new objects in JOSM) work everywhere, objects that
 * JOSM marks action="delete" are left out and counted, and an object given twice counts once
 * (its newest version). An osmChange file, GeoJSON, or anything else is refused with a message
 * that says what the file is.
 *
 * What is read: highways as
 * streets (with the tags walking rules need), buildings, water, residential areas as candidate
 * compounds, green areas (leisure=park/garden/pitch/playground, landuse=grass/forest/meadow/
 * recreation_ground/village_green, natural=wood/scrub), barrier=gate / entrance nodes as gates of
 * the compound they lie on, and POIs mapped
 * to catalogue categories through the tag table (Chinese names preferred). Sets the project's
 * attribution to "© OpenStreetMap contributors".
 *
 * Robust to what real extracts contain: no or bogus header bounds (never used), ways whose
 * nodes are missing (split at the gaps, counted), no metadata, disconnected parts. When most
 * ways have lost their nodes (a change file, or an Overpass query without `>;`) the import is
 * refused rather than writing an empty district.
 * @throws OsmImportError when the file cannot be read; the project is then unchanged.
 */
ImportReport importOsm(const std::filesystem::path& file, project::Project& project,
                       const ImportOptions& options = {});

}  // namespace yike::osm
