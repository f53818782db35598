// SPDX-License-Identifier: Apache-2.0
#pragma once
// Overflow-checked int64 addition and subtraction for the inline hot paths of
// public headers: the GCC/clang builtins where they exist (one add and a jump on
// the overflow flag), the portable comparisons elsewhere (MSVC).

#include <cstdint>
#include <limits>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace detail {

inline constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
inline constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();

// a + b into r; false when the exact result is outside int64 (r unchanged).
constexpr bool portable_checked_add(std::int64_t a, std::int64_t b, std::int64_t& r) noexcept {
  if (b > 0 ? a > int64_max - b : a < int64_min - b) return false;
  r = a + b;
  return true;
}

// a − b into r; false when the exact result is outside int64 (r unchanged).
constexpr bool portable_checked_sub(std::int64_t a, std::int64_t b, std::int64_t& r) noexcept {
  if (b < 0 ? a > int64_max + b : a < int64_min + b) return false;
  r = a - b;
  return true;
}

inline bool checked_add(std::int64_t a, std::int64_t b, std::int64_t& r) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return !__builtin_add_overflow(a, b, &r);
#else
  return portable_checked_add(a, b, r);
#endif
}

inline bool checked_sub(std::int64_t a, std::int64_t b, std::int64_t& r) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return !__builtin_sub_overflow(a, b, &r);
#else
  return portable_checked_sub(a, b, r);
#endif
}

}  // namespace detail
JIXIAO_END_NAMESPACE
