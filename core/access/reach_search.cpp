// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/reach_search.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace yike::access {

using network::EdgeId;
using network::NodeId;

SearchSource SearchSource::atNode(NodeId node) {
    SearchSource source;
    source.m_node = node;
    return source;
}

SearchSource SearchSource::onEdge(EdgeId edge, network::Meters offset) {
    SearchSource source;
    source.m_edge = edge;
    source.m_offsetM = offset.value();
    return source;
}

namespace {

/// Seconds for the given fraction of an arc; exact at both ends, +infinity stays infinite.
float partOfArc(float arcSeconds, double fraction) {
    if (fraction <= 0.0) return 0.0f;
    if (fraction >= 1.0) return arcSeconds;
    return static_cast<float>(fraction * double(arcSeconds));
}

}  // namespace

SourceSeeds sourceSeeds(const network::StreetGraph& graph, const network::WalkCost& costs,
                        const SearchSource& source) {
    SourceSeeds out;
    if (source.isNode()) {
        if (source.node().value() >= graph.nodeCount())
            throw std::out_of_range("source node not in graph");
        out.seeds[out.count++] = {source.node(), 0.0f};
    } else if (source.isOnEdge()) {
        const EdgeId edge = source.edge();
        if (edge.value() >= graph.edgeCount()) throw std::out_of_range("source edge not in graph");
        const double length = graph.length(edge).value();
        const double toFirst =
            length > 0.0 ? std::clamp(source.offset().value() / length, 0.0, 1.0) : 0.0;
        const float backward = costs.arcSeconds()[graph.edgeArc(edge, false).value()];
        const float forward = costs.arcSeconds()[graph.edgeArc(edge, true).value()];
        const float first = partOfArc(backward, toFirst);
        const float second = partOfArc(forward, 1.0 - toFirst);
        if (first != network::kUnreachable) out.seeds[out.count++] = {graph.edgeFirst(edge), first};
        if (second != network::kUnreachable)
            out.seeds[out.count++] = {graph.edgeSecond(edge), second};
    }
    return out;
}

ReachSearch::ReachSearch(const network::StreetGraph& graph, const network::WalkCost& costs)
    : m_graph(&graph),
      m_costs(&costs),
      m_firstOut(graph.firstOut().data()),
      m_head(graph.arcHeads().data()),
      m_arcSeconds(costs.arcSeconds().data()),
      m_labels(graph.nodeCount(), Label{0.0f, 0}),
      m_source(graph.nodeCount(), kNoSource) {
    if (costs.arcCount() != graph.arcCount())
        throw std::invalid_argument("walk costs were computed for another graph");
}

void ReachSearch::start(network::Seconds budget) {
    if (++m_stamp == 0) {  // the stamp wrapped: forget every label once
        std::fill(m_labels.begin(), m_labels.end(), Label{0.0f, 0});
        m_stamp = 1;
    }
    m_budget = detail::budgetOf(budget.value());
    m_heap.clear();
    m_settled.clear();
    m_boundary.clear();
    m_sources.clear();
}

void ReachSearch::addSource(const SearchSource& source) {
    if (!m_settled.empty()) throw std::logic_error("sources must be added before the first settle");
    const auto index = static_cast<std::uint32_t>(m_sources.size());
    m_sources.push_back(source);
    const SourceSeeds seeds = sourceSeeds(*m_graph, *m_costs, source);
    for (std::size_t i = 0; i < seeds.count; ++i)
        improve(seeds.seeds[i].node.value(), seeds.seeds[i].seconds, index);
}

void ReachSearch::improve(std::uint32_t node, float seconds, std::uint32_t source) {
    if (!(seconds <= m_budget)) return;
    Label& label = m_labels[node];
    if (label.stamp == m_stamp && !(seconds < label.seconds)) return;
    label = {seconds, m_stamp};
    m_source[node] = source;
    m_heap.push(detail::keyOf(seconds), node);
}

std::optional<ReachedNode> ReachSearch::settleNext() {
    if (settle(1) == 0) return std::nullopt;
    return m_settled.back();
}

// The search loop: settles up to `limit` nodes and returns how many it settled. Everything the
// loop touches is held in locals, so stores into the label and heap arrays do not make the
// compiler reload them on every arc.
std::size_t ReachSearch::settle(std::size_t limit) {
    const std::uint32_t* const firstOut = m_firstOut;
    const std::uint32_t* const head = m_head;
    const float* const arcSeconds = m_arcSeconds;
    Label* const labels = m_labels.data();
    std::uint32_t* const sourceOf = m_source.data();
    const std::uint32_t stamp = m_stamp;
    const float budget = m_budget;
    detail::RadixHeap& heap = m_heap;
    std::size_t count = 0;
    while (count < limit && !heap.empty()) {
        const detail::RadixHeap::Entry entry = heap.pop();
        const std::uint32_t u = entry.value;
        const float d = labels[u].seconds;
        if (detail::keyOf(d) != entry.key) continue;  // superseded by a shorter time
        m_settled.push_back({NodeId(u), d});
        ++count;
        const std::uint32_t source = sourceOf[u];
        for (std::uint32_t a = firstOut[u], end = firstOut[u + 1]; a < end; ++a) {
            const float nd = d + arcSeconds[a];
            if (nd <= budget) {
                const std::uint32_t w = head[a];
                Label& label = labels[w];
                if (label.stamp != stamp || nd < label.seconds) {
                    label = {nd, stamp};
                    sourceOf[w] = source;
                    heap.push(detail::keyOf(nd), w);
                }
            } else {
                m_boundary.push_back({a, u});
            }
        }
    }
    return count;
}

