// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/gpkg_geometry.h"

#include <bit>
#include <cmath>
#include <string>
#include <type_traits>

namespace yike::geo {
namespace {

// Header flags byte (GeoPackage 1.3, table 6):
//   bit 7 6   5   4   3 2 1   0
//       R R   X   Y   E E E   B
// R reserved (0), X extended type, Y empty geometry, E envelope code, B byte order (1 = little).
constexpr std::uint8_t kFlagLittleEndian = 0x01;
constexpr std::uint8_t kFlagEmpty = 0x10;
constexpr std::uint8_t kFlagExtended = 0x20;
constexpr std::uint8_t kFlagReserved = 0xC0;
constexpr unsigned kEnvelopeShift = 1;
constexpr std::uint8_t kEnvelopeMask = 0x07;
constexpr std::size_t kFixedHeaderSize = 8;  // magic, version, flags, srs_id

constexpr std::uint32_t kWkbPoint = 1;
constexpr std::uint32_t kWkbLineString = 2;
constexpr std::uint32_t kWkbPolygon = 3;
constexpr std::uint32_t kWkbMultiPolygon = 6;

[[noreturn]] void fail(const std::string& what, std::size_t offset) {
    throw GpkgGeometryError("invalid GeoPackage geometry: " + what + " at byte "
                            + std::to_string(offset));
}

class Writer {
public:
    void u8(std::uint8_t v) { m_bytes.push_back(v); }
    void u32(std::uint32_t v) {
        for (unsigned shift = 0; shift < 32; shift += 8)
            m_bytes.push_back(static_cast<std::uint8_t>((v >> shift) & 0xFFu));
    }
    void i32(std::int32_t v) { u32(static_cast<std::uint32_t>(v)); }
    void f64(double v) {
        const auto bits = std::bit_cast<std::uint64_t>(v);
        for (unsigned shift = 0; shift < 64; shift += 8)
            m_bytes.push_back(static_cast<std::uint8_t>((bits >> shift) & 0xFFu));
    }
    void position(LonLat p) {
        f64(p.lon);
        f64(p.lat);
    }
    std::vector<std::uint8_t> take() { return std::move(m_bytes); }

private:
    std::vector<std::uint8_t> m_bytes;
};

class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> bytes) : m_bytes(bytes) {}

    std::size_t offset() const { return m_offset; }
    std::size_t remaining() const { return m_bytes.size() - m_offset; }

    void require(std::size_t count, const char* what) const {
        if (count > remaining())
            fail(std::string("blob too short for ") + what + " (" + std::to_string(count)
                     + " bytes needed, " + std::to_string(remaining()) + " left)",
                 m_offset);
    }
    std::uint8_t u8(const char* what) {
        require(1, what);
        return m_bytes[m_offset++];
    }
    std::uint32_t u32(bool bigEndian, const char* what) {
        require(4, what);
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::uint32_t byte = m_bytes[m_offset + i];
            const std::size_t shift = bigEndian ? (3 - i) * 8 : i * 8;
            v |= byte << shift;
        }
        m_offset += 4;
        return v;
    }
    double f64(bool bigEndian, const char* what) {
        require(8, what);
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < 8; ++i) {
            const std::uint64_t byte = m_bytes[m_offset + i];
            const std::size_t shift = bigEndian ? (7 - i) * 8 : i * 8;
            v |= byte << shift;
        }
        m_offset += 8;
        return std::bit_cast<double>(v);
    }

private:
    std::span<const std::uint8_t> m_bytes;
    std::size_t m_offset = 0;
};

bool isFinite(LonLat p) {
    return std::isfinite(p.lon) && std::isfinite(p.lat);
}

void checkEncodable(LonLat p, const char* what) {
    if (!isFinite(p))
        throw GpkgGeometryError(std::string("cannot encode ") + what
                                + ": coordinates must be finite");
}

void checkEncodableRing(const Ring& ring, const char* what) {
    if (ring.size() < 3)
        throw GpkgGeometryError(std::string("cannot encode ") + what
                                + ": a ring needs at least three vertices, it has "
                                + std::to_string(ring.size()));
    for (const LonLat& p : ring) checkEncodable(p, what);
}

std::uint32_t countOf(std::size_t n, const char* what) {
    if (n > 0xFFFFFFFFu)
        throw GpkgGeometryError(std::string("cannot encode ") + what + ": too many elements");
    return static_cast<std::uint32_t>(n);
}

void writeRing(Writer& out, const Ring& ring) {
    out.u32(countOf(ring.size() + 1, "ring"));
    for (const LonLat& p : ring) out.position(p);
    out.position(ring.front());  // rings are closed in WKB
}

