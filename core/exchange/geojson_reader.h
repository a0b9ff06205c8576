// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/exchange/source_table.h"
#include "core/exchange/text_decoding.h"

namespace yike::exchange {

struct GeoJsonOptions {
    std::optional<TextEncoding> encoding;  ///< std::nullopt: detect (RFC 7946 files are UTF-8)
    std::size_t maxRecords = 0;            ///< keep only this many features; 0 = all
};

/**
 * Reads GeoJSON (RFC 7946, and the older 2008 form): a FeatureCollection, a single Feature or a
 * bare geometry. Each feature becomes a record; the columns are the property names in order of
 * first appearance, values as text (numbers in their shortest exact form, true/false, null as
 * empty, objects and arrays as compact JSON). Point, MultiPoint, Polygon and MultiPolygon
 * geometries are read; other types and malformed coordinates make a record whose problem says
 * what is wrong and where ("/features/3/geometry/coordinates/0").
 *
 * @throws ExchangeError: UndecodableText, MalformedJson (with line and column), NotGeoJson
 * (valid JSON of another shape, with its JSON location), UnsupportedCrs (a 2008-style "crs"
 * other than WGS 84 longitude/latitude).
 */
SourceTable readGeoJson(std::string_view bytes, const GeoJsonOptions& options = {});

}  // namespace yike::exchange
