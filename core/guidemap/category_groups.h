// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace yike::catalog {
class Catalog;
}

/// The content of a 一刻钟便民生活圈导引图 (guide map): what a printed map of one centre's
/// 15-minute living circle says, free of any layout.
namespace yike::guidemap {

/// A group of the directory, such as 宜居 (yiju).
struct ServiceGroup {
    std::string code;  ///< e.g. "yiju"
    std::string nameZh;
    std::string nameEn;
};

/// One category line of the table.
struct CategoryGroupRow {
    std::string category;  ///< catalogue code
    std::string group;     ///< code of a group of the table
    std::string note;
    int line = 0;  ///< line in the table, for messages
};

/// Raised for a table that cannot be read; what() names the line.
class CategoryGroupsError : public std::runtime_error {
public:
    CategoryGroupsError(int line, const std::string& what);
    int line() const { return m_line; }

private:
    int m_line;
};

/**
 * Which group of the guide map's directory each service category is listed under (宜居, 宜业,
 * 宜游, 宜学, 宜养): a table the user can edit rather than constants, because the grouping is a
 * local planning choice (resources/guidemap/category_groups.tsv is the shipped copy). A
 * category the table does not list falls back to its catalogue group ("basic" or "quality"),
 * so a catalogue grown after the table still gets a complete directory.
 */
class CategoryGroups {
public:
    CategoryGroups() = default;
    /// @pre every row's group is among `groups`
    CategoryGroups(std::vector<ServiceGroup> groups, std::vector<CategoryGroupRow> rows);

    /// The groups in table order, the order of the directory.
    const std::vector<ServiceGroup>& groups() const { return m_groups; }
    const std::vector<CategoryGroupRow>& rows() const { return m_rows; }
    /// The group with this code, or null.
    const ServiceGroup* findGroup(std::string_view code) const;

    /// The group code of a category: the table's; else the catalogue's group; else "".
    std::string groupOf(std::string_view category, const catalog::Catalog& catalog) const;
    /// Where a group sorts: its index in groups(); groups().size() for a group the table does
    /// not name (they come last).
    std::size_t rank(std::string_view group) const;

private:
    std::vector<ServiceGroup> m_groups;
    std::vector<CategoryGroupRow> m_rows;
};

/// Reads the tab-separated table: a [groups] section (code, Chinese name, English name) and a
/// [categories] section (category code, group code, optional note); # comments and blank
/// lines are skipped; CRLF line ends, a UTF-8 byte-order mark and trailing spaces are
/// tolerated.
/// @throws CategoryGroupsError for a line outside a section, an unknown section, a missing
///         column, a duplicate group or category, or a category in a group not listed
///         under [groups] before it
CategoryGroups parseCategoryGroups(std::string_view text);

/// The table shipped with the application.
const CategoryGroups& builtinCategoryGroups();

}  // namespace yike::guidemap
