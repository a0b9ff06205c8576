// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace yike::cli {

/// Bad command-line input; the program prints the message and exits with status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A failure while carrying out a valid command; exit status 1.
class CommandError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An option a command accepts, e.g. {"--out", "FILE", "where to write"}; a flag when
/// `value` is empty.
struct OptionSpec {
    std::string_view name;
    std::string_view value;
    std::string_view help;
};

/**
 * The arguments after the command name, split into options and positional arguments.
 * Accepts "--name value" and "--name=value"; "--" ends the options.
 */
class Arguments {
public:
    /// @throws UsageError on an unknown option, a missing value or a repeated option.
    static Arguments parse(std::span<const std::string> args, std::span<const OptionSpec> options);

    bool has(std::string_view option) const;
    std::optional<std::string> value(std::string_view option) const;
    /// The value of an option the command cannot do without. @throws UsageError.
    const std::string& required(std::string_view option) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }

    /// Checks that exactly the named positional arguments are present, e.g. {"FILE"}.
    /// @throws UsageError naming the first missing or the first extra argument.
    void expectPositionals(std::initializer_list<std::string_view> names) const;

private:
    std::map<std::string, std::string, std::less<>> m_options;
    std::vector<std::string> m_positionals;
};

/// Reads a non-negative decimal integer, e.g. a seed. @throws UsageError naming `what`.
std::uint64_t parseUnsigned(const std::string& text, std::string_view what);

/// Reads a finite decimal number above zero (or zero too, when `allowZero`), e.g. a budget.
/// @throws UsageError naming `what`
double parsePositive(const std::string& text, std::string_view what, bool allowZero = false);

}  // namespace yike::cli
