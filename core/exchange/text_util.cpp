// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/text_util.h"

#include <array>
#include <charconv>
#include <cmath>
#include <system_error>

namespace yike::exchange {

std::string_view trim(std::string_view text) {
    constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
    bool changed = true;
    while (changed && !text.empty()) {
        changed = false;
        if (text.front() == ' ' || text.front() == '\t' || text.front() == '\r'
            || text.front() == '\n') {
            text.remove_prefix(1);
            changed = true;
        } else if (text.substr(0, 3) == kIdeographicSpace) {
            text.remove_prefix(3);
            changed = true;
        }
        if (text.empty()) break;
        if (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'
            || text.back() == '\n') {
            text.remove_suffix(1);
            changed = true;
        } else if (text.size() >= 3 && text.substr(text.size() - 3) == kIdeographicSpace) {
            text.remove_suffix(3);
            changed = true;
        }
    }
    return text;
}

std::string asciiLower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string formatNumber(double value) {
    std::array<char, 64> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (error != std::errc()) return "0";
    return std::string(buffer.data(), end);
}

std::optional<double> parseNumber(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<long long> parseWholeNumber(std::string_view text) {
    const std::optional<double> value = parseNumber(text);
    if (!value || std::floor(*value) != *value || std::abs(*value) > 9.0e15) return std::nullopt;
    return static_cast<long long>(*value);
}

}  // namespace yike::exchange
