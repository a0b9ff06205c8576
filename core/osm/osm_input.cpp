// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/osm/osm_input.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <stdexcept>
#include <string_view>
#include <vector>

#include <bzlib.h>
#include <zlib.h>

#include "core/platform/os_file.h"
#include "core/platform/utf8_path.h"

namespace yike::osm {

struct DecompressingReader::State {
    Compression compression = Compression::None;
    std::FILE* file = nullptr;   // None and Bzip2
    gzFile gz = nullptr;         // Gzip
    BZFILE* bz = nullptr;
    bool bzEnd = false;

    ~State() {
        int ignored = 0;
        if (bz) BZ2_bzReadClose(&ignored, bz);
        if (gz) gzclose(gz);
        if (file) std::fclose(file);
    }

    void openBzip2Stream(void* unused, int unusedSize) {
        int error = 0;
        bz = BZ2_bzReadOpen(&error, file, 0, 0, unused, unusedSize);
        if (error != BZ_OK) throw std::runtime_error("damaged bzip2 data");
    }
};

DecompressingReader::DecompressingReader(const std::filesystem::path& file,
                                         Compression compression)
    : m_state(std::make_unique<State>()) {
    std::error_code ec;
    m_fileSize = static_cast<std::size_t>(std::filesystem::file_size(file, ec));
    if (ec) m_fileSize = 0;
    m_state->compression = compression;
    if (compression == Compression::Gzip) {
#ifdef _WIN32
        m_state->gz = gzopen_w(file.c_str(), "rb");  // a wide name: any script
#else
        m_state->gz = gzopen(file.c_str(), "rb");
#endif
        if (!m_state->gz) throw std::runtime_error("cannot open " + platform::utf8FromPath(file));
        gzbuffer(m_state->gz, 1 << 17);
        return;
    }
    m_state->file = platform::openFile(file, "rb");
    if (!m_state->file) throw std::runtime_error("cannot open " + platform::utf8FromPath(file));
    if (compression == Compression::Bzip2) m_state->openBzip2Stream(nullptr, 0);
}

DecompressingReader::~DecompressingReader() = default;

std::size_t DecompressingReader::read(char* out, std::size_t size) {
    State& s = *m_state;
    const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(size, 1u << 30));
    switch (s.compression) {
    case Compression::None:
        return std::fread(out, 1, chunk, s.file);
    case Compression::Gzip: {
        const int n = gzread(s.gz, out, chunk);
        if (n < 0) throw std::runtime_error("damaged gzip data");
        return static_cast<std::size_t>(n);
    }
    case Compression::Bzip2:
        while (!s.bzEnd) {
            int error = 0;
            const int n = BZ2_bzRead(&error, s.bz, out, static_cast<int>(std::min(chunk, 1u << 24)));
            if (error == BZ_OK) return static_cast<std::size_t>(n);
            if (error != BZ_STREAM_END) throw std::runtime_error("damaged bzip2 data");
            // End of one stream: another may follow (pbzip2 and lbzip2 write several).
            void* unused = nullptr;
            int unusedSize = 0;
            BZ2_bzReadGetUnused(&error, s.bz, &unused, &unusedSize);
            std::vector<char> rest(static_cast<const char*>(unused),
                                   static_cast<const char*>(unused) + unusedSize);
            BZ2_bzReadClose(&error, s.bz);
            s.bz = nullptr;
            if (rest.empty()) {
                const int c = std::fgetc(s.file);
                if (c == EOF) {
                    s.bzEnd = true;
                } else {
                    std::ungetc(c, s.file);
                }
            }
            if (!s.bzEnd) s.openBzip2Stream(rest.empty() ? nullptr : rest.data(), static_cast<int>(rest.size()));
            if (n > 0) return static_cast<std::size_t>(n);
        }
        return 0;
    }
    return 0;
}

std::size_t DecompressingReader::fileOffset() const {
    const State& s = *m_state;
    if (s.gz) return static_cast<std::size_t>(std::max<z_off_t>(gzoffset(s.gz), 0));
    if (s.file) return static_cast<std::size_t>(std::max<long>(std::ftell(s.file), 0L));
    return 0;
}

namespace {

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

std::string_view skipSpace(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    return text;
}

/// The name of the first element of an XML text, after the declaration, comments and
/// doctype; empty when there is none in the bytes given.
std::string rootElement(std::string_view text) {
    for (;;) {
        text = skipSpace(text);
        if (startsWith(text, "<?") || startsWith(text, "<!--") || startsWith(text, "<!")) {
            const std::string_view end = startsWith(text, "<!--") ? "-->" : ">";
            const std::size_t at = text.find(end);
            if (at == std::string_view::npos) return {};
            text.remove_prefix(at + end.size());
            continue;
        }
        if (!startsWith(text, "<")) return {};
        text.remove_prefix(1);
        std::size_t n = 0;
        while (n < text.size()
               && (std::isalnum(static_cast<unsigned char>(text[n])) || text[n] == '_'
                   || text[n] == ':' || text[n] == '-' || text[n] == '.'))
            ++n;
        return std::string(text.substr(0, n));
    }
}

std::string firstLine(std::string_view text) {
    text = skipSpace(text);
    const std::size_t end = std::min(text.find_first_of("\r\n"), std::size_t{80});
    std::string line(text.substr(0, end));
    for (char& c : line)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    return line;
}

bool looksLikeText(std::string_view text) {
    std::size_t control = 0;
    for (char c : text.substr(0, 512)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x09 || (u > 0x0d && u < 0x20)) ++control;
    }
    return control == 0;
}

