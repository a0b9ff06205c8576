// SPDX-License-Identifier: GPL-3.0-or-later
// The fast solver: lazy greedy (by gain, and by gain per yuan under a budget) followed by a
// best-exchange local search, the better of the two runs kept.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <queue>
#include <tuple>
#include <vector>

#include "core/proposals/proposal.h"

namespace yike::proposals {
namespace {

constexpr double kTolerance = 1e-9;

bool cancelled(const std::atomic<bool>* cancel) {
    return cancel && cancel->load(std::memory_order_relaxed);
}

/// Which options cover each element (CSR).
struct Coverers {
    std::vector<std::uint32_t> first;
    std::vector<std::uint32_t> options;

    explicit Coverers(const Instance& in) : first(in.elements.size() + 1, 0) {
        for (const Option& o : in.options)
            for (const std::uint32_t e : o.elements) ++first[e + 1];
        for (std::size_t e = 0; e < in.elements.size(); ++e) first[e + 1] += first[e];
        options.resize(first.back());
        std::vector<std::uint32_t> next(first.begin(), first.end() - 1);
        for (std::uint32_t i = 0; i < in.options.size(); ++i)
            for (const std::uint32_t e : in.options[i].elements) options[next[e]++] = i;
    }
};

/// A solution under construction, with what the constraints need to know.
class State {
public:
    explicit State(const Instance& in)
        : m_in(in),
          m_count(in.elements.size(), 0),
          m_chosen(in.options.size(), 0),
          m_area(in.spaces.size(), 0.0),
          m_perSpace(in.spaces.size(), 0) {}

    bool isChosen(std::uint32_t o) const { return m_chosen[o] != 0; }
    double objective() const { return m_objective; }
    bool spaceUsed(std::uint32_t space) const { return m_perSpace[space] > 0; }

    double areaOf(std::uint32_t o) const {
        return m_in.categories[m_in.options[o].category].minAreaM2;
    }

    bool canAdd(std::uint32_t o) const {
        if (m_chosen[o]) return false;
        const Option& option = m_in.options[o];
        if (m_area[option.space] + areaOf(o) > m_in.spaces[option.space].space.floorAreaM2 + 1e-6)
            return false;
        if (spaceUsed(option.space)) return true;
        if (m_in.budgetYuan && m_cost + m_in.costOf(option.space) > *m_in.budgetYuan + 1e-6)
            return false;
        if (m_in.maxSpaces && m_spaces + 1 > *m_in.maxSpaces) return false;
        return true;
    }

    /// Weight of the elements the option would newly cover.
    double gain(std::uint32_t o) const {
        double g = 0.0;
        for (const std::uint32_t e : m_in.options[o].elements)
            if (m_count[e] == 0) g += m_in.elements[e].weight;
        return g;
    }

    /// Weight only this (chosen) option covers.
    double loss(std::uint32_t o) const {
        double l = 0.0;
        for (const std::uint32_t e : m_in.options[o].elements)
            if (m_count[e] == 1) l += m_in.elements[e].weight;
        return l;
    }

    void add(std::uint32_t o) {
        const Option& option = m_in.options[o];
        m_chosen[o] = 1;
        for (const std::uint32_t e : option.elements)
            if (m_count[e]++ == 0) m_objective += m_in.elements[e].weight;
        if (m_perSpace[option.space]++ == 0) {
            m_cost += m_in.costOf(option.space);
            ++m_spaces;
        }
        m_area[option.space] += areaOf(o);
    }

    void remove(std::uint32_t o) {
        const Option& option = m_in.options[o];
        m_chosen[o] = 0;
        for (const std::uint32_t e : option.elements)
            if (--m_count[e] == 0) m_objective -= m_in.elements[e].weight;
        if (--m_perSpace[option.space] == 0) {
            m_cost -= m_in.costOf(option.space);
            --m_spaces;
        }
        m_area[option.space] -= areaOf(o);
    }

    int coverCount(std::uint32_t e) const { return m_count[e]; }
    double cost() const { return m_cost; }
    std::size_t spacesUsed() const { return m_spaces; }

