// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/run_program.h"

/// What the Poppler tools (Debian poppler-utils: pdfinfo, pdftotext, pdffonts) read in a PDF,
/// for tests of written reports.
namespace yike::test {

/// Whether `name` is an executable in PATH.
inline bool hasProgram(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        std::error_code ignored;
        if (!dir.empty() && std::filesystem::exists(std::filesystem::path(dir) / name, ignored))
            return true;
    }
    return false;
}

/// Skips the current test with a clear message when the Poppler tools are missing.
#define YIKE_REQUIRE_POPPLER()                                                      \
    do {                                                                            \
        for (const char* tool : {"pdfinfo", "pdftotext", "pdffonts"})               \
            if (!::yike::test::hasProgram(tool))                                    \
                GTEST_SKIP() << tool                                                \
                             << " is missing (Debian package poppler-utils): test " \
                                "skipped";                                          \
    } while (false)

/// The value of one `Key:` line of pdfinfo for `page` (0: the document's), e.g. "Pages",
/// "Page size" ("595 x 842 pts (A4)"); empty when absent.
inline std::string pdfInfo(const std::filesystem::path& pdf, const std::string& key, int page = 0) {
    std::vector<std::string> args;
    if (page > 0) args = {"-f", std::to_string(page), "-l", std::to_string(page)};
    args.push_back(pdf.string());
    const RunResult r = runProgram("pdfinfo", args);
    std::istringstream lines(r.out);
    std::string line;
    const std::string prefix = page > 0 ? "Page" : "";
    while (std::getline(lines, line)) {
        // "Page    1 size: 595 x 842 pts" for one page, "Pages:  12" for the document.
        std::string name = line.substr(0, line.find(':'));
        if (page > 0 && key == "Page size" && name.rfind("Page", 0) == 0
            && name.find("size") != std::string::npos)
            return line.substr(line.find(':') + 1);
        if (name == key) return line.substr(line.find(':') + 1);
    }
    return {};
}

inline int pdfPages(const std::filesystem::path& pdf) {
    const std::string pages = pdfInfo(pdf, "Pages");
    return pages.empty() ? 0 : std::stoi(pages);
}

/// The text of pages `first`..`last` (1-based; 0: from the start / to the end), laid out as on
/// the page (pdftotext -layout) when `layout`.
inline std::string pdfText(const std::filesystem::path& pdf, int first = 0, int last = 0,
                           bool layout = true) {
    std::vector<std::string> args;
    if (layout) args.push_back("-layout");
    if (first > 0) args.insert(args.end(), {"-f", std::to_string(first)});
    if (last > 0) args.insert(args.end(), {"-l", std::to_string(last)});
    args.insert(args.end(), {pdf.string(), "-"});
    return runProgram("pdftotext", args).out;
}

/// One font of pdffonts: its name and whether it is embedded.
struct PdfFont {
    std::string name;
    bool embedded = false;
};

/// The fonts the PDF uses, as pdffonts lists them.
inline std::vector<PdfFont> pdfFonts(const std::filesystem::path& pdf) {
    const RunResult r = runProgram("pdffonts", {pdf.string()});
    std::vector<PdfFont> fonts;
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind("name", 0) == 0 || line.rfind("---", 0) == 0) continue;
        // name, type (one or more words), encoding, then emb sub uni object-number generation.
        std::istringstream words(line);
        std::vector<std::string> w;
        for (std::string word; words >> word;) w.push_back(word);
        if (w.size() < 7) continue;
        fonts.push_back({w.front(), w[w.size() - 5] == "yes"});
    }
    return fonts;
}

}  // namespace yike::test
