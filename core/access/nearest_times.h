// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <utility>
#include <vector>

#include "core/access/detail/radix_heap.h"
#include "core/access/reach_search.h"
#include "core/access/run_control.h"
#include "core/network/street_graph.h"
#include "core/network/strong_types.h"
#include "core/network/walk_cost.h"
#include "core/platform/large_memory.h"

namespace yike::access {

/// What an incremental update touched.
struct UpdateReport {
    std::size_t nodesCleared = 0;  ///< nodes whose time came from the moved source
    std::size_t nodesSettled = 0;  ///< nodes the repair search settled
};

/**
 * For every category of facility, the time from every node to the nearest facility of that
 * category, within a budget: one multi-source search per category, seeded with all its
 * facilities (so 20 categories cost 20 bounded searches, whatever the number of facilities).
 * Categories run in parallel on the threads of RunControl. Also records, per node, which
 * source gave its time (nearestSource), so a map can explain "nearest clinic: No. 3".
 *
 * moveSource() updates one category after one facility moved (or was added or removed) without
 * redoing it: the nodes the old position served are cleared and refilled from their
 * neighbours, the other sources and the new position, and the new position improves what it
 * can. The result equals a full recomputation bit for bit; the work is proportional to the old
 * and new catchments, not to the graph.
 *
 * Keeps references to the graph and the costs, which must outlive it. Reading is thread-safe;
 * moveSource() must not run concurrently with anything else on the same object.
 */
class NearestTimes {
public:
    static constexpr std::uint32_t kNoSource = std::numeric_limits<std::uint32_t>::max();

    /**
     * Computes the times for all categories.
     * @param sourcesByCategory per category, its facilities as search sources (absent sources
     *        allowed; they keep their index)
     * @param budget seconds; nodes farther away get +infinity
     */
    NearestTimes(const network::StreetGraph& graph, const network::WalkCost& costs,
                 std::vector<std::vector<SearchSource>> sourcesByCategory, network::Seconds budget,
                 const RunControl& control = {});

    /// Tag of the constructor that does not compute.
    struct Deferred {};
    /**
     * Made but not computed yet: compute it, alone or with others, through computeAll().
     * @param keepNearest false: keep the times only, not which source gives each node its time
     *        (half the memory and less work); nearestSource() then says kNoSource and
     *        moveSource() cannot be used
     */
    NearestTimes(Deferred, const network::StreetGraph& graph, const network::WalkCost& costs,
                 std::vector<std::vector<SearchSource>> sourcesByCategory, network::Seconds budget,
                 bool keepNearest = true);

    /**
     * Computes several objects at once (say, one per walk profile), all their (object,
     * category) searches sharing one pool of threads, so that no thread idles while another
     * finishes the last category of one object. Cancelled: every object is incomplete.
     */
    static void computeAll(std::span<NearestTimes* const> objects, const RunControl& control = {});

    /// @name Scheduling the searches oneself
    /// What computeAll() does, for a caller that interleaves the searches with other work:
    /// compute() every category of a Deferred object, on any threads (each with its own
    /// workspace), then finish() once.
    /// @{
    /// What one thread's searches reuse: the queue, and memory released by release().
    struct Workspace {
        detail::RadixHeap heap;
        std::vector<float, platform::LargeArrayAllocator<float>> spare;
    };
    /// Computes one category. @return false when stopped by `cancel`
    bool compute(std::size_t category, Workspace& workspace, const std::atomic<bool>* cancel);
    /// The caller has read the category's times and needs them no more: their memory goes to
    /// `workspace`, for that thread's next compute() (an analysis that is only read keeps a
    /// few categories' memory instead of all). seconds(category) is then empty.
    /// @pre the sources are not kept (moveSource() could not repair the category)
    void release(std::size_t category, Workspace& workspace);
    /// Every category was computed (complete), or the work was abandoned: then every category
    /// is blanked to +infinity, as a cancelled computeAll() leaves it.
    void finish(bool complete);
    /// @}

    /// False when the computation was cancelled; then unfinished categories are all +infinity
    /// and moveSource() must not be called.
    bool isComplete() const { return m_complete; }
    std::size_t categoryCount() const { return m_seconds.size(); }
    network::Seconds budget() const { return network::Seconds(detail::secondsOfBudget(m_budget)); }
    const network::WalkCost& costs() const { return *m_costs; }

    /// Seconds from each node (indexed by NodeId value) to the nearest source of the category;
    /// +infinity beyond the budget. Empty once released.
    std::span<const float> seconds(std::size_t category) const { return m_seconds[category]; }
    /// Index of the source that gives the node its time; kNoSource when beyond the budget (or
    /// when the sources were not kept).
    std::uint32_t nearestSource(std::size_t category, network::NodeId node) const {
        return m_keepNearest ? m_nearest[category][node.value()] : kNoSource;
    }
    const std::vector<SearchSource>& sources(std::size_t category) const {
        return m_sources[category];
    }

    /// Moves source `index` of `category` to `to` (an absent source removes it) and repairs the
    /// times. @pre isComplete()
    UpdateReport moveSource(std::size_t category, std::size_t index, const SearchSource& to);
    /// Appends a source to the category; returns its index.
    std::size_t addSource(std::size_t category, const SearchSource& source);
    /// Makes the source absent; indices of the others do not change.
    UpdateReport removeSource(std::size_t category, std::size_t index) {
        return moveSource(category, index, SearchSource());
    }
    /// The nodes whose time or nearest source the last moveSource(), addSource() or
    /// removeSource() may have changed: those it cleared and those its repair settled (a
    /// superset of the changed ones, possibly with repeats). Every other node of that category
    /// kept its time and source. Valid until the next update.
    std::span<const std::uint32_t> lastChangedNodes() const { return m_changed; }

private:
    void seedSources(std::size_t category, detail::RadixHeap& heap);
    /// Settles the heap; records each node it settles in `settled` when given.
    std::size_t expand(std::size_t category, detail::RadixHeap& heap,
                       const std::atomic<bool>* cancel, bool* cancelled,
                       std::vector<std::uint32_t>* settled = nullptr);
    template <bool kNearest>
    std::size_t expandWith(std::size_t category, detail::RadixHeap& heap,
                           const std::atomic<bool>* cancel, bool* cancelled,
                           std::vector<std::uint32_t>* settled);

    const network::StreetGraph* m_graph;
    const network::WalkCost* m_costs;
    float m_budget;
    std::vector<std::vector<SearchSource>> m_sources;
    // Per category, per node; read in the searches' random order, so kept in huge pages.
    std::vector<std::vector<float, platform::LargeArrayAllocator<float>>> m_seconds;
    std::vector<std::vector<std::uint32_t, platform::LargeArrayAllocator<std::uint32_t>>> m_nearest;
    bool m_keepNearest = true;
    bool m_complete = false;
    detail::RadixHeap m_heap;              // workspace of moveSource
    std::vector<std::uint32_t> m_cleared;  // workspace of moveSource
    std::vector<std::uint32_t> m_changed;  // see lastChangedNodes()
};

/// Shorthand for the NearestTimes constructor: per category, seconds from every node to the
/// nearest of its sources within the budget.
inline NearestTimes nearestTimes(const network::StreetGraph& graph, const network::WalkCost& costs,
                                 std::vector<std::vector<SearchSource>> sourcesByCategory,
                                 network::Seconds budget, const RunControl& control = {}) {
    return NearestTimes(graph, costs, std::move(sourcesByCategory), budget, control);
}

}  // namespace yike::access
