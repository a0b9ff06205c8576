// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/guidemap/category_groups.h"

#include <algorithm>
#include <set>

#include "core/catalog/catalog.h"
#include "core/catalog/table_text.h"

namespace yike::guidemap {
namespace detail {
extern const std::string_view kBuiltinCategoryGroups;
}  // namespace detail

namespace {

enum class Section { None, Groups, Categories };

}  // namespace

CategoryGroupsError::CategoryGroupsError(int line, const std::string& what)
    : std::runtime_error("category groups, line " + std::to_string(line) + ": " + what),
      m_line(line) {}

CategoryGroups::CategoryGroups(std::vector<ServiceGroup> groups, std::vector<CategoryGroupRow> rows)
    : m_groups(std::move(groups)), m_rows(std::move(rows)) {}

const ServiceGroup* CategoryGroups::findGroup(std::string_view code) const {
    const auto it = std::find_if(m_groups.begin(), m_groups.end(),
                                 [&](const ServiceGroup& g) { return g.code == code; });
    return it == m_groups.end() ? nullptr : &*it;
}

std::string CategoryGroups::groupOf(std::string_view category,
                                    const catalog::Catalog& catalog) const {
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const CategoryGroupRow& r) { return r.category == category; });
    if (it != m_rows.end()) return it->group;
    const catalog::Category* entry = catalog.find(category);
    return entry ? entry->group : std::string();
}

std::size_t CategoryGroups::rank(std::string_view group) const {
    const ServiceGroup* found = findGroup(group);
    return found ? std::size_t(found - m_groups.data()) : m_groups.size();
}

CategoryGroups parseCategoryGroups(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<ServiceGroup> groups;
    std::vector<CategoryGroupRow> rows;
    std::set<std::string, std::less<>> groupCodes;
    std::set<std::string, std::less<>> categoryCodes;
    Section section = Section::None;
    int lineNo = 0;
    for (std::string_view line : catalog::splitFields(text, '\n')) {
        ++lineNo;
        const std::string_view content = catalog::trimField(line);
        if (content.empty() || content.front() == '#') continue;
        if (content.front() == '[') {
            if (content == "[groups]") {
                section = Section::Groups;
            } else if (content == "[categories]") {
                section = Section::Categories;
            } else {
                throw CategoryGroupsError(lineNo, "unknown section " + std::string(content)
                                                      + " (expected [groups] or [categories])");
            }
            continue;
        }
        std::vector<std::string_view> cells = catalog::splitFields(content, '\t');
        for (std::string_view& cell : cells) cell = catalog::trimField(cell);
        switch (section) {
            case Section::None:
                throw CategoryGroupsError(lineNo,
                                          "a [groups] or [categories] line must come first");
            case Section::Groups: {
                if (cells.size() < 2 || cells[1].empty())
                    throw CategoryGroupsError(lineNo, "a group needs a code and a Chinese name");
                ServiceGroup group{std::string(cells[0]), std::string(cells[1]),
                                   cells.size() > 2 ? std::string(cells[2]) : std::string()};
                if (!groupCodes.insert(group.code).second)
                    throw CategoryGroupsError(lineNo, "group '" + group.code + "' is listed twice");
                groups.push_back(std::move(group));
                break;
            }
            case Section::Categories: {
                if (cells.size() < 2 || cells[1].empty())
                    throw CategoryGroupsError(lineNo,
                                              "a category needs a category and a group code");
                CategoryGroupRow row{std::string(cells[0]), std::string(cells[1]),
                                     cells.size() > 2 ? std::string(cells[2]) : std::string(),
                                     lineNo};
                if (!groupCodes.contains(row.group))
                    throw CategoryGroupsError(
                        lineNo, "group '" + row.group + "' is not listed under [groups]");
                if (!categoryCodes.insert(row.category).second)
                    throw CategoryGroupsError(lineNo,
                                              "category '" + row.category + "' is listed twice");
                rows.push_back(std::move(row));
                break;
            }
        }
    }
    return CategoryGroups(std::move(groups), std::move(rows));
}

const CategoryGroups& builtinCategoryGroups() {
    static const CategoryGroups groups = parseCategoryGroups(detail::kBuiltinCategoryGroups);
    return groups;
}

}  // namespace yike::guidemap
