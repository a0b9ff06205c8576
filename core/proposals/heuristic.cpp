// SPDX-License-Identifier: GPL-3.0-or-later
// The fast solver: lazy greedy (by gain, and by gain per yuan under a budget) from several
// starts, each followed by a local search (a used space packed afresh; a used space exchanged
// for another or for what its cost buys elsewhere), the best result kept.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <queue>
#include <set>
#include <tuple>
#include <vector>

#include "core/proposals/detail/coverage_state.h"
#include "core/proposals/proposal.h"

namespace yike::proposals {
namespace {

using detail::Index;
using detail::kTolerance;
using detail::State;

bool cancelled(const std::atomic<bool>* cancel) {
    return cancel && cancel->load(std::memory_order_relaxed);
}

enum class Key { Gain, GainPerYuan };

/// What every step of the search needs.
struct Search {
    const Instance& in;
    const Index& index;
    const std::atomic<bool>* cancel;
};

/**
 * Lazy greedy over two kinds of step: another service in a space already used (free: it costs
 * no budget and no space), and opening a space with the best pack of its services (by gain, or
 * by gain per yuan). Gains only fall as coverage grows, so a popped key is refreshed and pushed
 * back unless it is still the best. Afterwards no option that fits (but those of `skip`) has
 * any gain left, which the moves below count on.
 */
void greedyFill(const Search& search, State& state, Key mode,
                std::uint32_t skip = std::numeric_limits<std::uint32_t>::max()) {
    const Instance& in = search.in;
    const Index& index = search.index;
    // (free, key, space or option inverted, is option) - a max-heap; ties go to lower indices.
    using Entry = std::tuple<int, double, std::uint32_t, bool>;
    auto spaceKey = [&](std::uint32_t space, double gain) -> Entry {
        const double cost = in.costOf(space);
        const double key = mode == Key::GainPerYuan && cost > 0.0 ? gain / cost : gain;
        return {0, key, ~space, false};
    };
    std::priority_queue<Entry> heap;
    // An option without gain or room now will have neither later in the fill.
    auto pushSpaceOptions = [&](std::uint32_t space) {
        for (const std::uint32_t o : index.bySpace[space])
            if (state.gain(o) > kTolerance && state.canAdd(o))
                heap.push({1, state.gain(o), ~o, true});
    };
    for (std::uint32_t s = 0; s < index.bySpace.size(); ++s) {
        if (index.bySpace[s].empty() || s == skip) continue;
        if (state.spaceUsed(s))
            pushSpaceOptions(s);
        else if (state.canOpen(s))
            heap.push(spaceKey(s, state.pack(s).gain));
    }
    while (!heap.empty()) {
        if (cancelled(search.cancel)) return;
        const auto [free, key, inverted, isOption] = heap.top();
        heap.pop();
        const std::uint32_t id = ~inverted;
        if (isOption) {
            if (!state.canAdd(id)) continue;
            const double gain = state.gain(id);
            if (!(gain > kTolerance)) continue;
            const Entry fresh{1, gain, inverted, true};
            if (!heap.empty() && fresh < heap.top()) {
                heap.push(fresh);
                continue;
            }
            state.add(id);
            continue;
        }
        if (!state.canOpen(id)) continue;
        const double gain = state.pack(id).gain;
        if (!(gain > kTolerance)) continue;
        const Entry fresh = spaceKey(id, gain);
        if (!heap.empty() && fresh < heap.top()) {
            heap.push(fresh);
            continue;
        }
        const std::vector<std::uint32_t> options = state.pack(id).options;
        for (const std::uint32_t o : options) state.add(o);
        pushSpaceOptions(id);
    }
}

/// A service that may go into a space, with what it is worth there.
struct Item {
    std::uint32_t option = 0;
    double value = 0.0;
};

/**
 * Which items to take for the most value within `room` m²: a 0-1 knapsack solved exactly by
 * dynamic programming over the area to the square metre, areas rounded up so that what it
 * takes always fits. Items that fit together are all taken, so the table never grows with a
 * large floor.
 */
std::vector<char> bestFill(const Index& index, const std::vector<Item>& items, double room) {
    double total = 0.0;
    for (const Item& item : items) total += index.area[item.option];
    if (total <= room + 1e-6) return std::vector<char>(items.size(), 1);
    const std::size_t capacity = std::size_t(std::max(0.0, std::floor(room + 1e-6)));
    const std::size_t columns = capacity + 1;
    std::vector<double> best(columns, 0.0);
    std::vector<char> took(items.size() * columns, 0);
    std::vector<std::size_t> weight(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        weight[i] = std::size_t(std::ceil(index.area[items[i].option] - 1e-6));
        for (std::size_t c = capacity + 1; c-- > weight[i];) {
            const double with = best[c - weight[i]] + items[i].value;
            if (with > best[c]) {
                best[c] = with;
                took[i * columns + c] = 1;
            }
        }
    }
    std::vector<char> take(items.size(), 0);
    std::size_t c = capacity;
    for (std::size_t i = items.size(); i-- > 0;)
        if (took[i * columns + c]) {
            take[i] = 1;
            c -= weight[i];
        }
    return take;
}

/**
 * Packing a used space afresh: the best set of its services that fits its floor, each valued
 * against the rest of the solution (one chosen now is worth what it alone covers, another what
 * it would newly cover; the services of one space are of different categories and share no
 * groups, so the values add up), then a greedy fill of what that freed. The used spaces are
 * tried in turn, round and round, until a whole turn improves nothing. Exchanging one service
 * of a space for another is the smallest such move; the greedy packs, which weigh services one
 * by one, miss better sets (Honolulu, 100 spaces: 0.49 % below the optimum without it, 0.16 %
 * with it).
 */
bool repackSpaces(const Search& search, State& state, Key mode) {
    const Instance& in = search.in;
    const Index& index = search.index;
    const std::uint32_t spaces = std::uint32_t(index.bySpace.size());
    std::vector<Item> items;
    bool any = false;
    std::uint32_t s = 0;
    for (std::uint32_t unimproved = 0; unimproved < spaces; ++unimproved, s = (s + 1) % spaces) {
        if (cancelled(search.cancel)) return any;
        if (!state.spaceUsed(s)) continue;
        double room = in.spaces[s].space.floorAreaM2;
        double current = 0.0;
        items.clear();
        for (const std::uint32_t o : index.bySpace[s]) {
            if (!state.isChosen(o)) {
                if (state.gain(o) > kTolerance) items.push_back({o, state.gain(o)});
                continue;
            }
            if (in.options[o].locked) {
                room -= index.area[o];
                continue;
            }
            double alone = 0.0;
            for (const std::uint32_t g : index.groupsOf[o])
                if (state.coverCount(g) == 1) alone += index.weight[g];
            items.push_back({o, alone});
            current += alone;
        }
        const std::vector<char> take = bestFill(index, items, room);
        double value = 0.0;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (take[i]) value += items[i].value;
        if (!(value > current + kTolerance * (1.0 + current))) continue;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (!take[i] && state.isChosen(items[i].option)) state.remove(items[i].option);
        for (std::size_t i = 0; i < items.size(); ++i)
            if (take[i] && !state.isChosen(items[i].option)) state.add(items[i].option);
        greedyFill(search, state, mode);
        any = true;
        unimproved = 0;
    }
    return any;
}

/**
 * An optimistic estimate of what opening spaces can add: the offers (gain, cost) taken by gain
 * per yuan within the budget left, the last one in part, and no more than `count` of the
 * largest when the space count is limited; as if the offers did not overlap.
 */
double estimateOpening(std::vector<std::pair<double, double>>& offers,
                       std::optional<double> budgetLeft, std::optional<std::size_t> count) {
    double estimate = 0.0;
    if (budgetLeft) {
        std::sort(offers.begin(), offers.end(), [](const auto& a, const auto& b) {
            return a.first * b.second > b.first * a.second;
        });
        double left = *budgetLeft;
        for (const auto& [gain, cost] : offers) {
            if (cost > left) {
                estimate += gain * std::max(0.0, left) / cost;
                break;
            }
            estimate += gain;
            left -= cost;
        }
    } else {
        for (const auto& offer : offers) estimate += offer.first;
    }
    if (count) {
        std::sort(offers.begin(), offers.end(), std::greater<>());
        double largest = 0.0;
        for (std::size_t i = 0; i < offers.size() && i < *count; ++i) largest += offers[i].first;
        estimate = std::min(estimate, largest);
    }
    return estimate;
}

/**
 * Whole-space exchanges: one used space x out with all its services, the best pack of another
 * in, or else what greedy buys with the budget x frees (one dear space for several cheaper
 * ones). The used spaces are tried in turn, round and round, until a whole turn improves
 * nothing. A trial is worked out without touching the state: what x alone covers and what
 * each other option would add once x is emptied (only the options sharing groups with x gain);
 * the greedy refill, which has to be run to be known, is tried only when an optimistic
 * estimate says it might beat x.
 */
bool exchangeSpaces(const Search& search, State& state, Key mode) {
    const Instance& in = search.in;
    const Index& index = search.index;
    const std::uint32_t spaces = std::uint32_t(index.bySpace.size());
    std::vector<double> extra(in.options.size(), 0.0);
    std::vector<std::uint32_t> touched;
    std::vector<char> spaceTouched(spaces, 0);
    std::vector<std::pair<double, double>> offers;
    bool any = false;
    std::uint32_t x = 0;
    for (std::uint32_t unimproved = 0; unimproved < spaces; ++unimproved, x = (x + 1) % spaces) {
        if (cancelled(search.cancel)) return any;
        if (!state.spaceUsed(x)) continue;
        std::vector<std::uint32_t> held;
        bool locked = false;
        for (const std::uint32_t o : index.bySpace[x])
            if (state.isChosen(o)) {
                held.push_back(o);
                locked = locked || in.options[o].locked;
            }
        if (locked) continue;
        // A group is of one category, so one of x's services at most covers it.
        double loss = 0.0;
        touched.clear();
        for (const std::uint32_t h : held)
            for (const std::uint32_t g : index.groupsOf[h]) {
                if (state.coverCount(g) != 1) continue;
                loss += index.weight[g];
                for (const std::uint32_t y : index.coverers[g]) {
                    if (y == h) continue;
                    if (extra[y] == 0.0) touched.push_back(y);
                    extra[y] += index.weight[g];
                }
            }
        for (const std::uint32_t y : touched) spaceTouched[index.spaceOf[y]] = 1;
        std::uint32_t best = x;
        const double beat = loss + kTolerance * (1.0 + loss);
        double bestGain = beat;
        offers.clear();
        for (std::uint32_t y = 0; y < spaces; ++y) {
            if (y == x || index.bySpace[y].empty() || !state.canOpenInstead(x, y)) continue;
            const double gain =
                spaceTouched[y] ? state.packWith(y, extra).gain : state.pack(y).gain;
            if (!(gain > kTolerance)) continue;
            offers.emplace_back(gain, in.costOf(y));
            if (gain > bestGain) {
                best = y;
                bestGain = gain;
            }
        }
        // After a greedy fill, an option that fits a used space gains only once x is emptied.
        double free = 0.0;
        for (const std::uint32_t y : touched) {
            const std::uint32_t space = index.spaceOf[y];
            if (space != x && state.spaceUsed(space) && state.canAdd(y))
                free += state.gain(y) + extra[y];
            spaceTouched[space] = 0;
        }
        for (const std::uint32_t y : touched) extra[y] = 0.0;
        const auto budgetLeft =
            in.budgetYuan ? std::optional<double>(*in.budgetYuan - state.cost() + in.costOf(x))
                          : std::nullopt;
        const auto countLeft =
            in.maxSpaces ? std::optional<std::size_t>(*in.maxSpaces + 1 - state.spacesUsed())
                         : std::nullopt;
        if (best == x && free + estimateOpening(offers, budgetLeft, countLeft) <= beat) continue;

        const double before = state.objective();
        for (const std::uint32_t o : held) state.remove(o);
        if (best != x) {
            const std::vector<std::uint32_t> options = state.pack(best).options;
            for (const std::uint32_t o : options) state.add(o);
            greedyFill(search, state, mode);
            any = true;
            unimproved = 0;
            continue;
        }
        // Under a budget the refill goes by gain per yuan, the measure of a cheaper space.
        const std::vector<std::uint32_t> kept = state.chosen();
        greedyFill(search, state, in.budgetYuan ? Key::GainPerYuan : mode, x);
        if (state.objective() > before + kTolerance * (1.0 + before)) {
            any = true;
            unimproved = 0;
            continue;
        }
        for (const std::uint32_t o : state.chosen())
            if (!std::binary_search(kept.begin(), kept.end(), o)) state.remove(o);
        for (const std::uint32_t o : held) state.add(o);
    }
    return any;
}

/// One start: the locked options, then `seed` (a space opened first with its best pack, when
/// given), then greedy by the key. Starts are copies of `empty`, whose gains and packs are
/// computed once.
State start(const Search& search, const State& empty, Key mode, std::optional<std::uint32_t> seed) {
    State state = empty;
    for (std::uint32_t o = 0; o < search.in.options.size(); ++o)
        if (search.in.options[o].locked && state.canAdd(o)) state.add(o);
    if (seed && state.canOpen(*seed)) {
        const std::vector<std::uint32_t> options = state.pack(*seed).options;
        for (const std::uint32_t o : options) state.add(o);
    }
    greedyFill(search, state, mode);
    return state;
}

/// The moves from a start until neither kind improves.
void improve(const Search& search, State& state, Key mode) {
    for (int round = 0; round < 50 && !cancelled(search.cancel); ++round) {
        const bool options = repackSpaces(search, state, mode);
        const bool spaces = exchangeSpaces(search, state, mode);
        if (!options && !spaces) break;
    }
}

/// Starts seeded with each of the spaces worth most on their own, by value and by value per
/// yuan: when the budget or the space count allows only a few spaces, the first one decides
/// much, and greedy alone may open the wrong one (one dear space where three cheaper ones do
/// better). Partial enumeration, as in the budgeted maximum-coverage literature.
std::vector<std::uint32_t> seedSpaces(const Instance& in, State& empty) {
    constexpr std::size_t kSeedsPerKey = 12;
    std::vector<std::pair<double, std::uint32_t>> byValue, byRatio;
    for (std::uint32_t s = 0; s < in.spaces.size(); ++s) {
        const double value = empty.pack(s).gain;
        if (!(value > kTolerance)) continue;
        byValue.emplace_back(value, s);
        const double cost = in.costOf(s);
        byRatio.emplace_back(cost > 0.0 ? value / cost : value, s);
    }
    std::vector<std::uint32_t> seeds;
    for (auto* list : {&byValue, &byRatio}) {
        std::sort(list->begin(), list->end(), [](const auto& a, const auto& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        for (std::size_t i = 0; i < list->size() && i < kSeedsPerKey; ++i)
            seeds.push_back((*list)[i].second);
    }
    std::sort(seeds.begin(), seeds.end());
    seeds.erase(std::unique(seeds.begin(), seeds.end()), seeds.end());
    return seeds;
}

}  // namespace

Solution solveHeuristic(const Instance& instance, const std::atomic<bool>* cancel) {
    const Index index(instance);
    const Search search{instance, index, cancel};
    State empty(instance, index);
    std::vector<Key> keys{Key::Gain};
    if (instance.budgetYuan) keys.push_back(Key::GainPerYuan);
    std::vector<std::optional<std::uint32_t>> seeds{std::nullopt};
    if (instance.budgetYuan || instance.maxSpaces)
        for (const std::uint32_t s : seedSpaces(instance, empty)) seeds.emplace_back(s);
    Solution best;
    best.objective = -1.0;
    for (const Key key : keys) {
        // A seed greedy would have opened anyway gives a start already searched from.
        std::set<std::vector<std::uint32_t>> searched;
        for (const auto& seed : seeds) {
            if (cancelled(cancel)) break;
            State state = start(search, empty, key, seed);
            if (!searched.insert(state.chosen()).second) continue;
            improve(search, state, key);
            if (state.objective() > best.objective + kTolerance)
                best = {state.chosen(), state.objective()};
        }
    }
    best.objective = objectiveOf(instance, best.chosen);
    return best;
}

}  // namespace yike::proposals
