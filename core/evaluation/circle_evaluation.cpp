// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/circle_evaluation.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include "core/access/analysis_session.h"
#include "core/access/walk_rings.h"
#include "core/catalog/catalog.h"
#include "core/geo/plane.h"
#include "core/project/project.h"

namespace yike::evaluation {
namespace {

/// The circle's polygons in the graph's frame, for many point tests.
class CircleLand {
public:
    CircleLand(const CircleArea& circle, const geo::LocalFrame& frame) : m_frame(frame) {
        for (const geo::Polygon& p : circle.polygons) {
            geo::LocalPolygon local = geo::LocalPolygon::from(p, frame);
            if (!local.isEmpty()) m_polygons.push_back(std::move(local));
        }
    }
    bool contains(geo::LonLat at) const {
        const geo::LocalXY p = m_frame.toLocal(at);
        return std::any_of(m_polygons.begin(), m_polygons.end(),
                           [&](const geo::LocalPolygon& poly) { return poly.contains(p); });
    }

private:
    const geo::LocalFrame& m_frame;
    std::vector<geo::LocalPolygon> m_polygons;
};

std::optional<double> numberAttribute(const project::Facility& f, const char* key) {
    const auto it = f.attributes.find(key);
    if (it == f.attributes.end()) return std::nullopt;
    const std::string& text = it->second;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < 0.0)
        return std::nullopt;
    return value;
}

/// Whether a facility belongs to a chain: the attribute chain=yes/no when set, else an OSM
/// brand tag says yes; absent when nothing is known.
std::optional<bool> chainStatus(const project::Facility& f) {
    const auto chain = f.attributes.find("chain");
    if (chain != f.attributes.end()) {
        if (chain->second == "yes") return true;
        if (chain->second == "no") return false;
    }
    for (const char* key : {"brand", "brand:wikidata"}) {
        const auto it = f.attributes.find(key);
        if (it != f.attributes.end() && !it->second.empty()) return true;
    }
    return std::nullopt;
}

const access::CoverageAnalysis& analysisOf(const access::AnalysisSession& session,
                                           const std::string& code) {
    const access::CoverageAnalysis* a = session.analysis(code);
    if (a == nullptr || !a->result().complete)
        throw EvaluationError("no complete walk analysis for the profile '" + code + "'");
    return *a;
}

}  // namespace

bool CategoryCheck::passes() const {
    bool any = false;
    for (const CohortCheck& c : cohorts) {
        if (!c.shareWithinTarget) continue;
        any = true;
        if (!c.passes) return false;
    }
    return any;
}

const CategoryCheck* CircleEvaluation::category(std::string_view code) const {
    for (const CategoryCheck& c : categories)
        if (c.code == code) return &c;
    return nullptr;
}

const SchemeCheck* CircleEvaluation::scheme(std::string_view code) const {
    for (const SchemeCheck& s : schemes)
        if (s.code == code) return &s;
    return nullptr;
}

bool prepareEvaluation(access::AnalysisSession& session, const EvaluationOptions& options,
                       const access::RunControl& control) {
    std::vector<std::string> missing;  // profiles not analysed yet, run together
    for (const std::string& code : options.profiles.codes) {
        const auto& profiles = session.project().walkProfiles();
        if (std::none_of(profiles.begin(), profiles.end(),
                         [&](const project::WalkProfile& w) { return w.code == code; }))
            throw EvaluationError("the project has no walk profile '" + code + "'");
        if (const access::CoverageAnalysis* a = session.analysis(code); a && a->result().complete)
            continue;
        missing.push_back(code);
    }
    if (missing.empty()) return true;
    access::CoverageOptions coverage;
    coverage.includePlanned = options.includePlanned;
    coverage.repairable = false;  // read, never repaired
    return !session.runAll(missing, coverage, control).empty();
}

CircleArea circleAroundCentre(access::AnalysisSession& session, std::string name,
                              project::FeatureId centreFacility,
                              std::optional<geo::LonLat> centrePoint, const std::string& profile,
                              double minutes, const access::RunControl& control) {
    if (centreFacility == 0 && !centrePoint)
        throw EvaluationError("a circle's centre is a facility or a point");
    access::WalkRingsRequest request = centreFacility != 0
                                           ? access::WalkRingsRequest::atFacility(centreFacility)
                                           : access::WalkRingsRequest::atPoint(*centrePoint);
    request.profileCode = profile;
    request.minutes = {minutes};
    request.includePlanned = true;  // a planned centre has its circle too
    access::WalkRings rings;
    try {
        rings = access::walkRings(session, request, control);
    } catch (const access::PlaceError& e) {
        throw EvaluationError(e.what());
    }
    CircleArea area;
    area.name = std::move(name);
    if (rings.complete && !rings.rings.empty()) area.polygons = std::move(rings.rings.front().polygons);
    return area;
}

