// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The entry point every fuzz target defines, called by libFuzzer or by replay_main.cpp.
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace yike::fuzz {
inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}
}  // namespace yike::fuzz
