// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace osmium::memory {
class Buffer;
}

/// Writing OpenStreetMap files with libosmium in a chosen object order, for the import tests
/// and the import benchmark (which needs the real extracts unsorted).
namespace yike::osm::test {

/// Writes the objects of `buffer` in their order; `format` is "pbf" or "osm", or empty to go
/// by the file's suffix. Replaces an existing file.
void writeOsmBuffer(const std::filesystem::path& file, osmium::memory::Buffer&& buffer,
                    const std::string& format);

/// Rewrites an OSM file with every object in reverse order (relations, ways, nodes, each by
/// descending id), as PBF or XML by the output's suffix.
void writeReversed(const std::filesystem::path& input, const std::filesystem::path& output);

}  // namespace yike::osm::test