bool ReachSearch::isFinished() {
    while (!m_heap.empty()) {
        const detail::RadixHeap::Entry& top = m_heap.top();
        if (detail::keyOf(m_labels[top.value].seconds) == top.key) return false;
        m_heap.pop();
    }
    return true;
}

bool ReachSearch::run(const std::atomic<bool>* cancel) {
    if (!cancel) {
        settle(std::numeric_limits<std::size_t>::max());
        return true;
    }
    while (settle(1024) == 1024) {
        if (cancel->load(std::memory_order_relaxed)) return isFinished();
    }
    return true;
}

network::Seconds ReachSearch::timeTo(NodeId node) const {
    const Label& label = m_labels[node.value()];
    return network::Seconds(label.stamp == m_stamp ? double(label.seconds)
                                                   : double(network::kUnreachable));
}

std::uint32_t ReachSearch::sourceOf(NodeId node) const {
    return isReached(node) ? m_source[node.value()] : kNoSource;
}

std::vector<ReachedSpan> ReachSearch::partialEdges() const {
    const network::StreetGraph& graph = *m_graph;
    auto reached = [&](std::uint32_t node) { return m_labels[node].stamp == m_stamp; };
    // Whole when some end node can walk the full edge within the budget.
    auto isWhole = [&](EdgeId edge) {
        const std::uint32_t first = graph.edgeFirst(edge).value();
        const std::uint32_t second = graph.edgeSecond(edge).value();
        const float forward = m_arcSeconds[graph.edgeArc(edge, true).value()];
        const float backward = m_arcSeconds[graph.edgeArc(edge, false).value()];
        return (reached(first) && m_labels[first].seconds + forward <= m_budget)
               || (reached(second) && m_labels[second].seconds + backward <= m_budget);
    };
    // Metres walkable along an arc with `left` seconds.
    auto reachAlong = [](double length, float arcSeconds, double left) {
        if (arcSeconds == network::kUnreachable || left <= 0.0) return 0.0;
        if (arcSeconds <= 0.0f) return length;
        return std::min(length, left / double(arcSeconds) * length);
    };

    std::vector<ReachedSpan> spans;
    for (const Boundary& b : m_boundary) {
        const network::ArcId arc(b.arc);
        const EdgeId edge = graph.arcEdge(arc);
        if (isWhole(edge)) continue;
        const double length = graph.length(edge).value();
        const double along = reachAlong(length, m_arcSeconds[b.arc],
                                        double(m_budget) - double(m_labels[b.tail].seconds));
        if (graph.arcIsForward(arc))
            spans.push_back({edge, 0.0f, float(along)});
        else
            spans.push_back({edge, float(length - along), float(length)});
    }
    for (const SearchSource& source : m_sources) {
        if (!source.isOnEdge() || isWhole(source.edge())) continue;
        const EdgeId edge = source.edge();
        const double length = graph.length(edge).value();
        const double offset = std::clamp(source.offset().value(), 0.0, length);
        const double ahead =
            reachAlong(length, m_arcSeconds[graph.edgeArc(edge, true).value()], m_budget);
        const double behind =
            reachAlong(length, m_arcSeconds[graph.edgeArc(edge, false).value()], m_budget);
        spans.push_back(
            {edge, float(std::max(0.0, offset - behind)), float(std::min(length, offset + ahead))});
    }

    // Merge overlapping spans per edge; drop edges the spans cover completely.
    std::sort(spans.begin(), spans.end(), [](const ReachedSpan& a, const ReachedSpan& b) {
        return a.edge != b.edge ? a.edge < b.edge : a.beginM < b.beginM;
    });
    std::vector<ReachedSpan> merged;
    std::size_t i = 0;
    while (i < spans.size()) {
        const EdgeId edge = spans[i].edge;
        const std::size_t first = merged.size();
        for (; i < spans.size() && spans[i].edge == edge; ++i) {
            if (merged.size() > first && spans[i].beginM <= merged.back().endM)
                merged.back().endM = std::max(merged.back().endM, spans[i].endM);
            else
                merged.push_back(spans[i]);
        }
        const auto length = static_cast<float>(graph.length(edge).value());
        if (merged.size() == first + 1 && merged[first].beginM <= 0.0f
            && merged[first].endM >= length)
            merged.pop_back();
    }
    return merged;
}

}  // namespace yike::access