CircleArea circleAreaOf(access::AnalysisSession& session, const project::Circle& circle,
                        const access::RunControl& control) {
    if (circle.kind == project::CircleKind::Area) {
        CircleArea area;
        area.name = circle.name;
        area.polygons.assign(circle.area.begin(), circle.area.end());
        return area;
    }
    try {
        return circleAroundCentre(session, circle.name, circle.centreFacility, circle.centrePoint,
                                  circle.profileCode, circle.minutes, control);
    } catch (const EvaluationError& e) {
        throw EvaluationError(circle.name + ": " + e.what());
    }
}

CircleSurvey surveyOf(const project::Circle& circle) {
    return {circle.satisfactionPercent, circle.households};
}

CircleArea wholeProjectArea(const project::Project& project, std::string name) {
    CircleArea area;
    area.name = std::move(name);
    if (project.studyArea()) {
        area.polygons.push_back(*project.studyArea());
        return area;
    }
    const geo::BoundingBox b = project.bounds();
    if (b.isEmpty()) return area;
    area.polygons.push_back(
        {{{b.minLon, b.minLat}, {b.maxLon, b.minLat}, {b.maxLon, b.maxLat}, {b.minLon, b.maxLat}}, {}});
    return area;
}

ProjectEvaluation evaluateProject(access::AnalysisSession& session, const GradeRules& rules,
                                  const EvaluationOptions& options, const std::string& wholeName,
                                  const std::optional<std::string>& only,
                                  const access::RunControl& control) {
    ProjectEvaluation out;
    const project::Project& project = session.project();
    std::vector<const project::Circle*> circles;
    for (const project::Circle& c : project.circles())
        if (!only || c.name == *only) circles.push_back(&c);
    if (only && circles.empty()) {
        std::string names;
        for (const project::Circle& c : project.circles()) names += (names.empty() ? "" : ", ") + c.name;
        throw EvaluationError("the project has no circle named '" + *only + "'"
                              + (names.empty() ? std::string(" (it has none)") : " (it has: " + names + ")"));
    }
    // Preparing the analyses is most of the work.
    access::RunControl prepare = control;
    if (control.progress) prepare.progress = [&](double f) { control.progress(0.8 * f); };
    if (!prepareEvaluation(session, options, prepare)) {
        out.complete = false;
        return out;
    }
    out.wholeStudyArea = project.circles().empty();
    if (out.wholeStudyArea) out.areas.push_back(wholeProjectArea(project, wholeName));
    for (const project::Circle* c : circles) {
        if (control.cancel && control.cancel->load()) {
            out.complete = false;
            return out;
        }
        out.areas.push_back(circleAreaOf(session, *c, {control.cancel, {}, control.threads}));
    }
    for (std::size_t i = 0; i < out.areas.size(); ++i) {
        const CircleSurvey survey = out.wholeStudyArea ? CircleSurvey{} : surveyOf(*circles[i]);
        out.circles.push_back(evaluateCircle(session, out.areas[i], survey, rules, options));
        if (control.progress) control.progress(0.8 + 0.2 * double(i + 1) / double(out.areas.size()));
    }
    return out;
}

