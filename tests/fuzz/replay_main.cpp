// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target without libFuzzer: every file of a corpus folder, then (optionally) for a
// given number of seconds, inputs made from them by seeded random mutations (bytes flipped,
// inserted, deleted, repeated, cut; two inputs spliced). A crash or sanitizer report fails the
// run; the seed and the count of inputs are printed so a failure can be replayed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "tests/fuzz/fuzz_target.h"

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void run(const Bytes& input) { LLVMFuzzerTestOneInput(input.data(), input.size()); }

Bytes mutate(const std::vector<Bytes>& corpus, std::mt19937_64& random) {
    auto pick = [&](std::size_t n) {
        return n == 0 ? std::size_t{0} : std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
    };
    Bytes out = corpus[pick(corpus.size())];
    const int edits = 1 + static_cast<int>(pick(8));
    // Bytes that matter to the formats read here.
    static const std::uint8_t interesting[] = {'"', ',', ';', '\t', '\n', '\r', '{', '}', '[',
                                               ']', ':', '(', ')', ' ', '0', '-', '.', 'e',
                                               0x00, 0xff, 0x80, 0xe4, 0xbd, 0xa0, 0xef, 0xbb};
    for (int e = 0; e < edits; ++e) {
        switch (pick(7)) {
            case 0:  // flip a bit
                if (!out.empty()) out[pick(out.size())] ^= std::uint8_t(1u << pick(8));
                break;
            case 1:  // insert an interesting byte
                out.insert(out.begin() + static_cast<std::ptrdiff_t>(pick(out.size() + 1)),
                           interesting[pick(std::size(interesting))]);
                break;
            case 2:  // delete a run
                if (!out.empty()) {
                    const std::size_t at = pick(out.size());
                    const std::size_t n = std::min(out.size() - at, 1 + pick(16));
                    out.erase(out.begin() + static_cast<std::ptrdiff_t>(at),
                              out.begin() + static_cast<std::ptrdiff_t>(at + n));
                }
                break;
            case 3:  // repeat a run
                if (!out.empty() && out.size() < 1 << 16) {
                    const std::size_t at = pick(out.size());
                    const std::size_t n = std::min(out.size() - at, 1 + pick(64));
                    const Bytes run(out.begin() + static_cast<std::ptrdiff_t>(at),
                                    out.begin() + static_cast<std::ptrdiff_t>(at + n));
                    out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), run.begin(), run.end());
                }
                break;
            case 4:  // cut short
                out.resize(pick(out.size() + 1));
                break;
            case 5: {  // splice another input in
                const Bytes& other = corpus[pick(corpus.size())];
                if (!other.empty()) {
                    const std::size_t from = pick(other.size());
                    out.insert(out.begin() + static_cast<std::ptrdiff_t>(pick(out.size() + 1)),
                               other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
                }
                break;
            }
            default:  // overwrite a byte with any value
                if (!out.empty()) out[pick(out.size())] = std::uint8_t(pick(256));
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [--mutate-seconds S] [--seed N]\n", argv[0]);
        return 2;
    }
    double seconds = 0.0;
    std::uint64_t seed = 20261203;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--mutate-seconds") seconds = std::atof(argv[i + 1]);
        else if (option == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1]))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "%s: no corpus files in %s\n", argv[0], argv[1]);
        return 1;
    }
    std::vector<Bytes> corpus;
    for (const auto& file : files) {
        corpus.push_back(readFile(file));
        run(corpus.back());
    }
    std::printf("replayed %zu corpus files\n", files.size());
    std::mt19937_64 random(seed);
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    long long count = 0;
    while (std::chrono::steady_clock::now() < end) {
        run(mutate(corpus, random));
        ++count;
    }
    if (seconds > 0.0) std::printf("ran %lld mutated inputs (seed %llu)\n", count, (unsigned long long)seed);
    return 0;
}
