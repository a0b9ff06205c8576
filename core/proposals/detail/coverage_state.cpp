// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/proposals/detail/coverage_state.h"

#include <algorithm>
#include <compare>

namespace yike::proposals::detail {

Index::Index(const Instance& in)
    : spaceOf(in.options.size()), area(in.options.size()), bySpace(in.spaces.size()) {
    for (std::uint32_t o = 0; o < in.options.size(); ++o) {
        spaceOf[o] = in.options[o].space;
        area[o] = in.categories[in.options[o].category].minAreaM2;
        bySpace[in.options[o].space].push_back(o);
    }
    // The options covering each element, then the elements in the order of those lists, so
    // that elements with the same list are neighbours. Elements of no weight are left out:
    // covering them is worth nothing, and the search counts on every group weighing something.
    Rows byElement;
    byElement.first.assign(in.elements.size() + 1, 0);
    for (const Option& o : in.options)
        for (const std::uint32_t e : o.elements) ++byElement.first[e + 1];
    for (std::size_t e = 0; e < in.elements.size(); ++e)
        byElement.first[e + 1] += byElement.first[e];
    byElement.items.resize(byElement.first.back());
    std::vector<std::uint32_t> next(byElement.first.begin(), byElement.first.end() - 1);
    for (std::uint32_t o = 0; o < in.options.size(); ++o)
        for (const std::uint32_t e : in.options[o].elements) byElement.items[next[e]++] = o;
    std::vector<std::uint32_t> order;
    for (std::uint32_t e = 0; e < in.elements.size(); ++e)
        if (!byElement[e].empty() && in.elements[e].weight > 0.0) order.push_back(e);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto ca = byElement[a];
        const auto cb = byElement[b];
        const auto c =
            std::lexicographical_compare_three_way(ca.begin(), ca.end(), cb.begin(), cb.end());
        return c < 0 || (c == 0 && a < b);
    });
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto options = byElement[order[i]];
        if (i == 0 || !std::ranges::equal(options, byElement[order[i - 1]])) {
            coverers.items.insert(coverers.items.end(), options.begin(), options.end());
            coverers.first.push_back(std::uint32_t(coverers.items.size()));
            weight.push_back(0.0);
        }
        weight.back() += in.elements[order[i]].weight;
    }
    groupsOf.first.assign(in.options.size() + 1, 0);
    for (const std::uint32_t o : coverers.items) ++groupsOf.first[o + 1];
    for (std::size_t o = 0; o < in.options.size(); ++o) groupsOf.first[o + 1] += groupsOf.first[o];
    groupsOf.items.resize(groupsOf.first.back());
    next.assign(groupsOf.first.begin(), groupsOf.first.end() - 1);
    for (std::uint32_t g = 0; g < weight.size(); ++g)
        for (const std::uint32_t o : coverers[g]) groupsOf.items[next[o]++] = g;
}

State::State(const Instance& in, const Index& index)
    : m_in(&in),
      m_index(&index),
      m_count(index.weight.size(), 0),
      m_chosen(in.options.size(), 0),
      m_gain(in.options.size()),
      m_area(in.spaces.size(), 0.0),
      m_perSpace(in.spaces.size(), 0),
      m_pack(in.spaces.size()),
      m_stale(in.spaces.size(), 1) {
    for (std::uint32_t o = 0; o < in.options.size(); ++o) {
        for (const std::uint32_t g : index.groupsOf[o]) m_gain[o].gain += index.weight[g];
        m_gain[o].open = std::uint32_t(index.groupsOf[o].size());
        m_gain[o].space = index.spaceOf[o];
    }
}

std::vector<std::uint32_t> State::chosen() const {
    std::vector<std::uint32_t> out;
    for (std::uint32_t o = 0; o < m_chosen.size(); ++o)
        if (m_chosen[o]) out.push_back(o);
    return out;
}

bool State::canAdd(std::uint32_t o) const {
    if (m_chosen[o]) return false;
    const std::uint32_t space = m_index->spaceOf[o];
    if (m_area[space] + m_index->area[o] > m_in->spaces[space].space.floorAreaM2 + 1e-6)
        return false;
    return spaceUsed(space) || canOpen(space);
}

bool State::canOpen(std::uint32_t space) const {
    if (spaceUsed(space)) return false;
    if (m_in->budgetYuan && m_cost + m_in->costOf(space) > *m_in->budgetYuan + 1e-6) return false;
    if (m_in->maxSpaces && m_spaces + 1 > *m_in->maxSpaces) return false;
    return true;
}

bool State::canOpenInstead(std::uint32_t x, std::uint32_t y) const {
    if (spaceUsed(y)) return false;
    return !m_in->budgetYuan
           || m_cost - m_in->costOf(x) + m_in->costOf(y) <= *m_in->budgetYuan + 1e-6;
}

