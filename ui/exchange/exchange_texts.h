// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "core/exchange/exchange_error.h"
#include "core/exchange/feature_import.h"
#include "core/exchange/source_table.h"
#include "core/exchange/text_decoding.h"
#include "core/geo/china_crs.h"
#include "core/project/project.h"

/// Translated texts for what core/exchange reports in codes: field and layer names, encodings,
/// coordinate systems, the reasons rows are rejected and why a file cannot be read or written.
namespace yike::ui {

QString fieldLabel(exchange::Field field);
/// "Facilities", "Idle spaces", ... for the layers that can be imported or exported.
QString exchangeLayerName(project::Layer layer);
QString encodingName(exchange::TextEncoding encoding);
QString crsName(geo::ChinaCrs crs);
/// "comma", "tab", "semicolon", or the character itself.
QString delimiterName(char delimiter);

/// "line 7" for a CSV row, "feature 3" for a GeoJSON feature.
QString rejectionPlace(const exchange::Rejection& rejection);
/// Why the row was rejected, as one sentence without the place.
QString rejectionReason(const exchange::Rejection& rejection);

/// A sentence for the user saying why a file cannot be imported or exported.
QString exchangeErrorText(const exchange::ExchangeError& error);

}  // namespace yike::ui
