// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace yike::osm {

/// What a file holds, told from its first bytes rather than its name (downloads are often
/// saved as "map" or "export.txt", and .osm files are sometimes PBF).
enum class OsmFormat {
    Xml,           ///< OSM XML (<osm>), as openstreetmap.org, JOSM and Overpass write it
    Pbf,           ///< OSM PBF
    O5m,           ///< o5m (osmconvert)
    Opl,           ///< OPL (osmium's text format)
    OverpassJson,  ///< Overpass API [out:json]
    OsmChange,     ///< an osmChange file (.osc): edits to apply to a map, not a map
    GeoJson,       ///< GeoJSON: a survey layer, not OpenStreetMap data
    Empty,         ///< no bytes at all
    Unknown
};

enum class Compression { None, Gzip, Bzip2 };

struct OsmFileKind {
    OsmFormat format = OsmFormat::Unknown;
    Compression compression = Compression::None;
    /// For XML of another kind, its root element; for unknown text, its first line (cut to
    /// 80 characters), so an error can quote what the file starts with.
    std::string detail;
};

/// Looks at the first few kilobytes (decompressed when gzip or bzip2) and says what they are.
/// Never throws for content; throws std::runtime_error only when the file cannot be opened.
OsmFileKind sniffOsmFile(const std::filesystem::path& file);

/// The libosmium format string for a kind ("osm", "pbf.gz", "o5m", ...); empty for formats
/// libosmium does not read.
std::string osmiumFormatString(const OsmFileKind& kind);

/// "OSM XML (gzip)", "OSM PBF", "Overpass JSON", ...: for reports.
std::string describeFormat(const OsmFileKind& kind);

/// Reads a file's bytes, decompressing gzip (including several concatenated members) or
/// bzip2 (including several streams) on the way.
class DecompressingReader {
public:
    /// @throws std::runtime_error when the file cannot be opened
    DecompressingReader(const std::filesystem::path& file, Compression compression);
    ~DecompressingReader();
    DecompressingReader(const DecompressingReader&) = delete;
    DecompressingReader& operator=(const DecompressingReader&) = delete;

    /// Up to `size` bytes into `out`; 0 at the end.
    /// @throws std::runtime_error on damaged compressed data
    std::size_t read(char* out, std::size_t size);

    /// Compressed bytes consumed so far (for progress).
    std::size_t fileOffset() const;
    std::size_t fileSize() const { return m_fileSize; }

private:
    struct State;
    std::unique_ptr<State> m_state;
    std::size_t m_fileSize = 0;
};

}  // namespace yike::osm