std::vector<SchemeCheck> gradeCircle(const std::set<std::string, std::less<>>& present,
                                     const GradeRules& rules, const catalog::Catalog& catalog) {
    auto isPresent = [&](const std::string& code) { return present.contains(code); };
    std::vector<SchemeCheck> out;
    auto schemeOf = [&](std::string_view code) -> const SchemeCheck* {
        for (const SchemeCheck& sc : out)
            if (sc.code == code) return &sc;
        return nullptr;
    };

    // Grades, scheme by scheme; a scheme only asks for grades of schemes before it.
    for (const Scheme& scheme : rules.schemes) {
        SchemeCheck sc;
        sc.code = scheme.code;
        sc.nameZh = scheme.nameZh;
        sc.nameEn = scheme.nameEn;
        sc.source = scheme.source;
        bool belowReached = true;
        for (const Grade& grade : scheme.grades) {
            GradeCheck gc;
            gc.code = grade.code;
            gc.nameZh = grade.nameZh;
            gc.nameEn = grade.nameEn;
            gc.requirementsMet = true;
            for (const Requirement& r : grade.requirements) {
                RequirementCheck rc;
                rc.rule = r;
                if (r.kind == Requirement::Kind::Grade) {
                    const SchemeCheck* other = schemeOf(r.scheme);
                    rc.met = false;
                    if (other != nullptr)
                        for (const GradeCheck& g : other->grades)
                            if (g.code == r.grade) rc.met = g.reached;
                } else {
                    rc.members = rules.members(r.set, catalog);
                    for (const std::string& code : rc.members) {
                        if (isPresent(code))
                            ++rc.present;
                        else
                            rc.missing.push_back(code);
                    }
                    rc.needed = neededOf(r, int(rc.members.size()));
                    rc.met = rc.present >= rc.needed;
                }
                gc.requirementsMet = gc.requirementsMet && rc.met;
                gc.requirements.push_back(std::move(rc));
            }
            gc.reached = belowReached && gc.requirementsMet;
            belowReached = gc.reached;
            if (gc.reached) sc.reached = sc.grades.size();
            sc.grades.push_back(std::move(gc));
        }
        out.push_back(std::move(sc));
    }
    // What blocks each scheme's next grade: the missing categories of every unmet requirement
    // of that grade and the grades below it, following grade requirements into their schemes.
    std::function<void(const SchemeCheck&, std::size_t, std::set<std::string>&, int&)> gather =
        [&](const SchemeCheck& sc, std::size_t upTo, std::set<std::string>& codes, int& count) {
            for (std::size_t g = 0; g <= upTo && g < sc.grades.size(); ++g) {
                for (const RequirementCheck& rc : sc.grades[g].requirements) {
                    if (rc.met) continue;
                    if (rc.rule.kind == Requirement::Kind::Grade) {
                        const SchemeCheck* other = schemeOf(rc.rule.scheme);
                        if (other == nullptr) continue;
                        for (std::size_t i = 0; i < other->grades.size(); ++i)
                            if (other->grades[i].code == rc.rule.grade) gather(*other, i, codes, count);
                        continue;
                    }
                    int added = 0;
                    for (const std::string& code : rc.missing)
                        if (codes.insert(code).second) ++added;
                    count += std::min(added, rc.needed - rc.present);
                }
            }
        };
    for (SchemeCheck& sc : out) {
        const std::size_t next = sc.reached ? *sc.reached + 1 : 0;
        if (next >= sc.grades.size()) continue;
        std::set<std::string> codes;
        int count = 0;
        gather(sc, next, codes, count);
        for (const catalog::Category& c : catalog.categories())
            if (codes.erase(c.code)) sc.blockingNext.push_back(c.code);
        sc.blockingNext.insert(sc.blockingNext.end(), codes.begin(), codes.end());
        sc.shortfall = count;
    }

    return out;
}