    std::vector<std::uint32_t> chosen() const {
        std::vector<std::uint32_t> out;
        for (std::uint32_t o = 0; o < m_chosen.size(); ++o)
            if (m_chosen[o]) out.push_back(o);
        return out;
    }

private:
    const Instance& m_in;
    std::vector<int> m_count;
    std::vector<char> m_chosen;
    std::vector<double> m_area;
    std::vector<int> m_perSpace;
    double m_cost = 0.0;
    std::size_t m_spaces = 0;
    double m_objective = 0.0;
};

enum class Key { Gain, GainPerYuan };

/// The options of each space.
using BySpace = std::vector<std::vector<std::uint32_t>>;

/// The best set of a space's options that fits its floor area, picked by gain (the categories
/// of one space cover disjoint elements, so their gains add up).
struct Pack {
    double gain = 0.0;
    std::vector<std::uint32_t> options;
};

Pack pack(const Instance& in, const State& state, const std::vector<std::uint32_t>& options) {
    Pack best;
    if (options.empty()) return best;
    std::vector<std::pair<double, std::uint32_t>> candidates;
    for (const std::uint32_t o : options)
        if (!state.isChosen(o)) candidates.emplace_back(state.gain(o), o);
    const double floor = in.spaces[in.options[options.front()].space].space.floorAreaM2 + 1e-6;
    // Two orders, the better kept: by gain (one large service) and by gain per m² (several
    // small ones).
    for (const bool perArea : {false, true}) {
        auto key = [&](const std::pair<double, std::uint32_t>& c) {
            return perArea ? c.first / std::max(state.areaOf(c.second), 1e-9) : c.first;
        };
        std::sort(candidates.begin(), candidates.end(), [&](const auto& a, const auto& b) {
            return key(a) > key(b) || (key(a) == key(b) && a.second < b.second);
        });
        Pack p;
        double room = floor;
        for (const auto& [gain, o] : candidates) {
            if (!(gain > kTolerance)) continue;
            const double area = state.areaOf(o);
            if (area > room) continue;
            room -= area;
            p.gain += gain;
            p.options.push_back(o);
        }
        if (p.gain > best.gain + kTolerance) best = std::move(p);
    }
    return best;
}

/// Whether an unused space may be opened within the budget and the space count.
bool canOpen(const Instance& in, const State& state, std::uint32_t space) {
    if (state.spaceUsed(space)) return false;
    if (in.budgetYuan && state.cost() + in.costOf(space) > *in.budgetYuan + 1e-6) return false;
    if (in.maxSpaces && state.spacesUsed() + 1 > *in.maxSpaces) return false;
    return true;
}

/**
 * Lazy greedy over two kinds of step: another service in a space already used (free: it costs
 * no budget and no space), and opening a space with the best pack of its services (by gain, or
 * by gain per yuan). Gains only fall as coverage grows, so a popped key is recomputed and
 * pushed back unless it is still the best.
 */
void greedyFill(const Instance& in, State& state, const BySpace& bySpace, Key mode,
                const std::atomic<bool>* cancel,
                std::uint32_t skip = std::numeric_limits<std::uint32_t>::max()) {
    // (free, key, space or option inverted, is option) - a max-heap; ties go to lower indices.
    using Entry = std::tuple<int, double, std::uint32_t, bool>;
    auto spaceKey = [&](std::uint32_t space, double gain) -> Entry {
        const double cost = in.costOf(space);
        const double key = mode == Key::GainPerYuan && cost > 0.0 ? gain / cost : gain;
        return {0, key, ~space, false};
    };
    std::priority_queue<Entry> heap;
    auto pushSpaceOptions = [&](std::uint32_t space) {
        for (const std::uint32_t o : bySpace[space])
            if (!state.isChosen(o)) heap.push({1, state.gain(o), ~o, true});
    };
    for (std::uint32_t s = 0; s < bySpace.size(); ++s) {
        if (bySpace[s].empty() || s == skip) continue;
        if (state.spaceUsed(s))
            pushSpaceOptions(s);
        else
            heap.push(spaceKey(s, pack(in, state, bySpace[s]).gain));
    }
    while (!heap.empty()) {
        if (cancelled(cancel)) return;
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
        if (!canOpen(in, state, id)) continue;
        const Pack best = pack(in, state, bySpace[id]);
        if (!(best.gain > kTolerance)) continue;
        const Entry fresh = spaceKey(id, best.gain);
        if (!heap.empty() && fresh < heap.top()) {
            heap.push(fresh);
            continue;
        }
        for (const std::uint32_t o : best.options) state.add(o);
        pushSpaceOptions(id);
    }
}

/// Whole-space exchanges: one used space out with all its services, the best pack of another
/// in, while that improves.
bool exchangeSpaces(const Instance& in, State& state, const BySpace& bySpace, Key mode,
                    const std::atomic<bool>* cancel) {
    bool any = false;
    for (int round = 0; round < 200; ++round) {
        bool improved = false;
        for (std::uint32_t x = 0; x < bySpace.size() && !improved; ++x) {
            if (cancelled(cancel)) return any;
            if (!state.spaceUsed(x)) continue;
            std::vector<std::uint32_t> held;
            bool locked = false;
            for (const std::uint32_t o : bySpace[x])
                if (state.isChosen(o)) {
                    held.push_back(o);
                    locked = locked || in.options[o].locked;
                }
            if (locked) continue;
            const double before = state.objective();
            for (const std::uint32_t o : held) state.remove(o);
            const double loss = before - state.objective();
            std::uint32_t best = x;
            Pack bestPack;
            bestPack.gain = loss + kTolerance * (1.0 + loss);
            for (std::uint32_t y = 0; y < bySpace.size(); ++y) {
                if (y == x || bySpace[y].empty() || !canOpen(in, state, y)) continue;
                Pack p = pack(in, state, bySpace[y]);
                if (p.gain > bestPack.gain) {
                    best = y;
                    bestPack = std::move(p);
                }
            }
            if (best != x) {
                for (const std::uint32_t o : bestPack.options) state.add(o);
                greedyFill(in, state, bySpace, mode, cancel);
                improved = any = true;
                continue;
            }
            // No single space does better; what the freed budget buys elsewhere might (one
            // dear space for several cheaper ones), chosen by gain per yuan under a budget.
            const std::vector<std::uint32_t> kept = state.chosen();
            greedyFill(in, state, bySpace, in.budgetYuan ? Key::GainPerYuan : mode, cancel, x);
            if (state.objective() > before + kTolerance * (1.0 + before)) {
                improved = any = true;
                continue;
            }
            for (const std::uint32_t o : state.chosen())
                if (!std::binary_search(kept.begin(), kept.end(), o)) state.remove(o);
            for (const std::uint32_t o : held) state.add(o);
        }
        if (!improved) return any;
    }
    return any;
}

/// Best single exchanges (one chosen option out, one other in) while they improve, each
/// followed by a greedy fill of what the exchange freed.
bool exchange(const Instance& in, const Coverers& coverers, State& state, const BySpace& bySpace,
              Key mode, const std::atomic<bool>* cancel) {
    bool any = false;
    const std::size_t n = in.options.size();
    std::vector<double> marginal(n, 0.0);
    std::vector<double> shared(n, 0.0);
    std::vector<std::uint32_t> touched;
    std::vector<std::uint32_t> byMarginal(n);
    for (int round = 0; round < 1000; ++round) {
        if (cancelled(cancel)) return any;
        for (std::uint32_t o = 0; o < n; ++o) marginal[o] = state.isChosen(o) ? 0.0 : state.gain(o);
        std::iota(byMarginal.begin(), byMarginal.end(), 0u);
        std::stable_sort(byMarginal.begin(), byMarginal.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return marginal[a] > marginal[b]; });
        bool improved = false;
        for (const std::uint32_t x : state.chosen()) {
            if (in.options[x].locked) continue;
            const double loss = state.loss(x);
            // What each other option would add once x is gone: its marginal gain now, plus
            // what only x covers and it covers too.
            touched.clear();
            for (const std::uint32_t e : in.options[x].elements) {
                if (state.coverCount(e) != 1) continue;
                for (std::uint32_t i = coverers.first[e]; i < coverers.first[e + 1]; ++i) {
                    const std::uint32_t y = coverers.options[i];
                    if (y == x || state.isChosen(y)) continue;
                    if (shared[y] == 0.0) touched.push_back(y);
                    shared[y] += in.elements[e].weight;
                }
            }
            state.remove(x);
            std::uint32_t best = x;
            double bestValue = loss + kTolerance * (1.0 + loss);
            for (const std::uint32_t y : touched) {
                const double value = marginal[y] + shared[y];
                if (value > bestValue && state.canAdd(y)) {
                    best = y;
                    bestValue = value;
                }
            }
            for (const std::uint32_t y : byMarginal) {
                if (marginal[y] <= bestValue) break;
                if (y == x || state.isChosen(y) || shared[y] != 0.0) continue;
                if (state.canAdd(y)) {
                    best = y;
                    bestValue = marginal[y];
                    break;
                }
            }
            for (const std::uint32_t y : touched) shared[y] = 0.0;
            if (best == x) {
                state.add(x);
                continue;
            }
            state.add(best);
            greedyFill(in, state, bySpace, mode, cancel);
            improved = any = true;
            break;
        }
        if (!improved) return any;
    }
    return any;
}

/// One start: the locked options, then `seed` (a space opened first with its best pack, when
/// given), then greedy by the key, then the exchanges until neither improves.
Solution run(const Instance& in, const Coverers& coverers, const BySpace& bySpace, Key mode,
             std::optional<std::uint32_t> seed, const std::atomic<bool>* cancel) {
    State state(in);
    for (std::uint32_t o = 0; o < in.options.size(); ++o)
        if (in.options[o].locked && state.canAdd(o)) state.add(o);
    if (seed && canOpen(in, state, *seed))
        for (const std::uint32_t o : pack(in, state, bySpace[*seed]).options) state.add(o);
    greedyFill(in, state, bySpace, mode, cancel);
    for (int round = 0; round < 50 && !cancelled(cancel); ++round) {
        const bool options = exchange(in, coverers, state, bySpace, mode, cancel);
        const bool spaces = exchangeSpaces(in, state, bySpace, mode, cancel);
        if (!options && !spaces) break;
    }
    return {state.chosen(), state.objective()};
}

/// Starts seeded with each of the spaces worth most on their own, by value and by value per
/// yuan: when the budget or the space count allows only a few spaces, the first one decides
/// much, and greedy alone may open the wrong one (one dear space where three cheaper ones do
/// better). Partial enumeration, as in the budgeted maximum-coverage literature.
std::vector<std::uint32_t> seedSpaces(const Instance& in, const BySpace& bySpace) {
    constexpr std::size_t kSeedsPerKey = 12;
    const State empty(in);
    std::vector<std::pair<double, std::uint32_t>> byValue, byRatio;
    for (std::uint32_t s = 0; s < bySpace.size(); ++s) {
        if (bySpace[s].empty()) continue;
        const double value = pack(in, empty, bySpace[s]).gain;
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
    const Coverers coverers(instance);
    BySpace bySpace(instance.spaces.size());
    for (std::uint32_t o = 0; o < instance.options.size(); ++o)
        bySpace[instance.options[o].space].push_back(o);
    std::vector<Key> keys{Key::Gain};
    if (instance.budgetYuan) keys.push_back(Key::GainPerYuan);
    std::vector<std::optional<std::uint32_t>> seeds{std::nullopt};
    if (instance.budgetYuan || instance.maxSpaces)
        for (const std::uint32_t s : seedSpaces(instance, bySpace)) seeds.emplace_back(s);
    Solution best;
    best.objective = -1.0;
    for (const Key key : keys)
        for (const auto& seed : seeds) {
            if (cancelled(cancel)) break;
            Solution found = run(instance, coverers, bySpace, key, seed, cancel);
            if (found.objective > best.objective + kTolerance) best = std::move(found);
        }
    best.objective = objectiveOf(instance, best.chosen);
    return best;
}

}  // namespace yike::proposals
