// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "core/access/detail/radix_heap.h"
#include "core/network/street_graph.h"
#include "core/network/strong_types.h"
#include "core/network/walk_cost.h"

namespace yike::access {

/// Where a search starts: a node, a position on an edge (a snapped facility), or nothing (an
/// absent source, e.g. a facility that could not be snapped; it reaches nothing).
class SearchSource {
public:
    SearchSource() = default;
    static SearchSource atNode(network::NodeId node);
    /// @param offset metres along the edge from its first node, 0 .. length
    static SearchSource onEdge(network::EdgeId edge, network::Meters offset);
    static SearchSource at(const network::EdgePosition& position) {
        return onEdge(position.edge, position.offset);
    }

    bool isAbsent() const { return !m_node.isValid() && !m_edge.isValid(); }
    bool isNode() const { return m_node.isValid(); }
    bool isOnEdge() const { return m_edge.isValid(); }
    network::NodeId node() const { return m_node; }
    network::EdgeId edge() const { return m_edge; }
    network::Meters offset() const { return network::Meters(m_offsetM); }

    friend bool operator==(const SearchSource&, const SearchSource&) = default;

private:
    network::NodeId m_node;
    network::EdgeId m_edge;
    double m_offsetM = 0.0;
};

/// A node a source starts at, with the seconds it takes to get there.
struct Seed {
    network::NodeId node;
    float seconds = 0.0f;
};

/// The (at most two) seeds of a source.
struct SourceSeeds {
    std::array<Seed, 2> seeds;
    std::size_t count = 0;
};

/**
 * The seeds of a source: a node source starts at its node after 0 s. A source at offset o on an
 * edge of length L starts at the edge's first node after (o/L) of the backward arc's seconds and
 * at its second node after ((L-o)/L) of the forward arc's seconds; a closed (infinite) arc gives
 * no seed. Every search uses these numbers, so results agree to the last bit.
 * @pre the source's node or edge exists in the graph
 */
SourceSeeds sourceSeeds(const network::StreetGraph& graph, const network::WalkCost& costs,
                        const SearchSource& source);

/// A node reached by a search, with the seconds to get there.
struct ReachedNode {
    network::NodeId node;
    float seconds = 0.0f;

    friend bool operator==(const ReachedNode&, const ReachedNode&) = default;
};

/// The reached part [beginM, endM] of an edge that is only partly reached, in metres along
/// the edge from its first node.
struct ReachedSpan {
    network::EdgeId edge;
    float beginM = 0.0f;
    float endM = 0.0f;

    friend bool operator==(const ReachedSpan&, const ReachedSpan&) = default;
};

/**
 * A bounded multi-source Dijkstra search over a StreetGraph with one WalkCost, stepwise as
 * RoutingKit's Dijkstra: start(), addSource() for each source, then settleNext() settles one
 * node per call in order of increasing time, and the caller decides when to stop; run() settles
 * everything within the budget. Nodes farther than the budget are never queued, so a search
 * costs in proportion to what it reaches, not to the graph.
 *
 * Speed: the queue is a radix heap over the float bit patterns of the times (exact, monotone);
 * the labels carry a timestamp, so start() forgets the previous search in O(1) and one object
 * serves any number of searches. Arc costs come from the WalkCost array, indexed like the
 * graph's CSR arcs.
 *
 * A time is the sum of arc seconds along a path in path order, minimised over all paths, so
 * the same inputs always give the same bits. A node at exactly the budget is reached.
 *
 * Keeps references to the graph and the costs, which must outlive it. One object per thread.
 */
class ReachSearch {
public:
    static constexpr std::uint32_t kNoSource = std::numeric_limits<std::uint32_t>::max();

    /// @pre costs were computed for this graph
    ReachSearch(const network::StreetGraph& graph, const network::WalkCost& costs);

    /// Starts a new search with the given budget (seconds; may be +infinity).
    void start(network::Seconds budget);
    /// Adds a source; its index is the number of sources added before it since start().
    /// @pre no node settled since start()
    void addSource(const SearchSource& source);

    /// Settles the next node, or returns nothing when the search is finished.
    std::optional<ReachedNode> settleNext();
    /// True when no node within the budget is left to settle.
    bool isFinished();
    /// Settles every node within the budget. @return false when stopped by `cancel`
    bool run(const std::atomic<bool>* cancel = nullptr);

    network::Seconds budget() const { return network::Seconds(detail::secondsOfBudget(m_budget)); }
    /// True once the node has a time within the budget (final when it was settled).
    bool isReached(network::NodeId node) const { return m_labels[node.value()].stamp == m_stamp; }
    /// Seconds to the node, +infinity when not reached.
    network::Seconds timeTo(network::NodeId node) const;
    /// Index of the source the node's time comes from, kNoSource when not reached.
    std::uint32_t sourceOf(network::NodeId node) const;
    /// The settled nodes, in settle order (non-decreasing seconds).
    const std::vector<ReachedNode>& settled() const { return m_settled; }

    /**
     * The edges reached only in part, after the search finished: for each, the reached spans
     * from either end and around sources on it, merged, in metres from the edge's first node.
     * Every other edge with a reached end node is reached along its whole length. Reach along
     * an arc is proportional to its seconds: with r seconds left at the node, r / seconds of
     * the length.
     * @pre isFinished()
     */
    std::vector<ReachedSpan> partialEdges() const;

private:
    struct Label {
        float seconds;
        std::uint32_t stamp;
    };
    struct Boundary {
        std::uint32_t arc;  // arc that leaves the budget
        std::uint32_t tail;
    };

    void improve(std::uint32_t node, float seconds, std::uint32_t source);
    std::size_t settle(std::size_t limit);

    const network::StreetGraph* m_graph;
    const network::WalkCost* m_costs;
    const std::uint32_t* m_firstOut;
    const std::uint32_t* m_head;
    const float* m_arcSeconds;

    std::vector<Label> m_labels;
    std::vector<std::uint32_t> m_source;
    std::uint32_t m_stamp = 1;  // labels start at 0: nothing is reached before start()
    float m_budget = 0.0f;
    detail::RadixHeap m_heap;
    std::vector<ReachedNode> m_settled;
    std::vector<Boundary> m_boundary;
    std::vector<SearchSource> m_sources;
};

}  // namespace yike::access