OsmFormat formatOf(std::string_view head, std::string& detail) {
    if (head.empty()) return OsmFormat::Empty;
    // o5m starts with a reset byte and the "o5m2" header dataset.
    if (head.size() >= 7 && static_cast<unsigned char>(head[0]) == 0xff
        && static_cast<unsigned char>(head[1]) == 0xe0 && head.substr(3, 4) == "o5m2")
        return OsmFormat::O5m;
    // PBF: a 4-byte big-endian header length, then a BlobHeader whose first field is the
    // type string "OSMHeader".
    if (head.size() >= 16 && head.substr(0, 2) == std::string_view("\0\0", 2)
        && head.substr(4, 16).find("OSMHeader") != std::string_view::npos)
        return OsmFormat::Pbf;
    std::string_view text = head;
    if (startsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
    const std::string_view trimmed = skipSpace(text);
    if (startsWith(trimmed, "<")) {
        const std::string root = rootElement(trimmed);
        if (root == "osm") return OsmFormat::Xml;
        if (root == "osmChange") return OsmFormat::OsmChange;
        detail = root.empty() ? firstLine(trimmed) : "<" + root + ">";
        return OsmFormat::Unknown;
    }
    if (startsWith(trimmed, "{")) {
        if (trimmed.find("\"FeatureCollection\"") != std::string_view::npos
            || trimmed.find("\"features\"") != std::string_view::npos
            || trimmed.find("\"Feature\"") != std::string_view::npos)
            return OsmFormat::GeoJson;
        return OsmFormat::OverpassJson;
    }
    // OPL: lines like "n123 v1 dV c0 t... i0 u T x1.0 y2.0".
    if (trimmed.size() > 1 && (trimmed[0] == 'n' || trimmed[0] == 'w' || trimmed[0] == 'r')
        && (std::isdigit(static_cast<unsigned char>(trimmed[1])) || trimmed[1] == '-'))
        return OsmFormat::Opl;
    if (looksLikeText(trimmed)) detail = firstLine(trimmed);
    return OsmFormat::Unknown;
}

}  // namespace

OsmFileKind sniffOsmFile(const std::filesystem::path& file) {
    OsmFileKind kind;
    std::array<char, 4096> raw{};
    std::size_t rawSize = 0;
    {
        DecompressingReader plain(file, Compression::None);
        rawSize = plain.read(raw.data(), raw.size());
    }
    const std::string_view rawHead(raw.data(), rawSize);
    if (startsWith(rawHead, "\x1f\x8b")) {
        kind.compression = Compression::Gzip;
    } else if (startsWith(rawHead, "BZh")) {
        kind.compression = Compression::Bzip2;
    }
    if (kind.compression == Compression::None) {
        kind.format = formatOf(rawHead, kind.detail);
        return kind;
    }
    std::array<char, 4096> head{};
    std::size_t size = 0;
    try {
        DecompressingReader reader(file, kind.compression);
        while (size < head.size()) {
            const std::size_t n = reader.read(head.data() + size, head.size() - size);
            if (n == 0) break;
            size += n;
        }
    } catch (const std::runtime_error&) {
        kind.format = OsmFormat::Unknown;
        kind.detail = kind.compression == Compression::Gzip ? "damaged gzip data"
                                                            : "damaged bzip2 data";
        return kind;
    }
    kind.format = formatOf(std::string_view(head.data(), size), kind.detail);
    return kind;
}

std::string osmiumFormatString(const OsmFileKind& kind) {
    std::string format;
    switch (kind.format) {
    case OsmFormat::Xml: format = "osm"; break;
    case OsmFormat::Pbf: format = "pbf"; break;
    case OsmFormat::O5m: format = "o5m"; break;
    case OsmFormat::Opl: format = "opl"; break;
    default: return {};
    }
    if (kind.compression == Compression::Gzip) format += ".gz";
    if (kind.compression == Compression::Bzip2) format += ".bz2";
    return format;
}

std::string describeFormat(const OsmFileKind& kind) {
    std::string text;
    switch (kind.format) {
    case OsmFormat::Xml: text = "OSM XML"; break;
    case OsmFormat::Pbf: text = "OSM PBF"; break;
    case OsmFormat::O5m: text = "o5m"; break;
    case OsmFormat::Opl: text = "OPL"; break;
    case OsmFormat::OverpassJson: text = "Overpass JSON"; break;
    case OsmFormat::OsmChange: text = "osmChange"; break;
    case OsmFormat::GeoJson: text = "GeoJSON"; break;
    case OsmFormat::Empty: text = "empty"; break;
    case OsmFormat::Unknown: text = "unknown"; break;
    }
    if (kind.compression == Compression::Gzip) text += " (gzip)";
    if (kind.compression == Compression::Bzip2) text += " (bzip2)";
    return text;
}

}  // namespace yike::osm
