// SPDX-License-Identifier: GPL-3.0-or-later
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "app/cli/commands.h"
#include "core/exchange/csv_reader.h"
#include "core/exchange/exchange_error.h"
#include "core/exchange/feature_import.h"
#include "core/exchange/geojson_reader.h"
#include "core/exchange/layer_export.h"
#include "core/exchange/text_decoding.h"
#include "core/exchange/text_util.h"
#include "core/geo/china_crs.h"
#include "core/platform/utf8_path.h"
#include "core/project/project_file.h"

namespace yike::cli {
namespace {

using exchange::Field;
using project::Layer;

Layer importLayerOption(const Arguments& args, const char* allowed) {
    const std::string& code = args.required("--layer");
    const std::optional<Layer> layer = exchange::layerFromCode(code);
    if (!layer || !exchange::isImportLayer(*layer))
        throw UsageError("--layer: '" + code + "' cannot be imported (use " + allowed + ")");
    return *layer;
}

geo::ChinaCrs crsOption(const Arguments& args) {
    const std::string code = args.value("--crs").value_or("wgs84");
    const std::optional<geo::ChinaCrs> crs = geo::chinaCrsFromCode(code);
    if (!crs) throw UsageError("--crs: '" + code + "' is not wgs84, gcj02 or bd09");
    return *crs;
}

std::optional<exchange::TextEncoding> encodingOption(const Arguments& args) {
    const std::string code = args.value("--encoding").value_or("auto");
    if (code == "auto") return std::nullopt;
    const std::optional<exchange::TextEncoding> encoding = exchange::textEncodingFromCode(code);
    if (!encoding) throw UsageError("--encoding: '" + code + "' is not auto, utf-8 or gb18030");
    return encoding;
}

/// Overrides the guessed column of `field` with the value of `option`, when given.
void mapOption(const Arguments& args, const char* option, Field field,
               exchange::ColumnMapping& mapping) {
    if (const auto column = args.value(option)) {
        if (column->empty()) throw UsageError(std::string(option) + " needs a column name");
        mapping.columns[field] = *column;
    }
}

const char* singularNoun(Layer layer) {
    switch (layer) {
        case Layer::Facilities:
            return "facility";
        case Layer::IdleSpaces:
            return "idle space";
        case Layer::Compounds:
            return "compound";
        default:
            return "feature";
    }
}

const char* pluralNoun(Layer layer) {
    switch (layer) {
        case Layer::Facilities:
            return "facilities";
        case Layer::IdleSpaces:
            return "idle spaces";
        case Layer::Compounds:
            return "compounds";
        default:
            return "features";
    }
}

std::string describeMapping(const exchange::SourceTable& table,
                            const exchange::ImportOptions& options) {
    std::string text;
    for (Field field : exchange::fieldsOf(options.layer)) {
        const std::string* column = options.mapping.columnOf(field);
        if (column == nullptr) continue;
        text +=
            (text.empty() ? "" : ", ") + std::string(exchange::fieldCode(field)) + "=" + *column;
    }
    if (table.format == exchange::SourceFormat::GeoJson)
        text = "geometry" + std::string(text.empty() ? "" : ", ") + text;
    return text.empty() ? "(none)" : text;
}

/// Imports `table` into the project file, prints the report and saves the project.
int importInto(const std::filesystem::path& projectPath, const std::filesystem::path& input,
               const exchange::SourceTable& table, exchange::ImportOptions options,
               std::ostream& out) {
    // Opened for writing before anything is printed, so a locked or missing project fails
    // with nothing but the error line.
    const auto file =
        project::ProjectFile::open(projectPath, project::ProjectFile::Mode::ReadWrite);
    project::Project project = file->load();
    options.defaultSource = platform::utf8FromPath(input.filename());
    const exchange::ImportResult result = exchange::importTable(table, options, project.catalog());

    out << "Read " << result.report.records << (result.report.records == 1 ? " row" : " rows")
        << " from " << platform::utf8FromPath(input) << " (";
    if (table.format == exchange::SourceFormat::Csv) {
        out << "encoding " << exchange::toCode(table.encoding)
            << (table.encodingDetected ? ", detected" : "") << "; delimiter "
            << (table.delimiter == '\t' ? std::string("tab")
                                        : "'" + std::string(1, table.delimiter) + "'");
    } else {
        out << "GeoJSON, encoding " << exchange::toCode(table.encoding);
    }
    out << ")\n";
    out << "Columns: " << describeMapping(table, options) << "; coordinates "
        << geo::toCode(options.crs)
        << (options.crs == geo::ChinaCrs::Wgs84 ? "" : ", converted to wgs84") << '\n';

    const std::size_t imported = result.count();
    project.addFacilities(result.facilities);
    project.addIdleSpaces(result.idleSpaces);
    project.addCompounds(result.compounds);

    out << "Imported " << imported << ' '
        << (imported == 1 ? singularNoun(options.layer) : pluralNoun(options.layer)) << " into "
        << platform::utf8FromPath(projectPath) << '\n';
    if (!result.report.rejected.empty()) {
        out << "Rejected " << result.report.rejected.size()
            << (result.report.rejected.size() == 1 ? " row" : " rows") << ":\n";
        for (const exchange::Rejection& r : result.report.rejected)
            out << "  " << r.where() << ": " << r.message << '\n';
    }
    if (imported == 0) {
        out.flush();
        throw CommandError(result.report.records == 0 ? "the file has no rows to import"
                                                      : "no row could be imported");
    }
    file->save(project);
    return 0;
}

}  // namespace

int runImportCsv(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT", "FILE"});
    const std::filesystem::path projectPath = platform::pathFromUtf8(args.positionals()[0]);
    const std::filesystem::path input = platform::pathFromUtf8(args.positionals()[1]);
    exchange::ImportOptions options;
    options.layer = importLayerOption(args, "facilities, idle_spaces or compounds");
    options.crs = crsOption(args);
    // Points need their two coordinate columns; compounds need a WKT column of polygons.
    if (options.layer == Layer::Compounds) {
        args.required("--wkt");
    } else {
        args.required("--lon");
        args.required("--lat");
    }
    exchange::CsvOptions csv;
    csv.encoding = encodingOption(args);
    if (exchange::formatForPath(input) == exchange::SourceFormat::GeoJson)
        throw UsageError("'" + platform::utf8FromPath(input) + "' is GeoJSON: use import-geojson");
    if (exchange::asciiLower(platform::utf8FromPath(input.extension())) == ".tsv")
        csv.delimiter = '\t';
    const exchange::SourceTable table = exchange::readCsv(exchange::readFileBytes(input), csv);
    options.mapping = exchange::guessMapping(options.layer, table.columns);
    mapOption(args, "--lon", Field::Lon, options.mapping);
    mapOption(args, "--lat", Field::Lat, options.mapping);
    mapOption(args, "--name", Field::Name, options.mapping);
    mapOption(args, "--category", Field::Category, options.mapping);
    mapOption(args, "--kind", Field::Kind, options.mapping);
    mapOption(args, "--wkt", Field::Wkt, options.mapping);
    return importInto(projectPath, input, table, std::move(options), out);
}

int runImportGeoJson(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT", "FILE"});
    const std::filesystem::path projectPath = platform::pathFromUtf8(args.positionals()[0]);
    const std::filesystem::path input = platform::pathFromUtf8(args.positionals()[1]);
    exchange::ImportOptions options;
    options.layer = importLayerOption(args, "facilities, idle_spaces or compounds");
    options.crs = crsOption(args);
    exchange::GeoJsonOptions read;
    read.encoding = encodingOption(args);
    const exchange::SourceTable table = exchange::readGeoJson(exchange::readFileBytes(input), read);
    options.mapping = exchange::guessMapping(options.layer, table.columns);
    mapOption(args, "--name-field", Field::Name, options.mapping);
    mapOption(args, "--category-field", Field::Category, options.mapping);
    mapOption(args, "--kind-field", Field::Kind, options.mapping);
    return importInto(projectPath, input, table, std::move(options), out);
}

int runExport(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT"});
    const std::filesystem::path projectPath = platform::pathFromUtf8(args.positionals().front());
    const std::string& layerCode = args.required("--layer");
    const std::filesystem::path output = platform::pathFromUtf8(args.required("--out"));
    const std::optional<Layer> layer = exchange::layerFromCode(layerCode);
    if (!layer || !exchange::isExportLayer(*layer))
        throw UsageError("--layer: '" + layerCode
                         + "' is not facilities, compounds, gates, idle_spaces, streets, "
                           "buildings or water_areas");
    const std::optional<exchange::ExportFormat> format = exchange::exportFormatForPath(output);
    if (!format)
        throw UsageError("--out: '" + platform::utf8FromPath(output)
                         + "' must end in .geojson, .json or .csv (the format follows the name)");
    std::error_code error;
    if (std::filesystem::exists(std::filesystem::symlink_status(output, error))
        && !args.has("--force"))
        throw CommandError("'" + platform::utf8FromPath(output)
                           + "' already exists (use --force to replace it)");

    const auto file = project::ProjectFile::open(projectPath, project::ProjectFile::Mode::ReadOnly);
    const project::Project project = file->load();
    exchange::writeLayerFile(output, project, *layer, *format);
    const std::size_t count = exchange::layerFeatureCount(project, *layer);
    out << "Wrote " << count << (count == 1 ? " feature" : " features") << " of "
        << exchange::layerCode(*layer) << " to " << platform::utf8FromPath(output) << " ("
        << (*format == exchange::ExportFormat::GeoJson ? "GeoJSON, WGS 84" : "CSV, UTF-8") << ")\n";
    return 0;
}

}  // namespace yike::cli