/// The ring count and rings of a WKB polygon; none for a polygon without an outer ring.
void writeRings(Writer& out, const Polygon& polygon) {
    if (polygon.outer.empty()) {
        out.u32(0);
        return;
    }
    out.u32(countOf(polygon.holes.size() + 1, "a polygon"));
    writeRing(out, polygon.outer);
    for (const Ring& hole : polygon.holes) writeRing(out, hole);
}

// The WKB dimension of a geometry type code: ISO codes add 1000 for Z, 2000 for M, 3000 for ZM.
struct WkbType {
    std::uint32_t base = 0;
    std::size_t ordinates = 2;
};

WkbType parseWkbType(std::uint32_t code, std::size_t offset) {
    if (code >= 4000) fail("unsupported WKB geometry type code " + std::to_string(code), offset);
    WkbType type;
    type.base = code % 1000;
    const std::uint32_t dims = code / 1000;
    type.ordinates = dims == 0 ? 2 : (dims == 3 ? 4 : 3);
    if (type.base != kWkbPoint && type.base != kWkbLineString && type.base != kWkbPolygon
        && type.base != kWkbMultiPolygon)
        fail("unsupported WKB geometry type " + std::to_string(code)
                 + " (only Point, LineString, Polygon and MultiPolygon are stored)",
             offset);
    return type;
}

LonLat readPosition(Reader& in, bool bigEndian, std::size_t ordinates) {
    const std::size_t at = in.offset();
    LonLat p;
    p.lon = in.f64(bigEndian, "a coordinate");
    p.lat = in.f64(bigEndian, "a coordinate");
    for (std::size_t i = 2; i < ordinates; ++i) in.f64(bigEndian, "a coordinate");
    if (!isFinite(p)) fail("non-finite coordinate", at);
    return p;
}

// Checks that `count` items of `itemSize` bytes fit in what is left before allocating anything.
void requireItems(const Reader& in, std::uint32_t count, std::size_t itemSize, const char* what) {
    const std::uint64_t needed = static_cast<std::uint64_t>(count) * itemSize;
    if (needed > in.remaining())
        fail(std::string("count of ") + what + " (" + std::to_string(count)
                 + ") exceeds the bytes left (" + std::to_string(in.remaining()) + ")",
             in.offset());
}

std::vector<LonLat> readPositions(Reader& in, bool bigEndian, std::size_t ordinates,
                                  std::uint32_t count) {
    requireItems(in, count, ordinates * 8, "positions");
    std::vector<LonLat> points;
    points.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i)
        points.push_back(readPosition(in, bigEndian, ordinates));
    return points;
}

struct Wkb {
    GeometryType type = GeometryType::WkbPoint;
    std::optional<Geometry> geometry;
};

/// The rings of a WKB polygon after its type; an outer ring that is empty for POLYGON EMPTY.
Polygon readRings(Reader& in, bool bigEndian, std::size_t ordinates) {
    const std::uint32_t ringCount = in.u32(bigEndian, "the ring count");
    requireItems(in, ringCount, 4, "rings");
    Polygon polygon;
    for (std::uint32_t r = 0; r < ringCount; ++r) {
        const std::size_t at = in.offset();
        const std::uint32_t count = in.u32(bigEndian, "the ring's point count");
        if (count < 4)
            fail("ring " + std::to_string(r) + " has " + std::to_string(count)
                     + " positions; a closed ring needs at least four",
                 at);
        Ring ring = readPositions(in, bigEndian, ordinates, count);
        if (!(ring.front() == ring.back()))
            fail("ring " + std::to_string(r) + " is not closed", at);
        ring.pop_back();
        if (r == 0)
            polygon.outer = std::move(ring);
        else
            polygon.holes.push_back(std::move(ring));
    }
    return polygon;
}

/// The polygons of a WKB multipolygon after its type. Each is a WKB geometry of its own, with
/// its own byte order and type (which must be a polygon, of any dimension).
MultiPolygon readPolygons(Reader& in, bool bigEndian) {
    const std::uint32_t count = in.u32(bigEndian, "the polygon count");
    requireItems(in, count, 9, "polygons");  // a byte order, a type and a ring count each
    MultiPolygon polygons;
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::size_t start = in.offset();
        const std::uint8_t order = in.u8("the WKB byte order");
        if (order > 1) fail("WKB byte order must be 0 or 1, not " + std::to_string(order), start);
        const bool partBigEndian = order == 0;
        const std::size_t typeAt = in.offset();
        const WkbType type = parseWkbType(in.u32(partBigEndian, "the WKB geometry type"), typeAt);
        if (type.base != kWkbPolygon)
            fail("part " + std::to_string(i) + " of a multipolygon is not a polygon", typeAt);
        Polygon polygon = readRings(in, partBigEndian, type.ordinates);
        if (!polygon.outer.empty()) polygons.push_back(std::move(polygon));
    }
    return polygons;
}

