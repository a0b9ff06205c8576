// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/arguments.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <exception>
#include <initializer_list>
#include <system_error>

namespace yike::cli {

Arguments Arguments::parse(std::span<const std::string> args, std::span<const OptionSpec> options) {
    Arguments result;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            result.m_positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        const auto equals = arg.find('=');
        const std::string name = arg.substr(0, equals);
        const auto spec = std::find_if(options.begin(), options.end(),
                                       [&](const OptionSpec& o) { return o.name == name; });
        if (spec == options.end()) throw UsageError("unknown option '" + name + "'");
        if (result.m_options.count(name) != 0)
            throw UsageError("option '" + name + "' given twice");
        std::string value;
        if (spec->value.empty()) {
            if (equals != std::string::npos)
                throw UsageError("option '" + name + "' takes no value");
        } else if (equals != std::string::npos) {
            value = arg.substr(equals + 1);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            throw UsageError("option '" + name + "' needs a value (" + std::string(spec->value)
                             + ")");
        }
        result.m_options.emplace(name, std::move(value));
    }
    return result;
}

bool Arguments::has(std::string_view option) const {
    return m_options.find(option) != m_options.end();
}

std::optional<std::string> Arguments::value(std::string_view option) const {
    const auto it = m_options.find(option);
    if (it == m_options.end()) return std::nullopt;
    return it->second;
}

const std::string& Arguments::required(std::string_view option) const {
    const auto it = m_options.find(option);
    if (it == m_options.end()) throw UsageError("option '" + std::string(option) + "' is required");
    if (it->second.empty())
        throw UsageError("option '" + std::string(option) + "' needs a non-empty value");
    return it->second;
}

void Arguments::expectPositionals(std::initializer_list<std::string_view> names) const {
    if (m_positionals.size() < names.size()) {
        const std::string_view missing = *(names.begin() + m_positionals.size());
        throw UsageError("missing argument " + std::string(missing));
    }
    if (m_positionals.size() > names.size())
        throw UsageError("unexpected argument '" + m_positionals[names.size()] + "'");
    for (std::size_t i = 0; i < names.size(); ++i)
        if (m_positionals[i].empty())
            throw UsageError("argument " + std::string(*(names.begin() + i)) + " is empty");
}

std::uint64_t parseUnsigned(const std::string& text, std::string_view what) {
    std::uint64_t value = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    const auto [end, error] = std::from_chars(first, last, value);
    if (text.empty() || error != std::errc() || end != last)
        throw UsageError(std::string(what) + " must be a whole number from 0 to "
                         "18446744073709551615, not '" + text + "'");
    return value;
}

double parsePositive(const std::string& text, std::string_view what, bool allowZero) {
    std::size_t used = 0;
    double value = 0.0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (text.empty() || used != text.size() || !std::isfinite(value) || value < 0.0 ||
        (!allowZero && value == 0.0))
        throw UsageError(std::string(what) + ": expected a " +
                         (allowZero ? "non-negative" : "positive") + " number, not '" + text + "'");
    return value;
}

}  // namespace yike::cli