CircleEvaluation evaluateCircle(const access::AnalysisSession& session, const CircleArea& circle,
                                const CircleSurvey& survey, const GradeRules& rules,
                                const EvaluationOptions& options) {
    std::array<const access::CoverageAnalysis*, kCohortCount> analyses{};
    for (std::size_t k = 0; k < kCohortCount; ++k)
        analyses[k] = &analysisOf(session, options.profiles.codes[k]);
    const access::CoverageAnalysis& adult = *analyses[0];
    const project::Project& project = session.project();
    const catalog::Catalog& catalog = project.catalog();
    const CircleLand land(circle, session.graph().frame());

    CircleEvaluation out;
    out.name = circle.name;

    // Homes inside; the analyses of one project share their homes and their order.
    std::vector<std::size_t> homes;
    for (std::size_t h = 0; h < adult.homeCount(); ++h) {
        const access::HomeResidents r = adult.homeResidents(h);
        if (!land.contains(r.at)) continue;
        homes.push_back(h);
        out.residents[0] += r.residents;
        out.residents[1] += r.residents60Plus;
        out.residents[2] += r.children0To14;
    }
    out.homes = homes.size();

    // Facilities inside, by category.
    std::map<std::string, std::vector<project::FeatureId>, std::less<>> inside;
    std::vector<const project::Facility*> facilitiesInside;
    for (const project::Facility& f : project.facilities().items()) {
        const bool counted = f.status == project::FacilityStatus::Existing
                             || (options.includePlanned && f.status == project::FacilityStatus::Planned);
        if (!counted || !land.contains(f.position)) continue;
        inside[f.categoryCode].push_back(f.id);
        facilitiesInside.push_back(&f);
    }

    const std::vector<access::CategoryCoverage>& categories = adult.result().categories;
    for (std::size_t c = 0; c < categories.size(); ++c) {
        const access::CategoryCoverage& coverage = categories[c];
        CategoryCheck check;
        check.code = coverage.code;
        check.nameZh = coverage.nameZh;
        check.inCatalog = coverage.inCatalog;
        if (const catalog::Category* entry = catalog.find(coverage.code)) {
            check.nameEn = entry->nameEn;
            check.group = entry->group;
        }
        check.targetMinutes = coverage.targetMinutes;
        check.targetFromCatalog = coverage.targetFromCatalog;
        if (const auto it = inside.find(coverage.code); it != inside.end())
            check.facilitiesInside = it->second;
        for (std::size_t k = 0; k < kCohortCount; ++k) {
            const access::CoverageAnalysis& analysis = *analyses[k];
            double total = 0.0;
            double within = 0.0;
            for (const std::size_t h : homes) {
                const access::HomeResidents r = analysis.homeResidents(h);
                const double people = k == 0 ? r.residents : k == 1 ? r.residents60Plus : r.children0To14;
                total += people;
                if (analysis.homeMinutes(h, c) <= check.targetMinutes) within += people;
            }
            CohortCheck& cohort = check.cohorts[k];
            cohort.residents = total;
            if (total > 0.0) {
                cohort.shareWithinTarget = std::min(1.0, within / total);
                cohort.passes = *cohort.shareWithinTarget >= rules.passShare;
            }
        }
        out.categories.push_back(std::move(check));
    }
    std::set<std::string, std::less<>> present;
    for (const CategoryCheck& c : out.categories)
        if (c.present()) present.insert(c.code);
    out.schemes = gradeCircle(present, rules, catalog);

    // Programme indicators.
    for (const IndicatorRule& rule : rules.indicators) {
        IndicatorCheck ic;
        ic.rule = rule;
        const std::vector<std::string> members = rules.members(rule.set, catalog);
        std::vector<const project::Facility*> facilities;
        for (const project::Facility* f : facilitiesInside)
            if (std::find(members.begin(), members.end(), f->categoryCode) != members.end())
                facilities.push_back(f);
        ic.facilities = int(facilities.size());
        if (rule.code == kSatisfaction) {
            if (survey.satisfactionPercent)
                ic.value = *survey.satisfactionPercent;
            else
                ic.missing = "no_survey";
        } else if (rule.code == kServiceAreaPer100Households) {
            for (const project::Facility* f : facilities) {
                if (const auto area = numberAttribute(*f, "floor_area_m2")) {
                    ++ic.facilitiesWithArea;
                    ic.floorAreaM2 += *area;
                }
            }
            if (survey.households) {
                ic.households = double(*survey.households);
            } else if (out.residents[0] > 0.0) {
                ic.households = out.residents[0] / rules.personsPerHousehold;
                ic.householdsEstimated = true;
            }
            if (!ic.households || *ic.households <= 0.0)
                ic.missing = "no_households";
            else if (ic.facilitiesWithArea < ic.facilities)
                ic.missing = "floor_area_missing";
            else
                ic.value = ic.floorAreaM2 / *ic.households * 100.0;
        } else if (rule.code == kChainStoreRate) {
            int known = 0;
            for (const project::Facility* f : facilities) {
                const std::optional<bool> chain = chainStatus(*f);
                if (!chain) {
                    ++ic.unknownChainStatus;
                    continue;
                }
                ++known;
                if (*chain) ++ic.chains;
            }
            if (facilities.empty())
                ic.missing = "no_facilities";
            else if (known == 0)
                ic.missing = "no_chain_data";
            else
                ic.value = 100.0 * ic.chains / double(facilities.size());
        }
        ic.passes = ic.value && *ic.value >= rule.target;
        out.indicators.push_back(std::move(ic));
    }
    return out;
}

}  // namespace yike::evaluation
