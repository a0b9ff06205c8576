// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include <algorithm>
#include <exception>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli/proposal_options.h"
#include "yike_version.h"

namespace yike::cli {
namespace {

constexpr std::string_view kProgram = "yike-cli";

int runHelp(const Arguments& args, std::ostream& out);

const Command* findCommand(std::string_view name) {
    const auto& all = commands();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const Command& c) { return c.name == name; });
    return it == all.end() ? nullptr : &*it;
}

constexpr std::size_t kLineWidth = 100;

// Columns a UTF-8 text takes in a terminal: two for a three-byte character (the CJK ones our
// texts hold), one for any other character.
std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) == 0x80) continue;  // continuation byte
        width += (byte & 0xF0) == 0xE0 ? 2 : 1;
    }
    return width;
}

// `text` broken at spaces into lines of at most `width` columns (a longer word stays whole).
std::vector<std::string> wrapWords(std::string_view text, std::size_t width) {
    std::vector<std::string> lines(1);
    std::size_t used = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        const std::string_view word = text.substr(start, end - start);
        const std::size_t w = displayWidth(word);
        if (used > 0 && used + 1 + w > width) {
            lines.emplace_back();
            used = 0;
        }
        if (used > 0) {
            lines.back() += ' ';
            ++used;
        }
        lines.back() += word;
        used += w;
        start = end + 1;
    }
    return lines;
}

// "  left   text": the text wrapped in a column `width` wide from the left, starting on the
// next line when `left` does not leave room for it; a long `left` wraps too, its further
// lines indented.
void printColumns(std::ostream& out, const std::string& left, std::string_view text,
                  std::size_t width) {
    const std::string indent(width + 2, ' ');
    const std::vector<std::string> head = wrapWords(left, kLineWidth - 2);
    for (std::size_t i = 0; i < head.size(); ++i) {
        out << (i == 0 ? "  " : "      ") << head[i];
        if (i + 1 < head.size()) out << '\n';
    }
    const std::size_t used = 2 + displayWidth(head.back()) + (head.size() > 1 ? 4 : 0);
    if (head.size() > 1 || used >= width + 2)
        out << '\n' << indent;
    else
        out << std::string(width + 2 - used, ' ');
    const std::vector<std::string> lines = wrapWords(text, kLineWidth - width - 2);
    for (std::size_t i = 0; i < lines.size(); ++i)
        out << (i == 0 ? "" : indent) << lines[i] << '\n';
}

void printUsage(std::ostream& out) {
    out << "Usage: " << kProgram << " COMMAND [ARGUMENTS]\n"
        << "       " << kProgram << " --version | --help\n\n"
        << "Tools for Yike planning projects (15-minute living circles).\n\nCommands:\n";
    for (const Command& c : commands()) {
        const std::string synopsis =
            std::string(c.name) + (c.arguments.empty() ? "" : " ") + std::string(c.arguments);
        printColumns(out, synopsis, c.summary, 38);
    }
    out << "\nRun '" << kProgram << " help COMMAND' for the options of one command.\n"
        << "Exit status: 0 success, 1 failure, 2 wrong command line.\n";
}

void printCommandHelp(const Command& c, std::ostream& out) {
    // The arguments wrap under themselves: "Usage: yike-cli NAME ARG ARG\n                     ARG".
    const std::string head = "Usage: " + std::string(kProgram) + ' ' + std::string(c.name);
    const std::vector<std::string> arguments = wrapWords(c.arguments, kLineWidth - head.size() - 1);
    out << head;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (i > 0) out << '\n' << std::string(head.size(), ' ');
        if (!arguments[i].empty()) out << ' ' << arguments[i];
    }
    out << "\n\n";
    for (const std::string& line : wrapWords(c.summary, kLineWidth)) out << line << '\n';
    if (c.options.empty()) return;
    out << "\nOptions:\n";
    for (const OptionSpec& o : c.options) {
        const std::string left =
            std::string(o.name) + (o.value.empty() ? "" : " ") + std::string(o.value);
        printColumns(out, left, o.help, 24);
    }
}

int runHelp(const Arguments& args, std::ostream& out) {
    if (args.positionals().empty()) {
        printUsage(out);
        return kExitSuccess;
    }
    args.expectPositionals({"COMMAND"});
    const std::string& name = args.positionals().front();
    const Command* c = findCommand(name);
    if (c == nullptr) throw UsageError("unknown command '" + name + "'");
    printCommandHelp(*c, out);
    return kExitSuccess;
}

