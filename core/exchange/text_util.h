// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

/// Small text helpers shared by the readers and writers of the exchange module.
namespace yike::exchange {

/// `text` without leading and trailing ASCII blanks and the ideographic space U+3000.
std::string_view trim(std::string_view text);

/// ASCII lower case (other bytes unchanged, so Chinese text is kept as is).
std::string asciiLower(std::string_view text);

/// The shortest decimal form that reads back as exactly `value` ("118.78", "1e-07", "3").
std::string formatNumber(double value);

/// A finite decimal number, surrounding blanks allowed ("118.78", " -3", "+2.5e3");
/// std::nullopt for anything else (empty text, "abc", "1,5", "nan").
std::optional<double> parseNumber(std::string_view text);

/// A whole number, also written with a zero fraction ("12", "12.0"); std::nullopt otherwise.
std::optional<long long> parseWholeNumber(std::string_view text);

}  // namespace yike::exchange
