// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ascii_network.h"

#include <cctype>
#include <stdexcept>

namespace yike::test {
namespace {

std::vector<std::string> splitLines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        lines.emplace_back(
            text.substr(start, end == std::string_view::npos ? text.size() - start : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    if (!lines.empty() && lines.front().find_first_not_of(' ') == std::string::npos)
        lines.erase(lines.begin());
    return lines;
}

bool isNodeLetter(char c) {
    return std::isupper(static_cast<unsigned char>(c)) != 0;
}

}  // namespace

AsciiNetwork::AsciiNetwork(std::string_view drawing, double gridM,
                           const std::map<std::string, network::WayFacts>& facts,
                           std::vector<network::Fence> fences, geo::LonLat origin)
    : m_frame(origin) {
    const std::vector<std::string> rows = splitLines(drawing);
    auto charAt = [&](long r, long c) -> char {
        if (r < 0 || c < 0 || r >= long(rows.size()) || c >= long(rows[std::size_t(r)].size()))
            return ' ';
        return rows[std::size_t(r)][std::size_t(c)];
    };
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const char ch = rows[r][c];
            if (std::isalpha(static_cast<unsigned char>(ch)) == 0) continue;
            if (m_positions.count(ch))
                throw std::invalid_argument(std::string("letter drawn twice: ") + ch);
            m_positions[ch] = m_frame.toLonLat({double(c) * gridM, -double(r) * gridM});
        }
    }

    struct Direction {
        long dr;
        long dc;
        char connector;
    };
    constexpr Direction kDirections[] = {{0, 1, '-'}, {1, 0, '|'}, {1, 1, '\\'}, {1, -1, '/'}};
    for (long r = 0; r < long(rows.size()); ++r) {
        for (long c = 0; c < long(rows[std::size_t(r)].size()); ++c) {
            const char from = charAt(r, c);
            if (!isNodeLetter(from)) continue;
            for (const Direction& d : kDirections) {
                long rr = r + d.dr;
                long cc = c + d.dc;
                long steps = 0;
                while (charAt(rr, cc) == d.connector) {
                    rr += d.dr;
                    cc += d.dc;
                    ++steps;
                }
                const char to = charAt(rr, cc);
                if (steps == 0 || !isNodeLetter(to)) continue;
                network::WayFacts wayFacts;
                wayFacts.kind = network::WayKind::Footway;
                if (auto it = facts.find(std::string{from, to}); it != facts.end())
                    wayFacts = it->second;
                else if (auto back = facts.find(std::string{to, from}); back != facts.end())
                    wayFacts = back->second;
                m_ways.push_back({{m_positions.at(from), m_positions.at(to)},
                                  wayFacts,
                                  project::FeatureId(m_ways.size() + 1)});
            }
        }
    }

    network::GraphBuilder builder;
    builder.setFrameOrigin(origin);
    for (const network::Way& way : m_ways) builder.addWay(way);
    for (network::Fence& fence : fences) builder.addFence(std::move(fence));
    m_graph = builder.build();
    m_stats = builder.stats();
}

network::NodeId AsciiNetwork::node(char letter) const {
    const network::NodeId id = m_graph.findNode(position(letter));
    if (!id.isValid()) throw std::invalid_argument(std::string("no node drawn as ") + letter);
    return id;
}

network::EdgeId AsciiNetwork::edge(std::string_view ends) const {
    if (ends.size() != 2) throw std::invalid_argument("an edge is named by two letters");
    return m_graph.findEdge(node(ends[0]), node(ends[1]));
}

geo::LonLat AsciiNetwork::position(char letter) const {
    const auto it = m_positions.find(letter);
    if (it == m_positions.end())
        throw std::invalid_argument(std::string("letter not drawn: ") + letter);
    return it->second;
}

geo::Ring AsciiNetwork::ring(std::string_view letters) const {
    geo::Ring out;
    for (const char letter : letters) out.push_back(position(letter));
    return out;
}

}  // namespace yike::test
