// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/gpkg_geometry.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/support/test_data.h"

namespace yike::geo {
namespace {

using Bytes = std::vector<std::uint8_t>;

/// Builds blobs by hand, in either byte order, for the cases the encoder never writes.
class BlobBuilder {
public:
    explicit BlobBuilder(bool bigEndian = false) : m_bigEndian(bigEndian) {}
    BlobBuilder& u8(std::uint8_t v) {
        m_bytes.push_back(v);
        return *this;
    }
    BlobBuilder& u32(std::uint32_t v) {
        for (unsigned i = 0; i < 4; ++i) {
            const unsigned shift = m_bigEndian ? (3 - i) * 8 : i * 8;
            m_bytes.push_back(static_cast<std::uint8_t>((v >> shift) & 0xFFu));
        }
        return *this;
    }
    BlobBuilder& f64(double v) {
        const auto bits = std::bit_cast<std::uint64_t>(v);
        for (unsigned i = 0; i < 8; ++i) {
            const unsigned shift = m_bigEndian ? (7 - i) * 8 : i * 8;
            m_bytes.push_back(static_cast<std::uint8_t>((bits >> shift) & 0xFFu));
        }
        return *this;
    }
    /// "GP", version 0, the flags (byte order bit set from the builder), srs_id.
    BlobBuilder& header(std::uint8_t flags, std::uint32_t srsId = 4326) {
        u8('G').u8('P').u8(0).u8(static_cast<std::uint8_t>(flags | (m_bigEndian ? 0 : 1)));
        return u32(srsId);
    }
    BlobBuilder& wkbStart(std::uint32_t type) { return u8(m_bigEndian ? 0 : 1).u32(type); }
    const Bytes& bytes() const { return m_bytes; }

private:
    bool m_bigEndian;
    Bytes m_bytes;
};

Polygon squareWithHole() {
    return Polygon{{{118.0, 32.0}, {118.1, 32.0}, {118.1, 32.1}, {118.0, 32.1}},
                   {{{118.02, 32.02}, {118.02, 32.04}, {118.04, 32.04}, {118.04, 32.02}}}};
}

/// Two polygons: a square with a hole, and a triangle east of it.
MultiPolygon twoParts() {
    return {squareWithHole(), Polygon{{{118.2, 32.0}, {118.3, 32.0}, {118.2, 32.1}}, {}}};
}

std::uint32_t readU32Le(const Bytes& b, std::size_t at) {
    return static_cast<std::uint32_t>(b[at]) | (static_cast<std::uint32_t>(b[at + 1]) << 8)
           | (static_cast<std::uint32_t>(b[at + 2]) << 16)
           | (static_cast<std::uint32_t>(b[at + 3]) << 24);
}

double readF64Le(const Bytes& b, std::size_t at) {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(b[at + i]) << (8 * i);
    return std::bit_cast<double>(v);
}

TEST(GpkgGeometry, EncodesPointWithoutEnvelope) {
    const Bytes blob = encodeGpkgGeometry(LonLat{118.78, 32.04});
    ASSERT_EQ(blob.size(), 8u + 21u);
    EXPECT_EQ(blob[0], 'G');
    EXPECT_EQ(blob[1], 'P');
    EXPECT_EQ(blob[2], 0);
    EXPECT_EQ(blob[3], 0x01);  // little endian, no envelope, not empty
    EXPECT_EQ(readU32Le(blob, 4), 4326u);
    EXPECT_EQ(blob[8], 1);              // WKB little endian
    EXPECT_EQ(readU32Le(blob, 9), 1u);  // wkbPoint
    EXPECT_EQ(readF64Le(blob, 13), 118.78);
    EXPECT_EQ(readF64Le(blob, 21), 32.04);
}

TEST(GpkgGeometry, EncodesPolygonWithEnvelopeAndClosedRings) {
    const Bytes blob = encodeGpkgGeometry(squareWithHole());
    EXPECT_EQ(blob[3], 0x03);               // little endian, envelope code 1
    EXPECT_EQ(readF64Le(blob, 8), 118.0);   // minx
    EXPECT_EQ(readF64Le(blob, 16), 118.1);  // maxx
    EXPECT_EQ(readF64Le(blob, 24), 32.0);   // miny
    EXPECT_EQ(readF64Le(blob, 32), 32.1);   // maxy
    EXPECT_EQ(readU32Le(blob, 41), 3u);     // wkbPolygon
    EXPECT_EQ(readU32Le(blob, 45), 2u);     // two rings
    EXPECT_EQ(readU32Le(blob, 49), 5u);     // four vertices plus the closing one
    const std::size_t size = 40 + 9 + 2 * (4 + 5 * 16);
    EXPECT_EQ(blob.size(), size);
}

TEST(GpkgGeometry, EncodesMultiPolygonAsPolygonsOfTheirOwn) {
    const Bytes blob = encodeGpkgGeometry(twoParts());
    EXPECT_EQ(blob[3], 0x03);               // little endian, envelope code 1
    EXPECT_EQ(readF64Le(blob, 8), 118.0);   // minx
    EXPECT_EQ(readF64Le(blob, 16), 118.3);  // maxx
    EXPECT_EQ(readF64Le(blob, 24), 32.0);   // miny
    EXPECT_EQ(readF64Le(blob, 32), 32.1);   // maxy
    EXPECT_EQ(blob[40], 1);                 // WKB little endian
    EXPECT_EQ(readU32Le(blob, 41), 6u);     // wkbMultiPolygon
    EXPECT_EQ(readU32Le(blob, 45), 2u);     // two polygons
    EXPECT_EQ(blob[49], 1);                 // the first polygon's own byte order ...
    EXPECT_EQ(readU32Le(blob, 50), 3u);     // ... and type
    EXPECT_EQ(readU32Le(blob, 54), 2u);     // two rings
    const std::size_t second = 49 + 9 + 2 * (4 + 5 * 16);
    EXPECT_EQ(blob[second], 1);
    EXPECT_EQ(readU32Le(blob, second + 1), 3u);
    EXPECT_EQ(readU32Le(blob, second + 5), 1u);  // one ring
    EXPECT_EQ(blob.size(), second + 9 + 4 + 4 * 16);
}

TEST(GpkgGeometry, RoundTripsEveryType) {
    const std::vector<Geometry> geometries = {
        LonLat{118.78, 32.04},
        LonLat{-0.0, -90.0},
        LineString{{118.0, 32.0}, {118.5, 32.25}, {119.0, 32.125}},
        squareWithHole(),
        Polygon{{{0.0, 0.0}, {1.0, 0.0}, {0.0, 1.0}}, {}},
        twoParts(),
        MultiPolygon{squareWithHole()},
    };
    for (const Geometry& g : geometries) {
        const GpkgGeometry decoded = decodeGpkgGeometry(encodeGpkgGeometry(g));
        EXPECT_EQ(decoded.srsId, kWgs84SrsId);
        ASSERT_TRUE(decoded.geometry.has_value());
        EXPECT_EQ(*decoded.geometry, g);
    }
}

TEST(GpkgGeometry, EncodesEmptyPolygonWithEmptyFlag) {
    const Bytes blob = encodeGpkgGeometry(Polygon{});
    EXPECT_EQ(blob[3], 0x11);  // empty, no envelope, little endian
    const GpkgGeometry decoded = decodeGpkgGeometry(blob);
    EXPECT_TRUE(decoded.isEmpty());
    EXPECT_EQ(decoded.type, GeometryType::WkbPolygon);
    EXPECT_FALSE(gpkgExtent(blob).has_value());
}

TEST(GpkgGeometry, EncodesEmptyMultiPolygonWithEmptyFlag) {
    const Bytes blob = encodeGpkgGeometry(MultiPolygon{});
    EXPECT_EQ(blob[3], 0x11);  // empty, no envelope, little endian
    const GpkgGeometry decoded = decodeGpkgGeometry(blob);
    EXPECT_TRUE(decoded.isEmpty());
    EXPECT_EQ(decoded.type, GeometryType::WkbMultiPolygon);
    EXPECT_FALSE(gpkgExtent(blob).has_value());
}

TEST(GpkgGeometry, DecodesMultiPolygonPartsInEitherByteOrderAndDropsEmptyOnes) {
    BlobBuilder head(false);
    head.header(0x00).wkbStart(6).u32(3);
    BlobBuilder big(true);
    big.wkbStart(3).u32(1).u32(4);
    big.f64(0.0).f64(0.0).f64(1.0).f64(0.0).f64(1.0).f64(1.0).f64(0.0).f64(0.0);
    BlobBuilder emptyPart(false);
    emptyPart.wkbStart(3).u32(0);
    BlobBuilder withZ(false);
    withZ.wkbStart(1003).u32(1).u32(4);
    withZ.f64(5.0).f64(5.0).f64(9.0).f64(6.0).f64(5.0).f64(9.0);
    withZ.f64(5.0).f64(6.0).f64(9.0).f64(5.0).f64(5.0).f64(9.0);
    Bytes blob = head.bytes();
    for (const BlobBuilder* part : {&big, &emptyPart, &withZ})
        blob.insert(blob.end(), part->bytes().begin(), part->bytes().end());
    const GpkgGeometry decoded = decodeGpkgGeometry(blob);
    EXPECT_EQ(decoded.type, GeometryType::WkbMultiPolygon);
    ASSERT_TRUE(decoded.geometry.has_value());
    EXPECT_EQ(*decoded.geometry,
              (Geometry{MultiPolygon{Polygon{{{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}}, {}},
                                     Polygon{{{5.0, 5.0}, {6.0, 5.0}, {5.0, 6.0}}, {}}}}));
    EXPECT_EQ(gpkgExtent(blob), (BoundingBox{0.0, 0.0, 6.0, 6.0}));
}

TEST(GpkgGeometry, RefusesToEncodeInvalidGeometry) {
    EXPECT_THROW(encodeGpkgGeometry(LonLat{std::nan(""), 1.0}), GpkgGeometryError);
    EXPECT_THROW(encodeGpkgGeometry(LineString{{1.0, 1.0}}), GpkgGeometryError);
    EXPECT_THROW(encodeGpkgGeometry(Polygon{{{0.0, 0.0}, {1.0, 1.0}}, {}}), GpkgGeometryError);
    EXPECT_THROW(encodeGpkgGeometry(Polygon{{}, {{{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}}}}),
                 GpkgGeometryError);
    const double inf = std::numeric_limits<double>::infinity();
    EXPECT_THROW(encodeGpkgGeometry(LineString{{0.0, 0.0}, {inf, 1.0}}), GpkgGeometryError);
    EXPECT_THROW(encodeGpkgGeometry(MultiPolygon{squareWithHole(), Polygon{}}), GpkgGeometryError);
    EXPECT_THROW(
        encodeGpkgGeometry(MultiPolygon{Polygon{{{0.0, 0.0}, {inf, 0.0}, {0.0, 1.0}}, {}}}),
        GpkgGeometryError);
}

TEST(GpkgGeometry, DecodesBigEndianHeaderAndWkb) {
    BlobBuilder b(true);
    b.header(0x02);  // envelope code 1, big endian
    b.f64(1.0).f64(2.0).f64(3.0).f64(4.0);
    b.wkbStart(2).u32(2).f64(1.0).f64(3.0).f64(2.0).f64(4.0);
    const GpkgGeometry decoded = decodeGpkgGeometry(b.bytes());
    EXPECT_EQ(decoded.srsId, 4326);
    ASSERT_TRUE(decoded.geometry.has_value());
    EXPECT_EQ(*decoded.geometry, (Geometry{LineString{{1.0, 3.0}, {2.0, 4.0}}}));
    EXPECT_EQ(gpkgExtent(b.bytes()), (BoundingBox{1.0, 3.0, 2.0, 4.0}));
}

TEST(GpkgGeometry, DecodesBigEndianWkbAfterLittleEndianHeader) {
    BlobBuilder head(false);
    head.header(0x00);
    BlobBuilder body(true);
    body.wkbStart(3).u32(1).u32(4);
    body.f64(0.0).f64(0.0).f64(1.0).f64(0.0).f64(1.0).f64(1.0).f64(0.0).f64(0.0);
    Bytes blob = head.bytes();
    blob.insert(blob.end(), body.bytes().begin(), body.bytes().end());
    const GpkgGeometry decoded = decodeGpkgGeometry(blob);
    ASSERT_TRUE(decoded.geometry.has_value());
    EXPECT_EQ(*decoded.geometry, (Geometry{Polygon{{{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}}, {}}}));
}

TEST(GpkgGeometry, DropsZAndMOrdinates) {
    BlobBuilder z;
    z.header(0x04 | 0x00);  // envelope code 2 (xyz)
    z.f64(5.0).f64(5.0).f64(6.0).f64(6.0).f64(0.0).f64(9.0);
    z.wkbStart(1001).f64(5.0).f64(6.0).f64(9.0);
    EXPECT_EQ(decodeGpkgGeometry(z.bytes()).geometry, (Geometry{LonLat{5.0, 6.0}}));

    BlobBuilder zm;
    zm.header(0x00);
    zm.wkbStart(3002).u32(2);
    zm.f64(1.0).f64(2.0).f64(3.0).f64(4.0).f64(5.0).f64(6.0).f64(7.0).f64(8.0);
    EXPECT_EQ(decodeGpkgGeometry(zm.bytes()).geometry,
              (Geometry{LineString{{1.0, 2.0}, {5.0, 6.0}}}));
}

TEST(GpkgGeometry, AcceptsEmptyFlagAndNanPoint) {
    BlobBuilder flagged;
    flagged.header(0x10).wkbStart(1).f64(std::nan("")).f64(std::nan(""));
    EXPECT_TRUE(decodeGpkgGeometry(flagged.bytes()).isEmpty());
    EXPECT_FALSE(gpkgExtent(flagged.bytes()).has_value());
    EXPECT_TRUE(readGpkgHeader(flagged.bytes()).empty);

    BlobBuilder unflagged;
    unflagged.header(0x00).wkbStart(1).f64(std::nan("")).f64(std::nan(""));
    EXPECT_TRUE(decodeGpkgGeometry(unflagged.bytes()).isEmpty());

    BlobBuilder emptyLine;
    emptyLine.header(0x10).wkbStart(2).u32(0);
    const GpkgGeometry line = decodeGpkgGeometry(emptyLine.bytes());
    EXPECT_TRUE(line.isEmpty());
    EXPECT_EQ(line.type, GeometryType::WkbLineString);
}

TEST(GpkgGeometry, ExtentComesFromHeaderOrGeometry) {
    EXPECT_EQ(gpkgExtent(encodeGpkgGeometry(LonLat{3.0, 4.0})), (BoundingBox{3.0, 4.0, 3.0, 4.0}));
    EXPECT_EQ(gpkgExtent(encodeGpkgGeometry(squareWithHole())),
              (BoundingBox{118.0, 32.0, 118.1, 32.1}));
}

struct MalformedCase {
    std::string name;
    Bytes blob;
};

std::vector<MalformedCase> malformedBlobs() {
    std::vector<MalformedCase> cases;
    auto add = [&](std::string name, const BlobBuilder& b) {
        cases.push_back({std::move(name), b.bytes()});
    };
    add("empty blob", BlobBuilder());
    {
        BlobBuilder b;
        b.u8('W').u8('K').u8(0).u8(1).u32(4326).wkbStart(1).f64(1.0).f64(2.0);
        add("bad magic", b);
    }
    {
        BlobBuilder b;
        b.u8('G').u8('P').u8(1).u8(1).u32(4326).wkbStart(1).f64(1.0).f64(2.0);
        add("version 1", b);
    }
    {
        BlobBuilder b;
        b.header(0x40).wkbStart(1).f64(1.0).f64(2.0);
        add("reserved flag", b);
    }
    {
        BlobBuilder b;
        b.header(0x20).wkbStart(1).f64(1.0).f64(2.0);
        add("extended type", b);
    }
    {
        BlobBuilder b;
        b.header(0x0A).wkbStart(1).f64(1.0).f64(2.0);
        add("envelope code 5", b);
    }
    {
        BlobBuilder b;
        b.header(0x02).f64(1.0).f64(2.0);
        add("envelope cut short", b);
    }
    {
        BlobBuilder b;
        b.header(0x02).f64(2.0).f64(1.0).f64(3.0).f64(4.0).wkbStart(1).f64(1.5).f64(3.5);
        add("inverted envelope", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).u8(7).u32(1).f64(1.0).f64(2.0);
        add("WKB byte order 7", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(4).u32(0);
        add("multipoint", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(0x80000001u).f64(1.0).f64(2.0);
        add("EWKB flags", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(6).u32(1).wkbStart(1).f64(1.0).f64(2.0);
        add("point in a multipolygon", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(6).u32(1).wkbStart(6).u32(0);
        add("multipolygon in a multipolygon", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(6).u32(0x20000000u).wkbStart(3).u32(0);
        add("huge polygon count", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(6).u32(1).u8(2).u32(3).u32(0);
        add("part byte order 2", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(2).u32(0xFFFFFFFFu).f64(1.0).f64(2.0);
        add("huge point count", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(3).u32(0x40000000u).u32(4);
        add("huge ring count", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(2).u32(1).f64(1.0).f64(2.0);
        add("line of one point", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(3).u32(1).u32(4);
        b.f64(0.0).f64(0.0).f64(1.0).f64(0.0).f64(1.0).f64(1.0).f64(0.5).f64(0.5);
        add("unclosed ring", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(3).u32(1).u32(3);
        b.f64(0.0).f64(0.0).f64(1.0).f64(0.0).f64(0.0).f64(0.0);
        add("ring of three positions", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(1).f64(1.0).f64(2.0).u8(0);
        add("trailing byte", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(1).f64(std::numeric_limits<double>::infinity()).f64(2.0);
        add("infinite coordinate", b);
    }
    {
        BlobBuilder b;
        b.header(0x00).wkbStart(1).f64(std::nan("")).f64(2.0);
        add("half NaN point", b);
    }
    {
        BlobBuilder b;
        b.header(0x10).wkbStart(1).f64(1.0).f64(2.0);
        add("empty flag on a real point", b);
    }
    return cases;
}

TEST(GpkgGeometry, RejectsMalformedBlobsWithAClearMessage) {
    for (const MalformedCase& c : malformedBlobs()) {
        SCOPED_TRACE(c.name);
        try {
            decodeGpkgGeometry(c.blob);
            ADD_FAILURE() << "decoded a malformed blob: " << c.name;
        } catch (const GpkgGeometryError& e) {
            EXPECT_NE(std::string(e.what()).find("invalid GeoPackage geometry"), std::string::npos)
                << e.what();
        }
    }
}

TEST(GpkgGeometry, RejectsEveryTruncation) {
    const std::vector<Geometry> geometries = {LonLat{1.0, 2.0}, LineString{{0.0, 0.0}, {1.0, 1.0}},
                                              squareWithHole(), twoParts()};
    for (const Geometry& g : geometries) {
        const Bytes blob = encodeGpkgGeometry(g);
        for (std::size_t length = 0; length < blob.size(); ++length) {
            const Bytes cut(blob.begin(), blob.begin() + static_cast<std::ptrdiff_t>(length));
            EXPECT_THROW(decodeGpkgGeometry(cut), GpkgGeometryError) << "length " << length;
        }
    }
}

TEST(GpkgGeometry, SurvivesRandomDamage) {
    // Flipping bytes must either decode or throw GpkgGeometryError; anything else (another
    // exception, a crash, a sanitizer report) fails.
    const std::uint64_t seed = test::testSeed();
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937_64 rng(seed);
    const Bytes original = encodeGpkgGeometry(squareWithHole());
    std::uniform_int_distribution<std::size_t> position(0, original.size() - 1);
    std::uniform_int_distribution<int> value(0, 255);
    std::size_t rejected = 0;
    for (int round = 0; round < 2000; ++round) {
        Bytes damaged = original;
        const int flips = 1 + round % 4;
        for (int i = 0; i < flips; ++i)
            damaged[position(rng)] = static_cast<std::uint8_t>(value(rng));
        try {
            decodeGpkgGeometry(damaged);
        } catch (const GpkgGeometryError&) {
            ++rejected;
        }
    }
    EXPECT_GT(rejected, 0u);
}

}  // namespace
}  // namespace yike::geo
