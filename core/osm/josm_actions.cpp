// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/osm/josm_actions.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include <expat.h>

namespace yike::osm {
namespace {

constexpr std::size_t kChunk = 1 << 16;

bool isXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Whether the text anywhere holds an attribute named "action" (a word standing alone, as in
/// ` action="delete"`, not inside "attraction"); reads the whole file. Undecidable matches at the
/// end of a read count as found.
bool mentionsAction(const std::filesystem::path& file, Compression compression) {
    constexpr std::string_view needle = "action";
    DecompressingReader reader(file, compression);
    std::vector<char> buffer(kChunk + needle.size() + 1);
    std::size_t carried = 0;
    for (;;) {
        const std::size_t n = reader.read(buffer.data() + carried, kChunk);
        if (n == 0) return false;
        const std::string_view text(buffer.data(), carried + n);
        for (std::size_t at = text.find(needle, 1); at != std::string_view::npos;
             at = text.find(needle, at + 1)) {
            if (!isXmlSpace(text[at - 1])) continue;
            const std::size_t after = at + needle.size();
            if (after == text.size() || text[after] == '=' || isXmlSpace(text[after])) return true;
        }
        // Keep the tail, with the character before it, in case the word is split between reads.
        carried = std::min(needle.size(), text.size());
        std::memmove(buffer.data(), text.data() + text.size() - carried, carried);
    }
}

struct ScanState {
    DeletedObjects* found = nullptr;
    XML_Parser parser = nullptr;
    int depth = 0;
};

void XMLCALL startElement(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto* state = static_cast<ScanState*>(data);
    ++state->depth;
    if (state->depth != 2) return;  // objects are the children of <osm>
    std::unordered_set<std::int64_t>* set = nullptr;
    if (std::strcmp(name, "node") == 0) set = &state->found->nodes;
    else if (std::strcmp(name, "way") == 0) set = &state->found->ways;
    else if (std::strcmp(name, "relation") == 0) set = &state->found->relations;
    if (!set) return;
    const char* id = nullptr;
    bool deleted = false;
    for (const XML_Char** a = attributes; *a; a += 2) {
        if (std::strcmp(a[0], "id") == 0) id = a[1];
        else if (std::strcmp(a[0], "action") == 0) deleted = std::strcmp(a[1], "delete") == 0;
    }
    if (deleted && id) {
        char* end = nullptr;
        const long long value = std::strtoll(id, &end, 10);
        if (end != id && *end == '\0') set->insert(value);
    }
}

void XMLCALL endElement(void* data, const XML_Char*) { --static_cast<ScanState*>(data)->depth; }

/// OSM files declare no entities; one that does is not read further (no entity expansion).
void XMLCALL refuseEntity(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                          const XML_Char*, const XML_Char*, const XML_Char*) {
    XML_StopParser(static_cast<ScanState*>(data)->parser, XML_FALSE);
}

}  // namespace

DeletedObjects findDeletedObjects(const std::filesystem::path& file, Compression compression) {
    DeletedObjects found;
    if (!mentionsAction(file, compression)) return found;

    XML_Parser parser = XML_ParserCreate(nullptr);
    if (!parser) return found;
    ScanState state{&found, parser, 0};
    XML_SetUserData(parser, &state);
    XML_SetElementHandler(parser, startElement, endElement);
    XML_SetEntityDeclHandler(parser, refuseEntity);
    try {
        DecompressingReader reader(file, compression);
        std::vector<char> buffer(kChunk);
        for (;;) {
            const std::size_t n = reader.read(buffer.data(), buffer.size());
            if (XML_Parse(parser, buffer.data(), static_cast<int>(n), n == 0) == XML_STATUS_ERROR)
                break;
            if (n == 0) break;
        }
    } catch (const std::runtime_error&) {
        // Damaged compression: the importer's own read reports it.
    }
    XML_ParserFree(parser);
    return found;
}

}  // namespace yike::osm