bool asksForHelp(std::span<const std::string> args) {
    for (const std::string& a : args) {
        if (a == "--") return false;
        if (a == "--help" || a == "-h") return true;
    }
    return false;
}

/// One line, whatever the message holds.
std::string oneLine(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::replace(text.begin(), text.end(), '\r', ' ');
    return text;
}

int dispatch(const std::vector<std::string>& args, std::ostream& out) {
    if (args.empty())
        throw UsageError("no command given (run '" + std::string(kProgram) + " --help')");
    const std::string& first = args.front();
    if (first == "--version") {
        if (args.size() > 1) throw UsageError("unexpected argument '" + args[1] + "'");
        out << kProgram << ' ' << kVersion << '\n';
        return kExitSuccess;
    }
    if (first == "--help" || first == "-h") {
        if (args.size() > 1) throw UsageError("unexpected argument '" + args[1] + "'");
        printUsage(out);
        return kExitSuccess;
    }
    const Command* command = findCommand(first);
    if (command == nullptr) {
        if (!first.empty() && first[0] == '-') throw UsageError("unknown option '" + first + "'");
        throw UsageError("unknown command '" + first + "' (run '" + std::string(kProgram)
                         + " --help')");
    }
    const std::span<const std::string> rest(args.data() + 1, args.size() - 1);
    if (command->run != runHelp && asksForHelp(rest)) {
        printCommandHelp(*command, out);
        return kExitSuccess;
    }
    return command->run(Arguments::parse(rest, command->options), out);
}

}  // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> table{
        {"info", "FILE", "Show the title, layer counts and extent of a project file", {}, runInfo},
        {"sample",
         "--out FILE [--seed N] [--city [--scale F]] [--force]",
         "Write the generated sample district, or a synthetic city for tests at scale, to a new "
         "project file",
         {{"--out", "FILE", "the project file to write (.yike)"},
          {"--seed", "N",
           "the generator seed (default 20261123, for the city 20261203); same seed, same "
           "district"},
          {"--city", "",
           "a synthetic city instead: about 1,000,000 walk-graph nodes, 3,000 gated compounds, "
           "300,000 homes and 20,000 facilities"},
          {"--scale", "F", "the city's size relative to that, above 0 and at most 8 (default 1)"},
          {"--force", "", "replace FILE if it exists"}},
         runSample},
        {"import-osm",
         "FILE --out PROJECT [--bbox B] [--poi-table T] [--force]",
         "Create a project from an OpenStreetMap file: .osm, .osm.pbf, .o5m, .opl or Overpass "
         "JSON, plain or .gz/.bz2, objects in any order",
         {{"--out", "PROJECT", "the project file to write (.yike)"},
          {"--bbox", "B", "keep only MINLON,MINLAT,MAXLON,MAXLAT (degrees)"},
          {"--poi-table", "T", "tag to category table (default: the shipped one)"},
          {"--force", "", "replace PROJECT if it exists"}},
         runImportOsm},
        {"import-population",
         "PROJECT GRID [--kind K] [--source NAME] [--year Y] [--notes TEXT]",
         "Import a population grid (GeoTIFF or any raster GDAL reads, any CRS) into a project",
         {{"--kind", "K", "people (default: people per cell), share60 or share0to14 (0..1)"},
          {"--source", "NAME", "the source to show, e.g. WorldPop (default: the file's name)"},
          {"--year", "Y", "the year the figures describe"},
          {"--notes", "TEXT", "what the values count (default: the raster's UNITS)"}},
         runImportPopulation},
        {"propose",
         "PROJECT [--budget YUAN] [--max-spaces N] [--categories a,b,...] [--exact] [--json FILE] "
         "[--csv FILE] [--apply]",
         "Which idle spaces to convert into which missing services, residents aged 60+ and 0-14 "
         "first",
         proposalOptionSpecs(
             {{"--json", "FILE", "write the proposal as JSON"},
              {"--csv", "FILE", "write the conversions as CSV (UTF-8 with BOM, for Excel)"},
              {"--apply", "", "add the conversions to the project as planned facilities"}}),
         runPropose},