bool State::canSwap(std::uint32_t x, std::uint32_t y) const {
    if (m_chosen[y]) return false;
    const std::uint32_t out = m_index->spaceOf[x];
    const std::uint32_t space = m_index->spaceOf[y];
    const double area = m_area[space] + m_index->area[y] - (space == out ? m_index->area[x] : 0.0);
    if (area > m_in->spaces[space].space.floorAreaM2 + 1e-6) return false;
    if (space == out || spaceUsed(space)) return true;
    // y opens a space; x's closes when x is all it holds.
    const bool closes = m_perSpace[out] == 1;
    const double cost = m_cost + m_in->costOf(space) - (closes ? m_in->costOf(out) : 0.0);
    if (m_in->budgetYuan && cost > *m_in->budgetYuan + 1e-6) return false;
    if (m_in->maxSpaces && m_spaces + (closes ? 0 : 1) > *m_in->maxSpaces) return false;
    return true;
}

void State::add(std::uint32_t o) {
    m_chosen[o] = 1;
    for (const std::uint32_t g : m_index->groupsOf[o])
        if (m_count[g]++ == 0) {
            m_objective += m_index->weight[g];
            flip(g, -1);
        }
    const std::uint32_t space = m_index->spaceOf[o];
    if (m_perSpace[space]++ == 0) {
        m_cost += m_in->costOf(space);
        ++m_spaces;
    }
    m_area[space] += m_index->area[o];
    m_stale[space] = 1;
}

void State::remove(std::uint32_t o) {
    m_chosen[o] = 0;
    for (const std::uint32_t g : m_index->groupsOf[o])
        if (--m_count[g] == 0) {
            m_objective -= m_index->weight[g];
            flip(g, 1);
        }
    const std::uint32_t space = m_index->spaceOf[o];
    if (--m_perSpace[space] == 0) {
        m_cost -= m_in->costOf(space);
        --m_spaces;
    }
    m_area[space] -= m_index->area[o];
    m_stale[space] = 1;
}

/// The group became covered (sign -1) or uncovered (+1), which changes the gain of every
/// option covering it. A gain with nothing left to cover is set to exactly 0, so that rounding
/// never leaves a covered option a crumb of gain.
void State::flip(std::uint32_t group, int sign) {
    const double weight = sign * m_index->weight[group];
    for (const std::uint32_t y : m_index->coverers[group]) {
        Gain& gain = m_gain[y];
        gain.open += std::uint32_t(sign);
        gain.gain = gain.open == 0 ? 0.0 : gain.gain + weight;
        m_stale[gain.space] = 1;
    }
}

const Pack& State::pack(std::uint32_t space) {
    if (m_stale[space]) {
        m_pack[space] = packOf(space, nullptr);
        m_stale[space] = 0;
    }
    return m_pack[space];
}

Pack State::packWith(std::uint32_t space, const std::vector<double>& extra) const {
    return packOf(space, &extra);
}

Pack State::packOf(std::uint32_t space, const std::vector<double>* extra) const {
    struct Candidate {
        double gain;
        double perArea;
        std::uint32_t option;
    };
    std::vector<Candidate> candidates;
    double area = 0.0;
    for (const std::uint32_t o : m_index->bySpace[space]) {
        const double gain = m_gain[o].gain + (extra ? (*extra)[o] : 0.0);
        if (m_chosen[o] || !(gain > kTolerance)) continue;
        candidates.push_back({gain, gain / std::max(m_index->area[o], 1e-9), o});
        area += m_index->area[o];
    }
    Pack best;
    const double floor = m_in->spaces[space].space.floorAreaM2 + 1e-6;
    if (area <= floor) {
        for (const Candidate& c : candidates) {
            best.gain += c.gain;
            best.options.push_back(c.option);
        }
        return best;
    }
    // Two orders, the better kept: by gain (one large service) and by gain per m² (several
    // small ones).
    for (const double Candidate::*key : {&Candidate::gain, &Candidate::perArea}) {
        std::sort(candidates.begin(), candidates.end(),
                  [&](const Candidate& a, const Candidate& b) {
                      return a.*key > b.*key || (a.*key == b.*key && a.option < b.option);
                  });
        Pack p;
        double room = floor;
        for (const Candidate& c : candidates) {
            if (m_index->area[c.option] > room) continue;
            room -= m_index->area[c.option];
            p.gain += c.gain;
            p.options.push_back(c.option);
        }
        if (p.gain > best.gain + kTolerance) best = std::move(p);
    }
    return best;
}

}  // namespace yike::proposals::detail
