// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

/// Reading the editable tab-separated tables that sit beside the catalogue (which OSM tags make
/// which category, siting rules, the guide map's groups, grade rules): lines and fields as
/// written by a text editor or a spreadsheet; and writing the fields of CSV files.
namespace yike::catalog {

/// `text` without leading and trailing blanks (space, tab, carriage return, line feed).
std::string_view trimField(std::string_view text);

/// `text` cut at every `separator`; n separators give n + 1 parts, empty ones included.
std::vector<std::string_view> splitFields(std::string_view text, char separator);

/// One RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote or a line break,
/// or begins or ends with a space that a spreadsheet would drop.
std::string csvField(std::string_view text);

/// Fixed-point text with '.' as the decimal point, whatever the global locale.
std::string fixedNumber(double value, int decimals);

}  // namespace yike::catalog
