// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/osm/osm_rewrite.h"

#include <algorithm>
#include <vector>

#include <osmium/io/any_input.hpp>
#include <osmium/io/pbf_output.hpp>
#include <osmium/io/writer.hpp>
#include <osmium/io/xml_output.hpp>
#include <osmium/memory/buffer.hpp>
#include <osmium/osm/object_comparisons.hpp>

namespace yike::osm::test {

void writeOsmBuffer(const std::filesystem::path& file, osmium::memory::Buffer&& buffer,
                    const std::string& format) {
    std::filesystem::remove(file);
    osmium::io::Header header;
    header.set("generator", "yike tests");
    osmium::io::Writer writer(osmium::io::File(file.string(), format), header);
    writer(std::move(buffer));
    writer.close();
}

void writeReversed(const std::filesystem::path& input, const std::filesystem::path& output) {
    std::vector<osmium::memory::Buffer> buffers;
    std::vector<const osmium::OSMObject*> objects;
    osmium::io::Reader reader(input.string());
    while (osmium::memory::Buffer buffer = reader.read()) buffers.push_back(std::move(buffer));
    reader.close();
    for (const osmium::memory::Buffer& buffer : buffers)
        for (const osmium::OSMObject& object : buffer.select<osmium::OSMObject>())
            objects.push_back(&object);
    std::sort(objects.begin(), objects.end(), [](const osmium::OSMObject* a, const osmium::OSMObject* b) {
        if (a->type() != b->type()) return a->type() > b->type();
        return osmium::id_order{}(b->id(), a->id());
    });
    osmium::memory::Buffer out(1 << 20, osmium::memory::Buffer::auto_grow::yes);
    for (const osmium::OSMObject* object : objects) {
        out.add_item(*object);
        out.commit();
    }
    writeOsmBuffer(output, std::move(out), "");
}

}  // namespace yike::osm::test
