// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/proposals/proposal_export.h"

#include <nlohmann/json.hpp>

#include "core/catalog/table_text.h"

namespace yike::proposals {
namespace {

nlohmann::json cohortJson(const std::array<double, kCohortCount>& values) {
    return {{"all", values[0] + values[1] + values[2]}, {"aged60Plus", values[1]},
            {"aged0To14", values[2]}, {"others", values[0]}};
}

nlohmann::json optionalNumber(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}

}  // namespace

const char* reasonCode(UnusableSpace::Reason reason) {
    using R = UnusableSpace::Reason;
    switch (reason) {
        case R::Excluded: return "excluded";
        case R::NoFloorArea: return "no_floor_area";
        case R::NoCost: return "no_cost";
        case R::OverBudget: return "over_budget";
        case R::NotOnNetwork: return "not_on_network";
        case R::TooSmall: return "too_small";
        case R::Siting: return "siting";
        case R::NoGain: return "no_gain";
    }
    return "";
}

std::string proposalJson(const Instance& instance, const Proposal& proposal) {
    nlohmann::json lines = nlohmann::json::array();
    for (const ProposalLine& line : proposal.lines)
        lines.push_back({{"idleSpace", line.conversion.space},
                         {"spaceName", line.spaceName},
                         {"category", line.conversion.category},
                         {"areaUsedM2", line.areaUsedM2},
                         {"areaAssumed", line.areaAssumed},
                         {"spaceAreaM2", line.spaceAreaM2},
                         {"costYuan", line.costYuan},
                         {"newlyCovered", cohortJson(line.newlyCovered)},
                         {"weightedGain", line.gain}});
    nlohmann::json categories = nlohmann::json::array();
    for (const CategoryTotals& t : proposal.totals) {
        const CategoryInfo& c = instance.categories[t.category];
        categories.push_back({{"code", c.code}, {"nameZh", c.nameZh}, {"nameEn", c.nameEn},
                              {"targetMinutes", c.targetMinutes}, {"targetAssumed", c.targetAssumed},
                              {"minAreaM2", c.minAreaM2}, {"minAreaAssumed", c.areaAssumed},
                              {"weight", c.weight}, {"residents", cohortJson(t.residents)},
                              {"before", cohortJson(t.before)}, {"after", cohortJson(t.after)}});
    }
    const auto& w = instance.cohortWeights;
    const auto& p = instance.profiles;
    nlohmann::json doc{
        {"weights", {{"others", w[0]}, {"aged60Plus", w[1]}, {"aged0To14", w[2]}}},
        {"profiles", {{"others", p[0]}, {"aged60Plus", p[1]}, {"aged0To14", p[2]}}},
        {"budgetYuan", optionalNumber(instance.budgetYuan)},
        {"maxSpaces", instance.maxSpaces ? nlohmann::json(*instance.maxSpaces) : nlohmann::json()},
        {"conversions", lines},
        {"categories", categories},
        {"totalCostYuan", proposal.totalCostYuan},
        {"objective", proposal.objective},
        {"heuristicObjective", proposal.heuristicObjective},
        {"heuristicSeconds", proposal.heuristicSeconds}};
    if (proposal.exact)
        doc["exact"] = {{"solver", proposal.exact->solver},
                        {"optimal", proposal.exact->optimal},
                        {"objective", proposal.exact->solution.objective},
                        {"bound", proposal.exact->bound},
                        {"seconds", proposal.exact->seconds},
                        {"heuristicGap", optionalNumber(proposal.heuristicGap())}};
    nlohmann::json unusable = nlohmann::json::array();
    for (const UnusableSpace& u : instance.unusable)
        unusable.push_back({{"idleSpace", instance.spaces[u.space].space.id},
                            {"reason", reasonCode(u.reason)}});
    doc["spacesHostingNothing"] = unusable;
    return doc.dump(2) + "\n";
}

std::string proposalCsv(const Instance& instance, const Proposal& proposal) {
    // Excel opens UTF-8 only with a byte-order mark.
    std::string out = "\xEF\xBB\xBF"
                      "rank,idle_space,space_name,category,category_zh,area_used_m2,space_area_m2,"
                      "cost_yuan,newly_covered,aged_60_plus,aged_0_14,weighted_gain,assumed\r\n";
    int rank = 0;
    for (const ProposalLine& line : proposal.lines) {
        const CategoryInfo& c = instance.categories[instance.options[line.option].category];
        std::string assumed;
        if (line.areaAssumed) assumed += "minimum area";
        if (line.targetAssumed) assumed += assumed.empty() ? "walk target" : "; walk target";
        out += std::to_string(++rank) + ',' + std::to_string(line.conversion.space) + ',' +
               catalog::csvField(line.spaceName) + ',' + catalog::csvField(c.code) + ',' + catalog::csvField(c.nameZh) + ',' +
               catalog::fixedNumber(line.areaUsedM2, 1) + ',' + catalog::fixedNumber(line.spaceAreaM2, 1) + ',' +
               catalog::fixedNumber(line.costYuan, 0) + ',' + catalog::fixedNumber(line.residentsAll(), 1) + ',' +
               catalog::fixedNumber(line.newlyCovered[1], 1) + ',' + catalog::fixedNumber(line.newlyCovered[2], 1) + ',' +
               catalog::fixedNumber(line.gain, 1) + ',' + catalog::csvField(assumed) + "\r\n";
    }
    return out;
}

}  // namespace yike::proposals
