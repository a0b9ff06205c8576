// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace yike::exchange {

/// Where in a source file a problem was found. Lines and columns count from 1; 0 means unknown.
struct SourcePosition {
    std::size_t line = 0;
    std::size_t column = 0;                 ///< character column on the line (JSON errors)
    std::optional<std::size_t> byteOffset;  ///< offset in the file's bytes, from 0
    std::string path;                       ///< JSON location, e.g. "/features/3/geometry"
};

/**
 * A file that cannot be read or written as a whole: nothing was imported or exported. The UI
 * maps code() to a translated sentence using position() and detail(); what() is a one-line
 * English message for logs and the command line.
 */
class ExchangeError : public std::runtime_error {
public:
    enum class Code {
        CannotRead,         ///< the file cannot be opened or read; detail = path
        CannotWrite,        ///< the file cannot be written; detail = path
        UndecodableText,    ///< bytes invalid in the encoding; detail = encoding name
        EmptyFile,          ///< no header row or no content at all
        UnterminatedQuote,  ///< a quoted CSV field never ends; position = where it opened
        MalformedJson,      ///< JSON syntax error; detail = the parser's words
        NotGeoJson,         ///< valid JSON but not a GeoJSON object; detail = what was found
        UnsupportedCrs,     ///< a legacy "crs" member naming projected coordinates; detail = it
        MissingColumn,      ///< the mapping names a column the file does not have; detail = it
        MappingIncomplete,  ///< a required field has no column; detail = the field code
        UnsupportedLayer,   ///< the layer cannot be imported or exported; detail = its code
        UnknownFormat       ///< the file name has no known extension; detail = the path
    };

    ExchangeError(Code code, const std::string& message, SourcePosition position = {},
                  std::string detail = {});

    Code code() const { return m_code; }
    const SourcePosition& position() const { return m_position; }
    const std::string& detail() const { return m_detail; }

private:
    Code m_code;
    SourcePosition m_position;
    std::string m_detail;
};

}  // namespace yike::exchange
