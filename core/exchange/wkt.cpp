// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/wkt.h"

#include <cctype>
#include <vector>

#include "core/exchange/text_util.h"

namespace yike::exchange {
namespace {

void appendCoordinates(std::string& out, const std::vector<geo::LonLat>& points, bool close) {
    out += '(';
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0) out += ", ";
        out += formatNumber(points[i].lon) + ' ' + formatNumber(points[i].lat);
    }
    if (close && !points.empty() && points.front() != points.back())
        out += ", " + formatNumber(points.front().lon) + ' ' + formatNumber(points.front().lat);
    out += ')';
}

/// A recursive-descent reader over one WKT string.
class WktParser {
public:
    explicit WktParser(std::string_view text) : m_text(text) {}

    std::optional<SourceGeometry> parse() {
        skipSpaces();
        if (m_text.substr(m_pos, 5) == "SRID=" || m_text.substr(m_pos, 5) == "srid=") {
            const auto semicolon = m_text.find(';', m_pos);
            if (semicolon == std::string_view::npos) fail("';' expected after SRID");
            m_pos = semicolon + 1;
        }
        const std::string keyword = word();
        SourceGeometry g;
        if (keyword == "point")
            g.type = SourceGeometry::Type::Point;
        else if (keyword == "multipoint")
            g.type = SourceGeometry::Type::MultiPoint;
        else if (keyword == "linestring")
            g.type = SourceGeometry::Type::LineString;
        else if (keyword == "multilinestring")
            g.type = SourceGeometry::Type::MultiLineString;
        else if (keyword == "polygon")
            g.type = SourceGeometry::Type::Polygon;
        else if (keyword == "multipolygon")
            g.type = SourceGeometry::Type::MultiPolygon;
        else if (keyword.empty())
            fail("a geometry type such as POINT or POLYGON expected");
        else
            fail("unsupported geometry type '" + keyword + "'");

        skipSpaces();
        const std::size_t before = m_pos;
        const std::string dimension = word();
        if (dimension == "empty") return finish(std::nullopt);
        if (!dimension.empty() && dimension != "z" && dimension != "m" && dimension != "zm")
            fail("'(' expected");
        if (dimension.empty()) m_pos = before;
        skipSpaces();
        if (word() == "empty") return finish(std::nullopt);

        switch (g.type) {
            case SourceGeometry::Type::Point:
                expect('(');
                g.points.push_back(coordinate());
                expect(')');
                break;
            case SourceGeometry::Type::MultiPoint:
                expect('(');
                do {
                    skipSpaces();
                    if (peek() == '(') {
                        ++m_pos;
                        g.points.push_back(coordinate());
                        expect(')');
                    } else {
                        g.points.push_back(coordinate());
                    }
                } while (accept(','));
                expect(')');
                break;
            case SourceGeometry::Type::LineString:
                coordinateList();
                break;
            case SourceGeometry::Type::MultiLineString:
                expect('(');
                do coordinateList();
                while (accept(','));
                expect(')');
                break;
            case SourceGeometry::Type::Polygon:
                g.polygons.push_back(polygon());
                break;
            case SourceGeometry::Type::MultiPolygon:
                expect('(');
                do g.polygons.push_back(polygon());
                while (accept(','));
                expect(')');
                break;
            case SourceGeometry::Type::GeometryCollection:
                break;
        }
        return finish(std::move(g));
    }

private:
    std::optional<SourceGeometry> finish(std::optional<SourceGeometry> g) {
        skipSpaces();
        if (m_pos != m_text.size()) fail("unexpected text after the geometry");
        return g;
    }

    [[noreturn]] void fail(const std::string& what) const {
        throw WktError("WKT: " + what + " at character " + std::to_string(m_pos + 1));
    }

    void skipSpaces() {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    std::string word() {
        std::string w;
        while (m_pos < m_text.size() && std::isalpha(static_cast<unsigned char>(m_text[m_pos])))
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(m_text[m_pos++])));
        return w;
    }

    void expect(char c) {
        skipSpaces();
        if (peek() != c) fail(std::string("'") + c + "' expected");
        ++m_pos;
    }

    bool accept(char c) {
        skipSpaces();
        if (peek() != c) return false;
        ++m_pos;
        return true;
    }

    double number() {
        skipSpaces();
        const std::size_t start = m_pos;
        while (m_pos < m_text.size()
               && (std::isdigit(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '.'
                   || m_text[m_pos] == '-' || m_text[m_pos] == '+' || m_text[m_pos] == 'e'
                   || m_text[m_pos] == 'E'))
            ++m_pos;
        const std::optional<double> value = parseNumber(m_text.substr(start, m_pos - start));
        if (!value) {
            m_pos = start;
            fail("a number expected");
        }
        return *value;
    }

    geo::LonLat coordinate() {
        geo::LonLat p;
        p.lon = number();
        p.lat = number();
        // Z and M ordinates are read and dropped.
        for (int extra = 0; extra < 2; ++extra) {
            skipSpaces();
            const char c = peek();
            if (c == ',' || c == ')' || c == '\0') break;
            number();
        }
        return p;
    }

    std::vector<geo::LonLat> coordinateList() {
        std::vector<geo::LonLat> points;
        expect('(');
        do points.push_back(coordinate());
        while (accept(','));
        expect(')');
        return points;
    }

    geo::Polygon polygon() {
        geo::Polygon polygon;
        expect('(');
        bool first = true;
        do {
            geo::Ring ring = coordinateList();
            if (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back();
            if (first)
                polygon.outer = std::move(ring);
            else
                polygon.holes.push_back(std::move(ring));
            first = false;
        } while (accept(','));
        expect(')');
        return polygon;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

}  // namespace

std::string toWkt(geo::LonLat point) {
    return "POINT (" + formatNumber(point.lon) + ' ' + formatNumber(point.lat) + ')';
}

std::string toWkt(const geo::LineString& line) {
    std::string out = "LINESTRING ";
    appendCoordinates(out, line, false);
    return out;
}

std::string toWkt(const geo::Polygon& polygon) {
    std::string out = "POLYGON (";
    appendCoordinates(out, polygon.outer, true);
    for (const geo::Ring& hole : polygon.holes) {
        out += ", ";
        appendCoordinates(out, hole, true);
    }
    out += ')';
    return out;
}

std::optional<SourceGeometry> parseWkt(std::string_view text) {
    return WktParser(text).parse();
}

}  // namespace yike::exchange
