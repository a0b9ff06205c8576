// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/walk_cost.h"

#include <stdexcept>

namespace yike::network {

WalkCost::WalkCost(const StreetGraph& graph, const project::WalkProfile& profile,
                   const WalkCostOptions& options)
    : m_profile(profile), m_arcSeconds(graph.arcCount()) {
    if (!(profile.speedMps > 0.0) || !(profile.stairsFactor > 0.0))
        throw std::invalid_argument("walk profile needs a positive speed and stairs factor");
    const double secondsPerMetre = 1.0 / profile.speedMps;
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e) {
        const EdgeId edge(e);
        const WayFacts& facts = graph.facts(edge);
        double seconds = graph.length(edge).value() * secondsPerMetre;
        if (facts.steps) seconds *= profile.stairsFactor;
        if (facts.crossing == Crossing::Signals) seconds += profile.crossingDelayS;
        if (facts.footForbidden) seconds = kUnreachable;
        if (facts.gate) {
            const bool vehicleOnly = facts.gate->kind == project::GateKind::Vehicle;
            if ((vehicleOnly && !profile.vehicleGatesPassable)
                || (options.isGateOpen && !options.isGateOpen(facts.gate->gateId)))
                seconds = kUnreachable;
        }
        const auto value = static_cast<float>(seconds);
        m_arcSeconds[graph.edgeArc(edge, true).value()] = value;
        m_arcSeconds[graph.edgeArc(edge, false).value()] = value;
    }
}

}  // namespace yike::network
