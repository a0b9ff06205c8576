// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace yike::access::detail {

/// Asks the processor to start loading the cache line at `address` for reading; a hint that
/// changes no result (nothing where the compiler has no such builtin).
inline void prefetch(const void* address) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}

}  // namespace yike::access::detail
