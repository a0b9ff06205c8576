// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/nearest_times.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "core/access/detail/parallel.h"
#include "core/access/detail/prefetch.h"

namespace yike::access {

NearestTimes::NearestTimes(Deferred, const network::StreetGraph& graph,
                           const network::WalkCost& costs,
                           std::vector<std::vector<SearchSource>> sourcesByCategory,
                           network::Seconds budget, bool keepNearest)
    : m_graph(&graph),
      m_costs(&costs),
      m_budget(detail::budgetOf(budget.value())),
      m_sources(std::move(sourcesByCategory)),
      m_seconds(m_sources.size()),
      m_nearest(m_sources.size()),
      m_keepNearest(keepNearest) {
    if (costs.arcCount() != graph.arcCount())
        throw std::invalid_argument("walk costs were computed for another graph");
}

NearestTimes::NearestTimes(const network::StreetGraph& graph, const network::WalkCost& costs,
                           std::vector<std::vector<SearchSource>> sourcesByCategory,
                           network::Seconds budget, const RunControl& control)
    : NearestTimes(Deferred(), graph, costs, std::move(sourcesByCategory), budget) {
    NearestTimes* self = this;
    computeAll(std::span<NearestTimes* const>(&self, 1), control);
}

void NearestTimes::computeAll(std::span<NearestTimes* const> objects, const RunControl& control) {
    std::vector<std::pair<NearestTimes*, std::size_t>> tasks;
    for (NearestTimes* object : objects) {
        for (std::size_t c = 0; c < object->m_sources.size(); ++c) tasks.emplace_back(object, c);
    }
    const bool complete = detail::runParallel(tasks.size(), control, [&] {
        return [&, workspace = Workspace()](std::size_t task) mutable {
            return tasks[task].first->compute(tasks[task].second, workspace, control.cancel);
        };
    });
    for (NearestTimes* object : objects) object->finish(complete);
}

void NearestTimes::finish(bool complete) {
    m_complete = complete;
    if (complete) return;
    // A category stopped half way would look finished but be wrong: blank the lot.
    for (std::size_t c = 0; c < m_sources.size(); ++c) {
        m_seconds[c].assign(m_graph->nodeCount(), network::kUnreachable);
        if (m_keepNearest) m_nearest[c].assign(m_graph->nodeCount(), kNoSource);
    }
}

bool NearestTimes::compute(std::size_t category, Workspace& workspace,
                           const std::atomic<bool>* cancel) {
    // Filled here rather than before the searches start, so that the threads share the work
    // of touching the memory of the categories (4 or 8 MB each at a million nodes).
    if (workspace.spare.capacity() >= m_graph->nodeCount())
        m_seconds[category] = std::move(workspace.spare);
    m_seconds[category].assign(m_graph->nodeCount(), network::kUnreachable);
    if (m_keepNearest) m_nearest[category].assign(m_graph->nodeCount(), kNoSource);
    workspace.heap.clear();
    seedSources(category, workspace.heap);
    bool cancelled = false;
    expand(category, workspace.heap, cancel, &cancelled);
    return !cancelled;
}

void NearestTimes::release(std::size_t category, Workspace& workspace) {
    if (m_keepNearest) throw std::logic_error("release of times that may be repaired");
    workspace.spare = std::move(m_seconds[category]);
    m_seconds[category] = {};
}

void NearestTimes::seedSources(std::size_t category, detail::RadixHeap& heap) {
    float* seconds = m_seconds[category].data();
    std::uint32_t* nearest = m_keepNearest ? m_nearest[category].data() : nullptr;
    const std::vector<SearchSource>& sources = m_sources[category];
    for (std::size_t s = 0; s < sources.size(); ++s) {
        const SourceSeeds seeds = sourceSeeds(*m_graph, *m_costs, sources[s]);
        for (std::size_t i = 0; i < seeds.count; ++i) {
            const std::uint32_t node = seeds.seeds[i].node.value();
            const float t = seeds.seeds[i].seconds;
            if (t <= m_budget && t < seconds[node]) {
                seconds[node] = t;
                if (nearest) nearest[node] = static_cast<std::uint32_t>(s);
                heap.push(detail::keyOf(t), node);
            }
        }
    }
}

// The search itself: Dijkstra that only ever lowers times, writing straight into the result
// arrays (no copy, no clearing beyond the initial fill). Used for full computations and repairs.
// Without nearest sources kept, the loop is compiled without them.
std::size_t NearestTimes::expand(std::size_t category, detail::RadixHeap& heap,
                                 const std::atomic<bool>* cancel, bool* cancelled,
                                 std::vector<std::uint32_t>* settled) {
    return m_keepNearest ? expandWith<true>(category, heap, cancel, cancelled, settled)
                         : expandWith<false>(category, heap, cancel, cancelled, settled);
}

template <bool kNearest>
std::size_t NearestTimes::expandWith(std::size_t category, detail::RadixHeap& heap,
                                     const std::atomic<bool>* cancel, bool* cancelled,
                                     std::vector<std::uint32_t>* settled) {
    const std::uint32_t* firstOut = m_graph->firstOut().data();
    const std::uint32_t* head = m_graph->arcHeads().data();
    const float* arcSeconds = m_costs->arcSeconds().data();
    float* seconds = m_seconds[category].data();
    std::uint32_t* nearest = kNearest ? m_nearest[category].data() : nullptr;
    const float budget = m_budget;
    std::size_t settledCount = 0;
    while (!heap.empty()) {
        const detail::RadixHeap::Entry entry = heap.pop();
        const std::uint32_t u = entry.value;
        const float d = seconds[u];
        if (detail::keyOf(d) != entry.key) continue;
        if ((++settledCount & 1023u) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            *cancelled = true;
            return settledCount;
        }
        if (settled) settled->push_back(u);
        // The searches wait on memory more than they compute: while this node is expanded,
        // fetch what the next one will read (its time and source now, its arcs once its
        // firstOut entry has arrived).
        if (!heap.empty()) {
            const std::uint32_t next = heap.top().value;
            detail::prefetch(&seconds[next]);
            if constexpr (kNearest) detail::prefetch(&nearest[next]);
            detail::prefetch(&firstOut[next]);
        }
        const std::uint32_t source = kNearest ? nearest[u] : kNoSource;
        for (std::uint32_t a = firstOut[u], end = firstOut[u + 1]; a < end; ++a) {
            const float nd = d + arcSeconds[a];
            const std::uint32_t w = head[a];
            if (nd <= budget && nd < seconds[w]) {
                seconds[w] = nd;
                if constexpr (kNearest) nearest[w] = source;
                heap.push(detail::keyOf(nd), w);
            }
        }
        if (!heap.empty()) {
            const std::uint32_t next = heap.top().value;
            detail::prefetch(&head[firstOut[next]]);
            detail::prefetch(&arcSeconds[firstOut[next]]);
        }
    }
    return settledCount;
}

UpdateReport NearestTimes::moveSource(std::size_t category, std::size_t index,
                                      const SearchSource& to) {
    if (!m_complete) throw std::logic_error("moveSource on an incomplete computation");
    if (!m_keepNearest) throw std::logic_error("moveSource on times kept without their sources");
    if (category >= m_sources.size() || index >= m_sources[category].size())
        throw std::out_of_range("no such source");
    UpdateReport report;
    m_sources[category][index] = to;

    float* seconds = m_seconds[category].data();
    std::uint32_t* nearest = m_nearest[category].data();
    const auto moved = static_cast<std::uint32_t>(index);
    const std::size_t nodeCount = m_graph->nodeCount();

    // 1. Clear the nodes the old position served. Every other node keeps a time that some
    //    remaining source achieves along a real path, so it stays an upper bound that is tight.
    m_cleared.clear();
    for (std::uint32_t v = 0; v < nodeCount; ++v) {
        if (nearest[v] == moved) {
            m_cleared.push_back(v);
            seconds[v] = network::kUnreachable;
            nearest[v] = kNoSource;
        }
    }
    report.nodesCleared = m_cleared.size();

    // 2. Queue the served neighbours of the cleared nodes, so their times flow back in...
    m_heap.clear();
    const std::uint32_t* firstOut = m_graph->firstOut().data();
    const std::uint32_t* head = m_graph->arcHeads().data();
    for (const std::uint32_t v : m_cleared) {
        for (std::uint32_t a = firstOut[v], end = firstOut[v + 1]; a < end; ++a) {
            const std::uint32_t w = head[a];
            if (nearest[w] != kNoSource) m_heap.push(detail::keyOf(seconds[w]), w);
        }
    }
    // 3. ...with every source's seeds (a seed may lie in the cleared region), the new one too.
    seedSources(category, m_heap);

    // 4. Lower times until nothing improves. Only the cleared nodes and those settled here
    //    can have changed.
    m_changed.assign(m_cleared.begin(), m_cleared.end());
    bool cancelled = false;
    report.nodesSettled = expand(category, m_heap, nullptr, &cancelled, &m_changed);
    return report;
}

std::size_t NearestTimes::addSource(std::size_t category, const SearchSource& source) {
    if (category >= m_sources.size()) throw std::out_of_range("no such category");
    m_sources[category].push_back(SearchSource());
    const std::size_t index = m_sources[category].size() - 1;
    moveSource(category, index, source);
    return index;
}

}  // namespace yike::access