#ifdef YIKE_CLI_PAGES
        {"report",
         "PROJECT --out FILE.pdf [--lang zh|en] [--budget YUAN] [--max-spaces N] ...",
         "Write the proposal as an A4 PDF report for the client: study area, method, coverage "
         "before and after, the conversions and a map sheet per space",
         proposalOptionSpecs(
             {{"--out", "FILE", "the PDF to write (replaced when complete)"},
              {"--lang", "L", "zh (default) or en"},
              {"--prepared-by", "TEXT", "who prepared it, for the cover"}}),
         runReport},
        {"print",
         "PROJECT (--centre ID | --compound ID | --at LON,LAT) --out FILE [--paper A3] ...",
         "Print the guide map (一刻钟便民生活圈导引图) of a centre as PDF, PNG or SVG",
         {{"--centre", "ID", "the facility at the centre (e.g. the community service centre)"},
          {"--compound", "ID", "or a compound at the centre"},
          {"--at", "LON,LAT", "or a point at the centre (degrees)"},
          {"--out", "FILE", "the page to write: .pdf (vector), .png or .svg"},
          {"--profile", "P", "walk profile of the walk areas (default older)"},
          {"--layout", "NAME", "a page layout kept in the project (Print Guide Map → Save)"},
          {"--paper", "SIZE", "A4, A3 (default), A2 or A1"},
          {"--landscape", "", "landscape page (default portrait)"},
          {"--style", "S", "sign (default), high-contrast or grayscale"},
          {"--title", "T", "the title (default: the centre's name and 一刻钟便民生活圈导引图)"},
          {"--subtitle", "S", "the subtitle"},
          {"--qr", "URL", "print a QR code of this address"},
          {"--minutes", "M", "walk areas, comma-separated minutes (default 5,10,15)"},
          {"--include-planned", "", "list planned facilities too"},
          {"--dpi", "N", "resolution of a PNG (default 300)"},
          {"--lang", "L", "zh (default) or en"}},
         runPrint},
