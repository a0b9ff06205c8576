// SPDX-License-Identifier: GPL-3.0-or-later
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <string>

#include "app/cli/commands.h"
#include "core/access/analysis_session.h"
#include "core/catalog/table_text.h"
#include "core/evaluation/circle_evaluation.h"
#include "core/evaluation/evaluation_export.h"
#include "core/platform/utf8_path.h"
#include "core/project/project.h"
#include "core/project/project_file.h"

namespace yike::cli {
namespace {

using evaluation::CircleEvaluation;

/// The rules: the shipped table, or the one given with --rules.
evaluation::GradeRules rulesOption(const Arguments& args) {
    const std::optional<std::string> file = args.value("--rules");
    if (!file) return evaluation::builtinGradeRules();
    std::ifstream in(platform::pathFromUtf8(*file), std::ios::binary);
    if (!in) throw CommandError("cannot read '" + *file + "'");
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return evaluation::parseGradeRules(text.str());
    } catch (const evaluation::GradeRulesError& e) {
        throw CommandError(*file + ": " + e.what());
    }
}

std::string percentOrDash(const std::optional<double>& share) {
    return share ? catalog::fixedNumber(100.0 * *share, 0) : std::string("-");
}

void printCircle(const CircleEvaluation& e, std::ostream& out) {
    out << "Circle: " << e.name << " - " << e.homes << " homes, "
        << catalog::fixedNumber(e.residents[0], 0) << " residents ("
        << catalog::fixedNumber(e.residents[1], 0) << " aged 60+, "
        << catalog::fixedNumber(e.residents[2], 0) << " aged 0-14)\n";
    out << "  " << std::left << std::setw(28) << "category" << std::right << std::setw(8) << "inside"
        << std::setw(8) << "target" << "  " << std::setw(16) << "all/60+/0-14 %" << "  pass  name\n";
    for (const evaluation::CategoryCheck& c : e.categories) {
        out << "  " << std::left << std::setw(28) << c.code << std::right << std::setw(8)
            << c.facilitiesInside.size() << std::setw(8) << catalog::fixedNumber(c.targetMinutes, 0)
            << "  " << std::setw(16)
            << (percentOrDash(c.cohorts[0].shareWithinTarget) + "/"
                + percentOrDash(c.cohorts[1].shareWithinTarget) + "/"
                + percentOrDash(c.cohorts[2].shareWithinTarget))
            << "  " << (c.passes() ? "yes " : "no  ") << "  " << c.nameZh << '\n';
    }
    for (const evaluation::SchemeCheck& s : e.schemes) {
        out << "  Grade (" << s.nameZh << "): "
            << (s.reached ? s.grades[*s.reached].nameZh + " (" + s.grades[*s.reached].code + ")"
                          : std::string("none"));
        if (!s.blockingNext.empty()) {
            out << "; next grade needs at least " << s.shortfall << " of:";
            for (const std::string& code : s.blockingNext) out << ' ' << code;
        }
        out << '\n';
    }
    for (const evaluation::IndicatorCheck& i : e.indicators) {
        out << "  " << i.rule.nameZh << " (" << i.rule.code << "): ";
        if (i.value)
            out << catalog::fixedNumber(*i.value, 1) << ' ' << i.rule.unit << ", target "
                << catalog::fixedNumber(i.rule.target, 0) << ' ' << i.rule.unit
                << (i.passes ? " - met" : " - not met");
        else
            out << "missing (" << i.missing << ")";
        out << '\n';
    }
}

}  // namespace

int runEvaluate(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT"});
    const std::filesystem::path path = platform::pathFromUtf8(args.positionals()[0]);
    const evaluation::GradeRules rules = rulesOption(args);
    evaluation::EvaluationOptions options;
    options.includePlanned = args.has("--include-planned");

    const auto file = project::ProjectFile::open(path, project::ProjectFile::Mode::ReadOnly);
    access::AnalysisSession session(file->load());
    const project::Project& project = session.project();

    // Opened before any output, so a bad path fails with nothing but the error line.
    std::ofstream json, csv;
    auto openOutput = [](std::ofstream& stream, const std::optional<std::string>& name) {
        if (!name) return;
        stream.open(platform::pathFromUtf8(*name), std::ios::binary | std::ios::trunc);
        if (!stream) throw CommandError("cannot write '" + *name + "'");
    };
    openOutput(json, args.value("--json"));
    openOutput(csv, args.value("--csv"));

    session.buildGraph();
    const std::string title = project.metadataValue(project::meta::kTitle);
    evaluation::ProjectEvaluation evaluated;
    try {
        evaluated = evaluation::evaluateProject(session, rules, options,
                                                title.empty() ? "study area" : title,
                                                args.value("--circle"));
    } catch (const evaluation::EvaluationError& e) {
        throw CommandError(e.what());
    }
    if (!evaluated.complete) throw CommandError("the evaluation was cancelled");
    const std::vector<CircleEvaluation>& results = evaluated.circles;
    if (evaluated.wholeStudyArea)
        out << "The project defines no living circle: its whole study area is evaluated as one.\n";
    for (const CircleEvaluation& e : results) printCircle(e, out);

    auto write = [](std::ofstream& stream, const std::string& text, const std::string& name) {
        stream << text;
        stream.close();
        if (!stream) throw CommandError("cannot write '" + name + "'");
    };
    if (json.is_open()) write(json, evaluation::evaluationJson(results, rules), *args.value("--json"));
    if (csv.is_open())
        write(csv, evaluation::districtCsv(evaluation::districtTable(results)), *args.value("--csv"));
    return 0;
}

}  // namespace yike::cli
