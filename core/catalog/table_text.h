// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

/// Reading the editable tab-separated tables that sit beside the catalogue (which OSM tags make
/// which category, siting rules, the guide map's groups): lines and fields as written by a
/// text editor or a spreadsheet.
namespace yike::catalog {

/// `text` without leading and trailing blanks (space, tab, carriage return, line feed).
std::string_view trimField(std::string_view text);

/// `text` cut at every `separator`; n separators give n + 1 parts, empty ones included.
std::vector<std::string_view> splitFields(std::string_view text, char separator);

}  // namespace yike::catalog
