// SPDX-License-Identifier: Apache-2.0
#include "jixiao/diagnostic.hpp"

#include <gtest/gtest.h>

TEST(Severity, RoundTrip) {
  using jixiao::Severity;
  for (auto s : {Severity::error, Severity::warning, Severity::info}) {
    auto name = jixiao::to_string(s);
    auto back = jixiao::severity_from_string(name);
    ASSERT_TRUE(back.has_value()) << name;
    EXPECT_EQ(*back, s);
  }
  EXPECT_EQ(jixiao::to_string(Severity::warning), "warning");
  EXPECT_EQ(jixiao::to_string(Severity::error), "error");
  EXPECT_EQ(jixiao::to_string(Severity::info), "info");
  EXPECT_FALSE(jixiao::severity_from_string("Error").has_value());
  EXPECT_FALSE(jixiao::severity_from_string("").has_value());
}