Wkb readWkb(Reader& in) {
    const std::size_t start = in.offset();
    const std::uint8_t order = in.u8("the WKB byte order");
    if (order > 1) fail("WKB byte order must be 0 or 1, not " + std::to_string(order), start);
    const bool bigEndian = order == 0;
    const std::size_t typeAt = in.offset();
    const WkbType type = parseWkbType(in.u32(bigEndian, "the WKB geometry type"), typeAt);

    Wkb result;
    if (type.base == kWkbPoint) {
        result.type = GeometryType::WkbPoint;
        const std::size_t at = in.offset();
        double values[4] = {0.0, 0.0, 0.0, 0.0};
        for (std::size_t i = 0; i < type.ordinates; ++i)
            values[i] = in.f64(bigEndian, "a coordinate");
        const LonLat p{values[0], values[1]};
        if (std::isnan(p.lon) && std::isnan(p.lat)) return result;  // the empty point
        if (!isFinite(p)) fail("non-finite coordinate", at);
        result.geometry = p;
        return result;
    }
    if (type.base == kWkbLineString) {
        result.type = GeometryType::WkbLineString;
        const std::size_t at = in.offset();
        const std::uint32_t count = in.u32(bigEndian, "the point count");
        if (count == 1) fail("a line string needs at least two points", at);
        LineString line = readPositions(in, bigEndian, type.ordinates, count);
        if (!line.empty()) result.geometry = std::move(line);
        return result;
    }
    if (type.base == kWkbMultiPolygon) {
        result.type = GeometryType::WkbMultiPolygon;
        MultiPolygon polygons = readPolygons(in, bigEndian);
        if (!polygons.empty()) result.geometry = std::move(polygons);
        return result;
    }
    result.type = GeometryType::WkbPolygon;
    Polygon polygon = readRings(in, bigEndian, type.ordinates);
    if (!polygon.outer.empty()) result.geometry = std::move(polygon);
    return result;
}

}  // namespace

std::vector<std::uint8_t> encodeGpkgGeometry(const Geometry& geometry, std::int32_t srsId) {
    Writer body;
    body.u8(1);  // little-endian WKB
    bool empty = false;
    if (const auto* point = std::get_if<LonLat>(&geometry)) {
        checkEncodable(*point, "a point");
        body.u32(kWkbPoint);
        body.position(*point);
    } else if (const auto* line = std::get_if<LineString>(&geometry)) {
        if (line->size() == 1)
            throw GpkgGeometryError("cannot encode a line string of a single point");
        for (const LonLat& p : *line) checkEncodable(p, "a line string");
        body.u32(kWkbLineString);
        body.u32(countOf(line->size(), "a line string"));
        for (const LonLat& p : *line) body.position(p);
        empty = line->empty();
    } else if (const auto* polygon = std::get_if<Polygon>(&geometry)) {
        empty = polygon->outer.empty();
        if (empty && !polygon->holes.empty())
            throw GpkgGeometryError("cannot encode a polygon with holes but no outer ring");
        if (!empty) {
            checkEncodableRing(polygon->outer, "a polygon's outer ring");
            for (const Ring& hole : polygon->holes) checkEncodableRing(hole, "a polygon's hole");
        }
        body.u32(kWkbPolygon);
        writeRings(body, *polygon);
    } else {
        const auto& polygons = std::get<MultiPolygon>(geometry);
        for (const Polygon& part : polygons) {
            if (part.outer.empty())
                throw GpkgGeometryError(
                    "cannot encode a multipolygon with a polygon that has no "
                    "outer ring");
            checkEncodableRing(part.outer, "a multipolygon's outer ring");
            for (const Ring& hole : part.holes) checkEncodableRing(hole, "a multipolygon's hole");
        }
        body.u32(kWkbMultiPolygon);
        body.u32(countOf(polygons.size(), "a multipolygon"));
        for (const Polygon& part : polygons) {
            body.u8(1);  // each polygon is a WKB geometry of its own, little-endian too
            body.u32(kWkbPolygon);
            writeRings(body, part);
        }
        empty = polygons.empty();
    }

    const bool withEnvelope = !empty && !std::holds_alternative<LonLat>(geometry);
    Writer out;
    out.u8('G');
    out.u8('P');
    out.u8(0);  // version 1 of the binary format is stored as 0
    std::uint8_t flags = kFlagLittleEndian;
    if (withEnvelope) flags = static_cast<std::uint8_t>(flags | (1u << kEnvelopeShift));
    if (empty) flags = static_cast<std::uint8_t>(flags | kFlagEmpty);
    out.u8(flags);
    out.i32(srsId);
    if (withEnvelope) {
        const BoundingBox box = extentOf(geometry);
        out.f64(box.minLon);
        out.f64(box.maxLon);
        out.f64(box.minLat);
        out.f64(box.maxLat);
    }
    std::vector<std::uint8_t> bytes = out.take();
    const std::vector<std::uint8_t> wkb = body.take();
    bytes.insert(bytes.end(), wkb.begin(), wkb.end());
    return bytes;
}

