// SPDX-License-Identifier: Apache-2.0
// The portable overflow checks (what MSVC builds use) agree with the compiler
// builtins on every edge of the int64 range.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "jixiao/detail/checked.hpp"

using namespace jixiao::detail;

TEST(Checked, PortableAgreesWithBuiltinsAtTheEdges) {
  const std::vector<std::int64_t> edges{int64_min, int64_min + 1, -2, -1, 0, 1, 2, int64_max - 1, int64_max,
                                        int64_max / 2, int64_min / 2};
  for (std::int64_t a : edges) {
    for (std::int64_t b : edges) {
      std::int64_t r1 = 7, r2 = 7;
      ASSERT_EQ(portable_checked_add(a, b, r1), checked_add(a, b, r2)) << a << " + " << b;
      if (checked_add(a, b, r2)) {
        EXPECT_EQ(r1, r2);
      }
      r1 = r2 = 7;
      ASSERT_EQ(portable_checked_sub(a, b, r1), checked_sub(a, b, r2)) << a << " - " << b;
      if (checked_sub(a, b, r2)) {
        EXPECT_EQ(r1, r2);
      }
    }
  }
}

TEST(Checked, PortableIsUsableInConstantExpressions) {
  constexpr auto add = [] { std::int64_t r = 0; return portable_checked_add(int64_max, 1, r); };
  static_assert(!add());
  constexpr auto sub = [] { std::int64_t r = 0; return portable_checked_sub(int64_min, 1, r) ? r : -1; };
  static_assert(sub() == -1);
}
