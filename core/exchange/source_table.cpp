// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/source_table.h"

#include <algorithm>
#include <cctype>

namespace yike::exchange {

const char* toCode(RejectReason reason) {
    switch (reason) {
        case RejectReason::RaggedRow:
            return "ragged_row";
        case RejectReason::EmptyCoordinate:
            return "empty_coordinate";
        case RejectReason::BadCoordinate:
            return "bad_coordinate";
        case RejectReason::OutOfRange:
            return "out_of_range";
        case RejectReason::SwappedCoordinates:
            return "swapped_coordinates";
        case RejectReason::MissingGeometry:
            return "missing_geometry";
        case RejectReason::UnsupportedGeometry:
            return "unsupported_geometry";
        case RejectReason::MultiPartGeometry:
            return "multi_part_geometry";
        case RejectReason::InvalidGeometry:
            return "invalid_geometry";
        case RejectReason::InvalidFeature:
            return "invalid_feature";
        case RejectReason::MissingCategory:
            return "missing_category";
        case RejectReason::UnknownCategory:
            return "unknown_category";
        case RejectReason::UnknownKind:
            return "unknown_kind";
        case RejectReason::BadValue:
            return "bad_value";
    }
    return "";
}

std::string Rejection::where() const {
    return line > 0 ? "line " + std::to_string(line) : "feature " + std::to_string(record);
}

const char* toGeoJsonName(SourceGeometry::Type type) {
    switch (type) {
        case SourceGeometry::Type::Point:
            return "Point";
        case SourceGeometry::Type::MultiPoint:
            return "MultiPoint";
        case SourceGeometry::Type::LineString:
            return "LineString";
        case SourceGeometry::Type::MultiLineString:
            return "MultiLineString";
        case SourceGeometry::Type::Polygon:
            return "Polygon";
        case SourceGeometry::Type::MultiPolygon:
            return "MultiPolygon";
        case SourceGeometry::Type::GeometryCollection:
            return "GeometryCollection";
    }
    return "";
}

std::optional<std::size_t> SourceTable::columnIndex(const std::string& name) const {
    const auto exact = std::find(columns.begin(), columns.end(), name);
    if (exact != columns.end()) return static_cast<std::size_t>(exact - columns.begin());
    auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    const std::string wanted = lower(name);
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (lower(columns[i]) == wanted) return i;
    return std::nullopt;
}

}  // namespace yike::exchange