#endif
        {"analyze",
         "PROJECT [--profile P] [--at HH:MM] [--json FILE] [--thresholds T] [--include-planned]",
         "Walk-access coverage of every service category, per walk profile",
         {{"--profile", "P", "walk profile code: adult (default), older, child, ..."},
          {"--at", "HH:MM", "time of day: gates closed then are not used (default: all open)"},
          {"--json", "FILE", "also write every measure, per compound too, as JSON"},
          {"--thresholds", "T", "minutes, comma-separated (default 5,10,15)"},
          {"--include-planned", "", "count planned facilities as well as existing ones"}},
         runAnalyze},
        {"evaluate",
         "PROJECT [--circle NAME] [--rules FILE] [--include-planned] [--json FILE] [--csv FILE]",
         "Evaluate the living circles: services present and reached per age group, the grade "
         "(基础型/提升型/品质型, Shanxi stars) and what blocks the next, programme indicators",
         {{"--circle", "NAME", "only this circle (default: every circle of the project)"},
          {"--rules", "FILE", "grade rules table (default: the shipped grade_rules.tsv)"},
          {"--include-planned", "", "count planned facilities as well as existing ones"},
          {"--json", "FILE", "also write every figure, with its sources, as JSON"},
          {"--csv", "FILE", "also write the district table as CSV (UTF-8 with BOM, for Excel)"}},
         runEvaluate},
        {"export-graph",
         "PROJECT --out DIR [--profile P]",
         "Write the walk graph as nodes.csv and edges.csv, with seconds per direction",
         {{"--out", "DIR", "the directory to write (created if missing)"},
          {"--profile", "P", "walk profile code for the seconds: adult (default), older, ..."}},
         runExportGraph},
        {"reach",
         "PROJECT --category C --out FILE [--profile P] [--minutes M] [--include-planned]",
         "Walking seconds from every graph node to the nearest facility of one category",
         {{"--category", "C", "the service category code, e.g. pharmacy"},
          {"--out", "FILE", "the CSV file to write (node_id,seconds)"},
          {"--profile", "P", "walk profile code: adult (default), older, child, ..."},
          {"--minutes", "M", "search budget in minutes (default 15); beyond it: empty"},
          {"--include-planned", "", "count planned facilities as well as existing ones"}},
         runReach},
        {"rings",
         "PROJECT (--facility ID | --gate ID | --at LON,LAT) --out FILE.geojson [--profile P] "
         "[--minutes M]",
         "Write the areas walked within 5, 10 and 15 minutes (or other times) from a facility, "
         "a compound gate or a point, as GeoJSON",
         {{"--facility", "ID", "the facility to walk from"},
          {"--gate", "ID", "or a compound gate (both sides of it)"},
          {"--at", "LON,LAT", "or a point (degrees)"},
          {"--out", "FILE", "the GeoJSON file to write (.geojson or .json; replaced)"},
          {"--profile", "P", "walk profile code: adult (default), older, child, ..."},
          {"--minutes", "M", "walk times, comma-separated minutes (default 5,10,15)"},
          {"--include-planned", "", "a planned facility may be the one walked from"}},
         runRings},
        {"probe",
         "PROJECT --at LON,LAT [--profile P,...] [--route ID] [--json FILE] [--include-planned]",
         "Walk minutes from a point to the nearest facility of every category, per walk profile",
         {{"--at", "LON,LAT", "the point (degrees)"},
          {"--profile", "P,...", "walk profile codes, comma-separated (default: every profile)"},
          {"--route", "ID", "also the route to this facility: length, minutes, gates passed"},
          {"--json", "FILE", "also write the minutes (and the route's line) as JSON"},
          {"--include-planned", "", "count planned facilities as well as existing ones"}},
         runProbe},
        {"import-csv",
         "PROJECT FILE --layer L --lon COL --lat COL [--name COL] [--category COL] ...",
         "Add the rows of a CSV table (UTF-8 or GBK) as facilities or idle spaces",
         {{"--layer", "L", "facilities, idle_spaces (or compounds, with --wkt)"},
          {"--lon", "COL", "the longitude column (name as in the header)"},
          {"--lat", "COL", "the latitude column"},
          {"--wkt", "COL", "a geometry column as WKT (idle space footprints, compounds)"},
          {"--name", "COL", "the name column"},
          {"--category", "COL", "facilities: category by code, Chinese or English name"},
          {"--kind", "COL", "idle spaces: kind by code or Chinese label"},
          {"--encoding", "E", "auto (default), utf-8 or gb18030 (GBK)"},
          {"--crs", "C", "wgs84 (default), gcj02 (Amap, Tencent) or bd09 (Baidu)"}},
         runImportCsv},
        {"import-geojson",
         "PROJECT FILE --layer L [--crs C] [--category-field F]",
         "Add the features of a GeoJSON file as facilities, idle spaces or compounds",
         {{"--layer", "L", "facilities, idle_spaces or compounds"},
          {"--crs", "C", "wgs84 (default), gcj02 (Amap, Tencent) or bd09 (Baidu)"},
          {"--category-field", "F", "facilities: the property holding the category"},
          {"--name-field", "F", "the property holding the name"},
          {"--kind-field", "F", "idle spaces: the property holding the kind"},
          {"--encoding", "E", "auto (default), utf-8 or gb18030"}},
         runImportGeoJson},
        {"export",
         "PROJECT --layer L --out FILE [--force]",
         "Write one layer as GeoJSON (WGS 84) or CSV (UTF-8 for Excel), by FILE's extension",
         {{"--layer", "L", "facilities, compounds, gates, idle_spaces, streets, buildings, water_areas"},
          {"--out", "FILE", "the file to write: .geojson, .json or .csv"},
          {"--force", "", "replace FILE if it exists"}},
         runExport},
        {"help", "[COMMAND]", "Show this overview, or the options of one command", {}, runHelp},
    };
    return table;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) noexcept {
    const auto fail = [&err](int status, const std::string& message) noexcept {
        try {
            err << kProgram << ": error: " << oneLine(message) << '\n' << std::flush;
        } catch (...) {
            // Nothing else can be reported when standard error itself fails.
        }
        return status;
    };
    try {
        const int status = dispatch(args, out);
        out.flush();
        if (!out) return fail(kExitFailure, "cannot write to standard output");
        return status;
    } catch (const UsageError& e) {
        return fail(kExitUsage, e.what());
    } catch (const std::exception& e) {
        return fail(kExitFailure, e.what());
    } catch (...) {
        return fail(kExitFailure, "unexpected failure");
    }
}

}  // namespace yike::cli
