// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/evaluation_export.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/catalog/table_text.h"

namespace yike::evaluation {
namespace {

const char* kCohortKeys[kCohortCount] = {"all", "aged60Plus", "aged0To14"};

nlohmann::json optionalNumber(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}

nlohmann::json sourceJson(const RuleSource& s) {
    return {{"sources", s.sources}, {"confidence", s.confidence}, {"note", s.note}};
}

std::string count(std::size_t n) { return std::to_string(n); }

}  // namespace

DistrictTable districtTable(const std::vector<CircleEvaluation>& circles) {
    DistrictTable table;
    table.columns = {"circle",          "homes",          "residents",
                     "residents_60_plus", "children_0_14", "categories_present",
                     "categories_passing"};
    if (!circles.empty()) {
        for (const SchemeCheck& s : circles.front().schemes) {
            table.columns.push_back("grade_" + s.code);
            table.columns.push_back("shortfall_" + s.code);
        }
        for (const IndicatorCheck& i : circles.front().indicators) table.columns.push_back(i.rule.code);
    }
    for (const CircleEvaluation& e : circles) {
        std::vector<std::string> row{
            e.name,
            count(e.homes),
            catalog::fixedNumber(e.residents[0], 0),
            catalog::fixedNumber(e.residents[1], 0),
            catalog::fixedNumber(e.residents[2], 0),
            count(std::size_t(std::count_if(e.categories.begin(), e.categories.end(),
                                            [](const CategoryCheck& c) { return c.present(); }))),
            count(std::size_t(std::count_if(e.categories.begin(), e.categories.end(),
                                            [](const CategoryCheck& c) { return c.passes(); })))};
        for (const SchemeCheck& s : e.schemes) {
            row.push_back(s.reached ? s.grades[*s.reached].code : std::string());
            row.push_back(std::to_string(s.shortfall));
        }
        for (const IndicatorCheck& i : e.indicators)
            row.push_back(i.value ? catalog::fixedNumber(*i.value, 1) : std::string());
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::string districtCsv(const DistrictTable& table) {
    std::string out = "\xEF\xBB\xBF";
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) out += ',';
            out += catalog::csvField(cells[i]);
        }
        out += "\r\n";
    };
    line(table.columns);
    for (const std::vector<std::string>& row : table.rows) line(row);
    return out;
}

std::string evaluationJson(const std::vector<CircleEvaluation>& circles, const GradeRules& rules) {
    nlohmann::json list = nlohmann::json::array();
    for (const CircleEvaluation& e : circles) {
        nlohmann::json categories = nlohmann::json::array();
        for (const CategoryCheck& c : e.categories) {
            nlohmann::json cohorts = nlohmann::json::object();
            for (std::size_t k = 0; k < kCohortCount; ++k)
                cohorts[kCohortKeys[k]] = {{"residents", c.cohorts[k].residents},
                                           {"shareWithinTarget", optionalNumber(c.cohorts[k].shareWithinTarget)},
                                           {"passes", c.cohorts[k].passes}};
            categories.push_back({{"code", c.code},
                                  {"nameZh", c.nameZh},
                                  {"nameEn", c.nameEn},
                                  {"group", c.group},
                                  {"targetMinutes", c.targetMinutes},
                                  {"targetFromCatalog", c.targetFromCatalog},
                                  {"present", c.present()},
                                  {"facilitiesInside", c.facilitiesInside},
                                  {"cohorts", cohorts},
                                  {"passes", c.passes()}});
        }
        nlohmann::json schemes = nlohmann::json::array();
        for (const SchemeCheck& s : e.schemes) {
            nlohmann::json grades = nlohmann::json::array();
            for (const GradeCheck& g : s.grades) {
                nlohmann::json requirements = nlohmann::json::array();
                for (const RequirementCheck& r : g.requirements) {
                    nlohmann::json rj{{"met", r.met}, {"source", sourceJson(r.rule.source)}};
                    if (r.rule.kind == Requirement::Kind::Grade) {
                        rj["grade"] = r.rule.scheme + "." + r.rule.grade;
                    } else {
                        rj["set"] = r.rule.set;
                        rj["present"] = r.present;
                        rj["needed"] = r.needed;
                        rj["of"] = r.members.size();
                        if (r.rule.officialTotal > 0) {
                            rj["officialCount"] = r.rule.count;
                            rj["officialTotal"] = r.rule.officialTotal;
                        }
                        rj["missing"] = r.missing;
                    }
                    requirements.push_back(std::move(rj));
                }
                grades.push_back({{"code", g.code},
                                  {"nameZh", g.nameZh},
                                  {"nameEn", g.nameEn},
                                  {"reached", g.reached},
                                  {"requirements", requirements}});
            }
            schemes.push_back(
                {{"code", s.code},
                 {"nameZh", s.nameZh},
                 {"nameEn", s.nameEn},
                 {"source", sourceJson(s.source)},
                 {"reached", s.reached ? nlohmann::json(s.grades[*s.reached].code) : nlohmann::json()},
                 {"blockingNext", s.blockingNext},
                 {"shortfall", s.shortfall},
                 {"grades", grades}});
        }
        nlohmann::json indicators = nlohmann::json::array();
        for (const IndicatorCheck& i : e.indicators) {
            nlohmann::json ij{{"code", i.rule.code},
                              {"nameZh", i.rule.nameZh},
                              {"nameEn", i.rule.nameEn},
                              {"target", i.rule.target},
                              {"unit", i.rule.unit},
                              {"value", optionalNumber(i.value)},
                              {"passes", i.passes},
                              {"missing", i.missing.empty() ? nlohmann::json() : nlohmann::json(i.missing)},
                              {"source", sourceJson(i.rule.source)}};
            if (i.rule.code == kServiceAreaPer100Households) {
                ij["facilities"] = i.facilities;
                ij["facilitiesWithArea"] = i.facilitiesWithArea;
                ij["floorAreaM2"] = i.floorAreaM2;
                ij["households"] = optionalNumber(i.households);
                ij["householdsEstimated"] = i.householdsEstimated;
            } else if (i.rule.code == kChainStoreRate) {
                ij["facilities"] = i.facilities;
                ij["chains"] = i.chains;
                ij["unknownChainStatus"] = i.unknownChainStatus;
            }
            indicators.push_back(std::move(ij));
        }
        nlohmann::json residents = nlohmann::json::object();
        for (std::size_t k = 0; k < kCohortCount; ++k) residents[kCohortKeys[k]] = e.residents[k];
        list.push_back({{"name", e.name},
                        {"homes", e.homes},
                        {"residents", residents},
                        {"categories", categories},
                        {"schemes", schemes},
                        {"indicators", indicators}});
    }
    const nlohmann::json out{
        {"passShare", rules.passShare},
        {"passShareSource", sourceJson(rules.passShareSource)},
        {"personsPerHousehold", rules.personsPerHousehold},
        {"personsPerHouseholdSource", sourceJson(rules.personsPerHouseholdSource)},
        {"circles", list}};
    return out.dump(2) + "\n";
}

}  // namespace yike::evaluation
