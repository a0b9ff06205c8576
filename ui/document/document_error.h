// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <exception>
#include <optional>
#include <utility>

#include <QString>

#include "core/project/project_file.h"

namespace yike::ui {

/// What the user was doing when a file operation failed; chooses the wording.
enum class DocumentOperation { Open, Save, Restore, Autosave };

/**
 * A failed file operation, in words for the user: a short title for the message box, one or two
 * translated sentences, and the technical English text for a "details" section. Built from the
 * ProjectError codes of core, which carry no user-visible text themselves.
 */
struct DocumentError {
    project::ProjectError::Code code = project::ProjectError::Code::Io;
    QString title;
    QString message;
    QString detail;
    /// The file is held by another instance: the user may open it read-only instead.
    bool offerReadOnly = false;

    /// The error for `code` while doing `operation` on `path`. `holder` is the ProjectError
    /// detail (who holds a lock, which version wrote a file) and may be empty.
    static DocumentError describe(project::ProjectError::Code code, DocumentOperation operation,
                                  const QString& path, const QString& holder = {},
                                  const QString& technical = {});
    static DocumentError fromProjectError(const project::ProjectError& error,
                                          DocumentOperation operation, const QString& path);
    /// Any other failure (a logic error, out of memory) reported as an I/O problem.
    static DocumentError fromException(const std::exception& error, DocumentOperation operation,
                                       const QString& path);
};

/// The outcome of a document operation: success, or a DocumentError.
class [[nodiscard]] DocumentResult {
public:
    DocumentResult() = default;
    DocumentResult(DocumentError error) : m_error(std::move(error)) {}

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    /// @pre !isOk()
    const DocumentError& error() const { return *m_error; }

private:
    std::optional<DocumentError> m_error;
};

}  // namespace yike::ui
