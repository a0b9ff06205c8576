// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <locale>
#include <sstream>
#include <string>
#include <system_error>

#include "app/cli/commands.h"
#include "core/catalog/table_text.h"
#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "core/network/walk_cost.h"
#include "core/platform/utf8_path.h"
#include "core/project/project.h"
#include "core/project/project_file.h"

namespace yike::cli {
namespace {

const char* crossingCode(network::Crossing crossing) {
    switch (crossing) {
        case network::Crossing::None:
            return "none";
        case network::Crossing::Unmarked:
            return "unmarked";
        case network::Crossing::Marked:
            return "marked";
        case network::Crossing::Signals:
            return "signals";
    }
    return "unknown";
}


/// Seconds of an arc, or an empty field when it cannot be walked.
std::string secondsField(network::Seconds seconds) {
    return std::isfinite(seconds.value()) ? catalog::fixedNumber(seconds.value(), 3) : std::string();
}

std::string wkt(std::span<const geo::LonLat> points) {
    std::string text = "LINESTRING(";
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0) text += ", ";
        text += catalog::fixedNumber(points[i].lon, 7) + ' ' + catalog::fixedNumber(points[i].lat, 7);
    }
    return text + ')';
}

std::ofstream openCsv(const std::filesystem::path& path) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) throw CommandError("cannot write '" + platform::utf8FromPath(path) + "'");
    file.imbue(std::locale::classic());
    return file;
}

void closeCsv(std::ofstream& file, const std::filesystem::path& path) {
    file.close();
    if (!file) throw CommandError("cannot write '" + platform::utf8FromPath(path) + "'");
}

}  // namespace

int runExportGraph(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT"});
    const std::string& file = args.positionals().front();
    const std::filesystem::path dir = platform::pathFromUtf8(args.required("--out"));
    const std::string profileCode = profileOption(args);

    const auto opened = project::ProjectFile::open(platform::pathFromUtf8(file),
                                                   project::ProjectFile::Mode::ReadOnly);
    const project::Project project = opened->load();
    const project::WalkProfile* profile = &requireProfile(project, profileCode);

    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error || !std::filesystem::is_directory(dir))
        throw CommandError("cannot create the directory '" + platform::utf8FromPath(dir) + "'");

    const network::StreetGraph graph = network::buildFromProject(project);
    const network::WalkCost costs(graph, *profile);

    const std::filesystem::path nodesPath = dir / "nodes.csv";
    std::ofstream nodes = openCsv(nodesPath);
    nodes << "node_id,lon,lat,component\r\n";
    for (std::uint32_t n = 0; n < graph.nodeCount(); ++n) {
        const network::NodeId node(n);
        const geo::LonLat p = graph.lonLat(node);
        nodes << n << ',' << catalog::fixedNumber(p.lon, 7) << ',' << catalog::fixedNumber(p.lat, 7) << ','
              << graph.component(node) << "\r\n";
    }
    closeCsv(nodes, nodesPath);

    const std::filesystem::path edgesPath = dir / "edges.csv";
    std::ofstream edges = openCsv(edgesPath);
    edges << "edge_id,from_node,to_node,length_m,kind,steps,crossing,gate_id,seconds_forward,"
             "seconds_backward,wkt\r\n";
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e) {
        const network::EdgeId edge(e);
        const network::WayFacts& facts = graph.facts(edge);
        edges << e << ',' << graph.edgeFirst(edge).value() << ',' << graph.edgeSecond(edge).value()
              << ',' << catalog::fixedNumber(graph.length(edge).value(), 3) << ','
              << catalog::csvField(network::toCode(facts.kind)) << ',' << (facts.steps ? 1 : 0) << ','
              << crossingCode(facts.crossing) << ','
              << (facts.gate ? std::to_string(facts.gate->gateId) : std::string()) << ','
              << secondsField(costs.seconds(graph.edgeArc(edge, true))) << ','
              << secondsField(costs.seconds(graph.edgeArc(edge, false))) << ','
              << catalog::csvField(wkt(graph.geometry(edge))) << "\r\n";
    }
    closeCsv(edges, edgesPath);

    out << "Exported " << graph.nodeCount() << " nodes, " << graph.edgeCount() << " edges, "
        << graph.componentCount() << " components (walk profile " << profile->code << ") to "
        << platform::utf8FromPath(dir) << '\n';
    if (mentionsOpenStreetMap(project.metadataValue(project::meta::kAttribution)))
        out << "Map data © OpenStreetMap contributors\n";
    return 0;
}

}  // namespace yike::cli
