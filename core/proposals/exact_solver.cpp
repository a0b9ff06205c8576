// SPDX-License-Identifier: GPL-3.0-or-later
// The exact check: the instance as a mixed-integer programme for CBC (COIN-OR).
//   max  sum_e w_e z_e
//   z_e <= sum of x_o over the options o covering e         (element covered)
//   sum_o area_o x_o <= floorArea_s y_s   for each space s   (area; a space is used or not)
//   x_o <= y_s                                               (only in a used space)
//   sum_s cost_s y_s <= budget;  sum_s y_s <= maxSpaces
//   x_o = 1 for locked options;  x, y binary;  0 <= z <= 1
// Elements covered by the same options are merged into one z with their weights summed.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "core/proposals/proposal.h"

#ifdef YIKE_HAVE_CBC
#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>
#endif

namespace yike::proposals {

#ifdef YIKE_HAVE_CBC
namespace {

/// Stops the search when the caller cancels.
class CancelHandler : public CbcEventHandler {
public:
    explicit CancelHandler(const std::atomic<bool>* cancel) : m_cancel(cancel) {}
    CbcAction event(CbcEvent) override {
        return m_cancel && m_cancel->load(std::memory_order_relaxed) ? stop : noAction;
    }
    CbcEventHandler* clone() const override { return new CancelHandler(*this); }

private:
    const std::atomic<bool>* m_cancel;
};

}  // namespace

bool exactSolverAvailable() { return true; }

ExactResult solveExact(const Instance& instance, const Solution* start, double timeLimitSeconds,
                       const std::atomic<bool>* cancel) {
    const auto clock = std::chrono::steady_clock::now();
    ExactResult result;
    result.available = true;
    result.solver = "CBC " CBC_VERSION;

    const std::size_t options = instance.options.size();
    const std::size_t spaces = instance.spaces.size();
    // Merge elements with the same covering options.
    std::vector<std::vector<int>> coveredBy(instance.elements.size());
    for (std::size_t o = 0; o < options; ++o)
        for (const std::uint32_t e : instance.options[o].elements) coveredBy[e].push_back(int(o));
    std::map<std::vector<int>, double> groups;
    for (std::size_t e = 0; e < instance.elements.size(); ++e)
        if (!coveredBy[e].empty()) groups[coveredBy[e]] += instance.elements[e].weight;

    // Columns: x (options), y (spaces), z (element groups). Minimise the negated objective.
    const std::size_t columns = options + spaces + groups.size();
    std::vector<double> lower(columns, 0.0), upper(columns, 1.0), cost(columns, 0.0);
    for (std::size_t o = 0; o < options; ++o)
        if (instance.options[o].locked) lower[o] = 1.0;
    CoinPackedMatrix matrix(false, 0, 0);
    matrix.setDimensions(0, int(columns));
    std::vector<double> rowLower, rowUpper;
    auto addRow = [&](const std::vector<int>& index, const std::vector<double>& value, double lo,
                      double hi) {
        matrix.appendRow(int(index.size()), index.data(), value.data());
        rowLower.push_back(lo);
        rowUpper.push_back(hi);
    };
    std::size_t z = options + spaces;
    for (const auto& [covering, weight] : groups) {
        cost[z] = -weight;
        std::vector<int> index{int(z)};
        std::vector<double> value{1.0};
        for (const int o : covering) {
            index.push_back(o);
            value.push_back(-1.0);
        }
        addRow(index, value, -COIN_DBL_MAX, 0.0);
        ++z;
    }
    std::vector<std::vector<int>> bySpace(spaces);
    for (std::size_t o = 0; o < options; ++o) bySpace[instance.options[o].space].push_back(int(o));
    std::vector<int> budgetIndex, countIndex;
    std::vector<double> budgetValue, countValue;
    for (std::size_t s = 0; s < spaces; ++s) {
        const int y = int(options + s);
        if (bySpace[s].empty()) {
            upper[std::size_t(y)] = 0.0;
            continue;
        }
        std::vector<int> index;
        std::vector<double> value;
        for (const int o : bySpace[s]) {
            index.push_back(o);
            value.push_back(instance.categories[instance.options[std::size_t(o)].category].minAreaM2);
            addRow({o, y}, {1.0, -1.0}, -COIN_DBL_MAX, 0.0);
        }
        index.push_back(y);
        value.push_back(-instance.spaces[s].space.floorAreaM2);
        addRow(index, value, -COIN_DBL_MAX, 0.0);
        budgetIndex.push_back(y);
        budgetValue.push_back(instance.costOf(std::uint32_t(s)));
        countIndex.push_back(y);
        countValue.push_back(1.0);
    }
    if (instance.budgetYuan && !budgetIndex.empty())
        addRow(budgetIndex, budgetValue, -COIN_DBL_MAX, *instance.budgetYuan);
    if (instance.maxSpaces && !countIndex.empty())
        addRow(countIndex, countValue, -COIN_DBL_MAX, double(*instance.maxSpaces));

    OsiClpSolverInterface solver;
    solver.loadProblem(matrix, lower.data(), upper.data(), cost.data(), rowLower.data(),
                       rowUpper.data());
    // z is integral at an optimum anyway; declaring it so lets CBC complete the start without
    // solving the whole relaxation first.
    for (std::size_t c = 0; c < columns; ++c) solver.setInteger(int(c));
    for (std::size_t c = 0; c < columns; ++c) solver.setColName(int(c), "c" + std::to_string(c));
    solver.messageHandler()->setLogLevel(0);

    CbcModel model(solver);
    CancelHandler handler(cancel);
    model.passInEventHandler(&handler);
    if (start) {
        // The heuristic's solution as the first incumbent.
        std::vector<std::pair<std::string, double>> mipStart;
        std::vector<char> used(spaces, 0);
        std::vector<char> chosen(options, 0);
        for (const std::uint32_t o : start->chosen) {
            chosen[o] = 1;
            used[instance.options[o].space] = 1;
        }
        for (std::size_t o = 0; o < options; ++o)
            mipStart.emplace_back("c" + std::to_string(o), chosen[o] ? 1.0 : 0.0);
        for (std::size_t s = 0; s < spaces; ++s)
            mipStart.emplace_back("c" + std::to_string(options + s), used[s] ? 1.0 : 0.0);
        std::size_t group = options + spaces;
        for (const auto& entry : groups) {
            const bool covered = std::any_of(entry.first.begin(), entry.first.end(),
                                             [&](int o) { return chosen[std::size_t(o)] != 0; });
            mipStart.emplace_back("c" + std::to_string(group++), covered ? 1.0 : 0.0);
        }
        model.setMIPStart(mipStart);
    }
    CbcSolverUsefulData data;
    CbcMain0(model, data);
    model.setLogLevel(0);
    const std::string seconds = std::to_string(std::max(1.0, timeLimitSeconds));
    const char* argv[] = {"yike", "-log", "0", "-sec", seconds.c_str(), "-threads", "0",
                          "-solve", "-quit"};
    CbcMain1(int(std::size(argv)), argv, model, [](CbcModel*, int) { return 0; }, data);

    const double* best = model.bestSolution();
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - clock).count();
    if (best == nullptr) return result;
    result.solved = true;
    for (std::size_t o = 0; o < options; ++o)
        if (best[o] > 0.5) result.solution.chosen.push_back(std::uint32_t(o));
    result.solution.objective = objectiveOf(instance, result.solution.chosen);
    result.optimal = model.isProvenOptimal();
    result.bound = std::max(result.solution.objective, -model.getBestPossibleObjValue());
    if (result.optimal) result.bound = result.solution.objective;
    result.gap = result.bound > 0.0 ? (result.bound - result.solution.objective) / result.bound : 0.0;
    return result;
}

#else

bool exactSolverAvailable() { return false; }

ExactResult solveExact(const Instance&, const Solution*, double, const std::atomic<bool>*) {
    ExactResult result;
    result.solver = "none (built without CBC: install coinor-libcbc-dev and build again)";
    return result;
}

#endif

}  // namespace yike::proposals
