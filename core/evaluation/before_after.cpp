// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/before_after.h"

#include "core/catalog/table_text.h"

namespace yike::evaluation {

bool ShareChange::changed() const {
    if (presentBefore != presentAfter) return true;
    for (std::size_t k = 0; k < kCohortCount; ++k) {
        if (before[k].has_value() != after[k].has_value()) return true;
        if (before[k] && *before[k] != *after[k]) return true;
    }
    return false;
}

std::vector<ShareChange> compareStates(const CircleEvaluation& before,
                                       const CircleEvaluation& after) {
    std::vector<ShareChange> rows;
    rows.reserve(after.categories.size());
    for (const CategoryCheck& now : after.categories) {
        ShareChange row;
        row.code = now.code;
        row.nameZh = now.nameZh;
        row.nameEn = now.nameEn;
        row.presentAfter = now.present();
        for (std::size_t k = 0; k < kCohortCount; ++k)
            row.after[k] = now.cohorts[k].shareWithinTarget;
        if (const CategoryCheck* then = before.category(now.code)) {
            row.presentBefore = then->present();
            for (std::size_t k = 0; k < kCohortCount; ++k)
                row.before[k] = then->cohorts[k].shareWithinTarget;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string compareStatesCsv(const std::vector<ShareChange>& rows) {
    std::string out = "\xEF\xBB\xBF";
    auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) out += ',';
            out += catalog::csvField(cells[i]);
        }
        out += "\r\n";
    };
    line({"code", "name_zh", "name_en", "all_before_pct", "all_after_pct", "older_before_pct",
          "older_after_pct", "child_before_pct", "child_after_pct"});
    const auto percent = [](const std::optional<double>& share) {
        return share ? catalog::fixedNumber(*share * 100.0, 1) : std::string();
    };
    for (const ShareChange& row : rows) {
        std::vector<std::string> cells{row.code, row.nameZh, row.nameEn};
        for (std::size_t k = 0; k < kCohortCount; ++k) {
            cells.push_back(percent(row.before[k]));
            cells.push_back(percent(row.after[k]));
        }
        line(cells);
    }
    return out;
}

}  // namespace yike::evaluation
