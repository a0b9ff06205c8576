// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo/local_frame.h"
#include "core/geo/lon_lat.h"
#include "core/network/edge_facts.h"
#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "core/network/strong_types.h"

namespace yike::test {

/**
 * A StreetGraph drawn in ASCII, after Valhalla's gurka maps. Capital letters are nodes;
 * '-', '|', '\' and '/' join the two letters at the ends of a straight run along a row, a
 * column or a diagonal. Neighbouring characters are `gridM` metres apart, so
 *
 *     A---B        A-B is 40 m (four steps of 10 m), B-C 20 m (two rows).
 *         |
 *         C
 *
 * Each joined pair becomes one way with default facts (a footway) unless `facts` names it by
 * its end letters in either order ("AB" or "BA"). Lower-case letters are points that are not
 * nodes (a facility beside a street, a fence corner). The top-left character sits at `origin`;
 * x runs east and y north in metres.
 */
class AsciiNetwork {
public:
    static constexpr geo::LonLat kDefaultOrigin{8.6900, 49.4100};  // Heidelberg

    AsciiNetwork(std::string_view drawing, double gridM,
                 const std::map<std::string, network::WayFacts>& facts = {},
                 std::vector<network::Fence> fences = {}, geo::LonLat origin = kDefaultOrigin);

    const network::StreetGraph& graph() const { return m_graph; }
    const network::BuildStats& stats() const { return m_stats; }

    /// The node drawn as `letter`. Fails the test (throws) when there is none.
    network::NodeId node(char letter) const;
    /// The edge between two lettered nodes, e.g. edge("AB"); invalid when not joined.
    network::EdgeId edge(std::string_view ends) const;
    /// Where a letter (either case) was drawn.
    geo::LonLat position(char letter) const;
    /// A position `xM` east and `yM` north of the top-left character.
    geo::LonLat at(double xM, double yM) const { return m_frame.toLonLat({xM, yM}); }
    /// The ring through the given letters, e.g. ring("pqrs") for a fence.
    geo::Ring ring(std::string_view letters) const;
    /// The ways the drawing produced, e.g. to add to another builder.
    const std::vector<network::Way>& ways() const { return m_ways; }

private:
    geo::LocalFrame m_frame;
    std::map<char, geo::LonLat> m_positions;
    std::vector<network::Way> m_ways;
    network::StreetGraph m_graph;
    network::BuildStats m_stats;
};

}  // namespace yike::test
