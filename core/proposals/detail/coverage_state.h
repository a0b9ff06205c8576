// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/proposals/proposal.h"

/// The heuristic's bookkeeping, apart from the search so that tests can hold it to a count
/// from scratch.
namespace yike::proposals::detail {

/// Gains at or below this are none: what rounding leaves of a sum and its parts.
inline constexpr double kTolerance = 1e-9;

/// One list of indices per row, stored flat (compressed sparse rows).
struct Rows {
    std::vector<std::uint32_t> first{0};
    std::vector<std::uint32_t> items;

    std::span<const std::uint32_t> operator[](std::size_t row) const {
        return {items.data() + first[row], items.data() + first[row + 1]};
    }
};

/**
 * The instance as the search sees it, built once. Elements covered by the same options are
 * covered or uncovered together, so they are merged into one group with their weights summed:
 * in a city the nearby homes of a cohort reach the same spaces, and there are several times
 * fewer groups than elements and fewer links between groups and options (Honolulu with 1,000
 * spaces: 262,000 elements and 4.0 million links, 50,000 groups and 1.2 million links). A
 * group is of one category, as the options covering it are.
 */
struct Index {
    std::vector<double> weight;          ///< per group
    Rows coverers;                       ///< per group: the options covering it, ascending
    Rows groupsOf;                       ///< per option: the groups it covers, ascending
    std::vector<std::uint32_t> spaceOf;  ///< per option
    std::vector<double> area;            ///< per option: its category's minimum
    std::vector<std::vector<std::uint32_t>> bySpace;  ///< per space: its options

    explicit Index(const Instance& in);
};

/// A set of a space's options that fits its floor area, picked greedily by gain and by gain per
/// m², the better kept (the categories of one space cover disjoint groups, so their gains add
/// up).
struct Pack {
    double gain = 0.0;
    std::vector<std::uint32_t> options;
};

/**
 * A solution under construction, with what the constraints need to know and every option's
 * marginal gain. The gains are kept up to date as groups become covered or uncovered, which
 * touches only the options covering those groups: every step of the search asks for gains,
 * and summing them afresh from the elements took nearly all its time. Each space's pack is
 * kept likewise, and packed again only when a gain in the space changed.
 */
class State {
public:
    State(const Instance& in, const Index& index);

    bool isChosen(std::uint32_t o) const { return m_chosen[o] != 0; }
    /// Weight the option would newly cover (0 when chosen).
    double gain(std::uint32_t o) const { return m_gain[o].gain; }
    /// The chosen options covering the group.
    int coverCount(std::uint32_t group) const { return m_count[group]; }
    double objective() const { return m_objective; }
    bool spaceUsed(std::uint32_t space) const { return m_perSpace[space] > 0; }
    double cost() const { return m_cost; }
    std::size_t spacesUsed() const { return m_spaces; }
    std::vector<std::uint32_t> chosen() const;

    /// Whether the option may be added within its space's floor area, the budget and the
    /// space count.
    bool canAdd(std::uint32_t o) const;
    /// Whether an unused space may be opened within the budget and the space count.
    bool canOpen(std::uint32_t space) const;
    /// Whether the unused space y could be opened once the used space x is emptied.
    bool canOpenInstead(std::uint32_t x, std::uint32_t y) const;
    /// Whether the chosen option x may give way to the option y.
    bool canSwap(std::uint32_t x, std::uint32_t y) const;

    void add(std::uint32_t o);
    void remove(std::uint32_t o);

    /// The pack of an unused space's options.
    const Pack& pack(std::uint32_t space);
    /// The pack of an unused space's options, were each option's gain `extra` more.
    Pack packWith(std::uint32_t space, const std::vector<double>& extra) const;

private:
    void flip(std::uint32_t group, int sign);
    Pack packOf(std::uint32_t space, const std::vector<double>* extra) const;

    const Instance* m_in;
    const Index* m_index;
    std::vector<int> m_count;  ///< per group
    std::vector<char> m_chosen;
    /// Per option, together for the loop that updates them.
    struct Gain {
        double gain = 0.0;
        std::uint32_t open = 0;  ///< its groups nobody covers yet
        std::uint32_t space = 0;
    };
    std::vector<Gain> m_gain;
    std::vector<double> m_area;   ///< per space: the minimum areas of its options chosen
    std::vector<int> m_perSpace;  ///< per space: its options chosen
    std::vector<Pack> m_pack;
    std::vector<char> m_stale;  ///< per space: m_pack needs packing again
    double m_cost = 0.0;
    std::size_t m_spaces = 0;
    double m_objective = 0.0;
};

}  // namespace yike::proposals::detail