GpkgHeader readGpkgHeader(std::span<const std::uint8_t> blob) {
    Reader in(blob);
    in.require(kFixedHeaderSize, "the header");
    const std::uint8_t g = in.u8("the magic");
    const std::uint8_t p = in.u8("the magic");
    if (g != 'G' || p != 'P') fail("missing the \"GP\" magic", 0);
    const std::uint8_t version = in.u8("the version");
    if (version != 0) fail("unsupported binary format version " + std::to_string(version), 2);
    const std::uint8_t flags = in.u8("the flags");
    if ((flags & kFlagReserved) != 0) fail("reserved flag bits are set", 3);
    if ((flags & kFlagExtended) != 0) fail("extended geometry types are not supported", 3);
    const bool bigEndian = (flags & kFlagLittleEndian) == 0;

    GpkgHeader header;
    header.empty = (flags & kFlagEmpty) != 0;
    header.srsId = static_cast<std::int32_t>(in.u32(bigEndian, "the srs_id"));

    const unsigned envelopeCode = (static_cast<unsigned>(flags) >> kEnvelopeShift) & kEnvelopeMask;
    std::size_t doubles = 0;
    switch (envelopeCode) {
        case 0:
            doubles = 0;
            break;
        case 1:
            doubles = 4;
            break;
        case 2:
        case 3:
            doubles = 6;
            break;
        case 4:
            doubles = 8;
            break;
        default:
            fail("invalid envelope code " + std::to_string(envelopeCode), 3);
    }
    if (doubles > 0) {
        const std::size_t at = in.offset();
        in.require(doubles * 8, "the envelope");
        BoundingBox box;
        box.minLon = in.f64(bigEndian, "the envelope");
        box.maxLon = in.f64(bigEndian, "the envelope");
        box.minLat = in.f64(bigEndian, "the envelope");
        box.maxLat = in.f64(bigEndian, "the envelope");
        for (std::size_t i = 4; i < doubles; ++i) in.f64(bigEndian, "the envelope");
        const bool finite = std::isfinite(box.minLon) && std::isfinite(box.maxLon)
                            && std::isfinite(box.minLat) && std::isfinite(box.maxLat);
        if (!header.empty) {
            if (!finite || box.minLon > box.maxLon || box.minLat > box.maxLat)
                fail("envelope is not a valid box", at);
            header.envelope = box;
        }
    }
    header.size = in.offset();
    return header;
}

GpkgGeometry decodeGpkgGeometry(std::span<const std::uint8_t> blob) {
    const GpkgHeader header = readGpkgHeader(blob);
    Reader in(blob.subspan(header.size));
    Wkb wkb = readWkb(in);
    if (in.remaining() != 0)
        fail(std::to_string(in.remaining()) + " trailing bytes after the geometry",
             header.size + in.offset());
    if (header.empty && wkb.geometry)
        fail("the empty flag is set but the geometry has coordinates", 3);
    GpkgGeometry result;
    result.srsId = header.srsId;
    result.type = wkb.type;
    result.geometry = std::move(wkb.geometry);
    return result;
}

std::optional<BoundingBox> gpkgExtent(std::span<const std::uint8_t> blob) {
    const GpkgHeader header = readGpkgHeader(blob);
    if (header.empty) return std::nullopt;
    if (header.envelope) return header.envelope;
    const GpkgGeometry decoded = decodeGpkgGeometry(blob);
    if (decoded.isEmpty()) return std::nullopt;
    return extentOf(*decoded.geometry);
}

BoundingBox extentOf(const Geometry& geometry) {
    return std::visit(
        [](const auto& g) -> BoundingBox {
            using T = std::decay_t<decltype(g)>;
            if constexpr (std::is_same_v<T, LonLat>) {
                BoundingBox box;
                box.extend(g);
                return box;
            } else {
                return boundsOf(g);
            }
        },
        geometry);
}

}  // namespace yike::geo
