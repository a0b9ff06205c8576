// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/reach_sets.h"

#include "core/access/detail/parallel.h"

namespace yike::access {

ReachSetsResult reachSets(const network::StreetGraph& graph, const network::WalkCost& costs,
                          std::span<const SearchSource> sources, network::Seconds budget,
                          const RunControl& control, const ReachSetOptions& options) {
    ReachSetsResult result;
    result.sets.resize(sources.size());
    result.complete = detail::runParallel(sources.size(), control, [&] {
        return [&, search = ReachSearch(graph, costs)](std::size_t task) mutable {
            search.start(budget);
            search.addSource(sources[task]);
            if (!search.run(control.cancel)) return false;
            ReachSet& set = result.sets[task];
            set.nodes.assign(search.settled().begin(), search.settled().end());
            if (options.partialEdges) set.partialEdges = search.partialEdges();
            return true;
        };
    });
    return result;
}

}  // namespace yike::access
