// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "app/cli/arguments.h"
#include "core/geo/lon_lat.h"
#include "core/project/project.h"

/// The commands of yike-cli. Each is one function; cli.cpp lists them in its table, so a new
/// command is a new function here, a file for its body and one row in that table.
namespace yike::cli {

/// One command: its name, the arguments it takes (for the usage text), a one-line summary,
/// its options and the function that carries it out. The function writes its normal output
/// to `out`, returns the exit status and throws UsageError or CommandError (or any
/// std::exception) to fail; the caller turns those into the single error line.
struct Command {
    std::string_view name;
    std::string_view arguments;
    std::string_view summary;
    std::vector<OptionSpec> options;
    int (*run)(const Arguments& args, std::ostream& out);
};

/// The value of --profile (default "adult"). @throws UsageError when given empty.
std::string profileOption(const Arguments& args);

/// The project's walk profile with that code.
/// @throws CommandError naming the profiles the project has.
const project::WalkProfile& requireProfile(const project::Project& project,
                                           const std::string& code);

/// "LON,LAT" in degrees, the value of --at. @throws UsageError.
geo::LonLat parseLonLat(const std::string& text);

/// The value of --minutes: comma-separated minutes, each above 0 (default 5,10,15).
/// @throws UsageError.
std::vector<double> minutesOption(const Arguments& args);

/// Whether an attribution text credits OpenStreetMap, whose licence asks every product of the
/// data to say so.
bool mentionsOpenStreetMap(std::string attribution);

/// `info FILE`: summary facts of a project file.
int runInfo(const Arguments& args, std::ostream& out);

/// `sample --out FILE [--seed N] [--city [--scale F]] [--force]`: writes the generated sample
/// district, or the synthetic city of that scale.
int runSample(const Arguments& args, std::ostream& out);

/// `import-osm FILE --out PROJECT [--bbox …] [--poi-table FILE] [--force]`: a new project
/// from an OpenStreetMap extract.
int runImportOsm(const Arguments& args, std::ostream& out);

/// `import-population PROJECT GRID [--kind K] [--source NAME] [--year Y] [--notes TEXT]`: the
/// cells of a population raster that cover the project, stored in it, with a report of where
/// their people went.
int runImportPopulation(const Arguments& args, std::ostream& out);

/// `analyze PROJECT [--profile P] [--json FILE] [--thresholds 5,10,15] [--include-planned]`:
/// walk-access coverage of every service category.
int runAnalyze(const Arguments& args, std::ostream& out);

/// `propose PROJECT [--budget YUAN] [--max-spaces N] [--categories a,b] [--weight-older W]
/// [--weight-children W] [--single-profile P] [--include-planned] [--exact [--time-limit S]]
/// [--json FILE] [--csv FILE] [--apply]`: which idle spaces to convert into which missing
/// services.
int runPropose(const Arguments& args, std::ostream& out);

/// `evaluate PROJECT [--circle NAME] [--rules FILE] [--include-planned] [--json FILE]
/// [--csv FILE]`: the standards check, grade and programme indicators of each living circle.
int runEvaluate(const Arguments& args, std::ostream& out);

/// `export-graph PROJECT --out DIR [--profile P]`: the walk graph as nodes.csv and edges.csv.
int runExportGraph(const Arguments& args, std::ostream& out);

/// `reach PROJECT --category C --out FILE [--profile P] [--minutes M] [--include-planned]`:
/// per graph node, the walking seconds to the nearest facility of one category, as CSV.
int runReach(const Arguments& args, std::ostream& out);

/// `import-csv PROJECT FILE --layer L --lon COL --lat COL [--name COL] [--category COL]
/// [--kind COL] [--wkt COL] [--encoding E] [--crs C]`: adds the rows of a table as features of
/// one layer, reports every rejected row and saves the project.
int runImportCsv(const Arguments& args, std::ostream& out);

/// `import-geojson PROJECT FILE --layer L [--crs C] [--category-field F] ...`: the same for the
/// features of a GeoJSON file.
int runImportGeoJson(const Arguments& args, std::ostream& out);

/// `export PROJECT --layer L --out FILE.geojson|FILE.csv [--force]`: one layer for other
/// programs.
int runExport(const Arguments& args, std::ostream& out);

/// `rings PROJECT (--facility ID | --gate ID | --at LON,LAT) --out FILE.geojson [--profile P]
/// [--minutes 5,10,15] [--include-planned]`: the walk rings around a centre, as GeoJSON.
int runRings(const Arguments& args, std::ostream& out);

/// `probe PROJECT --at LON,LAT [--profile P,...] [--include-planned] [--route ID]
/// [--json FILE]`: per category and walk profile, the minutes to the nearest facility.
int runProbe(const Arguments& args, std::ostream& out);

#ifdef YIKE_CLI_PAGES
/// `print PROJECT (--centre ID | --compound ID | --at LON,LAT) --out FILE.pdf|.png|.svg
/// [--profile P] [--layout NAME] [--paper A3] [--landscape] [--style S] [--title T] [--subtitle S] [--qr URL]
/// [--minutes 5,10,15] [--include-planned] [--dpi N] [--lang zh|en]`: the guide map
/// (一刻钟便民生活圈导引图) of a centre, as the workstation prints it.
int runPrint(const Arguments& args, std::ostream& out);

/// `report PROJECT --out FILE.pdf [--lang zh|en] [--prepared-by TEXT] [the options of
/// propose that say what to propose]`: the proposal as an A4 PDF report (ui/report).
int runReport(const Arguments& args, std::ostream& out);
#endif

}  // namespace yike::cli
