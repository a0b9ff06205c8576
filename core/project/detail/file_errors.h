// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "core/project/features.h"
#include "core/project/project_file.h"

/// How the project store reports failures: whatever goes wrong while a file is checked,
/// opened, read or written becomes one ProjectError with a one-line English message.
namespace yike::project::detail {

/// "'<path>'", for messages.
std::string quoted(const std::filesystem::path& path);

/// The first line of a message.
std::string firstLine(std::string text);

/// "table <table>, row fid <fid>": the row a content error is about.
std::string rowLabel(const std::string& table, FeatureId fid);

/// A problem found in the content of a table, with the table and row named in the message.
class ContentError : public std::runtime_error {
public:
    ContentError(ProjectError::Code code, const std::string& message)
        : std::runtime_error(message), m_code(code) {}
    ProjectError::Code code() const { return m_code; }

private:
    ProjectError::Code m_code;
};

/// Turns the exception in flight into a ProjectError "<action> '<file>': <reason>".
[[noreturn]] void rethrowAsProjectError(const std::string& action,
                                        const std::filesystem::path& file);

}  // namespace yike::project::detail
